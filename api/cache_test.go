package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestSearchCache: a repeated search is answered from the cache with the
// same body; another generation, another request or a disabled cache
// searches again.
func TestSearchCache(t *testing.T) {
	tests := []struct {
		name     string
		cache    int
		second   string // target of the second request
		newGen   bool   // the index is swapped between the requests
		searches int    // Search calls for both requests
	}{
		{"repeat is cached", 0, "/api/v1/search?q=engine", false, 1},
		{"parameters in another order are the same search", 0, "/api/v1/search?size=10&q=engine", false, 1},
		{"another query searches", 0, "/api/v1/search?q=loom", false, 2},
		{"a new generation searches", 0, "/api/v1/search?q=engine", true, 2},
		{"cache off", -1, "/api/v1/search?q=engine", false, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			idx := newFakeIndex()
			s := newServer(idx, Config{CacheEntries: tc.cache})
			first := serve(s, http.MethodGet, "/api/v1/search?q=engine")
			if first.Code != http.StatusOK {
				t.Fatalf("first: %d %s", first.Code, first.Body)
			}
			if tc.newGen {
				idx.gen = "gen-2"
			}
			second := serve(s, http.MethodGet, tc.second)
			if second.Code != http.StatusOK {
				t.Fatalf("second: %d %s", second.Code, second.Body)
			}
			idx.mu.Lock()
			n := len(idx.reqs)
			idx.mu.Unlock()
			if n != tc.searches {
				t.Errorf("Search called %d times, want %d", n, tc.searches)
			}
			if tc.searches == 1 && first.Body.String() != second.Body.String() {
				t.Errorf("cached body differs:\n%s\n%s", first.Body, second.Body)
			}
		})
	}
}

// TestSearchCacheHost: the Host header is not part of the key when
// permalinks take it: requests naming many hosts share one entry, and each
// gets permalinks of its own host.
func TestSearchCacheHost(t *testing.T) {
	idx := newFakeIndex()
	s := newServer(idx, Config{})
	for i := range 50 {
		req := httptest.NewRequest(http.MethodGet, "/api/v1/search?q=engine", nil)
		req.Host = fmt.Sprintf("h%d.example", i)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", req.Host, w.Code, w.Body)
		}
		var resp SearchResponse
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		if len(resp.Hits) == 0 || !strings.HasPrefix(resp.Hits[0].URL, "http://"+req.Host+"/") {
			t.Fatalf("%s: hits %+v, want permalinks of that host", req.Host, resp.Hits)
		}
	}
	idx.mu.Lock()
	n := len(idx.reqs)
	idx.mu.Unlock()
	if n != 1 {
		t.Errorf("Search called %d times, want 1", n)
	}
	if entries, _ := s.cache.size(); entries != 1 {
		t.Errorf("%d cache entries, want 1", entries)
	}
}

// TestResponseCacheBytes: the cache holds at most its budget, least
// recently used out, and does not keep a response costing more than an
// eighth of it.
func TestResponseCacheBytes(t *testing.T) {
	const budget = 20000
	c := newResponseCache(1000, budget)
	body := func(n int) *searchOutcome { return &searchOutcome{body: []byte(strings.Repeat("x", n))} }
	for i := range 100 {
		if !c.add(fmt.Sprint("k", i), body(500)) {
			t.Fatalf("entry %d of 500 bytes not stored", i)
		}
		if _, bytes := c.size(); bytes > budget {
			t.Fatalf("after %d entries: %d bytes, over the budget %d", i+1, bytes, budget)
		}
	}
	entries, bytes := c.size()
	if want := budget / int(cost("k10", body(500))); entries < want-1 || entries > want {
		t.Errorf("%d entries (%d bytes), want %d", entries, bytes, want)
	}
	if _, ok := c.get("k99"); !ok {
		t.Errorf("the last entry was removed")
	}
	if _, ok := c.get("k0"); ok {
		t.Errorf("the first entry was kept")
	}
	if c.add("big", body(budget/cacheEntryShare)) {
		t.Errorf("an entry over an eighth of the budget was stored")
	}
	// replacing an entry counts its cost once
	c.add("k99", body(500))
	c.add("k99", body(500))
	if _, after := c.size(); after != bytes {
		t.Errorf("replacing an entry: %d bytes, want %d", after, bytes)
	}
}

// TestSearchCacheLarge: a response over the cache's share is searched
// again each time.
func TestSearchCacheLarge(t *testing.T) {
	idx := newFakeIndex()
	idx.passages[0].Text += strings.Repeat(" engine", 20000)
	s := newServer(idx, Config{CacheBytes: 1 << 20})
	for range 2 {
		if w := serve(s, http.MethodGet, "/api/v1/search?q=engine"); w.Code != http.StatusOK {
			t.Fatalf("%d %s", w.Code, w.Body)
		}
	}
	idx.mu.Lock()
	n := len(idx.reqs)
	idx.mu.Unlock()
	if n != 2 {
		t.Errorf("Search called %d times, want 2 (the response is over an eighth of the cache)", n)
	}
}
