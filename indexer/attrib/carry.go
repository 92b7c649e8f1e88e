package attrib

import "strings"

// carryKind says whether a sentence without a cue continues the current
// source of its paragraph.
type carryKind int

const (
	carryOn    carryKind = iota // the sentence continues the current source
	carryStop                   // it has a subject of its own: nobody's, but a later pronoun may still reach the source
	carryOther                  // its subject is another person or a group: a later pronoun refers to no one we know
	// carryGeneric: its subject is a common noun phrase, no institution,
	// document or name ("Data are scarce"): a later "It/This …" may
	// still continue the source
	carryGeneric
	// carryGroup: its subject is a group ("The participants …"): as
	// carryOther, but in a paragraph or list item a colon introduced
	// ("X raised these concerns:") the group is what the source speaks
	// of ("• The members must be trained.")
	carryGroup
)

// anaphors are subjects that refer back or are no subject of their own
// ("It would …", "This means …", "There are …", "We must …"): the
// sentence continues the current source.
var anaphors = map[string]bool{
	"it": true, "this": true, "these": true, "that": true, "those": true, "such": true, "there": true,
	"we": true, "i": true, "they": true, "you": true, "our": true, "its": true, "their": true, "my": true,
	"his": true, "her": true,
}

// conjunctions that may open a sentence or a clause before its subject.
var conjunctions = map[string]bool{"and": true, "but": true, "or": true, "so": true, "yet": true, "while": true, "whereas": true}

// Rule carryOver: within a paragraph, a sentence without a cue continues
// the current source only when it is attached to them: its subject is a
// pronoun of a compatible gender or another anaphor ("It", "This",
// "We"), their name, or an office only they hold; or no subject can be
// found. A sentence whose subject is someone or something else — another
// named person, a role noun that names someone else, a party, an
// institution, a group or a document ("The steering council has not …",
// "Mr Jan Berg of X attributed …", "The idea is not new") — is the
// report's own (PARC: only content attached to a cue or a compatible
// anaphor is attributed). A clause after the first of its sentence
// (", but their …") continues unless its subject is named.
func (a *attributor) carryOver(toks []token, cur *person, clause bool) carryKind {
	a.pendingGender = ""
	if procedural(toks) {
		return carryStop
	}
	k := a.carrySubject(toks, cur, clause)
	if k == carryStop || k == carryGeneric {
		// a quotation of several words in a sentence without a subject of
		// its own is the current source's ("Costs would be “quite low”")
		for i, in := range quoted(toks) {
			if in && i+2 < len(toks) && isLetter(toks[i].f) && isLetter(toks[i+1].f) && isLetter(toks[i+2].f) {
				return carryOn
			}
		}
	}
	return k
}

