package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/osce-tools/confsearch/search"
)

// newServer returns a Server over idx (nil: no index loaded).
func newServer(idx search.Searcher, cfg Config) *Server {
	return New(func() search.Searcher { return idx }, cfg)
}

// serve runs one request through h.
func serve(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// decode decodes w's JSON body into a generic value.
func decode(t *testing.T, w *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, w.Body)
	}
	return v
}

// errorCode returns the code of a JSON error body, or "".
func errorCode(w *httptest.ResponseRecorder) string {
	var v struct {
		Error Error `json:"error"`
	}
	json.Unmarshal(w.Body.Bytes(), &v)
	return v.Error.Code
}

func TestRoutes(t *testing.T) {
	type check func(t *testing.T, w *httptest.ResponseRecorder, f *fakeIndex)
	hasKeys := func(keys ...string) check {
		return func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
			t.Helper()
			v := decode(t, w)
			for _, k := range keys {
				if _, ok := v[k]; !ok {
					t.Errorf("body has no %q: %s", k, w.Body)
				}
			}
		}
	}
	wantRequest := func(want search.Request) check {
		return func(t *testing.T, _ *httptest.ResponseRecorder, f *fakeIndex) {
			t.Helper()
			got, _ := f.lastRequest()
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("search request (-want +got):\n%s", diff)
			}
		}
	}
	for _, tc := range []struct {
		name   string
		target string
		setup  func(*fakeIndex)
		status int
		code   string // of an error response
		check  check
	}{
		// search
		{name: "search", target: "/api/v1/search?q=engine", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				var got SearchResponse
				if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
					t.Fatal(err)
				}
				if got.Query != "engine" || got.Total != 2 || len(got.Hits) != 2 || got.Page != 1 || got.Size != 10 {
					t.Errorf("got query %q total %d hits %d page %d size %d", got.Query, got.Total, len(got.Hits), got.Page, got.Size)
				}
				if h := got.Hits[0]; h.URL != "http://example.com/p/conf-1-p2-1" || !strings.HasSuffix(h.Citations.Plain, ". http://example.com/p/conf-1-p2-1") || h.Citation == "" || h.Highlight == "" || h.Text == "" {
					t.Errorf("hit 0 = %+v", h)
				}
				for _, f := range search.FacetNames() {
					if got.Facets[f] == nil {
						t.Errorf("facet %s is null", f)
					}
				}
			}},
		{name: "search request", target: "/api/v1/search?q=+engine+&speaker=ada-lovelace&speaker=bob-babbage&speaker=ada-lovelace&kind=quote&page=2&size=5&sort=document&facet_size=3", status: 200,
			check: wantRequest(search.Request{Query: "engine", Page: 2, Size: 5, Sort: search.SortDocument, FacetSize: 3,
				Filters: map[string][]string{"speaker": {"ada-lovelace", "bob-babbage"}, "kind": {"quote"}}})},
		{name: "search defaults", target: "/api/v1/search?size=0", status: 200,
			check: wantRequest(search.Request{Page: 1, Size: 10, FacetSize: search.DefaultFacetSize})},
		{name: "search every filter", target: "/api/v1/search?session=Opening&topic=engines&doc=conf-1&kind=&speaker=", status: 200,
			check: wantRequest(search.Request{Page: 1, Size: 10, FacetSize: search.DefaultFacetSize,
				Filters: map[string][]string{"session": {"Opening"}, "topic": {"engines"}, "doc": {"conf-1"}}})},
		{name: "search size too big", target: "/api/v1/search?q=a&size=101", status: 400, code: "bad_request"},
		{name: "search size negative", target: "/api/v1/search?q=a&size=-1", status: 400, code: "bad_request"},
		{name: "search size not a number", target: "/api/v1/search?q=a&size=ten", status: 400, code: "bad_request"},
		{name: "search page zero", target: "/api/v1/search?q=a&page=0", status: 400, code: "bad_request"},
		{name: "search page too deep", target: "/api/v1/search?q=a&page=101&size=100", status: 400, code: "bad_request"},
		{name: "search page at the limit", target: "/api/v1/search?q=a&page=100&size=100", status: 200},
		{name: "search page huge", target: "/api/v1/search?q=a&page=99999999999999999999999", status: 400, code: "bad_request"},
		{name: "search facet size zero", target: "/api/v1/search?q=a&facet_size=0", status: 400, code: "bad_request"},
		{name: "search facet size too big", target: "/api/v1/search?q=a&facet_size=1001", status: 400, code: "bad_request"},
		{name: "search bad sort", target: "/api/v1/search?q=a&sort=date", status: 400, code: "bad_request"},
		{name: "search bad format", target: "/api/v1/search?q=a&format=xml", status: 400, code: "bad_request"},
		{name: "search query too long", target: "/api/v1/search?q=" + strings.Repeat("a", search.MaxQueryLen+1), status: 400, code: "bad_request"},
		{name: "search query at the limit", target: "/api/v1/search?q=" + strings.Repeat("a", search.MaxQueryLen), status: 200},
		{name: "search invalid UTF-8", target: "/api/v1/search?q=%ff", status: 400, code: "bad_request"},
		{name: "search invalid UTF-8 filter", target: "/api/v1/search?speaker=%c3%28", status: 400, code: "bad_request"},
		{name: "search control character", target: "/api/v1/search?q=a%00b", status: 400, code: "bad_request"},
		{name: "search malformed escape", target: "/api/v1/search?q=%zz", status: 400, code: "bad_request"},
		{name: "search repeated filter value", target: "/api/v1/search?" + strings.Repeat("topic=x&", 60), status: 200},
		{name: "search too many filter values", target: "/api/v1/search?" + manyValues("topic", search.MaxFilterValues+1), status: 400, code: "bad_request"},
		{name: "search bad query", target: "/api/v1/search?q=a", status: 400, code: "bad_query",
			setup: func(f *fakeIndex) { f.err = fmt.Errorf("unbalanced quote: %w", search.ErrBadQuery) }},
		{name: "search failure", target: "/api/v1/search?q=a", status: 500, code: "internal",
			setup: func(f *fakeIndex) { f.err = errors.New("disk on fire") }},
		{name: "search timeout", target: "/api/v1/search?q=a", status: 503, code: "timeout",
			setup: func(f *fakeIndex) { f.wait = true }},
		{name: "search csv", target: "/api/v1/search?q=engine&format=csv", status: 200},
		{name: "search atom", target: "/api/v1/search.atom?q=engine", status: 200},
		{name: "search atom bad size", target: "/api/v1/search.atom?size=1000", status: 400, code: "bad_request"},

		// passages
		{name: "passage", target: "/api/v1/passages/conf-1-p1-1", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, f *fakeIndex) {
				v := decode(t, w)
				want := map[string]any{"prev": nil, "next": "conf-1-p2-1", "url": "http://example.com/p/conf-1-p1-1", "citation": search.Citation(f.passages[0], f.docs[0])}
				got := map[string]any{"prev": v["prev"], "next": v["next"], "url": v["url"], "citation": v["citation"]}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("passage (-want +got):\n%s", diff)
				}
				if p, _ := v["passage"].(map[string]any); p["id"] != "conf-1-p1-1" {
					t.Errorf("passage = %v", v["passage"])
				}
			}},
		{name: "passage not found", target: "/api/v1/passages/nope", status: 404, code: "not_found"},
		{name: "passage bad id", target: "/api/v1/passages/a%20b", status: 400, code: "bad_request"},
		{name: "passage escaped slash", target: "/api/v1/passages/..%2F..%2Fetc%2Fpasswd", status: 400, code: "bad_request"},
		{name: "passage dots", target: "/api/v1/passages/..", status: 301},
		{name: "passage overlong id", target: "/api/v1/passages/" + strings.Repeat("a", 201), status: 400, code: "bad_request"},

		// speakers, sessions, topics, documents
		{name: "speakers", target: "/api/v1/speakers", status: 200, check: hasKeys("speakers")},
		{name: "speaker", target: "/api/v1/speakers/ada-lovelace", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				var got struct {
					Speaker  search.SpeakerSummary
					Passages []passage
				}
				json.Unmarshal(w.Body.Bytes(), &got)
				if got.Speaker.Name != "Ada Lovelace" || len(got.Passages) != 1 || got.Passages[0].URL != "http://example.com/p/conf-1-p3-1" || !strings.HasPrefix(got.Passages[0].Citations.Plain, "“The engine weaves algebraic patterns” — Ada Lovelace") || got.Passages[0].Citation == "" {
					t.Errorf("got %+v", got)
				}
			}},
		{name: "speaker not found", target: "/api/v1/speakers/nobody", status: 404, code: "not_found"},
		{name: "speaker bad id", target: "/api/v1/speakers/%3Cscript%3E", status: 400, code: "bad_request"},
		{name: "sessions", target: "/api/v1/sessions", status: 200, check: hasKeys("sessions")},
		{name: "session with escaped slash", target: "/api/v1/sessions/" + url.PathEscape("Panel 1: Engines / looms"), status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				var got struct {
					Session  search.SessionSummary
					Passages []passage
				}
				json.Unmarshal(w.Body.Bytes(), &got)
				if got.Session.Label != "Panel 1: Engines / looms" || len(got.Passages) != 1 {
					t.Errorf("got %+v", got)
				}
			}},
		{name: "session not found", target: "/api/v1/sessions/Closing", status: 404, code: "not_found"},
		{name: "session invalid UTF-8", target: "/api/v1/sessions/%ff", status: 400, code: "bad_request"},
		{name: "topics", target: "/api/v1/topics", status: 200, check: hasKeys("topics")},
		{name: "documents", target: "/api/v1/documents", status: 200, check: hasKeys("documents")},

		// suggest, verify
		{name: "suggest", target: "/api/v1/suggest?q=ad", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				want := `{"suggestions":[{"text":"Ada Lovelace","type":"speaker","id":"ada-lovelace"}]}` + "\n"
				if diff := cmp.Diff(want, w.Body.String()); diff != "" {
					t.Errorf("body (-want +got):\n%s", diff)
				}
			}},
		{name: "suggest empty", target: "/api/v1/suggest?q=", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				if got := w.Body.String(); got != `{"suggestions":[]}`+"\n" {
					t.Errorf("body = %s", got)
				}
			}},
		{name: "suggest bad size", target: "/api/v1/suggest?q=a&size=500", status: 400, code: "bad_request"},
		{name: "suggest timeout", target: "/api/v1/suggest?q=a", status: 503, code: "timeout",
			setup: func(f *fakeIndex) { f.wait = true }},
		{name: "verify", target: "/api/v1/verify?quote=" + url.QueryEscape("weaves algebraic"), status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				var got struct {
					Quote   string
					Matches []match
				}
				json.Unmarshal(w.Body.Bytes(), &got)
				if got.Quote != "weaves algebraic" || len(got.Matches) != 1 || got.Matches[0].URL != "http://example.com/p/conf-1-p3-1" || got.Matches[0].Verdict != "exact" {
					t.Errorf("got %+v", got)
				}
			}},
		{name: "verify no quote", target: "/api/v1/verify", status: 400, code: "bad_request"},
		{name: "verify quote too long", target: "/api/v1/verify?quote=" + strings.Repeat("a", search.MaxQuoteLen+1), status: 400, code: "bad_request"},
		{name: "verify bad query", target: "/api/v1/verify?quote=a", status: 400, code: "bad_query",
			setup: func(f *fakeIndex) { f.err = search.ErrBadQuery }},

		// the rest
		{name: "openapi", target: "/api/v1/openapi.json", status: 200, check: hasKeys("openapi", "paths")},
		{name: "unknown API route", target: "/api/v1/nope", status: 404, code: "not_found"},
		{name: "unknown API version", target: "/api/v2/search", status: 404, code: "not_found"},
		{name: "API root", target: "/api", status: 404, code: "not_found"},
		{name: "no web handler", target: "/", status: 404, code: "not_found"},
		{name: "healthz", target: "/healthz", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, f *fakeIndex) {
				want := search.Request{Query: "conference", Size: 1}
				if r, _ := f.lastRequest(); !cmp.Equal(r, want) {
					t.Errorf("healthz searched %+v, want %+v", r, want)
				}
				if got := w.Body.String(); got != `{"status":"ok","passages":3,"probe":"conference"}`+"\n" {
					t.Errorf("body = %s", got)
				}
			}},
		{name: "healthz finding nothing", target: "/healthz", status: 503, code: "unhealthy",
			setup: func(f *fakeIndex) { f.blind = true }},
		{name: "healthz failing", target: "/healthz", status: 503, code: "unhealthy",
			setup: func(f *fakeIndex) { f.err = errors.New("bleve: corrupt segment") }},
		{name: "readyz", target: "/readyz", status: 200,
			check: func(t *testing.T, w *httptest.ResponseRecorder, _ *fakeIndex) {
				if got := w.Body.String(); got != `{"ready":true,"generation":"gen-1","passages":3}`+"\n" {
					t.Errorf("body = %s", got)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeIndex()
			if tc.setup != nil {
				tc.setup(f)
			}
			s := newServer(f, Config{SearchTimeout: 50 * time.Millisecond})
			w := serve(s, http.MethodGet, tc.target)
			if w.Code != tc.status {
				t.Fatalf("status = %d, want %d; body:\n%.500s", w.Code, tc.status, w.Body)
			}
			if tc.status >= 400 {
				if got := errorCode(w); got != tc.code {
					t.Errorf("error code = %q, want %q; body: %.500s", got, tc.code, w.Body)
				}
				if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
					t.Errorf("Content-Type = %q", ct)
				}
			}
			if tc.check != nil {
				tc.check(t, w, f)
			}
		})
	}
}

