package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"

	"github.com/osce-tools/confsearch/search/query"
)

// Suggestion types.
const (
	SuggestSpeaker = "speaker"
	SuggestTopic   = "topic"
	SuggestSession = "session"
	SuggestTerm    = "term"
)

// Limits of Suggest.
const (
	DefaultSuggestions = 8
	MaxSuggestions     = 50
	// maxDictScan bounds the term dictionary entries read per Suggest.
	maxDictScan = 20000
	// maxTermChecks bounds the phrase checks of multi-word completions.
	maxTermChecks = 24
)

// suggestName is a speaker name, topic or session label Suggest can
// complete to.
type suggestName struct {
	text, typ, id string
	toks          []string // folded tokens of text
	weight        int      // passages: more first
	order         int      // registry order, among equal weights
}

// suggestNames collects the names Suggest completes to, at Open.
func (ix *Index) suggestNames() []suggestName {
	var out []suggestName
	for i, s := range ix.speakers {
		if s.Passages == 0 {
			continue
		}
		out = append(out, suggestName{text: s.Name, typ: SuggestSpeaker, id: s.ID,
			toks: query.Analyze(ix.folded, s.Name), weight: s.Passages, order: i})
	}
	for i, t := range ix.topics {
		out = append(out, suggestName{text: t.Value, typ: SuggestTopic,
			toks: query.Analyze(ix.folded, t.Value), weight: t.Count, order: i})
	}
	for i, s := range ix.sessions { // in programme order
		out = append(out, suggestName{text: s.Label, typ: SuggestSession,
			toks: query.Analyze(ix.folded, s.Label), order: i})
	}
	return out
}

// Suggest returns up to n completions (DefaultSuggestions if n ≤ 0, at
// most MaxSuggestions) of prefix, a query being typed whose last word may
// be partial: speakers, topics and sessions with a name whose words start
// with it ("dvo" → Antonín Dvořák; accents and case do not matter),
// then words of the passages' text ("forced cr" → "forced criminality",
// multi-word completions only when the passages contain them in sequence),
// most frequent first. An empty prefix has no suggestions. Errors wrap
// ErrBadQuery for invalid input, or are ErrClosed or the ctx's error.
func (ix *Index) Suggest(ctx context.Context, prefix string, n int) ([]Suggestion, error) {
	if len(prefix) > MaxQueryLen {
		return nil, fmt.Errorf("%w: the prefix is %d bytes long; shorten it to at most %d", ErrBadQuery, len(prefix), MaxQueryLen)
	}
	if !utf8.ValidString(prefix) {
		return nil, fmt.Errorf("%w: the prefix is not valid UTF-8 text", ErrBadQuery)
	}
	if n <= 0 {
		n = DefaultSuggestions
	}
	n = min(n, MaxSuggestions)
	ts := ix.folded.Analyze([]byte(prefix))
	if len(ts) == 0 {
		return []Suggestion{}, nil
	}
	if len(ts) > query.MaxTerms {
		return nil, fmt.Errorf("%w: the prefix has %d words; use at most %d", ErrBadQuery, len(ts), query.MaxTerms)
	}
	toks := make([]string, len(ts))
	for i, t := range ts {
		toks[i] = string(t.Term)
	}

	out := []Suggestion{}
	seen := map[string]bool{}
	addSugg := func(s Suggestion) {
		key := normText(s.Text)
		if !seen[key] && len(out) < n {
			seen[key] = true
			out = append(out, s)
		}
	}

	// Names: a match at the start of the name first, then by weight.
	type nameHit struct {
		*suggestName
		at int
	}
	var hits []nameHit
	for i := range ix.names {
		if at := phrasePrefixAt(ix.names[i].toks, toks); at >= 0 {
			hits = append(hits, nameHit{&ix.names[i], at})
		}
	}
	typeRank := func(t string) int {
		return slices.Index([]string{SuggestSpeaker, SuggestTopic, SuggestSession}, t)
	}
	slices.SortStableFunc(hits, func(a, b nameHit) int {
		if c := cmp.Compare(typeRank(a.typ), typeRank(b.typ)); c != 0 {
			return c
		}
		if c := cmp.Compare(min(a.at, 1), min(b.at, 1)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.weight, a.weight); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	nameToks := map[string]bool{}
	for _, h := range hits {
		addSugg(Suggestion{Text: h.text, Type: h.typ, ID: h.id})
		for _, t := range h.toks {
			nameToks[t] = true
		}
	}
	if len(out) >= n {
		return out, nil
	}

	terms, err := ix.completeTerms(ctx, toks, n-len(out))
	if err != nil {
		return nil, err
	}
	lead := strings.TrimSpace(prefix[:ts[len(ts)-1].Start])
	for _, t := range terms {
		if len(toks) == 1 && nameToks[t] {
			continue // already offered as a name
		}
		addSugg(Suggestion{Text: strings.TrimSpace(lead + " " + t), Type: SuggestTerm})
	}
	return out, nil
}

// phrasePrefixAt returns the position in name where the words of q occur
// in sequence, the last one possibly as a prefix; -1 if they do not.
func phrasePrefixAt(name, q []string) int {
	last := len(q) - 1
	for i := 0; i+last < len(name); i++ {
		ok := strings.HasPrefix(name[i+last], q[last])
		for k := 0; ok && k < last; k++ {
			ok = name[i+k] == q[k]
		}
		if ok {
			return i
		}
	}
	return -1
}

// completeTerms returns up to n words of the exact field starting with the
// last of toks, most frequent first; with more toks, only words that follow
// the others in some passage.
func (ix *Index) completeTerms(ctx context.Context, toks []string, n int) ([]string, error) {
	if !ix.acquire() {
		return nil, ErrClosed
	}
	defer ix.release()
	last := toks[len(toks)-1]
	dict, err := ix.bleve.FieldDictPrefix(fieldExact, []byte(last))
	if err != nil {
		return nil, fmt.Errorf("suggest: %w", err)
	}
	type tc struct {
		term  string
		count uint64
	}
	var cands []tc
	for i := 0; i < maxDictScan; i++ {
		e, err := dict.Next()
		if err != nil {
			dict.Close()
			return nil, fmt.Errorf("suggest: %w", err)
		}
		if e == nil {
			break
		}
		if e.Term == last && len(toks) == 1 || !isWordTerm(e.Term) || len(query.Analyze(ix.english, e.Term)) == 0 {
			continue // the word itself, a number, a stop word
		}
		cands = append(cands, tc{e.Term, e.Count})
	}
	dict.Close()
	slices.SortStableFunc(cands, func(a, b tc) int { return cmp.Compare(b.count, a.count) })

	var out []string
	if len(toks) == 1 {
		for _, c := range cands[:min(n, len(cands))] {
			out = append(out, c.term)
		}
		return out, nil
	}
	for i, c := range cands {
		if len(out) >= n || i >= maxTermChecks {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		phrase := append(slices.Clone(toks[:len(toks)-1]), c.term)
		req := bleve.NewSearchRequestOptions(newSeqQuery(phrase, fieldExact), 0, 0, false)
		req.Score = "none"
		sr, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("suggest: %w", err)
		}
		if sr.Total > 0 {
			out = append(out, c.term)
		}
	}
	return out, nil
}

// isWordTerm reports whether a term is worth suggesting: two letters or
// more, not a number, not a possessive or contraction.
func isWordTerm(t string) bool {
	letters := 0
	for _, r := range t {
		switch {
		case 'a' <= r && r <= 'z':
			letters++
		case r == '\'':
			return false
		}
	}
	return letters >= 2
}
