package search

// A reviewer's tests of sumQuery/sumSearcher against bleve's
// DisjunctionQuery (same match sets, scores = disjunction without coord),
// under composition (conjunction, boolean must/should/must-not, nesting),
// paging, term locations, explain, and the raw searcher contract (Next,
// Advance before/at/after the current match and past the end, pool
// recycling).

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/osce-tools/confsearch/model"
)

var revVocab = []string{
	"state", "states", "stated", "estate", "slate", "skate", "stale", "statement",
	"harbour", "harbor", "budget", "budgets", "approved", "approve", "migrant",
	"migrants", "migration", "migratory", "protect", "protection", "process",
	"programme", "progress", "project", "victim", "victims", "labour", "labor",
	"trafficking", "trafficked", "traffickers", "data", "date", "dates",
}

// revCorpus: n passages of random words of revVocab, some with speakers
// whose names use the same words.
func revCorpus(t *testing.T, n int, seed int64) *Index {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i := 0; i < n; i++ {
		var w []string
		for k := 0; k < 1+r.Intn(8); k++ {
			w = append(w, revVocab[r.Intn(len(revVocab))])
		}
		p := Passage{ID: fmt.Sprintf("p%04d", i), Doc: "d", Seq: i, Kind: KindNarrative, Text: strings.Join(w, " ") + "."}
		if r.Intn(3) == 0 {
			p.Kind = KindStatement
			p.Speaker = &model.Speaker{ID: fmt.Sprint("s", i%7), Name: "Ann " + revVocab[i%len(revVocab)], Organisation: revVocab[(i*7)%len(revVocab)] + " office"}
		}
		c.Passages = append(c.Passages, p)
	}
	return buildOpen(t, c)
}

func revTerms(r *rand.Rand, n int) []bquery.Query {
	fields := []string{fieldExact, fieldText, fieldSpeakerText, fieldContext}
	var qs []bquery.Query
	for i := 0; i < n; i++ {
		term := revVocab[r.Intn(len(revVocab))]
		if r.Intn(10) == 0 {
			term = "nosuch" + fmt.Sprint(i)
		}
		qs = append(qs, termQuery(fields[r.Intn(len(fields))], term, 0.1+r.Float64()))
	}
	return qs
}

type revHit struct {
	id    string
	score float64
	locs  string
}

func revRun(t *testing.T, ix *Index, q bquery.Query, from, size int, locs bool) ([]revHit, uint64) {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, size, from, true)
	req.SortBy([]string{"_id"})
	req.IncludeLocations = locs
	sr, err := ix.bleve.SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var out []revHit
	for _, h := range sr.Hits {
		var ls []string
		for f, tl := range h.Locations {
			for term, l := range tl {
				for _, x := range l {
					ls = append(ls, fmt.Sprintf("%s:%s@%d", f, term, x.Pos))
				}
			}
		}
		sort.Strings(ls)
		ls = slices.Compact(ls)
		out = append(out, revHit{h.ID, h.Score, strings.Join(ls, ",")})
	}
	return out, sr.Total
}

func revIDs(hs []revHit) []string {
	var o []string
	for _, h := range hs {
		o = append(o, h.id)
	}
	return o
}

