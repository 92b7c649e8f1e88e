package search

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestScanWordsMatchesAnalyzer checks that the fast word scanner agrees
// with the index's folded analyzer on the fixture corpus and on tricky
// snippets.
func TestScanWordsMatchesAnalyzer(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	folded, _, err := analyzers(m)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"IOM’s Deputy Director, peoples’ ability; 10,000 US dollars and 2.5% – from 2% to 24%.",
		"e.g. U.S. speaker:hobbs R&D co-production Mirga-Wójtowicz Vătăjelu ﬁnancial ﬂows",
		"“quoted” (parenthesised) [bracketed] 'single' end. 1990s 3rd 42 per cent",
		"",
	}
	for _, p := range loadFixture(t).Passages {
		texts = append(texts, p.Text)
	}
	if b, err := os.ReadFile("../testdata/fixture-corpus.json"); err == nil {
		texts = append(texts, strings.Fields(string(b))...)
	}
	for _, text := range texts {
		var want []word
		for _, tok := range folded.Analyze([]byte(text)) {
			want = append(want, word{tok.Start, tok.End, string(tok.Term)})
		}
		got := scanWords(text, nil)
		if !slices.Equal(want, got) {
			t.Errorf("scanWords(%q):\n got %v\nwant %v", text, got, want)
		}
	}
}
