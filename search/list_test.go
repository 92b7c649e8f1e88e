package search

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestListMatchesScan checks the postings-based list against a scan of
// every passage, over filters of one and several facets and values, an
// unknown value and pages.
func TestListMatchesScan(t *testing.T) {
	ix := openFixture(t)
	// Two values of each facet: its most and least frequent.
	var vals [numFacets][]string
	for f := range numFacets {
		all := ix.allFacets[facetName(f)]
		if len(all) < 2 {
			t.Fatalf("facet %s has %d values; the test needs 2", facetName(f), len(all))
		}
		vals[f] = []string{all[0].Value, all[len(all)-1].Value}
	}
	var reqs []Request
	for f := range numFacets {
		for _, v := range vals[f] {
			reqs = append(reqs, Request{Filters: map[string][]string{facetName(f): {v}}})
		}
		reqs = append(reqs,
			Request{Filters: map[string][]string{facetName(f): vals[f]}},
			Request{Filters: map[string][]string{facetName(f): {"no such value"}}},
			Request{Filters: map[string][]string{facetName(f): {vals[f][0], "no such value"}}, FacetSize: 1},
		)
		for g := f + 1; g < numFacets; g++ {
			for _, v := range vals[f] {
				for _, w := range vals[g] {
					reqs = append(reqs, Request{Filters: map[string][]string{facetName(f): {v}, facetName(g): {w}}})
				}
			}
			reqs = append(reqs, Request{Filters: map[string][]string{facetName(f): vals[f], facetName(g): vals[g]}, Size: 3, Page: 2})
		}
	}
	reqs = append(reqs, Request{}, Request{Page: 3, Size: 7}, Request{FacetSize: 2},
		Request{Filters: map[string][]string{FacetKind: {KindStatement, KindQuote}, FacetTopic: vals[facetIndex(FacetTopic)], FacetDoc: vals[facetIndex(FacetDoc)][:1]}})
	for i, r := range reqs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			rq, err := ix.check(r)
			if err != nil {
				t.Fatal(err)
			}
			want, got := ix.listByScan(rq), ix.list(rq)
			if d := diff(want, got); d != "" {
				t.Errorf("%+v (-scan +list):\n%s", r, d)
			}
			// And through Search, which takes this path.
			res, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(hitIDs(res), hitIDs(want)) || res.Total != want.Total {
				t.Errorf("%+v: Search gives %d hits of %d, the scan %d of %d", r, len(res.Hits), res.Total, len(want.Hits), want.Total)
			}
		})
	}
}

// listByScan is the reference for list: it answers a request without query
// words by checking every passage against the filters.
func (ix *Index) listByScan(rq *request) *Result {
	res := &Result{Facets: make(map[string][]FacetValue, numFacets)}
	filtered := false
	for f := range numFacets {
		filtered = filtered || len(rq.filters[f]) > 0
	}
	var counts [numFacets]map[string]int
	for f := range numFacets {
		counts[f] = map[string]int{}
	}
	for i := range ix.passages {
		p := &ix.passages[i]
		miss, missAt := 0, -1 // filters p fails, and the last one
		for f := range numFacets {
			if len(rq.filters[f]) > 0 && !matchesAny(facetValues(p, f), rq.filters[f]) {
				miss++
				missAt = f
			}
		}
		if miss == 0 {
			if res.Total >= rq.from && len(res.Hits) < rq.size {
				res.Hits = append(res.Hits, ix.hit(p, 0, nil))
			}
			res.Total++
		}
		if !filtered {
			continue
		}
		for f := range numFacets {
			// p counts for facet f if it passes every filter but f's.
			if miss == 0 || miss == 1 && missAt == f {
				for _, v := range facetValues(p, f) {
					counts[f][v]++
				}
			}
		}
	}
	for f := range numFacets {
		if filtered {
			res.Facets[facetName(f)] = ix.facetList(f, counts[f], rq.filters[f], rq.facetSize)
		} else {
			all := ix.allFacets[facetName(f)]
			res.Facets[facetName(f)] = slices.Clone(all[:min(len(all), rq.facetSize)])
		}
	}
	if res.Hits == nil {
		res.Hits = []Hit{}
	}
	return res
}

func matchesAny(have, want []string) bool {
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}