// manyValues returns a query string with n distinct values of param.
func manyValues(param string, n int) string {
	v := url.Values{}
	for i := range n {
		v.Add(param, fmt.Sprint("v", i))
	}
	return v.Encode()
}

// slogTo returns a logger writing text to w.
func slogTo(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, nil))
}

func TestTimeoutMessage(t *testing.T) {
	f := newFakeIndex()
	f.wait = true
	s := newServer(f, Config{SearchTimeout: time.Millisecond})
	w := serve(s, http.MethodGet, "/api/v1/search?q=a")
	want := `{"error":{"code":"timeout","message":"search took too long"}}` + "\n"
	if diff := cmp.Diff(want, w.Body.String()); w.Code != 503 || diff != "" {
		t.Errorf("status %d, body (-want +got):\n%s", w.Code, diff)
	}
}

func TestNoIndex(t *testing.T) {
	s := newServer(nil, Config{})
	for _, target := range []string{"/readyz", "/healthz", "/api/v1/search?q=a", "/api/v1/passages/x", "/api/v1/speakers", "/api/v1/topics"} {
		w := serve(s, http.MethodGet, target)
		if w.Code != http.StatusServiceUnavailable || errorCode(w) != "not_ready" {
			t.Errorf("%s: status %d, body %s; want 503 not_ready", target, w.Code, w.Body)
		}
	}
	// Validation still comes first: a bad request is the client's to fix.
	if w := serve(s, http.MethodGet, "/api/v1/search?size=-3"); w.Code != http.StatusBadRequest {
		t.Errorf("bad size without index: status %d, want 400", w.Code)
	}
}

