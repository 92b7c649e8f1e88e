package web

// End-to-end tests in a real browser: Debian's chromium, driven with
// chromedp, against the real index of testdata/fixture-corpus.json behind
// the real API. They skip when chromium is missing, unless CI is set.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/search"
)

// chromiumPath is where Debian's chromium package installs the browser.
const chromiumPath = "/usr/bin/chromium"

// Where the browser tests save screenshots: artifacts for every run
// (gitignored), and the copies the README shows (committed).
var (
	artifactDir   = filepath.Join("..", "testdata", "artifacts")
	screenshotDir = filepath.Join("..", "docs", "screenshots")
)

// e2e is the world of the browser tests: the site, a partner site on
// another origin, and a browser.
type e2e struct {
	site, partner string // base URLs
	counting      *countingSite
	marked        string // a site whose quotes have marks of their own
	browser       context.Context
}

func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but %s is missing (apt-get install chromium): %v", chromiumPath, err)
		}
		t.Skipf("browser tests need %s (apt-get install chromium); skipping", chromiumPath)
	}
	start := time.Now()
	w := &e2e{}
	w.site = startSite(t)
	w.partner = startPartner(t, w.site)
	w.counting = startCountingSite(t)
	w.marked = startMarkedSite(t)
	t.Logf("index built and servers started in %v", time.Since(start).Round(time.Millisecond))
	w.browser = startBrowser(t)
	t.Logf("set up in %v", time.Since(start).Round(time.Millisecond))

	// The clipboard is the system's, so the copy tests run one at a time;
	// the others run in parallel tabs.
	t.Run("copy citation", w.testCopyCitation)
	t.Run("copy citation without the Clipboard API", w.testCopyFallback)
	t.Run("pages", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			test func(*testing.T)
		}{
			{"search as you type", w.testSearchAsYouType},
			{"part of a name as you type", w.testPrefixTyping},
			{"speaker facet", w.testSpeakerFacet},
			{"suggestions with the keyboard", w.testSuggestions},
			{"permalink shows the passage in context", w.testPermalink},
			{"pages without JavaScript", w.testNoJavaScript},
			{"search without JavaScript", w.testSearchNoJavaScript},
			{"verify a quote", w.testVerify},
			{"export links", w.testExport},
			{"phone width", w.testPhone},
			{"page audit", w.testAudit},
			{"widget on another origin", w.testWidget},
			{"widget with a preset filter", w.testWidgetScoped},
			{"widget fallback", w.testWidgetFallback},
			{"widget under hostile partner CSS", w.testWidgetHostileCSS},
			{"one search per page view", w.testOneSearchPerView},
			{"quotation marks drawn once", w.testQuoteMarks},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				tc.test(t)
			})
		}
	})
}

// startSite serves the API and the web pages over an index of the fixture
// corpus.
func startSite(t *testing.T) string {
	t.Helper()
	ix := fixtureIndex(t, nil)
	pages := New(Options{Title: "Alliance conference search"})
	srv := httptest.NewServer(api.New(func() search.Searcher { return ix }, api.Config{Pages: pages}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// fixtureIndex builds and opens an index of the fixture corpus, changed by
// edit first when it is not nil.
func fixtureIndex(t *testing.T, edit func(*search.Corpus)) *search.Index {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "fixture-corpus.json"))
	if err != nil {
		t.Fatal(err)
	}
	var c search.Corpus
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatalf("fixture-corpus.json: %v", err)
	}
	if edit != nil {
		edit(&c)
	}
	dir := t.TempDir()
	if _, err := search.Build(dir, c); err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// countingIndex counts the searches of an index.
type countingIndex struct {
	search.Searcher
	searches atomic.Int64
}

func (c *countingIndex) Search(ctx context.Context, r search.Request) (*search.Result, error) {
	c.searches.Add(1)
	return c.Searcher.Search(ctx, r)
}

// countingSite serves the fixture without a response cache (so that every
// search reaches the index) and counts the searches and the API's search
// requests.
type countingSite struct {
	url         string
	ix          *countingIndex
	apiSearches atomic.Int64
}

func startCountingSite(t *testing.T) *countingSite {
	t.Helper()
	cs := &countingSite{ix: &countingIndex{Searcher: fixtureIndex(t, nil)}}
	h := api.New(func() search.Searcher { return cs.ix }, api.Config{Pages: New(Options{}), CacheEntries: -1})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/search" {
			cs.apiSearches.Add(1)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	cs.url = srv.URL
	return cs
}

// openMarks and closeMarks are the quotation marks a quote may have.
const (
	openMarks  = "\"'“‘„«‹"
	closeMarks = "\"'”’“»›"
)

// startMarkedSite serves the fixture with its direct quotes as reports
// print them: some between curly marks, some between straight ones, some
// without.
func startMarkedSite(t *testing.T) string {
	t.Helper()
	ix := fixtureIndex(t, func(c *search.Corpus) {
		n := 0
		for i, p := range c.Passages {
			if p.Kind != search.KindQuote {
				continue
			}
			switch n % 3 {
			case 0:
				c.Passages[i].Text = "“" + p.Text + "”"
			case 1:
				c.Passages[i].Text = `"` + p.Text + `"`
			}
			n++
		}
	})
	srv := httptest.NewServer(api.New(func() search.Searcher { return ix }, api.Config{Pages: New(Options{})}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// partnerCSS is a partner site's stylesheet that would spoil the search box
// if it reached inside it, and whose elements would change if the box's
// styles leaked out.
const partnerCSS = `
body { font: 20px/1.8 Georgia, serif; color: rgb(120, 20, 20); background: #fdf6e3; margin: 2rem auto; max-width: 44rem; }
a { color: rgb(200, 0, 120); }
input, button { display: none; border: 4px dashed red; font-size: 30px; }
li { list-style: square; padding-left: 3em; }
.t, .s, .m, mark { border: 3px solid rgb(0, 128, 0); }
`

// hostileCSS is a partner's rules that match the search box's element
// itself, which styles inside a shadow root cannot keep out of the element.
const hostileCSS = `
* { font-size: 31px; line-height: 3; font-family: "Comic Sans MS", cursive; letter-spacing: 4px; }
confsearch-box { font: italic 28px/4 Impact, fantasy; text-transform: uppercase; word-spacing: 9px; text-align: right; }
`

// startPartner serves a partner's pages on another origin (another port
// and another host name): "/" embeds the search box, "/scoped" embeds one
// preset to a session, "/broken" embeds it from a script address that
// fails.
func startPartner(t *testing.T, site string) string {
	t.Helper()
	box := `<confsearch-box size="3" placeholder="Search the Alliance conference"><a id="fallback" href="` + site + `/">Search the conference report</a></confsearch-box>`
	page := func(script, box string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner NGO</title>
<style>` + partnerCSS + `</style></head><body>
<h1>Partner NGO news</h1>
<p>Read what was said at the conference:</p>
` + script + `
` + box + `
<p class="m" id="control">Our own text, with a <mark id="control-mark">mark</mark> and a <a id="control-link" href="#">link</a>.</p>
<ol id="control-list"><li>one</li></ol>
</body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(`<script src="`+site+`/widget.js" data-endpoint="`+site+`" async></script>`, box))
	})
	mux.HandleFunc("GET /scoped", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(`<script src="`+site+`/widget.js" data-endpoint="`+site+`" async></script>`,
			`<confsearch-box session="Opening Session" size="2" target="_self"></confsearch-box>`))
	})
	mux.HandleFunc("GET /hostile", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, strings.Replace(page(`<script src="`+site+`/widget.js" data-endpoint="`+site+`" async></script>`, box),
			"</style>", hostileCSS+"</style>", 1))
	})
	mux.HandleFunc("GET /broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(`<script src="`+site+`/no-such-widget.js" data-endpoint="`+site+`" async></script>`, box))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	// The site is at 127.0.0.1; name the partner "localhost" so that its
	// origin differs in the host as well as the port.
	return strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
}

