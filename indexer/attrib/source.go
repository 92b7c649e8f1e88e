package attrib

import (
	"slices"
	"strings"
)

// subject is the source a speech cue attaches to: the noun phrase before
// it, toks[start:end], with an apposition toks[apStart:apEnd] (a role:
// "X, Chair of Y, said") when there is one.
type subject struct {
	start, end     int
	apStart, apEnd int
	// coordinated: one of several subjects ("X and Y said", "A, B and C
	// declared"): the sentence credits no single source.
	coordinated bool
	article     bool // the phrase opens with "the": an institution or a document, unless a party
	anonymous   bool // "one delegate", "a participant": someone no one can cite
}

// possessiveDets may stand before a role noun as "the" does ("Its chief
// executive, Mr X,").
var possessiveDets = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true, "my": true, "your": true}

// npWord: a token that may continue a capitalised noun phrase leftwards.
func npWord(t token) bool {
	if isCapitalized(t.text) {
		return true
	}
	switch t.f {
	case "of", "the", "for", "on", "-", "/", "’", "'":
		return true
	}
	return isParticle(t.f)
}

// Rule subjectBefore: the subject of the cue at toks[i] is found by going
// back over words that may stand between them ("also", "was next up
// and"), an apposition in brackets or commas ("X (Norway) said", "X, Chair
// of Y, said"), a relative "who" ("X, who proposed"), then over the noun
// phrase: capitalised words with "of", "the" and name particles, or one
// lower-case pronoun or group word. A phrase after a preposition is no
// subject ("a survey by X showed"), unless a relative clause makes it one
// ("heard from X, who described").
// Rule nameFrom: a name of two to five capitalised words before "from"
// and a place or body ("Councillor Jane Roe from Ostravia said", "Jane
// Roe from the Ports Authority said") is the subject; the place is no
// speaker. toks[p] is "from" or the "the" after it.
func nameFrom(toks []token, p int) (subject, bool) {
	if toks[p].f == "the" {
		p--
	}
	if p < 2 || toks[p].f != "from" {
		return subject{}, false
	}
	b := p
	for b > 0 && p-b < 5 && isCapitalized(toks[b-1].text) && isLetter(toks[b-1].f) {
		b--
	}
	if p-b < 2 || b > 0 && (lex.preps[toks[b-1].f] || isLetter(toks[b-1].f) && !lex.openers[toks[b-1].f]) ||
		lex.groups[toks[p-1].f] || lex.orgs[toks[p-1].f] || lex.docs[toks[p-1].f] {
		return subject{}, false
	}
	return subject{start: b, end: p, apStart: -1, apEnd: -1}, true
}

// abbrevDot: toks[k] is the dot of an abbreviation ("Hon.", "Dr."),
// which ends no apposition ("The Minister of Health, Hon. Jane Roe,
// said").
func abbrevDot(toks []token, k int) bool {
	return k > 0 && toks[k].f == "." && abbreviations[toks[k-1].f]
}

