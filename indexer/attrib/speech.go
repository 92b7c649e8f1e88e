package attrib

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

type credit int

const (
	noCredit  credit = iota // the sentence names no source
	personCr                // credited to a person (or a party)
	pronounCr               // continues the nearest compatible source
	groupCr                 // a group spoke: the report's own voice
	otherCr                 // a source that is no speaker (an institution, a document, someone unknown)
	reportCr                // the report's own voice ("It was noted that …"): nobody's, and a later pronoun still reaches back
)

// Rule creditSentence finds who a sentence (or clause) credits, by the
// first rule that applies, left to right:
//   - "according to X" (X a known person or party, or an office one
//     person holds: "according to the Chair");
//   - "X's view/message/proposal was that …", "in X's view";
//   - "<cue> by X" after a participle of speech ("as noted by X");
//   - the subject of a speech cue (subjectBefore), resolved by resolve;
//   - a credit line closing the sentence: "…, Jane Roe, Executive Editor."
func (a *attributor) creditSentence(toks []token) (credit, *person) {
	a.pronoun = ""
	ms := a.mentions(toks)
	a.sentMentions = ms // for rule antecedent's record of the sentence
	mentionStartingAt := func(start int) *person {
		for _, m := range ms {
			if m.start == start {
				return m.p
			}
		}
		return nil
	}
	inQuote := quoted(toks)
	other := false
	for i, t := range toks {
		if inQuote[i] {
			continue // the words of a quotation are not the report's cues
		}
		// According to X
		if t.f == "according" && i+1 < len(toks) && toks[i+1].f == "to" {
			for _, m := range ms {
				if m.start > i+1 && m.start <= i+16 {
					return personCr, m.p
				}
			}
			// "according to the Chair": an office (rule roleNoun)
			if k := i + 2; k+1 < len(toks) && toks[k].f == "the" {
				e := k + 1
				for e < len(toks) && e-k <= 4 && (roleWord(toks[e].f) != "" || isCapitalized(toks[e].text)) {
					e++
				}
				if ws, mods := roleNounAt(toks, k+1, e); ws != nil {
					if p := a.roleHolder(ws, mods); p != nil {
						return personCr, p
					}
					other = true
				}
			}
		}
		if pr := pronounView(toks, i); pr != "" {
			a.pronoun = pr // "Her view was that …" (rule antecedent)
			return pronounCr, nil
		}
		// X's view was that …; in X's view
		if lex.possess[t.f] && i > 0 && possessive(toks[i-1]) {
			if p := a.sourceEndingAt(toks, ms, i); p != nil {
				before := i - 1
				for before >= 0 && npWord(toks[before]) && toks[before].f != "in" { // "In Rashid's view"
					before--
				}
				if i+1 < len(toks) && (toks[i+1].f == "was" || toks[i+1].f == "is") || before >= 0 && toks[before].f == "in" {
					return personCr, p
				}
			}
		}
		if !isCue(toks, i) {
			continue
		}
		if name := delegateParty(toks, i); name != "" {
			p := a.party(name)
			p.delegate = true  // "She added …" may continue it: its representative
			return personCr, p // rule delegateParty
		}
		if impersonalPassive(toks, i) {
			return reportCr, nil // "It was pointed out from the floor that …"
		}
		// Passive: "presented by X", "as noted by X"
		if ak := passiveAgent(toks, i); ak > 0 {
			if byline(toks, i) {
				continue // "Proposed by A, presented by B.": a header, no speech
			}
			k := ak
			for k < len(toks) && k < ak+6 && mentionStartingAt(k) == nil && toks[k].f != "," {
				k++
			}
			if p := mentionStartingAt(k); p != nil {
				return personCr, p
			}
			if p := a.roleNounFrom(toks, ak); p != nil {
				return personCr, p // "proposed by the Chair" (rule roleNoun)
			}
			if groupAgent(toks, ak) {
				return groupCr, nil // "It was observed by several delegations that …"
			}
			// A party or an organisation is an agent as in the active
			// voice ("It was noted by CHILE that …"); any other named
			// agent is a source no one can credit.
			if ag, ok := agentAfter(toks, ak); ok {
				if a.partyStyle {
					if name, n := a.partyAt(toks, ag.end); n == ag.end-ag.start {
						return personCr, a.party(name)
					}
				}
				other = true
				continue
			}
		}
		s, ok := subjectBefore(toks, i)
		if !ok {
			s, ok = predicateSubject(toks, i)
		}
		if !ok {
			s, ok = subjectAfter(toks, i)
		}
		if !ok {
			if s, ok = participleSubject(toks, i); !ok {
				continue
			}
		}
		c, p := a.resolve(toks, ms, s)
		if c == otherCr {
			if r, ok := appositionBefore(toks, s); ok {
				if c2, p2 := a.resolve(toks, ms, r); c2 == personCr {
					c, p = c2, p2
				}
			}
		}
		if (c == personCr && p != nil && p.party || c == otherCr || c == groupCr) && s.apStart >= 0 && a.partyStyle {
			// Rule memberSpeaks: "The COASTAL GROUP, represented by
			// VALDORIA, noted", "AOCS, through NORDMARK, asked": the member that
			// speaks for the group
			k := s.apStart
			if k+1 < s.apEnd && toks[k].f == "represented" && toks[k+1].f == "by" {
				k += 2
			} else if k < s.apEnd && toks[k].f == "through" {
				k++
			} else {
				k = -1
			}
			if k > 0 {
				if name, n := a.partyAt(toks, s.apEnd); n > 0 && n == s.apEnd-k {
					c, p = personCr, a.party(name)
				}
			}
		}
		if c == otherCr || c == noCredit || c == groupCr && !s.anonymous && isCapitalized(toks[s.end-1].text) {
			// Rule nameApposition: a subject no one holds, with a known
			// person's name alone in apposition ("Georgia's Minister of
			// Labour, Health and Social Affairs, Jane Roe, described"):
			// that person
			for _, m := range ms {
				if s.apStart >= 0 && m.start >= s.apStart && titlesOnly(toks[s.apStart:m.start]) && m.end == s.apEnd && !m.p.party {
					c, p = personCr, m.p
				}
			}
		}
		if c == pronounCr {
			if p := ownSubject(toks, ms, s.start, a.pronoun); p != nil {
				setGender(p, lex.gender[a.pronoun])
				return personCr, p
			}
		}
		switch c {
		case noCredit:
		case otherCr:
			other = true // a source that is no speaker, unless a later cue names one
		default:
			return c, p
		}
	}
	// A credit line closing the sentence: "…, Jane Roe, Executive
	// Editor, The Daily Example." A role must follow the name, and no
	// other name or list.
	for _, m := range ms {
		if m.start > 0 && toks[m.start-1].f == "," && m.end+1 < len(toks) && toks[m.end].f == "," && creditTail(toks[m.end:]) &&
			len(a.mentions(toks[m.end:])) == 0 && roleAfter(toks[m.end+1:]) {
			return personCr, m.p
		}
	}
	if other {
		return otherCr, nil
	}
	return noCredit, nil
}

// byline: a passive cue opening its sentence or following a comma, whose
// agent ends the sentence ("Presented by Jane Roe.", "Proposed by A,
// presented by B."), is a header line naming who brought something, not
// the report of what they said.
func byline(toks []token, i int) bool {
	if i > 0 && toks[i-1].f != "," {
		return false
	}
	ag, ok := agentAfter(toks, passiveAgent(toks, i))
	if !ok {
		return false
	}
	for _, t := range toks[ag.end:] {
		if isLetter(t.f) {
			return false
		}
	}
	return true
}

// Rule ownSubject: a pronoun subject of a cue binds to the person the
// same sentence opens with, a named subject with its own verb ("Ms Ann
// Berg was sceptical: she noted …"), before any current source; only
// titles and their other names ("Quispe Mamani") may come before the
// mention, and the gender must fit.
func ownSubject(toks []token, ms []mention, before int, pronoun string) *person {
	if len(ms) == 0 {
		return nil
	}
	m := ms[0] // the first mention only
	if m.end >= before || m.end >= len(toks) {
		return nil
	}
	for _, t := range toks[:m.start] {
		if !isCapitalized(t.text) || !(lex.titles[strings.TrimSuffix(t.f, ".")] || lex.honorific[strings.TrimSuffix(t.f, ".")] || slices.Contains(m.p.names, t.f)) {
			return nil
		}
	}
	if n := toks[m.end]; isCapitalized(n.text) || !isLetter(n.f) || lex.preps[n.f] || possessive(toks[m.end-1]) {
		return nil
	}
	if g := lex.gender[pronoun]; g == "" || !genderFits(m.p, g) || m.p.party {
		return nil
	}
	return m.p
}

// passiveAgent: where the agent of the passive cue at toks[i] starts,
// after "by" ("noted by X", "pointed out by X": one adverb particle may
// come between), or -1.
func passiveAgent(toks []token, i int) int {
	if !lex.passive[toks[i].f] && !lex.motion[toks[i].f] {
		return -1
	}
	k := i + 1
	if k < len(toks) && (toks[k].f == "out" || toks[k].f == "up" || toks[k].f == "forward") {
		k++
	}
	if k < len(toks) && toks[k].f == "by" {
		return k + 1
	}
	return -1
}

// Rule participleSubject: a cue in -ing after a comma, before "that" or a
// word opening a question ("The Chair was in favour, arguing that …",
// "Peru made a statement, indicating that …"), has the sentence's subject
// for subject: a name or a party, or "the" and an office, opening the
// sentence.
func participleSubject(toks []token, i int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	if i < 3 || toks[i-1].f != "," || !strings.HasSuffix(toks[i].f, "ing") || i+1 >= len(toks) ||
		toks[i+1].f != "that" && toks[i+1].f != "how" && toks[i+1].f != "whether" {
		return s, false
	}
	st := subjectStart(toks)
	if st >= i-1 {
		return s, false
	}
	if toks[st].f == "the" {
		s.article = true
		st++
	}
	e := st
	for e < i-1 && e-st < 6 && (isCapitalized(toks[e].text) || e > st && (toks[e].f == "-" || isParticle(toks[e].f))) {
		e++
	}
	if e == st || e < len(toks) && toks[e].f == "," || possessive(toks[e-1]) {
		return s, false // no subject, one with an apposition that subjectBefore reads, or a possessor
	}
	for k := e; k < i-1; k++ {
		if toks[k].f == "by" {
			return s, false // "… was followed by a video, showing how …": a passive, another agent
		}
	}
	s.start, s.end = st, e
	return s, true
}

// Rule impersonalPassive: "It was noted that …", "It was pointed out from
// the floor that …": "it", a form of "be" and a passive cue with no agent
// ("by") is nobody's speech, the report's own, and continues no one.
func impersonalPassive(toks []token, i int) bool {
	if !lex.passive[toks[i].f] || i < 2 {
		return false
	}
	k := i - 1
	if toks[k].f == "been" && k > 0 {
		k-- // "It has been noted"
	}
	if k < 1 || !(toks[k].f == "was" || toks[k].f == "is" || toks[k].f == "has" || toks[k].f == "had" || toks[k].f == "were") || toks[k-1].f != "it" {
		return false
	}
	return passiveAgent(toks, i) < 0
}

// Rule groupAgent: the agent of a passive cue is a group when a group
// word (lexicon/groups.txt) ends its first noun phrase, after at most
// three determiners and modifiers ("by several delegations", "by a
// number of participants", "by the panel"): nobody in particular, so the
// sentence is the report's own and continues no one.
func groupAgent(toks []token, k int) bool {
	for e := k; e < len(toks) && e < k+5; e++ {
		t := toks[e]
		if !isLetter(t.f) || lex.gender[t.f] != "" || lex.preps[t.f] && t.f != "of" {
			return false
		}
		if lex.groups[t.f] && !isCapitalized(t.text) {
			return true
		}
	}
	return false
}

// agentAfter returns the agent of a passive cue, the noun phrase at
// toks[k] after "by": "the" and capitalised words with name particles
// ("by the EUROPEAN UNION", "by Mr Jan de Vries"), none when the phrase
// is not capitalised ("by email").
func agentAfter(toks []token, k int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	if k < len(toks) && toks[k].f == "the" {
		s.article = true
		k++
	}
	e := k
	for e < len(toks) && e-k < 10 && (isCapitalized(toks[e].text) || e > k && npWord(toks[e]) && e+1 < len(toks) && isCapitalized(toks[e+1].text)) {
		e++
	}
	if e == k || lex.gender[toks[k].f] != "" {
		return s, false
	}
	s.start, s.end = k, e
	return s, true
}

