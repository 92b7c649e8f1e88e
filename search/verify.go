package search

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/osce-tools/confsearch/search/lexicon"
	"github.com/osce-tools/confsearch/search/query"
	"github.com/osce-tools/confsearch/text"
)

// Verdicts of Verify. A quote that matches no passage gets no Match;
// VerdictNotFound is what the API and the page say then.
const (
	// VerdictExact: every word of the quote is the passage's, in order;
	// elisions ("…", "...", "[…]") that leave out no negation or number
	// of the quote's clauses and bracketed insertions that clarify ("[the
	// Minister]" for "she") are allowed.
	VerdictExact = "exact"
	// VerdictAltered: the quote was taken from the passage but one or more
	// words differ (Match.Differences lists them).
	VerdictAltered = "altered"
	// VerdictParaphrase: the quote is not the passage's wording but shares
	// most of its content words (weighted by rarity): it may say the same
	// in other words, which only a reader can judge.
	VerdictParaphrase = "paraphrase"
	// VerdictNotFound: no passage matches.
	VerdictNotFound = "not found"
)

// Operations of a Segment.
const (
	OpSame      = "same"      // the quote's words are the passage's
	OpInserted  = "inserted"  // words of the quote the passage does not have
	OpDeleted   = "deleted"   // words of the passage left out of the quote without an elision mark
	OpReplaced  = "replaced"  // words of the quote in place of the passage's
	OpElided    = "elided"    // words of the passage left out where the quote marks an elision
	OpBracketed = "bracketed" // a bracketed insertion of the quote, in place of Passage (maybe "")
)

// Changes, the kind of a difference (Segment.Change). The first four may
// change what the quote means (Segment.Meaning).
const (
	ChangeNegation = "negation" // a negation added or removed: the polarity changes
	ChangeAntonym  = "antonym"  // a word replaced by its opposite: the polarity changes
	ChangeNumber   = "number"   // a number added, removed or changed
	ChangePerson   = "person"   // a named person or group, or a pronoun, changed
	ChangeSpelling = "spelling" // one word spelled differently
	ChangeOrder    = "order"    // words in another order (meaning: a number, negation or person moved)
	ChangeWording  = "wording"  // other words
)

// Segment is a stretch of the alignment of a quote with a passage.
type Segment struct {
	Op string `json:"op"`
	// Quote is the quote's words of the stretch ("" for deleted words,
	// the mark for an elision, the brackets included for a bracketed
	// insertion), Passage the passage's ("" for inserted words), both as
	// written.
	Quote   string `json:"quote"`
	Passage string `json:"passage"`
	// Meaning marks a difference that may change what the quote says: a
	// change of polarity (a negation, an antonym), of a number or of a
	// person; Change says which (set for every difference).
	Meaning bool   `json:"meaning"`
	Change  string `json:"change,omitempty"`
}

// Limits and thresholds of Verify.
const (
	MaxQuoteLen     = 5000 // bytes
	DefaultMatches  = 5
	MaxMatches      = 50
	verifyCandidate = 50 // passages aligned, at least
	// bracketSpan is how many passage words a bracketed insertion may
	// stand for ("[the Minister]" for "the Deputy Minister for Migration
	// and Asylum").
	bracketSpan = 8
	// A quote aligned with a passage has a share of matched words, same /
	// (same + changed). From alignedMinShare, its differences are listed;
	// it is altered from alteredMinShare, or with at most alteredMaxEdits
	// words changed. Otherwise it is a paraphrase if the passage holds
	// paraphraseMinShare of its content words, weighted by their inverse
	// document frequency (at least paraphraseMinWords of them, or all).
	alignedMinShare    = 0.5
	alteredMinShare    = 0.7
	alteredMaxEdits    = 2
	paraphraseMinShare = 0.6
	paraphraseMinWords = 3
)

// Verify checks a quote, words a reader has seen attributed to someone,
// against the passages and returns up to n of the closest (DefaultMatches
// if n ≤ 0, at most MaxMatches), best first: exact before altered before
// paraphrase, then by Similarity, then passages credited to a speaker
// first.
//
// The quote is aligned with each candidate passage word by word, as an
// editor reads it: case, accents, quotation marks, dashes, punctuation and
// white space do not count, nor do "%" for "percent" or "per cent", or a
// hyphen ("co-operation" is "cooperation"). An elision ("…", "...", "[…]",
// "(…)") stands for any number of the passage's words, a bracketed
// insertion ("[the Minister]") for up to bracketSpan of them, and a
// bracketed letter inside a word ("[W]e") is read as the letter. A
// bracketed insertion is a difference unless it clarifies the words it
// stands for (see clarifies); an elision is one when it leaves out a
// negation of the clause of the quote's words next to it, or part of a
// number next to one of the quote's (see elidedChange), and so is a
// negation just before a quote that starts without an elision (see
// cutAtStart). A quote of function words only ("the", "it is") is a bad
// query. The verdict is exact when every word matches; altered when the
// quote was taken from the passage (alteredMinShare of the aligned words
// match, or half of them with at most alteredMaxEdits words changed; and
// when words differ, at least two of its content words, half of them)
// but words differ:
// Match.Differences lists each difference with both sides and flags a
// negation added or removed, an antonym, a number, a person or group
// changed as Meaning (numbers, negations and antonyms are never spelling
// variants); paraphrase when the passage holds most of the quote's
// content words, weighted by rarity, in other wording. Passages that are
// none of these are left out: no match means not found.
//
// A quote may run on into the next passage of the same speaker
// (Match.Through). When the text has words outside its quotation marks,
// fewer than inside ("“…,” she said"), the words inside are checked too
// and the better verdict kept (Match.Quoted).
//
// Errors wrap ErrBadQuery for an empty, too long or invalid quote, or are
// ErrClosed or the ctx's error.
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
	q := parseQuote(quote)
	if q.words == 0 {
		return nil, fmt.Errorf("%w: the quote has no words to verify", ErrBadQuery)
	}
	if !q.hasContent() {
		return nil, fmt.Errorf("%w: the quote has only words like “the”, “a” or “it is”, which any passage holds; quote a few words that say something", ErrBadQuery)
	}
	out, err := ix.verify(ctx, q, max(4*n, verifyCandidate))
	if err != nil {
		return nil, err
	}
	// “Quoted words,” she said: when the text has words outside its
	// quotation marks, no more than inside, the words inside may be the
	// quote. (No more: a quotation holding a “term” in quotation marks is
	// checked whole.)
	if inner, ok := quotedParts(quote); ok {
		if iq := parseQuote(inner); iq.words >= minQuotedWords && 2*iq.words >= q.words && iq.hasContent() {
			alt, err := ix.verify(ctx, iq, max(4*n, verifyCandidate))
			if err != nil {
				return nil, err
			}
			if better(alt, out) {
				for i := range alt {
					alt[i].Quoted = inner
				}
				out = alt
			}
		}
	}
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// minQuotedWords is the least number of words inside quotation marks that
// Verify checks apart from the words around them.
const minQuotedWords = 3

// better reports whether the matches a beat b: a better verdict first, or
// the same with a higher similarity.
func better(a, b []Match) bool {
	switch {
	case len(a) == 0:
		return false
	case len(b) == 0:
		return true
	}
	if ra, rb := verdictRank(a[0].Verdict), verdictRank(b[0].Verdict); ra != rb {
		return ra < rb
	}
	return a[0].Similarity > b[0].Similarity
}