func TestMethods(t *testing.T) {
	s := newServer(newFakeIndex(), Config{})
	for _, tc := range []struct {
		method, target string
		status         int
	}{
		{http.MethodPost, "/api/v1/search?q=a", 405},
		{http.MethodDelete, "/api/v1/passages/conf-1-p1-1", 405},
		{http.MethodPut, "/api/v1/speakers", 405},
		{http.MethodPost, "/healthz", 405},
		{http.MethodPost, "/api/v1/nope", 404},
		{http.MethodHead, "/api/v1/search?q=a", 200},
		{http.MethodHead, "/readyz", 200},
	} {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			w := serve(s, tc.method, tc.target)
			if w.Code != tc.status {
				t.Fatalf("status = %d, want %d", w.Code, tc.status)
			}
			if tc.status == 405 {
				if errorCode(w) != "method_not_allowed" || w.Header().Get("Allow") == "" {
					t.Errorf("405 without JSON code or Allow: %v %s", w.Header(), w.Body)
				}
			}
		})
	}
}

func TestPanicRecovered(t *testing.T) {
	f := newFakeIndex()
	f.panicking = true
	var logs strings.Builder
	s := newServer(f, Config{Logger: slogTo(&logs)})
	w := serve(s, http.MethodGet, "/api/v1/search?q=a")
	if w.Code != http.StatusInternalServerError || errorCode(w) != "internal" {
		t.Fatalf("status %d body %s, want 500 internal", w.Code, w.Body)
	}
	if !strings.Contains(logs.String(), "search exploded") {
		t.Errorf("panic not logged:\n%s", logs.String())
	}
	if strings.Contains(w.Body.String(), "exploded") {
		t.Errorf("panic value leaked to the client: %s", w.Body)
	}
	f.panicking = false
	if w := serve(s, http.MethodGet, "/api/v1/search?q=a"); w.Code != http.StatusOK {
		t.Errorf("after a panic: status %d", w.Code)
	}
}

