package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
)

// sumCorpus: passages holding some of a few words, in two fields.
func sumCorpus(t *testing.T) *Index {
	t.Helper()
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i, text := range []string{
		"The harbour budget was approved.",
		"The state budget was approved after the states agreed.",
		"The estate was sold.",
		"Nothing here matches.",
		"The harbour of the state.",
		"A stated aim of the harbour board.",
		"The budget, the budget and the budget.",
	} {
		c.Passages = append(c.Passages, Passage{ID: fmt.Sprint("p", i), Doc: "d", Seq: i, Kind: KindNarrative, Text: text})
	}
	return buildOpen(t, c)
}

// TestSumQueryIsDisjunctionWithoutCoord: a sumQuery matches what bleve's
// disjunction of the same queries matches, in the same order, and scores
// each match with the sum of its matching queries' scores, which is the
// disjunction's score without its coordination factor
// (matching/total queries). Inside a conjunction (which advances its
// searchers) it matches the same passages too.
func TestSumQueryIsDisjunctionWithoutCoord(t *testing.T) {
	ix := sumCorpus(t)
	tests := [][]string{
		{"exact:harbour", "exact:budget"},
		{"exact:state", "exact:states", "exact:stated", "exact:estate", "text:state"},
		{"exact:harbour", "exact:nosuchword"},
		{"exact:nosuchword"},
		{"text:budget", "exact:budget", "exact:harbour", "exact:approved"},
	}
	for _, terms := range tests {
		var qs []bquery.Query
		for _, ft := range terms {
			f, term, _ := strings.Cut(ft, ":")
			qs = append(qs, termQuery(f, term, 1))
		}
		sum := newSumQuery(qs...)
		disj := bleve.NewDisjunctionQuery(qs...)
		got := explained(t, ix, sum)
		want := explained(t, ix, disj)
		if !slices.Equal(ids(got), ids(want)) {
			t.Errorf("%v: sum matches %v, disjunction %v", terms, ids(got), ids(want))
			continue
		}
		for i, h := range got {
			matching := len(h.Expl.Children)
			var children float64
			for _, c := range h.Expl.Children {
				children += c.Value
			}
			if math.Abs(h.Score-children) > 1e-12 {
				t.Errorf("%v: %s scores %g, its queries %g", terms, h.ID, h.Score, children)
			}
			undone := want[i].Score * float64(len(qs)) / float64(matching)
			if math.Abs(h.Score-undone) > 1e-9*h.Score {
				t.Errorf("%v: %s scores %g, the disjunction without coord(%d/%d) %g", terms, h.ID, h.Score, matching, len(qs), undone)
			}
		}
		// advanced by a conjunction
		budget := termQuery(fieldText, "budget", 1)
		a := idsOf(t, ix, bleve.NewConjunctionQuery(budget, sum))
		b := idsOf(t, ix, bleve.NewConjunctionQuery(budget, disj))
		if !slices.Equal(a, b) {
			t.Errorf("%v and budget: sum matches %v, disjunction %v", terms, a, b)
		}
	}
}

type scored struct {
	ID    string
	Score float64
	Expl  *struct{ Children []struct{ Value float64 } }
}

// explained runs q (sorted by passage id) with explanations.
func explained(t *testing.T, ix *Index, q bquery.Query) []scored {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100, 0, true)
	req.SortBy([]string{"_id"})
	sr, err := ix.bleve.SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var out []scored
	for _, h := range sr.Hits {
		s := scored{ID: h.ID, Score: h.Score, Expl: &struct{ Children []struct{ Value float64 } }{}}
		if h.Expl != nil {
			// the sum's own explanation, or the disjunction's "sum of" under its coord
			e := h.Expl
			if e.Message == "product of:" && len(e.Children) == 2 {
				e = e.Children[0]
			}
			for _, c := range e.Children {
				s.Expl.Children = append(s.Expl.Children, struct{ Value float64 }{c.Value})
			}
		}
		out = append(out, s)
	}
	return out
}

func ids(hs []scored) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

func idsOf(t *testing.T, ix *Index, q bquery.Query) []string {
	return ids(explained(t, ix, q))
}

// TestCloseSpellingsDoNotDilute: a query word counts as much in a passage
// whatever close spellings of it the vocabulary holds. "state" has
// several ("slate", "estate", "skate", "stale") and "harbour" none: two passages
// of the same length, each holding one of the two words once, in as many
// passages, score the same. With bleve's disjunction over a word's ways
// of matching, "state" counted for half as much as "harbour".
func TestCloseSpellingsDoNotDilute(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i, text := range []string{
		"The state paid for it.",
		"The harbour paid for it.",
		"The slate met.",
		"The estate met.",
		"The skate met.",
		"The stale met.",
	} {
		c.Passages = append(c.Passages, Passage{ID: fmt.Sprint("p", i), Doc: "d", Seq: i, Kind: KindNarrative, Text: text})
	}
	ix := buildOpen(t, c)
	res, err := ix.Search(context.Background(), Request{Query: "state harbour", Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	score := map[string]float64{}
	for _, h := range res.Hits {
		score[h.ID] = h.Score
	}
	if score["p0"] == 0 || score["p1"] == 0 {
		t.Fatalf("hits %v: want p0 and p1", hitIDs(res))
	}
	if r := score["p0"] / score["p1"]; math.Abs(r-1) > 0.01 {
		t.Errorf("score of the passage with %q / with %q = %.3f, want 1", "state", "harbour", r)
	}
}
