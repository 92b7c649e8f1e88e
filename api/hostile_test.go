package api

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// hostileQueries are query texts that have broken search engines: unbalanced
// syntax, lone operators, query-string syntax bleve would honour if it were
// passed through, wildcard and regexp bombs, and sheer size.
var hostileQueries = []string{
	`"`, `"unbalanced`, `a "b" "c`, `"""`, `'`, `(`, `)`, `(()`, `)(`,
	`-`, `+`, `--`, `+-`, `-"`, `AND`, `OR`, `NOT`, `a AND`, `OR b`, `&&`, `||`, `!`,
	`:`, `::`, `text:`, `_all:x`, `speaker:*`, `page:>1`, `^`, `a^999999999`, `~`, `a~99999`, `\`, `\\\\`,
	`*`, `?`, `**`, `*a*b*c*d*e*f*g*`, strings.Repeat("*", 500), strings.Repeat("?*", 400),
	`/(a+)+$/`, `/.*.*.*.*.*.*.*.*=.*/`, `/[a-z]{1,1000}{1,1000}/`, `/`, `//`, `/a`,
	strings.Repeat("(", 990) + "a", strings.Repeat("(", 5000) + "a" + strings.Repeat(")", 5000),
	strings.Repeat(`"a" `, 240), strings.Repeat("-a ", 330), strings.Repeat("a ", 499) + "a",
	strings.Repeat("x", 100*1024), strings.Repeat("ü", 600), "\u200b\u200b", "\ufeff", "\U0001F600",
	"<script>alert(1)</script>", "a\tb\nc", " ", "",
}

// hostileTargets returns request targets (path and query, escaped) built from
// hostileQueries and from malformed parameters and path variables.
func hostileTargets() []string {
	var ts []string
	for _, q := range hostileQueries {
		e := url.QueryEscape(q)
		ts = append(ts,
			"/api/v1/search?q="+e,
			"/api/v1/search?sort=document&speaker="+e+"&q="+e,
			"/api/v1/search.atom?q="+e,
			"/api/v1/suggest?q="+e,
			"/api/v1/verify?quote="+e,
		)
		if len(e) < 5000 {
			ts = append(ts,
				"/api/v1/passages/"+url.PathEscape(q),
				"/api/v1/speakers/"+url.PathEscape(q),
				"/api/v1/sessions/"+url.PathEscape(q),
			)
		}
	}
	for _, raw := range []string{
		"q=%ff", "q=%c3%28", "q=%00", "q=%zz", "q=%", "q=%%%", "q=a&q=b", "q=%ef%bf%bf", "q=%ed%a0%80",
		"size=-1", "size=0", "size=-99999999999999999999", "size=99999999999999999999", "size=1.5", "size=1e3", "size=0x10", "size=%20",
		"page=-5", "page=0", "page=1000000000", "page=99999999999999999999", "page=abc", "page=1&size=100", "page=101&size=100",
		"sort=__proto__", "sort=%ff", "format=../../etc/passwd", "format=csv&q=%22", "kind=%ff", "topic=" + strings.Repeat("t", 10000),
		manyValues("speaker", 1000), "speaker=%3Cscript%3E", "doc=..%2F..", strings.Repeat("&", 5000), "=&=&==", "q",
	} {
		ts = append(ts, "/api/v1/search?"+raw, "/api/v1/search.atom?"+raw, "/api/v1/suggest?"+raw, "/api/v1/verify?quote=a&"+raw)
	}
	ts = append(ts,
		"/api/v1/passages/../../../etc/passwd",
		"/api/v1/passages/..%2F..%2F..%2Fetc%2Fpasswd",
		"/api/v1/passages/..%2f..%2fetc%2fpasswd",
		"/api/v1/passages/%2e%2e%2f%2e%2e",
		"/api/v1/passages/..%5C..%5Cwindows",
		"/api/v1/passages/%00",
		"/api/v1/passages/%ff",
		"/api/v1/passages/%",
		"/api/v1/passages/"+strings.Repeat("a", 201),
		"/api/v1/passages/"+strings.Repeat("a", 10000),
		"/api/v1/speakers/..",
		"/api/v1/speakers/%2e%2e",
		"/api/v1/sessions/..%2F..%2Fx",
		"/api/v1/sessions/%20",
		"/api/v1/sessions/"+strings.Repeat("%41", 3000),
		"/api/v1/sessions/a%0Ab",
		"/api/v1//search",
		"/api/v1/search/",
		"/api/v1/./search",
		"/api/v1/%2e%2e/search",
		"/api/v1/openapi.json/..",
		"/../../etc/passwd",
	)
	return ts
}

// checkHostile sends every hostile target with do and fails on a 5xx, or on
// an error of ours (as opposed to net/http's answer to a malformed request)
// without a JSON body; the server must still answer afterwards.
func checkHostile(t *testing.T, do func(target string) (status int, body string, ours bool)) {
	t.Helper()
	for _, target := range hostileTargets() {
		status, body, ours := do(target)
		short := target
		if len(short) > 120 {
			short = short[:120] + "…"
		}
		if status >= 500 || status < 200 {
			t.Errorf("GET %s: status %d: %.300s", short, status, body)
		}
		if status >= 400 && ours && !strings.HasPrefix(body, `{"error":{"code":`) {
			t.Errorf("GET %s: status %d without a JSON error: %.300s", short, status, body)
		}
	}
	if status, body, _ := do("/healthz"); status != http.StatusOK {
		t.Errorf("after the hostile requests: /healthz status %d: %s", status, body)
	}
}

func TestHostileInput(t *testing.T) {
	s := newServer(newFakeIndex(), Config{})
	checkHostile(t, func(target string) (int, string, bool) {
		if _, err := url.ParseRequestURI(target); err != nil {
			// net/http answers 400 before any handler runs; the
			// end-to-end test sends these.
			return http.StatusBadRequest, "", false
		}
		w := serve(s, http.MethodGet, target)
		return w.Code, w.Body.String(), true
	})
}
