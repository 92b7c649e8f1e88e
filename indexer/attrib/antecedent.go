package attrib

import (
	"slices"
	"strings"
)

// Rule antecedent (after PARC and QuoteLi3): a "he" or "she" that is the
// subject of a cue, or of a sentence that resumes a source, refers to the
// person the nearest sentence before it names, not to whoever spoke
// last. The walk keeps, for each sentence of the section, the people it
// names (known to the registry or not) and where: its source, its
// subject, elsewhere. Going back from the pronoun, within the paragraph
// and the one before and never across a heading, the first sentence that
// names someone of a compatible gender decides (past someone of the other
// gender, the walk stays in the pronoun's paragraph):
//   - one compatible source or subject: them, unless their gender is
//     not shown and someone else named there is shown to be of the
//     pronoun's ("Kim Roe introduced Ms Ada Berg. She said …" → nobody);
//   - no compatible subject and one compatible mention: them ("The
//     Committee heard from Dr Lind. He said …");
//   - otherwise nobody: two candidates, or someone the registry does not
//     know (who still blocks the carry-over from an earlier speaker).
//
// A group or an institution as a sentence's source or subject ends the
// walk: a pronoun after it refers to no one we know. A sentence without
// anyone named is passed over. The asker of a question (the source of a
// question verb, lexicon/turns.txt) is passed over by a reply verb ("Tom
// Lind asked whether … She replied …"). Gender is what the document
// shows: a form of address ("Ms", "Sir", lexicon/honorifics.txt) or a
// pronoun already resolved to the person; a he/she never goes to someone
// of the other gender. In a talk's section, a pronoun that meets nobody
// is the speaker's when the gender fits.

// refRole is where a sentence names someone.
type refRole int

const (
	refOther   refRole = iota // elsewhere: an object, a possessor, a complement
	refSubject                // the subject of a sentence without a cue
	refSource                 // the sentence's credited source
)

// ref is a person a sentence names.
type ref struct {
	p      *person // nil: someone the registry does not know
	gender string  // the gender of an unknown person's form of address
	role   refRole
	asker  bool // the source of a question verb
}

// discSent is one sentence (or clause) the walk has read.
type discSent struct {
	para    int
	refs    []ref
	barrier bool // a group or an institution is its source or subject
}

// turnVerbs: question and reply verbs by form (lexicon/turns.txt).
var questionVerbs, replyVerbs = func() (map[string]bool, map[string]bool) {
	q, r := map[string]bool{}, map[string]bool{}
	for _, ws := range lexLines("turns.txt") {
		dst := q
		if ws[0] == "reply" {
			dst = r
		}
		forms := ws[1:]
		if len(forms) == 1 {
			forms = verbForms(forms[0])
		}
		for _, f := range forms {
			dst[f] = true
		}
	}
	return q, r
}()

// genderOf: the gender the document shows for p: a pronoun resolved to
// them, else their form of address.
func genderOf(p *person) string {
	if p == nil || p.party {
		return ""
	}
	if p.gender != "" {
		return p.gender
	}
	for _, h := range strings.Fields(p.Honorific) {
		if g := addressGender[strings.TrimSuffix(fold(h), ".")]; g != "" {
			return g
		}
	}
	return ""
}

// resetDiscourse forgets the sentences read: a heading begins a new
// account.
func (a *attributor) resetDiscourse() { a.disc = a.disc[:0] }

// maxDiscourse bounds the sentences kept (only the last paragraphs are
// read back).
const maxDiscourse = 64

