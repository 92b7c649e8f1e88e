package search

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/osce-tools/confsearch/text"
)

// TestScanWordsMatchesUnicodeTokenizer checks that the index's word
// scanner splits like bleve's unicode (UAX #29) tokenizer, folded, on the
// fixture corpus and on tricky snippets.
func TestScanWordsMatchesUnicodeTokenizer(t *testing.T) {
	ref := unicode.NewUnicodeTokenizer()
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
	for _, s := range texts {
		var want []word
		for _, tok := range ref.Tokenize([]byte(s)) {
			want = append(want, word{tok.Start, tok.End, text.Fold(string(tok.Term))})
		}
		got := scanWords(s, nil)
		if !slices.Equal(want, got) {
			t.Errorf("scanWords(%q):\n got %v\nwant %v", s, got, want)
		}
	}
}

func TestWordsTokenizer(t *testing.T) {
	toks := wordsTokenizer{}.Tokenize([]byte("Forced criminality, from 2% to 24,5%."))
	var got []string
	for _, tok := range toks {
		got = append(got, fmt.Sprintf("%s@%d:%d-%d/%d", tok.Term, tok.Position, tok.Start, tok.End, tok.Type))
	}
	want := []string{"Forced@1:0-6/0", "criminality@2:7-18/0", "from@3:20-24/0", "2@4:25-26/2", "to@5:28-30/0", "24,5@6:31-35/2"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens %v, want %v", got, want)
	}
}