// fakePages are Pages that say what they were asked.
type fakePages struct{ searches []SearchPage }

func (f *fakePages) Routes() []Page {
	page := func(w http.ResponseWriter, r *http.Request, env Env) error {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "page %s", r.URL.Path)
		for _, v := range []string{"id", "label"} {
			if pv := r.PathValue(v); pv != "" {
				fmt.Fprintf(w, " %s=%s", v, pv)
			}
		}
		return nil
	}
	return []Page{
		{Path: "/p/{id}", Serve: page},
		{Path: "/sessions/{label}", Serve: page},
		{Path: "/widget.js", Serve: page},
		{Path: "/gone", Serve: func(http.ResponseWriter, *http.Request, Env) error {
			return fmt.Errorf("passage: %w", search.ErrNotFound)
		}},
	}
}

func (f *fakePages) SearchPage(w http.ResponseWriter, r *http.Request, env Env, sp SearchPage) error {
	f.searches = append(f.searches, sp)
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(sp.Status)
	fmt.Fprintf(w, "search page %d %s", sp.Status, sp.JSON)
	return nil
}

func (f *fakePages) ErrorPage(w http.ResponseWriter, r *http.Request, status int, message string) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(status)
	fmt.Fprintf(w, "error page %d: %s", status, message)
}

