package search

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// searchCase is one case of testdata/searches.json: a request and what
// its result must hold. Top lists the first hit ids in order; Facets lists
// the facets to check, each in full.
type searchCase struct {
	Name    string `json:"name"`
	Request struct {
		Query   string              `json:"query"`
		Filters map[string][]string `json:"filters"`
		Page    int                 `json:"page"`
		Size    int                 `json:"size"`
		Sort    string              `json:"sort"`
	} `json:"request"`
	// Error is "bad query" when the request must fail with ErrBadQuery.
	Error  string                  `json:"error,omitempty"`
	Total  *int                    `json:"total,omitempty"`
	Top    []string                `json:"top,omitempty"`
	Facets map[string][]FacetValue `json:"facets,omitempty"`
}

// TestSearches runs the data-driven cases of ../testdata/searches.json
// against the fixture corpus.
func TestSearches(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "searches.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []searchCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatalf("searches.json: %v", err)
	}
	ix := openFixture(t)
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			r := Request{Query: tc.Request.Query, Filters: tc.Request.Filters,
				Page: tc.Request.Page, Size: tc.Request.Size, Sort: tc.Request.Sort}
			res, err := ix.Search(context.Background(), r)
			if tc.Error != "" {
				if !errors.Is(err, ErrBadQuery) {
					t.Fatalf("Search(%+v) = %v, want an error wrapping ErrBadQuery", r, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Search(%+v): %v", r, err)
			}
			if tc.Total != nil && res.Total != *tc.Total {
				t.Errorf("total = %d, want %d (hits %v)", res.Total, *tc.Total, hitIDs(res))
			}
			if tc.Top != nil {
				got := hitIDs(res)
				if len(got) > len(tc.Top) {
					got = got[:len(tc.Top)]
				}
				if d := diff(tc.Top, got); d != "" {
					t.Errorf("top hits (-want +got):\n%s", d)
				}
			}
			for name, want := range tc.Facets {
				if d := diff(want, res.Facets[name]); d != "" {
					t.Errorf("facet %s (-want +got):\n%s", name, d)
				}
			}
		})
	}
}

func hitIDs(res *Result) []string {
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids
}
