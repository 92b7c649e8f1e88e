package web

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/search"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// get serves one request to h and returns the response.
func get(t *testing.T, h http.Handler, method, target string, hdr ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newHandler returns the site's one handler (the API's router with the
// pages) over src.
func newHandler(src search.Searcher, opts Options) http.Handler {
	return newSite(func() search.Searcher { return src }, opts)
}

func newSite(get func() search.Searcher, opts Options) http.Handler {
	return api.New(get, api.Config{Pages: New(opts), BaseURL: opts.BaseURL})
}

func TestRoutes(t *testing.T) {
	h := newHandler(newFake(), Options{})
	tests := []struct {
		name, method, target string
		status               int
		ctype                string
		want, notWant        []string
	}{
		{name: "search page", target: "/", status: 200, ctype: "text/html",
			want: []string{`<h1>Conference report search</h1>`, `id="q"`, `/static/app.js?v=`, `data-doc="r24"`, `id="verify-form"`, `rel="alternate" type="application/atom+xml"`}},
		{name: "search page keeps the query", target: "/?q=%22forced+labour%22", status: 200,
			want: []string{`value="&#34;forced labour&#34;"`}},
		{name: "search page without a query has no results for scriptless browsers", target: "/", status: 200,
			notWant: []string{`nojs-hits`}},
		{name: "search page renders results for scriptless browsers", target: "/?q=harmful", status: 200,
			want: []string{`<noscript>`, `1 passage matches; page 1.`, `class="hits nojs-hits"`,
				`reduce the most harmful aspects`, `href="/p/r-2"`, `href="/speakers/cathy-zimmerman"`},
			notWant: []string{`rel="next"`, `rel="prev"`}},
		{name: "scriptless results with a filter and a second page", target: "/?speaker=cathy-zimmerman&page=2&size=2", status: 200,
			want: []string{`4 passages match (filtered by speaker: cathy-zimmerman); page 2.`, `rel="prev"`, `href="/?page=1&amp;size=2&amp;speaker=cathy-zimmerman"`}},
		{name: "scriptless results say what to fix", target: "/?q=%22%22", status: 400,
			want: []string{`The query cannot be run: the query has no words`, `id="q"`, `data-json="{&#34;error&#34;:{&#34;code&#34;:&#34;bad_query&#34;`}},
		{name: "a bad page number is a 400, not dropped", target: "/?q=harm&page=abc", status: 400,
			want: []string{`The query cannot be run: page: must be an integer`}},
		{name: "the page carries the API's answer for its script", target: "/?q=harmful", status: 200,
			want: []string{`id="initial-results" data-json="{&#34;query&#34;:&#34;harmful&#34;,&#34;total&#34;:1,`, `&#34;size&#34;:20,`}},
		{name: "passage", target: "/p/r-2", status: 200,
			want: []string{
				`<h1 id="passage-heading">Cathy Zimmerman</h1>`,
				`Direct quote`,
				`<blockquote class="text"><p>“Our interventions should also aim to reduce the most harmful aspects.”</p></blockquote>`,
				`href="/speakers/cathy-zimmerman"`,
				`href="/sessions/Panel%202:%20Bridging%20gaps%20for%20more%20impactful%20prevention"`,
				`Cathy Zimmerman, Professor, London School of Hygiene and Tropical Medicine, Panel 2, 24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, report p. 15`,
				// context: two before, two after
				`Trafficking thrives on inequalities`, `evidence-based`, `research and development`, `He said`,
			},
			notWant: []string{`The conference closed.`}},
		{name: "passage at the start of a document", target: "/p/r-0", status: 200,
			want: []string{`<h1 id="passage-heading">Beyond Awareness-Raising</h1>`, `Report text`, `evidence-based`, `reduce the most harmful`}},
		{name: "unknown passage", target: "/p/nope", status: 404, ctype: "text/html", want: []string{`<h1>Not Found</h1>`}},
		{name: "speaker", target: "/speakers/cathy-zimmerman", status: 200,
			want: []string{`<h1>Cathy Zimmerman</h1>`, `London School of Hygiene`, `4 passages, 2 direct quotes`,
				`>Panel 2: Bridging gaps for more impactful prevention</a></h2>`, `>Q&amp;A / closing remarks</a></h2>`,
				`href="/?speaker=cathy-zimmerman"`}},
		{name: "unknown speaker", target: "/speakers/nobody", status: 404},
		{name: "session", target: "/sessions/Panel%202:%20Bridging%20gaps%20for%20more%20impactful%20prevention", status: 200,
			want:    []string{`<h1>Panel 2: Bridging gaps for more impactful prevention</h1>`, `href="/speakers/cathy-zimmerman"`, `>ghost</a>`, `evidence-based`},
			notWant: []string{`research and development`}},
		{name: "session with a slash", target: "/sessions/Q&A%20%2F%20closing%20remarks", status: 200,
			want: []string{`<h1>Q&amp;A / closing remarks</h1>`, `research and development`}},
		{name: "unknown session", target: "/sessions/Panel%209", status: 404},
		{name: "speakers", target: "/speakers", status: 200, want: []string{`<h1>Speakers</h1>`, `href="/speakers/cathy-zimmerman"`, `(4 passages)`}},
		{name: "sessions", target: "/sessions", status: 200, want: []string{`<h1>Sessions</h1>`, `(2 passages, 2 speakers)`, `Q&amp;A%20%2F%20closing`}},
		{name: "embed", target: "/embed", status: 200,
			want: []string{`&lt;script src=&#34;http://example.com/widget.js&#34; data-endpoint=&#34;http://example.com&#34; async&gt;&lt;/script&gt;`, `<confsearch-box size="3"`}},
		{name: "widget", target: "/widget.js", status: 200, ctype: "text/javascript", want: []string{`customElements.define('confsearch-box'`}},
		{name: "stylesheet", target: "/static/app.css", status: 200, ctype: "text/css", want: []string{`--accent:`}},
		{name: "script", target: "/static/app.js", status: 200, ctype: "text/javascript"},
		{name: "icon", target: "/static/icon.svg", status: 200, ctype: "image/svg+xml"},
		{name: "widget is not a static file", target: "/static/widget.js", status: 404},
		{name: "unknown static file", target: "/static/nope.js", status: 404, ctype: "text/html"},
		{name: "unknown page", target: "/nope", status: 404, ctype: "text/html", want: []string{`Go to the search page`}},
		{name: "post", method: "POST", target: "/", status: 405},
		{name: "head", method: "HEAD", target: "/p/r-1", status: 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := tc.method
			if method == "" {
				method = "GET"
			}
			res := get(t, h, method, tc.target)
			b := body(t, res)
			if res.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d\n%s", res.StatusCode, tc.status, b)
			}
			if ct := res.Header.Get("Content-Type"); tc.ctype != "" && !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type = %q, want %s", ct, tc.ctype)
			}
			if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("Content-Security-Policy = %q", csp)
			}
			if method == "HEAD" && b != "" {
				t.Errorf("HEAD has a body of %d bytes", len(b))
			}
			for _, w := range tc.want {
				if !strings.Contains(b, w) {
					t.Errorf("body lacks %s", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(b, w) {
					t.Errorf("body has %s", w)
				}
			}
		})
	}
}

