package search

import (
	"context"
	"math"
	"strconv"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// seqQuery is a bleve query for terms in sequence in one field, as
// bleve's PhraseQuery (no slop, no fuzziness) with the same matches and
// scores, in time linear in the terms' occurrences. Bleve's phrase
// searcher pairs every occurrence of a term in a document with every
// occurrence of the next term (findPhrasePaths): quadratic in a long
// passage that repeats its words. One passage of 2 MB made a two-word
// search or a verified quote take more than 20 s; this query reads each
// occurrence once and looks the others up.
type seqQuery struct {
	terms []string
	field string
	boost float64
}

// newSeqQuery returns a phrase query for the terms (analysed already)
// in field, boost 1.
func newSeqQuery(terms []string, field string) *seqQuery {
	return &seqQuery{terms: terms, field: field, boost: 1}
}

// SetBoost sets the query's boost.
func (p *seqQuery) SetBoost(b float64) { p.boost = b }

// Boost returns the query's boost.
func (p *seqQuery) Boost() float64 { return p.boost }

// Searcher returns a conjunction of the terms (one term searcher for each
// term of the phrase, as bleve's phrase searcher has) that keeps the
// passages where the terms stand in sequence.
func (p *seqQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	opts.IncludeTermVectors = true
	var ts []bsearch.Searcher
	closeAll := func() {
		for _, s := range ts {
			_ = s.Close()
		}
	}
	for _, t := range p.terms {
		if t == "" {
			continue
		}
		s, err := searcher.NewTermSearcher(ctx, r, t, p.field, p.boost, opts)
		if err != nil {
			closeAll()
			return nil, err
		}
		ts = append(ts, s)
	}
	if len(ts) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	conj, err := searcher.NewConjunctionSearcher(ctx, r, ts, opts)
	if err != nil {
		closeAll()
		return nil, err
	}
	// the query norm bleve's phrase searcher sets (a disjunction above
	// sets its own)
	if w := conj.Weight(); w > 0 {
		conj.SetQueryNorm(1 / math.Sqrt(w))
	}
	var prealloc []bsearch.Location
	field, seq := p.field, p.terms
	return searcher.NewFilteringSearcher(ctx, conj, func(_ *bsearch.SearchContext, d *bsearch.DocumentMatch) bool {
		prealloc = d.Complete(prealloc[:0])
		ok := inSequence(d.Locations[field], seq)
		// the locations are not asked for: drop them, as a phrase
		// searcher would keep only the phrase's
		d.Locations, d.FieldTermLocations = nil, d.FieldTermLocations[:0]
		return ok
	}), nil
}

// locKey is a term's position in one value of a field.
type locKey struct {
	pos uint64
	ap  string // the array positions, "" for a field of one value
}

func keyOf(l *bsearch.Location, shift int64) locKey {
	k := locKey{pos: uint64(int64(l.Pos) + shift)}
	if len(l.ArrayPositions) > 0 {
		var b []byte
		for _, a := range l.ArrayPositions {
			b = strconv.AppendUint(append(b, ' '), a, 10)
		}
		k.ap = string(b)
	}
	return k
}

// inSequence reports whether the terms (an empty term stands for any
// word) stand in sequence in tlm: for each occurrence of the rarest term,
// the others are looked up where they must be. Linear in the occurrences.
func inSequence(tlm bsearch.TermLocationMap, terms []string) bool {
	rare := -1
	for i, t := range terms {
		if t == "" {
			continue
		}
		if len(tlm[t]) == 0 {
			return false
		}
		if rare < 0 || len(tlm[t]) < len(tlm[terms[rare]]) {
			rare = i
		}
	}
	if rare < 0 {
		return false
	}
	at := map[string]map[locKey]bool{}
	for i, t := range terms {
		if t == "" || i == rare || at[t] != nil {
			continue
		}
		set := make(map[locKey]bool, len(tlm[t]))
		for _, l := range tlm[t] {
			set[keyOf(l, 0)] = true
		}
		at[t] = set
	}
next:
	for _, l := range tlm[terms[rare]] {
		for i, t := range terms {
			if t == "" || i == rare {
				continue
			}
			k := keyOf(l, int64(i-rare))
			if int64(l.Pos)+int64(i-rare) <= 0 || !at[t][k] {
				continue next
			}
		}
		return true
	}
	return false
}
