package search

import (
	"unicode"
	"unicode/utf8"
)

// word is a word of a text found by scanWords: its byte range and its
// folded form.
type word struct {
	start, end int
	term       string
}

// scanWords splits text into folded words much faster than the index's
// unicode (UAX #29) tokenizer, and like it in what matters here: words are
// runs of letters, digits and marks, joined across an apostrophe, a period
// or a colon between letters ("o'clock", "e.g", "speaker:hobbs") and
// across a period, comma or semicolon between digits ("10,000", "2.5").
// Highlighting and quote verification use it; where it differs from the
// tokenizer (ideographs, some scripts) a word may go unmarked, nothing
// worse.
func scanWords(text string, buf []word) []word {
	out := buf[:0]
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
		out = append(out, word{start, i, fold(text[start:i])})
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_'
}
