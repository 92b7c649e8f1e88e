package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/text"
)

// fold lowers s and strips diacritics (text.Fold).
func fold(s string) string { return text.Fold(s) }

// token is a word of a sentence with its byte offsets.
type token struct {
	text       string // as written
	f          string // folded, without possessive 's
	start, end int
}

// tokenize splits s into words and single punctuation marks (text.Tokens).
func tokenize(s string) []token {
	var out []token
	for _, t := range text.Tokens(s) {
		w := s[t.Start:t.End]
		f := w
		if t.Word {
			f = strings.TrimSuffix(text.Fold(w), "'s")
		}
		out = append(out, token{text: w, f: f, start: t.Start, end: t.End})
	}
	return out
}

func isCapitalized(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || r == 'd' && elidedName(s)
	}
	return false
}

// abbreviations that end with a dot without ending a sentence.
var abbreviations = map[string]bool{
	"dr": true, "mr": true, "ms": true, "mrs": true, "prof": true, "st": true, "no": true,
	"e.g": true, "i.e": true, "etc": true, "vs": true, "u.s": true, "u.k": true, "u.n": true, "h.e": true,
	"jr": true, "sr": true, "gen": true, "rep": true, "sen": true, "gov": true, "amb": true,
	"hon": true, "rt": true, "rev": true, "fr": true, "cllr": true, "col": true, "capt": true, "lt": true, "sgt": true, "maj": true,
	"pres": true, "supt": true, "insp": true,
}

// sentences splits text into sentences, returning their byte ranges. A
// sentence ends at . ! or ? (possibly followed by closing quotes or
// brackets) before white space and an upper-case letter, a digit or an
// opening quote — not after a known abbreviation or a single initial.
func sentences(text string) [][2]int {
	var out [][2]int
	start := 0
	// runes and their byte offsets (an invalid byte is one rune of one
	// byte, as range reads it)
	var runes []rune
	var offs []int
	for i, r := range text {
		runes = append(runes, r)
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(runes) && strings.ContainsRune(`"”’')]`, runes[j]) {
			j++
		}
		if j > i+1 && j+1 < len(runes) && unicode.IsUpper(runes[j]) && unicode.IsLower(runes[j+1]) {
			// a closing quotation mark glued to the next sentence:
			// "… coordination.”Closing the session, …"
			out = append(out, [2]int{offs[start], offs[j]})
			start = j
			i = j - 1
			continue
		}
		if j >= len(runes) || !unicode.IsSpace(runes[j]) {
			continue
		}
		k := j
		for k < len(runes) && unicode.IsSpace(runes[k]) {
			k++
		}
		if k >= len(runes) {
			continue
		}
		// a handle opens a sentence too: "… manually. @jroe said" (rule handleName)
		handle := runes[k] == '@' && k+1 < len(runes) && unicode.IsLetter(runes[k+1])
		if n := runes[k]; !(unicode.IsUpper(n) || unicode.IsDigit(n) || strings.ContainsRune(`"“‘(`, n) || handle) {
			continue
		}
		if r == '.' {
			// the word before the dot
			w := i
			for w > 0 && (unicode.IsLetter(runes[w-1]) || runes[w-1] == '.') {
				w--
			}
			word := strings.ToLower(string(runes[w:i]))
			if abbreviations[word] || len([]rune(word)) == 1 && unicode.IsUpper(runes[w]) {
				continue
			}
		}
		out = append(out, [2]int{offs[start], offs[j]})
		start = k
		i = k - 1
	}
	if offs[start] < len(text) {
		out = append(out, [2]int{offs[start], len(text)})
	}
	return out
}

// similarName reports whether a text token may be a spelling of a name
// token: equal when folded, or within an edit distance that grows with
// the length (none under 5 letters, 1 from 5, 2 from 8, 3 from 13).
func similarName(word, name string) bool {
	if word == name {
		return true
	}
	n := len([]rune(name))
	allowed := 0
	switch {
	case n >= 13:
		allowed = 3
	case n >= 8:
		allowed = 2
	case n >= 5:
		allowed = 1
	}
	if allowed == 0 {
		return false
	}
	d := len([]rune(word)) - n
	if d > allowed || -d > allowed {
		return false
	}
	return text.Distance([]rune(word), []rune(name), allowed, nil) <= allowed
}

// Slug makes an id from a name: diacritics folded, lower case, runs of
// other characters turned into one dash ("Antonín Dvořák" → "antonin-dvorak").
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// prettyHeading turns an all-capitals heading into sentence case, keeping
// words that the document writes in capitals elsewhere (acronyms).
// Words the document capitalises inside sentences (proper names) keep
// their capital.
func prettyHeading(s string, acronyms, proper map[string]bool) string {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 || upper*10 < letters*9 {
		return s
	}
	words := strings.Fields(s)
	first := true
	for i, w := range words {
		core := strings.Trim(w, `:,.;!?()"“”`)
		if acronyms[core] {
			first = false
			continue
		}
		lw := []rune(strings.ToLower(w))
		if first || proper[capitalizeFirst(strings.ToLower(core))] {
			for k, r := range lw {
				if unicode.IsLetter(r) {
					lw[k] = unicode.ToUpper(r)
					break
				}
			}
		}
		words[i] = string(lw)
		first = strings.HasSuffix(w, ":")
	}
	return strings.Join(words, " ")
}

// Sentences returns the byte ranges of text's sentences as attribution
// splits them (see sentences), for tools that compare splitters.
func Sentences(text string) [][2]int { return sentences(text) }

// wordCounter counts the words (strings.Fields) of the prefixes of one
// text, reading each byte once while the prefixes asked for grow:
// before(i) == len(strings.Fields(text[:i])).
type wordCounter struct {
	text      string
	pos, n    int  // the words of text[:pos] are n
	prevSpace bool // text[:pos] ends with a space (or is empty)
}

func newWordCounter(text string) *wordCounter {
	return &wordCounter{text: text, prevSpace: true}
}

func (w *wordCounter) before(i int) int {
	if i < w.pos {
		w.pos, w.n, w.prevSpace = 0, 0, true
	}
	for w.pos < i {
		r, size := utf8.DecodeRuneInString(w.text[w.pos:])
		if w.pos+size > i {
			// i cuts a character: count that prefix on its own
			return len(strings.Fields(w.text[:i]))
		}
		space := unicode.IsSpace(r)
		if !space && w.prevSpace {
			w.n++
		}
		w.prevSpace = space
		w.pos += size
	}
	return w.n
}