// TestSumReviewSumCompositions: for random sets of 1..100 term queries, the
// sum and bleve's disjunction match the same passages (ids, totals, term
// locations) at the top, inside a conjunction, as a boolean must with a
// must-not, as a must-not, nested, and page by page.
func TestSumReviewSumCompositions(t *testing.T) {
	ix := revCorpus(t, 400, 1)
	r := rand.New(rand.NewSource(2))
	for trial := 0; trial < 60; trial++ {
		n := 1 + r.Intn(100)
		if trial%4 == 0 {
			n = 1 + r.Intn(5)
		}
		qs := revTerms(r, n)
		other := revTerms(r, 1+r.Intn(3))
		not := revTerms(r, 1+r.Intn(2))
		sum := func() bquery.Query { return newSumQuery(qs...) }
		dis := func() bquery.Query { return bleve.NewDisjunctionQuery(qs...) }
		type comp struct {
			name string
			f    func(bquery.Query) bquery.Query
		}
		comps := []comp{
			{"top", func(q bquery.Query) bquery.Query { return q }},
			{"and", func(q bquery.Query) bquery.Query {
				return bleve.NewConjunctionQuery(bleve.NewDisjunctionQuery(other...), q)
			}},
			{"and-first", func(q bquery.Query) bquery.Query {
				return bleve.NewConjunctionQuery(q, other[0])
			}},
			{"must+not", func(q bquery.Query) bquery.Query {
				b := bleve.NewBooleanQuery()
				b.AddMust(q)
				b.AddMustNot(not...)
				return b
			}},
			{"should+not", func(q bquery.Query) bquery.Query {
				b := bleve.NewBooleanQuery()
				b.AddMust(other[0])
				b.AddShould(q)
				b.AddMustNot(not...)
				return b
			}},
			{"as-must-not", func(q bquery.Query) bquery.Query {
				b := bleve.NewBooleanQuery()
				b.AddMust(bleve.NewMatchAllQuery())
				b.AddMustNot(q)
				return b
			}},
			{"nested", func(q bquery.Query) bquery.Query {
				return bleve.NewDisjunctionQuery(q, newSumQuery(other...))
			}},
			{"two", func(q bquery.Query) bquery.Query {
				// two copies conjoined: both advance each other
				return bleve.NewConjunctionQuery(q, newSumQuery(append(slices.Clone(other), qs...)...))
			}},
		}
		for _, c := range comps {
			for _, locs := range []bool{false, true} {
				a, na := revRun(t, ix, c.f(sum()), 0, 1000, locs)
				b, nb := revRun(t, ix, c.f(dis()), 0, 1000, locs)
				if na != nb || !slices.Equal(revIDs(a), revIDs(b)) {
					t.Fatalf("trial %d (%d clauses) %s: sum %d %v, disjunction %d %v", trial, n, c.name, na, revIDs(a), nb, revIDs(b))
				}
				if locs {
					for i := range a {
						if a[i].locs != b[i].locs {
							t.Fatalf("trial %d %s %s: locations %q vs %q", trial, c.name, a[i].id, a[i].locs, b[i].locs)
						}
					}
				}
				if locs || trial%3 != 0 {
					continue
				}
				// paging by 23: same pages as the whole list
				var paged []string
				for from := 0; from < len(a)+23; from += 23 {
					p, _ := revRun(t, ix, c.f(sum()), from, 23, false)
					paged = append(paged, revIDs(p)...)
				}
				if !slices.Equal(paged, revIDs(a)) {
					t.Fatalf("trial %d %s: paged %v, whole %v", trial, c.name, paged, revIDs(a))
				}
			}
		}
		// scores at the top: sum = disjunction × total / matching
		a := explained(t, ix, sum())
		b := explained(t, ix, dis())
		for i := range a {
			m := len(a[i].Expl.Children)
			want := b[i].Score * float64(len(qs)) / float64(m)
			// bleve drops nothing here, but the sum drops MatchNone searchers; terms are never MatchNone
			if math.Abs(a[i].Score-want) > 1e-9*math.Max(1, want) {
				t.Fatalf("trial %d: %s sum %g, want %g", trial, a[i].id(), a[i].Score, want)
			}
		}
	}
}

func (s scored) id() string { return s.ID }

