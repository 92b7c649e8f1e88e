package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/osce-tools/confsearch/search/query"
)

// DefaultSize is the number of hits per page when Request.Size is 0.
const DefaultSize = 10

// Field boosts of a plain word. The exact field and the stemmed field both
// count, so an unstemmed match ranks above a match of the stem only; a
// speaker's name ranks their passages high; misspellings rank low.
const (
	boostText         = 1.0
	boostExact        = 1.0
	boostSpeaker      = 3.0
	boostContext      = 0.5
	boostFuzzy        = 0.3
	boostFuzzySpeaker = 0.6
	boostAllWords     = 2.0 // the conjunction of all words
	boostSequence     = 2.0 // the words in query order as a phrase
	boostPhraseSpkr   = 2.0 // a quoted phrase found in the speaker's name
	// A word being typed (Request.Prefix) also matches the words it
	// begins, below the word itself and above misspellings.
	boostPrefix        = 0.5
	boostPrefixSpeaker = 1.0
)

// allWordsEnough is how many passages holding every plain word of a query
// make it match those only (see Search).
const allWordsEnough = DefaultSize

// request is a validated Request.
type request struct {
	pq        *query.Query
	filters   [numFacets][]string
	from      int
	size      int
	sort      string
	facetSize int
}

// check validates r.
func (ix *Index) check(r Request) (*request, error) {
	pq, err := query.Parse(r.Query, ix.folded, ix.english)
	if err != nil {
		return nil, err
	}
	if r.Prefix {
		pq.MarkPrefix(MinPrefixLen)
	}
	rq := &request{pq: pq, size: r.Size, sort: r.Sort}
	switch {
	case rq.size == 0:
		rq.size = DefaultSize
	case rq.size < 0 || rq.size > MaxSize:
		return nil, fmt.Errorf("%w: size %d is out of range; use 1 to %d", ErrBadQuery, r.Size, MaxSize)
	}
	page := r.Page
	if page == 0 {
		page = 1
	}
	if page < 1 {
		return nil, fmt.Errorf("%w: page %d is out of range; pages start at 1", ErrBadQuery, r.Page)
	}
	if page > MaxOffset/rq.size {
		return nil, fmt.Errorf("%w: page %d is too deep; at most the first %d results can be paged through (refine the query)", ErrBadQuery, page, MaxOffset)
	}
	rq.from = (page - 1) * rq.size
	switch rq.facetSize = r.FacetSize; {
	case rq.facetSize == 0:
		rq.facetSize = DefaultFacetSize
	case rq.facetSize < 0 || rq.facetSize > MaxFacetSize:
		return nil, fmt.Errorf("%w: facet size %d is out of range; use 1 to %d", ErrBadQuery, r.FacetSize, MaxFacetSize)
	}
	switch rq.sort {
	case "":
		rq.sort = SortRelevance
	case SortRelevance, SortDocument:
	default:
		return nil, fmt.Errorf("%w: unknown sort %q; use %q or %q", ErrBadQuery, r.Sort, SortRelevance, SortDocument)
	}
	for name, vals := range r.Filters {
		f := facetIndex(name)
		if f < 0 {
			return nil, fmt.Errorf("%w: unknown filter %q; filter by session, speaker, topic, kind or doc", ErrBadQuery, name)
		}
		if len(vals) > MaxFilterValues {
			return nil, fmt.Errorf("%w: %d values for filter %q; use at most %d", ErrBadQuery, len(vals), name, MaxFilterValues)
		}
		for _, v := range vals {
			if v != "" && !slices.Contains(rq.filters[f], v) {
				rq.filters[f] = append(rq.filters[f], v)
			}
		}
	}
	return rq, nil
}