func possessive(t token) bool {
	return strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s")
}

// sourceEndingAt returns the person or party whose mention ends just
// before toks[end].
func (a *attributor) sourceEndingAt(toks []token, ms []mention, end int) *person {
	for _, m := range ms {
		if m.end == end {
			return m.p
		}
	}
	if a.partyStyle {
		if name, n := a.partyAt(toks, end); n > 0 {
			return a.party(name)
		}
	}
	return a.roleNounEndingAt(toks, end) // "the Chair's view" (rule roleNoun)
}

// Rule resolve: a subject is, in this order, one of several (nobody in
// particular), a pronoun (continues a source), a group, a known person
// named in it (full name, surname, first name), a party (in reports whose
// parties speak), "the …" institution or document (no speaker), a first
// name or surname of someone the document names in full, a role phrase
// matching one person's role, organisation and country; otherwise someone
// the registry does not know.
func (a *attributor) resolve(toks []token, ms []mention, s subject) (credit, *person) {
	if s.anonymous {
		return groupCr, nil // "one delegate said": nobody to credit
	}
	if s.coordinated {
		if p := a.rolePhrase(toks[:s.end]); p != nil {
			return personCr, p // "… Children and Young People's Commissioner drew"
		}
		return groupCr, nil
	}
	lastTok := toks[s.end-1]
	if s.end-s.start == 1 && lastTok.f == "it" && a.cur != nil && a.cur.party && s.end < len(toks) && !lex.copulas[toks[s.end].f] {
		// Rule partyIt: "PERU expressed concern … It proposed …": "It"
		// continues the party that is the current source (not "It was
		// agreed that …": the meeting's)
		return personCr, a.cur
	}
	if s.end-s.start == 1 {
		if lex.gender[lastTok.f] != "" && !isCapitalized(lastTok.text) || lex.gender[lastTok.f] != "" && s.start == 0 {
			a.pronoun = lastTok.f // the subject's pronoun: only it may set a gender
			return pronounCr, nil
		}
		if lex.groups[lastTok.f] {
			return groupCr, nil
		}
	}
	if p := a.appositionOfRole(toks, ms, s); p != nil {
		return personCr, p
	}
	if s.article && s.end-s.start == 1 && lastTok.f == "delegation" && !a.prevDelegation {
		// Rule theDelegation: "The delegation proposed …" after the
		// representative of a party spoke, in the same paragraph: that
		// party; not when the sentence before named another delegation
		if t := a.carryTo(a.cur, ""); t != nil && t.party {
			return personCr, t
		}
		if a.last != nil && a.last.party && a.lastPara == a.paraN {
			return personCr, a.last
		}
	}
	if s.article {
		if ws, mods := roleNounAt(toks, s.start, s.end); ws != nil {
			if p := a.roleHolder(ws, mods); p != nil {
				return personCr, p
			}
			if !isCapitalized(toks[s.start].text) && roleWord(toks[s.start].f) == "" {
				// "The keynote speaker also argued": a modifier the
				// document gives no holder; read as before modifiers
				// were (the sentence continues its paragraph's source)
				return noCredit, nil
			}
			return otherCr, nil // an office nobody or several hold
		}
		if p := a.roleNounTail(toks, s.start, s.end); p != nil {
			return personCr, p // "The Chief Nurse thanked …"
		}
	}
	if s.start == 0 && !s.article {
		common := true
		for _, t := range toks[s.start:s.end] {
			common = common && a.lowerKnown(t.f)
		}
		if common {
			return noCredit, nil // a capitalised common word opens the sentence: "Tailored support needs"
		}
	}
	if _, ok := handleAt(toks, s.end-2); ok && s.end-s.start == 2 {
		// rule handleName: the person the document pairs the handle
		// with, else someone we cannot name
		for _, m := range ms {
			if m.start == s.start && m.end == s.end {
				return personCr, m.p
			}
		}
		return otherCr, nil
	}
	if !isCapitalized(lastTok.text) {
		return noCredit, nil
	}
	var best *mention
	for k := range ms {
		m := ms[k]
		if m.start >= s.start && m.end <= s.end && (best == nil || m.end == s.end) {
			best = &ms[k]
		}
	}
	if best != nil {
		return personCr, best.p
	}
	if name := partyForItsPart(toks, s); name != "" {
		return personCr, a.party(name)
	}
	if a.partyStyle {
		if name, n := a.partyAt(toks, s.end); n == s.end-s.start {
			return personCr, a.party(name)
		}
	}
	if p := a.rolePhrase(toks[:s.end]); p != nil {
		return personCr, p
	}
	// Rule organisationSpeaks: the organisation of the current source
	// speaks through them ("Jane Roe, Acme" … "Acme wants …").
	if t := a.carryTo(a.cur, ""); t != nil && t.Organisation != "" && fold(textOfToks(toks, s.start, s.end)) == fold(t.Organisation) {
		return personCr, t
	}
	// Rule appositionSource: "The creator of X, Jane Roe, asked", "The
	// Minister for Roads, Dr Jane Roe, said": the apposition (after title
	// words) names the source.
	if s.apStart >= 0 {
		for _, m := range ms {
			if m.start >= s.apStart && m.end == s.apEnd && titlesOnly(toks[s.apStart:m.start]) {
				return personCr, m.p
			}
		}
	}
	return otherCr, nil
}

// Rule roleApposition: a role noun with a name in apposition names that
// person ("The Chair, Ms Rania Aziz, welcomed", "Its chief executive, Mr
// X, told", "The Chair, Minister for Water Jane Roe, opened"): the
// apposition is a known person's mention, after title words only, and
// closes it.
func (a *attributor) appositionOfRole(toks []token, ms []mention, s subject) *person {
	if s.apStart < 0 || s.apEnd <= s.apStart || s.apEnd > len(toks) {
		return nil
	}
	if ws, _ := roleNounAt(toks, s.start, s.end); ws == nil {
		return nil
	}
	for _, m := range ms {
		if m.end != s.apEnd || m.start < s.apStart {
			continue
		}
		for _, t := range toks[s.apStart:m.start] {
			if isCapitalized(t.text) && !lex.titles[strings.TrimSuffix(t.f, ".")] && !lex.honorific[strings.TrimSuffix(t.f, ".")] && !addressForms[strings.TrimSuffix(t.f, ".")] {
				// a place in a title: "Minister for Water Jane Roe"
				if k := slices.IndexFunc(toks[s.apStart:m.start], func(t token) bool { return t.f == "of" || t.f == "for" }); k < 0 {
					return nil
				}
			}
		}
		return m.p
	}
	return nil
}

// roleAfter: the words up to the next comma are a role or an
// organisation (a title or organisation word), not another name.
func roleAfter(toks []token) bool {
	for _, t := range toks {
		if t.f == "," || t.f == "." {
			break
		}
		if lex.titles[t.f] || lex.orgs[t.f] {
			return true
		}
	}
	return false
}

// creditTail: what follows a name is only a role in commas: capitalised
// words, particles, brackets and punctuation.
func creditTail(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.f == "," || t.f == "." || t.f == "(" || t.f == ")" || t.f == "&" || t.f == "-":
		case t.f == "and":
			return false
		case stopwords[t.f]:
		case isCapitalized(t.text):
		default:
			return false
		}
	}
	return true
}

