package manifest

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Taxonomy tags text with topics, each known by its cue phrases. The zero
// Taxonomy has no topics. A Taxonomy is immutable and safe for concurrent
// use.
type Taxonomy struct {
	labels []string // sorted
	// exact holds the cues whose first word matches exactly, by that
	// word's stem; prefixed those whose first word is a prefix, by the
	// prefix's first three bytes.
	exact    map[string][]cue
	prefixed map[string][]cue
}

// cue is one cue phrase of the topic labels[topic].
type cue struct {
	topic int
	words []cueWord
}

// cueWord is a word of a cue: a stem to match exactly, or a prefix.
type cueWord struct {
	s      string
	prefix bool
}

// minPrefix is the shortest prefix a cue may end a word with "*".
const minPrefix = 3

// LoadTaxonomy reads a taxonomy file: a JSON object mapping each topic label
// to its list of cue phrases (see NewTaxonomy). Errors name the file.
func LoadTaxonomy(path string) (Taxonomy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Taxonomy{}, fmt.Errorf("read taxonomy: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var topics map[string][]string
	if err := decodeStrict(data, &topics); err != nil {
		return Taxonomy{}, fmt.Errorf("read taxonomy %s: %w", position(path, data, err), err)
	}
	t, err := NewTaxonomy(topics)
	if err != nil {
		return Taxonomy{}, fmt.Errorf("read taxonomy %s: %w", path, err)
	}
	return t, nil
}

// NewTaxonomy returns the taxonomy of topics, which maps each topic label to
// its cue phrases. A cue is one or more words; a word ending in "*" matches
// any word it begins (at least three letters before the "*": "traffick*"
// matches "trafficked" and "trafficking"). Labels must be non-empty and
// distinct after trimming, and every topic needs a cue.
func NewTaxonomy(topics map[string][]string) (Taxonomy, error) {
	t := Taxonomy{exact: map[string][]cue{}, prefixed: map[string][]cue{}}
	for label := range topics {
		l := strings.TrimSpace(label)
		if l == "" {
			return Taxonomy{}, fmt.Errorf("empty topic label")
		}
		t.labels = append(t.labels, l)
	}
	slices.Sort(t.labels)
	for i := 1; i < len(t.labels); i++ {
		if t.labels[i] == t.labels[i-1] {
			return Taxonomy{}, fmt.Errorf("topic %q given twice", t.labels[i])
		}
	}
	for label, phrases := range topics {
		topic, _ := slices.BinarySearch(t.labels, strings.TrimSpace(label))
		if len(phrases) == 0 {
			return Taxonomy{}, fmt.Errorf("topic %q has no cues", label)
		}
		for _, p := range phrases {
			words, err := parseCue(p)
			if err != nil {
				return Taxonomy{}, fmt.Errorf("topic %q: %w", label, err)
			}
			c := cue{topic: topic, words: words}
			if w := words[0]; w.prefix {
				t.prefixed[w.s[:minPrefix]] = append(t.prefixed[w.s[:minPrefix]], c)
			} else {
				t.exact[w.s] = append(t.exact[w.s], c)
			}
		}
	}
	return t, nil
}

// parseCue splits a cue phrase into words.
func parseCue(phrase string) ([]cueWord, error) {
	var words []cueWord
	for _, field := range strings.Fields(phrase) {
		stem, prefix := strings.CutSuffix(field, "*")
		if strings.Contains(stem, "*") {
			return nil, fmt.Errorf("cue %q: \"*\" only ends a word", phrase)
		}
		toks := tokenize(stem)
		for i, tk := range toks {
			if tk.barrier {
				continue
			}
			if prefix && i == len(toks)-1 {
				if len(tk.fold) < minPrefix {
					return nil, fmt.Errorf("cue %q: prefix %q shorter than %d letters", phrase, tk.fold, minPrefix)
				}
				words = append(words, cueWord{s: tk.fold, prefix: true})
				continue
			}
			words = append(words, cueWord{s: tk.stem})
		}
		if prefix && (len(toks) == 0 || toks[len(toks)-1].barrier) {
			return nil, fmt.Errorf("cue %q: \"*\" does not end a word", phrase)
		}
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("cue %q has no words", phrase)
	}
	return words, nil
}

// Topics returns the topic labels, sorted.
func (t Taxonomy) Topics() []string { return slices.Clone(t.labels) }

// Tags returns the labels of the topics one of whose cues occurs in text,
// sorted and without duplicates; nil if none does.
//
// Matching is by whole words, in order and adjacent, so "child labour"
// matches "child labour" and "Child-labour" but not "children and labour";
// a sentence end (".", "!", "?", ";" or ":" before a space) breaks a phrase.
// Case, accents, ligatures, soft hyphens, zero-width spaces and
// typographic apostrophes do not matter, nor do a possessive "'s", regular
// English plurals ("victims", "policies", "businesses") and a few irregular
// ones ("children", "women", "men", "people"): a plural matches its
// singular, in text and in cues alike. Other inflections need a prefix cue
// ("traffick*").
func (t Taxonomy) Tags(text string) []string {
	if len(t.labels) == 0 {
		return nil
	}
	toks := tokenize(text)
	found := make([]bool, len(t.labels))
	n := 0
	for i, tk := range toks {
		if tk.barrier {
			continue
		}
		try := func(cues []cue) {
			for _, c := range cues {
				if !found[c.topic] && matchAt(c.words, toks[i:]) {
					found[c.topic] = true
					n++
				}
			}
		}
		try(t.exact[tk.stem])
		if len(tk.fold) >= minPrefix {
			try(t.prefixed[tk.fold[:minPrefix]])
		}
		if n == len(t.labels) {
			break
		}
	}
	if n == 0 {
		return nil
	}
	tags := make([]string, 0, n)
	for i, ok := range found {
		if ok {
			tags = append(tags, t.labels[i])
		}
	}
	return tags
}

// matchAt reports whether words match the first tokens of toks.
func matchAt(words []cueWord, toks []token) bool {
	if len(words) > len(toks) {
		return false
	}
	for j, w := range words {
		tk := toks[j]
		switch {
		case tk.barrier:
			return false
		case w.prefix && !strings.HasPrefix(tk.fold, w.s):
			return false
		case !w.prefix && tk.stem != w.s:
			return false
		}
	}
	return true
}

// token is a word of text, folded and stemmed, or a sentence barrier.
type token struct {
	fold, stem string
	barrier    bool
}

// tokenize splits s into folded, stemmed words and sentence barriers (see
// Taxonomy.Tags).
func tokenize(s string) []token {
	var toks []token
	var word []rune
	end := func() {
		if len(word) > 0 {
			f := string(word)
			toks = append(toks, token{fold: f, stem: stem(f)})
			word = word[:0]
		}
	}
	rs := []rune(norm.NFKD.String(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
			// A combining accent, soft hyphen or zero-width space: dropped.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = appendFolded(word, r)
		case isApostrophe(r) && len(word) > 0 && i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') &&
			(i+2 == len(rs) || !unicode.IsLetter(rs[i+2]) && !unicode.IsDigit(rs[i+2])):
			i++ // a possessive 's: dropped
		case strings.ContainsRune(".!?;:", r) && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])):
			end()
			if n := len(toks); n > 0 && !toks[n-1].barrier {
				toks = append(toks, token{barrier: true})
			}
		default:
			end()
		}
	}
	end()
	return toks
}

