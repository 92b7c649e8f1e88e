package search

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
)

// maxFuzzyTerms bounds the spellings a misspelt word expands to.
const maxFuzzyTerms = 16

// vocab is the term dictionary of the folded fields (exact and
// speaker_text), held in memory for typo tolerance: expanding a word to
// its close spellings here is much cheaper than building a Levenshtein
// automaton per query word.
type vocab struct {
	terms []vterm
	// sorted are the positions in terms in the order of their terms, for
	// finding the words a prefix begins.
	sorted []int32
	// byStem maps an English stem to the exact-field terms with that stem,
	// so that highlighting can mark "trafficked" for "trafficking" without
	// stemming the hits' words.
	byStem map[string][]string
	// stem maps an exact-field term to its English stem ("" for a stop
	// word).
	stem map[string]string
	// count maps a term of the folded fields to the passages that hold
	// it (summed over the two fields), and stemCount a term of the stemmed
	// fields (text and context) likewise: bounds on how many passages a
	// query word can match.
	count, stemCount map[string]uint64
	// textCount maps a term of the text field (an English stem) to the
	// passages holding it: its document frequency.
	textCount map[string]uint64
}

type vterm struct {
	term  string
	runes []rune
	mask  uint64 // which of 64 character classes occur in term
	count uint64 // passages with the term, over both fields
	in    uint8  // fields holding the term: inExact | inSpeaker
}

// Fields of the vocabulary.
const (
	inExact   uint8 = 1 << iota
	inSpeaker uint8 = 1 << iota
)

// loadVocab reads the term dictionaries of the folded fields, and the
// passage counts of the stemmed fields.
func loadVocab(bi bleve.Index, english *analysis.DefaultAnalyzer) (*vocab, error) {
	pos := map[string]int{}
	v := &vocab{byStem: map[string][]string{}, stem: map[string]string{},
		count: map[string]uint64{}, stemCount: map[string]uint64{}, textCount: map[string]uint64{}}
	for _, f := range []struct {
		field string
		bit   uint8
	}{{fieldExact, inExact}, {fieldSpeakerText, inSpeaker}} {
		err := eachTerm(bi, f.field, func(term string, n uint64) {
			i, ok := pos[term]
			if !ok {
				i = len(v.terms)
				pos[term] = i
				rs := []rune(term)
				v.terms = append(v.terms, vterm{term: term, runes: rs, mask: runeMask(rs)})
			}
			v.terms[i].in |= f.bit
			v.terms[i].count += n
		})
		if err != nil {
			return nil, err
		}
	}
	v.sorted = make([]int32, len(v.terms))
	for i := range v.terms {
		v.count[v.terms[i].term] = v.terms[i].count
		v.sorted[i] = int32(i)
	}
	slices.SortFunc(v.sorted, func(a, b int32) int { return cmp.Compare(v.terms[a].term, v.terms[b].term) })
	for _, field := range []string{fieldText, fieldContext} {
		if err := eachTerm(bi, field, func(term string, n uint64) {
			v.stemCount[term] += n
			if field == fieldText {
				v.textCount[term] = n
			}
		}); err != nil {
			return nil, err
		}
	}
	stems := stemCache{}
	for i := range v.terms {
		t := &v.terms[i]
		if t.in&inExact == 0 {
			continue
		}
		ts := stems.filter(english, analysis.TokenStream{{Term: []byte(t.term)}})
		if len(ts) == 0 {
			v.stem[t.term] = ""
			continue
		}
		st := string(ts[0].Term)
		v.stem[t.term] = st
		v.byStem[st] = append(v.byStem[st], t.term)
	}
	return v, nil
}

func runeMask(rs []rune) uint64 {
	var m uint64
	for _, r := range rs {
		m |= 1 << (uint(r) % 64)
	}
	return m
}

// fuzzyTerm is a spelling close to a query word.
type fuzzyTerm struct {
	term  string
	dist  int
	in    uint8
	count uint64 // passages with the term
}

// eachTerm calls fn with each term of field's dictionary and the number of
// passages holding it.
func eachTerm(bi bleve.Index, field string, fn func(term string, n uint64)) error {
	d, err := bi.FieldDict(field)
	if err != nil {
		return fmt.Errorf("read %s terms: %w", field, err)
	}
	defer d.Close()
	for {
		e, err := d.Next()
		if err != nil {
			return fmt.Errorf("read %s terms: %w", field, err)
		}
		if e == nil {
			return nil
		}
		fn(e.Term, e.Count)
	}
}

// near returns the terms within k edits of w (insertions, deletions,
// substitutions, transpositions of neighbours), w itself excluded, closest
// and most frequent first, at most maxFuzzyTerms.
func (v *vocab) near(w string, k int) []fuzzyTerm {
	if k <= 0 {
		return nil
	}
	wr := []rune(w)
	wm := runeMask(wr)
	var out []fuzzyTerm
	row := make([]int, 3*(len(wr)+1))
	for i := range v.terms {
		t := &v.terms[i]
		if d := len(t.runes) - len(wr); d > k || d < -k {
			continue
		}
		// Each edit changes the presence of at most two characters.
		if bits.OnesCount64(t.mask^wm) > 2*k || t.term == w {
			continue
		}
		if d := osaDistance(wr, t.runes, k, row); d <= k {
			out = append(out, fuzzyTerm{t.term, d, t.in, t.count})
		}
	}
	slices.SortFunc(out, func(a, b fuzzyTerm) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.term, b.term)
	})
	return out[:min(len(out), maxFuzzyTerms)]
}

// withPrefix returns the terms that begin with p, p itself excluded, at
// most k: words of speakers' names first (a name is what one most often
// types part of), then the most frequent.
func (v *vocab) withPrefix(p string, k int) []fuzzyTerm {
	lo, _ := slices.BinarySearchFunc(v.sorted, p, func(i int32, p string) int { return cmp.Compare(v.terms[i].term, p) })
	var out []fuzzyTerm
	for _, i := range v.sorted[lo:] {
		t := &v.terms[i]
		if !strings.HasPrefix(t.term, p) {
			break
		}
		if t.term != p {
			out = append(out, fuzzyTerm{t.term, 1, t.in, t.count})
		}
	}
	slices.SortFunc(out, func(a, b fuzzyTerm) int {
		if c := cmp.Compare(b.in&inSpeaker, a.in&inSpeaker); c != 0 {
			return c
		}
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.term, b.term)
	})
	return out[:min(len(out), k)]
}

// osaDistance returns the optimal string alignment distance of a and b
// (Levenshtein with transpositions of neighbours), or k+1 as soon as it
// must exceed k. buf is scratch space of at least 3*(len(a)+1) ints.
func osaDistance(a, b []rune, k int, buf []int) int {
	n := len(a)
	prev2, prev, cur := buf[:n+1], buf[n+1:2*(n+1)], buf[2*(n+1):3*(n+1)]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		best := cur[0]
		for i := 1; i <= n; i++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[i-2]+1)
			}
			cur[i] = d
			best = min(best, d)
		}
		if best > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[n]
}
