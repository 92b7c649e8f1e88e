package attrib

import (
	"slices"
	"strings"
)

// Rule roleNoun: a subject that names someone by office ("the professor
// replied", "The Chair opened the hearing by …", "the Commissioner
// said") is the one person of the registry who holds that office in the
// document; when nobody or several do, it credits no one (and it is never
// the current source merely because that source is current).
//
// A person's offices are the runs of title words (lexicon/titles.txt)
// the document puts next to them: in their role and description, their
// programme part ("moderator"), the title words just before a mention
// ("Professor Jane Roe", "Moderator Jane Roe") and the title words of a
// bracket or an apposition just after it ("Jane Roe (Chair)", "Jane Roe,
// Privacy Commissioner,"). Honorifics (Mr, Ms, Dr) are no office.

// roleWord folds a title word to the office it names ("prof" →
// "professor"), or "" when it is no title or only an honorific.
func roleWord(f string) string {
	f = strings.TrimSuffix(f, ".")
	if !lex.titles[f] || lex.honorific[f] {
		return ""
	}
	if full, ok := lex.titleAlias[f]; ok {
		return full
	}
	return f
}

// officeRuns returns the runs of consecutive title words in toks, as
// offices ("Deputy Chair" → ["deputy chair"]).
func officeRuns(toks []token) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
			run = nil
		}
	}
	for _, t := range toks {
		if w := roleWord(t.f); w != "" {
			run = append(run, w)
			continue
		}
		if t.f == "-" && len(run) > 0 {
			continue
		}
		flush()
	}
	flush()
	return out
}

// offices returns every person's offices, computed once per document.
func (a *attributor) offices() map[*person][]string {
	if a.officesOf != nil {
		return a.officesOf
	}
	a.officesOf = map[*person][]string{}
	a.officeWords = map[*person]map[string]bool{}
	words := func(p *person, toks []token) {
		if a.officeWords[p] == nil {
			a.officeWords[p] = map[string]bool{}
		}
		for _, t := range toks {
			a.officeWords[p][t.f] = true
		}
	}
	add := func(p *person, offs []string) {
		for _, o := range offs {
			if !slices.Contains(a.officesOf[p], o) {
				a.officesOf[p] = append(a.officesOf[p], o)
			}
		}
	}
	for _, p := range a.reg.people {
		if p.party {
			continue
		}
		for _, s := range []string{p.Role, p.Description, p.Part, p.Organisation, p.Country} {
			add(p, officeRuns(tokenize(s)))
			words(p, tokenize(s))
		}
	}
	for _, b := range a.d.Blocks {
		toks := tokenize(b.Text)
		for _, m := range a.mentions(toks) {
			if m.p.party {
				continue
			}
			// title words just before the name
			k := m.start
			for k > 0 && m.start-k < 4 && (lex.titles[strings.TrimSuffix(toks[k-1].f, ".")] || toks[k-1].f == "-" || toks[k-1].f == ".") {
				k--
			}
			add(m.p, officeRuns(toks[k:m.start]))
			words(m.p, toks[k:m.start])
			// a role noun the name stands in apposition to: "The Chair,
			// Ms Rania Aziz," (rule roleApposition)
			if r := k - 1; r >= 1 && toks[r].f == "," && m.end < len(toks) && toks[m.end].f == "," {
				rs := r
				for rs > 0 && r-rs < 3 && roleWord(toks[rs-1].f) != "" {
					rs--
				}
				if rs < r && (rs == 0 || toks[rs-1].f == "the" || possessiveDets[toks[rs-1].f]) {
					add(m.p, officeRuns(toks[rs:r]))
					words(m.p, toks[rs:r])
				}
			}
			// a bracket or an apposition just after it
			if e := m.end; e < len(toks) && (toks[e].f == "(" || toks[e].f == ",") {
				f := e + 1
				for f < len(toks) && f-e <= 8 && !strings.Contains("(),.;:", toks[f].f) {
					f++
				}
				if f < len(toks) && f-e <= 8 && (toks[e].f == "(" && toks[f].f == ")" || toks[e].f == "," && toks[f].f != "(") {
					add(m.p, officeRuns(toks[e+1:f]))
					words(m.p, toks[e+1:f])
				}
			}
		}
	}
	return a.officesOf
}

// roleHolder returns the one person holding the office that the title
// words ws name ("chair"): the one whose office is exactly those words,
// else the one whose office holds them all ("deputy minister" for
// "minister"); nil when nobody or several do. The other words of the
// phrase (mods: "Privacy" of "the Privacy Commissioner", "Kenyan" of
// "the Kenyan President") must be words the document puts with that
// person's office, role, organisation or country.
func (a *attributor) roleHolder(ws, mods []string) *person {
	if len(ws) == 0 {
		return nil
	}
	want := strings.Join(ws, " ")
	var exact, within []*person
	for p, offs := range a.offices() {
		fits := true
		for _, m := range mods {
			fits = fits && (a.officeWords[p][m] || p.words[m])
		}
		if !fits {
			continue
		}
		for _, o := range offs {
			if o == want {
				exact = append(exact, p)
				break
			}
		}
		for _, o := range offs {
			words := strings.Fields(o)
			all := true
			for _, w := range ws {
				all = all && slices.Contains(words, w)
			}
			if all {
				within = append(within, p)
				break
			}
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0]
	case len(exact) == 0 && len(within) == 1:
		return within[0]
	case len(exact) == 0 && len(within) == 0 && len(mods) == 0:
		return a.titledName(want)
	}
	return nil
}

// titledName registers and returns the one person the document names
// with an office no one of the registry holds ("Secretary Jane Roe met
// …" before "The Secretary emphasized …"): the title words just before
// two or three name words; nil when it names none or several so.
func (a *attributor) titledName(office string) *person {
	if a.titled == nil {
		a.titled = map[string]*person{}
	}
	if p, done := a.titled[office]; done {
		return p // each office is looked up once per document
	}
	a.titled[office] = nil
	if len(a.reg.people) >= maxTextSpeakers {
		return nil
	}
	var found []string
	for _, b := range a.d.Blocks {
		toks := tokenize(b.Text)
		for i := 0; i < len(toks); i++ {
			k := i
			for k < len(toks) && (roleWord(toks[k].f) != "" || k > i && toks[k].f == "-") {
				k++
			}
			if k == i || officeRuns(toks[i:k])[0] != office {
				continue
			}
			e := k
			for e < len(toks) && e-k < 3 && a.nameToken(toks[e]) {
				e++
			}
			if name := textOf(b.Text, toks, k, e); e-k >= 2 && looksLikeName(name) && !slices.Contains(found, name) {
				found = append(found, name)
			}
			i = k
		}
	}
	if len(found) != 1 {
		return nil
	}
	p := newPerson(found[0], "", nil, "", a.d.ID)
	p.Role = capitalizeFirst(office)
	p = a.register(p)
	a.officesOf = nil // recompute with the new person
	a.titled[office] = p
	return p
}

// roleNounAt reads a role noun phrase toks[start:end] ("professor",
// "Privacy Commissioner", "Deputy Chair"): it returns its offices' words
// and its other words when its last word is a title, else nil.
func roleNounAt(toks []token, start, end int) (ws, mods []string) {
	if start >= end || roleWord(toks[end-1].f) == "" {
		return nil, nil
	}
	for _, t := range toks[start:end] {
		if w := roleWord(t.f); w != "" {
			ws = append(ws, w)
		} else if isLetter(t.f) && !stopwords[t.f] && !lex.honorific[strings.TrimSuffix(t.f, ".")] {
			mods = append(mods, t.f)
		}
	}
	return ws, mods
}