// isApostrophe reports whether r is an apostrophe or a right single quote.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘'
}

// appendFolded appends r lower-cased, with the letters that carry no
// decomposable accent spelt out ("ø" as "o", "ß" as "ss").
func appendFolded(word []rune, r rune) []rune {
	switch r = unicode.ToLower(r); r {
	case 'ø':
		return append(word, 'o')
	case 'đ':
		return append(word, 'd')
	case 'ł':
		return append(word, 'l')
	case 'ı':
		return append(word, 'i')
	case 'æ':
		return append(word, 'a', 'e')
	case 'œ':
		return append(word, 'o', 'e')
	case 'ß':
		return append(word, 's', 's')
	}
	return append(word, r)
}

// irregular returns the singular of an irregular plural, or "".
func irregular(w string) string {
	switch w {
	case "children":
		return "child"
	case "women":
		return "woman"
	case "men":
		return "man"
	case "people":
		return "person"
	}
	return ""
}

// notPlural reports whether w ends in "s" without being a plural.
func notPlural(w string) bool {
	switch w {
	case "news", "series", "species", "means", "perhaps", "always", "across",
		"various", "whereas", "lens", "bias", "atlas", "alias", "canvas",
		"chaos", "ethos", "kudos", "aids":
		return true
	}
	return false
}

// stem returns the singular of a folded English word if it looks like a
// regular or listed irregular plural, else the word.
func stem(w string) string {
	if s := irregular(w); s != "" {
		return s
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || notPlural(w) || !isLetters(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w // "business", "status", "analysis"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y" // "policies"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2] // "businesses", "approaches"
	}
	return w[:len(w)-1]
}

// isLetters reports whether w is all letters a to z.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