// Search runs r. Plain words all should match: when at least
// allWordsEnough passages hold every word (or a close spelling of it),
// only those match, whatever the filters; otherwise passages holding some
// of the words match too, those with every word ranking first. Misspelt words of
// four letters or more match their closest spellings, below exact
// matches; "quoted phrases" must occur as written (accents and case
// aside); -excluded words and phrases must not occur. An empty query lists
// passages in document order. Facet counts are disjunctive: each facet
// counts the hits as filtered by the other facets only.
//
// Errors wrap ErrBadQuery when r is invalid; ErrClosed after Close; the
// ctx's error when it is done first.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	start := time.Now()
	rq, err := ix.check(r)
	if err != nil {
		return nil, err
	}
	var res *Result
	if !rq.pq.Positive() && len(rq.pq.Excludes) == 0 {
		res = ix.list(rq)
	} else {
		if res, err = ix.search(ctx, rq); err != nil {
			return nil, err
		}
	}
	res.Query = r.Query
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// search answers a request with query words or exclusions with bleve.
func (ix *Index) search(ctx context.Context, rq *request) (*Result, error) {
	if !ix.acquire() {
		return nil, ErrClosed
	}
	defer ix.release()

	// Every word when enough passages hold them all, else any word.
	// Matching only the passages with every word is also what keeps the
	// cost of a query from growing with the corpus: each match costs its
	// doc values, facet counts and a place in the ranking. The query
	// decides, not the filters: so every facet value counts the hits a
	// click on it gives.
	every, text, mk := ix.textQuery(rq.pq)
	if every != nil {
		enough, err := ix.atLeast(ctx, ix.query(every, rq.pq, [numFacets][]string{}, -1), allWordsEnough)
		if err != nil {
			return nil, err
		}
		if enough {
			text = every
		}
	}
	sr, err := ix.hits(ctx, rq, text)
	if err != nil {
		return nil, err
	}
	res := &Result{
		Total: int(sr.Total),
		Hits:  make([]Hit, 0, len(sr.Hits)),
	}
	for _, h := range sr.Hits {
		if err := ctx.Err(); err != nil {
			return nil, err // highlighting is linear in a passage's length: long ones add up
		}
		i, ok := ix.pos[h.ID]
		if !ok {
			continue // cannot happen: the index and corpus.json are one generation
		}
		res.Hits = append(res.Hits, ix.hit(&ix.passages[i], h.Score, mk))
	}
	if res.Facets, err = ix.searchFacets(ctx, rq, text, sr); err != nil {
		return nil, err
	}
	return res, nil
}

// atLeast reports whether q matches n passages or more. It stops at the
// n-th: a probe that costs little more than setting up q's searchers,
// where a bleve search would visit every match.
func (ix *Index) atLeast(ctx context.Context, q bquery.Query, n int) (bool, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return false, fmt.Errorf("search: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return false, fmt.Errorf("search: %w", err)
	}
	defer r.Close()
	s, err := q.Searcher(ctx, r, ix.bleve.Mapping(), bsearch.SearcherOptions{Score: "none"})
	if err != nil {
		return false, fmt.Errorf("search: %w", err)
	}
	defer s.Close()
	sctx := &bsearch.SearchContext{
		DocumentMatchPool: bsearch.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0),
		IndexReader:       r,
	}
	for range n {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		d, err := s.Next(sctx)
		if err != nil {
			return false, fmt.Errorf("search: %w", err)
		}
		if d == nil {
			return false, nil
		}
		sctx.DocumentMatchPool.Put(d)
	}
	return true, nil
}

// hits runs the main search of rq with the text query text: a page of
// hits, the total and the facets whose values are not filtered
// (requestFacets).
func (ix *Index) hits(ctx context.Context, rq *request, text bquery.Query) (*bleve.SearchResult, error) {
	req := bleve.NewSearchRequestOptions(ix.query(text, rq.pq, rq.filters, -1), rq.size, rq.from, false)
	byOrd := &bsearch.SortField{Field: fieldOrd, Type: bsearch.SortFieldAsString}
	if text != nil && rq.sort == SortRelevance {
		// Equal scores fall back to bleve's order of the index, which is
		// the same in every copy of a generation; a sort key here would
		// cost a doc value read per match.
		req.SortByCustom(bsearch.SortOrder{&bsearch.SortScore{Desc: true}})
	} else {
		req.SortByCustom(bsearch.SortOrder{byOrd})
		req.Score = "none"
	}
	ix.requestFacets(req, rq)
	var sr *bleve.SearchResult
	var err error
	if req.Score == "none" {
		sr, err = ix.bleve.SearchInContext(ctx, req)
	} else {
		sr, err = ix.ranked(ctx, req, rq.from, rq.size)
	}
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return sr, nil
}