// record keeps what a sentence (toks, a clause when clause) names for
// later pronouns: c is its credit, src the source it ended with, ms the
// people it names (creditSentence's mentions).
func (a *attributor) record(toks []token, ms []mention, c credit, src *person) {
	s := discSent{para: a.paraN}
	subj := subjectStart(toks)
	asker := src != nil && (questionCue(toks) || askedOpener(toks))
	inQuote := quoted(toks)
	var starts, ends []int // where each of s.refs is named (-1: the source)
	if src != nil {
		s.refs = append(s.refs, ref{p: src, role: refSource, asker: asker})
		starts, ends = append(starts, -1), append(ends, -1)
	}
	taken := make([]bool, len(toks))
	subjectPerson := false
	subjEnd := -1 // the end of a subject mention, for the next of a coordinated subject
	for _, m := range ms {
		for k := m.start; k < m.end; k++ {
			taken[k] = true
		}
		if m.p.party || inQuote[m.start] {
			continue
		}
		role := refOther
		if m.start >= subj && titlesOnly(toks[subj:m.start]) ||
			subjEnd >= 0 && m.start > subjEnd && (toks[subjEnd].f == "and" || toks[subjEnd].f == "or") && titlesOnly(toks[subjEnd+1:m.start]) {
			role = refSubject // "Kim Roe and Sam Berg visited …": both
			subjectPerson = true
			subjEnd = m.end
		}
		if m.p == src {
			continue
		}
		s.refs = append(s.refs, ref{p: m.p, role: role})
		starts, ends = append(starts, m.start), append(ends, m.end)
	}
	for _, u := range a.unknownNames(toks, taken, subj) {
		if inQuote[u.start] {
			continue
		}
		role := refOther
		if u.start == subj || subjEnd >= 0 && u.start == subjEnd+1 && (toks[subjEnd].f == "and" || toks[subjEnd].f == "or") {
			role = refSubject
			subjectPerson = true
			subjEnd = u.end
		} else if u.nameStart == u.start {
			continue // a name without a title counts in subject position only ("North America")
		}
		s.refs = append(s.refs, ref{gender: u.gender, role: role})
		starts, ends = append(starts, u.start), append(ends, u.end)
	}
	if n, ok := floorObject(toks, starts, ends); ok {
		// rule floorObject: the person handed the floor is who a pronoun
		// after this sentence refers to
		for i := range s.refs {
			s.refs[i].role = min(s.refs[i].role, refOther)
		}
		s.refs[n].role = refSubject
		subjectPerson = true
	}
	if _, ok := handleAt(toks, subj); ok && !subjectPerson {
		s.refs = append(s.refs, ref{role: refSubject}) // a handle nobody pairs: someone we cannot name (rule handleName)
		subjectPerson = true
	}
	if !subjectPerson && src == nil {
		if p, ok := a.roleSubject(toks, subj); ok && (p == nil || !p.party) {
			// "The Chair thanked …", "the moderator asked …": the office's
			// one holder, or someone we cannot name
			s.refs = append(s.refs, ref{p: p, role: refSubject})
			subjectPerson = true
		}
	}
	if (c == groupCr || c == otherCr) && src == nil && !subjectPerson {
		s.barrier = true
	}
	if len(a.disc) >= maxDiscourse {
		a.disc = append(a.disc[:0], a.disc[len(a.disc)-maxDiscourse/2:]...)
	}
	a.disc = append(a.disc, s)
}

// antecedent walks back over the sentences read for the person a
// pronoun of gender g refers to (rule antecedent); decided is false when
// no sentence in reach names anyone.
func (a *attributor) antecedent(g string, reply bool) (p *person, decided bool) {
	passed := false // someone named was passed over: the walk stays in the paragraph
	for k := len(a.disc) - 1; k >= 0; k-- {
		s := a.disc[k]
		if a.paraN-s.para > maxCarryParagraphs {
			break
		}
		if s.barrier || passed && s.para != a.paraN {
			return nil, true
		}
		passed = passed || len(s.refs) > 0
		var compat []ref
		for _, r := range s.refs {
			if reply && r.asker {
				continue
			}
			if g != "" && r.p != nil && r.p.party && !r.p.delegate {
				if r.role >= refSubject {
					return nil, true // "Ireland announced … She added …": no country, and no one before it
				}
				continue // "he" or "she" is no country (but its representative: rule delegateParty)
			}
			rg := r.gender
			if r.p != nil {
				rg = genderOf(r.p)
			}
			if g != "" && rg != "" && rg != g {
				continue
			}
			dup := false
			for i, c := range compat {
				if r.p == nil {
					break // someone unknown is no one named before
				}
				if c.p == r.p {
					dup = true
					compat[i].role = max(c.role, r.role)
				}
			}
			if !dup {
				compat = append(compat, r)
			}
		}
		if len(compat) == 0 {
			continue
		}
		var subjects []ref
		for _, r := range compat {
			if r.role >= refSubject {
				subjects = append(subjects, r)
			}
		}
		switch {
		case len(subjects) == 1 && (g == "" || genderOf(subjects[0].p) == g || !a.knownGender(compat, g)):
			return subjects[0].p, true
		case len(subjects) == 0 && len(compat) == 1:
			return compat[0].p, true
		}
		return nil, true
	}
	return nil, false
}

