package search

// list answers a request without query words from memory, in document
// order, from the postings of the facet values: the passages of a filter
// are the union of its values' postings, the hits the intersection of
// the filters' (facets.go counts the facets).
func (ix *Index) list(rq *request) *Result {
	res := &Result{}
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
		res.Facets = ix.listFacets(rq, sets, filtered, nil)
	} else {
		hits := intersect(sets, filtered, -1)
		res.Total = len(hits)
		if rq.from < len(hits) {
			for _, i := range hits[rq.from:min(rq.from+rq.size, len(hits))] {
				res.Hits = append(res.Hits, ix.hit(&ix.passages[i], 0, nil))
			}
		}
		res.Facets = ix.listFacets(rq, sets, filtered, hits)
	}
	if res.Hits == nil {
		res.Hits = []Hit{}
	}
	return res
}