// hit renders p as a hit.
func (ix *Index) hit(p *Passage, score float64, mk *marker) Hit {
	h := Hit{Passage: *p, Score: score, Citation: Citation(*p, ix.docs[ix.docPos[p.Doc]])}
	h.Highlight = highlight(p.Text, ix.spans(mk, p.Text), snippetLen)
	return h
}

// query combines the text query, exclusions and filters; the filters of
// facet skip (-1 for none) are left out.
func (ix *Index) query(text bquery.Query, pq *query.Query, filters [numFacets][]string, skip int) bquery.Query {
	b := bleve.NewBooleanQuery()
	if text != nil {
		b.AddMust(text)
	}
	for _, ex := range pq.Excludes {
		b.AddMustNot(ix.excludeQuery(ex))
	}
	// The facet filters are required clauses that score nothing (boost
	// 0), not bleve filters: a filter is checked on every match of the
	// text, while a required clause lets the search skip from one
	// filtered passage to the next.
	var fq []bquery.Query
	for f := range numFacets {
		if f == skip || len(filters[f]) == 0 {
			continue
		}
		var dq []bquery.Query
		for _, v := range filters[f] {
			dq = append(dq, termQuery(facetName(f), v, 0))
		}
		fq = append(fq, bleve.NewDisjunctionQuery(dq...))
	}
	switch {
	case len(fq) == 1:
		b.AddMust(fq[0])
	case len(fq) > 1:
		b.AddMust(bleve.NewConjunctionQuery(fq...))
	}
	if text == nil && len(fq) == 0 && len(pq.Excludes) == 0 {
		return bleve.NewMatchAllQuery()
	}
	return b
}

// contentWords returns the plain words of pq that are not stop words, or
// all of them when every one is a stop word.
func contentWords(pq *query.Query) []query.Word {
	words := make([]query.Word, 0, len(pq.Words))
	for _, w := range pq.Words {
		if w.Stem != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 { // only stop words: match them as written
		return pq.Words
	}
	return words
}

// textQuery returns the scoring part of pq, nil if it has neither words
// nor phrases, and what to highlight in the hits. A passage matches text
// if it holds any plain word; every matches those that hold every one,
// with the same scoring terms. every is nil unless pq has several plain
// words and allWordsEnough passages may hold them all.
func (ix *Index) textQuery(pq *query.Query) (every, text bquery.Query, mk *marker) {
	var must []bquery.Query
	mk = &marker{}
	for _, ph := range pq.Phrases {
		must = append(must, phraseQuery(ph))
		mk.seqs = append(mk.seqs, ph)
	}
	var all bquery.Query
	switch words := contentWords(pq); len(words) {
	case 0:
	case 1:
		q, _ := ix.wordQuery(words[0], mk)
		must = append(must, q)
	default:
		wq := make([]bquery.Query, len(words))
		fewest := uint64(math.MaxUint64) // the bound of the rarest word
		for i, w := range words {
			var n uint64
			wq[i], n = ix.wordQuery(w, mk)
			fewest = min(fewest, n)
		}
		conj := bleve.NewConjunctionQuery(wq...)
		conj.SetBoost(boostAllWords)
		any := bleve.NewDisjunctionQuery(append([]bquery.Query{conj}, wq...)...)
		if len(pq.Seq) > 1 {
			seq := newSeqQuery(pq.Seq, fieldExact)
			seq.SetBoost(boostSequence)
			any.AddQuery(seq)
			mk.seqs = append(mk.seqs, pq.Seq)
		}
		any.SetMin(1)
		// The conjunction leads the search (bleve's boolean searcher
		// visits its matches only) and the disjunction scores them.
		// When the rarest word is in too few passages, so is every word:
		// no need to ask.
		if fewest >= allWordsEnough {
			b := bleve.NewBooleanQuery()
			b.AddMust(conj)
			b.AddShould(any)
			all = b
		}
		must = append(must, any)
	}
	if len(must) == 0 {
		return nil, nil, nil
	}
	text = conjoin(must)
	if all != nil {
		must[len(must)-1] = all
		every = conjoin(must)
	}
	return every, text, mk
}

// conjoin returns the conjunction of qs (at least one).
func conjoin(qs []bquery.Query) bquery.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewConjunctionQuery(slices.Clone(qs)...)
}