// startBrowser starts chromium with a fresh profile and returns its context.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancelTimeout := context.WithTimeout(context.Background(), 3*time.Minute)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		cancelTimeout()
	})
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	return bctx
}

// tab opens a new tab that closes at the end of the test. The test fails if
// the page throws an exception or breaks its Content-Security-Policy.
func (w *e2e) tab(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(w.browser)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	// Tabs run side by side: each must behave as the focused one, or its
	// inputs lose focus (and the suggestions close) when another opens.
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	var (
		mu   sync.Mutex
		errs []string
		done = make(chan struct{})
	)
	msgs := chromedp.Console(ctx)
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError && m.Source != "network" {
				mu.Lock()
				errs = append(errs, m.String())
				mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, e := range errs {
			t.Errorf("browser console: %s", e)
		}
	})
	return ctx
}

// do runs steps, failing the test on error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) into a T.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor waits until a JavaScript expression is truthy; what says what is
// awaited, for the error.
func waitFor(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil {
			return
		}
		// A navigation destroys the page's JavaScript context under the
		// poll ("Cannot find context", "Execution context was destroyed",
		// a null document.body while the new page loads): poll again in
		// the new page until the deadline.
		if !errors.Is(err, chromedp.ErrPollingTimeout) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		state, derr := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href + "\n" + (document.body ? document.body.innerText.slice(0, 600) : "(no body)")`))
		if derr != nil {
			state = "(unreadable: " + derr.Error() + ")"
		}
		t.Fatalf("waiting for %s: %v\npage: %s", what, err, state)
	}
}

// screenshot saves a PNG of the viewport as testdata/artifacts/name and,
// with -update and when readme is not "", as docs/screenshots/readme (which
// the README shows), so that a plain test run leaves the tree clean.
func screenshot(t *testing.T, ctx context.Context, name, readme string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{filepath.Join(artifactDir, name)}
	if *update && readme != "" {
		paths = append(paths, filepath.Join(screenshotDir, readme))
	}
	for _, path := range paths {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// hit is what a test reads of a rendered hit.
type hit struct {
	Who, Kind, Text, Permalink string
	Marks                      []string
}

// hitsJS reads the rendered hits.
const hitsJS = `[...document.querySelectorAll('#hits article')].map(a => ({
	Who: a.querySelector('.who').textContent.trim(),
	Kind: a.querySelector('.badge').textContent.trim(),
	Text: a.querySelector('.text').textContent.trim(),
	Permalink: a.querySelector('.permalink').href,
	Marks: [...a.querySelectorAll('mark')].map(m => m.textContent),
}))`

func (w *e2e) testSearchAsYouType(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx,
		chromedp.Navigate(w.site+"/"),
		chromedp.WaitVisible(chromedp.CSS("#hits article")), // the report, in order
		chromedp.SendKeys(chromedp.ID("q"), "trafficking"),
	)
	waitFor(t, ctx, "highlighted hits", `location.search === '?q=trafficking' && document.querySelector('#hits mark') && document.getElementById('status').textContent.includes('trafficking')`)
	hits := eval[[]hit](t, ctx, hitsJS)
	if len(hits) == 0 {
		t.Fatal("no hits")
	}
	if len(hits[0].Marks) == 0 {
		t.Errorf("the best hit %q has no highlight", hits[0].Text)
	}
	for _, h := range hits {
		// A hit may match on its speaker's role or the report's title
		// only; what is highlighted must be the query, though.
		for _, m := range h.Marks {
			if !strings.HasPrefix(strings.ToLower(m), "traffick") {
				t.Errorf("highlighted %q for the query trafficking", m)
			}
		}
		if !strings.HasPrefix(h.Permalink, w.site+"/p/") {
			t.Errorf("permalink %q", h.Permalink)
		}
	}
	// Quotes and reported statements look different.
	styles := eval[map[string]string](t, ctx, `(() => {
		const out = {};
		for (const k of ['quote', 'statement']) {
			const e = document.querySelector('#hits .kind-' + k + ' .text');
			if (e) out[k] = e.tagName + ' ' + getComputedStyle(e).fontStyle + ' ' + getComputedStyle(e).borderLeftWidth;
		}
		return out;
	})()`)
	if styles["quote"] == "" || styles["statement"] == "" || styles["quote"] == styles["statement"] {
		t.Errorf("quotes and statements should look different: %v", styles)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Escape)) // close the suggestions
	waitFor(t, ctx, "the suggestions to close", `document.getElementById('suggestions').hidden`)
	screenshot(t, ctx, "search.png", "search.png")
}

// facetValue is a value of a rendered facet.
type facetValue struct {
	Value, Label string
	Count        int
	Checked      bool
}

// facetJS returns the values of the facet named by the argument.
const facetJS = `(f => [...document.querySelectorAll('#facets input[data-facet="' + f + '"]')].map(c => ({
	Value: c.value,
	Label: document.querySelector('label[for="' + c.id + '"]').firstChild.textContent.trim(),
	Count: parseInt(document.querySelector('label[for="' + c.id + '"] .count').textContent.replace(/\D/g, ''), 10),
	Checked: c.checked,
})))`

// testPrefixTyping: the word being typed finds the words it begins in the
// results ("zimmer" finds Zimmerman), until a space ends it.
func (w *e2e) testPrefixTyping(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx,
		chromedp.Navigate(w.site+"/"),
		chromedp.WaitVisible(chromedp.CSS("#hits article")),
		chromedp.SendKeys(chromedp.ID("q"), "cathy zimmer"),
	)
	waitFor(t, ctx, "hits for the name begun", `location.search === '?q=cathy+zimmer' && document.querySelector('#hits mark') && document.getElementById('status').textContent.includes('zimmer')`)
	hits := eval[[]hit](t, ctx, hitsJS)
	if len(hits) == 0 || hits[0].Who != "Cathy Zimmerman" {
		t.Fatalf("cathy zimmer as typed: %d hits, want Cathy Zimmerman's first (%+v)", len(hits), hits)
	}
	status := eval[string](t, ctx, `document.getElementById('status').textContent`)
	if strings.HasPrefix(status, "0 ") || strings.HasPrefix(status, "No ") {
		t.Errorf("status %q", status)
	}
	marks := 0
	for _, h := range hits {
		for _, m := range h.Marks {
			if strings.HasPrefix(m, "Zimmerman") {
				marks++
			}
		}
	}
	if marks == 0 {
		t.Errorf("no hit marks Zimmerman for zimmer as typed")
	}
	// A space ends the word: "zimmer" is then a whole word, which no
	// passage holds, so Zimmerman is no longer marked ("cathy" matches).
	eval[bool](t, ctx, `(document.querySelectorAll('#hits article').forEach(a => a.dataset.stale = '1'), true)`)
	do(t, ctx, chromedp.SendKeys(chromedp.ID("q"), " "))
	waitFor(t, ctx, "hits for the whole words", `document.querySelector('#hits article') && !document.querySelector('#hits article[data-stale]') && document.getElementById('hits').getAttribute('aria-busy') === null`)
	for _, h := range eval[[]hit](t, ctx, hitsJS) {
		for _, m := range h.Marks {
			if strings.HasPrefix(m, "Zimmerman") {
				t.Errorf("%q marked after the word was ended by a space", m)
			}
		}
	}
}

func (w *e2e) testSpeakerFacet(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.Navigate(w.site+"/?q=prevention"))
	waitFor(t, ctx, "facets", `document.querySelector('#facets input[data-facet="speaker"]') && document.getElementById('status').textContent.includes('prevention')`)
	total := eval[int](t, ctx, `parseInt(document.getElementById('status').textContent.replace(/,/g, ''), 10)`)
	speakers := eval[[]facetValue](t, ctx, facetJS+`('speaker')`)
	if len(speakers) < 2 {
		t.Fatalf("speaker facet %v: want at least two speakers", speakers)
	}
	pick := speakers[0]
	if pick.Count >= total {
		t.Fatalf("speaker %s has %d of %d hits: the facet would not narrow the search", pick.Label, pick.Count, total)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#facets input[data-facet="speaker"][value="`+pick.Value+`"]`)))
	waitFor(t, ctx, "the filtered search", `location.search.includes('speaker=`+pick.Value+`') && parseInt(document.getElementById('status').textContent, 10) === `+fmt.Sprint(pick.Count))

	hits := eval[[]hit](t, ctx, hitsJS)
	if len(hits) != pick.Count {
		t.Errorf("%d hits, want %d", len(hits), pick.Count)
	}
	for _, h := range hits {
		if h.Who != pick.Label {
			t.Errorf("hit by %q, want only %q", h.Who, pick.Label)
		}
	}
	after := eval[[]facetValue](t, ctx, facetJS+`('speaker')`)
	var checked []string
	for _, v := range after {
		if v.Checked {
			checked = append(checked, v.Value)
		}
	}
	if len(checked) != 1 || checked[0] != pick.Value {
		t.Errorf("checked speakers %v, want [%s]", checked, pick.Value)
	}
	sessions := eval[[]facetValue](t, ctx, facetJS+`('session')`)
	sum := 0
	for _, v := range sessions {
		sum += v.Count
	}
	if sum > pick.Count {
		t.Errorf("session counts add up to %d after filtering to %d hits: %v", sum, pick.Count, sessions)
	}
	if focused := eval[string](t, ctx, `document.activeElement.value || ''`); focused != pick.Value {
		t.Errorf("focus moved to %q after the facet re-rendered", focused)
	}

	// Clear the filter: back to every hit.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#active-filters button[data-clear="*"]`)))
	waitFor(t, ctx, "the cleared search", `!location.search.includes('speaker=') && parseInt(document.getElementById('status').textContent, 10) === `+fmt.Sprint(total))
}

