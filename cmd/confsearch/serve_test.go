package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/search"
	"github.com/osce-tools/confsearch/web"
)

// fixtureCorpus reads the shared test corpus.
func fixtureCorpus(t *testing.T) search.Corpus {
	t.Helper()
	b, err := os.ReadFile("../../testdata/fixture-corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var c search.Corpus
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// withPassage returns c plus a passage of its last document with text.
func withPassage(c search.Corpus, id, text string) search.Corpus {
	last := c.Passages[len(c.Passages)-1]
	p := search.Passage{ID: id, Doc: last.Doc, DocTitle: last.DocTitle, Seq: last.Seq + 1,
		Page: last.Page, PageEnd: last.Page, Kind: search.KindNarrative, Text: text}
	c.Passages = append(append([]search.Passage(nil), c.Passages...), p)
	return c
}

// startServe runs serve on a free port over the index in dir and returns
// its base URL; the server is shut down when the test ends, and must stop
// without error.
func startServe(t *testing.T, cfg serveConfig, hup <-chan os.Signal) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, cfg, slog.New(slog.DiscardHandler), hup) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(shutdownTimeout + 5*time.Second):
			t.Errorf("serve did not shut down")
		}
	})
	base := "http://" + ln.Addr().String()
	waitFor(t, "healthz 200", func() bool {
		code, _ := get(base + "/healthz")
		return code == http.StatusOK
	})
	return base
}

// get fetches url and returns the status and body (0 on a transport error).
func get(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err.Error()
	}
	return resp.StatusCode, string(b)
}

// waitFor polls cond for up to 10 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// generation returns the generation /readyz reports.
func generation(t *testing.T, base string) string {
	t.Helper()
	code, body := get(base + "/readyz")
	var v struct{ Generation string }
	if err := json.Unmarshal([]byte(body), &v); code != http.StatusOK || err != nil {
		t.Fatalf("readyz: %d %s", code, body)
	}
	return v.Generation
}

// total returns the total of a search.
func total(t *testing.T, base, q string) int {
	t.Helper()
	code, body := get(base + "/api/v1/search?q=" + q)
	var v struct{ Total int }
	if err := json.Unmarshal([]byte(body), &v); code != http.StatusOK || err != nil {
		t.Fatalf("search %s: %d %s", q, code, body)
	}
	return v.Total
}

func testServeConfig(dir string) serveConfig {
	return serveConfig{index: dir, addr: "127.0.0.1:0", origins: "*", timeout: 5 * time.Second, logFormat: "text"}
}

// TestServeHotReload rebuilds the index under a running server that is
// answering a stream of requests: none may fail, and the new generation
// must be served.
func TestServeHotReload(t *testing.T) {
	c := fixtureCorpus(t)
	dir := t.TempDir()
	if _, err := search.Build(dir, c); err != nil {
		t.Fatal(err)
	}
	cfg := testServeConfig(dir)
	cfg.reload = 20 * time.Millisecond
	base := startServe(t, cfg, nil)
	gen0 := generation(t, base)
	if n := total(t, base, "trafficking"); n == 0 {
		t.Fatal("no hits for trafficking in the fixture")
	}

	var requests, failures atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			targets := []string{"/api/v1/search?q=trafficking", "/api/v1/search?q=%22prevention%22&sort=document", "/api/v1/speakers", "/healthz", "/api/v1/suggest?q=tra"}
			for i := w; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				code, body := get(base + targets[i%len(targets)])
				requests.Add(1)
				if code != http.StatusOK {
					failures.Add(1)
					firstFailure.CompareAndSwap(nil, fmt.Sprintf("%s: %d %.200s", targets[i%len(targets)], code, body))
				}
			}
		}()
	}

	gen := gen0
	for i := range 3 {
		word := fmt.Sprintf("zanzibarwidget%d", i)
		c = withPassage(c, fmt.Sprintf("hot-reload-%d", i), "A passage added by rebuild "+word+".")
		if _, err := search.Build(dir, c); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "a new generation", func() bool { return generation(t, base) != gen })
		gen = generation(t, base)
		if n := total(t, base, word); n != 1 {
			t.Errorf("after rebuild %d: %d hits for %s, want 1", i, n, word)
		}
	}
	time.Sleep(50 * time.Millisecond) // requests across the last swap
	close(stop)
	wg.Wait()

	if gen == gen0 {
		t.Errorf("generation still %s", gen0)
	}
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d requests failed during reloads; first: %v", n, requests.Load(), firstFailure.Load())
	}
	t.Logf("%d requests across 3 reloads", requests.Load())
}