// TestEscaping checks that text from the index cannot inject markup.
func TestEscaping(t *testing.T) {
	h := newHandler(newFake(), Options{})
	for _, target := range []string{"/p/r-4", "/speakers/evil", "/speakers", "/sessions/Q&A%20%2F%20closing%20remarks", "/p/r-3"} {
		t.Run(target, func(t *testing.T) {
			b := body(t, get(t, h, "GET", target))
			for _, bad := range []string{"<script>alert", "<b>Role</b>", `"><script`} {
				if strings.Contains(b, bad) {
					t.Errorf("unescaped %q in %s", bad, target)
				}
			}
			if !strings.Contains(b, "&lt;script&gt;alert") {
				t.Errorf("the escaped text is missing")
			}
		})
	}
}

// TestNoIndex checks the pages while no index is loaded.
func TestNoIndex(t *testing.T) {
	getters := map[string]func() search.Searcher{
		"nil": func() search.Searcher { return nil },
	}
	for name, g := range getters {
		t.Run(name, func(t *testing.T) {
			h := newSite(g, Options{})
			for target, want := range map[string]int{"/": 200, "/p/r-1": 503, "/speakers/x": 503, "/sessions": 503, "/widget.js": 200} {
				res := get(t, h, "GET", target)
				if res.StatusCode != want {
					t.Errorf("%s: status %d, want %d", target, res.StatusCode, want)
				}
			}
		})
	}
}

// TestHotSwap checks that the getter is called per request.
func TestHotSwap(t *testing.T) {
	var cur search.Searcher = newFake()
	h := newSite(func() search.Searcher { return cur }, Options{})
	if res := get(t, h, "GET", "/p/r-1"); res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	cur = &fakeSource{}
	if res := get(t, h, "GET", "/p/r-1"); res.StatusCode != 404 {
		t.Fatalf("after the swap: status %d, want 404", res.StatusCode)
	}
}