func subjectBefore(toks []token, i int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	j := i
	for n := betweenBefore(toks, j); n > 0; n = betweenBefore(toks, j) {
		j -= n
	}
	for k := 0; k < 2 && j > 0 && isAdverb(toks[j-1]); k++ {
		j-- // "X squarely addressed"
	}
	relative := false
	for step := 0; step < 2 && j > 0; step++ {
		if j >= 2 && toks[j-1].f == "who" && toks[j-2].f == "," { // "X, who noted"
			j -= 2
			relative = true
			// "X, Director of Y, who warned", "heard from X, a member of
			// Y, who spoke": an apposition before "who" (lower-case at its
			// end) follows the name and its comma
			if j > 0 && toks[j-1].f != ")" {
				c := j - 1
				for c > 0 && c > j-30 && toks[c].f != "," && toks[c].f != ";" && (toks[c].f != "." || abbrevDot(toks, c)) {
					c--
				}
				// lower-case at its end, or opening with a title ("heard
				// from Dr X, Director of the Y Council, who praised")
				if c >= 1 && toks[c].f == "," && c+1 < j && isCapitalized(toks[c-1].text) &&
					(!isCapitalized(toks[j-1].text) || roleWord(toks[c+1].f) != "" && isCapitalized(toks[c+1].text)) {
					s.apStart, s.apEnd = c+1, j
					j = c
				}
			}
			continue
		}
		if toks[j-1].f == "," && j >= 2 && toks[j-2].f == ")" { // "X (org), highlighted"
			j--
		}
		if toks[j-1].f == ")" { // "Jane Roe (NGO) drew"
			depth := 0
			k := j - 1
			for ; k >= 0; k-- {
				if toks[k].f == ")" {
					depth++
				} else if toks[k].f == "(" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if k < 0 {
				return s, false
			}
			if s.apStart < 0 {
				s.apStart, s.apEnd = k+1, j-1
			}
			j = k
			// "VALDORIA, for the ALLIANCE OF COASTAL STATES (AOCS),
			// stressed": the bracket ends an apposition opening with a
			// lower-case word after a comma; the subject is before it
			if c := lowerApposition(toks, j); c > 0 {
				s.apStart = c + 1
				j = c
				break
			}
			continue
		}
		if toks[j-1].f == "," { // "X, Chair of …, described"
			k := j - 2
			for k >= 0 && k > j-30 && toks[k].f != "," && toks[k].f != ";" && (toks[k].f != "." || abbrevDot(toks, k)) {
				k--
			}
			if k < 1 || toks[k].f != "," || k+1 >= j-1 {
				return s, false
			}
			if f := toks[k+1].f; f == "and" || f == "or" {
				return s, false // the last of a list: "…, and the US, declared"
			}
			if depth := bracketDepth(toks[k+1 : j-1]); depth != 0 {
				return s, false // the comma is inside a bracket: "X (PfE, France) went further, calling …"
			}
			if ap, ok := descriptorApposition(toks, k, j-1); ok {
				return ap, true
			}
			if !npWord(toks[k-1]) && toks[k-1].f != ")" && roleWord(toks[k-1].f) == "" {
				return s, false
			}
			if s.apStart < 0 {
				s.apStart, s.apEnd = k+1, j-1
			}
			j = k
			if toks[j-1].f == ")" {
				continue
			}
			// A second apposition before the first, opening with a
			// lower-case word: "SWITZERLAND, for the EIG, with NORWAY,
			// said"; "Jane Roe, the mayor of Lima, Peru, said".
			if c := lowerApposition(toks, j); c > 0 {
				s.apStart = c + 1
				j = c
			}
			break
		}
		break
	}
	if j <= 0 {
		return s, false
	}
	end := j
	if e := ofBody(toks, end); e > 0 {
		// rule nameOfBody: "Jane Roe of the Welsh Marches branch argued":
		// the name before "of the …" is the subject
		s.apStart, s.apEnd = e, end
		end = e
	}
	last := toks[end-1]
	if _, ok := handleAt(toks, end-2); ok {
		s.start, s.end = end-2, end // "@jroe said" (rule handleName)
		s.coordinated = coordinatedBefore(toks, s.start)
		return s, true
	}
	if !isCapitalized(last.text) {
		// "Counsel for the claimant argued", "Counsel for the
		// respondent submitted": an office and its complement (rule
		// officeComplement), opening the clause
		if c := end - 2; c >= 2 && toks[c].f == "the" && isLetter(last.f) && (toks[c-1].f == "for" || toks[c-1].f == "of") && roleWord(toks[c-2].f) != "" {
			o := c - 2
			if o > 0 && toks[o-1].f == "the" {
				o--
			}
			if o == 0 || strings.Contains(",;:", toks[o-1].f) {
				if toks[o].f == "the" {
					o++
				}
				s.start, s.end, s.article = o, end, true
				return s, true
			}
		}
		if lex.groups[last.f] && !clauseInitialGroup(toks, end-1) {
			return s, false // "organised two mapping parties focused on …": an object, no subject
		}
		if lex.gender[last.f] != "" || lex.groups[last.f] {
			s.start, s.end = end-1, end
			s.coordinated = coordinatedBefore(toks, s.start)
			return s, true
		}
		// "The delegation proposed …" (rule theDelegation): a delegate
		// noun after "the" opening the clause
		if lex.delegates[last.f] && roleWord(last.f) == "" && end >= 2 && toks[end-2].f == "the" && (end == 2 || strings.Contains(",;:", toks[end-3].f)) {
			s.start, s.end, s.article = end-1, end, true
			return s, true
		}
		// "the professor replied", "the TUVALU delegate said": a role
		// noun after "the" or after a party's name
		if roleWord(last.f) != "" {
			k := end - 1
			for k > 0 && end-k < 3 && roleWord(toks[k-1].f) != "" && !isCapitalized(toks[k-1].text) {
				k--
			}
			if name, n := partyAt(toks, k); n > 0 && name != "" {
				s.start, s.end = k-n, k
				return s, true
			}
			if k > 0 && toks[k-1].f == "the" && (k == 1 || !lex.preps[toks[k-2].f]) {
				s.start, s.end, s.article = k, end, true
				return s, true
			}
			// "the presiding judge observed", "the lead author
			// explained": one lower-case modifier between "the" and the
			// role noun
			if m := k - 1; m > 0 && toks[m-1].f == "the" && isLetter(toks[m].f) && !isCapitalized(toks[m].text) && !stopwords[toks[m].f] &&
				!lex.preps[toks[m].f] && !lex.dets[toks[m].f] && !lex.cues[toks[m].f] && (m == 1 || !lex.preps[toks[m-2].f]) {
				s.start, s.end, s.article = m, end, true
				return s, true
			}
			// "Its chief executive, Mr X, told": a possessive
			// determiner before a role noun in apposition to a name
			if k > 0 && possessiveDets[toks[k-1].f] && s.apStart >= 0 && (k == 1 || !lex.preps[toks[k-2].f]) {
				s.start, s.end, s.article = k, end, true
				return s, true
			}
			// "The public works director, Frank Roe, presented": up to
			// two lower-case words before the role noun, with a name in
			// apposition (rule roleApposition resolves it)
			if s.apStart >= 0 {
				m := k
				for m > 0 && k-m < 2 && isLetter(toks[m-1].f) && !isCapitalized(toks[m-1].text) && toks[m-1].f != "the" && !possessiveDets[toks[m-1].f] &&
					!lex.preps[toks[m-1].f] && !lex.dets[toks[m-1].f] && toks[m-1].f != "and" && toks[m-1].f != "or" {
					m--
				}
				if m < k && m > 0 && (toks[m-1].f == "the" || possessiveDets[toks[m-1].f]) && (m == 1 || !lex.preps[toks[m-2].f]) {
					s.start, s.end, s.article = m, end, true
					return s, true
				}
			}
		}
		// "one delegate said", "another observer noted": a determiner and
		// one noun (more words before a cue read as a noun phrase of
		// another kind: "this approach provides additional support")
		// The determiner opens the clause and the cue is finite ("one
		// delegate said", not "a special focus", "a platform that's not
		// supported").
		if d := end - 2; d >= 0 && lex.dets[toks[d].f] && !lex.dets[last.f] && isLetter(last.f) && finiteCue(toks[i]) &&
			(d == 0 || strings.Contains(",;:", toks[d-1].f) || toks[d-1].f == "and" || toks[d-1].f == "but" || toks[d-1].f == "while") {
			s.start, s.end, s.anonymous = d, end, true
			return s, true
		}
		return s, false
	}
	k := end - 1
	for k > 0 && end-k < 10 && (npWord(toks[k-1]) || abbrevDot(toks, k-1)) {
		k-- // "Ms. Roe": the dot of a title is the phrase's
	}
	// The phrase starts at its first capitalised word or "the".
	for k < end && !isCapitalized(toks[k].text) && toks[k].f != "the" {
		k++
	}
	// A capitalised clause opener is no part of it ("However Łukasz",
	// "In his remarks X"): start after the last one.
	for m := end - 1; m >= k; m-- {
		if lex.openers[toks[m].f] && toks[m].f != "the" && isCapitalized(toks[m].text) && !(capsWord(toks[m].text) && m > k && capsWord(toks[m-1].text)) {
			k = m + 1
			break
		}
	}
	if k < end && toks[k].f == "the" {
		s.article = true
		k++
	} else if k >= 2 && !isCapitalized(toks[k-1].text) && !lex.preps[toks[k-1].f] && (toks[k-2].f == "the" || toks[k-2].f == "a" || toks[k-2].f == "an") {
		s.article = true // "the new Action Plan"
	}
	for k < end && !isCapitalized(toks[k].text) {
		k++
	}
	if k >= end {
		return s, false
	}
	s.start, s.end = k, end
	if p := k - 1; relative && p >= 0 && (locative[toks[p].f] || toks[p].f == "the" && p >= 1 && locative[toks[p-1].f]) {
		return s, false // "a business owner on Mill Lane, who …": a place
	}
	if p := k - 1; !relative && p >= 0 && (lex.preps[toks[p].f] || toks[p].f == "the" && p >= 1 && lex.preps[toks[p-1].f]) {
		// the object of a preposition: "records collected by IOM reveal";
		// but "with X underscoring" has X for subject
		if !(toks[p].f == "with" && strings.HasSuffix(toks[i].f, "ing")) {
			if n, ok := nameFrom(toks, p); ok {
				return n, true
			}
			// "Jane Roe, the mayor of Freetown, Sierra Leone, said": a
			// name before a longer apposition
			for c := p - 1; c >= 1 && c > p-14; c-- {
				if f := toks[c].f; f == ";" || f == "." {
					break
				}
				if toks[c].f != "," || !isCapitalized(toks[c-1].text) {
					continue
				}
				e, b := c, c-1
				for b > 0 && c-b < 6 && isCapitalized(toks[b-1].text) {
					b--
				}
				if e-b >= 2 && (b == 0 || !lex.preps[toks[b-1].f]) && !lex.openers[toks[b].f] {
					return subject{start: b, end: e, apStart: c + 1, apEnd: s.end}, true
				}
				break
			}
			if s.apStart >= 0 && s.apEnd > s.apStart && isCapitalized(toks[s.apStart].text) {
				// "The creator of X, Jane Roe, asked": the apposition
				return subject{start: s.apStart, end: s.apEnd, apStart: -1, apEnd: -1}, true
			}
			return s, false
		}
	}
	s.coordinated = coordinatedBefore(toks, s.start)
	return s, true
}

// coordinatedBefore: the phrase at start is the second of two or more
// ("CHINA and NEW ZEALAND", "ECUADOR and the US").
func coordinatedBefore(toks []token, start int) bool {
	k := start - 1
	if k >= 0 && toks[k].f == "the" {
		k--
	}
	return k >= 1 && (toks[k].f == "and" || toks[k].f == "or" || toks[k].f == "&") && (npWord(toks[k-1]) || toks[k-1].f == ")")
}

// nameParts splits a subject phrase toks[start:end] into title words and
// a name: "Prime Minister Okafor of Ghana" → role "Prime Minister",
// name "Okafor", place "Ghana"; "President of Chile Ana Roe" →
// role "President of Chile", name "Ana Roe"; "Co-facilitator Lind" →
// "Co-facilitator", "Lind". Title words are the lexicon's titles and
// words the document writes in lower case (role words such as
// "co-facilitator"); known is nil to use the lexicon alone.
func nameParts(toks []token, start, end int, lowerKnown func(string) bool) (roleStart, nameStart, nameEnd, ofEnd int) {
	isTitle := func(t token) bool {
		return lex.titles[t.f] || lex.titles[strings.TrimSuffix(t.f, ".")] || lowerKnown != nil && lowerKnown(t.f) && !isParticle(t.f) ||
			!isCapitalized(t.text) && t.f != "-" || strings.ToUpper(t.text) == t.text && len(t.text) > 1 && end-start > 2
	}
	of := -1
	for k := start; k < end; k++ {
		if toks[k].f == "of" || toks[k].f == "for" {
			of = k
			break
		}
	}
	// the name starts after the leading title words and after the last
	// title of the lexicon ("Irish Prime Minister Ana Roe")
	afterTitles := func(from, to int) int {
		ns := from
		for ns < to && isTitle(toks[ns]) {
			ns++
		}
		for k := to - 1; k >= ns; k-- {
			if lex.titles[toks[k].f] || lex.titles[strings.TrimSuffix(toks[k].f, ".")] {
				return k + 1
			}
		}
		return ns
	}
	if of > start {
		if ns := afterTitles(start, of); ns < of {
			return start, ns, of, end
		}
		// All titles before "of": after the place come the name's words.
		k := of + 1
		for k < end && (toks[k].f == "the" || !isCapitalized(toks[k].text)) {
			k++
		}
		k++ // the place, "Infrastructure and Water" too
		for k+1 < end && (toks[k].f == "and" || toks[k].f == "&") && isCapitalized(toks[k+1].text) {
			k += 2
		}
		for k < end && isTitle(toks[k]) {
			k++
		}
		if k < end {
			return start, k, end, end
		}
		return start, end, end, end
	}
	return start, afterTitles(start, end), end, end
}

// textOf returns the source text from toks[a].start to toks[b-1].end.
func textOf(s string, toks []token, a, b int) string {
	if a >= b || a < 0 || b > len(toks) {
		return ""
	}
	return strings.TrimSpace(s[toks[a].start:toks[b-1].end])
}

// ofBody returns where "of the" starts in a phrase ending at toks[end]
// that reads "NAME of the Capitalised … noun" ("Jane Roe of the Welsh
// Marches branch"), with two capitalised name words before "of", else 0.
func ofBody(toks []token, end int) int {
	if end < 1 || !isLetter(toks[end-1].f) {
		return 0
	}
	m := end - 1
	if isCapitalized(toks[end-1].text) {
		// "Jane Roe of the Teachers’ and Lecturers’ Alliance said": a
		// body's name ending in a word of organisations.txt, with
		// "and", "&" and apostrophes inside
		if !lex.orgs[toks[end-1].f] {
			return 0
		}
		m = end
		for m > 0 && end-m < 10 && (isCapitalized(toks[m-1].text) || toks[m-1].f == "and" || toks[m-1].f == "&" || toks[m-1].f == "’" || toks[m-1].f == "'") {
			m--
		}
		if m < 4 || toks[m-1].f != "the" || toks[m-2].f != "of" || !isCapitalized(toks[m].text) {
			return 0
		}
	} else {
		for m > 0 && end-m < 7 && (isCapitalized(toks[m-1].text) || isLetter(toks[m-1].f) && toks[m-1].f != "the" && !lex.preps[toks[m-1].f] && !lex.cues[toks[m-1].f] || toks[m-1].f == "’" || toks[m-1].f == "'") {
			m-- // "of the Welsh Marches branch", "of the Senegalese fishworkers’ union"
		}
		if m == end-1 || m < 4 || toks[m-1].f != "the" || toks[m-2].f != "of" {
			return 0
		}
	}
	o := m - 2
	if !isCapitalized(toks[o-1].text) || !isCapitalized(toks[o-2].text) || roleWord(toks[o-1].f) != "" {
		return 0
	}
	// the name opens its clause ("In the discussion, Jane Roe of the …
	// said"), not the object of a verb or a preposition ("welcomed Jane
	// Roe of the local council and said", "a complaint against …")
	ns := o - 2
	for ns > 0 && o-ns < 5 && isCapitalized(toks[ns-1].text) && isLetter(toks[ns-1].f) {
		ns--
	}
	if ns > 0 && !strings.Contains(",;:", toks[ns-1].f) && !conjunctions[toks[ns-1].f] {
		return 0
	}
	return o
}

// locative: lexicon/locative.txt.
var locative = wordSet(lexLines("locative.txt"))

// lowerApposition returns the comma that opens an apposition ending at
// toks[j] with a lower-case word ("…, for the EIG", "…, the mayor of
// Lima") after a noun phrase, or 0.
func lowerApposition(toks []token, j int) int {
	c := j - 2
	for c >= 1 && c > j-14 && toks[c].f != "," && toks[c].f != ";" && toks[c].f != "." {
		c--
	}
	if c >= 1 && toks[c].f == "," && c+1 < j && !isCapitalized(toks[c+1].text) && npWord(toks[c-1]) &&
		toks[c+1].f != "and" && toks[c+1].f != "or" && toks[c+1].f != "who" && !frontedPhrase(toks, c) {
		return c
	}
	return 0
}

// frontedPhrase: the words before the comma at toks[c] open the sentence
// with a preposition or a participle ("On behalf of the LDCs, the
// Minister, Jane Roe, said"): an adverbial, no subject with an
// apposition after it.
func frontedPhrase(toks []token, c int) bool {
	b := c - 1
	for b > 0 && toks[b-1].f != "," && toks[b-1].f != ";" && toks[b-1].f != ":" {
		b--
	}
	if b != 0 {
		return false // after a lead-in ("Financing: TUVALU, for …"), a subject
	}
	f := toks[0].f
	return lex.preps[f] || strings.HasSuffix(f, "ing") && len(f) > 5
}

// Rule appositionBefore: a subject that is no person may be the
// apposition of a name before it, "Jane Roe, International Energy Agency
// (IEA), reported": the name before the comma is the subject.
func appositionBefore(toks []token, s subject) (subject, bool) {
	if !isCapitalized(toks[s.start].text) || lex.gender[toks[s.start].f] != "" || lex.groups[toks[s.start].f] {
		return s, false
	}
	m := s.start - 1
	if m >= 0 && toks[m].f == "the" {
		m--
	}
	if m < 1 || toks[m].f != "," || !isCapitalized(toks[m-1].text) {
		return s, false
	}
	end := m
	k := end - 1
	for k > 0 && end-k < 8 && npWord(toks[k-1]) {
		k--
	}
	for k < end && (!isCapitalized(toks[k].text) || lex.openers[toks[k].f]) {
		k++
	}
	if k >= end {
		return s, false
	}
	r := subject{start: k, end: end, apStart: s.start, apEnd: s.end}
	if p := k - 1; p >= 0 && lex.preps[toks[p].f] {
		return s, false
	}
	r.coordinated = coordinatedBefore(toks, k)
	return r, true
}

// isAdverb: a lower-case word in -ly ("squarely", "briefly").
func isAdverb(t token) bool {
	return len(t.f) > 4 && strings.HasSuffix(t.f, "ly") && !isCapitalized(t.text)
}

// Rule subjectAfter: a cue right after a quotation takes its source after
// it ("“…,” said Jane Roe", "“…,” added Prime Minister Roe").
func subjectAfter(toks []token, i int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	if i < 2 || i+1 >= len(toks) {
		return s, false
	}
	p, q := toks[i-1].f, toks[i-2].f
	if !(p == "”" || p == `"` || p == "," && (q == "”" || q == `"`) || (p == "”" || p == `"`) && q == ",") {
		return s, false
	}
	k := i + 1
	if toks[k].f == "the" {
		k++
	}
	e := k
	for e < len(toks) && e-k < 8 && (isCapitalized(toks[e].text) || e > k && npWord(toks[e]) && e+1 < len(toks) && isCapitalized(toks[e+1].text)) {
		e++
	}
	if e == k {
		return s, false
	}
	s.start, s.end = k, e
	s.article = k > i+1
	return s, true
}

// finiteCue: a cue in a finite form ("said", "notes"), not its base form
// or a participle in -ing, which a noun of the same spelling may be ("a
// special focus", "the report").
func finiteCue(t token) bool {
	return lex.cues[t.f] && !lex.base[t.f] && !strings.HasSuffix(t.f, "ing")
}

// groupDeterminers may stand before a group word that is a subject
// ("Several parties said", "the panellists noted", "All delegates").
var groupDeterminers = map[string]bool{"the": true, "these": true, "those": true, "all": true, "most": true, "other": true,
	"both": true, "few": true, "many": true, "some": true, "several": true, "various": true, "numerous": true}

// clauseInitialGroup: the group word at toks[k] opens its clause, alone or
// after a determiner or a capitalised modifier ("Participants said",
// "Several parties noted", "African delegates stressed"); after any other
// lower-case word it is an object ("organised two mapping parties
// focused on …").
func clauseInitialGroup(toks []token, k int) bool {
	for p := k - 1; p >= 0 && k-p <= 3; p-- {
		t := toks[p]
		switch {
		case strings.Contains(",;:(", t.f) || conjunctions[t.f] || lex.dets[t.f] || groupDeterminers[t.f]:
			return true
		case isCapitalized(t.text):
			if p == 0 {
				return true
			}
			continue
		default:
			return false
		}
	}
	return k == 0
}

// predicateJoin: the cue at toks[i] joins the sentence's predicate
// after "and" ("and announced", also past a parenthesis: "and, after a
// pause, stressed"), as an infinitive ("came back on stage to
// announce") or a participle after a comma (", noting that"), in one
// clause without quotation. It returns where the joining word ends
// (toks[j-1] is it) and where the sentence's subject starts (after an
// opening adverbial up to its comma).
func predicateJoin(toks []token, i int) (j, k int, ok bool) {
	j = i
	for n := betweenBefore(toks, j); n > 0; n = betweenBefore(toks, j) {
		j -= n
	}
	for k := 0; k < 2 && j > 0 && isAdverb(toks[j-1]); k++ {
		j--
	}
	if j < 2 {
		return 0, 0, false
	}
	ing := strings.HasSuffix(toks[i].f, "ing")
	if toks[j-1].f == "," && !ing {
		for c := j - 2; c >= 2 && j-c < 14; c-- {
			if f := toks[c].f; f == ";" || f == "." || f == ":" {
				break
			}
			if toks[c].f == "," {
				if toks[c-1].f == "and" || toks[c-1].f == "but" {
					j = c
				}
				break
			}
		}
	}
	if !(toks[j-1].f == "and" || toks[j-1].f == "but" || toks[j-1].f == "to" || toks[j-1].f == "," && ing) {
		return 0, 0, false
	}
	for k := 0; k < j-1; k++ {
		if f := toks[k].f; f == ";" || f == ":" && !clockColon(toks, k) || f == "“" || f == `"` {
			return 0, 0, false // one clause, no quotation
		}
	}
	if f := toks[0].f; lex.preps[f] || lex.openers[f] && !lex.dets[f] && f != "the" || strings.HasSuffix(f, "ing") {
		for k < j && toks[k].f != "," {
			k++
		}
		k++
	}
	if k >= j-1 {
		return 0, 0, false
	}
	return j, k, true
}

// clockColon: the colon at toks[k] stands between digits ("at 10:00"),
// inside a time, not between clauses.
func clockColon(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && isDigits(toks[k-1].f) && isDigits(toks[k+1].f)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Rule predicateSubject: a cue that is the second verb of a coordinated
// predicate ("Dr Roe thanked the hosts and announced that …", "Roe
// closed the forum and then said …", "Roe accepted the figures but said
// …", also for a party to a hearing: "the claimant accepted … but
// said …"), a participle after a comma ("Roe
// presented the survey, noting that …") or an infinitive ("Roe came
// back on stage to announce …"), also after a parenthesis ("Roe took
// the floor and, after a pause, stressed …"), takes the subject of the
// sentence: the name, title and name or pronoun opening it (after an
// opening adverbial up to its comma), directly followed by a lower-case
// word or by an apposition and then one ("Roe, who chairs the board,
// took …").
func predicateSubject(toks []token, i int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	j, k, ok := predicateJoin(toks, i)
	if !ok {
		return s, false
	}
	infinitive := toks[j-1].f == "to"
	if lex.gender[toks[k].f] != "" {
		s.start, s.end = k, k+1
		return s, true
	}
	if infinitive && toks[k].f == "the" {
		return s, false // "The plan was to note …": the subject of an infinitive is a person
	}
	if toks[k].f == "the" {
		s.article = true
		k++
	}
	e := k
	if s.article && e+1 < j && lex.titles[toks[e].f] && !isCapitalized(toks[e].text) {
		e++ // "the claimant accepted … but said": a party to a hearing (titles.txt)
	}
	for e < j && e-k < 8 && (isCapitalized(toks[e].text) || e > k && npWord(toks[e]) && e+1 < j && isCapitalized(toks[e+1].text)) {
		e++
	}
	after := e // the word after the subject and its apposition
	if e > k && e < j && (toks[e].f == "," || toks[e].f == "(") {
		// "Tomas Berg, who chairs the board, took the floor and …",
		// "Ann Roe (Acme) took …"
		closing := map[string]string{",": ",", "(": ")"}[toks[e].f]
		for c := e + 1; c < j-1 && c-e < 16; c++ {
			if f := toks[c].f; f == ";" || f == "." || f == ":" || f == "(" && closing == "," {
				break
			}
			if toks[c].f == closing {
				if c > e+1 {
					s.apStart, s.apEnd = e+1, c
					after = c + 1
				}
				break
			}
		}
	}
	if e == k || after >= j-1 || isCapitalized(toks[after].text) || !isLetter(toks[after].f) || toks[after].f == "and" || toks[after].f == "or" {
		return s, false
	}
	if !joinsMainVerb(toks, after, j) {
		return s, false
	}
	s.start, s.end = k, e
	return s, true
}

// joinsMainVerb: a cue joined after "and" takes the sentence's subject;
// one joined as an infinitive or a participle ("to announce", ", noting")
// only when the word after the subject, toks[v], is a verb (a cue, a
// form in -ed, an irregular past of lexicon/predicate.txt: not "Hong
// Kong democracy activist … implored") and, for an infinitive, only
// words of taking the floor stand between them ("came back on stage to
// announce", "rose to say"; not "implored the leaders to oppose", whose
// infinitive is the leaders').
func joinsMainVerb(toks []token, v, j int) bool {
	if toks[j-1].f == "and" || toks[j-1].f == "but" {
		return true
	}
	for v < j-1 && (isAdverb(toks[v]) || toks[v].f == "also" || toks[v].f == "then") {
		v++
	}
	t := toks[v]
	if !(lex.cues[t.f] || lex.framing[t.f] || strings.HasSuffix(t.f, "ed") || lex.pastVerbs[t.f]) {
		return false
	}
	if toks[j-1].f == "to" {
		if lex.cues[t.f] {
			return false // "asked the Minister to explain": the cue credits already
		}
		for _, w := range toks[v+1 : j-1] {
			if !lex.floor[w.f] {
				return false
			}
		}
	}
	return true
}

// delegatePhrase is a delegate phrase of rule delegateParty: it starts at
// toks[start] ("the" or the party's name); the party is toks[xs:xe];
// poss marks "X's delegate", whose last token carries the "'s".
type delegatePhrase struct {
	start, xs, xe int
	poss          bool
}

// Rule delegateParty: a country or an organisation speaks through its
// delegate, as the reports of councils and assemblies write: "the
// representative of X said", "the permanent representative of the X
// stressed", "the speaker for X noted", "X's delegation welcomed",
// "Speaking for the Group of …, the delegate of X called for …". The
// source is the party X, a capitalised phrase ("of", "and", "the" inside),
// whatever its name: the delegate nouns (lexicon/delegates.txt, in lower
// case: capitalised they are offices, "the Speaker of the House") are the
// evidence, not a gazetteer. The phrase opens its clause (not "a letter
// from the representative of X said") and holds no title ("the
// representative of the Secretary-General" is a person, not a party).
// It returns the phrase. Two delegates as one subject ("the delegate of
// X and the delegate of Y said") credit neither.
func delegateSubject(toks []token, i int) (delegatePhrase, bool) {
	j := i
	for n := betweenBefore(toks, j); n > 0; n = betweenBefore(toks, j) {
		j -= n
	}
	for k := 0; k < 2 && j > 0 && isAdverb(toks[j-1]); k++ {
		j--
	}
	if j >= 3 && toks[j-1].f == "who" && toks[j-2].f == "," { // "the delegate of X, who noted"
		j -= 2
	} else if j >= 3 && toks[j-1].f == "," { // "the delegate of X, speaking for the Group of …, said"
		k := j - 2
		for k > 0 && j-k < 25 && toks[k].f != "," && toks[k].f != ";" && toks[k].f != "." && toks[k].f != ":" {
			k--
		}
		if k < 1 || toks[k].f != "," || k+1 >= j-1 || toks[k+1].f == "and" || toks[k+1].f == "or" {
			return delegatePhrase{}, false
		}
		if isCapitalized(toks[k+1].text) && slices.ContainsFunc(toks[k+1:j-1], func(t token) bool { return t.f == "and" || t.f == "or" }) {
			return delegatePhrase{}, false // "the delegates of A, B and C, said": a list
		}
		if namedAppositive(toks, k+1, j-1) {
			// "The representative of X, Ambassador Jane Roe, argued": the
			// person named in apposition speaks, not the party
			return delegatePhrase{}, false
		}
		j = k
	}
	if j < 2 {
		return delegatePhrase{}, false
	}
	// partyPhrase: the capitalised phrase ending at e, back to its first
	// word (not past stop).
	partyPhrase := func(e, stop int) int {
		s := e
		for s > stop && e-s < 8 {
			t := toks[s-1]
			if isCapitalized(t.text) && isLetter(t.f) && !(t.f == "of" || t.f == "for" || t.f == "and") || (t.f == "of" || t.f == "for" || t.f == "and" || t.f == "&" || t.f == "-") && s-1 > stop && isCapitalized(toks[s-2].text) {
				s--
				continue
			}
			break
		}
		for s < e && !isCapitalized(toks[s].text) {
			s++
		}
		return s
	}
	noTitle := func(s, e int) bool {
		for _, t := range toks[s:e] {
			f := strings.TrimSuffix(strings.TrimSuffix(t.f, "'s"), "’s")
			connector := f == "of" || f == "for" || f == "and" // "UNITED STATES OF AMERICA"
			if lex.titles[f] && !lex.polities[f] || lex.openers[f] && isCapitalized(t.text) && !connector || lex.gender[f] != "" || lex.groups[f] && e-s == 1 || lex.docs[f] {
				return false
			}
		}
		return true
	}
	// opensClause: the phrase starting at s begins its sentence or
	// clause: after a comma, a conjunction, a clause opener or an adverb.
	opensClause := func(s int) bool {
		if s == 0 {
			return true
		}
		p := toks[s-1]
		if p.f == "and" || p.f == "or" || p.f == "&" {
			return s >= 2 && toks[s-2].f == "," // not "the delegate of X and the delegate of Y said"
		}
		return strings.Contains(",;:(", p.f) || conjunctions[p.f] || isAdverb(p) || isCapitalized(p.text) && lex.openers[p.f] && !lex.preps[p.f]
	}
	// the delegate noun at toks[r], lower case, after up to two
	// modifiers: where its phrase starts
	delegateAt := func(r int) int {
		if r < 0 || !lex.delegates[toks[r].f] || isCapitalized(toks[r].text) {
			return -1
		}
		m := r
		for m > 0 && r-m < 2 && lex.delegMods[toks[m-1].f] && !isCapitalized(toks[m-1].text) {
			m--
		}
		return m
	}
	// "X's representative said"
	if m := delegateAt(j - 1); m > 0 && possessive(toks[m-1]) && isCapitalized(toks[m-1].text) {
		e := m
		s := partyPhrase(e, 0)
		if s < e-1 && toks[s].f == "the" {
			s++ // "The Russian Federation's delegate": the article opens the sentence
		}
		b := s
		if b > 0 && toks[b-1].f == "the" {
			b--
		}
		if s < e && noTitle(s, e) && opensClause(b) {
			return delegatePhrase{start: b, xs: s, xe: e, poss: true}, true
		}
		return delegatePhrase{}, false
	}
	// "the representative of [the] X said"
	if !isCapitalized(toks[j-1].text) {
		return delegatePhrase{}, false
	}
	s := partyPhrase(j, 0)
	p := s - 1
	if p >= 0 && toks[p].f == "the" {
		p--
	}
	if p < 1 || !(toks[p].f == "of" || toks[p].f == "for" || toks[p].f == "from") || s >= j || !noTitle(s, j) {
		return delegatePhrase{}, false
	}
	m := delegateAt(p - 1)
	if m < 1 || toks[m-1].f != "the" || !opensClause(m-1) {
		return delegatePhrase{}, false
	}
	return delegatePhrase{start: m - 1, xs: s, xe: j}, true
}

// delegateParty returns the party the delegate phrase of the cue at
// toks[i] names (rule delegateParty), "" when there is none: the name as
// the gazetteer lists it, or as written (in title case when written in
// capitals), without "'s".
func delegateParty(toks []token, i int) string {
	d, ok := delegateSubject(toks, i)
	if !ok {
		d, ok = delegatePredicate(toks, i)
	}
	if !ok {
		return ""
	}
	xs, xe, poss := d.xs, d.xe, d.poss
	if name, n := partyAt(toks, xe); n == xe-xs && name != "" {
		return name
	}
	name := joinToks(toks, xs, xe)
	if poss {
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	}
	if strings.ToUpper(name) == name {
		name = capsToTitle(name)
	}
	return name
}

// joinToks writes toks[a:b] as the text wrote them, a space where a gap
// was ("Guinea-Bissau", "Trinidad and Tobago").
func joinToks(toks []token, a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a && toks[k].start > toks[k-1].end {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].text)
	}
	return sb.String()
}