func (w *e2e) testSuggestions(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx,
		chromedp.Navigate(w.site+"/"),
		chromedp.WaitVisible(chromedp.CSS("#hits article")),
		chromedp.KeyEvent(kb.Tab), // the first Tab reaches the skip link
	)
	if got := eval[string](t, ctx, `document.activeElement.className`); got != "skip" {
		t.Errorf("the first Tab focuses %q, want the skip link", got)
	}
	do(t, ctx, chromedp.Focus(chromedp.ID("q")), chromedp.KeyEvent("zimm"))
	waitFor(t, ctx, "suggestions", `!document.getElementById('suggestions').hidden && document.getElementById('suggestions').textContent.includes('Zimmerman')`)
	if got := eval[string](t, ctx, `document.getElementById('q').getAttribute('aria-expanded')`); got != "true" {
		t.Errorf("aria-expanded = %q with the list open", got)
	}
	// Down to the speaker, then Enter.
	n := eval[int](t, ctx, `[...document.querySelectorAll('#suggestions [role=option]')].findIndex(o => o.textContent.includes('Zimmerman') && o.textContent.startsWith('Speaker'))`)
	if n < 0 {
		t.Fatalf("no speaker suggestion: %s", eval[string](t, ctx, `document.getElementById('suggestions').textContent`))
	}
	for range n + 1 {
		do(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
	}
	if got := eval[string](t, ctx, `document.getElementById('q').getAttribute('aria-activedescendant')`); got != fmt.Sprintf("sugg-%d", n) {
		t.Errorf("aria-activedescendant = %q, want sugg-%d", got, n)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the speaker filter", `location.search.includes('speaker=cathy-zimmerman') && document.getElementById('active-filters').textContent.includes('Cathy Zimmerman')`)
	if q := eval[string](t, ctx, `document.getElementById('q').value`); q != "" {
		t.Errorf("search box holds %q after picking a speaker", q)
	}
	waitFor(t, ctx, "only her hits", `[...document.querySelectorAll('#hits .who')].length > 0 && [...document.querySelectorAll('#hits .who')].every(e => e.textContent.trim() === 'Cathy Zimmerman')`)
}

func (w *e2e) testPermalink(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.Navigate(w.site+"/?q=%22culture+of+disbelief%22"))
	waitFor(t, ctx, "hits", `document.querySelector('#hits .permalink')`)
	href := eval[string](t, ctx, `document.querySelector('#hits .permalink').href`)
	do(t, ctx, chromedp.Click(chromedp.CSS("#hits .permalink")))
	waitFor(t, ctx, "the passage page", `location.href === `+jsString(href)+` && document.querySelector('.context-list li.current')`)

	type page struct {
		H1, Current, Citation, SpeakerLink string
		Before, After                      int
	}
	got := eval[page](t, ctx, `({
		H1: document.querySelector('h1').textContent.trim(),
		Current: document.querySelector('.context-list li.current .text').textContent.trim(),
		Citation: document.getElementById('citation-text').textContent.trim(),
		SpeakerLink: (document.querySelector('.facts a[href*="/speakers/"]') || {}).href || '',
		Before: document.querySelectorAll('.context-list li.before').length,
		After: document.querySelectorAll('.context-list li.after').length,
	})`)
	screenshot(t, ctx, "passage.png", "")
	if got.Before == 0 || got.After == 0 {
		t.Errorf("context: %d passages before, %d after; want some of each", got.Before, got.After)
	}
	if !strings.Contains(got.Current, "culture of disbelief") {
		t.Errorf("current passage %q", got.Current)
	}
	if !strings.Contains(got.Citation, "p. ") || !strings.Contains(got.Citation, got.H1) {
		t.Errorf("citation %q should name %q and the page", got.Citation, got.H1)
	}
	if got.SpeakerLink == "" {
		t.Fatal("no link to the speaker's page")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`.facts a[href*="/speakers/"]`)))
	waitFor(t, ctx, "the speaker page", `location.href === `+jsString(got.SpeakerLink)+` && document.querySelector('.group h2')`)
	if h1 := eval[string](t, ctx, `document.querySelector('h1').textContent`); !strings.Contains(h1, got.H1) {
		t.Errorf("speaker page h1 %q, want %q", h1, got.H1)
	}
}