// verify grades the k best candidate passages for the parsed quote q,
// best first.
func (ix *Index) verify(ctx context.Context, q *quote, k int) ([]Match, error) {
	qt := q.terms()
	cands, err := ix.verifyCandidates(ctx, qt, k)
	if err != nil {
		return nil, err
	}
	qStems := ix.stems(qt)
	names, err := ix.nameWords(ctx)
	if err != nil {
		return nil, err
	}
	best := map[string]int{} // passage id → position in out
	var out []Match
	for _, i := range cands {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		m, ok, err := ix.gradeAt(ctx, q, qStems, i, names)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if k, seen := best[m.Passage.ID]; seen {
			if better([]Match{m}, []Match{out[k]}) {
				out[k] = m
			}
			continue
		}
		best[m.Passage.ID] = len(out)
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		if c := cmp.Compare(verdictRank(a.Verdict), verdictRank(b.Verdict)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Similarity, a.Similarity); c != 0 {
			return c
		}
		if c := cmp.Compare(b2i(a.Passage.Speaker == nil), b2i(b.Passage.Speaker == nil)); c != 0 {
			return c // credited to someone first
		}
		return cmp.Compare(ix.pos[a.Passage.ID], ix.pos[b.Passage.ID])
	})
	if out == nil {
		out = []Match{}
	}
	return out, nil
}

// gradeAt grades the passage at position i, and when the quote runs past
// its start or end, or the passage alone holds too little of it to align,
// the passage joined with the one before or after it (same document, same
// speaker): a quote may run across a paragraph break. It keeps the best.
func (ix *Index) gradeAt(ctx context.Context, q *quote, qStems map[string]bool, i int, names map[string]bool) (Match, bool, error) {
	m, ok, err := ix.gradeSpan(ctx, q, qStems, i, i, names)
	if err != nil || ok && m.Verdict == VerdictExact {
		return m, ok, err
	}
	var tries [][2]int
	open := !ok || len(m.Alignment) == 0 // which end the quote runs past is not known
	if ix.joinable(i, i+1) && (open || m.Alignment[len(m.Alignment)-1].Op == OpInserted) {
		tries = append(tries, [2]int{i, i + 1})
	}
	if ix.joinable(i-1, i) && (open || m.Alignment[0].Op == OpInserted) {
		tries = append(tries, [2]int{i - 1, i})
	}
	for _, t := range tries {
		if open && q.words > 2*(ix.wordCount(t[0])+ix.wordCount(t[1])) {
			continue // too long for the two to hold half of it
		}
		j, jok, err := ix.gradeSpan(ctx, q, qStems, t[0], t[1], names)
		if err != nil {
			return m, false, err
		}
		if jok && (!ok || better([]Match{j}, []Match{m})) {
			m, ok = j, true
		}
	}
	return m, ok, nil
}

// wordCount returns the number of words of the passage at position i,
// as verify reads them; for a passage longer than windowBytes, at least
// MaxQuoteLen (which no quote has) without reading it.
func (ix *Index) wordCount(i int) int {
	if t := ix.passages[i].Text; len(t) <= windowBytes {
		return len(verifyWords(t, nil))
	}
	return MaxQuoteLen
}

// joinable reports whether the passages at positions a and a+1 = b may
// hold one quote: same document, same speaker (or none).
func (ix *Index) joinable(a, b int) bool {
	if a < 0 || b >= len(ix.passages) {
		return false
	}
	pa, pb := &ix.passages[a], &ix.passages[b]
	if pa.Doc != pb.Doc || (pa.Speaker == nil) != (pb.Speaker == nil) {
		return false
	}
	return pa.Speaker == nil || pa.Speaker.ID == pb.Speaker.ID
}