// rolePhrase resolves a subject that names a person by office or
// organisation rather than by name ("Norway's Office of the Children's
// Ombudsperson"): the capitalised words before the verb
// must match at least three of one person's role, organisation and
// country words, and more than of anyone else.
func (a *attributor) rolePhrase(toks []token) *person {
	var words []string
	for k := len(toks) - 1; k >= 0 && len(toks)-k <= 12; k-- {
		t := toks[k]
		if t.f == "," || t.f == "." || t.f == ";" {
			break
		}
		if stopwords[t.f] || !isCapitalized(t.text) {
			if stopwords[t.f] {
				continue
			}
			break
		}
		words = append(words, t.f)
	}
	if len(words) < 3 {
		return nil
	}
	var best *person
	bestN, second := 0, 0
	for _, p := range a.reg.withWords(words) { // the others count none
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

// minQuoteWords is the shortest inline quotation that is a quote rather
// than a quoted term ("so-called “golden visas”").
const minQuoteWords = 3

// openQuotes returns, for each clause, the opening mark of the quotation
// a clause before left open ("" for none); none at all when the last
// clause leaves one open (a stray mark, or a quotation running on into
// the next paragraph), so that a stray mark never carries a source on.
func openQuotes(text string, crs []clauseRange) []string {
	out := make([]string, len(crs))
	open := ""
	for i, r := range crs {
		out[i] = open
		_, open = sentenceQuotes(text[r.start:r.end], open)
	}
	if open != "" {
		clear(out)
	}
	return out
}

// closingMark pairs the opening quotation marks with their closing ones.
var closingMark = map[string]string{"“": "”", `"`: `"`, "‘": "’"}

// Rule quoteKind: sentenceQuotes returns the quotations inside a
// sentence, joined: those of minQuoteWords words or more that are no
// title ("Powered by the People"), and shorter ones of two words or more
// attached to a speech cue, after it and ending its clause ("X said the
// plan was ‘not enough’"; not a term: "X described the “golden visa”
// scheme", "X spoke of a kind of “implicit API”") or right before it
// ("“Not yet,” X said"); in double or single curly quotation marks or
// straight ones (a single closing mark glued to a letter is an
// apostrophe when no quotation is open: "the Ministers’ plan"). open is
// the opening mark of a quotation a sentence before left open, "" for
// none: its words up to the closing mark are a quotation (rule
// quoteSpans); the mark still open at the sentence's end is returned.
func sentenceQuotes(sent, open string) (string, string) {
	toks := tokenize(sent)
	inQuote := quoted(toks)
	cueAt := func(from, to int) bool {
		for k := max(from, 0); k < to && k < len(toks); k++ {
			if !inQuote[k] && isCue(toks, k) {
				return true
			}
		}
		return false
	}
	// termAround: a short quotation toks[from:to] (the marks at from-1
	// and to) is a term, no quote, when its clause goes on after it
	// ("the “golden visa” scheme", "large-scale “good guesses” to
	// gather") or a noun phrase holds it: after an article, a
	// preposition or a capitalised word ("a kind of “implicit API”",
	// "UNFCCC “inter-agency coordination”").
	termAround := func(from, to int) bool {
		if to+1 < len(toks) {
			if n := toks[to+1]; isLetter(n.f) && !conjunctions[n.f] {
				return true
			}
		}
		if p := from - 2; p >= 0 {
			t := toks[p]
			return t.f == "the" || lex.dets[t.f] || lex.preps[t.f] || isCapitalized(t.text) || possessive(t)
		}
		return false
	}
	// closesBeforeCue: the quotation closing at toks[to] ends with a
	// comma, "?" or "!" and a speech cue follows within three words
	// ("“Not yet,” X said", "“Why now?” she asked").
	closesBeforeCue := func(to int) bool {
		if to < 1 || !strings.Contains(",?!", toks[to-1].f) {
			return false
		}
		return cueAt(to+1, to+4)
	}
	var qs []string
	qStart, startTok := 0, 0
	keep := func(q string, from, to int, continued bool) {
		q = strings.TrimSpace(q)
		n := len(strings.Fields(q))
		switch {
		case n == 0:
		case continued:
			qs = append(qs, q)
		case titleCase(q):
		case n >= minQuoteWords, n >= 2 && (cueAt(0, from) && !termAround(from, to) || closesBeforeCue(to)):
			qs = append(qs, q)
		}
	}
	continued := open != ""
	for i, t := range toks {
		switch {
		case open != "" && t.text == closingMark[open] && (open != "‘" || i+1 == len(toks) || toks[i+1].start > t.end || !isLetter(toks[i+1].f)):
			keep(sent[qStart:t.start], startTok, i, continued)
			open, continued = "", false
		case open == "" && closingMark[t.text] != "" && (t.text != "‘" || i+1 < len(toks) && toks[i+1].start == t.end):
			open, qStart, startTok = t.text, t.end, i+1
		}
	}
	if open != "" {
		keep(sent[qStart:], startTok, len(toks), continued)
	}
	return strings.Join(qs, " … "), open
}

// titleCase: a quotation whose longer words are all capitalised is a
// title or a name ("Powered by the People", “Year of Action”), not a
// quote.
func titleCase(q string) bool {
	n := 0
	for _, t := range tokenize(q) {
		if len([]rune(t.text)) < 4 || !isLetter(t.f) {
			continue
		}
		if !isCapitalized(t.text) {
			return false
		}
		n++
	}
	return n > 0
}

// namedOpener: the sentence opens with a name of two or more words and a
// comma ("Jane Roe, President of X, …"): someone new is the subject.
func (a *attributor) namedOpener(toks []token) bool {
	n := 0
	for n < len(toks) && n < 5 && a.nameToken(toks[n]) {
		n++
	}
	return n >= 2 && n < len(toks) && toks[n].f == ","
}

// maxCarryParagraphs bounds carry-over: a pronoun continues a source named
// in the same paragraph or in the one just before, never further.
const maxCarryParagraphs = 1

// carryTo returns the source a pronoun continues: the current source of
// the paragraph, else the last source if it was named at most
// maxCarryParagraphs paragraphs before; never one of the other gender.
func (a *attributor) carryTo(cur *person, pronoun string) *person {
	t := cur
	if t == nil && a.last != nil && a.paraN-a.lastPara <= maxCarryParagraphs {
		t = a.last
	}
	if t == nil {
		return nil
	}
	g := lex.gender[pronoun]
	if t.gender != "" && g != "" && t.gender != g {
		return nil
	}
	if t.gender == "" && !t.party {
		t.gender = g
	}
	return t
}

// paragraph splits a block into passages where the credited source
// changes. Within a paragraph, sentences after a credited statement
// continue that source's account; a new paragraph continues the last
// source only when it opens with a pronoun or their name, or when the
// paragraph before introduced it with a colon ("X raised the following
// concerns:") — Rule listCarry: the items of a list so introduced all
// continue it, up to an item that names someone else.
func (a *attributor) paragraph(b doc.Block) {
	a.paraN++
	text := b.Text
	if a.glyphQuotes {
		text = glyphsToQuotes(text) // rule quoteGlyphs: the same length, read with quotation marks
	}
	type part struct {
		sp         *person
		start, end int // byte range
		quote      string
	}
	var parts []part
	cur := a.carry
	lenient := cur != nil // a paragraph a colon introduced continues its source
	weakStop := false     // the last sentence stopped the carry-over with a common noun phrase
	bareCue := false      // the last sentence was a cue without what was said ("Rosa pushed back.")
	var alone *person     // the one person the last sentence named, nil when none or several
	a.carry = nil
	item := b.Item || b.Kind == doc.ListItem
	if cur == nil && item {
		cur = a.itemCarry // the items of a list a colon introduced
		lenient = cur != nil
	}
	a.itemCarry = nil
	carried := cur
	label, labelled := a.labelSpeaker(text)
	prevTurn := a.turn
	a.turn = label
	if !labelled && prevTurn != nil && firstPersonOpener(text) {
		// Rule turnContinues: a paragraph after a labelled turn, with no
		// label, continues the turn when it opens in the first person
		// ("I want to be clear …"); a third-person note does not.
		label, a.turn = prevTurn, prevTurn
	}
	if label != nil {
		cur = label
	} else if labelled {
		cur = nil // a turn of someone we cannot name ("Q:")
		a.last = nil
	}
	a.cur = cur
	// Rule itemMarker: a list item's marker ("• ", "3. ", "(b) ") is no
	// word of its first sentence, whose subject comes after it; the
	// passage keeps it.
	skip := 0
	if item {
		skip = markerLen(text)
	} else {
		skip = sectionNumberLen(text) // rule itemMarker for "2.2 She informed …"
	}
	crs := clauses(text[skip:])
	for k := range crs {
		crs[k].start += skip
		crs[k].end += skip
	}
	opens := openQuotes(text, crs)
	qStart := -1 // where the quotation still open began, in a sentence nobody's
	for ci, r := range crs {
		sent := text[r.start:r.end]
		closes := ci+1 == len(crs) || opens[ci+1] == ""
		if opens[ci] == "" {
			qStart = -1
			if cur == nil && ci+1 < len(crs) && opens[ci+1] != "" {
				qStart = r.start
			}
		}
		if n := len(parts); opens[ci] != "" && n > 0 && parts[n-1].sp == cur && !(cur == nil && closes && qStart >= 0) {
			// Rule quoteSpans: a sentence inside a quotation a sentence
			// before opened is its source's, in the same passage.
			parts[n-1].end = r.end
			if q, _ := sentenceQuotes(sent, opens[ci]); q != "" && parts[n-1].quote != "" {
				parts[n-1].quote += " " + q
			}
			continue
		}
		toks := tokenize(sent)
		// the answer after "Asked by X whether …," (rule askedOpener)
		a.answering = ci > 0 && r.clause && askedOpener(tokenize(text[crs[ci-1].start:crs[ci-1].end]))
		c, p := a.creditSentence(toks)
		if askedOpener(toks) && toks[1].f == "by" {
			// rule askedOpener: the question is the asker's
			if ms := a.mentions(toks[2:min(len(toks), 9)]); len(ms) > 0 && ms[0].start <= 1 {
				c, p = personCr, ms[0].p
			}
		}
		if a.authorVoice && label == nil && !labelled && opens[ci] == "" && c != personCr && firstPersonSentence(toks) {
			// Rule authorVoice: the author's own remark ("I found this
			// …") is nobody's, and the speaker before stays the one a
			// later pronoun resumes.
			c, p = noCredit, nil
			cur = nil
		}
		if c == noCredit && a.talk != nil && len(toks) > 1 {
			// Rule talkSubject: in a talk's section, a sentence whose
			// subject is the speaker is theirs, whatever the verb.
			if ms := a.mentions(toks[:min(len(toks), 4)]); len(ms) > 0 && ms[0].p == a.talk && ms[0].start == 0 &&
				ms[0].end < len(toks) && !isCapitalized(toks[ms[0].end].text) && !possessive(toks[ms[0].end-1]) {
				c, p = personCr, a.talk
			}
		}
		if c == noCredit && !r.clause && a.namedOpener(toks) {
			if ms := a.mentions(toks[:1]); len(ms) == 0 || ms[0].p != cur {
				c = otherCr // Rule namedSubject: someone new opens the sentence
			}
		}
		if c == noCredit && cur == nil && label == nil && a.last != nil && a.lastPara == a.paraN {
			// "He expects …", "Jane released …" after a sentence that
			// stopped the carry-over: a gendered pronoun or the source's
			// name as subject resumes the paragraph's source ("It …",
			// "They …" may refer to the subject between).
			if pr := pronounSubject(toks); pr != "" {
				cur = a.resumes(pr, toks, a.last) // rule antecedent
			} else if a.namesFirst(toks, a.last) || weakStop && anaphorSubject(toks) {
				cur = a.last
			} else if g := viewAdverbial(toks); g != "" && alone == a.last && genderFits(a.last, g) && !a.last.party {
				// "Prof. Roe took a different view. In his assessment,
				// wages …": an opening "in his view" resumes the
				// paragraph's last source (possessive.txt)
				cur = a.last
			} else if alone == a.last && quotationSentence(toks) {
				// Rule quoteAfterTopic: a sentence that is a quotation,
				// after one about the paragraph's last source ("Dev was
				// fine with that. “Six months is generous …”"), is theirs
				cur = a.last
			}
		} else if c == noCredit && cur != nil && label == nil {
			// A paragraph a colon introduced ("X raised these concerns:")
			// continues its source through any subject but another
			// person's or a group's.
			switch k := a.carryOver(toks, cur, r.clause); {
			case k == carryOn || lenient && k != carryOther: // Rule listCarry
				setGender(cur, a.pendingGender) // the pronoun resolves to the source
			case bareCue && (k == carryStop || k == carryGeneric) && !r.clause && refersBack(toks, cur) && !reception(toks, subjectStart(toks)):
				// Rule bareCue: after a cue that says nothing of what was
				// said ("Rosa pushed back."), the next sentence is what
				// was said when it refers to its source by a pronoun of
				// theirs or speaks in person ("Two distributions she
				// packages for still ship 3.9 …"), whatever its subject
				// but a person or a group; not "The meeting then
				// adjourned."
			case k == carryStop, k == carryGeneric:
				c = noCredit
				cur = nil
				weakStop = k == carryGeneric
			case k == carryOther, k == carryGroup:
				c = otherCr
			}
		}
		if label != nil {
			// Rule speakerLabel: a turn is its speaker's, whatever the
			// subjects inside it ("Some delegations say …"); but a
			// quotation the speaker credits to someone else ("the Minister
			// has been clear that it is, in his words, “…”", a he in a
			// woman's turn) is that person's, or nobody's when we cannot
			// tell who (rule quotedInTurn).
			q, _ := sentenceQuotes(sent, opens[ci])
			switch {
			case len(strings.Fields(q)) >= 3 && c == personCr && p != nil && p != label && !p.party && !firstPersonIn(toks):
			case len(strings.Fields(q)) >= 3 && c == pronounCr && !genderFits(label, lex.gender[a.pronoun]) && !firstPersonIn(toks):
				c, p, cur = noCredit, nil, nil
				o, _ := a.roleSubject(toks, subjectStart(toks)) // "the Minister has said that it is, in his words, …"
				if o == nil || !genderFits(o, lex.gender[a.pronoun]) {
					o = a.resolvePronoun(a.pronoun, toks)
				}
				if o != nil && o != label {
					c, p = personCr, o
				}
			default:
				c, p = personCr, label
			}
		} else if labelled {
			c, p = noCredit, nil // a turn of someone unnamed is nobody's
		}
		if cur != nil || c != noCredit {
			weakStop = false
		}
		bareCue = c == personCr && !r.clause && bareCueSentence(toks)
		// "The representative of Chile briefed the delegation …": a
		// delegation the next sentence's "The delegation" may be
		a.prevDelegation = slices.ContainsFunc(toks, func(t token) bool { return t.f == "delegation" })
		alone = nil
		if ms := a.mentions(toks); len(ms) > 0 && titlesOnly(toks[:ms[0].start]) {
			alone = onePerson(ms) // the one person the sentence opens with and names
		}
		switch c {
		case personCr:
			lenient = false
			cur = p
		case pronounCr:
			if !(r.clause && cur != nil && !a.answering && genderFits(cur, lex.gender[a.pronoun])) {
				cur = a.resolvePronoun(a.pronoun, toks) // rule antecedent
			}
		case reportCr:
			cur = nil
		case groupCr:
			cur = nil
			a.last = nil // a pronoun after a group refers to no one we know
		case otherCr:
			cur = nil
			a.last = nil
		}
		if (c == otherCr || c == noCredit && cur == nil) && !r.clause && label == nil {
			// Rule topicSubject: a sentence without a cue opening with a
			// known person and a verb of theirs ("Aoife opens the
			// meeting.") credits nothing but makes them the one a later
			// pronoun continues ("She notes that …").
			if ms := a.mentions(toks[:min(len(toks), 6)]); len(ms) > 0 && titlesOnly(toks[:ms[0].start]) && ms[0].end < len(toks) && !ms[0].p.party {
				v := ms[0].end
				if toks[v].f == "," {
					// "Amira Roe, representing the auditors' union, was more
					// sceptical.": the verb after the apposition
					for c := v + 1; c < len(toks) && c < v+16; c++ {
						if toks[c].f == "," {
							v = c + 1
							break
						}
					}
				}
				if n := toks[min(v, len(toks)-1)]; v < len(toks) && isLetter(n.f) && !isCapitalized(n.text) && !lex.preps[n.f] && !possessive(toks[ms[0].end-1]) && n.f != "and" && n.f != "or" {
					a.last, a.lastPara = ms[0].p, a.paraN
					if s := ms[0].start; s > 0 && ms[0].p.gender == "" {
						k := s - 1
						if toks[k].f == "." && k > 0 {
							k--
						}
						setGender(ms[0].p, addressGender[strings.TrimSuffix(toks[k].f, ".")]) // "Ms Roe …"
					}
				}
			}
		}
		q := ""
		if cur != nil {
			q, _ = sentenceQuotes(sent, opens[ci])
		}
		if n := len(parts); n > 0 && parts[n-1].sp == cur && (q == "") == (parts[n-1].quote == "") {
			parts[n-1].end = r.end
			if q != "" {
				parts[n-1].quote += " … " + q
			}
		} else {
			parts = append(parts, part{sp: cur, start: r.start, end: r.end, quote: q})
			// Rule quoteClose: a quotation of several sentences whose cue
			// comes after it ("“… . … ,” he told members") is the source
			// of that cue from its first sentence on.
			if n := len(parts); cur != nil && opens[ci] != "" && qStart >= 0 && n > 1 && parts[n-2].sp == nil &&
				parts[n-2].start <= qStart && qStart < parts[n-2].end {
				if qs, _ := sentenceQuotes(text[qStart:r.start], ""); qs != "" {
					parts[n-1].quote = strings.TrimSpace(qs + " " + parts[n-1].quote)
				}
				parts[n-1].start = qStart
				parts[n-2].end = qStart
				if strings.TrimSpace(text[parts[n-2].start:parts[n-2].end]) == "" {
					parts = append(parts[:n-2], parts[n-1])
				}
			}
		}
		if cur != nil {
			a.last, a.recent = cur, cur
			a.lastPara = a.paraN
		}
		a.cur = cur
		a.record(toks, a.sentMentions, c, cur) // rule antecedent
	}
	a.cur = nil
	if cur != nil && strings.HasSuffix(strings.TrimSpace(text), ":") {
		a.carry = cur
	}
	if item && carried != nil && cur == carried {
		a.itemCarry = cur
	}
	if len(parts) > 0 && parts[0].start == skip {
		parts[0].start = 0
	}
	if len(parts) > 1 && enumerator(b.Text[parts[0].start:parts[0].end]) {
		// Rule paragraphNumber: a paragraph's number ("8. The Minister
		// …"), split off as a sentence, opens the passage after it.
		parts[1].start = parts[0].start
		parts = parts[1:]
	}
	wc := newWordCounter(text) // the parts are in order: one pass over the text
	for _, pt := range parts {
		seg := strings.TrimSpace(b.Text[pt.start:pt.end])
		if seg == "" {
			continue
		}
		words := wc.before(pt.start)
		endWords := wc.before(pt.end)
		kind := model.KindNarrative
		if pt.sp != nil {
			kind = model.KindStatement
			if pt.quote != "" {
				kind = model.KindQuote
			}
		}
		p := a.newPassage(blockPageAt(b, words), blockPageAt(b, max(endWords-1, 0)), kind, pt.sp, seg)
		p.Quote = pt.quote
		a.emit(p)
	}
}

// quoted marks the tokens inside quotation marks (curly or straight).
func quoted(toks []token) []bool {
	in := make([]bool, len(toks))
	curly, straight := false, false
	for i, t := range toks {
		switch t.text {
		case "“":
			curly = true
		case "”":
			curly = false
		case `"`:
			straight = !straight
		default:
			in[i] = curly || straight
		}
	}
	return in
}

// ingBefore: an -ing cue follows toks[from] within a few words, before
// any comma ("with CHILE underscoring").
func ingBefore(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+6; k++ {
		if toks[k].f == "," {
			return false
		}
		if strings.HasSuffix(toks[k].f, "ing") && isCue(toks, k) {
			return true
		}
	}
	return false
}

// clauseRange is a sentence or a clause of one; clause marks a clause
// that is not the first of its sentence.
type clauseRange struct {
	start, end int
	clause     bool
}

// Rule clauses: a sentence splits where a clause may bring another source:
// after a semicolon, after the first comma of a sentence opening with
// "While" or "Whereas" ("While A favoured X, B preferred Y"), and before ", while", ", whereas", ", but", ", and"
// and ", with" when a capitalised word or a pronoun follows the conjunction
// ("Minister A noted …, while MP B noted that …").
func clauses(text string) []clauseRange {
	var out []clauseRange
	for _, r := range sentences(text) {
		sent := text[r[0]:r[1]]
		toks := tokenize(sent)
		inQuote := quoted(toks)
		start := 0
		// "While X …, Y …": a subordinate clause opening the sentence
		// ends at its first comma before a new subject.
		subordinate := len(toks) > 0 && (toks[0].f == "while" || toks[0].f == "whereas") || askedOpener(toks)
		for i, t := range toks {
			if inQuote[i] {
				continue // a quotation is never cut
			}
			cut := -1
			switch {
			case subordinate && t.f == "," && i+1 < len(toks):
				subordinate = false
				if n := toks[i+1]; isCapitalized(n.text) || lex.gender[n.f] != "" || n.f == "the" && i+2 < len(toks) && isCapitalized(toks[i+2].text) {
					cut = toks[i+1].start
				}
			case t.f == ";" && i+1 < len(toks):
				cut = toks[i+1].start
			case t.f == "," && i+2 < len(toks):
				switch toks[i+1].f {
				case "while", "whereas", "but", "and", "with":
					n := toks[i+2]
					if isCapitalized(n.text) || lex.gender[n.f] != "" || n.f == "the" && i+3 < len(toks) && isCapitalized(toks[i+3].text) {
						cut = toks[i+1].start
					}
					if toks[i+1].f == "with" && !ingBefore(toks, i+2) {
						cut = -1 // "…, with the EU, said": a partner, not a clause
					}
				}
			}
			if cut > start {
				out = append(out, clauseRange{r[0] + start, r[0] + cut, start > 0})
				start = cut
			}
		}
		out = append(out, clauseRange{r[0] + start, r[1], start > 0})
	}
	return out
}

// maxTextSpeakers bounds the registry read from running text (and with it
// the cost of finding names in every sentence): no meeting report credits
// more people; a hostile document cannot make attribution quadratic
// beyond it.
const maxTextSpeakers = 2000

// firstPersonIn: "I" or "we" outside the quotations of toks ("When he
// called, I told him “…”": the turn's speaker quotes herself).
func firstPersonIn(toks []token) bool {
	inQuote := quoted(toks)
	for i, t := range toks {
		if !inQuote[i] && (t.text == "I" || t.f == "we") {
			return true
		}
	}
	return false
}

// allCapitalized: every token of toks is a capitalised word or a hyphen.
func allCapitalized(toks []token) bool {
	for _, t := range toks {
		if !isCapitalized(t.text) && t.f != "-" {
			return false
		}
	}
	return true
}

// registryFromText registers the sources the running text credits when a
// document has no programme table, with the same rule (subjectBefore) the
// attribution uses: a person in subject position of a speech cue with the
// title words before the name as their role ("Swedish Prime Minister
// Magdalena Andersson reminded …") or the apposition after it; each
// person of a coordinated subject ("Co-facilitators A (Norway) and B (EU)
// reported"); a party, in reports whose parties speak; a first name or
// surname alone when the document names exactly one person so.
func (a *attributor) registryFromText() {
	var topics []topicSentence // rule topicName
	defer func() {
		for _, t := range topics {
			a.registerSubject(t.sent, t.toks, t.s)
		}
	}()
	for _, b := range a.d.Blocks {
		if b.Kind == doc.Heading {
			continue
		}
		if b.Kind == doc.Paragraph && !a.titledOnly {
			a.registerLabel(b.Text)
			a.registerTopics(b.Text) // rule topicSpeaker
		}
		if !a.titledOnly && (b.Kind == doc.Cell || b.Kind == doc.Paragraph && len(strings.Fields(b.Text)) <= maxPeopleListWords) {
			a.registerPeopleList(b.Text, b.Kind == doc.Cell)
		}
		for _, r := range sentences(b.Text) {
			sent := b.Text[r[0]:r[1]]
			toks := tokenize(sent)
			if s, ok := a.topicName(toks); ok && len(topics) < maxTextSpeakers {
				// Rule topicName: a sentence opening with a person's full
				// name and their verb ("Ms. Nadia Roe, representing the
				// union, was more sceptical.") names someone a later
				// "she said" may refer to (registered after the cues: a
				// cue's subject registers with its apposition)
				topics = append(topics, topicSentence{sent, toks, s})
			}
			for i := range toks {
				if k := i + 2; toks[i].f == "according" && k < len(toks) && toks[i+1].f == "to" && isCapitalized(toks[k].text) {
					// "According to Ms Jane Roe, …" names a source
					if ag, ok := agentAfter(toks, k); ok && ag.end-ag.start >= 2 && titlesOnly(toks[ag.start:ag.start+1]) {
						a.registerSubject(sent, toks, ag) // a titled name only: not "According to Human Rights Watch"
					}
					continue
				}
				if toks[i].f == "by" && i+2 < len(toks) && isCapitalized(toks[i+1].text) && openedBy(toks, i) {
					// Rule openedBy: "The sitting was opened at 15.02 by
					// Vice-President Jane Roe, who presided": a titled
					// name that opened or chaired the meeting, whom a
					// later "She reminded …" continues
					if ag, ok := agentAfter(toks, i+1); ok && ag.end-ag.start >= 2 && titlesOnly(toks[ag.start:ag.start+1]) {
						a.registerSubject(sent, toks, ag)
					}
				}
				if !isCue(toks, i) {
					continue
				}
				if ak := passiveAgent(toks, i); ak > 0 {
					if ag, ok := agentAfter(toks, ak); ok {
						a.registerSubject(sent, toks, ag) // "as noted by Jane Roe"
						continue
					}
				}
				s, ok := subjectBefore(toks, i)
				if !ok {
					s, ok = predicateSubject(toks, i)
				}
				if !ok {
					if s, ok = subjectAfter(toks, i); ok {
						a.registerSubject(sent, toks, s)
					}
					continue
				}
				a.registerHandle(toks, s) // rule handleName
				if !a.registerSubject(sent, toks, s) {
					r, ok := appositionBefore(toks, s)
					if (!ok || !a.registerSubject(sent, toks, r)) && s.apStart >= 0 && s.apEnd-s.apStart >= 2 {
						// "The creator of X, Jane Roe, asked"; "Georgia's
						// Minister of Labour, Health and Social Affairs,
						// Jane Roe, described": the name, and the title
						// before it for role
						rs, re := roleBefore(toks, s.start, s.end)
						a.registerSubject(sent, toks, subject{start: s.apStart, end: s.apEnd, apStart: rs, apEnd: re})
					}
				}
				// the other persons of a coordinated subject
				for n := 0; s.coordinated && n < 4; n++ {
					k := s.start - 1
					if toks[k].f == "the" {
						k--
					}
					prev, ok := subjectBefore(toks, k)
					if !ok {
						break
					}
					a.registerSubject(sent, toks, prev)
					s = prev
				}
			}
		}
	}
}

// roleBefore returns the title phrase that ends with the subject
// toks[start:end] ("Deputy Minister of Labour, Health and Social
// Affairs"): back over capitalised words, "of", "and", "for", "the" and
// commas, after any possessive ("Georgia's"), when it holds a title word;
// else -1, -1.
func roleBefore(toks []token, start, end int) (int, int) {
	k := start
	for k > 0 && start-k < 14 {
		t := toks[k-1]
		if possessive(t) || !(isCapitalized(t.text) || t.f == "of" || t.f == "and" || t.f == "for" || t.f == "the" || t.f == ",") {
			break
		}
		k--
	}
	for k < start && !isCapitalized(toks[k].text) {
		k++
	}
	for i := k; i < end; i++ {
		if lex.titles[toks[i].f] {
			return k, end
		}
	}
	return -1, -1
}

// turnLabel is a paragraph's speaker label: the name tokens
// toks[ns:ne] before the colon at toks[c], with the title words before
// them (titled); question when it is a reporter's turn ("Q:", "Q (Jane
// Roe, Daily News):"), whose name may be empty (ns == ne).
type turnLabel struct {
	ns, ne, c int
	titled    bool
	question  bool
	handle    bool // "@jroe:" (rule handleName)
	// rule roleTurn: the office's words toks[roleAt:role] ("MODERATOR
	// (Jane Roe):", "MODERATOR:"), role 0 when none
	roleAt, role int
	timed        bool // rule bracketTurn: an untitled name and a time, "Jane Roe (14:05):"
}

// Rule turnLabel: a paragraph opening with a speaker label and a colon,
// of at least three words after it: one to three name words ("Jane
// Roe:", "Roe:"); title words then a surname or name, in any case
// ("MINISTER OKAFOR:", "DR. ROE:", "Ms Roe:", "Minister Jane Roe:");
// or a question turn, "Q:" or "Q (Name, Outlet):".
func (a *attributor) labelEnd(toks []token) (turnLabel, bool) {
	if len(toks) > 2 && questionNumber(toks[0].text) {
		// Rule numberedTurn: a committee's numbered question, "Q41
		// Chair: …", "Q43 Mr Jane Roe: …": the label after the
		// number; its office may be written in title case
		l, ok := a.labelOf(toks[1:], true)
		if !ok || l.question || l.handle {
			return turnLabel{}, false
		}
		l.ns, l.ne, l.c = l.ns+1, l.ne+1, l.c+1
		if l.role > 0 {
			l.roleAt, l.role = l.roleAt+1, l.role+1
		}
		return l, true
	}
	if len(toks) > 4 && motionNouns[toks[0].f] && isCapitalized(toks[0].text) && toks[1].f == "(" {
		// Rule motionLabel: "Motion (Castellanos): That the General
		// Manager report …": the mover's motion
		e := 2
		for e < len(toks) && e < 6 && isCapitalized(toks[e].text) && isNameWord(toks[e].text) {
			e++
		}
		if e > 2 && e+1 < len(toks) && toks[e].f == ")" && toks[e+1].f == ":" {
			return turnLabel{ns: 2, ne: e, c: e + 1, titled: true}, true
		}
	}
	return a.labelOf(toks, false)
}

// questionNumber: a committee's question number, "Q41".
func questionNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] != 'Q' {
		return false
	}
	return isDigits(w[1:])
}

