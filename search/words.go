package search

import (
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/osce-tools/confsearch/text"
)

// word is a word of a text found by scanWords: its byte range and its
// folded form.
type word struct {
	start, end int
	term       string
}

// scanWords splits s into folded words as the index's analyzers do
// (text.EachWord, text.Fold).
func scanWords(s string, buf []word) []word {
	out := buf[:0]
	text.EachWord(s, func(start, end int) {
		out = append(out, word{start, end, text.Fold(s[start:end])})
	})
	return out
}

// wordsTokenizerName is the bleve tokenizer splitting text into words.
const wordsTokenizerName = "confsearch_words"

// wordsTokenizer is the index's tokenizer: text.EachWord as a bleve
// tokenizer.
type wordsTokenizer struct{}

func (wordsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	s := string(input)
	out := make(analysis.TokenStream, 0, len(input)/6+1)
	toks := make([]analysis.Token, 0, len(input)/6+1)
	text.EachWord(s, func(start, end int) {
		typ := analysis.AlphaNumeric
		if text.IsNumber(s[start:end]) {
			typ = analysis.Numeric
		}
		toks = append(toks, analysis.Token{
			Start: start, End: end, Term: input[start:end],
			Position: len(toks) + 1, Type: typ,
		})
	})
	for i := range toks {
		out = append(out, &toks[i])
	}
	return out
}
