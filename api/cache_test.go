package api

import (
	"net/http"
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