// labelOf is labelEnd after any question number; numbered says there
// was one.
func (a *attributor) labelOf(toks []token, numbered bool) (turnLabel, bool) {
	if len(toks) > 1 && bulletGlyphs[toks[0].text] {
		// Rule bulletTurn: "• Jane Roe (Acme): Supports the change." A
		// list item opening with a label is a turn when a speech verb
		// opens its text ("• Jane Roe: publish the draft" is an action)
		l, ok := a.labelEnd(toks[1:])
		if !ok || l.question || l.c+2 >= len(toks) || !openingCue(toks[l.c+2]) {
			return turnLabel{}, false
		}
		l.ns, l.ne, l.c = l.ns+1, l.ne+1, l.c+1
		return l, true
	}
	enough := func(c int) bool { return len(toks)-c-1 >= 3 }
	if _, ok := handleAt(toks, 0); ok && len(toks) > 2 && toks[2].f == ":" {
		return turnLabel{ns: 0, ne: 2, c: 2, handle: true}, enough(2) // "@jroe: …" (rule handleName)
	}
	if len(toks) > 1 && (toks[0].text == "Q" || toks[0].f == "question" && isCapitalized(toks[0].text)) {
		if toks[1].f == ":" {
			if l, ok := reporterAfterColon(toks); ok {
				return l, enough(l.c)
			}
			return turnLabel{ns: 1, ne: 1, c: 1, question: true}, enough(1)
		}
		if toks[1].f == "(" {
			e := 2
			for e < len(toks) && e < 8 && toks[e].f != "," && toks[e].f != ")" {
				if !isCapitalized(toks[e].text) {
					return turnLabel{}, false
				}
				e++
			}
			c := e
			for c < len(toks) && c < 16 && toks[c].f != ")" {
				c++
			}
			if c+1 < len(toks) && toks[c].f == ")" && toks[c+1].f == ":" && e > 2 {
				return turnLabel{ns: 2, ne: e, c: c + 1, question: true}, enough(c + 1)
			}
		}
		return turnLabel{}, false
	}
	k := 0
	for k < len(toks) && k < 4 && isCapitalized(toks[k].text) && (lex.titles[toks[k].f] || lex.honorific[toks[k].f] || addressForms[toks[k].f]) {
		k++
		if k < len(toks) && toks[k].f == "." {
			k++ // "DR.", "Ms."
		}
	}
	if k > 0 && k < len(toks) && (capsRole(toks[:k]) || numbered && titleRole(toks[:k])) {
		// Rule roleTurn: a transcript's office in capitals labels a
		// turn, with the holder's name in brackets ("MODERATOR (Jane
		// Roe): Welcome …") or alone ("MODERATOR: Thank you …", the
		// holder the document names: labelSpeaker)
		if toks[k].f == ":" {
			if fieldLine(toks, k+1) {
				return turnLabel{}, false // "MODERATOR: Jonas Roe, Northfield Council": who holds it, no turn
			}
			return turnLabel{ns: k, ne: k, c: k, titled: true, role: k}, enough(k)
		}
		if toks[k].f == "(" {
			e := k + 1
			for e < len(toks) && e < k+5 && isCapitalized(toks[e].text) && isNameWord(toks[e].text) && !lex.titles[toks[e].f] && isLetter(toks[e].f) {
				e++
			}
			if e-k-1 >= 2 && e+1 < len(toks) && toks[e].f == ")" && toks[e+1].f == ":" {
				return turnLabel{ns: k + 1, ne: e, c: e + 1, titled: true, role: k}, enough(e + 1)
			}
		}
	}
	if k > 0 && k < len(toks) && !(toks[k].f == ":" || isCapitalized(toks[k].text)) {
		return turnLabel{}, false
	}
	if k > 0 {
		// Rule titlePhraseTurn: "CHIEF FIRE OFFICER ROE:": capitalised
		// words up to the last title word belong to the title
		for m := k; m < len(toks) && m < k+4 && isCapitalized(toks[m].text) && isLetter(toks[m].f); m++ {
			if lex.titles[toks[m].f] && m+1 < len(toks) && isCapitalized(toks[m+1].text) && !lex.titles[toks[m+1].f] {
				k = m + 1
			}
		}
		for c := k + 1; c <= k+3 && c < len(toks); c++ {
			if t := toks[c-1]; !isCapitalized(t.text) || !isNameWord(t.text) || lex.titles[t.f] || lex.groups[t.f] || lex.openers[t.f] || !isLetter(t.f) {
				return turnLabel{}, false
			}
			if toks[c].f == ":" {
				return turnLabel{ns: k, ne: c, c: c, titled: true}, enough(c)
			}
			// Rule bracketTurn: "Ms JANE ROE (Northfield—Labour Party)
			// (14:02): My question …": a titled name, one or two
			// bracketed groups (seat, party, office, the time) and the
			// colon
			if toks[c].f == "(" && c >= k+2 {
				if e, _, ok := bracketsColon(toks, c); ok && spokenTurn(toks, c, e) {
					return turnLabel{ns: k, ne: c, c: e, titled: true}, enough(e)
				}
				return turnLabel{}, false
			}
		}
		return turnLabel{}, false
	}
	for c := 1; c <= 3 && c < len(toks); c++ {
		// a name word, or a surname in capitals ("MENDEZ-KOVAČ:", which
		// only a known person's name makes a turn: labelSpeaker)
		if !a.nameToken(toks[c-1]) && !(capsWord(toks[c-1].text) && isLetter(toks[c-1].f) && !lex.titles[toks[c-1].f]) || lex.docs[toks[c-1].f] {
			return turnLabel{}, false // rule labelNotDocument: "Fact Sheet: …" names a document
		}
		if toks[c].f == ":" {
			return turnLabel{ns: 0, ne: c, c: c}, enough(c)
		}
		// Rule affiliationTurn: "Jane Roe (Acme Labs): Supports …", a
		// name, a bracket and a colon, when a speech verb opens the
		// text
		// A name and a time in brackets is a transcript's turn too
		// (rule bracketTurn: "Jane Roe (14:05): …").
		if toks[c].f == "(" && c >= 2 {
			e, timed, ok := bracketsColon(toks, c)
			if ok && timed && speaksInPerson(toks[e+1:]) {
				return turnLabel{ns: 0, ne: c, c: e, timed: true}, enough(e)
			}
			if ok && e == bracketEnd(toks, c)+1 && e+1 < len(toks) && openingCue(toks[e+1]) {
				return turnLabel{ns: 0, ne: c, c: e}, true
			}
			return turnLabel{}, false
		}
	}
	return turnLabel{}, false
}

