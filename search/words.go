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
// tokenizer, with the parts of compound words (text.EachPart) at the
// position of the word they are part of, so a phrase still sees one word.
type wordsTokenizer struct{}

func (wordsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	s := string(input)
	out := make(analysis.TokenStream, 0, len(input)/6+1)
	toks := make([]analysis.Token, 0, len(input)/6+1)
	pos := 0
	text.EachWord(s, func(start, end int) {
		typ := analysis.AlphaNumeric
		if text.IsNumber(s[start:end]) {
			typ = analysis.Numeric
		}
		pos++
		toks = append(toks, analysis.Token{
			Start: start, End: end, Term: input[start:end],
			Position: pos, Type: typ,
		})
		text.EachPart(s[start:end], func(ps, pe int) {
			toks = append(toks, analysis.Token{
				Start: start + ps, End: start + pe, Term: input[start+ps : start+pe],
				Position: pos, Type: analysis.AlphaNumeric,
			})
		})
	})
	for i := range toks {
		out = append(out, &toks[i])
	}
	return out
}
