package attrib

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// mentionsScan is mentions as it was before nameIndex: every person of
// the registry compared with every capitalised token.
func (a *attributor) mentionsScan(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		if h, ok := handleAt(toks, i); ok && a.handles[h] != nil {
			out = append(out, mention{a.handles[h], i, i + 2})
			i++
			continue
		}
		if !isCapitalized(toks[i].text) {
			continue
		}
		var best mention
		for _, p := range a.reg.people {
			n := len(p.names)
			if n == 0 {
				continue
			}
			if i+n <= len(toks) {
				ok := true
				exact := 0
				for k := 0; k < n; k++ {
					if toks[i+k].f == p.names[k] {
						exact++
					} else if !a.similarName(toks[i+k].f, p.names[k]) {
						ok = false
						break
					}
				}
				if ok && exact >= 1 && n > best.end-best.start {
					best = mention{p, i, i + n}
				}
			}
			if best.p == nil && (toks[i].f == p.surname || len(p.surname) >= 6 && toks[i].f[0] == p.surname[0] && a.similarName(toks[i].f, p.surname)) {
				best = mention{p, i, i + 1}
			}
			if best.p == nil && n >= 3 && toks[i].f == p.names[n-2] && !isParticle(p.names[n-2]) && i > 0 && titlesOnly(toks[i-1:i]) &&
				(i+1 >= len(toks) || toks[i+1].f != p.surname) {
				best = mention{p, i, i + 1}
			}
		}
		if best.p == nil && (i+1 >= len(toks) || !isCapitalized(toks[i+1].text)) {
			var only *person
			n := 0
			for _, p := range a.reg.people {
				if len(p.names) > 1 && p.names[0] == toks[i].f && len(p.names[0]) >= 2 {
					only = p
					n++
				}
			}
			if n == 1 {
				best = mention{only, i, i + 1}
			}
		}
		if best.p != nil {
			out = append(out, best)
			i = best.end - 1
		}
	}
	return out
}

// TestMentionsIndexed: mentions finds the same people as a scan of the
// whole registry, for registries of similar names (misspellings,
// diacritics, double surnames, names merged and renamed as the registry
// grows) and sentences that misspell them.
func TestMentionsIndexed(t *testing.T) {
	syll := []string{"ka", "ro", "li", "an", "mé", "st", "ov", "ić", "be", "na", "ø", "ter"}
	for seed := int64(1); seed <= 8; seed++ {
		rng := rand.New(rand.NewSource(seed))
		word := func() string {
			var b strings.Builder
			for n := 1 + rng.Intn(9); n > 0; n-- { // up to 27 letters: past maxFuzzyIndexed
				b.WriteString(syll[rng.Intn(len(syll))])
			}
			w := []rune(b.String())
			w[0] = []rune(strings.ToUpper(string(w[0])))[0]
			return string(w)
		}
		misspell := func(w string) string {
			r := []rune(w)
			if len(r) < 3 {
				return w
			}
			k := 1 + rng.Intn(len(r)-2)
			switch rng.Intn(4) {
			case 0:
				r[k] = 'e'
			case 1:
				r = append(r[:k], r[k+1:]...)
			case 2:
				r = append(r[:k], append([]rune{'a'}, r[k:]...)...)
			default:
				r[k], r[k+1] = r[k+1], r[k]
			}
			return string(r)
		}
		a := &attributor{}
		var names [][]string
		check := func() {
			for s := 0; s < 30; s++ {
				var ws []string
				for n := 3 + rng.Intn(10); n > 0; n-- {
					switch k := rng.Intn(10); {
					case k < 5 && len(names) > 0:
						nm := names[rng.Intn(len(names))]
						from := rng.Intn(len(nm))
						for _, w := range nm[from:] {
							if rng.Intn(4) == 0 {
								w = misspell(w)
							}
							ws = append(ws, w)
						}
					case k < 7:
						ws = append(ws, word())
					case k < 8:
						ws = append(ws, "Minister")
					default:
						ws = append(ws, "said", "that", ",", ".")[:len(ws)+1+rng.Intn(3)]
					}
				}
				toks := tokenize(strings.Join(ws, " "))
				got, want := a.mentions(toks), a.mentionsScan(toks)
				if !slices.Equal(got, want) {
					t.Fatalf("seed %d, %q: mentions %v, scan %v", seed, strings.Join(ws, " "), got, want)
				}
			}
		}
		for p := 0; p < 120; p++ {
			var nm []string
			switch k := rng.Intn(10); {
			case k < 2 && len(names) > 0: // a surname alone, or a longer name ending with a known one
				old := names[rng.Intn(len(names))]
				nm = old[len(old)-1:]
				if k == 1 {
					nm = append([]string{word()}, old...)
				}
			default:
				for n := 1 + rng.Intn(4); n > 0; n-- {
					nm = append(nm, word())
				}
			}
			names = append(names, nm)
			a.register(newPerson(strings.Join(nm, " "), "", nil, "", "d"))
			if p%10 == 0 {
				check()
			}
		}
		check()
	}
}

// rolePhraseScan is rolePhrase's choice as it was before nameIndex: every
// person of the registry counted.
func (a *attributor) rolePhraseScan(words []string) *person {
	var best *person
	bestN, second := 0, 0
	for _, p := range a.reg.people {
		n := 0
		for _, w := range words {
			if p.words[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN, second = p, n, bestN
		} else if n > second {
			second = n
		}
	}
	if bestN >= 3 && bestN > second && bestN*2 > len(words) {
		return best
	}
	return nil
}

// TestRolePhraseIndexed: rolePhrase picks the person a scan of the whole
// registry picks, for registries of overlapping roles that grow and
// change (overrides adding words).
func TestRolePhraseIndexed(t *testing.T) {
	vocab := []string{"Minister", "Foreign", "Affairs", "Ministry", "Office", "Water", "Norway", "Chile", "Council", "Health", "Bank", "Ombudsperson"}
	for seed := int64(1); seed <= 8; seed++ {
		rng := rand.New(rand.NewSource(seed))
		phrase := func(n int) []string {
			var ws []string
			for ; n > 0; n-- {
				ws = append(ws, vocab[rng.Intn(len(vocab))])
			}
			return ws
		}
		a := &attributor{}
		for p := 0; p < 80; p++ {
			a.register(newPerson(fmt.Sprintf("Jana Roe%c%c", 'a'+p%26, 'a'+p/26), strings.Join(phrase(1+rng.Intn(4)), " ")+", "+strings.Join(phrase(1+rng.Intn(3)), " "), nil, "", "d"))
			if rng.Intn(5) == 0 { // an override adds words to someone indexed
				q := a.reg.people[rng.Intn(len(a.reg.people))]
				for _, w := range phrase(2) {
					q.words[fold(w)] = true
				}
				a.reg.changed(q)
			}
			for s := 0; s < 10; s++ {
				ws := phrase(3 + rng.Intn(5))
				toks := tokenize("The " + strings.Join(ws, " "))
				var fs []string
				for k := len(toks) - 1; k > 0; k-- {
					fs = append(fs, toks[k].f)
				}
				if got, want := a.rolePhrase(toks), a.rolePhraseScan(fs); got != want {
					t.Fatalf("seed %d, %v: rolePhrase %v, scan %v", seed, ws, got, want)
				}
			}
		}
	}
}