// gradeSpan grades the passages at positions i to j (i or i+1) as one
// text; the match is the first passage's, with Through the last's id.
func (ix *Index) gradeSpan(ctx context.Context, q *quote, qStems map[string]bool, i, j int, names map[string]bool) (Match, bool, error) {
	p := &ix.passages[i]
	text := p.Text
	if j > i {
		text += "\n" + ix.passages[j].Text
	}
	// a long text: the stretch around the quote's best anchor
	off, text := q.windowText(text)
	pw := verifyWords(text, nil)
	lo, hi := q.window(pw)
	m, span, ok, err := ix.grade(ctx, q, qStems, p, text, pw[lo:hi], pw, names)
	if err != nil || !ok {
		return m, false, err
	}
	if j > i {
		// the quote must run across the break: words of both passages
		// matched by its words
		brk := len(p.Text) - off
		if span[0] < 0 || pw[lo+span[0]].start >= brk || pw[lo+span[1]-1].start <= brk {
			return m, false, nil
		}
	}
	if j > i {
		m.Through = ix.passages[j].ID
	}
	m.Citation = Citation(*p, ix.docs[ix.docPos[p.Doc]])
	return m, true, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func verdictRank(v string) int {
	switch v {
	case VerdictExact:
		return 0
	case VerdictAltered:
		return 1
	}
	return 2
}

// grade aligns the quote with text (the passage p's, maybe joined with the
// next one's), its words pw (a window of all its words, see window), and
// returns the match, or false when the text neither holds the quote nor
// paraphrases it (all its words holding most of the quote's content).
func (ix *Index) grade(ctx context.Context, q *quote, qStems map[string]bool, p *Passage, text string, pw, all []word, names map[string]bool) (m Match, span [2]int, ok bool, err error) {
	m = Match{Passage: *p}
	al, err := alignCtx(ctx, q, text, pw)
	if err != nil {
		return m, span, false, err
	}
	span = [2]int{-1, -1}
	for _, st := range al {
		if st.word && st.same {
			if span[0] < 0 {
				span[0] = st.pj
			}
			span[1] = st.pk
		}
	}
	segs, t := q.segments(al, text, pw, names)
	share := float64(t.same) / float64(max(1, t.same+t.edits))
	wordEdits := t.edits - t.marks // the quote's words that differ
	aligned := t.same == q.words && wordEdits == 0 || t.same >= 2 && share >= alignedMinShare
	if aligned {
		m.Alignment = segs
		for _, s := range segs {
			if isDifference(s) {
				m.Differences = append(m.Differences, s)
			}
		}
	}
	// the content words too (not "the", "it", "is"), when words differ:
	// at least two, half of them, match; a short claim that shares one
	// content word and a few function words with a passage was not taken
	// from it
	cShare := float64(t.cSame) / float64(max(1, t.cSame+t.cEdits))
	content := wordEdits == 0 || t.cSame >= 2 && cShare >= alignedMinShare
	switch {
	case aligned && t.edits == 0:
		m.Similarity, m.Verdict = 1, VerdictExact
	case aligned && content && (share >= alteredMinShare || t.edits <= alteredMaxEdits):
		m.Similarity, m.Verdict = min(0.99, share), VerdictAltered
	default:
		// In other words: the passage holds most of the quote's content
		// words, weighted by how rare they are in the corpus (a word of
		// every passage says little).
		var shared, total float64
		nshared := 0
		pStems := ix.stems(terms(all))
		for s := range qStems {
			w := ix.idf(s)
			total += w
			if pStems[s] {
				shared += w
				nshared++
			}
		}
		if total == 0 || nshared < min(paraphraseMinWords, len(qStems)) || shared < paraphraseMinShare*total {
			return m, span, false, nil
		}
		m.Similarity, m.Verdict = min(0.99, shared/total), VerdictParaphrase
	}
	m.Similarity = float64(int(m.Similarity*1000+0.5)) / 1000
	if m.Differences == nil {
		m.Differences = []Segment{}
	}
	return m, span, true, nil
}

// idf is the inverse document frequency of an English stem in the text
// field, ln(1 + N/(1+df)).
func (ix *Index) idf(stem string) float64 {
	return math.Log1p(float64(len(ix.passages)) / float64(1+ix.vocab.textCount[stem]))
}

// isDifference reports whether s is a difference: words inserted, deleted
// or replaced, or an elision that changes the meaning.
func isDifference(s Segment) bool {
	return s.Op == OpInserted || s.Op == OpDeleted || s.Op == OpReplaced || s.Meaning
}

// properWords are the folded words of the corpus that name someone or
// something: the speakers' names and countries, and the words written
// with a capital inside a sentence more often than not ("Roma",
// "Greece", "UNHCR"). A change of one is a change of person.
type properWords struct {
	once  sync.Once
	done  chan struct{} // closed when words is set
	words map[string]bool
}

// nameWords returns the index's proper words, computing them once, in
// a goroutine of its own (linear in the corpus's text, which may exceed a
// request's time limit; the request stops waiting at ctx's end, the work
// goes on for the next).
func (ix *Index) nameWords(ctx context.Context) (map[string]bool, error) {
	ix.proper.once.Do(func() {
		ix.proper.done = make(chan struct{})
		go ix.computeNameWords()
	})
	select {
	case <-ix.proper.done:
		return ix.proper.words, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// computeNameWords sets ix.proper.words and closes ix.proper.done.
func (ix *Index) computeNameWords() {
	defer close(ix.proper.done)
	m := map[string]bool{}
	for _, s := range ix.speakers {
		for _, f := range []string{s.Name, s.Country} {
			for _, w := range scanWords(f, nil) {
				m[w.term] = true
			}
		}
	}
	caps := map[string]int{} // capitalised minus lower-case occurrences
	var buf []word
	for i := range ix.passages {
		text := ix.passages[i].Text
		buf = scanWords(text, buf)
		for _, w := range buf {
			r, _ := utf8.DecodeRuneInString(text[w.start:w.end])
			switch {
			case unicode.IsLower(r):
				caps[w.term]--
			case unicode.IsUpper(r) && !sentenceStart(text, w.start):
				caps[w.term]++
			}
		}
	}
	for t, n := range caps {
		if n > 0 {
			m[t] = true
		}
	}
	ix.proper.words = m
}

// ---- the quote ----

// quotedParts returns the parts of s inside double quotation marks,
// joined by an elision, when s has words outside them too (“We need it,”
// she said); ok is false otherwise.
func quotedParts(s string) (inner string, ok bool) {
	var in, out strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '“' || r == '„' || r == '«' || r == '"' && depth == 0:
			if depth > 0 {
				in.WriteRune(r)
			} else {
				in.WriteString(" … ")
			}
			depth++
			continue
		case (r == '”' || r == '»' || r == '"') && depth > 0:
			depth--
			if depth > 0 {
				in.WriteRune(r)
			}
			continue
		}
		if depth > 0 {
			in.WriteRune(r)
		} else {
			out.WriteRune(r)
		}
	}
	if len(scanWords(out.String(), nil)) == 0 || len(scanWords(in.String(), nil)) == 0 {
		return "", false
	}
	return strings.Trim(strings.TrimSpace(in.String()), "… "), true
}

// item kinds of a parsed quote.
const (
	itemWord    = iota
	itemElision // "…", "...", "[…]"
	itemBracket // "[the Minister]"
)

type item struct {
	kind int
	w    word   // itemWord: the word, its span in quote.text
	text string // itemBracket: the bracketed text, brackets included
}

// quote is a parsed quote: its text with in-word brackets dropped, and its
// words, elisions and bracketed insertions in order.
type quote struct {
	text  string
	items []item
	words int // items of kind itemWord
}

func (q *quote) terms() []string {
	out := make([]string, 0, q.words)
	for _, it := range q.items {
		if it.kind == itemWord {
			out = append(out, it.w.term)
		}
	}
	return out
}

// parseQuote splits s into words, elisions and bracketed insertions.
func parseQuote(s string) *quote {
	var b strings.Builder
	type marker struct {
		pos  int
		kind int
		text string
	}
	var marks []marker
	for i := 0; i < len(s); {
		switch {
		case s[i] == '[' || s[i] == '(':
			closer := byte(']')
			if s[i] == '(' {
				closer = ')'
			}
			k := strings.IndexByte(s[i+1:min(len(s), i+1+200)], closer)
			if k < 0 {
				break
			}
			inner := s[i+1 : i+1+k]
			end := i + k + 2
			switch {
			case isEllipsis(strings.TrimSpace(inner)):
				marks = append(marks, marker{b.Len(), itemElision, s[i:end]})
				b.WriteByte(' ')
				i = end
				continue
			case s[i] == '(':
				// parentheses of the speaker's own: words like any others
			case wordBefore(s, i) || wordAfter(s, end):
				b.WriteString(inner) // "[W]e", "organi[z]ation"
				i = end
				continue
			case strings.ContainsAny(inner, "[]"):
			default:
				marks = append(marks, marker{b.Len(), itemBracket, s[i:end]})
				b.WriteByte(' ')
				i = end
				continue
			}
		case strings.HasPrefix(s[i:], "…"):
			marks = append(marks, marker{b.Len(), itemElision, "…"})
			b.WriteByte(' ')
			i += len("…")
			continue
		case s[i] == '.':
			if n := dotsLen(s[i:]); n > 0 {
				marks = append(marks, marker{b.Len(), itemElision, s[i : i+n]})
				b.WriteByte(' ')
				i += n
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	q := &quote{text: b.String()}
	ws := verifyWords(q.text, nil)
	for _, w := range ws {
		for len(marks) > 0 && marks[0].pos < w.start {
			q.items = append(q.items, item{kind: marks[0].kind, text: marks[0].text})
			marks = marks[1:]
		}
		q.items = append(q.items, item{kind: itemWord, w: w})
		q.words++
	}
	for _, mk := range marks {
		q.items = append(q.items, item{kind: mk.kind, text: mk.text})
	}
	return q
}

// isEllipsis reports whether s is an ellipsis: "…", "...", ". . .".
func isEllipsis(s string) bool {
	if s == "…" {
		return true
	}
	return s != "" && dotsLen(s) == len(s)
}

// dotsLen returns the length of the ellipsis of two or more periods
// (spaced or not) that s starts with, 0 if none; a period alone is
// punctuation.
func dotsLen(s string) int {
	dots, n := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '.':
			dots++
			n = i + 1
		case s[i] == ' ' && i+1 < len(s) && s[i+1] == '.':
		default:
			i = len(s)
		}
	}
	if dots < 2 {
		return 0
	}
	return n
}

func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && text.IsWordRune(r)
}

func wordAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && text.IsWordRune(r)
}