// capsRole: the tokens are an office in capitals, the last a title
// ("MODERATOR", "PRESIDING OFFICER"), no form of address.
func capsRole(toks []token) bool { return officeLabel(toks, capsWord) }

// officeLabel: the tokens are an office, each word written as cased
// wants, the last a title, no form of address (capsRole, titleRole).
func officeLabel(toks []token, cased func(string) bool) bool {
	for _, t := range toks {
		if !cased(t.text) || !isLetter(t.f) || addressForms[t.f] || lex.honorific[t.f] && !lex.titles[t.f] {
			return false
		}
	}
	return len(toks) > 0 && roleWord(toks[len(toks)-1].f) != ""
}

// fieldLine: toks from k are a name and its affiliation, a programme's
// field after an office ("Jane Roe, Northfield Council"; "Dr Jane Roe
// (University of X)"): two to four capitalised name words after any
// title, then a comma, a bracket or the end.
func fieldLine(toks []token, k int) bool {
	for k < len(toks) && titlesOnly(toks[k:k+1]) {
		k++
	}
	e := k
	for e < len(toks) && e-k < 4 && isCapitalized(toks[e].text) && isNameWord(toks[e].text) && isLetter(toks[e].f) {
		e++
	}
	return e-k >= 2 && (e == len(toks) || toks[e].f == "," || toks[e].f == "(" || toks[e].f == ";")
}

// titleRole: the tokens are an office in title case, the last a title
// ("Chair", "Deputy Chair"), no form of address.
func titleRole(toks []token) bool { return officeLabel(toks, isCapitalized) }

// viewAdverbial returns the gender of the possessive of an opening "In
// his view," or "In her assessment," (a noun of possessive.txt), or "".
func viewAdverbial(toks []token) string {
	if len(toks) < 4 || toks[0].f != "in" || !lex.possess[toks[2].f] || toks[3].f != "," {
		return ""
	}
	return lex.possGender[toks[1].f]
}

// topicSentence is a sentence rule topicName registers a name from.
type topicSentence struct {
	sent string
	toks []token
	s    subject
}

// topicName: the sentence opens with a personal form of address and a
// full name (two to four name words the document never writes in lower
// case), then its verb, perhaps after an apposition ("Dr Jane Roe took a
// harder line.", "Ms. Nadia Roe, representing the union, was more
// sceptical."); not "Large Java shops are used to …", "Storm Babet,
// which hit in October, flooded …" or "Mercy Corps, …".
func (a *attributor) topicName(toks []token) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	k := 0
	address := false // a personal form of address: "Ms", "Dr", "Prof."
	for k < len(toks) && k < 3 && titlesOnly(toks[k:k+1]) {
		address = address || addressForms[strings.TrimSuffix(toks[k].f, ".")]
		k++
	}
	e := k
	for e < len(toks) && e-k < 4 && a.nameToken(toks[e]) {
		e++
	}
	if !address || e-k < 2 || e >= len(toks) || lex.orgs[toks[e-1].f] {
		return s, false // "Storm Babet, which hit in October, …", "Queen Mary Hospital …": no person
	}
	v := e
	if toks[v].f == "," {
		for c := v + 1; c < len(toks) && c < v+16; c++ {
			if toks[c].f == "," {
				v = c + 1
				break
			}
		}
	}
	if v >= len(toks) || v == e && toks[v].f == "," {
		return s, false
	}
	n := toks[v]
	if !isLetter(n.f) || isCapitalized(n.text) || lex.preps[n.f] || n.f == "and" || n.f == "or" || strings.HasSuffix(n.f, "ing") {
		return s, false
	}
	s.start, s.end = 0, e
	return s, true
}

