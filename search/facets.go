package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
)

// Facets are counted here, and only here, on two paths that give the
// same counts: bleve's facet requests for a search with query words
// (requestFacets, searchFacets), and the in-memory postings of the facet
// values for a listing without them (loadFacets, listFacets). Facets are
// disjunctive: a filtered facet counts the hits as filtered by the other
// facets only, so each value's count is what a click on it gives. The
// values of a passage are facetValues, used to build both the index
// (docBuilder) and the postings.

// numFacets is the number of facets; facet i is named facetName(i).
const numFacets = 5

// facetName returns the name of facet i, in the order facets are computed.
func facetName(i int) string {
	return [numFacets]string{FacetSession, FacetSpeaker, FacetTopic, FacetKind, FacetDoc}[i]
}

// FacetNames returns the names of the facets (FacetSession, …), in the
// order Result.Facets are computed.
func FacetNames() []string {
	out := make([]string, numFacets)
	for i := range out {
		out[i] = facetName(i)
	}
	return out
}

// facetIndex returns the position of the named facet, or -1.
func facetIndex(name string) int {
	for i := range numFacets {
		if facetName(i) == name {
			return i
		}
	}
	return -1
}

// facetValues returns the values p has for facet f, without duplicates.
func facetValues(p *Passage, f int) []string {
	switch facetName(f) {
	case FacetSession:
		if p.Session != "" {
			return []string{p.Session}
		}
	case FacetSpeaker:
		if p.Speaker != nil && p.Speaker.ID != "" {
			return []string{p.Speaker.ID}
		}
	case FacetTopic:
		return dedupe(p.Topics)
	case FacetKind:
		if p.Kind != "" {
			return []string{p.Kind}
		}
	case FacetDoc:
		return []string{p.Doc}
	}
	return nil
}

func dedupe(s []string) []string {
	for i := 1; i < len(s); i++ {
		if slices.Contains(s[:i], s[i]) {
			out := slices.Clone(s[:i])
			for _, v := range s[i:] {
				if !slices.Contains(out, v) {
					out = append(out, v)
				}
			}
			return out
		}
	}
	return s
}

// facetList turns counts into a sorted facet of the n most frequent values,
// adding the selected values below them, with a zero count when no hit
// has them (so a client can show them as selected), and labelling
// speakers (name) and documents (title).
func (ix *Index) facetList(f int, counts map[string]int, selected []string, n int) []FacetValue {
	out := make([]FacetValue, 0, len(counts)+len(selected))
	for v, c := range counts {
		out = append(out, FacetValue{Value: v, Count: c})
	}
	sortFacet(out)
	// The top n, and the selected values below them.
	top := out[:min(n, len(out))]
	for _, v := range selected {
		if v == "" || slices.ContainsFunc(top, func(fv FacetValue) bool { return fv.Value == v }) {
			continue
		}
		top = append(top, FacetValue{Value: v, Count: counts[v]})
	}
	out = top
	switch facetName(f) {
	case FacetSpeaker:
		for i := range out {
			if j, ok := ix.spkPos[out[i].Value]; ok {
				out[i].Label = ix.speakers[j].Name
			}
		}
	case FacetDoc:
		for i := range out {
			if j, ok := ix.docPos[out[i].Value]; ok {
				out[i].Label = ix.docs[j].Title
			}
		}
	}
	sortFacet(out)
	return out
}

// sortFacet orders values by count, most first, then by value.
func sortFacet(fv []FacetValue) {
	slices.SortFunc(fv, func(a, b FacetValue) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Value, b.Value)
	})
}

// loadFacets builds the in-memory facet tables from the passages: the
// postings of each value and the counts of the empty query.
func (ix *Index) loadFacets() {
	all := &ix.allCounts
	for f := range numFacets {
		all[f] = map[string]int{}
		ix.postings[f] = map[string][]int32{}
	}
	for i := range ix.passages {
		for f := range numFacets {
			for _, v := range facetValues(&ix.passages[i], f) {
				all[f][v]++
				ix.postings[f][v] = append(ix.postings[f][v], int32(i))
			}
		}
	}
	ix.allFacets = make(map[string][]FacetValue, numFacets)
	for f := range numFacets {
		ix.facetSize[f] = len(all[f])
		ix.allFacets[facetName(f)] = ix.facetList(f, all[f], nil, len(all[f]))
	}
}