// verifyWords is scanWords with the spellings of percent made one ("37%"
// and "37 per cent" read as "37 percent") and a hyphenated number word
// one word ("forty-eight", which lexicon.Expand reads as "48").
func verifyWords(text string, buf []word) []word {
	ws := scanWords(text, buf)
	compound := func(ws []word, i int) bool {
		if i+1 >= len(ws) || text[ws[i].end:ws[i+1].start] != "-" {
			return false
		}
		t := ws[i].term + "-" + ws[i+1].term
		return lexicon.Expand(t)[0] != t
	}
	changed := false
	for i, w := range ws {
		if w.end < len(text) && text[w.end] == '%' || w.term == "per" && i+1 < len(ws) && ws[i+1].term == "cent" || compound(ws, i) {
			changed = true
			break
		}
	}
	if !changed {
		return ws
	}
	out := make([]word, 0, len(ws)+4)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case w.term == "per" && i+1 < len(ws) && ws[i+1].term == "cent":
			w.end, w.term = ws[i+1].end, "percent"
			i++
		case compound(ws, i):
			w.end, w.term = ws[i+1].end, w.term+"-"+ws[i+1].term
			i++
		}
		out = append(out, w)
		if w.end < len(text) && text[w.end] == '%' {
			out = append(out, word{w.end, w.end + 1, "percent"})
		}
	}
	return out
}

// ---- alignment ----

// Costs of align.
const (
	editCost    = 2
	bracketCost = 1
)

// step is one step of an alignment: the quote's item qi with the passage's
// words [pj, pk) (pk == pj: none); for a word item, same tells a match.
type step struct {
	qi, pj, pk int
	same       bool
	word       bool // qi is a word of the quote (not an elision or bracket)
}

// align returns the cheapest alignment of the quote with a stretch of the
// passage's words pw (semi-global: it may start and end anywhere in the
// passage). A matched word costs 0; a replaced, inserted or deleted word
// editCost; an elision stands for any number of passage words at no cost,
// a bracketed insertion for up to bracketSpan, at no cost when it repeats
// or may clarify them (see clarifies), bracketCost otherwise (less than a
// word left out: "[decrease]" stands for "increase" rather than for
// nothing, "increase" left out); a word of the passage's attribution
// between two of its quotations (see attributions) is left out at no
// cost. Words outside the stretch are not part of the steps; a quote word
// with no passage word is a step with pj == pk.
func align(q *quote, ptext string, pw []word) []step {
	steps, _ := alignCtx(context.Background(), q, ptext, pw)
	return steps
}

// alignCells counts the cells of the alignment tables align fills (q's
// items times the passage words given), for the tests of the bound.
var alignCells atomic.Int64

// alignCtx is align, which stops with ctx's error when ctx is done. Its
// time and memory are the quote's items times the passage words given
// (see window for the bound).
func alignCtx(ctx context.Context, q *quote, ptext string, pw []word) ([]step, error) {
	m, n := len(q.items), len(pw)
	alignCells.Add(int64(m) * int64(n+1))
	w := n + 1
	d := make([]int32, (m+1)*w)
	from := make([]int32, (m+1)*w) // gap rows: the column the gap starts at
	mv := make([]byte, (m+1)*w)
	var other []int32 // a bracket's prefix counts
	attr := attributions(ptext, pw)
	leftCost := func(j int) int32 { // deleting the passage word j-1
		if attr != nil && attr[j-1] {
			return 0
		}
		return editCost
	}
	const (
		mvDiag = iota + 1
		mvUp   // the quote's word, inserted
		mvLeft // the passage's word, deleted
		mvGap
	)
	for i := 1; i <= m; i++ {
		if i%8 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		it := q.items[i-1]
		row, prev := d[i*w:(i+1)*w], d[(i-1)*w:i*w]
		switch it.kind {
		case itemWord:
			row[0], mv[i*w] = prev[0]+editCost, mvUp
			for j := 1; j <= n; j++ {
				// on a tie: a match, then a deleted passage word (so that
				// "b d" keeps both words of "b c d"), then a replaced word,
				// then an inserted quote word (so that a changed last word
				// shows what it replaced)
				c, best := prev[j-1], byte(mvDiag)
				if pw[j-1].term != it.w.term {
					c, best = row[j-1]+leftCost(j), mvLeft
					if r := prev[j-1] + editCost; r < c {
						c, best = r, mvDiag
					}
				} else if l := row[j-1] + leftCost(j); l < c {
					c, best = l, mvLeft
				}
				if u := prev[j] + editCost; u < c {
					c, best = u, mvUp
				}
				row[j], mv[i*w+j] = c, best
			}
		case itemElision: // the least cost of any column up to j
			bj := 0
			for j := 0; j <= n; j++ {
				if prev[j] < prev[bj] {
					bj = j
				}
				row[j], from[i*w+j], mv[i*w+j] = prev[bj], int32(bj), mvGap
			}
		default: // a bracket: of the bracketSpan columns up to j, one
			// more for a span it does not repeat or clarify
			if other == nil {
				other = make([]int32, n+1)
			}
			in := map[string]bool{}
			for _, bw := range bracketWords(it.text) {
				in[bw.term] = true
			}
			for j, pwj := range pw { // other[j+1]: words up to j the bracket neither repeats nor clarifies
				other[j+1] = other[j]
				if !in[pwj.term] && !functionWord(pwj.term) && !lexicon.Pronoun(pwj.term) {
					other[j+1]++
				}
			}
			for j := 0; j <= n; j++ {
				bj, bc := j, prev[j]
				for k := j - 1; k >= max(0, j-bracketSpan); k-- {
					c := prev[k]
					if other[j] > other[k] {
						c += bracketCost
					}
					if c < bc {
						bj, bc = k, c
					}
				}
				row[j], from[i*w+j], mv[i*w+j] = bc, int32(bj), mvGap
			}
		}
	}
	// the cheapest end, the latest of equals (a stretch that ends later at
	// the same cost matches more of the passage)
	j := 0
	for k := 1; k <= n; k++ {
		if d[m*w+k] <= d[m*w+j] {
			j = k
		}
	}
	var steps []step
	for i := m; i > 0; {
		switch mv[i*w+j] {
		case mvDiag:
			steps = append(steps, step{qi: i - 1, pj: j - 1, pk: j, same: pw[j-1].term == q.items[i-1].w.term, word: true})
			i, j = i-1, j-1
		case mvUp:
			steps = append(steps, step{qi: i - 1, pj: j, pk: j, word: true})
			i--
		case mvLeft:
			steps = append(steps, step{qi: -1, pj: j - 1, pk: j})
			j--
		default: // gap
			k := int(from[i*w+j])
			steps = append(steps, step{qi: i - 1, pj: k, pk: j})
			i, j = i-1, k
		}
	}
	slices.Reverse(steps)
	// passage words left out after the quote's last word (an attribution
	// taken at no cost) are outside the stretch
	for len(steps) > 0 && steps[len(steps)-1].qi < 0 {
		steps = steps[:len(steps)-1]
	}
	return steps, nil
}