// delegatePredicate: rule delegateParty for a cue that is the second
// verb of the sentence's predicate (rule predicateSubject: "The
// representative of X took the floor to stress …", "X's delegate
// thanked the Chair and said …"): the delegate phrase opens the
// sentence, after an opening adverbial.
func delegatePredicate(toks []token, i int) (delegatePhrase, bool) {
	j, k, ok := predicateJoin(toks, i)
	if !ok {
		return delegatePhrase{}, false
	}
	for v := k + 1; v < j-1 && v-k < 16; v++ {
		t := toks[v]
		if !isLetter(t.f) || isCapitalized(t.text) || npWord(t) || lex.delegates[t.f] || lex.delegMods[t.f] {
			continue
		}
		if toks[v-1].f == "," {
			// "the delegate of X, speaking for the Group, took …":
			// the verb after the apposition
			for c := v + 1; c < j-1 && c-v < 20; c++ {
				if toks[c].f == "," {
					v = c + 1
					break
				}
			}
		}
		if d, ok := delegateSubject(toks, v); ok && d.start == k && joinsMainVerb(toks, v, j) {
			return d, true
		}
		break
	}
	return delegatePhrase{}, false
}

// Rule descriptorApposition: a lower-case noun phrase opening its clause
// with a determiner, then a name in commas — "A high school junior, Kenji
// Roe, spoke", "Another resident, Jane Roe, asked", "One farmer, Ana
// Lima, described" — has the name for subject. comma is the comma before
// the name and end the one after it; the name is two to five words,
// capitalised but for particles, the first and last capitalised.
func descriptorApposition(toks []token, comma, end int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	n := end - comma - 1
	if n < 1 || n > 6 || !isCapitalized(toks[comma+1].text) || !isCapitalized(toks[end-1].text) {
		return s, false
	}
	start := comma + 1
	for start < end-1 && (lex.honorific[strings.TrimSuffix(toks[start].f, ".")] || addressForms[strings.TrimSuffix(toks[start].f, ".")]) {
		start++ // "An objector, Mr Roe, said": a form of address before the name
	}
	if start == comma+1 && n < 2 {
		return s, false
	}
	for _, t := range toks[start:end] {
		if !isCapitalized(t.text) && !isParticle(t.f) && t.f != "-" && t.f != "." {
			return s, false
		}
		if lex.titles[strings.TrimSuffix(t.f, ".")] || lex.orgs[t.f] || lex.groups[t.f] {
			return s, false // a role or an organisation, no name
		}
	}
	m := comma
	for m > 0 && comma-m < 5 && isLetter(toks[m-1].f) && !isCapitalized(toks[m-1].text) &&
		!lex.preps[toks[m-1].f] && !lex.dets[toks[m-1].f] && toks[m-1].f != "and" && toks[m-1].f != "or" {
		m--
	}
	if m == comma || m == 0 || !lex.dets[toks[m-1].f] && toks[m-1].f != "the" {
		return descriptorWithComplement(toks, comma, end)
	}
	if d := m - 1; d > 0 && !strings.Contains(",;:", toks[d-1].f) && toks[d-1].f != "and" && toks[d-1].f != "but" {
		return descriptorWithComplement(toks, comma, end)
	}
	return subject{start: comma + 1, end: end, apStart: -1, apEnd: -1}, true
}

