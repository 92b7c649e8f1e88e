package attrib

import (
	"slices"
	"strings"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

// speechVerbs are reporting verbs, folded, as they appear after a speaker.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "noted": true, "notes": true, "stated": true, "stressed": true, "highlighted": true,
	"described": true, "recommended": true, "called": true, "drew": true, "emphasized": true, "emphasised": true,
	"spoke": true, "presented": true, "showed": true, "underlined": true, "explained": true, "argued": true,
	"pointed": true, "raised": true, "warned": true, "added": true, "concluded": true, "urged": true,
	"shared": true, "outlined": true, "mentioned": true, "recalled": true, "observed": true, "reminded": true,
	"cited": true, "suggested": true, "proposed": true, "elaborated": true, "affirmed": true, "acknowledged": true,
	"reiterated": true, "expressed": true, "insisted": true, "asserted": true, "underscored": true,
	"reported": true, "announced": true, "indicated": true, "maintained": true, "told": true, "welcomed": true,
	"applauded": true, "decried": true, "implored": true, "stated,": true, "shed": true, "discussed": true,
	"addressed": true, "referred": true, "identified": true, "detailed": true, "gave": true, "focused": true,
	"focussed": true, "commended": true, "advocated": true, "encouraged": true, "remarked": true, "asked": true,
	"believes": true, "believed": true, "agreed": true, "cautioned": true, "underlines": true, "highlights": true,
	"stresses": true, "explains": true, "describes": true, "recommends": true, "calls": true, "emphasizes": true,
}

// groupSubjects are subjects that credit no single person.
var groupSubjects = map[string]bool{
	"panel": true, "panellists": true, "panelists": true, "participants": true, "experts": true, "speakers": true,
	"delegates": true, "conference": true, "discussion": true, "discussions": true, "they": true, "we": true,
	"report": true, "session": true, "attendees": true, "leaders": true, "many": true, "several": true,
	"others": true, "both": true, "all": true, "governments": true, "states": true, "organizations": true,
	"organisations": true, "countries": true, "panellist": false,
}

// subject words that may sit between a speaker's name and the verb.
var adverbs = map[string]bool{"also": true, "further": true, "then": true, "strongly": true, "again": true, "additionally": true, "particularly": true, "furthermore": true, "moreover": true, "rightly": true, "aptly": true, "briefly": true, "later": true, "first": true, "finally": true}

// pronouns that continue the last named speaker.
var pronouns = map[string]bool{"he": true, "she": true}

type credit int

const (
	noCredit  credit = iota // the sentence names no speaker
	personCr                // credited to a person
	pronounCr               // continues the last speaker
	groupCr                 // a group spoke: the report's own voice
)