// wordQuery matches one plain word in any text field, or, at a lower
// boost, a misspelling of it (its close spellings in the vocabulary). It
// also returns a bound on the passages the query can match: the sum of
// its terms' passage counts.
//
// The word has two sources of evidence: the passage (its text as written
// and stemmed, its section's context, the close spellings and, for a word
// being typed, the words it begins) and the speaker (name, role,
// organisation, and their close spellings). Each source's ways of
// matching add up (sumQuery); the two sources are a disjunction, so a
// word found in one of them counts half as much as in both. The share of
// matching clauses (bleve's coordination factor) is thus the same for
// every word, whatever close spellings the vocabulary holds.
func (ix *Index) wordQuery(w query.Word, mk *marker) (bquery.Query, uint64) {
	bound := ix.vocab.count[w.Exact] + ix.vocab.stemCount[w.Stem]
	passage := newSumQuery(termQuery(fieldExact, w.Exact, boostExact))
	speaker := newSumQuery(termQuery(fieldSpeakerText, w.Exact, boostSpeaker))
	if w.Stem != "" {
		passage.AddQuery(termQuery(fieldText, w.Stem, boostText), termQuery(fieldContext, w.Stem, boostContext))
	}
	near := ix.vocab.near(w.Exact, query.Fuzziness(w.Exact))
	var sameStem []string
	if w.Stem != "" {
		sameStem = ix.vocab.byStem[w.Stem]
	}
	var begun []fuzzyTerm // the words a word being typed begins
	if w.Prefix {
		begun = ix.vocab.withPrefix(w.Exact, MaxPrefixTerms)
		for _, ft := range begun {
			if ft.in&inExact != 0 {
				passage.AddQuery(termQuery(fieldExact, ft.term, boostPrefix))
			}
			if ft.in&inSpeaker != 0 {
				speaker.AddQuery(termQuery(fieldSpeakerText, ft.term, boostPrefixSpeaker))
			}
			bound += ft.count
		}
	}
	mk.add(w, sameStem, append(near, begun...))
	for _, ft := range near {
		if ft.in&inExact != 0 {
			passage.AddQuery(termQuery(fieldExact, ft.term, boostFuzzy/float64(ft.dist)))
		}
		if ft.in&inSpeaker != 0 {
			speaker.AddQuery(termQuery(fieldSpeakerText, ft.term, boostFuzzySpeaker/float64(ft.dist)))
		}
		bound += ft.count
	}
	return bleve.NewDisjunctionQuery(passage, speaker), bound
}

// phraseQuery matches toks in sequence in the text or the speaker's name.
func phraseQuery(toks []string) bquery.Query {
	if len(toks) == 1 {
		return bleve.NewDisjunctionQuery(
			termQuery(fieldExact, toks[0], 1),
			termQuery(fieldSpeakerText, toks[0], boostPhraseSpkr))
	}
	text := newSeqQuery(toks, fieldExact)
	spk := newSeqQuery(toks, fieldSpeakerText)
	spk.SetBoost(boostPhraseSpkr)
	return bleve.NewDisjunctionQuery(text, spk)
}

// excludeQuery matches passages an exclusion removes: those with the word
// (or a word of the same stem) or the phrase in the text or the speaker's
// name.
func (ix *Index) excludeQuery(toks []string) bquery.Query {
	if len(toks) > 1 {
		return phraseQuery(toks)
	}
	q := bleve.NewDisjunctionQuery(
		termQuery(fieldExact, toks[0], 1),
		termQuery(fieldSpeakerText, toks[0], 1))
	if st := query.Analyze(ix.english, toks[0]); len(st) > 0 {
		q.AddQuery(termQuery(fieldText, st[0], 1))
	}
	return q
}

func termQuery(field, term string, boost float64) bquery.Query {
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}