// TestServeSIGHUP reloads on the signal only when polling is off, and starts
// without an index, not ready until one is built.
func TestServeSIGHUP(t *testing.T) {
	dir := t.TempDir()
	cfg := testServeConfig(dir)
	hup := make(chan os.Signal, 1)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, cfg, slog.New(slog.DiscardHandler), hup) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()
	waitFor(t, "readyz 503", func() bool { code, _ := get(base + "/readyz"); return code == http.StatusServiceUnavailable })
	if code, body := get(base + "/api/v1/search?q=a"); code != http.StatusServiceUnavailable || !strings.Contains(body, "not_ready") {
		t.Errorf("search without index: %d %s", code, body)
	}

	if _, err := search.Build(dir, fixtureCorpus(t)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if code, _ := get(base + "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("reloaded without SIGHUP while polling is off: readyz %d", code)
	}
	hup <- syscall.SIGHUP
	waitFor(t, "readyz 200 after SIGHUP", func() bool { code, _ := get(base + "/readyz"); return code == http.StatusOK })
	if code, body := get(base + "/healthz"); code != http.StatusOK {
		t.Errorf("healthz after SIGHUP: %d %s", code, body)
	}
}

func TestParseServeFlags(t *testing.T) {
	t.Setenv("CONFSEARCH_ADDR", "0.0.0.0:9000")
	t.Setenv("CONFSEARCH_RATE", "5")
	t.Setenv("CONFSEARCH_ORIGINS", "https://a.example,https://b.example")
	t.Setenv("CONFSEARCH_TIMEOUT", "3s")
	t.Setenv("CONFSEARCH_BASE_URL", "https://search.example.org")
	t.Setenv("CONFSEARCH_CACHE_MB", "16")
	cfg, err := parseServeFlags([]string{"-index", "/srv/index", "-rate", "7", "-reload", "0"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want := serveConfig{index: "/srv/index", addr: "0.0.0.0:9000", origins: "https://a.example,https://b.example",
		rate: 7, burst: 40, timeout: 3 * time.Second, reload: 0, baseURL: "https://search.example.org", title: web.DefaultTitle, cache: api.DefaultCacheEntries, cacheMB: 16, logFormat: "text"}
	if cfg != want {
		t.Errorf("got  %+v\nwant %+v", cfg, want)
	}

	for _, tc := range []struct {
		env  [2]string
		args []string
	}{
		{[2]string{"CONFSEARCH_BURST", "many"}, nil},
		{[2]string{"CONFSEARCH_TIMEOUT", "0s"}, nil},
		{[2]string{"CONFSEARCH_TRUST_PROXY", "maybe"}, nil},
		{[2]string{}, []string{"-rate", "-1"}},
		{[2]string{}, []string{"-log", "xml"}},
		{[2]string{}, []string{"-cache-mb", "0"}},
		{[2]string{}, []string{"extra"}},
	} {
		t.Run(fmt.Sprint(tc.env, tc.args), func(t *testing.T) {
			if tc.env[0] != "" {
				t.Setenv(tc.env[0], tc.env[1])
			}
			if _, err := parseServeFlags(tc.args, io.Discard); err == nil {
				t.Errorf("no error")
			}
		})
	}
}

func TestRunSearch(t *testing.T) {
	dir := t.TempDir()
	if _, err := search.Build(dir, fixtureCorpus(t)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runSearch([]string{"-index", dir, "-size", "2", "trafficking"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if !strings.HasPrefix(got, "1. ") || !strings.Contains(got, "\n2. ") || strings.Contains(got, "\n3. ") ||
		!strings.Contains(got, "*") || strings.Contains(got, "<mark>") || !strings.Contains(got, " passages (") {
		t.Errorf("output:\n%s", got)
	}

	out.Reset()
	if err := runSearch([]string{"-index", dir, "-json", "-kind", "quote", "trafficking"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var res search.Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out.String())
	}
	for _, h := range res.Hits {
		if h.Kind != search.KindQuote {
			t.Errorf("-kind quote: hit %s is %s", h.ID, h.Kind)
		}
	}

	if err := runSearch([]string{"-index", dir}, io.Discard, io.Discard); err == nil {
		t.Errorf("no query: no error")
	}
	if err := runSearch([]string{"-index", dir, "-size", "1000", "x"}, io.Discard, io.Discard); err == nil {
		t.Errorf("-size 1000: no error")
	}
}

func TestPrintResult(t *testing.T) {
	res := &search.Result{Total: 12, TookMS: 1.25, Hits: []search.Hit{
		{Passage: search.Passage{ID: "a", Page: 4, Session: "Panel 1", Kind: "quote", Speaker: &search.Speaker{Name: "Ada Lovelace"}},
			Highlight: "the <mark>engine</mark> &amp; \x1b[31mred\x1b[0m &lt;mark&gt;\nnext"},
		{Passage: search.Passage{ID: "b", Page: 5, Kind: "narrative", Text: "plain <text>"}},
	}}
	req := search.Request{Page: 2, Size: 2}
	for _, tc := range []struct {
		bold bool
		want string
	}{
		{false, "3. Ada Lovelace (Panel 1, p. 4) [quote]\n   the *engine* & [31mred[0m <mark> next\n\n" +
			"4. Unattributed (p. 5) [narrative]\n   plain <text>\n\n3–4 of 12 passages (1.2 ms)\n"},
		{true, "3. Ada Lovelace (Panel 1, p. 4) [quote]\n   the \x1b[1mengine\x1b[22m & [31mred[0m <mark> next\n\n" +
			"4. Unattributed (p. 5) [narrative]\n   plain <text>\n\n3–4 of 12 passages (1.2 ms)\n"},
	} {
		var b bytes.Buffer
		if err := printResult(&b, res, req, tc.bold); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != tc.want {
			t.Errorf("bold %v:\ngot  %q\nwant %q", tc.bold, got, tc.want)
		}
	}
}

// TestServeRateLimitsTheSearchPage runs "serve -rate 1 -burst 2" and makes
// ten quick searches on the scriptless search page (/?q=) and ten on the
// API, each against a server of its own: the page is refused like the API.
func TestServeRateLimitsTheSearchPage(t *testing.T) {
	dir := t.TempDir()
	if _, err := search.Build(dir, fixtureCorpus(t)); err != nil {
		t.Fatal(err)
	}
	refused := map[string]int{}
	for _, path := range []string{"/?q=trafficking", "/api/v1/search?q=trafficking"} {
		cfg := testServeConfig(dir)
		cfg.rate, cfg.burst = 1, 2
		base := startServe(t, cfg, nil) // its /healthz takes no token
		for range 10 {
			code, body := get(base + path)
			switch code {
			case http.StatusOK:
			case http.StatusTooManyRequests:
				refused[path]++
			default:
				t.Errorf("%s: %d %.200s", path, code, body)
			}
		}
	}
	page, api := refused["/?q=trafficking"], refused["/api/v1/search?q=trafficking"]
	if page < 7 || api < 7 || page-api > 1 || api-page > 1 {
		t.Errorf("of ten quick searches, the page refused %d and the API %d; want about 8 each", page, api)
	}
}

func TestRunSearchArguments(t *testing.T) {
	dir := t.TempDir()
	if _, err := search.Build(dir, fixtureCorpus(t)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		args  []string
		query string
		max   int
	}{
		{"flags after the query", []string{"trafficking", "-json", "-size", "2", "-index", dir}, "trafficking", 2},
		{"flags on both sides", []string{"-index=" + dir, "forced", "-json", "criminality", "--size=1"}, "forced criminality", 1},
		{"an exclusion is a query word", []string{"-index", dir, "-json", "trafficking", "-labour"}, "trafficking -labour", 10},
		{"after -- every argument is a word", []string{"-index", dir, "-json", "--", "trafficking", "-json"}, "trafficking -json", 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := runSearch(tc.args, &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			var res search.Result
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatalf("not JSON (a flag became a query word?): %v\n%.300s", err, out.String())
			}
			if res.Query != tc.query || len(res.Hits) > tc.max {
				t.Errorf("query %q with %d hits, want %q and at most %d", res.Query, len(res.Hits), tc.query, tc.max)
			}
		})
	}
	err := runSearch([]string{"-index", t.TempDir(), "x"}, io.Discard, io.Discard)
	if !errors.Is(err, search.ErrNoIndex) || !strings.Contains(errorHint("search", err), "confsearch index") {
		t.Errorf("missing index: %v, hint %q", err, errorHint("search", err))
	}
}

func TestWriteSummary(t *testing.T) {
	for _, tc := range []struct {
		sum  indexer.Summary
		want string
	}{
		{indexer.Summary{Documents: 1, Pages: 1, Passages: 1, Speakers: 1, Quotes: 1, Took: 1500 * time.Millisecond},
			"indexed 1 document, 1 page, 1 passage, 1 speaker, 1 quote in 1.5s\n"},
		{indexer.Summary{Documents: 2, Pages: 30, Passages: 0, Speakers: 12, Quotes: 3},
			"indexed 2 documents, 30 pages, 0 passages, 12 speakers, 3 quotes in 0s\n"},
		{indexer.Summary{Documents: 2, Pages: 30, Passages: 9, Skipped: make([]indexer.Skipped, 1),
			IndexerMemory: 37 << 20, PeakMemory: 3 << 29, PeakMemoryFile: "big.pdf"},
			"indexed 2 documents, 30 pages, 9 passages, 0 speakers, 0 quotes in 0s; skipped 1; peak memory: indexer 37 MiB, one document 1.5 GiB (big.pdf)\n"},
	} {
		var b bytes.Buffer
		writeSummary(&b, tc.sum)
		if b.String() != tc.want {
			t.Errorf("got %q, want %q", b.String(), tc.want)
		}
	}
}
