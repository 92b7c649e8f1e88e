package attrib

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// minPartySubjects is how many different parties, written in capitals as
// the subject of a speech cue, make a report one whose parties speak
// ("NORWAY said", "CHINA proposed").
const minPartySubjects = 3

// detectParties reports whether the document names negotiating parties as
// speakers: three or more different parties of the gazetteer
// (lexicon/parties.txt) written in capitals as the subject of a speech
// cue, or speaking through their delegates ("The representative of Chile
// said", rule delegateParty: a summary record, whose parties then speak
// in title case too: "Australia announced"). Rule capsParties: parties the gazetteer lacks count too, as a run
// of words in capitals (1–4 words) that is the whole subject of a cue
// ("VALDORIA called for", "The ALPINE UNION welcomed") and never stands
// in brackets in the document (an acronym defined there, "(UNICEF)", is
// an organisation); when they make the report one whose parties speak,
// a.capsParties lets a.partyAt read any such run as a party.
func (a *attributor) detectParties() bool {
	seen := map[string]bool{}
	caps := map[string]bool{}
	delegates := map[string]bool{}
	titled := map[string]bool{} // parties of the gazetteer in title case, the whole subject of a cue
	bracketed := map[string]bool{}
	for _, b := range a.d.Blocks {
		toks := tokenize(b.Text)
		for i := 1; i+1 < len(toks); i++ {
			if toks[i-1].f == "(" && toks[i+1].f == ")" {
				bracketed[toks[i].f] = true
			}
		}
	}
	for _, b := range a.d.Blocks {
		if b.Kind == doc.Heading {
			continue
		}
		for _, r := range sentences(b.Text) {
			sent := b.Text[r[0]:r[1]]
			toks := tokenize(sent)
			for i := range toks {
				if !isCue(toks, i) {
					continue
				}
				if name := delegateParty(toks, i); name != "" {
					if pn, _ := partyAt(tokenize(name), len(tokenize(name))); pn != "" {
						delegates[pn] = true // "The representative of Chile said"
					}
				}
				s, ok := subjectBefore(toks, i)
				if !ok {
					continue
				}
				name, n := partyAt(toks, s.end)
				txt := textOf(sent, toks, s.end-n, s.end)
				if n > 0 && n == s.end-s.start && strings.ToUpper(txt) == txt && len([]rune(txt)) >= 4 {
					seen[name] = true
					continue
				}
				if n > 0 && n == s.end-s.start && !s.article && !s.coordinated && (s.start == 0 || !lex.preps[toks[s.start-1].f]) {
					titled[name] = true // "Bangladesh supported …", "Viet Nam expressed concern …"
				}
				if n := capsRun(toks, s.end); n > 0 && n == s.end-s.start && !s.coordinated {
					key := fold(textOf(sent, toks, s.end-n, s.end))
					if !bracketed[key] {
						caps[key] = true
					}
				}
			}
		}
	}
	if len(caps) >= minPartySubjects || len(caps) > 0 && len(seen) >= minPartySubjects {
		// observers in capitals speak where parties in capitals do
		// ("OCEAN ACOUSTICS WATCH lamented" beside "NORWAY said")
		a.capsParties = true
	}
	// Where parties speak in capitals or through their representatives
	// (bulletins, summary records), "he" or "she" after a party is its
	// delegate ("MALDIVES suggested … He echoed …"); where they speak
	// only in title case (a press release: "Ireland announced …"), no
	// pronoun continues a country.
	a.delegatePronouns = len(seen) >= minPartySubjects || a.capsParties || len(delegates) >= minPartySubjects
	return a.delegatePronouns || len(titled) >= minTitledParties
}

// minTitledParties is how many distinct countries in title case, each the
// whole subject of a speech cue without an article ("Bangladesh
// supported …", "Egypt called for …", "United States cautioned …"), make
// a report one whose parties speak (rule titledParties). More than for
// capitals: a government's readout names a partner or two so ("Japan
// welcomed the initiative"), a negotiation's summary many.
const minTitledParties = 5

// capsRun: how many words in capitals end at toks[end-1] (up to four,
// each of two letters or more, "-" and "/" joining them), 0 when none.
func capsRun(toks []token, end int) int {
	n := 0
	for k := end - 1; k >= 0 && n < 4; k-- {
		t := toks[k]
		if t.f == "-" || t.f == "/" || possessiveMark(toks, k) && k+1 < end {
			continue
		}
		if !capsWord(t.text) {
			break
		}
		n = end - k
	}
	return n
}

// possessiveMark: toks[k] is the apostrophe of a plural possessive,
// written against the word before it ("FISHWORKERS’ COLLECTIVE").
func possessiveMark(toks []token, k int) bool {
	t := toks[k]
	return (t.f == "’" || t.f == "'") && k > 0 && toks[k-1].end == t.start && strings.HasSuffix(strings.ToLower(toks[k-1].text), "s")
}