// citationPassage is a passage of the fixture with a speaker.
const citationPassage = "/p/r24-17"

// grantClipboard lets the site's pages read and write the clipboard.
func (w *e2e) grantClipboard(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name},
			Setting:    browser.PermissionSettingGranted,
			Origin:     w.site,
		})
		if err != nil {
			t.Fatalf("grant %s: %v", name, err)
		}
	}
}

func (w *e2e) testCopyCitation(t *testing.T) {
	ctx := w.tab(t)
	w.grantClipboard(t, ctx)
	do(t, ctx,
		chromedp.Navigate(w.site+citationPassage),
		chromedp.WaitVisible(chromedp.CSS(".citation button.copy")), // shown by the script
		chromedp.Click(chromedp.CSS(".citation button.copy")),
	)
	waitFor(t, ctx, "the copy", `document.querySelector('.citation button.copy').textContent === 'Copied'`)
	want := eval[string](t, ctx, `document.getElementById('citation-text').textContent`)
	got := eval[string](t, ctx, `navigator.clipboard.readText()`)
	if got != want || !strings.Contains(got, "p. 15") {
		t.Errorf("clipboard %q, want the citation %q", got, want)
	}
	waitFor(t, ctx, "the announcement", `document.getElementById('announce').textContent.includes('copied')`)
}

func (w *e2e) testCopyFallback(t *testing.T) {
	ctx := w.tab(t)
	w.grantClipboard(t, ctx)
	do(t, ctx,
		chromedp.Navigate(w.site+"/?q=disbelief"),
		chromedp.WaitVisible(chromedp.CSS("#hits button.copy")),
	)
	// Hide the Clipboard API from the page's script, not from the test.
	eval[chromedp.Void](t, ctx, `(window.__clip = navigator.clipboard, Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true}), 0)`)
	do(t, ctx, chromedp.Click(chromedp.CSS("#hits button.copy")))
	waitFor(t, ctx, "the copy", `document.querySelector('#hits button.copy').textContent === 'Copied'`)
	want := eval[string](t, ctx, `document.querySelector('#hits button.copy').dataset.copy`)
	got := eval[string](t, ctx, `window.__clip.readText()`)
	if got != want {
		t.Errorf("clipboard %q, want %q", got, want)
	}
}

func (w *e2e) testNoJavaScript(t *testing.T) {
	ctx := w.tab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(w.site+citationPassage))
	type page struct {
		H1, Text, Citation string
		Context            int
		CopyShown          bool
	}
	got := eval[page](t, ctx, `({
		H1: document.querySelector('h1').innerText,
		Text: document.querySelector('.focus .text').innerText,
		Citation: document.getElementById('citation-text').innerText,
		Context: document.querySelectorAll('.context-list li').length,
		CopyShown: document.querySelector('.citation button.copy').getClientRects().length > 0,
	})`)
	if got.H1 == "" || got.Text == "" || !strings.Contains(got.Citation, "p. 15") || got.Context < 3 {
		t.Errorf("passage page without JavaScript: %+v", got)
	}
	if got.CopyShown {
		t.Error("the copy button shows without the script that makes it work")
	}
	do(t, ctx, chromedp.Navigate(w.site+"/speakers/cathy-zimmerman"))
	n := eval[int](t, ctx, `document.querySelectorAll('.passages article').length`)
	if n == 0 {
		t.Error("the speaker page lists no passage without JavaScript")
	}
}