func TestPages(t *testing.T) {
	s := newServer(newFakeIndex(), Config{Pages: &fakePages{}})
	for _, tc := range []struct {
		target, body string
		status       int
	}{
		{"/p/conf-1-p1-1", "page /p/conf-1-p1-1 id=conf-1-p1-1", 200},
		{"/sessions/" + url.PathEscape("Panel 1: Engines / looms"), "page /sessions/Panel 1: Engines / looms label=Panel 1: Engines / looms", 200},
		{"/widget.js", "page /widget.js", 200},
		{"/gone", "error page 404: There is no such page. It may have moved when the index was rebuilt.", 404},
		{"/nope", "error page 404: There is no such page. It may have moved when the index was rebuilt.", 404},
		{"/api/v1/nope", "", 404}, // the API namespace answers JSON
	} {
		w := serve(s, http.MethodGet, tc.target)
		if w.Code != tc.status || tc.body != "" && w.Body.String() != tc.body {
			t.Errorf("%s: status %d body %q, want %d %q", tc.target, w.Code, w.Body, tc.status, tc.body)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no security headers on the page", tc.target)
		}
	}
	if w := serve(s, http.MethodPost, "/p/conf-1-p1-1"); w.Code != 405 || !strings.HasPrefix(w.Body.String(), "error page 405") {
		t.Errorf("POST to a page: %d %q, want an HTML 405", w.Code, w.Body)
	}
}