// capsWord: a word in capitals of two letters or more.
func capsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// partyAt is partyAt, with the runs in capitals of rule capsParties as
// parties in a report whose parties speak ("VALDORIA" → "Valdoria").
func (a *attributor) partyAt(toks []token, end int) (string, int) {
	if name, n := partyAt(toks, end); n > 0 || !a.capsParties {
		return name, n
	}
	n := capsRun(toks, end)
	if n == 0 {
		return "", 0
	}
	for k := end - n - 1; k >= 0 && k >= end-n-3; k-- {
		if f := toks[k].f; f == "a" || f == "an" {
			return "", 0 // "a participant from a local NGO noted": one of many, no party
		} else if !isLetter(f) || isCapitalized(toks[k].text) || lex.preps[f] {
			break
		}
	}
	var ws []string
	for k, t := range toks[end-n : end] {
		if possessiveMark(toks, end-n+k) && len(ws) > 0 {
			ws[len(ws)-1] += t.text // "Fishworkers’"
			continue
		}
		ws = append(ws, t.text)
	}
	return capsToTitle(strings.Join(ws, " ")), n
}

// talkHeading matches a heading that names a talk's speaker before a
// colon or a dash: "Jane Roe: Why tests matter".
var talkHeading = regexp.MustCompile(`^([^:–—]{3,60}?)\s*(?::|\s[–—-]\s)\s*\S`)

// minTalks is how many talk headings make a one-heading-per-talk layout.
const minTalks = 2

// Rule findTalks: in a report without a programme whose headings of one
// level each name a talk's speaker ("Jane Roe: Why tests matter"), each
// such heading opens a session with that one speaker.
func (a *attributor) findTalks() {
	type talk struct {
		i    int
		name string
	}
	byLevel := map[int][]talk{}
	for i, b := range a.d.Blocks {
		if b.Kind != doc.Heading {
			continue
		}
		m := talkHeading.FindStringSubmatch(strings.TrimSpace(b.Text))
		if m == nil {
			continue
		}
		_, name := splitHonorific(strings.TrimSpace(m[1]))
		if !looksLikeName(name) || len(strings.Fields(name)) > 4 {
			continue
		}
		ok := true
		for _, t := range tokenize(name) {
			if lex.titles[t.f] || lex.openers[t.f] || a.lowerKnown(t.f) && !a.proper[t.text] {
				ok = false
			}
		}
		if ok && a.speaksInSection(i, name) {
			byLevel[a.level(b)] = append(byLevel[a.level(b)], talk{i, name})
		}
	}
	for _, ts := range byLevel {
		if len(ts) < minTalks {
			continue
		}
		for _, t := range ts {
			label := strings.TrimSpace(a.d.Blocks[t.i].Text)
			s := &session{label: label, short: label, talk: true}
			p := a.register(newPerson(t.name, "", s, "speaker", a.d.ID))
			if p.session == nil {
				p.session, p.Session, p.Part = s, s.label, "speaker"
			}
			s.people = append(s.people, p)
			a.sessions = append(a.sessions, s)
			a.sessionIndex = append(a.sessionIndex, t.i)
			a.sessionAt[t.i] = s
			if a.topLevel == 0 {
				a.topLevel = a.level(a.d.Blocks[t.i])
			}
		}
		break
	}
}

// speaksInSection: the section under heading i has the named person (full
// name, first name or surname) as the source of a speech cue: a heading
// such as "Key Findings: Data" names no speaker.
func (a *attributor) speaksInSection(i int, name string) bool {
	ns := tokenize(name)
	first, last := ns[0].f, ns[len(ns)-1].f
	for _, b := range a.d.Blocks[i+1:] {
		if b.Kind == doc.Heading && a.level(b) <= a.level(a.d.Blocks[i]) {
			break
		}
		toks := tokenize(b.Text)
		for k := range toks {
			if !isCue(toks, k) {
				continue
			}
			if s, ok := subjectBefore(toks, k); ok && (toks[s.end-1].f == last || toks[s.start].f == first) {
				return true
			}
		}
	}
	return false
}

// dashCredit matches a credit line under a quotation: "– Vice President
// Jane Roe", "-- Jane Roe, Core Developer".
var dashCredit = regexp.MustCompile(`^\s*(?:--|[–—―-])\s*(\S.*)$`)