// testSearchNoJavaScript checks that the search page answers a browser
// without JavaScript with a page of results, and pages on.
func (w *e2e) testSearchNoJavaScript(t *testing.T) {
	ctx := w.tab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(w.site+"/?q=trafficking"))
	type results struct {
		Hits   int
		Status string
		Next   string
	}
	res := eval[results](t, ctx, `({
		Hits: document.querySelectorAll('.nojs-hits article').length,
		Status: [...document.querySelectorAll('.results p.status')].map(p => p.innerText).join(' '),
		Next: (document.querySelector('.pager a[rel=next]') || {}).href || '',
	})`)
	if res.Hits != api.SearchPageSize || !strings.Contains(res.Status, "passages match") || res.Next == "" {
		t.Fatalf("search page without JavaScript: %+v", res)
	}
	do(t, ctx, chromedp.Navigate(res.Next))
	waitFor(t, ctx, "the second page", `location.search.includes('page=2') && document.querySelectorAll('.nojs-hits article').length > 0 && document.querySelector('.pager a[rel=prev]')`)
}

func (w *e2e) testVerify(t *testing.T) {
	ctx := w.tab(t)
	type check struct {
		Verdict, Who, Said string
		Struck, Inserted   []string // text of <del> and <ins>, hidden labels included
		Differences        []string
	}
	read := `(() => {
		const r = document.getElementById('verify-results');
		const c = r.querySelector('.check');
		const texts = sel => [...c.querySelectorAll(sel)].map(e => e.textContent);
		return {
			Verdict: c.querySelector('.verdict').textContent,
			Who: r.querySelector('.who').textContent,
			Said: c.querySelector('.said').textContent,
			Struck: texts('.alignment del'), Inserted: texts('.alignment ins'),
			Differences: texts('.differences li'),
		};
	})()`
	for _, tc := range []struct {
		quote, verdict, struck, inserted, difference string
	}{
		{quote: "Our interventions should also aim to reduce the most harmful aspects or the aspects that are priorities of those suffering these exploitative conditions.",
			verdict: "Exact quote"},
		{quote: "“We thought empowerment would not miraculously prevent human trafficking…”",
			verdict: "Altered quote: 1 difference, 1 that may change the meaning", struck: "not",
			difference: "“not” added — may change the meaning (a negation added or removed)"},
		{quote: "We need new investment in R&D on prevention.",
			verdict: "Altered quote: 1 difference", struck: "new", inserted: "specific",
			difference: "“new” instead of “specific” (wording)"},
	} {
		do(t, ctx,
			chromedp.Navigate(w.site+"/"),
			chromedp.SetValue(chromedp.ID("quote"), tc.quote),
			chromedp.Click(chromedp.CSS("#verify-form button")),
		)
		waitFor(t, ctx, "the verdict", `document.querySelector('#verify-results .verdict')`)
		got := eval[check](t, ctx, read)
		if !strings.HasPrefix(got.Verdict, tc.verdict) || got.Who != "Cathy Zimmerman" || !strings.HasPrefix(got.Said, "Said by Cathy Zimmerman") {
			t.Errorf("%q: verdict %q by %q (%q), want %q by Cathy Zimmerman", tc.quote, got.Verdict, got.Who, got.Said, tc.verdict)
		}
		if tc.struck != "" && (len(got.Struck) != 1 || got.Struck[0] != "[your quote: "+tc.struck+"] ") {
			t.Errorf("%q: struck %q, want %q", tc.quote, got.Struck, tc.struck)
		}
		if tc.inserted != "" && (len(got.Inserted) != 1 || got.Inserted[0] != "[the report: "+tc.inserted+"] ") {
			t.Errorf("%q: inserted %q, want %q", tc.quote, got.Inserted, tc.inserted)
		}
		if tc.difference != "" && (len(got.Differences) != 1 || got.Differences[0] != tc.difference) {
			t.Errorf("%q: differences %q, want %q", tc.quote, got.Differences, tc.difference)
		}
	}
}

func (w *e2e) testExport(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.Navigate(w.site+"/?q=prevention&speaker=cathy-zimmerman"))
	waitFor(t, ctx, "results", `!document.getElementById('export').hidden`)
	links := eval[map[string]string](t, ctx, `({
		csv: document.getElementById('export-csv').href,
		json: document.getElementById('export-json').href,
		atom: document.getElementById('export-atom').href,
		feed: document.getElementById('feed-link').href,
	})`)
	if links["atom"] != links["feed"] {
		t.Errorf("feed link %q differs from the Atom export %q", links["feed"], links["atom"])
	}
	for name, ctype := range map[string]string{"csv": "text/csv", "json": "application/json", "atom": "application/atom+xml"} {
		u := links[name]
		if !strings.Contains(u, "q=prevention") || !strings.Contains(u, "speaker=cathy-zimmerman") {
			t.Errorf("%s export %q lacks the search", name, u)
		}
		res, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), ctype) {
			t.Errorf("%s export: %d %s", name, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
}

func (w *e2e) testPhone(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx,
		chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile),
		chromedp.Navigate(w.site+"/?q=trafficking"),
	)
	waitFor(t, ctx, "hits", `document.querySelector('#hits mark')`)
	for _, path := range []string{"", citationPassage, "/speakers/cathy-zimmerman", "/embed"} {
		if path != "" {
			do(t, ctx, chromedp.Navigate(w.site+path), chromedp.WaitReady(chromedp.CSS("h1")))
		}
		over := eval[int](t, ctx, `document.documentElement.scrollWidth - window.innerWidth`)
		if over > 0 {
			t.Errorf("%s: %dpx wider than a 375px screen", path, over)
		}
	}
	do(t, ctx, chromedp.Navigate(w.site+"/?q=trafficking"))
	waitFor(t, ctx, "hits", `document.querySelector('#hits mark')`)
	// The facets fold away so that the results come first; their button
	// opens them.
	if shown := eval[bool](t, ctx, `document.getElementById('facets').getClientRects().length > 0`); shown {
		t.Error("the facets are open on a phone")
	}
	screenshot(t, ctx, "search-phone.png", "")
	do(t, ctx, chromedp.Click(chromedp.ID("facets-toggle")))
	waitFor(t, ctx, "the facets to open", `document.getElementById('facets').getClientRects().length > 0 && document.getElementById('facets-toggle').getAttribute('aria-expanded') === 'true'`)
}