// The window of a long passage that a quote is aligned with: at most
// max(windowMin, windowPerItem × the quote's items) words (a few times
// the quote's length), so that the work per passage is bounded by the
// quote's length, not the passage's.
const (
	windowMin     = 2000
	windowPerItem = 4
)

// windowBytes is the length of a passage's text from which verify reads
// only the stretch around the quote's best anchor (see windowText).
const windowBytes = 1 << 16

// windowText returns the stretch of text to read for the quote and its
// offset: all of it up to max(windowBytes, 16 × the quote's length),
// otherwise as many bytes around the stretch of twice the quote's words
// that holds the most distinct content words of the quote (the first on
// a tie). Linear in len(text), and without keeping its words.
func (q *quote) windowText(ptext string) (int, string) {
	size := max(windowBytes, 16*len(q.text))
	if len(ptext) <= size {
		return 0, ptext
	}
	want := map[string]int{} // content word → index
	for _, it := range q.items {
		if it.kind == itemWord && !functionWord(it.w.term) {
			if _, ok := want[it.w.term]; !ok {
				want[it.w.term] = len(want)
			}
		}
	}
	span := max(1, 2*q.words)
	ring := make([]int, span)   // the content word of each word of the stretch, -1 for none
	starts := make([]int, span) // and where it starts
	count := make([]int, len(want))
	distinct, best, n := 0, -1, 0
	bs, be := 0, 0
	text.EachWord(ptext, func(start, end int) {
		k := n % span
		if n >= span && ring[k] >= 0 {
			if count[ring[k]]--; count[ring[k]] == 0 {
				distinct--
			}
		}
		ring[k], starts[k] = -1, start
		if id, ok := want[text.Fold(ptext[start:end])]; ok {
			ring[k] = id
			if count[id]++; count[id] == 1 {
				distinct++
			}
		}
		n++
		if distinct > best {
			best, be = distinct, end
			bs = starts[0] // the first word of the stretch
			if n > span {
				bs = starts[n%span]
			}
		}
	})
	mid := bs + (be-bs)/2
	lo := max(0, mid-size/2)
	hi := min(len(ptext), lo+size)
	lo = max(0, hi-size)
	for lo > 0 && !utf8.RuneStart(ptext[lo]) {
		lo++
	}
	for hi < len(ptext) && !utf8.RuneStart(ptext[hi]) {
		hi++
	}
	return lo, ptext[lo:hi]
}

// window returns the passage words [lo, hi) of pw to align the quote
// with: all of them when they are few (see windowMin), otherwise a window
// around the quote's best anchor, the stretch of twice its words that
// holds the most distinct content words of the quote (its first, on a
// tie), centred in the window. Linear in len(pw).
func (q *quote) window(pw []word) (lo, hi int) {
	size := max(windowMin, windowPerItem*len(q.items))
	if len(pw) <= size {
		return 0, len(pw)
	}
	want := map[string]bool{}
	for _, it := range q.items {
		if it.kind == itemWord && !functionWord(it.w.term) {
			want[it.w.term] = true
		}
	}
	span := min(size, max(1, 2*q.words))
	count := map[string]int{} // the quote's content words in the stretch
	distinct, best, at := 0, -1, 0
	for j, w := range pw {
		if want[w.term] {
			if count[w.term]++; count[w.term] == 1 {
				distinct++
			}
		}
		if k := j - span; k >= 0 && want[pw[k].term] {
			if count[pw[k].term]--; count[pw[k].term] == 0 {
				distinct--
			}
		}
		if distinct > best {
			best, at = distinct, max(0, j+1-span)
		}
	}
	lo = max(0, at-(size-span)/2)
	hi = min(len(pw), lo+size)
	lo = max(0, hi-size)
	return lo, hi
}

// tally counts an alignment's words: the quote's words matched (same) and
// the words changed (edits, for each difference the longer of its two
// sides), both also over content words only (cSame, cEdits: function words
// such as "the", "it", "is" left out); marks is how many of the edits are
// the quote's own marks, a bracketed insertion or an elision that changes
// what the passage says, or a negation or a number cut off at the quote's
// start.
type tally struct {
	same, edits   int
	cSame, cEdits int
	marks         int
}

// segments groups the steps of an alignment into segments, and returns
// them with their tally.
func (q *quote) segments(steps []step, ptext string, pw []word, names map[string]bool) (segs []Segment, t tally) {
	// raw segments: their words; text is taken from the first word to
	// the last, so that a run of same words keeps its punctuation
	type raw struct {
		op     string
		qs, ps []word
		seg    Segment // elisions and brackets
	}
	q.fitEdgeBrackets(steps, ptext, pw)
	attr := attributions(ptext, pw)
	var rs []raw
	var qs, ps []word // the open difference's words
	add := func(r raw) {
		if k := len(rs) - 1; k >= 0 && r.op == OpSame && rs[k].op == OpSame {
			rs[k].qs = append(rs[k].qs, r.qs...)
			rs[k].ps = append(rs[k].ps, r.ps...)
			return
		}
		rs = append(rs, r)
	}
	flush := func() {
		if len(qs) == 0 && len(ps) == 0 {
			return
		}
		r := raw{qs: qs, ps: ps}
		switch {
		case len(qs) == 0 && attribution(attr, pw, ps):
			// “We might,” she said, “but …”: the passage's words
			// between its quotations, which a quote joins
			r.op, r.seg = OpElided, Segment{Op: OpElided, Passage: wordsText(ptext, ps)}
			add(r)
			qs, ps = nil, nil
			return
		case equivalent(qs, ps):
			r.op = OpSame
			t.same += len(qs)
			t.cSame += contentCount(qs)
		case len(ps) == 0:
			r.op = OpInserted
		case len(qs) == 0:
			r.op = OpDeleted
		default:
			r.op = OpReplaced
		}
		switch {
		case r.op == OpReplaced && sameExpanded(qs, ps):
			t.edits++ // the same words written otherwise ("I have", "I've")
		case r.op != OpSame:
			t.edits += max(len(qs), len(ps))
			t.cEdits += max(contentCount(qs), contentCount(ps))
		}
		add(r)
		qs, ps = nil, nil
	}
	for _, st := range steps {
		switch {
		case st.word && st.same:
			flush()
			t.same++
			t.cSame += contentCount([]word{q.items[st.qi].w})
			add(raw{op: OpSame, qs: []word{q.items[st.qi].w}, ps: slices.Clone(pw[st.pj:st.pk])})
		case st.word:
			qs = append(qs, q.items[st.qi].w)
			ps = append(ps, pw[st.pj:st.pk]...)
		case st.qi < 0:
			ps = append(ps, pw[st.pj:st.pk]...)
		default:
			flush()
			it := q.items[st.qi]
			cov := pw[st.pj:st.pk]
			switch {
			case it.kind == itemBracket:
				seg := Segment{Op: OpBracketed, Quote: it.text, Passage: wordsText(ptext, cov)}
				if bws := bracketWords(it.text); !clarifies(bws, cov) {
					// not a clarification: a difference like any other
					seg.Op = OpReplaced
					if len(cov) == 0 {
						seg.Op = OpInserted
					}
					seg.Change, seg.Meaning = classifyBracket(it.text, bws, ptext, cov, names)
					n := max(1, len(bws), len(cov))
					t.edits += n
					t.cEdits += max(contentCount(bws), contentCount(cov))
					t.marks += n
				}
				add(raw{op: OpBracketed, seg: seg})
			case st.pk > st.pj:
				seg := Segment{Op: OpElided, Quote: it.text, Passage: wordsText(ptext, cov)}
				if ch, ws := q.elidedChange(st, ptext, pw); ch != "" {
					seg.Passage, seg.Change, seg.Meaning = wordsText(ptext, ws), ch, true
					t.edits++
					t.marks++
				}
				add(raw{op: OpElided, seg: seg})
			}
		}
	}
	flush()
	// a negation or a number cut off where the quote starts without an
	// elision mark ("single state can act" of "No single state can act")
	if lead := q.cutAtStart(steps, ptext, pw); lead.Change != "" {
		rs = slices.Insert(rs, 0, raw{op: OpDeleted, seg: lead})
		t.edits++
		t.marks++
	}
	rs = mergeMoves(rs, func(r raw) (string, []word, []word) { return r.op, r.qs, r.ps }, func(qs, ps []word) raw {
		return raw{op: OpReplaced, qs: qs, ps: ps, seg: Segment{Change: ChangeOrder}}
	})
	// an elision at either end of the quote only says the passage goes on
	// (unless it left out a negation or a number of the quote's clause)
	if len(rs) > 0 && rs[0].op == OpElided && !rs[0].seg.Meaning {
		rs = rs[1:]
	}
	if k := len(rs) - 1; k >= 0 && rs[k].op == OpElided && !rs[k].seg.Meaning {
		rs = rs[:k]
	}
	segs = make([]Segment, 0, len(rs))
	for _, r := range rs {
		if r.seg.Op != "" {
			segs = append(segs, r.seg)
			continue
		}
		s := Segment{Op: r.op, Quote: wordsText(q.text, r.qs), Passage: wordsText(ptext, r.ps)}
		switch {
		case r.seg.Change == ChangeOrder:
			s.Change, s.Meaning = ChangeOrder, movedMeaning(q.text, r.qs, names)
		case r.op != OpSame:
			s.Change, s.Meaning = classify(q.text, r.qs, ptext, r.ps, names)
		}
		segs = append(segs, s)
	}
	return segs, t
}

