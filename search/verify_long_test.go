package search

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
)

// openLong opens an index of one short passage and one passage of about
// 2 MB that repeats a sentence, with a distinct sentence in its middle.
func openLong(t testing.TB) (*Index, string) {
	t.Helper()
	const sentence = "Jane Roe said that trafficking in persons must end. "
	n := 2 << 20 / len(sentence)
	long := strings.Repeat(sentence, n/2) + "The harbour of the northern city was closed for repairs in May. " + strings.Repeat(sentence, n/2)
	c := Corpus{Documents: []Document{{ID: "d", Title: "Long report"}}}
	c.Passages = []Passage{
		{ID: "p1", Doc: "d", Seq: 0, Page: 1, Kind: KindNarrative, Text: "Water quality is improving in the northern valleys."},
		{ID: "p2", Doc: "d", Seq: 1, Page: 1, Kind: KindNarrative, Text: long},
	}
	dir := t.TempDir()
	if _, err := Build(dir, c); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, long
}

// TestVerifyLongPassage: a quote is aligned with a window of a long
// passage, a few times the quote's length, around its best anchor: the
// cells of the alignment tables are bounded by the quote's length, not
// the passage's (2 MB here), and the verdicts are those of a short
// passage.
func TestVerifyLongPassage(t *testing.T) {
	ix, long := openLong(t)
	words := len(verifyWords(long, nil))
	tests := []struct {
		quote, verdict string
		diffs          int
	}{
		{"Jane Roe said that trafficking", VerdictExact, 0},
		{"the harbour of the northern city was closed for repairs", VerdictExact, 0},
		{"the harbour of the southern city was closed for repairs", VerdictAltered, 1},
		{"the harbour … was closed for repairs in May", VerdictExact, 0},
		{strings.Repeat("Jane Roe said that trafficking in persons must end. ", 90), VerdictExact, 0},
	}
	for _, tc := range tests {
		alignCells.Store(0)
		ms, err := ix.Verify(context.Background(), tc.quote, 5)
		if err != nil {
			t.Fatalf("Verify(%.40q): %v", tc.quote, err)
		}
		cells := alignCells.Load()
		q := parseQuote(tc.quote)
		// every candidate, maybe joined with a neighbour, twice when the
		// words inside quotation marks are checked too
		limit := int64(2*3*verifyCandidate) * int64(len(q.items)) * int64(max(windowMin, windowPerItem*len(q.items))+1)
		if cells > limit || cells >= int64(len(q.items))*int64(words) {
			t.Errorf("Verify(%.40q): %d alignment cells, want at most %d (the passage has %d words)", tc.quote, cells, limit, words)
		}
		if len(ms) == 0 || ms[0].Passage.ID != "p2" || ms[0].Verdict != tc.verdict || len(ms[0].Differences) != tc.diffs {
			var got string
			if len(ms) > 0 {
				got = fmt.Sprintf("%s %s %d differences %v", ms[0].Passage.ID, ms[0].Verdict, len(ms[0].Differences), ms[0].Differences)
			}
			t.Errorf("Verify(%.40q) = %s, want p2 %s with %d differences", tc.quote, got, tc.verdict, tc.diffs)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Verify(ctx, "Jane Roe said that trafficking", 5); !errors.Is(err, context.Canceled) {
		t.Errorf("Verify with a cancelled context: %v, want context.Canceled", err)
	}
	// the alignment itself stops
	q := parseQuote("Jane Roe said that trafficking in persons must end now")
	if _, err := alignCtx(ctx, q, long, verifyWords(long[:100000], nil)); !errors.Is(err, context.Canceled) {
		t.Errorf("alignCtx with a cancelled context: %v, want context.Canceled", err)
	}
}

// TestQuoteWindow: the window holds the quote's words and is bounded.
func TestQuoteWindow(t *testing.T) {
	text := strings.Repeat("alpha beta gamma delta. ", 3000) + "the harbour was closed " + strings.Repeat("alpha beta gamma delta. ", 3000)
	pw := verifyWords(text, nil)
	for _, quote := range []string{"the harbour was closed", "harbour", "alpha beta", "nothing of it"} {
		q := parseQuote(quote)
		lo, hi := q.window(pw)
		size := max(windowMin, windowPerItem*len(q.items))
		if hi-lo != size || lo < 0 || hi > len(pw) {
			t.Errorf("window(%q) = [%d, %d), want %d words of %d", quote, lo, hi, size, len(pw))
		}
		if strings.Contains(text, quote) && !strings.Contains(wordsText(text, pw[lo:hi]), quote) {
			t.Errorf("window(%q) = [%d, %d) leaves the quote out", quote, lo, hi)
		}
	}
	short := verifyWords("the harbour was closed", nil)
	if lo, hi := parseQuote("harbour").window(short); lo != 0 || hi != len(short) {
		t.Errorf("window of a short passage = [%d, %d), want all %d words", lo, hi, len(short))
	}
}

// TestSeqQuery: the phrase query matches the passages bleve's phrase
// query matches, with the same scores, alone and inside a disjunction.
func TestSeqQuery(t *testing.T) {
	ix := openFixture(t)
	phrases := [][]string{
		{"human", "trafficking"}, {"forced", "labour"}, {"the", "the"}, {"of", "the"},
		{"trafficking", "human"}, {"cathy", "zimmerman"}, {"xyzzy", "trafficking"},
		{"in", "the", "osce", "region"}, {"human"},
	}
	for _, ph := range phrases {
		for _, field := range []string{fieldExact, fieldSpeakerText} {
			want := bleve.NewPhraseQuery(ph, field)
			want.SetBoost(2)
			got := newSeqQuery(ph, field)
			got.SetBoost(2)
			other := termQuery(fieldExact, "migration", 1)
			for _, pair := range [][2]bquery.Query{{want, got}, {bleve.NewDisjunctionQuery(want, other), bleve.NewDisjunctionQuery(got, other)}} {
				run := func(q bquery.Query) map[string]float64 {
					req := bleve.NewSearchRequestOptions(q, 1000, 0, false)
					sr, err := ix.bleve.Search(req)
					if err != nil {
						t.Fatal(err)
					}
					out := map[string]float64{}
					for _, h := range sr.Hits {
						out[h.ID] = h.Score
					}
					return out
				}
				w, g := run(pair[0]), run(pair[1])
				if len(w) != len(g) {
					t.Errorf("%v in %s: %d passages, want %d", ph, field, len(g), len(w))
					continue
				}
				for id, s := range w {
					if gs, ok := g[id]; !ok || fmt.Sprintf("%.9f", gs) != fmt.Sprintf("%.9f", s) {
						t.Errorf("%v in %s: %s scores %v (found %v), want %v", ph, field, id, gs, ok, s)
					}
				}
			}
		}
	}
}

// TestQuoteWindowText: a long text is cut to a stretch around the quote's
// best anchor, of a bounded length, on character boundaries.
func TestQuoteWindowText(t *testing.T) {
	filler := strings.Repeat("Ærøskøbing alpha beta gamma delta. ", 30000)
	text := filler + "The harbour of Ærøskøbing was closed. " + filler
	for _, quote := range []string{"the harbour of Ærøskøbing was closed", "harbour … closed", "nothing of it"} {
		q := parseQuote(quote)
		off, sub := q.windowText(text)
		size := max(windowBytes, 16*len(q.text))
		if len(sub) > size+3 || len(sub) < size || text[off:off+len(sub)] != sub || !utf8.ValidString(sub) {
			t.Errorf("windowText(%q) = %d bytes at %d, want %d valid bytes of the text", quote, len(sub), off, size)
		}
		if quote != "nothing of it" && !strings.Contains(sub, "The harbour of Ærøskøbing was closed.") {
			t.Errorf("windowText(%q) leaves the quote out", quote)
		}
	}
	if off, sub := parseQuote("harbour").windowText("The harbour."); off != 0 || sub != "The harbour." {
		t.Errorf("windowText of a short text = %d %q, want all of it", off, sub)
	}
}

// BenchmarkVerifyLongPassage verifies a quote against a passage of 2 MB
// (bounded by the quote's length: 0.12 s per operation on 2 cores; the
// quadratic alignment and phrase search took more than 20 s).
func BenchmarkVerifyLongPassage(b *testing.B) {
	ix, _ := openLong(b)
	for b.Loop() {
		if _, err := ix.Verify(context.Background(), "the harbour of the southern city was closed for repairs", 5); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhraseLongPassage searches two words, which rank passages that
// hold them in sequence first, in a passage of 2 MB that repeats them
// (0.44 s per operation on 2 cores, linear in the passage).
func BenchmarkPhraseLongPassage(b *testing.B) {
	ix, _ := openLong(b)
	for b.Loop() {
		if _, err := ix.Search(context.Background(), Request{Query: "jane roe", Size: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
