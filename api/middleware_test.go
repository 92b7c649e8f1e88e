package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestCORS(t *testing.T) {
	for _, tc := range []struct {
		name      string
		origins   []string
		method    string
		header    []string
		status    int
		want      map[string]string // headers; "" means absent
		wantVary  bool
		reachSrch bool
	}{
		{
			name: "any origin", method: http.MethodGet, header: []string{"Origin", "https://news.example"},
			status: 200, want: map[string]string{"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": corsExpose},
			reachSrch: true,
		},
		{
			name: "any origin without Origin", method: http.MethodGet,
			status: 200, want: map[string]string{"Access-Control-Allow-Origin": ""}, reachSrch: true,
		},
		{
			name: "preflight, any origin", method: http.MethodOptions,
			header: []string{"Origin", "https://news.example", "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "X-Requested-With"},
			status: 204,
			want: map[string]string{"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": corsMethods,
				"Access-Control-Allow-Headers": "X-Requested-With", "Access-Control-Max-Age": corsMaxAge},
		},
		{
			name: "listed origin", origins: []string{"https://a.example", "https://news.example/"}, method: http.MethodGet,
			header: []string{"Origin", "https://news.example"},
			status: 200, want: map[string]string{"Access-Control-Allow-Origin": "https://news.example"}, wantVary: true, reachSrch: true,
		},
		{
			name: "unlisted origin", origins: []string{"https://a.example"}, method: http.MethodGet,
			header: []string{"Origin", "https://evil.example"},
			status: 200, want: map[string]string{"Access-Control-Allow-Origin": ""}, wantVary: true, reachSrch: true,
		},
		{
			name: "preflight, listed origin", origins: []string{"https://a.example"}, method: http.MethodOptions,
			header: []string{"Origin", "https://a.example", "Access-Control-Request-Method", "GET"},
			status: 204, want: map[string]string{"Access-Control-Allow-Origin": "https://a.example", "Access-Control-Allow-Methods": corsMethods},
			wantVary: true,
		},
		{
			name: "preflight, unlisted origin", origins: []string{"https://a.example"}, method: http.MethodOptions,
			header: []string{"Origin", "https://evil.example", "Access-Control-Request-Method", "GET"},
			status: 204, want: map[string]string{"Access-Control-Allow-Origin": "", "Access-Control-Allow-Methods": ""},
			wantVary: true,
		},
		{
			name: "plain OPTIONS", method: http.MethodOptions,
			status: 204, want: map[string]string{"Allow": corsMethods, "Access-Control-Allow-Methods": ""},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeIndex()
			s := newServer(f, Config{AllowedOrigins: tc.origins})
			w := serve(s, tc.method, "/api/v1/search?q=engine", tc.header...)
			if w.Code != tc.status {
				t.Fatalf("status = %d, want %d", w.Code, tc.status)
			}
			for k, v := range tc.want {
				if got := w.Header().Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			vary := strings.Join(w.Header().Values("Vary"), ",")
			if got := strings.Contains(vary, "Origin"); got != tc.wantVary {
				t.Errorf("Vary = %q, want Origin in it: %v", vary, tc.wantVary)
			}
			if _, searched := f.lastRequest(); searched != tc.reachSrch {
				t.Errorf("searched = %v, want %v", searched, tc.reachSrch)
			}
		})
	}
}

func TestRateLimit(t *testing.T) {
	s := newServer(newFakeIndex(), Config{RateLimit: 0.001, RateBurst: 3})
	from := func(addr string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, "/api/v1/search?q=a", nil)
		req.RemoteAddr = addr
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		return w
	}
	for i := range 3 {
		if w := from("192.0.2.1:1234"); w.Code != http.StatusOK {
			t.Fatalf("request %d within the burst: status %d", i, w.Code)
		}
	}
	w := from("192.0.2.1:999")
	if w.Code != http.StatusTooManyRequests || errorCode(w) != "rate_limited" {
		t.Fatalf("over the burst: status %d body %s, want 429 rate_limited", w.Code, w.Body)
	}
	if ra := w.Header().Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After = %q", ra)
	}
	if w.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("429 without security headers")
	}
	// Another client has its own bucket; operator endpoints are not limited;
	// preflights are not counted.
	if w := from("192.0.2.2:1234"); w.Code != http.StatusOK {
		t.Errorf("other client: status %d", w.Code)
	}
	if w := serve(s, http.MethodGet, "/readyz"); w.Code != http.StatusOK {
		t.Errorf("readyz of a limited client: status %d", w.Code)
	}
	req := httptest.NewRequest(http.MethodOptions, "/api/v1/search", nil)
	req.RemoteAddr = "192.0.2.1:1"
	pw := httptest.NewRecorder()
	s.ServeHTTP(pw, req)
	if pw.Code != http.StatusNoContent {
		t.Errorf("preflight of a limited client: status %d", pw.Code)
	}
}

