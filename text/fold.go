package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns s lower-cased, without combining marks, and with the
// letters, ligatures and punctuation that have an ASCII spelling spelt in
// ASCII, as Lucene's ASCII folding does: "Dvořák" → "dvorak", "Æsir" →
// "aesir", "ﬁnancial" → "financial", "Straße" → "strasse", "’" → "'".
// Other letters (Greek, Cyrillic, ideographs) are only lower-cased.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldSlow(s)
		}
		if 'A' <= c && c <= 'Z' {
			return foldSlow(s)
		}
	}
	return s
}

// FoldBytes folds b like Fold. ASCII input is lower-cased in place and
// returned; other input is returned in a new slice.
func FoldBytes(b []byte) []byte {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return []byte(foldSlow(string(b)))
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

func foldSlow(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteByte(byte(r))
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		}
		r = unicode.ToLower(r)
		if a, ok := asciiFold[r]; ok {
			sb.WriteString(a)
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