// TestSearchPageSharesTheAPIsPath checks that the search page's search is
// the API's: the same JSON, the same cache, the same rate limit.
func TestSearchPageSharesTheAPIsPath(t *testing.T) {
	pages := &fakePages{}
	f := newFakeIndex()
	s := newServer(f, Config{Pages: pages, RateLimit: 1, RateBurst: 2})
	page := serve(s, http.MethodGet, "/?q=engine")
	if page.Code != 200 || len(pages.searches) != 1 || !pages.searches[0].Searched {
		t.Fatalf("search page: %d %q", page.Code, page.Body)
	}
	sp := pages.searches[0]
	if sp.Request.Size != SearchPageSize || sp.Response.Total == 0 {
		t.Errorf("search page request %+v, total %d", sp.Request, sp.Response.Total)
	}
	apiRes := serve(s, http.MethodGet, "/api/v1/search?q=engine&size=20")
	if apiRes.Body.String() != string(sp.JSON) {
		t.Errorf("the page's JSON differs from the API's:\n%s\n%s", sp.JSON, apiRes.Body)
	}
	if n := len(f.reqs); n != 1 {
		t.Errorf("the index searched %d times for one request made twice, want 1 (the cache)", n)
	}
	// The burst of 2 is spent: the page is refused like the API.
	for _, target := range []string{"/?q=engine", "/api/v1/search?q=engine"} {
		w := serve(s, http.MethodGet, target)
		if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" {
			t.Errorf("%s after the burst: %d, want 429 with Retry-After", target, w.Code)
		}
	}
	// A bad request is the page's 400, with the API's error for the script.
	s = newServer(f, Config{Pages: pages})
	w := serve(s, http.MethodGet, "/?q=a&page=abc")
	last := pages.searches[len(pages.searches)-1]
	if w.Code != 400 || last.Searched || !strings.Contains(string(last.JSON), `"bad_request"`) || !strings.Contains(last.Error, "page") {
		t.Errorf("bad page: %d %+v", w.Code, last)
	}
}

func TestPermalinkBaseURL(t *testing.T) {
	s := newServer(newFakeIndex(), Config{BaseURL: "https://search.example.org/"})
	w := serve(s, http.MethodGet, "/api/v1/passages/conf-1-p1-1")
	if got := decode(t, w)["url"]; got != "https://search.example.org/p/conf-1-p1-1" {
		t.Errorf("url = %v", got)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newServer(newFakeIndex(), Config{})
	for _, target := range []string{"/api/v1/search?q=a", "/api/v1/nope", "/healthz", "/api/v1/search?size=-1"} {
		w := serve(s, http.MethodGet, target)
		for k, v := range securityHeaders {
			if got := w.Header().Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", target, k, got, v)
			}
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP %q lacks default-src 'self'", target, csp)
		}
	}
}

// TestSiteURL checks where absolute permalinks come from: -base-url, else
// the request's host; the forwarded host and scheme only behind a trusted
// proxy, and only when valid.
func TestSiteURL(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		host string
		hdr  map[string]string
		want string
	}{
		{name: "request host", host: "search.local:8080", want: "http://search.local:8080"},
		{name: "base URL wins", cfg: Config{BaseURL: "https://search.example.org/cs/"}, host: "evil.example", want: "https://search.example.org/cs"},
		{name: "base path on the request host", cfg: Config{BaseURL: "/cs"}, host: "h.example", want: "http://h.example/cs"},
		{name: "forwarded host ignored without -trust-proxy", host: "h.example",
			hdr: map[string]string{"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https"}, want: "http://h.example"},
		{name: "forwarded host behind a trusted proxy", cfg: Config{TrustProxy: true}, host: "10.0.0.5:8080",
			hdr: map[string]string{"X-Forwarded-Host": "search.example.org", "X-Forwarded-Proto": "https"}, want: "https://search.example.org"},
		{name: "invalid forwarded host", cfg: Config{TrustProxy: true}, host: "h.example",
			hdr: map[string]string{"X-Forwarded-Host": "evil.example/<script>", "X-Forwarded-Proto": "javascript"}, want: "http://h.example"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newServer(newFakeIndex(), tc.cfg)
			req := httptest.NewRequest(http.MethodGet, "/api/v1/search?q=engine", nil)
			req.Host = tc.host
			for k, v := range tc.hdr {
				req.Header.Set(k, v)
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, req)
			var got SearchResponse
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || len(got.Hits) == 0 {
				t.Fatalf("%v: %s", err, w.Body)
			}
			h := got.Hits[0]
			if want := tc.want + "/p/" + h.ID; h.URL != want || !strings.HasSuffix(h.Citations.Plain, want) {
				t.Errorf("url %q, citation %q, want %s", h.URL, h.Citations.Plain, want)
			}
		})
	}
}
