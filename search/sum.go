package search

import (
	"context"
	"math"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// sumQuery matches the passages any of its queries matches and scores a
// match with the sum of the scores of the queries that match it. It is
// bleve's DisjunctionQuery without the coordination factor: bleve
// multiplies that sum by the share of the queries that match, which is
// right for the words of a search (a passage holding more of them ranks
// higher) and wrong for the ways of matching one word in one source (its
// exact form, its stem, its close spellings in the vocabulary;
// wordQuery). There, the factor made a word's match count for less the
// more close spellings the vocabulary happened to hold ("state":
// "slate", "estate", "skate"…), and count for more where a passage also
// held one of them: "asserts" beside "assert" doubled the word's score.
//
// It has no boost of its own (nor has bleve's disjunction): boost its
// queries.
type sumQuery struct {
	qs []bquery.Query
}

// newSumQuery returns the sum of qs.
func newSumQuery(qs ...bquery.Query) *sumQuery { return &sumQuery{qs: qs} }

// AddQuery adds queries to the sum.
func (q *sumQuery) AddQuery(qs ...bquery.Query) { q.qs = append(q.qs, qs...) }

// Searcher returns a sumSearcher over the queries' searchers.
func (q *sumQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	ss := make([]bsearch.Searcher, 0, len(q.qs))
	for _, sq := range q.qs {
		s, err := sq.Searcher(ctx, r, m, opts)
		if err != nil {
			for _, o := range ss {
				_ = o.Close()
			}
			return nil, err
		}
		if _, none := s.(*searcher.MatchNoneSearcher); none {
			_ = s.Close()
			continue
		}
		ss = append(ss, s)
	}
	if len(ss) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	s := &sumSearcher{searchers: ss, currs: make([]*bsearch.DocumentMatch, len(ss)), explain: opts.Explain}
	// the query norm of a searcher at the top (one above sets its own)
	if w := s.Weight(); w > 0 {
		s.SetQueryNorm(1 / math.Sqrt(w))
	}
	return s, nil
}

// sumSearcher visits the union of its searchers' matches in index order.
// Its searchers are few (the ways of matching one word), so the next
// match is found by a scan of their current matches, as bleve's slice
// disjunction does.
type sumSearcher struct {
	searchers []bsearch.Searcher
	currs     []*bsearch.DocumentMatch // each searcher's current match, nil when done
	matching  []*bsearch.DocumentMatch // a buffer for the current matches of one passage
	started   bool
	explain   bool
}

func (s *sumSearcher) start(ctx *bsearch.SearchContext) error {
	for i, sr := range s.searchers {
		d, err := sr.Next(ctx)
		if err != nil {
			return err
		}
		s.currs[i] = d
	}
	s.started = true
	return nil
}

// Next returns the next passage any searcher matches, scored with the sum
// of the scores of those that match it.
func (s *sumSearcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	var first *bsearch.DocumentMatch
	for _, d := range s.currs {
		if d != nil && (first == nil || d.IndexInternalID.Compare(first.IndexInternalID) < 0) {
			first = d
		}
	}
	if first == nil {
		return nil, nil
	}
	var (
		sum  float64
		expl []*bsearch.Explanation
	)
	matching := s.matching[:0]
	for _, d := range s.currs {
		if d != nil && d.IndexInternalID.Equals(first.IndexInternalID) {
			sum += d.Score
			matching = append(matching, d)
			if s.explain {
				expl = append(expl, d.Expl)
			}
		}
	}
	first.Score = sum
	if s.explain {
		first.Expl = &bsearch.Explanation{Value: sum, Message: "sum of:", Children: expl}
	}
	first.FieldTermLocations = bsearch.MergeFieldTermLocations(first.FieldTermLocations, matching[1:])
	clear(matching)
	s.matching = matching[:0]
	// move every matching searcher on; first is the caller's now
	id := first.IndexInternalID
	for i, d := range s.currs {
		if d == nil || !d.IndexInternalID.Equals(id) {
			continue
		}
		if d != first {
			ctx.DocumentMatchPool.Put(d)
		}
		var err error
		if s.currs[i], err = s.searchers[i].Next(ctx); err != nil {
			return nil, err
		}
	}
	return first, nil
}

// Advance returns the first match at or after id.
func (s *sumSearcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	for i, d := range s.currs {
		if d == nil || d.IndexInternalID.Compare(id) >= 0 {
			continue
		}
		ctx.DocumentMatchPool.Put(d)
		var err error
		if s.currs[i], err = s.searchers[i].Advance(ctx, id); err != nil {
			return nil, err
		}
	}
	return s.Next(ctx)
}

// Weight is the sum of the searchers' weights (their squared query
// weights), as a disjunction's.
func (s *sumSearcher) Weight() float64 {
	var w float64
	for _, sr := range s.searchers {
		w += sr.Weight()
	}
	return w
}

// SetQueryNorm passes the norm on to the searchers.
func (s *sumSearcher) SetQueryNorm(n float64) {
	for _, sr := range s.searchers {
		sr.SetQueryNorm(n)
	}
}

// Count is a bound: the sum of the searchers' counts.
func (s *sumSearcher) Count() uint64 {
	var n uint64
	for _, sr := range s.searchers {
		n += sr.Count()
	}
	return n
}

// Min is 1: any searcher's match is a match.
func (s *sumSearcher) Min() int { return 1 }

// Size estimates the searcher's memory.
func (s *sumSearcher) Size() int {
	n := 64 + 8*len(s.currs)
	for _, sr := range s.searchers {
		n += sr.Size()
	}
	for _, d := range s.currs {
		if d != nil {
			n += d.Size()
		}
	}
	return n
}

// DocumentMatchPoolSize: a current match per searcher, and theirs.
func (s *sumSearcher) DocumentMatchPoolSize() int {
	n := len(s.currs)
	for _, sr := range s.searchers {
		n += sr.DocumentMatchPoolSize()
	}
	return n
}

// Close closes the searchers.
func (s *sumSearcher) Close() error {
	var first error
	for _, sr := range s.searchers {
		if err := sr.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