// attributions marks the passage words that stand between two quotations
// of the passage, outside them, at most bracketSpan of them (“We might,”
// she said, “but …”): its attribution, not the speaker's words, which a
// quote joining the quotations leaves out. Nil when there are none.
func attributions(ptext string, pw []word) []bool {
	if !strings.ContainsAny(ptext, "“”\"«»") {
		return nil
	}
	// marks returns whether the text between two words opens a quotation
	// and whether it closes one, and updates inside (a straight mark
	// opens outside a quotation and closes inside one)
	inside := false
	marks := func(gap string) (opened, closed bool) {
		for _, r := range gap {
			switch {
			case r == '“' || r == '«' || r == '"' && !inside:
				inside, opened = true, true
			case r == '”' || r == '»' || r == '"' && inside:
				inside, closed = false, true
			}
		}
		return opened, closed
	}
	var out []bool
	marks(ptext[:pw[0].start])
	for i := 0; i < len(pw); {
		// a run of words with no quotation mark between them, outside the
		// quotations, after a closing mark and before an opening one
		closed := false
		if i > 0 {
			_, closed = marks(ptext[pw[i-1].end:pw[i].start])
		}
		j := i + 1
		for j < len(pw) && !strings.ContainsAny(ptext[pw[j-1].end:pw[j].start], "“”\"«»") {
			j++
		}
		outside := !inside
		opened := false
		if j < len(pw) {
			// the marks after the run, read when the next run starts
			save := inside
			opened, _ = marks(ptext[pw[j-1].end:pw[j].start])
			inside = save
		}
		if outside && closed && opened && i > 0 && j < len(pw) && j-i <= bracketSpan {
			if out == nil {
				out = make([]bool, len(pw))
			}
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// attribution reports whether the passage words ps are all of the
// passage's attribution between two quotations (see attributions).
func attribution(attr []bool, pw []word, ps []word) bool {
	if attr == nil || len(ps) == 0 {
		return false
	}
	i := sort.Search(len(pw), func(k int) bool { return pw[k].start >= ps[0].start })
	j := i + len(ps)
	if j > len(pw) || pw[i].start != ps[0].start || !attr[i] || i > 0 && attr[i-1] || j < len(pw) && attr[j] {
		return false
	}
	return !slices.Contains(attr[i:j], false)
}

// stopWords are the English stop words of the index's analyzer
// (Snowball's list): the function words of a quote.
var stopWords = sync.OnceValue(func() analysis.TokenMap {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(en.EnglishStopWords); err != nil {
		panic(err) // the library's own list
	}
	return tm
})

// functionWord reports whether the folded term is a function word (a stop
// word: "the", "it", "is", "of"), which says little about what a quote
// is about.
func functionWord(term string) bool {
	return stopWords()[strings.ReplaceAll(term, "’", "'")]
}

// contentCount returns how many of ws are content words (not function
// words; numbers are content).
func contentCount(ws []word) int {
	n := 0
	for _, w := range ws {
		if !functionWord(w.term) {
			n++
		}
	}
	return n
}

// hasContent reports whether the quote has a content word.
func (q *quote) hasContent() bool {
	for _, it := range q.items {
		if it.kind == itemWord && !functionWord(it.w.term) {
			return true
		}
	}
	return false
}

// bracketWords returns the words of a bracketed insertion ("[the
// Minister]"), their spans in its text.
func bracketWords(text string) []word {
	return verifyWords(text, nil)
}

// clarifies reports whether a bracketed insertion, its words bws, may
// stand for the passage's words cov without changing what they say: it
// covers nothing or only function words and pronouns ("[the Minister]"
// for "she"), or repeats every content word it covers ("[the new law]"
// for "the law"), and it adds or drops no negation, no number and no
// antonym of what it covers.
func clarifies(bws, cov []word) bool {
	if negations(bws) != negations(cov) || numberSet(bws) != numberSet(cov) || lexicon.AnyAntonyms(terms(bws), terms(cov)) {
		return false
	}
	in := map[string]bool{}
	for _, w := range bws {
		in[w.term] = true
		for _, e := range lexicon.Expand(w.term) {
			in[e] = true
		}
	}
	for _, w := range cov {
		if !functionWord(w.term) && !lexicon.Pronoun(w.term) && !in[w.term] {
			return false
		}
	}
	return true
}

// negations returns how many of ws negate ("not only … but also" does
// not).
func negations(ws []word) int {
	k := 0
	for i, w := range ws {
		if lexicon.Negation(w.term) && !(w.term == "not" && i+1 < len(ws) && ws[i+1].term == "only") {
			k++
		}
	}
	return k
}

// negationsIn is negations of pw[lo:hi], the word after hi ("only")
// included in the reading.
func negationsIn(pw []word, lo, hi int) int {
	return negations(pw[lo:min(len(pw), hi+1)]) - negations(pw[hi:min(len(pw), hi+1)])
}

// negationReach is how many words of the passage left out next to a word
// of the quote, in its clause, may hold a negation of it.
const negationReach = 5

// numberSet returns the numbers of ws, written as digits where they are
// number words, sorted and joined.
func numberSet(ws []word) string {
	var ns []string
	for _, w := range ws {
		if lexicon.Number(w.term) {
			ns = append(ns, lexicon.Expand(w.term)...)
		}
	}
	slices.Sort(ns)
	return strings.Join(slices.Compact(ns), " ")
}

// classifyBracket is classify for a bracketed insertion (its text btext,
// its words bws) in place of the passage's words cov: a capitalised
// content word of the bracket names someone ("[Greece]").
func classifyBracket(btext string, bws []word, ptext string, cov []word, names map[string]bool) (string, bool) {
	change, meaning := classify(btext, bws, ptext, cov, names)
	if change == ChangeWording || change == ChangeSpelling {
		for _, w := range bws {
			r, _ := utf8.DecodeRuneInString(btext[w.start:w.end])
			if unicode.IsUpper(r) && !functionWord(w.term) {
				return ChangePerson, true
			}
		}
	}
	return change, meaning
}

// editorial reports whether a bracketed insertion is an editor's note
// ("[sic]", "[emphasis added]"): its content words are all of the
// lexicon's editorial words.
func editorial(bws []word) bool {
	n := 0
	for _, w := range bws {
		switch {
		case lexicon.Editorial(w.term):
			n++
		case !functionWord(w.term):
			return false
		}
	}
	return n > 0
}

// clauseBreak reports whether a clause of ptext starts at the passage word
// b: a sentence starts there, or a comma, semicolon, colon, dash or
// parenthesis stands between it and the word before (or there is none);
// with sentence, whether a sentence starts there.
func clauseBreak(ptext string, pw []word, b int, sentence bool) bool {
	if b <= 0 || b >= len(pw) {
		return true
	}
	return sentenceStart(ptext, pw[b].start) || !sentence && strings.ContainsAny(ptext[pw[b-1].end:pw[b].start], ",;:()–—")
}

// clauseBefore returns how many of the passage words before j, at most
// limit, are in the clause (with sentence, the sentence) of the word j.
func clauseBefore(ptext string, pw []word, j, limit int, sentence bool) int {
	k := 0
	for k < limit && j-k-1 >= 0 && !clauseBreak(ptext, pw, j-k, sentence) {
		k++
	}
	return k
}

// clauseAfter returns how many of the passage words from j on, at most
// limit, are in the clause (with sentence, the sentence) of the word j-1.
func clauseAfter(ptext string, pw []word, j, limit int, sentence bool) int {
	k := 0
	for k < limit && j+k < len(pw) && !clauseBreak(ptext, pw, j+k, sentence) {
		k++
	}
	return k
}

// fitEdgeBrackets decides which passage words a bracketed insertion at
// the start or the end of the quote stands for, which the alignment
// leaves open (the quote may start or end anywhere in the passage): an
// editor's note ("[sic]") none; otherwise the most words of its sentence it
// clarifies ("[The Minister] said" for "In May, she said": "she"), or as
// many words as it has when it clarifies none ("[Greece] is proud" for
// "Malta is proud": "Malta").
func (q *quote) fitEdgeBrackets(steps []step, ptext string, pw []word) {
	fit := func(st *step, lead bool) {
		bws := bracketWords(q.items[st.qi].text)
		if lead {
			st.pj = st.pk
		} else {
			st.pk = st.pj
		}
		if editorial(bws) {
			return
		}
		var avail int
		cover := func(k int) []word {
			if lead {
				return pw[st.pk-k : st.pk]
			}
			return pw[st.pj : st.pj+k]
		}
		if lead {
			avail = clauseBefore(ptext, pw, st.pk, bracketSpan, true)
		} else {
			avail = clauseAfter(ptext, pw, st.pj, bracketSpan, true)
		}
		k := min(avail, len(bws))
		for c := avail; c >= 1; c-- {
			if clarifies(bws, cover(c)) {
				k = c
				break
			}
		}
		if lead {
			st.pj = st.pk - k
		} else {
			st.pk = st.pj + k
		}
	}
	if len(steps) < 2 {
		return
	}
	if first := &steps[0]; first.qi == 0 && q.items[0].kind == itemBracket {
		fit(first, true)
	}
	if last := &steps[len(steps)-1]; last.qi == len(q.items)-1 && q.items[last.qi].kind == itemBracket {
		fit(last, false)
	}
}

// elidedChange returns the change that the elision of step st makes, ""
// when it only leaves words out, and the words left out that make it (at
// an end of the quote, those of the quote's clause): a negation of the
// clause of the quote's word before the elision or after it left out ("it
// does … prevent it" of "it does not necessarily prevent it"),
// ChangeNegation; a number of a quantity the quote gives next to the
// elision ("2 … million" of "2 or 3 million", ChangeNumber). Sentences
// and clauses of the passage left out whole do not count.
func (q *quote) elidedChange(st step, ptext string, pw []word) (string, []word) {
	lead, trail := st.qi == 0, st.qi == len(q.items)-1
	n := min(st.pk-st.pj, negationReach)
	var head, tail []word // the elided words in the clause before, after
	h, k := 0, 0
	if !lead {
		h = clauseAfter(ptext, pw, st.pj, n, false)
		head = pw[st.pj : st.pj+h]
	}
	if !trail && st.pk < len(pw) {
		k = clauseBefore(ptext, pw, st.pk, n, false)
		tail = pw[st.pk-k : st.pk]
	}
	shown := pw[st.pj:st.pk]
	switch {
	case lead:
		shown = tail
	case trail:
		shown = head
	}
	if negationsIn(pw, st.pj, st.pj+h) > 0 || negationsIn(pw, st.pk-k, st.pk) > 0 {
		return ChangeNegation, shown
	}
	number := func(i int) bool {
		return i >= 0 && i < len(q.items) && q.items[i].kind == itemWord && lexicon.Number(q.items[i].w.term)
	}
	if len(head) > 0 && lexicon.Number(head[0].term) && number(st.qi-1) ||
		len(tail) > 0 && lexicon.Number(tail[len(tail)-1].term) && number(st.qi+1) {
		return ChangeNumber, shown
	}
	return "", nil
}

// cutAtStart returns, as a deleted segment, the words of the passage
// before the quote's first word, in its clause, when they hold a
// negation ("single state can act" of "No single state can act") or a
// number next to the quote's first word, a number too ("million people"
// of "two million people"); a zero Segment otherwise.
func (q *quote) cutAtStart(steps []step, ptext string, pw []word) Segment {
	if len(steps) == 0 || len(q.items) == 0 || q.items[0].kind != itemWord || !steps[0].word || !steps[0].same {
		return Segment{}
	}
	j := steps[0].pj
	i := j - clauseBefore(ptext, pw, j, negationReach, false)
	before := pw[i:j]
	s := Segment{Op: OpDeleted, Meaning: true}
	switch {
	case negationsIn(pw, i, j) > 0:
		for negationsIn(pw, i+1, j) == negationsIn(pw, i, j) {
			i++ // from the negation on
		}
		before = pw[i:j]
		s.Change = ChangeNegation
	case len(before) > 0 && lexicon.Number(before[len(before)-1].term) && lexicon.Number(q.items[0].w.term):
		k := len(before)
		for k > 0 && lexicon.Number(before[k-1].term) {
			k-- // the number only
		}
		before = before[k:]
		s.Change = ChangeNumber
	default:
		return Segment{}
	}
	s.Passage = wordsText(ptext, before)
	return s
}

// mergeMoves merges a word moved a little (inserted, then at most
// maxMoveSpan same words, then the same word deleted, or the other way
// round) into one replaced segment spanning them: "actionable
// recommendations" for "recommendations actionable".
func mergeMoves[R any](rs []R, get func(R) (op string, qs, ps []word), mk func(qs, ps []word) R) []R {
	terms := func(ws []word) string {
		var b strings.Builder
		for _, w := range ws {
			b.WriteString(w.term)
			b.WriteByte(' ')
		}
		return b.String()
	}
	out := rs[:0:0]
	for i := 0; i < len(rs); i++ {
		if i+2 < len(rs) {
			op1, q1, p1 := get(rs[i])
			op2, q2, p2 := get(rs[i+1])
			op3, q3, p3 := get(rs[i+2])
			if op2 == OpSame && len(q2) <= maxMoveSpan {
				switch {
				case op1 == OpInserted && op3 == OpDeleted && terms(q1) == terms(p3):
					out = append(out, mk(append(slices.Clone(q1), q2...), append(slices.Clone(p2), p3...)))
					i += 2
					continue
				case op1 == OpDeleted && op3 == OpInserted && terms(p1) == terms(q3):
					out = append(out, mk(append(slices.Clone(q2), q3...), append(slices.Clone(p1), p2...)))
					i += 2
					continue
				}
			}
		}
		out = append(out, rs[i])
	}
	return out
}

// maxMoveSpan is how many words a moved word may jump over.
const maxMoveSpan = 3

// movedMeaning reports whether words moved (ws, the quote's) may change
// the meaning: a number, a negation, a name or a pronoun moved.
func movedMeaning(text string, ws []word, names map[string]bool) bool {
	for _, w := range ws {
		if lexicon.Number(w.term) || lexicon.Negation(w.term) || lexicon.Pronoun(w.term) || names[w.term] || properNoun(text, w) {
			return true
		}
	}
	return false
}

// wordsText returns the text from the first to the last of ws, as written.
func wordsText(text string, ws []word) string {
	if len(ws) == 0 {
		return ""
	}
	return text[ws[0].start:ws[len(ws)-1].end]
}

// equivalent reports whether two runs of words are one spelling apart by
// a hyphen or a space ("co-operation", "cooperation") or a thousands
// separator ("10,000", "10 000").
func equivalent(a, b []word) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	join := func(ws []word) string {
		var sb strings.Builder
		for _, w := range ws {
			sb.WriteString(w.term)
		}
		return thousands(sb.String())
	}
	return join(a) == join(b)
}

// thousands removes the commas between digits ("10,000" → "10000").
func thousands(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// classify names the change between the quote's words qs and the
// passage's words ps and whether it may change the meaning.
func classify(qtext string, qs []word, ptext string, ps []word, names map[string]bool) (string, bool) {
	// "doesn't" for "does not", "3" for "three": the same words written
	// otherwise
	if sameExpanded(qs, ps) {
		return ChangeSpelling, false
	}
	neg := func(ws []word) int {
		k := 0
		for _, w := range ws {
			if lexicon.Negation(w.term) {
				k++
			}
		}
		return k
	}
	if neg(qs) != neg(ps) {
		return ChangeNegation, true
	}
	if lexicon.AnyAntonyms(terms(qs), terms(ps)) {
		return ChangeAntonym, true
	}
	for _, ws := range [][]word{qs, ps} {
		for _, w := range ws {
			if lexicon.Number(w.term) {
				return ChangeNumber, true
			}
		}
	}
	// the quote's last word cut short ("fix its A" of "fix its API"): no
	// other word, the quote just ends there
	if len(qs) == 1 && len(ps) == 1 && strings.HasPrefix(ps[0].term, qs[0].term) && strings.IndexFunc(qtext[qs[0].end:], text.IsWordRune) < 0 {
		return ChangeWording, false
	}
	person := func(text string, ws []word) bool {
		for _, w := range ws {
			if lexicon.Pronoun(w.term) || names[w.term] || properNoun(text, w) {
				return true
			}
		}
		return false
	}
	if person(qtext, qs) || person(ptext, ps) {
		return ChangePerson, true
	}
	if len(qs) == 1 && len(ps) == 1 && spellingVariant(qs[0].term, ps[0].term) {
		return ChangeSpelling, false
	}
	return ChangeWording, false
}

// sameExpanded reports whether qs and ps are the same words written
// otherwise: "doesn't" for "does not", "3" for "three", "I have" for
// "I've".
func sameExpanded(qs, ps []word) bool {
	expand := func(ws []word) string {
		var out []string
		for _, w := range ws {
			out = append(out, lexicon.Expand(w.term)...)
		}
		return strings.Join(out, " ")
	}
	return len(qs) > 0 && len(ps) > 0 && expand(qs) == expand(ps)
}

// properNoun reports whether w is capitalised where a sentence does not
// start: a name ("Roma", "Greece", "UNHCR").
func properNoun(text string, w word) bool {
	r, _ := utf8.DecodeRuneInString(text[w.start:w.end])
	return unicode.IsUpper(r) && !sentenceStart(text, w.start)
}

// sentenceStart reports whether a sentence of text starts at byte i: only
// quotation marks, brackets and white space stand between it and the
// start of the text or the end of the previous sentence.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’'([«»", r)
	})
	if before == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?:;…•✓", last)
}