// auditJS returns the problems a browser audit would report on the page:
// not exactly one h1, form fields without a label, images without alt
// text, and text whose contrast with its background is under 4.5:1 (3:1
// for large text), computed from the rendered colours.
const auditJS = `(() => {
	const problems = [];
	const h1 = document.querySelectorAll('h1').length;
	if (h1 !== 1) problems.push(h1 + ' h1 elements');
	document.querySelectorAll('input, select, textarea').forEach(f => {
		if (f.type === 'hidden') return;
		const labelled = (f.id && document.querySelector('label[for="' + CSS.escape(f.id) + '"]')) ||
			f.getAttribute('aria-label') || f.getAttribute('aria-labelledby') || f.closest('label');
		if (!labelled) problems.push('no label: ' + f.outerHTML.slice(0, 80));
	});
	document.querySelectorAll('img').forEach(i => { if (!i.hasAttribute('alt')) problems.push('no alt: ' + i.src); });
	const rgba = c => {
		const m = /rgba?\(([^)]+)\)/.exec(c);
		if (!m) return null;
		const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
		return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
	};
	const lum = c => {
		const l = c.slice(0, 3).map(v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
		return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
	};
	const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
	const background = e => {
		const layers = [];
		for (let n = e; n; n = n.parentElement) {
			const cs = getComputedStyle(n);
			if (cs.backgroundImage !== 'none') return null;
			const c = rgba(cs.backgroundColor);
			if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
		}
		return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1]);
	};
	const seen = new Set();
	let checked = 0;
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	while (walk.nextNode()) {
		const e = walk.currentNode.parentElement;
		if (!walk.currentNode.nodeValue.trim() || !e || seen.has(e)) continue;
		seen.add(e);
		const r = e.getBoundingClientRect();
		const cs = getComputedStyle(e);
		if (r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden' || e.closest('[hidden]')) continue;
		const bg = background(e), fg = rgba(cs.color);
		if (!bg || !fg) continue;
		const c = over(fg, bg);
		const [hi, lo] = [lum(c), lum(bg)].sort((a, b) => b - a);
		const ratio = (hi + 0.05) / (lo + 0.05);
		const size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight, 10) >= 700;
		const need = size >= 24 || bold && size >= 18.66 ? 3 : 4.5;
		checked++;
		if (ratio < need) problems.push('contrast ' + ratio.toFixed(2) + ' < ' + need + ' for "' + walk.currentNode.nodeValue.trim().slice(0, 40) + '": ' + cs.color + ' on rgb(' + bg.slice(0, 3).map(Math.round) + ')');
	}
	return {Problems: problems, Checked: checked};
})()`

func (w *e2e) testAudit(t *testing.T) {
	ctx := w.tab(t)
	pages := []struct{ path, ready string }{
		{"/?q=trafficking&speaker=cathy-zimmerman", `document.querySelector('#hits mark') && document.querySelector('#facets input')`},
		{citationPassage, `document.querySelector('.citation button.copy:not([hidden])')`},
		{"/speakers/cathy-zimmerman", `document.querySelector('.group')`},
		{"/sessions/Opening%20Session", `document.querySelector('.passages')`},
		{"/speakers", `document.querySelector('.people')`},
		{"/embed", `document.querySelector('confsearch-box').shadowRoot`},
		{"/no-such-page", `document.querySelector('h1')`},
	}
	for _, p := range pages {
		do(t, ctx, chromedp.Navigate(w.site+p.path))
		waitFor(t, ctx, p.path, p.ready)
		// Open the suggestions too, on the search page.
		res := eval[struct {
			Problems []string
			Checked  int
		}](t, ctx, auditJS)
		if res.Checked < 5 {
			t.Errorf("%s: only %d text elements checked", p.path, res.Checked)
		}
		for _, pr := range res.Problems {
			t.Errorf("%s: %s", p.path, pr)
		}
	}
}

// shadow is the JavaScript path of the search box's shadow root.
const shadow = `document.querySelector('confsearch-box').shadowRoot`

