package attrib

import (
	"slices"
	"unicode/utf8"
)

// nameIndex finds, for a token of a sentence, the people of the registry
// mentions must compare with it, so that finding names costs about the
// same whatever the size of the registry. It gives a superset of the people
// that can match (mentions checks each as before), in registry order, so
// that mentions credits the same people as a scan of the whole registry.
//
// It also gives the people whose role, organisation or country words
// include one of some words (rolePhrase).
//
// It indexes people as the registry grows (registry.add) and again when
// their names or words change (registry.changed); an entry a rename left
// behind only adds a candidate that mentions rejects.
type nameIndex struct {
	done     int                       // people[:done] are indexed
	maxNames int                       // the most name tokens of anyone indexed
	exact    map[nameKey][]int         // name token k of a name → people (by seq)
	surname  map[string][]int          // surname → people
	penult   map[string][]int          // the first of a double surname (names[n-2], n ≥ 3) → people
	first    map[string][]int          // first name of a name of several tokens → people
	byWord   map[string][]int          // a word of role, organisation or country (person.words) → people
	fuzzy    map[string][]int          // a surname with up to allowedEdits letters deleted → people
	fuzzyLen [maxFuzzyIndexed + 1]bool // a surname of that many letters is in fuzzy
	long     map[byte][]longName       // people whose surname is too long for fuzzy (maxFuzzyIndexed), by its first byte
	fuzzyFor map[string]fuzzyHit       // token → people whose surname it may misspell, for one state of the index
	version  int                       // changes whenever an entry is added
	stamp    []uint32                  // per person: the query that last listed them (dedup)
	query    uint32
}

type nameKey struct {
	k int
	w string
}

type longName struct {
	seq, n int // the person, the letters of their surname
}

type fuzzyHit struct {
	version int
	seqs    []int
}

// maxFuzzyIndexed bounds the surnames the index finds misspelt by their
// deletion neighbourhood (the strings a surname gives with up to
// allowedEdits letters deleted: C(n, 2) for n letters), and with them the
// neighbourhood a token is looked up by. A longer surname is compared with
// every token close to its length, as before the index: a document cannot
// make the index large or slow by long names.
const maxFuzzyIndexed = 12

// maxFuzzyCache bounds the memory of the index's misspelling look-ups
// (nameIndex.fuzzyFor); past it the cache starts over.
const maxFuzzyCache = 1 << 16

