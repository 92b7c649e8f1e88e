package search

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// maxTerms bounds the distinct words, phrase words and excluded words of a
// query.
const maxTerms = 64

// parsedQuery is a user's query after parsing and analysis. All terms are
// folded tokens of the exact field.
type parsedQuery struct {
	// words are the plain words, without duplicates, in query order.
	words []queryWord
	// seq is the plain words' tokens in query order, duplicates and stop
	// words included (at most maxTerms): a passage containing them in
	// sequence ranks higher.
	seq []string
	// phrases must each occur, word for word ("exact phrases"; a quoted
	// single word is matched unstemmed).
	phrases [][]string
	// excludes must not occur: one token is a word, more are a phrase.
	excludes [][]string
	// last is the folded last token of the query when the query ends
	// with a plain word (its last rune a letter or digit): the word a
	// user may still be typing; "" otherwise.
	last string
}

// queryWord is a plain word of a query.
type queryWord struct {
	exact string // folded token, as in the exact field
	stem  string // English stem as in the text field; "" for a stop word
	// prefix: the word is being typed and also matches the words it
	// begins (see Request.Prefix).
	prefix bool
}

// empty reports whether q has nothing to search for, not even exclusions.
func (q *parsedQuery) empty() bool {
	return len(q.words) == 0 && len(q.phrases) == 0 && len(q.excludes) == 0
}

// positive reports whether q has words or phrases (not only exclusions).
func (q *parsedQuery) positive() bool {
	return len(q.words) > 0 || len(q.phrases) > 0
}

// String describes q for tests and debugging.
func (q *parsedQuery) String() string {
	var b strings.Builder
	for _, w := range q.words {
		fmt.Fprintf(&b, "word(%s|%s) ", w.exact, w.stem)
	}
	for _, p := range q.phrases {
		fmt.Fprintf(&b, "phrase(%s) ", strings.Join(p, " "))
	}
	for _, p := range q.excludes {
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

// parseQuery parses a user's query. The syntax is forgiving: plain words,
// "quoted phrases" and -exclusions (-word, -"phrase"; NOT word); AND, OR
// and a lone "-" or "+" are ignored; an unbalanced quote is dropped and its
// words read as plain words. Nothing else is an operator: "*", "?", "/",
// parentheses and other punctuation are separators like in the text, so no
// input can trigger wildcard or regexp expansion. An invalid query (too
// long, invalid UTF-8, only punctuation, too many words) yields an error
// wrapping ErrBadQuery that says what to fix.
func parseQuery(q string, folded, english analysis.Analyzer) (*parsedQuery, error) {
	if len(q) > MaxQueryLen {
		return nil, fmt.Errorf("%w: the query is %d bytes long; shorten it to at most %d", ErrBadQuery, len(q), MaxQueryLen)
	}
	if !utf8.ValidString(q) {
		return nil, fmt.Errorf("%w: the query is not valid UTF-8 text", ErrBadQuery)
	}
	pq := &parsedQuery{}
	seen := map[string]bool{}
	nterms := 0
	add := func(text string, neg, phrase bool) {
		toks := analyze(folded, text)
		pq.last = ""
		if len(toks) == 0 {
			return
		}
		if !neg && !phrase {
			pq.last = toks[len(toks)-1]
		}
		switch {
		case neg:
			nterms += len(toks)
			pq.excludes = append(pq.excludes, toks)
		case phrase:
			nterms += len(toks)
			pq.phrases = append(pq.phrases, toks)
		default:
			if len(pq.seq) < maxTerms {
				pq.seq = append(pq.seq, toks[:min(len(toks), maxTerms-len(pq.seq))]...)
			}
			for _, t := range toks {
				if seen[t] {
					continue
				}
				seen[t] = true
				nterms++
				w := queryWord{exact: t}
				if st := analyze(english, t); len(st) > 0 {
					w.stem = st[0]
				}
				pq.words = append(pq.words, w)
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
			pq.last = ""
			continue
		}
		add(word, neg, false)
		neg = false
	}
	if last, _ := utf8.DecodeLastRuneInString(q); !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		pq.last = "" // a space, quotation mark or punctuation ends the word
	}
	if nterms > maxTerms {
		return nil, fmt.Errorf("%w: the query has %d words; use at most %d", ErrBadQuery, nterms, maxTerms)
	}
	if pq.empty() && strings.TrimSpace(q) != "" {
		return nil, fmt.Errorf("%w: the query %q has no words to search for; type a word or a \"phrase\", or use filters only", ErrBadQuery, truncate(q, 40))
	}
	return pq, nil
}

// analyze returns the terms a analyzes text into.
func analyze(a analysis.Analyzer, text string) []string {
	ts := a.Analyze([]byte(text))
	if len(ts) == 0 {
		return nil
	}
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		if len(t.Term) > 0 {
			out = append(out, string(t.Term))
		}
	}
	return out
}

// fuzziness returns the edit distance a plain word may be misspelt by:
// none for short words and numbers, 1 from 4 letters, 2 from 8.
func fuzziness(w string) int {
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