func TestLimiterRefillsAndEvicts(t *testing.T) {
	l := newLimiter(1, 2)
	t0 := time.Unix(1000, 0)
	for i, want := range []bool{true, true, false} {
		if ok, _ := l.allow("a", t0); ok != want {
			t.Fatalf("request %d: allowed %v, want %v", i, ok, want)
		}
	}
	if ok, retry := l.allow("a", t0); ok || retry <= 0 || retry > time.Second {
		t.Errorf("empty bucket: ok %v retry %v, want refusal within 1s", ok, retry)
	}
	if ok, _ := l.allow("a", t0.Add(time.Second)); !ok {
		t.Errorf("after a second: refused")
	}
	l.allow("b", t0.Add(time.Second))
	if n := l.size(); n != 2 {
		t.Fatalf("clients = %d, want 2", n)
	}
	l.allow("c", t0.Add(time.Second+l.idle))
	if n := l.size(); n != 1 {
		t.Errorf("after idling: clients = %d, want 1 (a and b evicted)", n)
	}
}

func TestClientKey(t *testing.T) {
	for _, tc := range []struct {
		remote, xff string
		trust       bool
		want        string
	}{
		{"192.0.2.1:80", "", false, "192.0.2.1"},
		{"[2001:db8:1:2:3:4:5:6]:80", "", false, "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.7]:80", "", false, "192.0.2.7"},
		{"192.0.2.1:80", "198.51.100.1, 203.0.113.9", false, "192.0.2.1"},
		{"192.0.2.1:80", "198.51.100.1, 203.0.113.9", true, "203.0.113.9"},
		{"192.0.2.1:80", "", true, "192.0.2.1"},
		{"not an address", "", false, "not an address"},
	} {
		s := newServer(nil, Config{TrustProxy: tc.trust})
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.RemoteAddr = tc.remote
		if tc.xff != "" {
			req.Header.Set("X-Forwarded-For", tc.xff)
		}
		if got := s.clientKey(req); got != tc.want {
			t.Errorf("clientKey(%q, XFF %q, trust %v) = %q, want %q", tc.remote, tc.xff, tc.trust, got, tc.want)
		}
	}
}

func TestMetrics(t *testing.T) {
	s := newServer(newFakeIndex(), Config{})
	serve(s, http.MethodGet, "/api/v1/search?q=engine")
	serve(s, http.MethodGet, "/api/v1/search?size=-1")
	serve(s, http.MethodGet, "/api/v1/passages/conf-1-p1-1")
	serve(s, http.MethodGet, "/nope")
	w := serve(s, http.MethodGet, "/metrics")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	body := w.Body.String()
	for _, want := range []string{
		`confsearch_http_requests_total{code="200",route="/api/v1/search"} 1`,
		`confsearch_http_requests_total{code="400",route="/api/v1/search"} 1`,
		`confsearch_http_requests_total{code="200",route="/api/v1/passages/{id}"} 1`,
		`confsearch_http_requests_total{code="404",route="other"} 1`,
		`confsearch_http_request_duration_seconds_count{route="/api/v1/search"} 2`,
		`confsearch_index_loaded 1`,
		`confsearch_index_generation_info{generation="gen-1"} 1`,
		`confsearch_index_passages 3`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", body)
	}

	w = serve(newServer(nil, Config{}), http.MethodGet, "/metrics")
	if !strings.Contains(w.Body.String(), "confsearch_index_loaded 0") {
		t.Errorf("without an index: no confsearch_index_loaded 0")
	}
}