// bracketDepth returns the brackets toks open minus those they close.
func bracketDepth(toks []token) int {
	d := 0
	for _, t := range toks {
		switch t.f {
		case "(":
			d++
		case ")":
			d--
		}
	}
	return d
}

// descriptorWithComplement: descriptorApposition's descriptor with a
// complement, opening its sentence with an indefinite determiner: "A
// first-time delegate from the young members' conference, Riya Roe,
// spoke", "A delegate from the north, Piet Roe, said" (lower-case words
// only, a role noun among them).
func descriptorWithComplement(toks []token, comma, end int) (subject, bool) {
	s := subject{apStart: -1, apEnd: -1}
	m := comma
	for m > 1 && comma-m < 12 && (isLetter(toks[m-1].f) && !isCapitalized(toks[m-1].text) || toks[m-1].f == "-" || toks[m-1].f == "’" || toks[m-1].f == "'") {
		m--
	}
	if m != 1 {
		return s, false
	}
	// the descriptor's head, before any preposition, is a role ("A
	// delegate from the north"; not "A letter to the chair")
	role := false
	for k := 1; k < comma && !lex.preps[toks[k].f]; k++ {
		role = role || roleWord(toks[k].f) != ""
	}
	if !role {
		return s, false
	}
	switch toks[0].f {
	case "a", "an", "one", "another":
		return subject{start: comma + 1, end: end, apStart: -1, apEnd: -1}, true
	}
	return s, false
}