// knownGender: one of refs is shown to be of gender g.
func (a *attributor) knownGender(refs []ref, g string) bool {
	for _, r := range refs {
		if r.gender == g || r.p != nil && genderOf(r.p) == g {
			return true
		}
	}
	return false
}

// resolvePronoun returns whom the pronoun subject of toks refers to
// (rule antecedent), and gives them its gender.
func (a *attributor) resolvePronoun(pronoun string, toks []token) *person {
	g := lex.gender[pronoun]
	p, decided := a.antecedent(g, replyCue(toks) || a.answering)
	if !decided && a.talk != nil && genderFits(a.talk, g) && genderOf(a.talk) != otherGender(g) {
		p = a.talk
	}
	if p != nil && g != "" && genderOf(p) != "" && genderOf(p) != g {
		return nil
	}
	setGender(p, g)
	return p
}

// resumes returns last when the pronoun subject of toks, in a sentence
// without a cue, refers to them (rule antecedent), else nil: such a
// sentence continues only the paragraph's source, never someone a
// sentence between names.
func (a *attributor) resumes(pronoun string, toks []token, last *person) *person {
	g := lex.gender[pronoun]
	p, decided := a.antecedent(g, replyCue(toks) || a.answering)
	if !decided {
		p = last
	}
	if p != last || !genderFits(last, g) {
		return nil
	}
	setGender(last, g)
	return last
}

func otherGender(g string) string {
	switch g {
	case "m":
		return "f"
	case "f":
		return "m"
	}
	return "?"
}

// roleSubject: the subject at toks[subj] is a role noun after "the" or a
// possessive ("The Chair", "the moderator", "Its director", "The
// presiding judge": one lower-case modifier); p is its one
// holder (rule roleNoun) or nil when nobody or several hold it.
func (a *attributor) roleSubject(toks []token, subj int) (p *person, ok bool) {
	if subj+1 >= len(toks) || toks[subj].f != "the" && !possessiveDets[toks[subj].f] {
		return nil, false
	}
	j := subj + 1
	for k := j; k < len(toks) && k < j+4; k++ {
		if roleWord(toks[k].f) != "" && (k+1 >= len(toks) || roleWord(toks[k+1].f) == "") {
			if ws, mods := roleNounAt(toks, j, k+1); ws != nil {
				p := a.roleHolder(ws, mods)
				if modified := !isCapitalized(toks[j].text) && roleWord(toks[j].f) == ""; modified && p == nil &&
					(a.paragraphSource() || toks[subj].f != "the" || k+1 < len(toks) && toks[k+1].f == ",") {
					// a modifier the document gives no holder, in a
					// paragraph with a source ("Professor Roe opened …
					// The keynote speaker also argued …"), after a
					// possessive or before a name in apposition ("Our
					// programme director, Jane Roe, …"): as if no
					// office; else someone we cannot name
					return nil, false
				}
				return p, true
			}
		}
		// capitalised words and lower-case modifiers may stand before
		// the role word ("The Privacy Commissioner", "The presiding
		// judge", "the lead author")
		if roleWord(toks[k].f) == "" && (!isLetter(toks[k].f) || stopwords[toks[k].f] || lex.cues[toks[k].f] || !isCapitalized(toks[k].text) && k > j+1) {
			break
		}
	}
	return nil, false
}

// paragraphSource: a sentence read before in the current paragraph has a
// known source.
func (a *attributor) paragraphSource() bool {
	for k := len(a.disc) - 1; k >= 0 && a.disc[k].para == a.paraN; k-- {
		for _, r := range a.disc[k].refs {
			if r.p != nil && r.role == refSource {
				return true
			}
		}
	}
	return false
}

// subjectStart: where the subject of a sentence starts, after its
// conjunctions and an opening adverbial up to its comma ("In her view,",
// "Drawing on …,").
func subjectStart(toks []token) int {
	inQuote := quoted(toks)
	i := 0
	for i < len(toks) && (conjunctions[toks[i].f] || toks[i].f == ",") {
		i++
	}
	if i >= len(toks) {
		return i
	}
	if opensAdverbial(toks[i]) {
		for k := i; k < len(toks) && k < i+15; k++ {
			if toks[k].f == "," && !inQuote[k] {
				return k + 1
			}
		}
	}
	return i
}

