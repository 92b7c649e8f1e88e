package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Verdicts of Verify.
const (
	VerdictExact     = "exact"
	VerdictNearExact = "near-exact"
	VerdictSimilar   = "similar"
)

// Limits and thresholds of Verify.
const (
	MaxQuoteLen     = 5000 // bytes
	DefaultMatches  = 5
	MaxMatches      = 50
	nearExactMin    = 0.85 // token-level similarity of a near-exact match
	similarMin      = 0.2  // below this a passage is not a match at all
	similarMax      = 0.84 // a "similar" match never looks near-exact
	verifyCandidate = 50   // passages scored, at least
)

// Verify grades the passages closest to quote, words a user has seen
// attributed to someone, and returns up to n of them (DefaultMatches if
// n ≤ 0, at most MaxMatches), most similar first:
//
//   - "exact" (similarity 1): the passage contains the quote as written,
//     case, accents, quotation marks and surrounding punctuation aside;
//   - "near-exact": a small edit away, such as changed punctuation or a
//     missing or extra word: the token-level similarity 1 − d/len(quote)
//     of the best-aligned stretch of the passage (d its word edit
//     distance) is at least 0.85;
//   - "similar": close in wording (a paraphrase, words reordered), scored
//     by the words it shares with the quote and their longest common
//     subsequence.
//
// Passages sharing too little with the quote (similarity < 0.2) are left
// out. Errors wrap ErrBadQuery for an empty, too long or invalid quote, or
// are ErrClosed or the ctx's error.
func (ix *Index) Verify(ctx context.Context, quote string, n int) ([]Match, error) {
	if len(quote) > MaxQuoteLen {
		return nil, fmt.Errorf("%w: the quote is %d bytes long; shorten it to at most %d", ErrBadQuery, len(quote), MaxQuoteLen)
	}
	if !utf8.ValidString(quote) {
		return nil, fmt.Errorf("%w: the quote is not valid UTF-8 text", ErrBadQuery)
	}
	if n <= 0 {
		n = DefaultMatches
	}
	n = min(n, MaxMatches)
	qt := terms(scanWords(quote, nil))
	if len(qt) == 0 {
		return nil, fmt.Errorf("%w: the quote has no words to verify", ErrBadQuery)
	}
	cands, err := ix.verifyCandidates(ctx, qt, max(4*n, verifyCandidate))
	if err != nil {
		return nil, err
	}

	nq := normQuote(quote)
	qStems := ix.stems(qt)
	var out []Match
	var buf []word
	for _, i := range cands {
		p := &ix.passages[i]
		m := Match{Passage: *p, Citation: Citation(*p, ix.docs[ix.docPos[p.Doc]])}
		buf = scanWords(p.Text, buf)
		switch pt := terms(buf); {
		case nq != "" && containsWords(normText(p.Text), nq):
			m.Similarity, m.Verdict = 1, VerdictExact
		default:
			align := alignSim(qt, pt)
			if align >= nearExactMin {
				m.Similarity, m.Verdict = min(align, 0.99), VerdictNearExact
				break
			}
			lcs := float64(lcsLen(qt, pt)) / float64(len(qt))
			sim := max(align, (overlap(qStems, ix.stems(pt))+lcs)/2)
			m.Similarity, m.Verdict = min(sim, similarMax), VerdictSimilar
		}
		if m.Similarity >= similarMin {
			m.Similarity = float64(int(m.Similarity*1000+0.5)) / 1000
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Similarity, a.Similarity); c != 0 {
			return c
		}
		return cmp.Compare(ix.pos[a.Passage.ID], ix.pos[b.Passage.ID])
	})
	if len(out) > n {
		out = out[:n]
	}
	if out == nil {
		out = []Match{}
	}
	return out, nil
}

// verifyCandidates returns the positions of up to k passages sharing
// words with the quote's tokens qt, best first.
func (ix *Index) verifyCandidates(ctx context.Context, qt []string, k int) ([]int, error) {
	if !ix.acquire() {
		return nil, ErrClosed
	}
	defer ix.release()
	var qs []query.Query
	seen := map[string]bool{}
	for _, t := range qt {
		st := ix.stemOf(t)
		if st == "" || seen[st] {
			continue
		}
		seen[st] = true
		qs = append(qs, termQuery(fieldText, st, 1))
		if len(qs) == maxTerms {
			break
		}
	}
	if len(qs) == 0 { // only stop words
		for _, t := range qt[:min(len(qt), maxTerms)] {
			qs = append(qs, termQuery(fieldExact, t, 1))
		}
	}
	if len(qt) > 1 {
		ph := bleve.NewPhraseQuery(qt[:min(len(qt), maxTerms)], fieldExact)
		ph.SetBoost(5)
		qs = append(qs, ph)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), k, 0, false)
	sr, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	out := make([]int, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		if i, ok := ix.pos[h.ID]; ok {
			out = append(out, i)
		}
	}
	return out, nil
}

// stems returns the set of English stems of the folded tokens, stop words
// left out.
func (ix *Index) stems(toks []string) map[string]bool {
	m := make(map[string]bool, len(toks))
	for _, t := range toks {
		if st := ix.stemOf(t); st != "" {
			m[st] = true
		}
	}
	return m
}

// stemOf returns the English stem of a folded token, "" for a stop word.
func (ix *Index) stemOf(t string) string {
	if st, ok := ix.vocab.stem[t]; ok {
		return st
	}
	if st := analyze(ix.english, t); len(st) > 0 {
		return st[0]
	}
	return ""
}

// terms returns the folded terms of ws.
func terms(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.term
	}
	return out
}

// overlap is the share of q's stems found in p.
func overlap(q, p map[string]bool) float64 {
	if len(q) == 0 {
		return 0
	}
	n := 0
	for s := range q {
		if p[s] {
			n++
		}
	}
	return float64(n) / float64(len(q))
}

// alignSim returns 1 − d/len(q), where d is the least word edit distance
// between q and any stretch of p (semi-global alignment), floored at 0.
func alignSim(q, p []string) float64 {
	m := len(q)
	prev := make([]int, len(p)+1) // row 0: a stretch may start anywhere
	cur := make([]int, len(p)+1)
	for i := 1; i <= m; i++ {
		cur[0] = i
		for j := 1; j <= len(p); j++ {
			sub := prev[j-1]
			if q[i-1] != p[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	d := slices.Min(prev) // a stretch may end anywhere
	return max(0, 1-float64(d)/float64(m))
}

// lcsLen returns the length of the longest common subsequence of a and b.
func lcsLen(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// normText folds s and collapses its white space, for comparing wording
// and punctuation.
func normText(s string) string {
	return strings.Join(strings.Fields(fold(s)), " ")
}

// normQuote is normText of a quote without the quotation marks and
// punctuation around it.
func normQuote(s string) string {
	return strings.TrimFunc(normText(s), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r)
	})
}

// containsWords reports whether text contains q starting and ending at
// word boundaries.
func containsWords(text, q string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], q)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(q)
		if (s == 0 || !isWordByte(text[s-1]) || !isWordByte(q[0])) &&
			(e == len(text) || !isWordByte(text[e]) || !isWordByte(q[len(q)-1])) {
			return true
		}
		off = s + 1
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}