// namedAppositive: toks[s:e] is a person's name, after title words or
// not ("Ambassador Jane Roe", "Mr Roe", "Jane Roe"): name words only, one
// at least after a title, two without, and no party's name ("the
// delegate of the Group, Costa Rica, said").
func namedAppositive(toks []token, s, e int) bool {
	t := s
	for t < e && (isCapitalized(toks[t].text) && lex.titles[strings.TrimSuffix(toks[t].f, ".")] || toks[t].f == ".") {
		t++
	}
	if e-t < 1 || t == s && e-t < 2 || e-s > 8 {
		return false
	}
	for _, tk := range toks[t:e] {
		if !isNameWord(tk.text) || lex.titles[tk.f] || lex.polities[tk.f] {
			return false
		}
	}
	if name, n := partyAt(toks, e); name != "" && n >= e-t {
		return false
	}
	return true
}

// Rule partyForItsPart: a party the gazetteer knows, with "for its part"
// (or "for their part") in apposition, is a party speaking even in a
// report whose parties do not otherwise speak ("…. Malawi, for its part,
// indicated that …"): the phrase gives the party a turn. It returns the
// party's name, "" when the subject is not so.
func partyForItsPart(toks []token, s subject) string {
	if s.apStart < 0 || s.apEnd-s.apStart != 3 || s.apEnd > len(toks) {
		return ""
	}
	ap := toks[s.apStart:s.apEnd]
	if ap[0].f != "for" || ap[1].f != "its" && ap[1].f != "their" || ap[2].f != "part" {
		return ""
	}
	if name, n := partyAt(toks, s.end); name != "" && n == s.end-s.start {
		return name
	}
	return ""
}