// listFacets counts the facets of a listing without query words: hits
// are the passages matching every filter (nil when nothing is filtered),
// sets the passages of each filtered facet.
func (ix *Index) listFacets(rq *request, sets [numFacets][]int32, filtered []int, hits []int32) map[string][]FacetValue {
	out := make(map[string][]FacetValue, numFacets)
	for f := range numFacets {
		if len(filtered) == 0 {
			all := ix.allFacets[facetName(f)]
			out[facetName(f)] = slices.Clone(all[:min(len(all), rq.facetSize)])
			continue
		}
		var counts map[string]int
		switch {
		case !slices.Contains(filtered, f):
			counts = ix.countValues(f, hits)
		case len(filtered) == 1: // f's is the only filter: all passages
			counts = ix.allCounts[f]
		default:
			counts = ix.countValues(f, intersect(sets, filtered, f))
		}
		out[facetName(f)] = ix.facetList(f, counts, rq.filters[f], rq.facetSize)
	}
	return out
}

// requestFacets asks the main search of rq for the facets whose values
// are not filtered.
func (ix *Index) requestFacets(req *bleve.SearchRequest, rq *request) {
	for f := range numFacets {
		if len(rq.filters[f]) == 0 {
			req.AddFacet(facetName(f), bleve.NewFacetRequest(facetName(f), max(min(ix.facetSize[f], rq.facetSize), 1)))
		}
	}
}

// searchFacets returns the facets of a search with the text query text:
// the unfiltered ones from the main search's result sr, each filtered
// one by a search of the query filtered by the other facets.
func (ix *Index) searchFacets(ctx context.Context, rq *request, text bquery.Query, sr *bleve.SearchResult) (map[string][]FacetValue, error) {
	out := make(map[string][]FacetValue, numFacets)
	for name, fr := range sr.Facets {
		f := facetIndex(name)
		out[name] = ix.facetList(f, termCounts(fr), nil, rq.facetSize)
	}
	for f := range numFacets {
		if len(rq.filters[f]) == 0 {
			continue
		}
		freq := bleve.NewSearchRequestOptions(ix.query(text, rq.pq, rq.filters, f), 0, 0, false)
		freq.Score = "none"
		// Every value, so that the selected ones have their counts.
		freq.AddFacet(facetName(f), bleve.NewFacetRequest(facetName(f), max(ix.facetSize[f], 1)))
		fsr, err := ix.bleve.SearchInContext(ctx, freq)
		if err != nil {
			return nil, fmt.Errorf("search facet %s: %w", facetName(f), err)
		}
		out[facetName(f)] = ix.facetList(f, termCounts(fsr.Facets[facetName(f)]), rq.filters[f], rq.facetSize)
	}
	for f := range numFacets {
		if out[facetName(f)] == nil {
			out[facetName(f)] = []FacetValue{}
		}
	}
	return out, nil
}

func termCounts(fr *bsearch.FacetResult) map[string]int {
	m := map[string]int{}
	if fr == nil || fr.Terms == nil {
		return m
	}
	for _, t := range fr.Terms.Terms() {
		m[t.Term] = t.Count
	}
	return m
}

// union returns the passages with any of the values of facet f.
func (ix *Index) union(f int, values []string) []int32 {
	if len(values) == 1 {
		return ix.postings[f][values[0]]
	}
	var out []int32
	for _, v := range values {
		out = append(out, ix.postings[f][v]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// intersect returns the passages in every set of the facets filtered but
// skip (-1 for none); at least one set must be left.
func intersect(sets [numFacets][]int32, filtered []int, skip int) []int32 {
	var lists [][]int32
	for _, f := range filtered {
		if f != skip {
			lists = append(lists, sets[f])
		}
	}
	slices.SortFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	out := lists[0]
	for _, l := range lists[1:] {
		out = intersect2(out, l)
	}
	return out
}

// intersect2 returns the elements of the ascending a that are in the
// ascending b, which is at least as long: by binary search when b is
// much longer, by a merge otherwise.
func intersect2(a, b []int32) []int32 {
	out := make([]int32, 0, len(a))
	if len(b) > 16*len(a) {
		for _, x := range a {
			j, found := slices.BinarySearch(b, x)
			if found {
				out = append(out, x)
			}
			b = b[j:]
		}
		return out
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// countValues counts the values of facet f over the passages ps.
func (ix *Index) countValues(f int, ps []int32) map[string]int {
	counts := map[string]int{}
	for _, i := range ps {
		for _, v := range facetValues(&ix.passages[i], f) {
			counts[v]++
		}
	}
	return counts
}
