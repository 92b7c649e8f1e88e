package text

import (
	"unicode"
	"unicode/utf8"
)

// Span is the byte range s[Start:End] of a word or token of a text s.
type Span struct{ Start, End int }

// Words appends the spans of the words of s to buf and returns it. Words
// are runs of letters, digits, marks and "_", joined across an
// apostrophe, a period or a colon between letters ("o'clock", "e.g",
// "speaker:roe") and across a period, comma, semicolon or apostrophe
// between digits ("10,000", "2.5"). This is what the word boundaries of
// Unicode (UAX #29) give the Latin-script text of the reports, at a
// fraction of the cost; unlike them, a run of ideographs is one word.
// Everything else (white space, hyphens, other punctuation) separates
// words. The index's tokenizer is Words.
func Words(s string, buf []Span) []Span {
	out := buf[:0]
	EachWord(s, func(start, end int) { out = append(out, Span{start, end}) })
	return out
}

// EachWord calls emit with the byte range of each word of s, as Words
// splits them, without allocating.
func EachWord(s string, emit func(start, end int)) {
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !IsWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		prev := r
		for i < len(s) {
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if IsWordRune(r) {
				prev = r
				i += n
				continue
			}
			if i+n < len(s) && isInfix(r) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
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

// isInfix reports whether r may join two words into one (see Words).
func isInfix(r rune) bool {
	switch r {
	case '\'', '’', '.', ':', ',', ';':
		return true
	}
	return false
}

// IsWordRune reports whether r is part of a word: a letter, a digit, a
// combining mark or "_".
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsNumber reports whether the word w is a number: digits and the marks
// Words joins between digits ("10,000", "2.5").
func IsNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' && r != ';' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// Token is a word or a punctuation mark of a text, as Tokens splits it.
type Token struct {
	Span
	// Word: the token is a word (else a single punctuation mark or
	// symbol).
	Word bool
}

// Tokens splits s into words and single punctuation marks, skipping white
// space: the tokens of a sentence for a parser. Words are those of Words,
// also joined across a hyphen between two of them ("Ndiaye-Martin",
// "co-operation"), so that a hyphenated name is one token.
func Tokens(s string) []Token {
	var out []Token
	at := 0 // end of the last token
	punct := func(end int) {
		for i := at; i < end; {
			r, n := utf8.DecodeRuneInString(s[i:end])
			if !unicode.IsSpace(r) {
				out = append(out, Token{Span: Span{i, i + n}})
			}
			i += n
		}
	}
	EachWord(s, func(start, end int) {
		if n := len(out); n > 0 && out[n-1].Word && out[n-1].End == start-1 && s[start-1] == '-' {
			out[n-1].End = end
			at = end
			return
		}
		punct(start)
		out = append(out, Token{Span: Span{start, end}, Word: true})
		at = end
	})
	punct(len(s))
	return out
}

// EachPart calls emit with the byte range of each part of the word w when
// w is a compound of the kind code and product names make: parts joined
// by a period, a colon or "_" between letters ("tomllib.dumps",
// "free_threading"), or written in camel case ("PanicException",
// "HTTPServer"). Parts shorter than two letters and numbers are left out,
// and a word that does not split calls emit never. The index adds the
// parts beside the word, as Lucene's word delimiter filter does with
// preserve_original, so "exception" finds "PanicException".
func EachPart(w string, emit func(start, end int)) {
	var parts [8]Span
	n := 0
	start := 0
	var prev, prev2 rune
	flush := func(end int) {
		if end > start && n < len(parts) {
			parts[n] = Span{start, end}
			n++
		}
	}
	for i, r := range w {
		switch {
		case r == '.' || r == ':' || r == '_':
			flush(i)
			start = i + utf8.RuneLen(r)
			prev, prev2 = 0, 0
			continue
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush(i)
			start = i
		case unicode.IsLower(r) && unicode.IsUpper(prev) && unicode.IsUpper(prev2) && lowerNext(w[i+utf8.RuneLen(r):]):
			// "HTTPServer": the last capital begins the next part (not
			// "PDFs", "NGOs": a plural's one letter)
			at := i - utf8.RuneLen(prev)
			flush(at)
			start = at
		}
		prev2, prev = prev, r
	}
	flush(len(w))
	if n < 2 {
		return
	}
	for _, p := range parts[:n] {
		part := w[p.Start:p.End]
		if utf8.RuneCountInString(part) < 2 || IsNumber(part) {
			continue
		}
		emit(p.Start, p.End)
	}
}

// lowerNext reports whether s begins with a lower-case letter.
func lowerNext(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