func (w *e2e) testWidget(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.EmulateViewport(900, 760), chromedp.Navigate(w.partner+"/"))
	waitFor(t, ctx, "the search box", shadow+` && `+shadow+`.querySelector('input')`)
	if origin := eval[string](t, ctx, `location.origin`); strings.HasPrefix(w.site, origin) {
		t.Fatalf("the partner page's origin %s is the site's %s", origin, w.site)
	}
	if shown := eval[bool](t, ctx, `document.getElementById('fallback').getClientRects().length > 0`); shown {
		t.Error("the fallback link still shows after the upgrade")
	}
	eval[chromedp.Void](t, ctx, shadow+`.querySelector('input').focus()`)
	do(t, ctx, chromedp.KeyEvent("trafficking"))
	waitFor(t, ctx, "results in the box", shadow+`.querySelectorAll('li mark').length > 0`)

	type result struct {
		Hits                       int
		Links                      []string
		Targets                    []string
		Status, More               string
		InputDisplay, InputFont    string
		LinkColor, HostColor       string
		ControlFont, ControlBorder string
		ControlMarkBg, ListBorder  string
	}
	got := eval[result](t, ctx, `(() => {
		const root = `+shadow+`;
		const links = [...root.querySelectorAll('li a')];
		const cs = e => getComputedStyle(e);
		return {
			Hits: root.querySelectorAll('li').length,
			Links: links.map(a => a.href),
			Targets: links.map(a => a.target),
			Status: root.querySelector('.status').textContent,
			More: root.querySelector('.more a').href,
			InputDisplay: cs(root.querySelector('input')).display,
			InputFont: cs(root.querySelector('input')).fontSize,
			LinkColor: cs(links[0]).color,
			HostColor: cs(root.querySelector('.box')).color,
			ControlFont: cs(document.getElementById('control')).fontSize,
			ControlBorder: cs(document.getElementById('control')).borderTopWidth,
			ControlMarkBg: cs(document.getElementById('control-mark')).backgroundColor,
			ListBorder: cs(document.querySelector('#control-list li')).borderTopWidth,
		};
	})()`)
	if got.Hits == 0 || got.Hits > 3 {
		t.Errorf("%d results in a box of size 3", got.Hits)
	}
	for i, l := range got.Links {
		if !strings.HasPrefix(l, w.site+"/p/") || got.Targets[i] != "_blank" {
			t.Errorf("result link %q target %q: want a new tab on %s", l, got.Targets[i], w.site)
		}
	}
	if !strings.HasPrefix(got.More, w.site+"/?q=trafficking") {
		t.Errorf("'all results' link %q", got.More)
	}
	// The partner's CSS does not reach into the box…
	if got.InputDisplay == "none" || got.InputFont != "15px" {
		t.Errorf("the partner's CSS reached the box's input: display %s, font-size %s", got.InputDisplay, got.InputFont)
	}
	if got.LinkColor == "rgb(200, 0, 120)" || got.HostColor == "rgb(120, 20, 20)" {
		t.Errorf("the partner's colours reached the box: link %s, text %s", got.LinkColor, got.HostColor)
	}
	// …and the box's CSS does not leak out.
	if got.ControlFont != "20px" || got.ControlBorder != "3px" || got.ControlMarkBg == "rgb(255, 240, 160)" || got.ListBorder != "0px" {
		t.Errorf("the box's CSS leaked into the partner page: %+v", got)
	}
	screenshot(t, ctx, "widget.png", "widget.png")
}

func (w *e2e) testWidgetScoped(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.Navigate(w.partner+"/scoped"))
	waitFor(t, ctx, "the search box", shadow+` && `+shadow+`.querySelector('input')`)
	eval[chromedp.Void](t, ctx, shadow+`.querySelector('input').focus()`)
	do(t, ctx, chromedp.KeyEvent("trafficking\n"))
	waitFor(t, ctx, "results in the box", shadow+`.querySelectorAll('li mark').length > 0`)
	type result struct {
		Scope, More string
		Meta        []string
		Targets     []string
	}
	got := eval[result](t, ctx, `(() => {
		const root = `+shadow+`;
		return {
			Scope: root.querySelector('.scope').textContent,
			More: root.querySelector('.more a').href,
			Meta: [...root.querySelectorAll('li .m')].map(m => m.textContent),
			Targets: [...root.querySelectorAll('a')].map(a => a.target),
		};
	})()`)
	if len(got.Meta) == 0 || len(got.Meta) > 2 {
		t.Errorf("%d results in a box of size 2", len(got.Meta))
	}
	for _, m := range got.Meta {
		if !strings.Contains(m, "Opening Session") {
			t.Errorf("result %q is outside the preset session", m)
		}
	}
	for _, tg := range got.Targets {
		if tg != "_self" {
			t.Errorf("link target %q, want _self", tg)
		}
	}
	if !strings.Contains(got.Scope, "Opening Session") || !strings.Contains(got.More, "session=Opening+Session") {
		t.Errorf("scope %q, 'all results' link %q: want the session named", got.Scope, got.More)
	}
}

func (w *e2e) testWidgetFallback(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.Navigate(w.partner+"/broken"), chromedp.WaitVisible(chromedp.ID("fallback")))
	href := eval[string](t, ctx, `document.getElementById('fallback').href`)
	if href != w.site+"/" {
		t.Errorf("fallback link %q, want %s/", href, w.site)
	}
	if up := eval[bool](t, ctx, `!!(document.querySelector('confsearch-box').shadowRoot)`); up {
		t.Error("the box was upgraded without its script")
	}
}

// testWidgetHostileCSS checks that partner rules on the element itself
// (the universal selector, the element's name) do not set the box's fonts.
func (w *e2e) testWidgetHostileCSS(t *testing.T) {
	ctx := w.tab(t)
	do(t, ctx, chromedp.Navigate(w.partner+"/hostile"))
	waitFor(t, ctx, "the search box", shadow+` && `+shadow+`.querySelector('input')`)
	eval[chromedp.Void](t, ctx, shadow+`.querySelector('input').focus()`)
	do(t, ctx, chromedp.KeyEvent("trafficking"))
	waitFor(t, ctx, "results in the box", shadow+`.querySelectorAll('li mark').length > 0`)
	type font struct {
		Size, LineHeight, Family, Style, Spacing, WordSpacing, Transform, Align string
	}
	got := eval[map[string]font](t, ctx, `(() => {
		const root = `+shadow+`;
		const f = e => { const c = getComputedStyle(e); return {Size: c.fontSize, LineHeight: c.lineHeight, Family: c.fontFamily,
			Style: c.fontStyle, Spacing: c.letterSpacing, WordSpacing: c.wordSpacing, Transform: c.textTransform, Align: c.textAlign}; };
		return {box: f(root.querySelector('.box')), input: f(root.querySelector('input')),
			title: f(root.querySelector('li .t')), snippet: f(root.querySelector('li .s')), status: f(root.querySelector('.status'))};
	})()`)
	for name, f := range got {
		wantSize := "15px"
		if name == "status" {
			wantSize = "13px"
		}
		if f.Size != wantSize || strings.Contains(f.Family, "Comic") || strings.Contains(f.Family, "Impact") ||
			f.Spacing != "normal" || f.WordSpacing != "0px" || f.Transform != "none" || f.Align != "left" && f.Align != "start" ||
			name != "snippet" && f.Style != "normal" {
			t.Errorf("%s: the partner's CSS set its font: %+v", name, f)
		}
		if name == "box" && f.LineHeight != "22.5px" {
			t.Errorf("box line height %s, want 22.5px (15px × 1.5)", f.LineHeight)
		}
	}
}