func TestBaseURL(t *testing.T) {
	tests := []struct {
		base, prefix, canonical string
	}{
		{"https://search.example.org/cs/", "/cs", "https://search.example.org/cs/p/r-1"},
		{"https://search.example.org", "", "https://search.example.org/p/r-1"},
		{"/cs", "/cs", ""},
		{"cs/", "/cs", ""},
	}
	for _, tc := range tests {
		t.Run(tc.base, func(t *testing.T) {
			h := newHandler(newFake(), Options{BaseURL: tc.base, Title: "Alliance search"})
			b := body(t, get(t, h, "GET", "/p/r-1"))
			for _, w := range []string{
				`href="` + tc.prefix + `/speakers/cathy-zimmerman"`,
				`src="` + tc.prefix + `/static/app.js?v=`,
				`data-base="` + tc.prefix + `"`,
				`<title>Cathy Zimmerman, p. 15 · Alliance search</title>`,
			} {
				if !strings.Contains(b, w) {
					t.Errorf("lacks %s", w)
				}
			}
			canon := regexp.MustCompile(`<link rel="canonical" href="([^"]*)">`).FindStringSubmatch(b)
			switch {
			case tc.canonical == "" && canon != nil:
				t.Errorf("canonical link %q, want none", canon[1])
			case tc.canonical != "" && (canon == nil || canon[1] != tc.canonical):
				t.Errorf("canonical link %v, want %q", canon, tc.canonical)
			}
		})
	}
}

func TestStaticCaching(t *testing.T) {
	h := newHandler(newFake(), Options{})
	page := body(t, get(t, h, "GET", "/"))
	m := regexp.MustCompile(`/static/app\.css\?v=([0-9a-f]+)`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no versioned link to app.css")
	}
	versioned := get(t, h, "GET", m[0])
	if cc := versioned.Header.Get("Cache-Control"); cc != cacheVersioned {
		t.Errorf("versioned Cache-Control = %q", cc)
	}
	plain := get(t, h, "GET", "/static/app.css")
	if cc := plain.Header.Get("Cache-Control"); cc != cacheShort {
		t.Errorf("plain Cache-Control = %q", cc)
	}
	etag := plain.Header.Get("ETag")
	if res := get(t, h, "GET", "/static/app.css", "If-None-Match", etag); res.StatusCode != 304 {
		t.Errorf("If-None-Match %s: status %d, want 304", etag, res.StatusCode)
	}

	gz := get(t, h, "GET", "/widget.js", "Accept-Encoding", "br, gzip")
	if gz.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("widget.js not gzipped: %v", gz.Header)
	}
	if gz.Header.Get("Access-Control-Allow-Origin") != "*" || gz.Header.Get("Cross-Origin-Resource-Policy") != "cross-origin" {
		t.Errorf("widget.js cannot be loaded cross-origin: %v", gz.Header)
	}
	zr, err := gzip.NewReader(gz.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	want, _ := files.ReadFile("static/widget.js")
	if !bytes.Equal(got, want) {
		t.Error("gunzipped widget.js differs from the file")
	}
	if res := get(t, h, "GET", "/widget.js", "Accept-Encoding", "gzip;q=0"); res.Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent though refused")
	}
}

// maxWidgetGzip is the budget of widget.js, gzipped.
const maxWidgetGzip = 15 * 1024

func TestWidgetSize(t *testing.T) {
	b, err := files.ReadFile("static/widget.js")
	if err != nil {
		t.Fatal(err)
	}
	n := len(gzipBytes(b))
	t.Logf("widget.js: %d bytes, %d gzipped", len(b), n)
	if n >= maxWidgetGzip {
		t.Errorf("widget.js is %d bytes gzipped, over the budget of %d", n, maxWidgetGzip)
	}
}

func TestEmbedSnippet(t *testing.T) {
	got := EmbedSnippet("https://search.example.org/")
	want := Snippet{
		Script: `<script src="https://search.example.org/widget.js" data-endpoint="https://search.example.org" async></script>`,
		Box:    `<confsearch-box><a href="https://search.example.org/">Search the conference report</a></confsearch-box>`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EmbedSnippet (-want +got):\n%s", diff)
	}
}