// revSearcher builds q's searcher on ix's reader.
func revSearcher(t *testing.T, ix *Index, r index.IndexReader, q bquery.Query, explain, locs bool) bsearch.Searcher {
	t.Helper()
	s, err := q.Searcher(context.Background(), r, ix.bleve.Mapping(), bsearch.SearcherOptions{Explain: explain, IncludeTermVectors: locs})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// poolAvail returns the pool's free matches (to find one put twice).
func poolAvail(p *bsearch.DocumentMatchPool) []uintptr {
	v := reflect.ValueOf(p).Elem().FieldByName("avail")
	out := make([]uintptr, v.Len())
	for i := range out {
		out[i] = v.Index(i).Pointer()
	}
	return out
}

// TestSumReviewSumSearcherContract drives a sumSearcher and bleve's
// disjunction searcher over the same queries with the same random
// sequence of Next and Advance (to an id before, at, just after the
// current match, to a far one, past the end; on an exhausted searcher),
// holding some returned matches and giving others back to the pool: same
// ids, same score up to coord, held matches never reused, no match put
// twice.
func TestSumReviewSumSearcherContract(t *testing.T) {
	ix := revCorpus(t, 300, 3)
	ai, err := ix.bleve.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	reader, err := ai.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	// every internal id in order
	all := revSearcher(t, ix, reader, bleve.NewMatchAllQuery(), false, false)
	var ids []index.IndexInternalID
	{
		ctx := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(10, 0)}
		for {
			d, err := all.Next(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if d == nil {
				break
			}
			ids = append(ids, slices.Clone(d.IndexInternalID))
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Compare(ids[j]) < 0 })
	// scorch ids are 8-byte big-endian document numbers
	past := slices.Clone(ids[len(ids)-1])
	for i := len(past) - 1; i >= 0; i-- {
		past[i]++
		if past[i] != 0 {
			break
		}
	}
	r := rand.New(rand.NewSource(4))
	for trial := 0; trial < 300; trial++ {
		qs := revTerms(r, 1+r.Intn(100))
		explain := r.Intn(2) == 0
		locs := r.Intn(2) == 0
		ss := revSearcher(t, ix, reader, newSumQuery(qs...), explain, locs)
		ds := revSearcher(t, ix, reader, bleve.NewDisjunctionQuery(qs...), explain, locs)
		sp := bsearch.NewDocumentMatchPool(r.Intn(3), 0)
		dp := bsearch.NewDocumentMatchPool(r.Intn(3), 0)
		sctx := &bsearch.SearchContext{DocumentMatchPool: sp}
		dctx := &bsearch.SearchContext{DocumentMatchPool: dp}
		type held struct {
			d  *bsearch.DocumentMatch
			id string
		}
		var hold []held
		m := revMatches(t, ix, reader, qs)
		var cur, last index.IndexInternalID // the last match, the last target
		diverged := false
		var log []string
		// targets never go back (as conjunctions and booleans advance):
		// bleve's slice disjunction re-advances exhausted searchers on an
		// earlier target, its heap disjunction (and the sum) do not
		atLeast := func(x index.IndexInternalID) index.IndexInternalID {
			if last != nil && x.Compare(last) < 0 {
				return last
			}
			return x
		}
		_ = atLeast
		for step := 0; step < 60; step++ {
			var a, b *bsearch.DocumentMatch
			var ea, eb error
			op := r.Intn(6)
			var target index.IndexInternalID
			switch op {
			case 0, 1:
				a, ea = ss.Next(sctx)
				b, eb = ds.Next(dctx)
			default:
				switch {
				case op == 2 && cur != nil: // at the current
					target = cur
				case op == 3 && cur != nil: // before the current
					i := sort.Search(len(ids), func(i int) bool { return ids[i].Compare(cur) >= 0 })
					target = ids[max(0, i-1-r.Intn(5))]
				case op == 5 && r.Intn(4) == 0:
					target = past
				default:
					target = ids[r.Intn(len(ids))]
				}
				a, ea = ss.Advance(sctx, target)
				b, eb = ds.Advance(dctx, target)
			}
			{
				tx := "-"
				if target != nil {
					tx, _ = reader.ExternalID(target)
					if target.Equals(past) {
						tx = "PAST"
					}
				}
				ax := "nil"
				if a != nil {
					ax, _ = reader.ExternalID(a.IndexInternalID)
				}
				log = append(log, fmt.Sprintf("%d(%s)=%s", op, tx, ax))
			}
			if ea != nil || eb != nil {
				t.Fatalf("errors %v %v", ea, eb)
			}
			// the truth: the first match after the last one returned, at or after the target
			var want index.IndexInternalID
			for _, x := range m {
				if (cur == nil || x.Compare(cur) > 0) && (target == nil || x.Compare(target) >= 0) && (last == nil || x.Compare(last) >= 0) {
					want = x
					break
				}
			}
			ext := func(x index.IndexInternalID) string {
				if x == nil {
					return "nil"
				}
				e, _ := reader.ExternalID(x)
				return e
			}
			dmID := func(d *bsearch.DocumentMatch) index.IndexInternalID {
				if d == nil {
					return nil
				}
				return d.IndexInternalID
			}
			if !dmID(a).Equals(want) {
				t.Fatalf("trial %d step %d ops %v (%d clauses): sum %s, expected %s (disjunction %s)", trial, step, log, len(qs), ext(dmID(a)), ext(want), ext(dmID(b)))
			}
			// bleve's slice disjunction differs (re-advances exhausted searchers) on targets at or before the last match
			forward := target == nil || ((cur == nil || target.Compare(cur) > 0) && (last == nil || target.Compare(last) > 0))
			if target != nil && (last == nil || target.Compare(last) > 0) {
				last = slices.Clone(target)
			}
			if !forward && !dmID(b).Equals(dmID(a)) {
				diverged = true
			}
			if diverged && b != nil {
				dctx.DocumentMatchPool.Put(b)
				b = nil
			}
			if forward && !diverged && !dmID(b).Equals(want) {
				t.Fatalf("trial %d step %d ops %v (%d clauses): disjunction %s, expected %s", trial, step, log, len(qs), ext(dmID(b)), ext(want))
			}
			if a == nil {
				continue
			}
			cur = slices.Clone(a.IndexInternalID)
			if explain && b != nil {
				if a.Expl == nil || math.Abs(a.Expl.Value-a.Score) > 1e-12 {
					t.Fatalf("explanation %v for score %g", a.Expl, a.Score)
				}
				m := len(a.Expl.Children)
				want := b.Score * float64(len(qs)) / float64(m)
				if math.Abs(a.Score-want) > 1e-9*math.Max(1, want) {
					t.Fatalf("trial %d: score %g want %g", trial, a.Score, want)
				}
			}
			if b != nil && locs && len(a.FieldTermLocations) != len(b.FieldTermLocations) {
				t.Fatalf("trial %d: %d locations, disjunction %d", trial, len(a.FieldTermLocations), len(b.FieldTermLocations))
			}
			if r.Intn(2) == 0 {
				hold = append(hold, held{a, string(a.IndexInternalID)})
			} else {
				sctx.DocumentMatchPool.Put(a)
			}
			if b != nil {
				dctx.DocumentMatchPool.Put(b)
			}
			for _, h := range hold {
				if string(h.d.IndexInternalID) != h.id {
					t.Fatalf("trial %d: a match the caller holds was reused", trial)
				}
			}
			av := poolAvail(sp)
			seen := map[uintptr]bool{}
			for _, p := range av {
				if seen[p] {
					t.Fatalf("trial %d step %d: a match put twice in the pool", trial, step)
				}
				seen[p] = true
			}
			for _, h := range hold {
				if seen[reflect.ValueOf(h.d).Pointer()] {
					t.Fatalf("trial %d: a held match is in the pool", trial)
				}
			}
		}
		ss.Close()
		ds.Close()
	}
}

func revMatches(t *testing.T, ix *Index, reader index.IndexReader, qs []bquery.Query) []index.IndexInternalID {
	s := revSearcher(t, ix, reader, bleve.NewDisjunctionQuery(qs...), false, false)
	defer s.Close()
	ctx := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(10, 0)}
	var out []index.IndexInternalID
	for {
		d, err := s.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d == nil {
			return out
		}
		out = append(out, slices.Clone(d.IndexInternalID))
		ctx.DocumentMatchPool.Put(d)
	}
}