// spellingVariant reports whether a and b are one word spelled two ways:
// one letter apart in words of four letters or more ("organisation",
// "organization"; "labour", "labor"; "trafficing"), two in words of eight
// or more. Numbers, negations and antonyms are never variants (classify
// tells them first).
func spellingVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	switch n := min(len(ra), len(rb)); {
	case n >= 8:
		return text.Distance(ra, rb, 2, nil) <= 2
	case n >= 4:
		return text.Distance(ra, rb, 1, nil) <= 1
	}
	return false
}

// normText folds s and collapses its white space.
func normText(s string) string {
	return strings.Join(strings.Fields(text.Fold(s)), " ")
}

// ---- candidates ----

// verifyCandidates returns the positions of up to k passages sharing
// words with the quote's tokens qt, best first.
func (ix *Index) verifyCandidates(ctx context.Context, qt []string, k int) ([]int, error) {
	if !ix.acquire() {
		return nil, ErrClosed
	}
	defer ix.release()
	var qs []bquery.Query
	seen := map[string]bool{}
	for _, t := range qt {
		st := ix.stemOf(t)
		if st == "" || seen[st] {
			continue
		}
		seen[st] = true
		qs = append(qs, termQuery(fieldText, st, 1))
		if len(qs) == query.MaxTerms {
			break
		}
	}
	if len(qs) == 0 { // only stop words
		for _, t := range qt[:min(len(qt), query.MaxTerms)] {
			qs = append(qs, termQuery(fieldExact, t, 1))
		}
	}
	if len(qt) > 1 {
		ph := newSeqQuery(qt[:min(len(qt), query.MaxTerms)], fieldExact)
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
	if st := query.Analyze(ix.english, t); len(st) > 0 {
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