// creditLine parses a credit line into a person (registering them), or
// nil when it names no person (a document, "the README").
func (a *attributor) creditLine(text string) *person {
	m := dashCredit.FindStringSubmatch(text)
	if m == nil || len(strings.Fields(m[1])) > 16 {
		return nil
	}
	body := m[1]
	rest := ""
	if c := strings.Index(body, ","); c > 0 {
		body, rest = body[:c], strings.TrimSpace(body[c+1:])
	}
	if r := []rune(rest); len(r) > 0 && unicode.IsLower(r[0]) {
		rest = "" // "— Jane Roe, closing the session": a circumstance, no role
	}
	toks := tokenize(body)
	if len(toks) == 0 || toks[0].f == "the" {
		return nil
	}
	for _, t := range toks {
		if !isCapitalized(t.text) && t.f != "of" && t.f != "van" && t.f != "von" && t.f != "de" && t.f != "-" && t.f != "." {
			return nil
		}
	}
	if ms := a.mentions(toks); len(ms) > 0 && ms[0].end == len(toks) {
		if p := ms[0].p; p.Role == "" && p.Organisation == "" && p.Description == "" && rest != "" {
			parts := splitTopLevel(rest)
			p.Role, p.Organisation, p.Country, p.Description = splitEntry(rest, parts)
		}
		return ms[0].p
	}
	rs, ns, ne, oe := nameParts(toks, 0, len(toks), a.lowerKnown)
	name := textOf(body, toks, ns, ne)
	if !looksLikeName(name) {
		return nil
	}
	p := newPerson(name, rest, nil, "", a.d.ID)
	if role := strings.TrimSpace(textOf(body, toks, rs, ns) + " " + textOf(body, toks, ne, oe)); role != "" && rest == "" {
		p.Role = role
	}
	return a.register(p)
}

// maxCreditedQuotes is how many quotation blocks one credit line under
// them covers.
const maxCreditedQuotes = 3

// wholeQuote: a block that is one or more quotations and nothing else.
func wholeQuote(b doc.Block) bool {
	t := strings.TrimSpace(b.Text)
	return quoteBlock(b) || (strings.HasPrefix(t, "“") || strings.HasPrefix(t, `"`)) &&
		(strings.HasSuffix(t, "”") || strings.HasSuffix(t, `"`) || strings.HasSuffix(t, "”.") || strings.HasSuffix(t, `".`))
}

// inlineDashCredit matches a quotation followed by its credit in the
// same block: "“It works!” -- Jane Roe".
var inlineDashCredit = regexp.MustCompile(`^\s*([“"].{3,}[”"])\s*((?:--|[–—―])\s*\S.{2,80})$`)

// Rule dashCredits: a credit line starting with a dash under quotations
// credits them (up to maxCreditedQuotes blocks above it); a quotation
// followed by a dash and a name in the same block is that person's.
func (a *attributor) dashCredits() {
	bs := a.d.Blocks
	for i, b := range bs {
		if m := inlineDashCredit.FindStringSubmatch(b.Text); m != nil && b.Kind != doc.Heading {
			if p := a.creditLine(m[2]); p != nil {
				if _, done := a.quoteBy[i]; !done {
					a.quoteBy[i] = p
				}
			}
			continue
		}
		if b.Kind == doc.Heading || i == 0 || !wholeQuote(bs[i-1]) {
			continue
		}
		p := a.creditLine(b.Text)
		if p == nil {
			continue
		}
		a.credits[i] = true
		for k := i - 1; k >= 0 && k >= i-maxCreditedQuotes && wholeQuote(bs[k]) && bs[k].Kind != doc.Heading; k-- {
			if _, done := a.quoteBy[k]; !done {
				a.quoteBy[k] = p
			}
		}
	}
}

// inlineSession matches an inline session marker: "Session 1 (“Opening
// the floor”)", "Session II: Finance", "Session 3, “Data”,".
var inlineSession = regexp.MustCompile(`\b(Session|Panel|Workshop|Agenda [Ii]tem) (\d+|[IVX]+)\s*(?:\(\s*[“"]([^”"]{3,120})[”"]\s*\)|,\s*[“"]([^”"]{3,120})[”"]|:\s+(\p{Lu}[^.;:]{2,80}))`)

// Rule findInlineSessions: in a report without programme or talk sessions,
// a paragraph naming a session by number and title ("began Session 1
// (“Opening the floor”) by …") opens that session, until the next such
// paragraph or a top-level heading, and so does a heading that starts
// with one ("Session 2: Finance"); its speakers are the people credited
// in it.
func (a *attributor) findInlineSessions() {
	if len(a.sessions) > 0 {
		return
	}
	seen := map[string]*session{}
	for i, b := range a.d.Blocks {
		m := inlineSession.FindStringSubmatch(b.Text)
		if m == nil || b.Kind == doc.Heading && !strings.HasPrefix(strings.TrimSpace(b.Text), m[0]) {
			continue
		}
		title := strings.TrimSpace(m[3] + m[4] + m[5])
		label := m[1] + " " + m[2] + ": " + title
		s := seen[label]
		if s == nil {
			s = &session{label: label, short: m[1] + " " + m[2], inline: true}
			seen[label] = s
			a.sessions = append(a.sessions, s)
			a.sessionIndex = append(a.sessionIndex, i)
		}
		if b.Kind == doc.Heading {
			a.sessionAt[i] = s // a heading "Session 2: Finance" opens it
			if a.topLevel == 0 {
				a.topLevel = a.level(b)
			}
		} else {
			a.inlineAt[i] = s
		}
	}
}