// allowedEdits is the edit distance similarName allows a name of n
// letters.
func allowedEdits(n int) int {
	switch {
	case n >= 13:
		return 3
	case n >= 8:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}

// queryEdits is the most letters a token of n letters loses on its way to
// a common spelling with a surname of the fuzzy index it is similar to
// (similarName): the most edits allowed to a surname of a length the index
// holds and the token can reach; -1 when it can reach none.
func (x *nameIndex) queryEdits(n int) int {
	d := -1
	for l := max(5, n-3); l <= min(n+3, maxFuzzyIndexed); l++ {
		if a := allowedEdits(l); x.fuzzyLen[l] && a >= max(n-l, l-n) && a > d {
			d = a
		}
	}
	return d
}

// deletions calls f with s and every string s gives with at most d of its
// letters (runes) deleted, once for each set of positions deleted.
func deletions(s string, d int, f func(string)) {
	var del func(s string, d, from int)
	del = func(s string, d, from int) {
		f(s)
		if d == 0 {
			return
		}
		for i, r := range s[from:] {
			i += from
			del(s[:i]+s[i+utf8.RuneLen(r):], d-1, i)
		}
	}
	del(s, d, 0)
}

func (x *nameIndex) put(m map[string][]int, w string, seq int) {
	m[w] = append(m[w], seq)
}

// index adds p's current names.
func (x *nameIndex) index(p *person) {
	x.version++
	n := len(p.names)
	x.maxNames = max(x.maxNames, n)
	for k, w := range p.names {
		x.exact[nameKey{k, w}] = append(x.exact[nameKey{k, w}], p.seq)
	}
	x.put(x.surname, p.surname, p.seq)
	if n >= 3 {
		x.put(x.penult, p.names[n-2], p.seq)
	}
	if n > 1 {
		x.put(x.first, p.names[0], p.seq)
		if p.short != "" {
			x.put(x.first, p.short, p.seq)
		}
	}
	for w := range p.words {
		x.put(x.byWord, w, p.seq)
	}
	if n := utf8.RuneCountInString(p.surname); len(p.surname) >= 6 && allowedEdits(n) > 0 {
		if n > maxFuzzyIndexed {
			x.long[p.surname[0]] = append(x.long[p.surname[0]], longName{p.seq, n})
		} else {
			x.fuzzyLen[n] = true
			deletions(p.surname, allowedEdits(n), func(v string) { x.put(x.fuzzy, v, p.seq) })
		}
	}
}

// update indexes the people added or changed since the last look-up.
func (r *registry) update() *nameIndex {
	x := &r.idx
	if x.exact == nil {
		x.exact = map[nameKey][]int{}
		x.surname, x.penult, x.first, x.fuzzy = map[string][]int{}, map[string][]int{}, map[string][]int{}, map[string][]int{}
		x.byWord = map[string][]int{}
		x.long = map[byte][]longName{}
		x.fuzzyFor = map[string]fuzzyHit{}
	}
	for ; x.done < len(r.people); x.done++ {
		x.index(r.people[x.done])
	}
	for _, p := range r.changes {
		x.index(p)
	}
	r.changes = r.changes[:0]
	if len(x.stamp) < len(r.people) {
		x.stamp = append(x.stamp, make([]uint32, len(r.people)-len(x.stamp))...)
	}
	return x
}

// next indexes what changed and starts a look-up: the people it lists
// are stamped with a new query number.
func (r *registry) next() *nameIndex {
	x := r.update()
	if x.query++; x.query == 0 { // wrapped: old stamps would match
		clear(x.stamp)
		x.query = 1
	}
	return x
}

// changed notes that p's names or words changed.
func (r *registry) changed(p *person) {
	r.changes = append(r.changes, p)
}

// fuzzySeqs returns the people whose surname the token f may misspell.
func (x *nameIndex) fuzzySeqs(f string) []int {
	if h, ok := x.fuzzyFor[f]; ok && h.version == x.version {
		return h.seqs
	}
	var seqs []int
	n := utf8.RuneCountInString(f)
	if d := x.queryEdits(n); d >= 0 {
		deletions(f, d, func(v string) { seqs = append(seqs, x.fuzzy[v]...) })
	}
	if f != "" {
		// a long surname: those of its first byte and about its length,
		// which mentions compares one by one
		for _, l := range x.long[f[0]] {
			if max(l.n-n, n-l.n) <= 3 {
				seqs = append(seqs, l.seq)
			}
		}
	}
	slices.Sort(seqs)
	seqs = slices.Compact(seqs)
	if len(x.fuzzyFor) >= maxFuzzyCache {
		clear(x.fuzzyFor)
	}
	x.fuzzyFor[f] = fuzzyHit{x.version, seqs}
	return seqs
}

// candidates returns, in registry order, the people a name starting at
// toks[i] may belong to: each person mentions finds there is among them.
func (r *registry) candidates(toks []token, i int) []*person {
	x := r.next()
	var seqs []int
	add := func(l []int) {
		for _, s := range l {
			if x.stamp[s] != x.query {
				x.stamp[s] = x.query
				seqs = append(seqs, s)
			}
		}
	}
	f := toks[i].f
	for k := 0; k < x.maxNames && i+k < len(toks); k++ {
		add(x.exact[nameKey{k, toks[i+k].f}])
	}
	add(x.surname[f])
	add(x.penult[f])
	add(x.fuzzySeqs(f))
	slices.Sort(seqs)
	out := make([]*person, len(seqs))
	for k, s := range seqs {
		out[k] = r.people[s]
	}
	return out
}

// firstNamed returns the people whose first name may be f.
func (r *registry) firstNamed(f string) []*person {
	x := r.next()
	var out []*person
	for _, s := range x.first[f] {
		if x.stamp[s] != x.query {
			x.stamp[s] = x.query
			out = append(out, r.people[s])
		}
	}
	return out
}

// withWords returns, in registry order, the people whose words include one
// of ws.
func (r *registry) withWords(ws []string) []*person {
	x := r.next()
	var seqs []int
	for _, w := range ws {
		for _, s := range x.byWord[w] {
			if x.stamp[s] != x.query {
				x.stamp[s] = x.query
				seqs = append(seqs, s)
			}
		}
	}
	slices.Sort(seqs)
	out := make([]*person, len(seqs))
	for k, s := range seqs {
		out[k] = r.people[s]
	}
	return out
}