// carrySubject classifies the subject of a sentence without a cue for
// carryOver.
func (a *attributor) carrySubject(toks []token, cur *person, clause bool) carryKind {
	inQuote := quoted(toks)
	i := 0
	if len(toks) > 0 && (toks[0].f == "“" || toks[0].f == `"`) {
		return carryOn // a quotation continues its speaker
	}
	for i < len(toks) && (conjunctions[toks[i].f] || toks[i].f == ",") {
		i++
	}
	if i >= len(toks) {
		return carryOn
	}
	// An opening adverbial ("In her view, …", "In response, …", "Closing
	// the forum, …") ends at its comma; a pronoun in it ties the sentence
	// to a source of that gender.
	if opensAdverbial(toks[i]) || toks[i].f == "there" && i+1 < len(toks) && toks[i+1].f == "being" {
		// ("There being no further business, the meeting closed": an
		// absolute phrase, no "There …" of the source's)
		c := -1
		for k := i; k < len(toks) && k < i+15; k++ {
			if toks[k].f == "," && !inQuote[k] {
				c = k
				break
			}
		}
		if c < 0 {
			return carryOn // no telling where the subject starts
		}
		for _, t := range toks[i:c] {
			if g := lex.gender[t.f] + lex.possGender[t.f]; g != "" {
				if !genderFits(cur, g) {
					return carryOther
				}
				a.pendingGender = g
				return carryOn // "In her view, the bill …"
			}
		}
		i = c + 1
	}
	if i >= len(toks) {
		return carryOn
	}
	t := toks[i]
	if reception(toks, i) {
		return carryStop
	}
	if g := lex.gender[t.f] + lex.possGender[t.f]; g != "" {
		if genderFits(cur, g) {
			a.pendingGender = g
			return carryOn
		}
		return carryOther
	}
	if (t.f == "they" || t.f == "their") && !cur.party {
		return carryStop // a plural is no single person
	}
	if anaphors[t.f] || inQuote[i] || t.f == "“" || t.f == `"` {
		return carryOn
	}
	if _, ok := handleAt(toks, i); ok {
		// rule handleName: the source by handle, or someone else
		if ms := a.mentions(toks[i : i+2]); len(ms) > 0 && ms[0].p == cur {
			return carryOn
		}
		return carryOther
	}
	// the current source by name, or someone else
	if isCapitalized(t.text) {
		if ms := a.mentions(toks[i:min(len(toks), i+6)]); len(ms) > 0 && ms[0].start <= 2 {
			if ms[0].p == cur && !possessive(toks[i+ms[0].end-1]) {
				return carryOn
			}
			return carryOther // someone else, or what is theirs ("Councillor Roe’s daughter was …")
		}
	}
	if clause {
		if isCapitalized(t.text) && (a.nameToken(t) || lex.titles[strings.TrimSuffix(t.f, ".")]) {
			return carryOther // a new named subject in a clause
		}
		if t.f == "the" && i+1 < len(toks) && isCapitalized(toks[i+1].text) && roleWord(toks[i+1].f) != "" {
			// "…, and the President committed to …", "…; the Chair
			// ruled …": an office another holds is a new subject
			if p, ok := a.roleSubject(toks, i); ok && p == cur {
				return carryOn
			}
			return carryOther
		}
		return carryOn
	}
	// "the professor", "The Chair": an office
	j := i
	if t.f == "the" {
		j++
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		if roleWord(toks[k].f) != "" && (k+1 >= len(toks) || roleWord(toks[k+1].f) == "") {
			if ws, mods := roleNounAt(toks, j, k+1); ws != nil {
				if p := a.roleHolder(ws, mods); p == cur {
					return carryOn
				}
				return carryOther
			}
		}
		if !isCapitalized(toks[k].text) && roleWord(toks[k].f) == "" {
			break // only the subject's words: "Pressed by Senator" names no subject
		}
	}
	for k := i; k < len(toks) && k < i+4 && isLetter(toks[k].f) && !auxiliaries[toks[k].f]; k++ {
		if lex.groups[toks[k].f] && groupHead(toks, k) {
			return carryGroup // "Some delegates …", "The participants …"
		}
	}
	if isCapitalized(t.text) && i+1 < len(toks) && a.nameToken(toks[i+1]) && (a.nameToken(t) || lex.titles[strings.TrimSuffix(t.f, ".")]) {
		return carryOther // "Mr Jan Berg …", "Jan Berg …": someone new
	}
	for k := i; k < len(toks) && k < i+5; k++ {
		f := toks[k].f
		if lex.orgs[f] || lex.docs[f] || isCapitalized(toks[k].text) && (k > 0 || a.proper[capitalizeFirst(f)] && !a.lowerKnown(f)) {
			return carryStop // an institution, a document, a name
		}
		if lex.cues[f] || f == "is" || f == "are" || f == "was" || f == "were" || f == "has" || f == "have" || f == "will" || !isLetter(f) {
			break // the verb: the subject ends
		}
	}
	return carryGeneric
}

// anaphorSubject: the sentence's subject, after its conjunctions, is "It",
// "This", "These", "Such" or "There".
func anaphorSubject(toks []token) bool {
	i := 0
	for i < len(toks) && (conjunctions[toks[i].f] || toks[i].f == ",") {
		i++
	}
	if i >= len(toks) {
		return false
	}
	switch toks[i].f {
	case "it", "this", "these", "such", "there":
		return true
	}
	return false
}

// genderFits: a pronoun of gender g may refer to p: a party, or a person
// whose gender the document does not show otherwise (genderOf: a pronoun
// resolved to them, their form of address).
func genderFits(p *person, g string) bool {
	if p != nil && p.party {
		return g == "" || p.delegate // "Ireland announced … She said …" is not Ireland's
	}
	return p != nil && (g == "" || genderOf(p) == "" || genderOf(p) == g)
}

// setGender gives p the gender of a pronoun that refers to them, when
// their gender is unknown (only a pronoun that resolves to a person
// sets it).
func setGender(p *person, g string) {
	if p != nil && !p.party && p.gender == "" {
		p.gender = g
	}
}

// pronounSubject returns the gendered pronoun that is the subject of a
// sentence, after its conjunctions and opening adverbial ("He expects …",
// "However, she doubts …"), or "". ("It", "They" may as well refer to the
// subject of the sentence between.)
func pronounSubject(toks []token) string {
	inQuote := quoted(toks)
	i := 0
	for i < len(toks) && (conjunctions[toks[i].f] || toks[i].f == ",") {
		i++
	}
	if i < len(toks) && (lex.preps[toks[i].f] || lex.openers[toks[i].f] && !lex.dets[toks[i].f] && toks[i].f != "the" && !anaphors[toks[i].f]) {
		for k := i; k < len(toks) && k < i+15; k++ {
			if toks[k].f == "," && !inQuote[k] {
				i = k + 1
				break
			}
		}
	}
	if i < len(toks) && lex.gender[toks[i].f] != "" && !inQuote[i] {
		return toks[i].f
	}
	return ""
}