// questionCue: the sentence's first cue outside quotations is a question
// verb ("asked", "wondered").
func questionCue(toks []token) bool { return firstCueIn(toks, questionVerbs) }

// replyCue: the sentence's first cue outside quotations is a reply verb
// ("replied", "responded").
func replyCue(toks []token) bool { return firstCueIn(toks, replyVerbs) }

func firstCueIn(toks []token, set map[string]bool) bool {
	inQuote := quoted(toks)
	for i, t := range toks {
		if !inQuote[i] && isCue(toks, i) {
			return set[t.f]
		}
	}
	return false
}

// nameRun is a person-shaped name the registry does not know.
type nameRun struct {
	start, end int // the name with its titles
	nameStart  int
	gender     string // of its form of address
}

// unknownNames finds people the registry does not know in toks, outside
// the tokens taken: a form of address or a title before a capitalised
// name ("Ms Roe", "Councillor Jan Berg"), or two to four name words the
// document writes as a name ("Jan Berg") that are no party, organisation,
// document or group.
func (a *attributor) unknownNames(toks []token, taken []bool, subj int) []nameRun {
	var out []nameRun
	for i := 0; i < len(toks); i++ {
		if taken[i] || !isCapitalized(toks[i].text) {
			continue
		}
		j, g := i, ""
		for j < len(toks) && !taken[j] && isCapitalized(toks[j].text) {
			f := strings.TrimSuffix(toks[j].f, ".")
			if !(addressForms[f] || lex.honorific[f] || lex.titles[f]) {
				break
			}
			if ag := addressGender[f]; ag != "" {
				g = ag
			}
			j++
			if j < len(toks) && toks[j].f == "." {
				j++
			}
		}
		k := j
		for k < len(toks) && k-j < 4 && !taken[k] && ((a.nameToken(toks[k]) || possessive(toks[k]) && isCapitalized(toks[k].text) && !a.lowerKnown(toks[k].f)) && !lex.orgs[toks[k].f] && !lex.docs[toks[k].f] ||
			k > j && isParticle(toks[k].f) && k+1 < len(toks) && isCapitalized(toks[k+1].text)) {
			k++
			if possessive(toks[k-1]) {
				break
			}
		}
		titled := j > i
		// a single name word in subject position that the document
		// writes in a full name elsewhere ("Ana has been working …")
		single := i == subj && k-j == 1 && (len(a.names["f:"+toks[j].f]) > 0 || len(a.names["s:"+toks[j].f]) > 0)
		if k < len(toks) && taken[k] || i > 0 && taken[i-1] {
			i = max(i, k-1) // part of a known person's name
			continue
		}
		if k < len(toks) && !taken[k] && isCapitalized(toks[k].text) && roleWord(toks[k].f) != "" && !postNominal(toks[k]) {
			i = max(i, k-1) // a title phrase, no name: "Chief Financial Officer Jane Roe", "City Manager Roe"
			continue
		}
		if k == j || !titled && !single && (k-j < 2 || !looksLikeName(textOfToks(toks, j, k))) {
			i = max(i, k-1)
			continue
		}
		if i > 0 && (toks[i-1].f == "the" || lex.dets[toks[i-1].f]) && !titled {
			i = max(i, k-1)
			continue
		}
		if _, n := a.partyAt(toks, k); n > 0 && n >= k-j {
			i = max(i, k-1)
			continue
		}
		if titled && !addressForms[strings.TrimSuffix(toks[i].f, ".")] && !lex.honorific[strings.TrimSuffix(toks[i].f, ".")] && k-j < 2 && a.lowerKnown(toks[j].f) {
			i = max(i, k-1)
			continue
		}
		out = append(out, nameRun{start: i, end: k, nameStart: j, gender: g})
		i = max(i, k-1)
	}
	return out
}

