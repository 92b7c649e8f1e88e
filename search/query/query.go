// Package query parses a user's search query into the words, phrases
// and exclusions that package search turns into an index query: the
// syntax (quotes, minus, NOT), its limits, and the analysis of each
// unit with the index's analyzers.
package query

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Limits of a query.
const (
	// MaxLen bounds a query's length in bytes.
	MaxLen = 1000
	// MaxTerms bounds the distinct words, phrase words and excluded words
	// of a query.
	MaxTerms = 64
)

// ErrBadQuery marks a query the user must fix; package search's
// ErrBadQuery is this error.
var ErrBadQuery = errors.New("bad query")

// Query is a user's query after parsing and analysis. All terms are
// folded tokens of the exact field.
type Query struct {
	// Words are the plain words, without duplicates, in query order.
	Words []Word
	// Seq is the plain words' tokens in query order, duplicates and stop
	// words included (at most MaxTerms): a passage containing them in
	// sequence ranks higher.
	Seq []string
	// Phrases must each occur, word for word ("exact phrases"; a quoted
	// single word is matched unstemmed).
	Phrases [][]string
	// Excludes must not occur: one token is a word, more are a phrase.
	Excludes [][]string
	// Last is the folded last token of the query when the query ends
	// with a plain word (its last rune a letter or digit): the word a
	// user may still be typing; "" otherwise.
	Last string
}

// Word is a plain word of a query.
type Word struct {
	Exact string // folded token, as in the exact field
	Stem  string // English stem as in the text field; "" for a stop word
	// Prefix: the word is being typed and also matches the words it
	// begins (see Request.Prefix).
	Prefix bool
}

// MarkPrefix marks the plain word the query ends with as being typed
// (Word.Prefix) when it has at least minLen runes and is no stop word.
func (q *Query) MarkPrefix(minLen int) {
	if utf8.RuneCountInString(q.Last) < minLen {
		return
	}
	for i := range q.Words {
		if q.Words[i].Exact == q.Last && q.Words[i].Stem != "" {
			q.Words[i].Prefix = true
		}
	}
}

// Empty reports whether q has nothing to search for, not even exclusions.
func (q *Query) Empty() bool {
	return len(q.Words) == 0 && len(q.Phrases) == 0 && len(q.Excludes) == 0
}

// Positive reports whether q has words or phrases (not only exclusions).
func (q *Query) Positive() bool {
	return len(q.Words) > 0 || len(q.Phrases) > 0
}

// String describes q for tests and debugging.
func (q *Query) String() string {
	var b strings.Builder
	for _, w := range q.Words {
		fmt.Fprintf(&b, "word(%s|%s) ", w.Exact, w.Stem)
	}
	for _, p := range q.Phrases {
		fmt.Fprintf(&b, "phrase(%s) ", strings.Join(p, " "))
	}
	for _, p := range q.Excludes {
		fmt.Fprintf(&b, "not(%s) ", strings.Join(p, " "))
	}
	return strings.TrimSpace(b.String())
}

// isQuote reports whether r opens or closes a phrase.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '＂':
		return true
	}
	return false
}

func isMinus(r rune) bool { return r == '-' || r == '−' || r == '–' }

func isSpace(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// Parse parses a user's query. The syntax is forgiving: plain words,
// "quoted phrases" and -exclusions (-word, -"phrase"; NOT word); AND, OR
// and a lone "-" or "+" are ignored; an unbalanced quote is dropped and its
// words read as plain words. Nothing else is an operator: "*", "?", "/",
// parentheses and other punctuation are separators like in the text, so no
// input can trigger wildcard or regexp expansion. An invalid query (too
// long, invalid UTF-8, only punctuation, too many words) yields an error
// wrapping ErrBadQuery that says what to fix.
func Parse(q string, folded, english analysis.Analyzer) (*Query, error) {
	if len(q) > MaxLen {
		return nil, fmt.Errorf("%w: the query is %d bytes long; shorten it to at most %d", ErrBadQuery, len(q), MaxLen)
	}
	if !utf8.ValidString(q) {
		return nil, fmt.Errorf("%w: the query is not valid UTF-8 text", ErrBadQuery)
	}
	pq := &Query{}
	seen := map[string]bool{}
	nterms := 0
	add := func(text string, neg, phrase bool) {
		toks := Analyze(folded, text)
		pq.Last = ""
		if len(toks) == 0 {
			return
		}
		if !neg && !phrase {
			pq.Last = toks[len(toks)-1]
		}
		switch {
		case neg:
			nterms += len(toks)
			pq.Excludes = append(pq.Excludes, toks)
		case phrase:
			nterms += len(toks)
			pq.Phrases = append(pq.Phrases, toks)
		default:
			if len(pq.Seq) < MaxTerms {
				pq.Seq = append(pq.Seq, toks[:min(len(toks), MaxTerms-len(pq.Seq))]...)
			}
			for _, t := range toks {
				if seen[t] {
					continue
				}
				seen[t] = true
				nterms++
				w := Word{Exact: t}
				if st := Analyze(english, t); len(st) > 0 {
					w.Stem = st[0]
				}
				pq.Words = append(pq.Words, w)
			}
		}
	}

	rs := []rune(q)
	neg := false // the next unit is excluded (after "-" or NOT)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isSpace(r):
			i++
			continue
		case isMinus(r) || r == '+':
			if i+1 < len(rs) && !isSpace(rs[i+1]) && !isMinus(rs[i+1]) && rs[i+1] != '+' {
				neg = neg || isMinus(r)
			}
			i++
			continue
		case isQuote(r):
			end := -1
			for j := i + 1; j < len(rs); j++ {
				if isQuote(rs[j]) {
					end = j
					break
				}
			}
			if end < 0 { // unbalanced: read the rest as plain words
				i++
				continue
			}
			add(string(rs[i+1:end]), neg, true)
			neg = false
			i = end + 1
			continue
		}
		j := i
		for j < len(rs) && !isSpace(rs[j]) && !isQuote(rs[j]) {
			j++
		}
		word := string(rs[i:j])
		i = j
		switch word {
		case "AND", "OR", "&&", "||":
			continue
		case "NOT":
			neg = true
			pq.Last = ""
			continue
		}
		add(word, neg, false)
		neg = false
	}
	if last, _ := utf8.DecodeLastRuneInString(q); !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		pq.Last = "" // a space, quotation mark or punctuation ends the word
	}
	if nterms > MaxTerms {
		return nil, fmt.Errorf("%w: the query has %d words; use at most %d", ErrBadQuery, nterms, MaxTerms)
	}
	if pq.Empty() && strings.TrimSpace(q) != "" {
		return nil, fmt.Errorf("%w: the query %q has no words to search for; type a word or a \"phrase\", or use filters only", ErrBadQuery, truncate(q, 40))
	}
	return pq, nil
}

// Analyze returns the terms a analyzes text into, one per position: the
// parts the index adds beside a compound word ("tomllib.dumps") are not
// words of a query, which asks for what was typed.
func Analyze(a analysis.Analyzer, text string) []string {
	ts := a.Analyze([]byte(text))
	if len(ts) == 0 {
		return nil
	}
	out := make([]string, 0, len(ts))
	last := -1
	for _, t := range ts {
		if t.Position == last {
			continue
		}
		last = t.Position
		if len(t.Term) > 0 {
			out = append(out, string(t.Term))
		}
	}
	return out
}

// Fuzziness returns the edit distance a plain word may be misspelt by:
// none for short words and numbers, 1 from 4 letters, 2 from 8.
func Fuzziness(w string) int {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return 0
		}
		n++
	}
	switch {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// truncate shortens s to at most n runes, adding "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