// TestPageBasics checks every server-rendered page for what a browser audit
// would flag: exactly one h1, a label for every form field, alt text on
// every image, a lang attribute, and no inline script, style or event
// handler (the CSP would block them).
func TestPageBasics(t *testing.T) {
	h := newHandler(newFake(), Options{})
	for _, target := range []string{"/", "/p/r-2", "/p/r-0", "/speakers/cathy-zimmerman", "/speakers", "/sessions",
		"/sessions/Q&A%20%2F%20closing%20remarks", "/embed", "/nope"} {
		t.Run(target, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(body(t, get(t, h, "GET", target))))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range auditPage(doc) {
				t.Error(p)
			}
		})
	}
}

// auditPage returns the problems of a parsed page.
func auditPage(doc *html.Node) []string {
	var problems []string
	h1s := 0
	labelled := map[string]bool{}
	var fields []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "style" || strings.HasPrefix(a.Key, "on") {
					problems = append(problems, "inline "+a.Key+" on <"+n.Data+">")
				}
			}
			switch n.Data {
			case "html":
				if attr(n, "lang") == "" {
					problems = append(problems, "no lang on <html>")
				}
			case "h1":
				h1s++
			case "label":
				if f := attr(n, "for"); f != "" {
					labelled[f] = true
				}
			case "input", "select", "textarea":
				if attr(n, "type") != "hidden" {
					fields = append(fields, n)
				}
			case "img":
				if !hasAttr(n, "alt") {
					problems = append(problems, "<img> without alt: "+attr(n, "src"))
				}
			case "script":
				if attr(n, "src") == "" || n.FirstChild != nil {
					problems = append(problems, "inline <script>")
				}
			case "style":
				problems = append(problems, "inline <style>")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if h1s != 1 {
		problems = append(problems, strconv.Itoa(h1s)+" <h1> elements, want 1")
	}
	for _, f := range fields {
		if !labelled[attr(f, "id")] && attr(f, "aria-label") == "" && attr(f, "aria-labelledby") == "" {
			problems = append(problems, "<"+f.Data+" id="+attr(f, "id")+"> has no label")
		}
	}
	return problems
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// contrastPairs are the text and background colours of app.css, as custom
// property names, that text is drawn in.
var contrastPairs = [][2]string{
	{"--fg", "--bg"}, {"--muted", "--bg"}, {"--muted", "--surface"}, {"--fg", "--surface"},
	{"--accent", "--bg"}, {"--accent", "--surface"}, {"--accent-hover", "--bg"},
	{"--accent-fg", "--accent"}, {"--accent-fg", "--accent-hover"},
	{"--mark-fg", "--mark-bg"}, {"--quote-fg", "--quote-bg"}, {"--statement-fg", "--statement-bg"},
	{"--narrative-fg", "--narrative-bg"}, {"--resource-fg", "--resource-bg"}, {"--error-fg", "--bg"},
	{"--del-fg", "--del-bg"}, {"--ins-fg", "--ins-bg"},
	{"--accent", "--quote-bg"}, {"--fg", "--quote-bg"},
}

// TestContrast checks that every text colour of app.css has a contrast of at
// least 4.5:1 on the backgrounds it is used on (WCAG 2 AA).
func TestContrast(t *testing.T) {
	css, err := files.ReadFile("static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`(--[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;`).FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	for _, p := range contrastPairs {
		fg, bg := vars[p[0]], vars[p[1]]
		if fg == "" || bg == "" {
			t.Errorf("%s on %s: colour not defined in app.css", p[0], p[1])
			continue
		}
		if r := contrast(hexRGB(fg), hexRGB(bg)); r < 4.5 {
			t.Errorf("%s (%s) on %s (%s): contrast %.2f, want ≥ 4.5", p[0], fg, p[1], bg, r)
		}
	}
}

func hexRGB(h string) [3]float64 {
	v, _ := strconv.ParseUint(strings.TrimPrefix(h, "#"), 16, 32)
	return [3]float64{float64(v >> 16 & 255), float64(v >> 8 & 255), float64(v & 255)}
}

// contrast is the WCAG contrast ratio of two sRGB colours (0–255).
func contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		v /= 255
		if v <= 0.03928 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// TestGolden compares the passage and speaker pages with testdata/*.golden
// (asset versions masked); run with -update to rewrite them.
func TestGolden(t *testing.T) {
	h := newHandler(newFake(), Options{})
	version := regexp.MustCompile(`\?v=[0-9a-f]+`)
	for name, target := range map[string]string{"passage": "/p/r-2", "speaker": "/speakers/cathy-zimmerman"} {
		t.Run(name, func(t *testing.T) {
			got := version.ReplaceAllString(body(t, get(t, h, "GET", target)), "?v=VERSION")
			path := filepath.Join("testdata", name+".golden.html")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", target, diff)
			}
		})
	}
}
