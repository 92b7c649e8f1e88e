package search

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// word is a word of a text found by scanWords: its byte range and its
// folded form.
type word struct {
	start, end int
	term       string
}

// scanWords splits text into folded words as the index's analyzers do:
// words are runs of letters, digits and marks, joined across an
// apostrophe, a period or a colon between letters ("o'clock", "e.g",
// "speaker:roe") and across a period, comma, semicolon or apostrophe
// between digits ("10,000", "2.5"). This is what bleve's unicode (UAX #29)
// tokenizer does for the Latin-script text of the reports, at a fraction
// of the cost; unlike it, a run of ideographs is one word.
func scanWords(text string, buf []word) []word {
	out := buf[:0]
	scanSpans(text, func(start, end int) {
		out = append(out, word{start, end, fold(text[start:end])})
	})
	return out
}

// scanSpans calls emit with the byte range of each word of text, as
// scanWords splits them.
func scanSpans(text string, emit func(start, end int)) {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		prev := r
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				prev = r
				i += n
				continue
			}
			if i+n < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+n:])
				letters := unicode.IsLetter(prev) && unicode.IsLetter(next)
				digits := unicode.IsDigit(prev) && unicode.IsDigit(next)
				switch {
				case (r == '\'' || r == '’' || r == '.' || r == ':') && letters,
					(r == '.' || r == ',' || r == ';' || r == '\'' || r == '’') && digits:
					prev = next
					i += n
					continue
				}
			}
			break
		}
		emit(start, i)
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_'
}

// wordsTokenizerName is the bleve tokenizer splitting text like scanWords.
const wordsTokenizerName = "confsearch_words"

// wordsTokenizer is the index's tokenizer: scanSpans as a bleve tokenizer.
type wordsTokenizer struct{}

func (wordsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	text := string(input)
	out := make(analysis.TokenStream, 0, len(input)/6+1)
	toks := make([]analysis.Token, 0, len(input)/6+1)
	scanSpans(text, func(start, end int) {
		typ := analysis.Numeric
		for _, r := range text[start:end] {
			if !unicode.IsDigit(r) && r != '.' && r != ',' && r != ';' && r != '\'' && r != '’' {
				typ = analysis.AlphaNumeric
				break
			}
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