// openedBy: the "by" at toks[i] follows, within four words, a verb of
// presiding ("chaired by"), or of opening a sitting, a meeting or a
// session named before it ("The sitting was opened at 15.02 by"; not
// "The shelter was opened in 1994 by").
func openedBy(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		f := toks[k].f
		if presidingOffices[f] != "" {
			return true
		}
		if lex.framing[f] {
			for _, t := range toks[:k] {
				if sittingWords[t.f] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// sittingWords name what a chair opens (rule openedBy).
var sittingWords = map[string]bool{"sitting": true, "meeting": true, "session": true, "hearing": true, "debate": true, "conference": true}

// bareCueSentence: a short sentence whose cue ends it, saying nothing of
// what was said: "Rosa pushed back.", "Dev objected strongly.", "Ms Roe
// disagreed." (at most five words, no "that", colon or quotation).
func bareCueSentence(toks []token) bool {
	words := 0
	for _, t := range toks {
		switch {
		case t.f == "that" || t.f == ":" || t.f == "“" || t.f == `"` || t.f == ",":
			return false
		case isLetter(t.f):
			words++
		}
	}
	if words == 0 || words > 5 {
		return false
	}
	last := len(toks) - 1
	for last >= 0 && !isLetter(toks[last].f) {
		last--
	}
	if last < 1 {
		return false
	}
	if isCue(toks, last) {
		return true // "Ms Roe disagreed."
	}
	// a particle or an adverb after the cue: "pushed back", "objected strongly"
	w := toks[last].f
	return isCue(toks, last-1) && (cueParticles[w] || strings.HasSuffix(w, "ly"))
}

// cueParticles end a phrasal cue ("pushed back", "weighed in").
var cueParticles = map[string]bool{"back": true, "in": true, "out": true, "up": true, "on": true, "again": true}

// refersBack: the sentence holds a pronoun that fits the source p ("she",
// "his") or one of the first person ("I", "we", "our"), outside
// quotations.
func refersBack(toks []token, p *person) bool {
	in := quoted(toks)
	for k, t := range toks {
		if in[k] {
			continue
		}
		switch t.f {
		case "i", "we", "my", "our", "me", "us":
			return true
		}
		if g := lex.gender[t.f] + lex.possGender[t.f]; g != "" && genderFits(p, g) && !p.party {
			return true
		}
	}
	return false
}

// onePerson returns the one person the mentions name, nil when they name
// none, several or a party.
func onePerson(ms []mention) *person {
	for _, m := range ms {
		if m.p != ms[0].p || m.p.party {
			return nil
		}
	}
	if len(ms) == 0 {
		return nil
	}
	return ms[0].p
}

// quotationSentence: the sentence opens with a quotation mark and holds
// a quotation of three words or more.
func quotationSentence(toks []token) bool {
	if len(toks) == 0 || toks[0].f != "“" && toks[0].f != `"` {
		return false
	}
	n := 0
	for i, in := range quoted(toks) {
		if in && isLetter(toks[i].f) {
			n++
		}
	}
	return n >= 3
}

// spokenTurn: the text after a bracketed label (its brackets
// toks[open:colon], its colon toks[colon]) is a turn: it speaks in person
// (speaksInPerson), or, after two bracketed groups and no year (a seat
// and a party, a time), it is a sentence of six words or more that
// opens with a capital and ends with its stop ("Ms Jane Roe (Westfield)
// (Con): The Minister has still not answered the question."; not a
// talk's title "Dr Jane Roe (University of X): Forced labour in …", a
// caption or an action item in lower case, a reference "Prof. Jane Roe
// (2021): Survivors …. Tartu University Press.").
func spokenTurn(toks []token, open, colon int) bool {
	rest := toks[colon+1:]
	if speaksInPerson(rest) {
		return true
	}
	groups := 0
	for k := open; k < colon; k++ {
		if len(toks[k].f) == 4 && isDigits(toks[k].f) {
			return false // a year: a reference
		}
		if toks[k].f == "(" {
			groups++
		}
	}
	if groups < 2 {
		return false // one affiliation: a talk's title as often as a turn
	}
	words := 0
	for _, t := range rest {
		if isLetter(t.f) {
			words++
		}
	}
	if words < 6 || len(rest) == 0 || !isCapitalized(rest[0].text) {
		return false
	}
	last := rest[len(rest)-1].f
	return last == "." || last == "!" || last == "?"
}

// speaksInPerson: a turn's text speaks as its speaker: a first- or
// second-person pronoun or a question mark ("My question is …", "I
// thank the member …", "Yes, I will."). A programme's slot, a talk's
// title, a reference, a caption or an action item after a bracketed
// label does not ("Dr Jane Roe (University of X): Forced labour in …").
func speaksInPerson(toks []token) bool {
	for _, t := range toks {
		switch t.f {
		case "i", "we", "my", "our", "me", "us", "you", "your", "?":
			return true
		}
	}
	return false
}

// bracketsColon reads one or two bracketed groups from toks[i] ("(") and
// returns the index of the colon right after them, and whether a group
// is a clock time ("(14:02)"). A group holds at most 16 tokens and no
// colon but a clock time's.
func bracketsColon(toks []token, i int) (colon int, timed, ok bool) {
	for g := 0; g < 2 && i < len(toks) && toks[i].f == "("; g++ {
		e := bracketEnd(toks, i)
		if e < 0 {
			return 0, false, false
		}
		if clockTime(toks[i+1 : e]) {
			timed = true
		}
		i = e + 1
	}
	if i < len(toks) && toks[i].f == ":" {
		return i, timed, true
	}
	return 0, false, false
}

// bracketEnd returns the index of the ")" closing the bracket at toks[i],
// or -1 when it does not close within 16 tokens, opens another bracket or
// holds a colon that is not a clock time's.
func bracketEnd(toks []token, i int) int {
	for e := i + 1; e < len(toks) && e <= i+17; e++ {
		switch toks[e].f {
		case ")":
			return e
		case "(":
			return -1
		case ":":
			if e == i+1 || !clockColon(toks, e) {
				return -1
			}
		}
	}
	return -1
}

// clockTime: the tokens are a time of day, "14:02" or "2:05 pm".
func clockTime(toks []token) bool {
	if len(toks) < 3 || !isDigits(toks[0].f) || toks[1].f != ":" || !isDigits(toks[2].f) {
		return false
	}
	return len(toks) == 3 || len(toks) == 4 && (toks[3].f == "am" || toks[3].f == "pm" || toks[3].f == "a.m" || toks[3].f == "p.m")
}

// bulletGlyphs open a list item.
var bulletGlyphs = map[string]bool{"•": true, "◦": true, "▪": true, "‣": true, "-": true, "–": true, "*": true}

// openingCue: a capitalised speech verb in a finite form opening a turn's
// text without a subject ("Supports the SHOULD.", "Asked whether …").
func openingCue(t token) bool {
	return isCapitalized(t.text) && (finiteCue(t) || lex.thatOnly[t.f] && !lex.base[t.f] && !strings.HasSuffix(t.f, "ing"))
}

// Rule reporterTurn: a question turn naming its reporter after the
// colon, "Q: Jane Roe, Daily Example. Will the …": two or three name
// words, a comma, the outlet (capitalised words, "of", "the", "&"
// inside) and a full stop or colon before the question.
func reporterAfterColon(toks []token) (turnLabel, bool) {
	e := 2
	for e < len(toks) && e < 5 && isCapitalized(toks[e].text) && isNameWord(toks[e].text) && !lex.titles[toks[e].f] && !lex.openers[toks[e].f] && !lex.docs[toks[e].f] {
		e++
	}
	if e-2 < 2 || e >= len(toks) || toks[e].f != "," {
		return turnLabel{}, false
	}
	o := e + 1
	for o < len(toks) && o-e <= 7 && (isCapitalized(toks[o].text) || o > e+1 && (toks[o].f == "of" || toks[o].f == "the" || toks[o].f == "&" || toks[o].f == "-")) {
		o++
	}
	if o == e+1 || o >= len(toks) || !isCapitalized(toks[o-1].text) || toks[o].f != "." && toks[o].f != ":" {
		return turnLabel{}, false
	}
	return turnLabel{ns: 2, ne: e, c: o, question: true}, true
}

// Rule speakerLabel: a paragraph opening with a speaker label (rule
// turnLabel: minutes and transcripts, "Jane Roe: I think …") is that
// person's. A single word counts when the document names exactly one
// person so, or after a title ("MINISTER OKAFOR:"), which makes the
// label's word a surname; a question turn is its questioner's.
func (a *attributor) registerLabel(text string) {
	if len(a.reg.people) >= maxTextSpeakers {
		return
	}
	toks := tokenize(text)
	l, ok := a.labelEnd(toks)
	if !ok || l.ns == l.ne {
		return
	}
	if l.handle {
		a.registerHandle(toks, subject{start: l.ns, end: l.ne}) // rule handleName
		return
	}
	if l.timed {
		// "Jane Roe (14:05): I will keep this short.": a name whose words
		// the document never writes in lower case ("Coffee Break
		// (10:30): …" is no one)
		for _, t := range toks[l.ns:l.ne] {
			if a.lowerKnown(t.f) || !a.nameToken(t) {
				return
			}
		}
	}
	name := textOf(text, toks, l.ns, l.ne)
	if l.ne-l.ns == 1 {
		if full := a.fullName(toks[l.ns].f, l.titled); full != "" {
			name = full
		} else if !l.titled && !a.capsTurn(toks[l.ns]) {
			return
		} else if strings.ToUpper(name) == name {
			name = capsToTitle(name) // "OKAFOR" → "Okafor"
		}
	} else if !looksLikeName(name) && !looksLikeName(capsToTitle(name)) {
		return
	} else if strings.ToUpper(name) == name {
		name = capsToTitle(name)
	}
	// the form of address of a titled label ("MS. ROE:") shows a gender
	g := ""
	for _, t := range toks[:l.ns] {
		if ag := addressGender[strings.TrimSuffix(t.f, ".")]; ag != "" {
			g = ag
		}
	}
	role := ""
	if l.role > 0 {
		role = capsToTitle(textOf(text, toks, l.roleAt, l.role)) // rule roleTurn: "MODERATOR (Jane Roe):"
	}
	if ms := a.mentions(toks[l.ns:l.ne]); len(ms) > 0 {
		if g != "" && ms[0].p.gender == "" {
			setGender(ms[0].p, g)
		}
		if role != "" && ms[0].p.Role == "" {
			ms[0].p.Role = role
		}
		return // known already
	}
	np := newPerson(name, "", nil, "", a.d.ID)
	np.Role = role
	p := a.register(np)
	if g != "" && p != nil && p.gender == "" {
		setGender(p, g)
	}
}

// capsToTitle writes a word in capitals in title case, each part of a
// hyphenated name too ("SANDHU-BRAR" → "Sandhu-Brar").
func capsToTitle(s string) string {
	rs := []rune(strings.ToLower(s))
	for i := range rs {
		if i == 0 || rs[i-1] == '-' || rs[i-1] == ' ' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	ws := strings.Split(string(rs), " ")
	for i, w := range ws {
		if i > 0 && stopwords[strings.ToLower(w)] && len(w) <= 3 {
			ws[i] = strings.ToLower(w) // "Center for Toxics Accountability", "Republic of Korea"
		}
	}
	return strings.Join(ws, " ")
}

// titlesOnly: the tokens are title and honorific words ("Ms", "Dr.",
// "Councillor"), or none.
func titlesOnly(toks []token) bool {
	for _, t := range toks {
		f := strings.TrimSuffix(t.f, ".")
		if t.f != "." && !(isCapitalized(t.text) && (lex.titles[f] || lex.honorific[f] || addressForms[f])) {
			return false
		}
	}
	return true
}

// sequenceWords: lexicon/sequence.txt.
var sequenceWords = wordSet(lexLines("sequence.txt"))

// firstPersonOpener: the paragraph opens with a first-person pronoun or
// "Let" ("I want …", "We have …", "Our data show …"), or with a word of a
// sequence and a comma ("First, …").
func firstPersonOpener(text string) bool {
	toks := tokenize(text)
	if len(toks) == 0 || !isCapitalized(toks[0].text) {
		return false
	}
	if len(toks) > 1 && sequenceWords[toks[0].f] && toks[1].f == "," {
		return true // "First, …", "Second, we …" (lexicon/sequence.txt)
	}
	switch toks[0].f {
	case "i", "we", "my", "our", "let":
		return true
	}
	return false
}

// Rule capsTurn: a surname in capitals that labels at least two turns of
// the document ("MENDEZ-KOVAČ: …" in a transcript) names a speaker, when
// the document never writes it in lower case and it is no title, document
// or group word ("NOTE:" is no one).
func (a *attributor) capsTurn(t token) bool {
	if !capsWord(t.text) || len([]rune(t.text)) < 3 || a.lowerKnown(t.f) || lex.titles[t.f] || lex.docs[t.f] || lex.groups[t.f] {
		return false
	}
	return a.capsLabels()[t.f] >= 2 && a.capsSurnames[t.f]
}

// capsLabels counts, once per document, the paragraphs that open with a
// word in capitals and a colon, by the word; and notes the words the
// document writes after a first name ("ILARIA MENDEZ-KOVAČ", a
// capitalised word that is no title), a.capsSurnames.
func (a *attributor) capsLabels() map[string]int {
	if a.capsLabelCount == nil {
		a.capsLabelCount, a.capsSurnames = map[string]int{}, map[string]bool{}
		for _, b := range a.d.Blocks {
			toks := tokenize(b.Text)
			if len(toks) > 1 && toks[1].f == ":" && capsWord(toks[0].text) {
				a.capsLabelCount[toks[0].f]++
			}
			for i := 1; i < len(toks); i++ {
				if p := toks[i-1]; isCapitalized(p.text) && isLetter(p.f) && !lex.titles[p.f] && p.f != "the" && isCapitalized(toks[i].text) {
					a.capsSurnames[toks[i].f] = true
				}
			}
		}
	}
	return a.capsLabelCount
}

// labelSpeaker returns the person a paragraph's speaker label names;
// label reports whether it has a label (an unnamed question turn has no
// person).
func (a *attributor) labelSpeaker(text string) (p *person, label bool) {
	toks := tokenize(text)
	l, ok := a.labelEnd(toks)
	if !ok {
		return nil, false
	}
	if l.ns == l.ne {
		if l.role > 0 {
			return a.labelRoleHolder(toks, l), true // rule roleTurn: "MODERATOR: …"
		}
		return nil, true
	}
	if ms := a.mentions(toks[l.ns:l.ne]); len(ms) == 1 && ms[0].start == 0 && ms[0].end == l.ne-l.ns {
		return ms[0].p, true
	}
	return nil, l.question || l.titled || l.handle // a handle nobody pairs: a turn of someone we cannot name
}

// registerSubject adds the person or party a subject names and reports
// whether it named one.
func (a *attributor) registerSubject(sent string, toks []token, s subject) bool {
	if len(a.reg.people) >= maxTextSpeakers {
		return false
	}
	last := toks[s.end-1]
	if !isCapitalized(last.text) || s.end-s.start == 1 && lex.groups[last.f] {
		return false
	}
	if a.partyStyle {
		if name, n := a.partyAt(toks, s.end); n == s.end-s.start {
			a.party(name)
			return true
		}
	}
	if s.article {
		// rule roleApposition: "The Chair, Ms Rania Aziz, …" registers
		// the name in apposition
		if ws, _ := roleNounAt(toks, s.start, s.end); ws != nil && s.apStart >= 0 && s.apEnd > s.apStart && isCapitalized(toks[s.apEnd-1].text) {
			return a.registerSubject(sent, toks, subject{start: s.apStart, end: s.apEnd, apStart: -1, apEnd: -1})
		}
		return false
	}
	if _, n := a.partyAt(toks, s.end); n == s.end-s.start {
		return false // a state is no person
	}
	rs, ns, ne, oe := nameParts(toks, s.start, s.end, a.lowerKnown)
	if a.titledOnly && (rs == ns || ne-ns < 1 || ne-ns > 4 || !titlesOnly(toks[rs:ns]) || !allCapitalized(toks[ns:ne]) ||
		len(a.mentions(toks[s.start:s.end])) > 0 || s.apStart >= 0) {
		return false // rule titledSpeakers: only new people named with a title
	}
	// Rule officeComplementName: with a name in apposition after it ("X's
	// Minister of Inland Waters, Jane Roe, said"), the words ending an
	// office's complement are no name.
	if s.apStart >= 0 && ne-ns <= 2 {
		for k := rs + 1; k < ne; k++ {
			if (toks[k].f == "of" || toks[k].f == "for") && roleWord(toks[k-1].f) != "" {
				return false
			}
		}
		if k := s.start; k > 0 && (toks[k-1].f == "and" || toks[k-1].f == "of" || toks[k-1].f == "for") {
			if r, _ := roleBefore(toks, k, s.end); r >= 0 && r < k {
				return false // "Minister of Energy and Inland Waters, Jane Roe,"
			}
		}
	}
	common := 0
	for k := ns; k < ne; k++ {
		// A name holds no clause opener, group word, word of an
		// organisation's or a document's name, and mostly words the
		// document never writes in lower case ("Global Methane Pledge"
		// is no name; "Mark Lindqvist" is).
		if lex.openers[toks[k].f] || lex.groups[toks[k].f] || lex.orgs[toks[k].f] || lex.docs[toks[k].f] || pluralTitle(toks[k].f) {
			return false
		}
		if a.lowerKnown(toks[k].f) && isCapitalized(toks[k].text) {
			common++
		}
	}
	if common*2 > ne-ns {
		return false
	}
	name := textOf(sent, toks, ns, ne)
	single := ne-ns == 1 && isNameWord(name) && len([]rune(name)) >= 2
	if !looksLikeName(name) {
		if !single {
			return false
		}
		if ns > rs && isParticle(toks[ns-1].f) {
			// "Mr van Aalst": the particles join the name below (rule
			// particleSurname)
		} else if full := a.fullName(toks[ns].f, ns > rs); full != "" {
			name = full
		} else if ns == rs {
			return false // a single word without a title: not enough for a name
		}
	}
	role := textOf(sent, toks, rs, ns)
	if oe > ne {
		role = strings.TrimSpace(role + " " + textOf(sent, toks, ne, oe))
	}
	hon, role, name, affiliation := splitTitles(role, name)
	name = a.fullNameOf(name)
	p := newPerson(name, "", nil, "", a.d.ID)
	if p.Honorific == "" {
		p.Honorific = hon
	}
	p.Role = role
	if affiliation != "" {
		if pn, _ := partyAt(tokenize(affiliation), len(tokenize(affiliation))); pn != "" && fold(pn) == fold(affiliation) {
			p.Country = pn
		} else {
			p.Organisation = affiliation
		}
	}
	if s.apStart >= 0 && s.apEnd > s.apStart {
		ap := textOf(sent, toks, s.apStart, s.apEnd)
		if pn, n := partyAt(toks, s.apEnd); n == s.apEnd-s.apStart && pn != "" {
			p.Country = pn
		} else if isCapitalized(toks[s.apStart].text) && !lex.openers[toks[s.apStart].f] && s.apEnd-s.apStart <= 14 {
			hasTitle := false
			for _, t := range toks[s.apStart:s.apEnd] {
				hasTitle = hasTitle || lex.titles[t.f]
			}
			switch {
			case orgLike(ap) && !lex.titles[toks[s.apStart].f] && !lex.titles[toks[s.apEnd-1].f]:
				p.Role, p.Organisation = "", ap // "Jane Roe, International Energy Agency, said"
			case hasTitle:
				p.Role = ap
			default:
				p.Role, p.Description = "", ap // neither a role nor an organisation for sure
			}
		} else if f := toks[s.apStart].f; (f == "the" || f == "a" || f == "an") && s.apStart+1 < s.apEnd && lex.titles[toks[s.apStart+1].f] && s.apEnd-s.apStart <= 14 {
			p.Role = textOf(sent, toks, s.apStart+1, s.apEnd) // "the mayor of Lima" → "mayor of Lima"
		}
	}
	a.register(p)
	return true
}

// register adds p to the registry, merging it with the person it names:
// a surname or first name alone joins the one person of that name; a full
// name completes a person known by surname alone.
func (a *attributor) register(p *person) *person {
	if old, ok := a.reg.byID[p.ID]; ok {
		if old.Role == "" {
			old.Role = p.Role
		}
		return old
	}
	if len(p.names) == 1 {
		var match []*person
		for _, q := range a.reg.people {
			if len(q.names) > 1 && (q.surname == p.surname || q.names[0] == p.surname) {
				match = append(match, q)
			}
		}
		if len(match) == 1 {
			return match[0]
		}
	} else {
		// A surname of several words ("Brennan-Uí Dhálaigh", "de Oliveira
		// Sá") joins the one person whose full name ends with it.
		var match []*person
		for _, q := range a.reg.people {
			if len(q.names) > len(p.names) && !q.party && slices.Equal(q.names[len(q.names)-len(p.names):], p.names) {
				match = append(match, q)
			}
		}
		if len(match) == 1 {
			return match[0]
		}
		for _, q := range a.reg.people {
			if len(q.names) < len(p.names) && !q.party && slices.Equal(p.names[len(p.names)-len(q.names):], q.names) && (len(q.names) > 1 || q.surname == p.surname) {
				delete(a.reg.byID, q.ID)
				q.ID, q.Name, q.names = p.ID, p.Name, p.names
				a.reg.changed(q)
				if q.Role == "" {
					q.Role = p.Role
				}
				a.reg.byID[q.ID] = q
				return q
			}
		}
	}
	return a.reg.add(p)
}

// party returns the registry entry of a negotiating party, adding it.
func (a *attributor) party(name string) *person {
	if p, ok := a.reg.byID[Slug(name)]; ok {
		return p
	}
	p := newPerson(name, "", nil, "", a.d.ID)
	p.party = true
	p.delegate = a.delegatePronouns
	p.names = nil // a party is found by its name as a party, not as a person's
	return a.reg.add(p)
}

// fullName returns the one full name the document gives to a first name
// or surname (folded), or "" when it gives none or several: the longest
// of those starting with it when each of them begins the longest ("Ana
// Maria Roe" over "Ana Maria"), the shortest of those ending
// with it when each of them ends with the shortest ("Tomas Berg" over
// "Norway Tomas Berg").
func (a *attributor) fullName(f string, afterTitle bool) string {
	pick := func(cands []string, first bool) string {
		if len(cands) == 0 {
			return ""
		}
		cs := slices.Clone(cands)
		slices.SortFunc(cs, func(x, y string) int { return len(x) - len(y) })
		if first {
			best := cs[len(cs)-1]
			for _, c := range cs {
				if !strings.HasPrefix(fold(best), fold(c)) {
					return ""
				}
			}
			return best
		}
		best := cs[0]
		for _, c := range cs {
			if !strings.HasSuffix(fold(c), fold(best)) {
				return ""
			}
		}
		return best
	}
	// After a title the word is a surname ("Ambassador Tai"); alone, a
	// first name first: in lists ("Acme Corp Jan Berg") the word before
	// a first name looks like a first name.
	if afterTitle {
		if n := pick(a.names["s:"+f], false); n != "" {
			return n
		}
	}
	if byFirst := pick(a.names["f:"+f], true); byFirst != "" {
		return byFirst
	}
	return pick(a.names["s:"+f], false)
}

// indexNames collects the full names the document writes (two or three
// capitalised name words, name particles inside), by first name and by
// surname, for fullName.
func (a *attributor) indexNames() {
	a.names = map[string][]string{}
	listed := map[[2]string]bool{} // {key, full name} in a.names
	for _, b := range a.d.Blocks {
		toks := tokenize(b.Text)
		affil := map[int]bool{}
		for i := range toks {
			if org, _, ok := listedAffiliation(toks, i); ok {
				for k := org[0]; k < org[1]; k++ {
					affil[k] = true
				}
			}
		}
		for i := 0; i < len(toks); i++ {
			if !a.nameToken(toks[i]) || affil[i] {
				continue // an organisation in a list is no first name
			}
			for n, parts := 2, 0; n <= 3+parts && i+n <= len(toks); n++ {
				ok := true
				parts = 0
				for k := i + 1; k < i+n; k++ {
					t := toks[k]
					if isParticle(t.f) {
						parts++
					}
					if !a.nameToken(t) && !(k < i+n-1 && isParticle(t.f)) {
						ok = false
						break
					}
				}
				if !ok && isParticle(toks[i+n-1].f) {
					continue // "Ana de" before "la Cruz"
				}
				if !ok {
					break
				}
				if e := i + n; e+1 < len(toks) && isParticle(toks[e].f) && isCapitalized(toks[e+1].text) {
					continue // "Amélie Van" before "den Broeck": no full name
				}
				full := b.Text[toks[i].start:toks[i+n-1].end]
				for _, f := range []string{"f:" + toks[i].f, "s:" + toks[i+n-1].f} {
					if !listed[[2]string{f, full}] {
						listed[[2]string{f, full}] = true
						a.names[f] = append(a.names[f], full)
					}
				}
			}
		}
	}
	a.compoundSurnames()
}

// Rule compoundSurname: a surname that the document also writes followed
// by another name word ("Ignacio Valdebenito Sáez") is the first of a
// double surname: "Minister Valdebenito" is that person, not someone
// called "Ignacio Valdebenito".
func (a *attributor) compoundSurnames() {
	sorted := map[string][]string{} // the full names of a first name, sorted
	for key, fulls := range a.names {
		if !strings.HasPrefix(key, "s:") {
			continue
		}
		var out []string
		in := map[string]bool{}
		for _, full := range fulls {
			// the one full name of its first name that continues it
			// (the full names of a first name are distinct: indexNames)
			f := "f:" + fold(strings.Fields(full)[0])
			gs, ok := sorted[f]
			if !ok {
				gs = slices.Clone(a.names[f])
				slices.Sort(gs)
				sorted[f] = gs
			}
			prefix := full + " "
			k, _ := slices.BinarySearch(gs, prefix)
			if k < len(gs) && strings.HasPrefix(gs[k], prefix) && (k+1 == len(gs) || !strings.HasPrefix(gs[k+1], prefix)) {
				full = gs[k]
			}
			if !in[full] {
				in[full] = true
				out = append(out, full)
			}
		}
		a.names[key] = out
	}
}

// nameToken: a capitalised word that may be part of a person's name.
func (a *attributor) nameToken(t token) bool {
	return isFirstName(t) && !a.lowerKnown(t.f) && strings.ToUpper(t.text) != t.text && !lex.groups[t.f]
}

// lowerKnown: the document writes the word in lower case inside sentences
// more often than capitalised (a common word, not a name).
func (a *attributor) lowerKnown(f string) bool {
	return a.lower[f] > 0 && !a.proper[capitalizeFirst(f)]
}

// completeNames gives a person registered by a title and surname alone
// ("President Berg noted …") the full name the document gives them
// elsewhere ("remarks by President Tomas Berg"): the capitalised
// words just before the surname that are neither titles, sentence words
// nor possessives (after "of", the first is a place: "President of
// Norway Tomas Berg"). When the document puts different first
// names before one surname, the person keeps the surname alone.
func (a *attributor) completeNames() {
	single := map[string]*person{}
	for _, p := range a.reg.people {
		if len(p.names) == 1 && !p.party {
			single[p.surname] = p
		}
	}
	if len(single) == 0 {
		return
	}
	variants := map[string][]string{} // surname → full names seen
	for _, b := range a.d.Blocks {
		toks := tokenize(b.Text)
		for i, t := range toks {
			if single[t.f] == nil {
				continue
			}
			k := i
			for k > 0 && i-k < 3 && isFirstName(toks[k-1]) && !a.lowerKnown(toks[k-1].f) && strings.ToUpper(toks[k-1].text) != toks[k-1].text {
				k--
			}
			if k > 0 && toks[k-1].f == "of" && k < i-1 {
				k++
			}
			if k < i {
				full := b.Text[toks[k].start:t.end]
				if !slices.Contains(variants[t.f], full) {
					variants[t.f] = append(variants[t.f], full)
				}
			}
		}
	}
	for surname, fulls := range variants {
		// The shortest variant, if every other one ends with it ("Norway
		// Tomas Berg" beside "Tomas Berg").
		slices.SortFunc(fulls, func(x, y string) int { return len(x) - len(y) })
		full := fulls[0]
		if slices.ContainsFunc(fulls, func(v string) bool { return !strings.HasSuffix(v, " "+full) && v != full }) {
			continue
		}
		p := single[surname]
		np := newPerson(full, "", nil, "", a.d.ID)
		if _, taken := a.reg.byID[np.ID]; taken {
			continue
		}
		delete(a.reg.byID, p.ID)
		p.ID, p.Name, p.names = np.ID, np.Name, np.names
		a.reg.changed(p)
		a.reg.byID[p.ID] = p
	}
}

// isFirstName reports whether t can be a given name before a surname.
func isFirstName(t token) bool {
	return isCapitalized(t.text) && isNameWord(t.text) && !lex.titles[t.f] && !addressForms[strings.TrimSuffix(t.f, ".")] && !isSentenceWord(t.f) &&
		!strings.HasSuffix(t.text, "'s") && !strings.HasSuffix(t.text, "’s") && !strings.HasSuffix(t.text, ".")
}

// isSentenceWord: capitalised words that start clauses rather than names.
func isSentenceWord(f string) bool {
	return lex.openers[f]
}

// textOfToks joins the tokens' text with spaces.
func textOfToks(toks []token, a, b int) string {
	var ws []string
	for _, t := range toks[a:b] {
		ws = append(ws, t.text)
	}
	return strings.Join(ws, " ")
}

// listedAffiliation reads a list entry "Full Name, Org Next Name" at
// toks[i] (the comma after a name): the capitalised run after the comma,
// less the two words of the next entry's name, is the organisation (one
// to three words); a single word closing the block or the entry is one
// too. It returns the organisation's token range.
func listedAffiliation(toks []token, i int) ([2]int, int, bool) {
	if toks[i].f != "," || i < 2 || !isCapitalized(toks[i-1].text) || !isCapitalized(toks[i-2].text) {
		return [2]int{}, 0, false
	}
	k := i + 1
	e := k
	for e < len(toks) && e-k < 6 && isCapitalized(toks[e].text) && !lex.titles[toks[e].f] {
		e++
	}
	r := e - k
	closed := e == len(toks) || strings.ContainsAny(toks[e].f, ".,;:()")
	if e+1 < len(toks) && (toks[e].f == "and" || toks[e].f == "," && toks[e+1].f == "and") {
		return [2]int{}, 0, false // "A B, C D E, and F G": a list of names
	}
	switch {
	case r >= 3 && r-2 <= 3 && (e == len(toks) || toks[e].f == "." || toks[e].f == ";" ||
		toks[e].f == "," && e+1 < len(toks) && (isCapitalized(toks[e+1].text) || unicode.IsDigit([]rune(toks[e+1].text)[0]))):
		return [2]int{k, e - 2}, r, true
	case r == 1 && closed:
		return [2]int{k, e}, r, true
	}
	return [2]int{}, 0, false
}

// Rule listedOrganisation: a person of the registry without role or
// organisation, written elsewhere as an entry of a list "Full Name, Org"
// ("Jane Roe, Acme Corp Tomas Berg, Beta"), takes Org.
func (a *attributor) listedOrganisations() {
	wants := func(p *person) bool {
		return p.Role == "" && p.Organisation == "" && p.Description == "" && !p.party && len(p.names) >= 2
	}
	need := false
	for _, p := range a.reg.people {
		need = need || wants(p)
	}
	if !need {
		return
	}
	// one pass over the document (not one per person: a long document
	// naming many people stays linear)
	found := map[*person][]string{}
	for _, b := range a.d.Blocks {
		toks := tokenize(b.Text)
		for _, m := range a.mentions(toks) {
			p := m.p
			if !wants(p) || m.end-m.start != len(p.names) || m.end >= len(toks) {
				continue
			}
			if org, _, ok := listedAffiliation(toks, m.end); ok {
				if ms := a.mentions(toks[org[0]:]); len(ms) > 0 && ms[0].start == 0 {
					continue // the next entry is a person
				}
				if o := textOf(b.Text, toks, org[0], org[1]); !slices.Contains(found[p], o) {
					found[p] = append(found[p], o)
				}
			}
		}
	}
	for _, p := range a.reg.people {
		if fs := found[p]; len(fs) == 1 {
			p.Organisation = fs[0]
		}
	}
}

// Rule quoteGlyphs: a producer that re-encodes fonts may write curly
// double quotation marks as "<" and "=" in the text layer (Ghostscript's
// pdfwrite over a browser's fonts; poppler reads the same): "had
// <never been so blurred.=". In a document without a single curly
// double quotation mark, two or more such pairs in its paragraphs ("<"
// opening a word after a space, a bracket or a colon; "=" closing one
// before a space, punctuation or the end) make every such pair a
// quotation for attribution. The passage text keeps the glyphs.
var (
	glyphOpen  = regexp.MustCompile(`(?:^|[\s(:;,])(<)\pL`)
	glyphClose = regexp.MustCompile(`[\pL.,!?](=)(?:$|[\s:;,.)])`)
)

// glyphPairs returns the byte offsets of the "<" and "=" of each pair in
// text: an opening mark, then the first closing mark after it with no
// other opening mark between (one pass over each kind: linear in text).
func glyphPairs(text string) [][2]int {
	opens := glyphOpen.FindAllStringSubmatchIndex(text, -1)
	if len(opens) == 0 {
		return nil
	}
	closes := glyphClose.FindAllStringSubmatchIndex(text, -1)
	var out [][2]int
	c := 0
	for k, o := range opens {
		open := o[2]
		for c < len(closes) && closes[c][2] < open {
			c++
		}
		if c == len(closes) {
			break
		}
		if k+1 < len(opens) && opens[k+1][2] < closes[c][2] {
			continue // another opening before the close: this "<" is no mark
		}
		out = append(out, [2]int{open, closes[c][2]})
		c++
	}
	return out
}

// detectGlyphQuotes reports whether the document writes its quotation
// marks as "<" and "=" (rule quoteGlyphs).
func (a *attributor) detectGlyphQuotes() bool {
	n := 0
	for _, b := range a.d.Blocks {
		if strings.ContainsAny(b.Text, "“”") {
			return false
		}
		if b.Kind == doc.Paragraph || b.Kind == doc.ListItem || b.Kind == doc.Quote {
			n += len(glyphPairs(b.Text))
		}
	}
	return n >= 2
}

// glyphsToQuotes writes each pair of rule quoteGlyphs as straight
// quotation marks (one byte each, as the glyphs: offsets are kept).
func glyphsToQuotes(text string) string {
	ps := glyphPairs(text)
	if len(ps) == 0 {
		return text
	}
	bs := []byte(text)
	for _, p := range ps {
		bs[p[0]], bs[p[1]] = '"', '"'
	}
	return string(bs)
}

// enumerator: a paragraph number alone ("8.", "12.", "(iv)", "3.2."),
// digits, roman numerals of up to four letters, brackets and dots.
func enumerator(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "().")
	if s == "" || len(s) > 6 {
		return false
	}
	digits := strings.Trim(s, "0123456789.") == ""
	roman := len(s) <= 4 && strings.Trim(s, "ivx") == ""
	return digits || roman
}

// sectionNumber opens a numbered paragraph of minutes or a report: "2.2",
// "3.1.4.", "12." before a space and a capital letter.
var sectionNumber = regexp.MustCompile(`^[0-9]{1,3}(?:\.[0-9]{1,3})*\.?\s+\p{Lu}`)

// sectionNumberLen returns the length of the paragraph number opening
// text, with the spaces after it, or 0.
func sectionNumberLen(text string) int {
	m := sectionNumber.FindStringIndex(text)
	if m == nil {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(text[:m[1]])
	return m[1] - n
}

// listEnumerator is the enumerator of a list item, with the space after
// it: "1. ", "12) ", "(a) ", "iv. ".
var listEnumerator = regexp.MustCompile(`^\(?(?:[0-9]{1,3}|[a-z]|[ivx]{1,5})[.)]\s+`)

// markerLen returns the length of the list marker opening text — a bullet
// glyph or an enumerator, with the spaces after it — or 0.
func markerLen(text string) int {
	if m := listEnumerator.FindStringIndex(text); m != nil {
		return m[1]
	}
	r, n := utf8.DecodeRuneInString(text)
	if n == 0 || !isMarkerRune(r) || r == '-' && !strings.HasPrefix(text, "- ") {
		return 0
	}
	rest := strings.TrimLeft(text[n:], " \t")
	if len(rest) == len(text[n:]) {
		return 0 // no space after it: "—" opening a credit, "$5 million"
	}
	return len(text) - len(rest)
}

// pluralTitle: a title or office in the plural ("Executive Directors",
// "Ministers", "Councillors") names several people, no one person.
func pluralTitle(f string) bool {
	if len(f) < 4 || !strings.HasSuffix(f, "s") || lex.titles[f] {
		return false
	}
	return lex.titles[strings.TrimSuffix(f, "s")] || strings.HasSuffix(f, "es") && lex.titles[strings.TrimSuffix(f, "es")]
}

// askedOpener: the sentence opens with a question put to its subject,
// "Asked by X whether …, Y said …", "Asked about …, she replied …": the
// clause up to its comma is the question (the asker's, rule clauses), the
// rest the answer, whose pronoun never refers to the asker (rule
// antecedent).
func askedOpener(toks []token) bool {
	return len(toks) > 2 && toks[0].f == "asked" && isCapitalized(toks[0].text) &&
		(toks[1].f == "by" || toks[1].f == "whether" || toks[1].f == "if" || toks[1].f == "about" || toks[1].f == "why" || toks[1].f == "how" || toks[1].f == "what")
}