// Rule topicSpeaker: in a report whose registry comes from its text, a
// sentence without a cue whose subject is a name ("Dr Jan Roe took a
// harder line.", "Professor Ann Berg (University of X) gave the
// keynote.") or that names one person with a title or in full and no
// one else ("The Committee heard from Dr Jan Roe.") registers that
// person when the next sentence of the paragraph is a he/she cue of a
// fitting gender ("He argued that …",
// "“…,” she said"): the pronoun's speaker is the one the paragraph
// opened with (rule antecedent), and the registry must know them to
// credit them.
func (a *attributor) registerTopics(text string) {
	rs := sentences(text)
	for k := 0; k+1 < len(rs) && len(a.reg.people) < maxTextSpeakers; k++ {
		sent := text[rs[k][0]:rs[k][1]]
		toks := tokenize(sent)
		g := pronounCueGender(tokenize(text[rs[k+1][0]:rs[k+1][1]]))
		if g == "" {
			continue
		}
		if r, ok := a.floorName(toks); ok {
			// "The Chair invited Dr Jan Roe to present …. She said …"
			// (rule floorObject)
			if r.gender == "" || r.gender == g {
				a.registerSubject(sent, toks, subject{start: r.start, end: r.end, apStart: -1, apEnd: -1})
			}
			continue
		}
		if hasCue(toks) {
			continue
		}
		if len(a.mentions(toks)) > 0 {
			continue // a known person is named: nothing to register
		}
		subj := subjectStart(toks)
		if _, ok := handleAt(toks, subj); ok {
			a.registerHandle(toks, subject{start: subj, end: subj + 2}) // "@jroe opened the call. He …" (rule handleName)
			continue
		}
		var named []nameRun // the people the sentence names, titled or in subject position
		for _, r := range a.unknownNames(toks, make([]bool, len(toks)), subj) {
			if r.start == subj || r.nameStart > r.start {
				named = append(named, r)
			}
		}
		if len(named) != 1 || named[0].gender != "" && named[0].gender != g {
			continue // nobody, or whose is the pronoun?
		}
		r := named[0]
		if r.start == subj {
			if r.end >= len(toks) || isCapitalized(toks[r.end].text) && toks[r.end].f != "(" {
				continue // no verb after the name
			}
		} else if !strings.Contains(strings.TrimSpace(textOfToks(toks, r.nameStart, r.end)), " ") {
			continue // a title and a single word elsewhere than the subject: too little for a name
		}
		if last := toks[r.end-1]; possessive(last) {
			// "Dr Jan Roe's talk was …": the name without its "'s"
			toks = slices.Clone(toks)
			n := len("'s")
			if strings.HasSuffix(last.text, "’s") {
				n = len("’s")
			}
			toks[r.end-1].text, toks[r.end-1].end = last.text[:len(last.text)-n], last.end-n
		}
		a.registerSubject(sent, toks, subject{start: r.start, end: r.end, apStart: -1, apEnd: -1})
	}
}

// hasCue: a speech cue outside quotations.
func hasCue(toks []token) bool {
	inQuote := quoted(toks)
	for i := range toks {
		if !inQuote[i] && isCue(toks, i) {
			return true
		}
	}
	return false
}

// pronounCueGender: the gender of the he/she that is the subject of the
// sentence's first cue ("He argued …", "“…,” she said"), or "".
func pronounCueGender(toks []token) string {
	inQuote := quoted(toks)
	for i := range toks {
		if inQuote[i] || !isCue(toks, i) {
			continue
		}
		s, ok := subjectBefore(toks, i)
		if !ok {
			s, ok = subjectAfter(toks, i)
		}
		if ok && s.end-s.start == 1 {
			return lex.gender[toks[s.start].f]
		}
		return ""
	}
	return ""
}

// pronounView: "His view was that …", "Her answer is that …" opening a
// sentence (a noun of possessive.txt at toks[i]) is a cue whose subject
// is the pronoun of that gender: it returns that pronoun ("he", "she"),
// or "".
func pronounView(toks []token, i int) string {
	if !lex.possess[toks[i].f] || i == 0 || i+2 >= len(toks) {
		return ""
	}
	g := lex.possGender[toks[i-1].f]
	if g == "" {
		return ""
	}
	// "Policy, in his view, follows …", "…, in her words, “…”": "in", the possessive and the
	// noun inside the sentence (an opening "In her view, …" is rule
	// carryOver's adverbial)
	inView := i >= 3 && toks[i-2].f == "in" && toks[i-3].f == ","
	if !inView && (subjectStart(toks) != i-1 || toks[i+1].f != "was" && toks[i+1].f != "is" || toks[i+2].f != "that") {
		return ""
	}
	for pr, pg := range lex.gender {
		if pg == g {
			return pr
		}
	}
	return ""
}
