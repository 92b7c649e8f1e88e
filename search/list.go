package search

import "slices"

// list answers a request without query words from memory, in document
// order, from the postings of the facet values: the passages of a filter
// are the union of its values' postings, the hits the intersection of
// the filters', and each filtered facet counts the intersection of the
// other filters' (disjunctive facets).
func (ix *Index) list(rq *request) *Result {
	res := &Result{Facets: make(map[string][]FacetValue, numFacets)}
	var sets [numFacets][]int32 // the passages of each filter
	var filtered []int
	for f := range numFacets {
		if len(rq.filters[f]) > 0 {
			sets[f] = ix.union(f, rq.filters[f])
			filtered = append(filtered, f)
		}
	}
	if len(filtered) == 0 {
		res.Total = len(ix.passages)
		for i := rq.from; i < min(rq.from+rq.size, len(ix.passages)); i++ {
			res.Hits = append(res.Hits, ix.hit(&ix.passages[i], 0, nil))
		}
		for f := range numFacets {
			all := ix.allFacets[facetName(f)]
			res.Facets[facetName(f)] = slices.Clone(all[:min(len(all), rq.facetSize)])
		}
	} else {
		hits := intersect(sets, filtered, -1)
		res.Total = len(hits)
		if rq.from < len(hits) {
			for _, i := range hits[rq.from:min(rq.from+rq.size, len(hits))] {
				res.Hits = append(res.Hits, ix.hit(&ix.passages[i], 0, nil))
			}
		}
		for f := range numFacets {
			var counts map[string]int
			switch {
			case !slices.Contains(filtered, f):
				counts = ix.countValues(f, hits)
			case len(filtered) == 1: // f's is the only filter: all passages
				counts = ix.allCounts[f]
			default:
				counts = ix.countValues(f, intersect(sets, filtered, f))
			}
			res.Facets[facetName(f)] = ix.facetList(f, counts, rq.filters[f], rq.facetSize)
		}
	}
	if res.Hits == nil {
		res.Hits = []Hit{}
	}
	return res
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