// testOneSearchPerView checks that a view of the search page with a query
// searches once: the server's search, whose answer the script reads from
// the page, and no call of the API until the reader changes the query.
func (w *e2e) testOneSearchPerView(t *testing.T) {
	ctx := w.tab(t)
	c := w.counting
	before, apiBefore := c.ix.searches.Load(), c.apiSearches.Load()
	do(t, ctx, chromedp.Navigate(c.url+"/?q=trafficking&kind=quote"))
	waitFor(t, ctx, "the results", `document.querySelectorAll('#hits article').length > 0 && document.getElementById('status').textContent.includes('match')`)
	time.Sleep(time.Second) // time for a second search, were there one
	searches, apiCalls := c.ix.searches.Load()-before, c.apiSearches.Load()-apiBefore
	if searches != 1 || apiCalls != 0 {
		t.Errorf("one page view searched %d times (%d API calls), want once (none)", searches, apiCalls)
	}
	facets := eval[int](t, ctx, `document.querySelectorAll('#facets input[type=checkbox]').length`)
	if facets == 0 {
		t.Error("the facets of the server's answer are not shown")
	}
	// The script still searches as the reader types.
	eval[chromedp.Void](t, ctx, `document.getElementById('q').focus()`)
	do(t, ctx, chromedp.KeyEvent(" labour"))
	waitFor(t, ctx, "the new results", `document.getElementById('status').textContent.includes('labour')`)
	if n := c.apiSearches.Load() - apiBefore; n == 0 {
		t.Error("typing called no search (the counter is blind)")
	}
}

// quoteMarksJS reads the rendered text of every quote under root, with
// the content of its ::before and ::after.
const quoteMarksJS = `[...ROOT.querySelectorAll(SEL)].map(e => ({
	Text: e.innerText.trim(),
	Before: getComputedStyle(e, '::before').content,
	After: getComputedStyle(e, '::after').content,
}))`

// testQuoteMarks reads the rendered text of every quote on the search page
// (as the script and the server render it), the passage, speaker and
// session pages and in the widget: each is between one pair of marks.
func (w *e2e) testQuoteMarks(t *testing.T) {
	type quote struct{ Text, Before, After string }
	read := func(ctx context.Context, root, sel string) []quote {
		js := strings.NewReplacer("ROOT", root, "SEL", jsString(sel)).Replace(quoteMarksJS)
		return eval[[]quote](t, ctx, js)
	}
	check := func(where string, qs []quote) {
		if len(qs) == 0 && !strings.HasSuffix(where, "session page") {
			t.Errorf("%s: no quote", where)
		}
		for _, q := range qs {
			first, _ := utf8.DecodeRuneInString(q.Text)
			second, _ := utf8.DecodeRuneInString(strings.TrimLeft(q.Text[len(string(first)):], " "))
			last, _ := utf8.DecodeLastRuneInString(q.Text)
			switch {
			case q.Before != "none" && q.Before != "normal" || q.After != "none" && q.After != "normal":
				t.Errorf("%s: marks drawn by CSS (%s, %s) around %q", where, q.Before, q.After, q.Text)
			case !strings.ContainsRune(openMarks, first):
				t.Errorf("%s: quote without an opening mark: %q", where, q.Text)
			case strings.ContainsRune(openMarks, second):
				t.Errorf("%s: doubled opening marks: %q", where, q.Text)
			case strings.HasSuffix(q.Text, "”") && strings.HasSuffix(strings.TrimSuffix(q.Text, "”"), "”"),
				strings.HasSuffix(q.Text, "\"") && strings.HasSuffix(strings.TrimSuffix(q.Text, "\""), "”"),
				strings.HasSuffix(q.Text, "”") && strings.HasSuffix(strings.TrimSuffix(q.Text, "”"), "\""):
				t.Errorf("%s: doubled closing marks: %q", where, q.Text)
			case !strings.ContainsRune(closeMarks, last) && !strings.ContainsAny(q.Text, closeMarks):
				t.Errorf("%s: quote without a closing mark: %q", where, q.Text)
			}
		}
	}
	ctx := w.tab(t)
	for _, site := range []string{w.site, w.marked} {
		do(t, ctx, chromedp.Navigate(site+"/?kind=quote&sort=document"))
		waitFor(t, ctx, "the quotes", `document.querySelectorAll('#hits blockquote').length > 0`)
		check(site+" search page", read(ctx, "document", "#hits blockquote.text p"))
		// What a browser without JavaScript shows, from the same page.
		noscript := eval[string](t, ctx, `document.querySelector('.results noscript').textContent`)
		doc := `new DOMParser().parseFromString(` + jsString(noscript) + `, 'text/html')`
		var qs []quote
		for _, q := range read(ctx, doc, "blockquote.text p") {
			q.Before, q.After = "none", "none" // a parsed document has no styles
			qs = append(qs, q)
		}
		check(site+" search page without JavaScript", qs)
		first := eval[string](t, ctx, `document.querySelector('#hits article .permalink').href`)
		do(t, ctx, chromedp.Navigate(first))
		waitFor(t, ctx, "the passage", `document.querySelector('.focus blockquote')`)
		check(site+" passage page", read(ctx, "document", "blockquote.text p"))
		do(t, ctx, chromedp.Click(chromedp.CSS(".facts a[href*='/speakers/']")))
		waitFor(t, ctx, "the speaker page", `location.pathname.startsWith('/speakers/') && document.querySelector('blockquote')`)
		check(site+" speaker page", read(ctx, "document", "blockquote.text p"))
		if eval[bool](t, ctx, `!!document.querySelector("main a[href*='/sessions/']")`) {
			do(t, ctx, chromedp.Click(chromedp.CSS("main a[href*='/sessions/']")))
			waitFor(t, ctx, "the session page", `location.pathname.startsWith('/sessions/') && document.querySelector('h1')`)
			check(site+" session page", read(ctx, "document", "blockquote.text p"))
		}
		do(t, ctx, chromedp.Navigate(site+"/embed"))
		waitFor(t, ctx, "the demo box", shadow+` && `+shadow+`.querySelector('input')`)
		eval[chromedp.Void](t, ctx, shadow+`.querySelector('input').focus()`)
		do(t, ctx, chromedp.KeyEvent("we need"))
		waitFor(t, ctx, "quotes in the box", shadow+`.querySelectorAll('li.quote .s').length > 0`)
		check(site+" widget", read(ctx, shadow, "li.quote .s"))
	}
}

// jsString quotes s as a JavaScript string.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