// namesFirst: the sentence's first words name p ("Jane released …").
func (a *attributor) namesFirst(toks []token, p *person) bool {
	ms := a.mentions(toks[:min(len(toks), 6)])
	return len(ms) > 0 && ms[0].start <= 2 && ms[0].p == p
}

// auxiliaries that may follow a subject's head.
var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "must": true, "may": true, "might": true,
	"also": true, "then": true, "of": true, "both": true, "all": true}

// groupHead: the group word at toks[k] is the head of the subject
// ("Participants said", "Most of them", "Several were …"), not the
// determiner of a noun ("Most data are old").
func groupHead(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	return !isLetter(n.f) || auxiliaries[n.f] || lex.cues[n.f] || isAdverb(n) || strings.HasSuffix(n.f, "ed")
}

// Rule procedural: a sentence recording a meeting's decision in the
// passive ("With that correction the minutes are approved.", "The motion
// was carried.") is the meeting's act, no continuation of a speaker.
func procedural(toks []token) bool {
	if s := subjectStart(toks); s+2 < len(toks) && toks[s].f == "there" && lex.copulas[toks[s+1].f] {
		for _, t := range toks[s+2 : min(len(toks), s+5)] {
			if outcomes[t.f] {
				return true // "There was no consensus on …"
			}
		}
	}
	inQuote := quoted(toks)
	for i := 1; i < len(toks); i++ {
		if !inQuote[i] && lex.procedural[toks[i].f] {
			switch toks[i-1].f {
			case "is", "are", "was", "were", "been":
				return true
			}
		}
	}
	return false
}

// receptionVerbs and receptionNouns: lexicon/reception.txt.
var receptionVerbs, receptionNouns = func() (map[string]bool, map[string]bool) {
	vs, ns := map[string]bool{}, map[string]bool{}
	for _, ws := range lexLines("reception.txt") {
		if n, ok := strings.CutPrefix(ws[0], "+"); ok {
			ns[n] = true
		} else {
			vs[ws[0]] = true
		}
	}
	return vs, ns
}()

// Rule reception: a subject of a possessive determiner and a noun or two
// ending in a noun of the source's words (reception.txt "+", and
// possessive.txt) before a verb of reception, perhaps after an auxiliary
// ("Her remarks drew the longest applause", "His proposal was met with
// silence"), records how the source's words were received: the report's
// voice.
func reception(toks []token, i int) bool {
	if i >= len(toks) || !possessiveDets[toks[i].f] {
		return false
	}
	// the subject: a noun or two ("Her remarks", "His closing remarks"),
	// perhaps its complement ("Her call for a levy")
	k := i + 1
	for n := 0; n < 2 && k < len(toks) && isLetter(toks[k].f) && !lex.preps[toks[k].f] && !receptionVerbs[toks[k].f] && !receptionAux[toks[k].f]; n++ {
		k++
	}
	if k == i+1 || k >= len(toks) {
		return false
	}
	if head := toks[k-1].f; !receptionNouns[head] && !lex.possess[head] {
		return false // "Her hotline received 300 calls": no words of hers received
	}
	if lex.preps[toks[k].f] {
		for n := 0; n < 5 && k < len(toks) && isLetter(toks[k].f) && !receptionVerbs[toks[k].f] && !receptionAux[toks[k].f]; n++ {
			k++
		}
		if k >= len(toks) {
			return false
		}
	}
	if receptionAux[toks[k].f] && k+1 < len(toks) {
		k++
	}
	return receptionVerbs[toks[k].f]
}

// receptionAux may come between a subject and its verb of reception.
var receptionAux = map[string]bool{"was": true, "were": true, "has": true, "have": true, "had": true, "is": true, "are": true}

// outcomes: lexicon/outcomes.txt.
var outcomes = wordSet(lexLines("outcomes.txt"))

// opensAdverbial: t, a sentence's first word after its conjunctions, opens
// an adverbial that ends at its comma ("In her view, …", "In response,
// …", "Closing the forum, …", "Briefly, …").
func opensAdverbial(t token) bool {
	f := t.f
	return lex.preps[f] || lex.openers[f] && !lex.dets[f] && f != "the" && !anaphors[f] ||
		strings.HasSuffix(f, "ing") && isCapitalized(t.text) || isAdverb(token{f: f, text: f})
}
