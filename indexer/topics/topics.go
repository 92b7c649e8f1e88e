// Package topics tags passages with the topics of a taxonomy, each topic
// known by its cue phrases (corpus/taxonomy.json). Words are split and
// folded by package text and singularised by bleve's English plural
// stemmer, so a cue matches a word as the index would.
package topics

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"

	"github.com/osce-tools/confsearch/text"
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

// New returns the taxonomy of topics, which maps each topic label to
// its cue phrases. A cue is one or more words; a word ending in "*" matches
// any word it begins (at least three letters before the "*": "traffick*"
// matches "trafficked" and "trafficking"). Labels must be non-empty and
// distinct after trimming, and every topic needs a cue.
func New(topics map[string][]string) (Taxonomy, error) {
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

// tokenize splits s into folded, stemmed words (text.Words, text.Fold,
// without a possessive "'s") and sentence barriers (see Taxonomy.Tags).
// Format characters (soft hyphens, zero-width spaces) are dropped first,
// so that they do not split a word.
func tokenize(s string) []token {
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	var toks []token
	at := 0 // end of the previous word
	stems := stemmer{}
	text.EachWord(s, func(start, end int) {
		if n := len(toks); n > 0 && !toks[n-1].barrier && barrier(s[at:start]) {
			toks = append(toks, token{barrier: true})
		}
		at = end
		f := text.Fold(s[start:end])
		f = strings.TrimSuffix(f, "'s")
		if f == "" {
			return
		}
		toks = append(toks, token{fold: f, stem: stems.stem(f)})
	})
	return toks
}

// barrier reports whether the text between two words ends a sentence or
// clause: ".", "!", "?", ";" or ":" before white space.
func barrier(gap string) bool {
	for i, r := range gap {
		if strings.ContainsRune(".!?;:", r) {
			if next, _ := utf8.DecodeRuneInString(gap[i+1:]); unicode.IsSpace(next) {
				return true
			}
		}
	}
	return false
}

// stemmer singularises folded words with bleve's English plural stemmer,
// reusing one token.
type stemmer struct {
	tok analysis.Token
	ts  analysis.TokenStream
}

var plural = en.NewEnglishPluralStemmerFilter()

// stem returns the singular of a folded English word: an irregular
// plural's from the list, else what bleve's English plural stemmer makes
// of it ("victims" → "victim", "policies" → "policy", "businesses" →
// "business"). Words of three letters or fewer, words with other
// characters than letters a to z and the invariant words ending in "s"
// ("news", "aids") are their own stem.
func (st *stemmer) stem(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || invariant[w] || !isLetters(w) {
		return w
	}
	st.tok.Term = []byte(w)
	if st.ts == nil {
		st.ts = analysis.TokenStream{&st.tok}
	}
	return string(plural.Filter(st.ts)[0].Term)
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