// creditSentence finds who a sentence credits: the subject of a reporting
// verb (skipping an appositive in commas or brackets), "According to X",
// "as noted by X", "presented by X".
func (a *attributor) creditSentence(toks []token) (credit, *person) {
	ms := a.mentions(toks)
	mentionEndingAt := func(end int) *person {
		for _, m := range ms {
			if m.end == end {
				return m.p
			}
		}
		return nil
	}
	mentionStartingAt := func(start int) *person {
		for _, m := range ms {
			if m.start == start {
				return m.p
			}
		}
		return nil
	}
	for i, t := range toks {
		// According to X
		if t.f == "according" && i+1 < len(toks) && toks[i+1].f == "to" {
			// X within the following words up to the first comma after a name
			for _, m := range ms {
				if m.start > i+1 && m.start <= i+16 {
					return personCr, m.p
				}
			}
		}
		if !speechVerbs[t.f] {
			continue
		}
		// Passive: "presented by X", "as noted by X"
		if i+1 < len(toks) && toks[i+1].f == "by" {
			k := i + 2
			for k < len(toks) && k < i+8 && mentionStartingAt(k) == nil && toks[k].f != "," {
				k++
			}
			if p := mentionStartingAt(k); p != nil {
				return personCr, p
			}
		}
		// Subject before the verb.
		j := i - 1
		for j >= 0 && adverbs[toks[j].f] {
			j--
		}
		if j >= 1 && toks[j].f == "," && toks[j-1].f == ")" { // "X (org), highlighted"
			j--
		}
		if j >= 0 && toks[j].f == ")" { // "Jane Roe (NGO) drew"
			depth := 0
			for ; j >= 0; j-- {
				if toks[j].f == ")" {
					depth++
				} else if toks[j].f == "(" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			j--
		} else if j >= 0 && toks[j].f == "," { // "X, Chair of …, described"
			k := j - 1
			for k >= 0 && k > j-30 && toks[k].f != "," {
				k--
			}
			if k >= 0 && toks[k].f == "," && mentionEndingAt(k) != nil {
				j = k - 1
			}
		}
		if j >= 1 && toks[j].f == "who" && toks[j-1].f == "," { // "X, who noted"
			j -= 2
		}
		if j < 0 {
			continue
		}
		if p := mentionEndingAt(j + 1); p != nil {
			return personCr, p
		}
		if pronouns[toks[j].f] {
			return pronounCr, nil
		}
		if groupSubjects[toks[j].f] {
			return groupCr, nil
		}
		if p := a.rolePhrase(toks[:j+1]); p != nil {
			return personCr, p
		}
	}
	// A credit line closing the sentence: "…, Jane Roe, Executive
	// Editor, The Daily Example."
	for _, m := range ms {
		if m.start > 0 && toks[m.start-1].f == "," && creditTail(toks[m.end:]) {
			return personCr, m.p
		}
	}
	return noCredit, nil
}

// creditTail: what follows a name is only a role in commas: capitalised
// words, particles, brackets and punctuation.
func creditTail(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.f == "," || t.f == "." || t.f == "(" || t.f == ")" || t.f == "&" || t.f == "-":
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

// inlineQuote returns a quotation of five words or more inside s.
func inlineQuote(s string) string {
	for _, pair := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		i := strings.Index(s, pair[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(pair[0]):], pair[1])
		if j < 0 {
			continue
		}
		q := s[i+len(pair[0]) : i+len(pair[0])+j]
		if len(strings.Fields(q)) >= 5 {
			return strings.TrimSpace(q)
		}
	}
	return ""
}

// paragraph splits a block into passages where the credited speaker
// changes. Within a paragraph, sentences after a credited statement
// continue that speaker's account; a new paragraph continues the last
// speaker only when it opens with a pronoun or their name.
func (a *attributor) paragraph(b doc.Block) {
	text := b.Text
	type part struct {
		sp         *person
		start, end int // byte range
		quote      string
		cue        bool
	}
	var parts []part
	var cur *person
	first := true
	for _, r := range sentences(text) {
		sent := text[r[0]:r[1]]
		toks := tokenize(sent)
		c, p := a.creditSentence(toks)
		switch c {
		case personCr:
			cur = p
		case pronounCr:
			if first || cur == nil {
				cur = a.last
			}
		case groupCr:
			cur = nil
		}
		q := ""
		if c == personCr || c == pronounCr {
			q = inlineQuote(sent)
		}
		if n := len(parts); n > 0 && parts[n-1].sp == cur && (q == "") == (parts[n-1].quote == "") {
			parts[n-1].end = r[1]
		} else {
			parts = append(parts, part{sp: cur, start: r[0], end: r[1], quote: q})
		}
		if cur != nil {
			a.last = cur
		}
		first = false
	}
	for _, pt := range parts {
		seg := strings.TrimSpace(text[pt.start:pt.end])
		if seg == "" {
			continue
		}
		words := len(strings.Fields(text[:pt.start]))
		endWords := len(strings.Fields(text[:pt.end]))
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

// registryFromText registers people named in the running text when a
// document has no programme table: a capitalised name in subject position
// of a reporting verb, with the title words before it as their role
// ("Swedish Prime Minister Magdalena Andersson reminded …"), or a bold
// name followed by a role in commas.
func (a *attributor) registryFromText() {
	for _, b := range a.d.Blocks {
		if b.Kind == doc.Heading {
			continue
		}
		for _, r := range sentences(b.Text) {
			toks := tokenize(b.Text[r[0]:r[1]])
			for i, t := range toks {
				if !speechVerbs[t.f] || i == 0 {
					continue
				}
				j := i - 1
				for j >= 0 && adverbs[toks[j].f] {
					j--
				}
				if j >= 1 && toks[j].f == "who" && toks[j-1].f == "," { // "X, who noted"
					j -= 2
				}
				// skip an appositive ", role ," before the verb: it is
				// the person's role
				appositive := ""
				if j >= 0 && toks[j].f == "," {
					k := j - 1
					for k >= 0 && k > j-25 && toks[k].f != "," {
						k--
					}
					if k > 0 && toks[k].f == "," {
						appositive = strings.TrimSpace(b.Text[r[0]+toks[k].end : r[0]+toks[j].start])
						j = k - 1
					}
				}
				end := j + 1
				k := end - 1
				for k >= 0 && isCapitalized(toks[k].text) && !isSentenceWord(toks[k].f) && end-k <= 6 {
					k--
				}
				nameToks := toks[k+1 : end]
				// The name: the last capitalised words that are not titles
				// (after "of", the first word is the place of the office:
				// "President of Moldova Maia Sandu").
				n := len(nameToks)
				s := n
				for s > 0 && !titleWords[nameToks[s-1].f] && n-s < 4 {
					s--
				}
				if s == 0 && n >= 3 && k >= 0 && toks[k].f == "of" {
					s = 1
				}
				name := ""
				if n-s >= 1 {
					name = strings.TrimSpace(b.Text[r[0]+nameToks[s].start : r[0]+nameToks[n-1].end])
				}
				// A single surname counts after a title ("President Biden").
				if !looksLikeName(name) && !(n-s == 1 && s > 0 && nameWord.MatchString(name) && len(name) > 2) {
					continue
				}
				// role: title words before the name, back to the sentence's
				// previous comma or start.
				rs := k + 1
				for rs > 0 && toks[rs-1].f != "," && rs > k-8 && (isCapitalized(toks[rs-1].text) || toks[rs-1].f == "of" || toks[rs-1].f == "the" || toks[rs-1].f == "for") {
					rs--
				}
				role := ""
				if rs < k+1+s {
					role = strings.TrimSpace(b.Text[r[0]+toks[rs].start : r[0]+toks[k+1+s-1].end])
				}
				if role != "" && strings.HasPrefix(role, "In ") {
					role = ""
				}
				if appositive != "" {
					role = appositive
				}
				p := newPerson(name, role, nil, "", a.d.ID)
				a.reg.add(p)
			}
		}
	}
}

// completeNames gives a person registered by a title and surname alone
// ("President Nausėda noted …") the full name the document gives them
// elsewhere ("remarks by President Gitanas Nausėda"): the capitalised
// words just before the surname that are neither titles, sentence words
// nor possessives (after "of", the first is a place: "President of
// Lithuania Gitanas Nausėda"). When the document puts different first
// names before one surname, the person keeps the surname alone.
func (a *attributor) completeNames() {
	single := map[string]*person{}
	for _, p := range a.reg.people {
		if len(p.names) == 1 {
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
			for k > 0 && i-k < 3 && isFirstName(toks[k-1]) {
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
		// The shortest variant, if every other one ends with it ("Lithuania
		// Gitanas Nausėda" beside "Gitanas Nausėda").
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
		a.reg.byID[p.ID] = p
	}
}

// isFirstName reports whether t can be a given name before a surname.
func isFirstName(t token) bool {
	return isCapitalized(t.text) && nameWord.MatchString(t.text) && !titleWords[t.f] && !isSentenceWord(t.f) &&
		!strings.HasSuffix(t.text, "'s") && !strings.HasSuffix(t.text, "’s") && !strings.HasSuffix(t.text, ".")
}

// isSentenceWord: capitalised words that start clauses rather than names.
func isSentenceWord(f string) bool {
	switch f {
	case "in", "the", "as", "at", "on", "during", "following", "after", "before", "with", "while", "when", "and", "but", "a", "an", "this", "that", "these", "his", "her", "their", "opening", "offering", "stressing", "to", "from", "for", "of", "by", "finally", "then", "next", "also":
		return true
	}
	return false
}

// titleWords are words of titles and offices that precede names.
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "general": true,
	"ambassador": true, "administrator": true, "director": true, "governor": true, "representative": true,
	"chancellor": true, "king": true, "queen": true, "dr": true, "dr.": true, "mr": true, "ms": true,
	"foreign": true, "interim": true, "deputy": true, "chair": true, "chairperson": true, "commissioner": true,
	"senator": true, "mayor": true, "premier": true, "speaker": true, "state": true, "trade": true,
	"u.s": true, "u.s.": true, "un": true, "u.n": true, "activist": true, "legislator": true, "professor": true,
	"former": true, "executive": true, "chief": true, "head": true, "high": true, "commission": true,
	"treasury": true, "commerce": true, "affairs": true, "founder": true,
	"secretary-general": true, "undersecretary": true, "minister-president": true,
}
