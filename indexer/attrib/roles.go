package attrib

import (
	"slices"
	"strings"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// Rule roleNoun: a subject that names someone by office ("the professor
// replied", "The Chair opened the hearing by …", "the Commissioner
// said", "The City Manager replied") is the one person the document gives
// that office; when nobody or several hold it, it credits no one (and it
// is never the current source merely because that source is current) —
// unless one of the several is given the office in the current section
// (rule roleInSection: each session's "Moderator: …").
//
// A person's offices are the runs of title words (lexicon/titles.txt)
// the document puts next to them (officeRanges): in their role and
// description, their programme part ("moderator"), the title words just
// before a mention ("Professor Jane Roe", "Moderator Jane Roe"), a role
// noun they stand in apposition to ("The Minister for Water of Ruritania,
// Dr Jane Roe,"), title words in capitals after it ("Jane Roe MP"), a
// bracket or an apposition just after it ("Jane Roe (Chair)", "Jane Roe
// (President, in the Chair)", "Jane Roe, Privacy Commissioner,", "Jane
// Roe MP, Minister for Water;"), a label before it ("Chair: Jane Roe",
// rule officeLabel) and the next cell of a table row ("Jane Roe | City
// Manager"). Honorifics (Mr, Ms, Dr) are no office. The same holds for
// names the registry does not hold (an attendance, witness, staff or
// programme list names them, but no sentence credits them yet): the one
// holder of an office is registered when a role noun names them, with
// that office as role — by its exact office only ("Vice Chair" is no
// "Chair"), and never a byline's ("Author: Jane Roe", bylines.txt).

// roleWord folds a title word to the office it names ("prof" →
// "professor"), or "" when it is no title or only an honorific.
func roleWord(f string) string {
	f = strings.TrimSuffix(f, ".")
	if !lex.titles[f] && strings.Contains(f, "-") {
		// "vice-chancellor", "deputy-director": a hyphenated word of
		// title words is a title
		for part := range strings.SplitSeq(f, "-") {
			if !lex.titles[part] || lex.honorific[part] {
				return ""
			}
		}
		return f
	}
	if !lex.titles[f] || lex.honorific[f] {
		return ""
	}
	if full, ok := lex.titleAlias[f]; ok {
		return full
	}
	return f
}

// officeRuns returns the runs of consecutive title words in toks, as
// offices ("Deputy Chair" → ["deputy chair"]). A title word after an
// office and "for" or "of" (and "the") is that office's complement, no
// office of its own (rule officeComplement: "counsel for the claimant"
// is counsel, not a claimant; "Chair of the Trustees" is no trustee).
func officeRuns(toks []token) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
			run = nil
		}
	}
	for k, t := range toks {
		if w := roleWord(t.f); w != "" {
			if officeComplement(toks, k) {
				flush()
				continue
			}
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

// officeComplement: the title word toks[k] follows an office and "for"
// or "of" (then "the"): "counsel for the claimant", "Chair of the
// Trustees".
func officeComplement(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].f == "the" {
		j--
	}
	return j >= 1 && (toks[j].f == "for" || toks[j].f == "of") && roleWord(toks[j-1].f) != ""
}

// holding is a person, or a name the registry does not hold yet, with
// the offices the document gives them.
type holding struct {
	p       *person // nil: a name the registry does not hold (yet)
	name    string  // the name as printed (for p == nil)
	hon     string  // the honorific printed before it
	offices []string
	words   map[string]bool   // the words the document puts with the offices
	phrase  map[string]string // office → the role as printed ("Minister for Water")
	blocks  []int             // the blocks that give an office
	// labels: the blocks whose turn label gives an office ("MODERATOR
	// (Jane Roe): …", rule roleTurn), each for its session
	labels []int
}

// add gives h the offices offs, with the tokens and the phrase that give
// them, in block (-1: the registry's fields).
func (r *roleIndex) add(h *holding, offs []string, toks []token, phrase string, block int) {
	if len(offs) == 0 {
		// no office, but words the document puts with the person ("Judge
		// Jane Roe (presiding)": "the presiding judge")
		for _, t := range toks {
			if isLetter(t.f) && !stopwords[t.f] {
				h.words[t.f] = true
			}
		}
		return
	}
	for _, o := range offs {
		if !slices.Contains(h.offices, o) {
			h.offices = append(h.offices, o)
			r.byOffice[o] = append(r.byOffice[o], h)
			if h.p != nil {
				r.byWords(h, o)
			}
		}
		if _, ok := h.phrase[o]; !ok {
			h.phrase[o] = phrase
		}
	}
	for _, t := range toks {
		h.words[t.f] = true
	}
	if block >= 0 && (len(h.blocks) == 0 || h.blocks[len(h.blocks)-1] != block) { // blocks come in order
		h.blocks = append(h.blocks, block)
	}
}

// roleIndex is what the document says about offices, computed once per
// document (rule roleNoun).
type roleIndex struct {
	of     map[*person]*holding
	byName map[string]*holding // names the registry does not hold, by slug
	// byOffice: the holders of each office; byWord: the registered
	// holders of an office holding each word ("minister" → the Deputy
	// Minister)
	byOffice, byWord map[string][]*holding
	// sectionFrom is the index of the heading that opens the section of
	// each block (-1: none)
	sectionFrom []int
}

// sectionalOffices are held for one section only (lexicon/sectional.txt):
// rule roleNoun credits their holder only inside the section that gives
// them the office.
var sectionalOffices = wordSet(lexLines("sectional.txt"))

// presidingOffices maps a verb of presiding to the office its agent
// holds ("chaired" → "chair"; lexicon/presiding.txt).
var presidingOffices = func() map[string]string {
	m := map[string]string{}
	for _, ws := range lexLines("presiding.txt") {
		m[ws[0]] = ws[1]
	}
	return m
}()

// presidingOffice returns the office of a name at toks[start] that is the
// agent of a verb of presiding ("chaired by Dr Jane Roe", "presided over
// by Jane Roe"), or "".
func presidingOffice(toks []token, start int) string {
	k := start
	for k > 0 && start-k < 5 && (lex.titles[strings.TrimSuffix(toks[k-1].f, ".")] || addressForms[strings.TrimSuffix(toks[k-1].f, ".")] || toks[k-1].f == ".") {
		k--
	}
	if k >= 2 && toks[k-1].f == "of" {
		return presidingOffices[toks[k-2].f] // "under the chairmanship of Jane Roe"
	}
	if k < 2 || toks[k-1].f != "by" {
		return ""
	}
	v := k - 2
	if toks[v].f == "over" && v > 0 {
		v--
	}
	return presidingOffices[toks[v].f]
}

// hyphen: toks[k] is a hyphen inside a word ("Vice-Chancellor"), no dash
// between phrases.
func hyphen(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].f == "-" && toks[k-1].end == toks[k].start && toks[k].end == toks[k+1].start
}

// dashes that set off an apposition in a list ("Jane Roe – Chair").
var dashes = map[string]bool{"–": true, "—": true, "-": true}

// maxOfficeRange bounds the words of a bracket or an apposition read as
// an office ("Jane Roe (President, in the Chair)").
const maxOfficeRange = 8

// officeRanges returns the token ranges that give the name toks[start:end]
// an office: the title words just before it ("Professor Jane Roe"); a
// role noun it stands in apposition to ("The Chair, Ms Jane Roe,"); title
// words after it ("Jane Roe MP") and a bracket or an apposition after
// those ("Jane Roe (Chair)", "Jane Roe, City Manager;", "Jane Roe MP,
// Minister for Water"); a label before it ("Moderator: Ms Jane Roe",
// rule officeLabel). strict asks an apposition after the name to open
// with a capital or "the" (a list's "Jane Roe, Chair;", not "Jane Roe,
// who chairs").
func officeRanges(toks []token, start, end int, strict bool) [][2]int {
	var out [][2]int
	// title words just before the name
	k := start
	for k > 0 && start-k < 4 && (lex.titles[strings.TrimSuffix(toks[k-1].f, ".")] || toks[k-1].f == "-" || toks[k-1].f == ".") {
		k--
	}
	if k < start {
		out = append(out, [2]int{k, start})
		// a title phrase with words of its own before the name ("Chief
		// Financial Officer Jane Roe"): the whole phrase, for rule
		// roleAcronym
		x := k
		for x > 0 && start-x < maxOfficeRange && isCapitalized(toks[x-1].text) && isLetter(toks[x-1].f) && !stopwords[toks[x-1].f] {
			x--
		}
		if x < k && (x == 0 || !isCapitalized(toks[x-1].text)) {
			out = append(out, [2]int{x, start}) // also "City Manager Jane Roe": "the City Manager"
		}
	}
	// a role noun the name stands in apposition to: "The Chair, Ms Rania
	// Aziz," (rule roleApposition)
	// or to a role phrase with its place ("The Minister for Foreign
	// Affairs of Malta, Dr Jane Roe,")
	r := k - 1
	if r >= 1 && toks[r].f != "," {
		// "The Chair, Minister for Water Jane Roe,": a title phrase with
		// its place between the comma and the name
		c := r
		for c > 0 && k-c < maxOfficeRange && (isCapitalized(toks[c].text) || toks[c].f == "for" || toks[c].f == "of" || toks[c].f == "and") {
			c--
		}
		if c < r && toks[c].f == "," && roleWord(toks[c+1].f) != "" && isCapitalized(toks[c+1].text) {
			r = c
		}
	}
	if r >= 1 && toks[r].f == "," && (end == len(toks) || toks[end].f == "," || toks[end].f == "." || toks[end].f == ";") {
		rs := r
		for rs > 0 && r-rs < maxOfficeRange && (toks[rs-1].f != "the" || rs >= 2 && (toks[rs-2].f == "of" || toks[rs-2].f == "for")) && !possessiveDets[toks[rs-1].f] && !possessive(toks[rs-1]) &&
			(isCapitalized(toks[rs-1].text) || toks[rs-1].f == "of" || toks[rs-1].f == "for" || toks[rs-1].f == "and" || toks[rs-1].f == "-" || toks[rs-1].f == "the" ||
				rs == r && rs >= 3 && isLetter(toks[rs-1].f) && toks[rs-2].f == "the" && (toks[rs-3].f == "of" || toks[rs-3].f == "for")) { // "The President of the sitting, X,"
			rs--
		}
		if rs == r && roleWord(toks[r-1].f) != "" {
			rs = r - 1 // one role noun in lower case: "the claimant, Mr Jane Roe,"
		}
		if rs < r && roleWord(toks[rs].f) != "" && (rs == 0 || toks[rs-1].f == "the" || possessiveDets[toks[rs-1].f] || possessive(toks[rs-1])) {
			out = append(out, [2]int{rs, r})
		}
	}
	// rule officeCopula: a role phrase opening its clause, then "is" or
	// "was" and the name ending it ("Counsel for the claimant is Ms Jane
	// Roe.", "The first witness was Ms Jane Roe, …")
	if c := k - 1; c >= 2 && (toks[c].f == "is" || toks[c].f == "was") && (end == len(toks) || strings.Contains(",;.", toks[end].f)) {
		cs := c
		for cs > 0 && c-cs < maxOfficeRange && isLetter(toks[cs-1].f) {
			cs--
		}
		if (cs == 0 || strings.Contains(";.", toks[cs-1].f)) && c-cs < maxOfficeRange && len(officeRuns(toks[cs:c])) == 1 {
			if w := strings.TrimPrefix(toks[cs].f, "the"); w == "" || roleWord(toks[cs].f) != "" || lex.dets[toks[cs].f] {
				out = append(out, [2]int{cs, c})
			}
		}
	}
	// rule officeLabel: "Moderator: Ms Jane Roe", "Chair: Jane Roe;", "In
	// the Chair: Jane Roe": title words (and "of", "the", "in") before a
	// colon, at the start of the block or of a part
	if c := k - 1; c >= 1 && toks[c].f == ":" {
		ls, titled := c, false
		for ls > 0 && c-ls < 5 && (lex.titles[strings.TrimSuffix(toks[ls-1].f, ".")] || stopwords[toks[ls-1].f] && toks[ls-1].f != "member") {
			titled = titled || lex.titles[strings.TrimSuffix(toks[ls-1].f, ".")]
			ls--
		}
		if titled && (ls == 0 || toks[ls-1].f == ";" || toks[ls-1].f == ".") {
			out = append(out, [2]int{ls, c})
		}
	}
	// a role noun with the name in brackets: "the Chair (Ms Jane Roe)"
	if o := k - 1; o >= 2 && toks[o].f == "(" && end < len(toks) && toks[end].f == ")" && roleWord(toks[o-1].f) != "" {
		rs := o - 1
		for rs > 0 && o-rs < 3 && roleWord(toks[rs-1].f) != "" {
			rs--
		}
		if rs == 0 || toks[rs-1].f == "the" || possessiveDets[toks[rs-1].f] {
			out = append(out, [2]int{rs, o})
		}
	}
	// title words after the name ("MP"), then a bracket or an apposition
	// after a comma or a dash
	e := end
	for e < len(toks) && e-end < 2 && postNominal(toks[e]) {
		e++
	}
	if e > end {
		out = append(out, [2]int{end, e})
	}
	if e < len(toks) && (toks[e].f == "(" || toks[e].f == "," || dashes[toks[e].f]) {
		bracket, dash := toks[e].f == "(", dashes[toks[e].f]
		f := e + 1
		for f < len(toks) && f-e <= maxOfficeRange && (bracket && (toks[f].f == "," || toks[f].f == ";") || !strings.Contains("(),.;:", toks[f].f) && (!dashes[toks[f].f] || hyphen(toks, f))) {
			f++
		}
		closed := f < len(toks) && (bracket && toks[f].f == ")" || !bracket && toks[f].f != "(")
		if !bracket && f == len(toks) {
			closed = true // the apposition ends the block: "…; Jane Roe, Director of Works"
		}
		if (strict || dash) && !bracket && e+1 < f && !isCapitalized(toks[e+1].text) && toks[e+1].f != "the" {
			closed = false
		}
		if closed && f-e <= maxOfficeRange && e+1 < f {
			out = append(out, [2]int{e + 1, f})
		}
		if bracket && closed && f+2 < len(toks) && toks[f+1].f == "," {
			// "Jane Roe (Renew, FR), Chair, in the chair": an office
			// after the bracket (rule listedOffice)
			if g := f + 2; roleWord(toks[g].f) != "" && isCapitalized(toks[g].text) && (g+1 == len(toks) || strings.Contains(",;.", toks[g+1].f)) {
				out = append(out, [2]int{g, g + 1})
			}
		}
		// rule listedOffice: an entry of a list of members, "Ms Jane
		// Roe, MLA (Green), Chair;" ("Jane Roe (Renew, FR), Chair, in
		// the chair"): after a bracket and a comma, an office that ends
		// the entry
		if !bracket && !dash && f < len(toks) && toks[f].f == "(" {
			if c := bracketEnd(toks, f); c > 0 && c+2 < len(toks) && toks[c+1].f == "," {
				g := c + 2
				for g < len(toks) && g-c <= maxOfficeRange && !strings.Contains("(),.;:", toks[g].f) {
					g++
				}
				if (g == len(toks) || toks[g].f == ";" || toks[g].f == "." || toks[g].f == ",") && g > c+2 && roleWord(toks[g-1].f) != "" && isCapitalized(toks[c+2].text) {
					out = append(out, [2]int{c + 2, g})
				}
			}
		}
	}
	return out
}

// postNominal: a title in capitals written after a name ("Jane Roe MP").
func postNominal(t token) bool {
	return roleWord(t.f) != "" && len(t.text) > 1 && strings.ToUpper(t.text) == t.text
}

// nameSpans returns the names in toks the registry does not hold: runs of
// two to four name words (particles inside) that read as a person's name,
// outside the mentions ms.
func (a *attributor) nameSpans(toks []token, ms []mention) [][2]int {
	taken := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.start; k < m.end; k++ {
			taken[k] = true
		}
	}
	word := func(k int) bool {
		if taken[k] {
			return false
		}
		t := toks[k]
		if lex.openers[t.f] || lex.groups[t.f] || lex.orgs[t.f] || lex.docs[t.f] {
			return false
		}
		return a.nameToken(t)
	}
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		if !word(i) {
			continue
		}
		e := i + 1
		for e < len(toks) {
			p := e
			for p < len(toks) && p-e < 3 && isParticle(toks[p].f) && !taken[p] {
				p++ // "van der" before "Berg"
			}
			if p >= len(toks) || !word(p) {
				break
			}
			e = p + 1
		}
		// a run inside a longer capitalised phrase is no name ("Chief
		// Information Security Officer")
		inPhrase := e < len(toks) && isCapitalized(toks[e].text) && !postNominal(toks[e]) ||
			i > 0 && isCapitalized(toks[i-1].text) && !lex.titles[strings.TrimSuffix(toks[i-1].f, ".")] && !addressForms[strings.TrimSuffix(toks[i-1].f, ".")]
		if e-i >= 2 && e-i <= 4 && !inPhrase && looksLikeName(textOfToks(toks, i, e)) {
			out = append(out, [2]int{i, e})
		}
		i = e - 1
	}
	return out
}

// roleIdx returns the document's role index, computing it once: every
// person's offices from their registry fields (role, description,
// programme part, organisation, country) and from the words around their
// mentions (officeRanges); the same for the names the registry does not
// hold, and for a table row "Jane Roe | Chair".
func (a *attributor) roleIdx() *roleIndex {
	if a.roles != nil {
		return a.roles
	}
	r := &roleIndex{of: map[*person]*holding{}, byName: map[string]*holding{}, byOffice: map[string][]*holding{}, byWord: map[string][]*holding{}}
	a.roles = r
	for _, p := range a.reg.people {
		if p.party {
			continue
		}
		h := r.person(p)
		for _, s := range []string{p.Role, p.Description, p.Part, p.Organisation, p.Country} {
			toks := tokenize(s)
			r.add(h, officeRuns(toks), toks, s, -1)
		}
	}
	last := -1
	for bi, b := range a.d.Blocks {
		if a.opensSection(bi) {
			last = bi
		}
		r.sectionFrom = append(r.sectionFrom, last)
		toks := tokenize(b.Text)
		if absenceLabel(toks) {
			continue
		}
		ms := a.mentions(toks)
		var hs []*holding
		var spans [][2]int
		for _, m := range ms {
			if !m.p.party {
				hs = append(hs, r.person(m.p))
				spans = append(spans, [2]int{m.start, m.end})
			}
		}
		strict := len(hs)
		for _, sp := range a.nameSpans(toks, ms) {
			k := sp[0]
			for k > 0 && addressForms[strings.TrimSuffix(toks[k-1].f, ".")] {
				k--
			}
			hs = append(hs, r.name(textOf(b.Text, toks, sp[0], sp[1]), strings.TrimSpace(textOf(b.Text, toks, k, sp[0]))))
			spans = append(spans, sp)
		}
		for n, h := range hs {
			for _, rg := range officeRanges(toks, spans[n][0], spans[n][1], n >= strict) {
				r.add(h, officeRuns(toks[rg[0]:rg[1]]), toks[rg[0]:rg[1]], textOf(b.Text, toks, rg[0], rg[1]), bi)
			}
			if o := presidingOffice(toks, spans[n][0]); o != "" {
				r.add(h, []string{o}, nil, capitalizeFirst(o), bi)
			}
		}
		// rule roleTurn: "MODERATOR (Jane Roe): …" gives the office here
		if l, ok := a.labelEnd(toks); ok && l.role > 0 && l.ns < l.ne {
			for n, sp := range spans {
				if sp[0] == l.ns && sp[1] == l.ne {
					r.add(hs[n], officeRuns(toks[l.roleAt:l.role]), toks[l.roleAt:l.role], textOf(b.Text, toks, l.roleAt, l.role), bi)
					hs[n].labels = append(hs[n].labels, bi)
				}
			}
		}
		// a table row: the name's cell, then the office's
		if b.Kind == doc.Cell && len(hs) == 1 && bi+1 < len(a.d.Blocks) {
			if c := a.d.Blocks[bi+1]; c.Kind == doc.Cell && c.Row == b.Row && c.Col == b.Col+1 && titlesOnly(toks[:spans[0][0]]) && spans[0][1] == len(toks) {
				ct := tokenize(c.Text)
				r.add(hs[0], officeRuns(ct), ct, strings.TrimSpace(c.Text), bi)
			}
		}
	}
	return r
}

func (r *roleIndex) person(p *person) *holding {
	if h := r.of[p]; h != nil {
		return h
	}
	h := &holding{p: p, words: map[string]bool{}, phrase: map[string]string{}}
	r.of[p] = h
	return h
}

// byWords indexes a registered holder's office o by its words.
func (r *roleIndex) byWords(h *holding, o string) {
	for _, w := range strings.Fields(o) {
		if hs := r.byWord[w]; len(hs) == 0 || hs[len(hs)-1] != h {
			r.byWord[w] = append(hs, h)
		}
	}
}

func (r *roleIndex) name(name, hon string) *holding {
	id := Slug(name)
	if h := r.byName[id]; h != nil {
		if h.hon == "" {
			h.hon = hon
		}
		return h
	}
	h := &holding{name: name, hon: hon, words: map[string]bool{}, phrase: map[string]string{}}
	r.byName[id] = h
	return h
}

// opensSection: block i opens a section of the walk (a session's
// heading or a heading of the top level: as walk sets a.section); a
// sub-heading ("Panellists:", "Key takeaways") does not.
func (a *attributor) opensSection(i int) bool {
	b := a.d.Blocks[i]
	if a.sessionAt[i] != nil || a.inlineAt[i] != nil {
		return true
	}
	if b.Kind != doc.Heading {
		return false
	}
	lv := a.level(b)
	return lv <= max(a.topLevel, 1) || a.topLevel == 0 && lv <= 2
}

// givenJustBefore: an office held for one section only (sectional.txt)
// is given to h in the current section, in the block being read or the
// one before it: "The next witness was Ms Jane Roe." … "Cross-examined,
// the witness accepted …"; further on, another witness may have taken
// the stand without the document saying so in words we read.
func (a *attributor) givenJustBefore(h *holding) bool {
	r := a.roleIdx()
	if a.at < 0 || a.at >= len(r.sectionFrom) {
		return false
	}
	from := r.sectionFrom[a.at]
	for _, b := range h.blocks {
		if b > from && b <= a.at && b >= a.at-1 {
			return true
		}
	}
	return false
}

// Rule roleInSection: the holder's office is given in the current
// section (after the heading that opens the section of the block being
// read, up to it), or they are a person of the programme session the
// section covers.
func (a *attributor) inSection(h *holding) bool {
	r := a.roleIdx()
	if a.at < 0 || a.at >= len(r.sectionFrom) {
		return false
	}
	from := r.sectionFrom[a.at]
	for _, b := range h.blocks {
		if b > from && b <= a.at {
			return true
		}
	}
	return h.p != nil && h.p.session != nil && slices.Contains(a.context, h.p.session)
}

// roleHolder returns the one person holding the office that the title
// words ws name ("chair"): the one whose office is exactly those words,
// else the one whose office holds them all ("deputy minister" for
// "minister"); nil when nobody or several do — unless one of the several
// is given the office in the current section (rule roleInSection: each
// session's "Moderator: …" for "the moderator"). The other words of the
// phrase (mods: "Privacy" of "the Privacy Commissioner", "Kenyan" of
// "the Kenyan President") must be words the document puts with that
// person's office, role, organisation or country. A holder the registry
// does not hold yet ("Jane Roe (Chair)" in an attendance list,
// "Secretary Jane Roe met …") is registered.
func (a *attributor) roleHolder(ws, mods []string) *person {
	if len(ws) == 0 {
		return nil
	}
	want := strings.Join(ws, " ")
	r := a.roleIdx()
	fits := func(h *holding) bool {
		for _, m := range mods {
			if !h.words[m] && (h.p == nil || !h.p.words[m]) {
				return false
			}
		}
		return true
	}
	var exact, within []*holding
	for _, h := range r.byOffice[want] {
		if slices.Contains(h.offices, want) && fits(h) && !rankedBelow(h.phrase[want], mods) {
			exact = append(exact, h)
		}
	}
	// a registered holder's office that holds the words ("deputy
	// minister" for "minister"); a name only listed holds its exact
	// office only ("Vice Chair" is no "Chair")
	seen := map[*holding]bool{}
	for _, h := range r.byWord[ws[0]] {
		if h.p == nil || seen[h] || !fits(h) {
			continue
		}
		seen[h] = true
		for _, o := range h.offices {
			words := strings.Fields(o)
			all := true
			for _, w := range ws {
				all = all && slices.Contains(words, w)
			}
			// a rank below the office is another office: the Assistant
			// Director-General is not "the Director-General"
			if all && !rankedBelow(h.phrase[o], mods) {
				within = append(within, h)
				break
			}
		}
	}
	one := func(hs []*holding) *holding {
		if len(hs) == 1 {
			return hs[0]
		}
		var in []*holding
		for _, h := range hs {
			if a.inSection(h) {
				in = append(in, h)
			}
		}
		if len(in) == 1 {
			return in[0]
		}
		return nil
	}
	var h *holding
	switch {
	case len(exact) > 0:
		h = one(exact)
	case len(within) > 0:
		h = one(within)
	case len(ws) == 1 && len(mods) == 0:
		h = one(r.byAcronym(want))
	}
	if sectionalOffices[want] && len(mods) == 0 && (h == nil || !a.givenJustBefore(h)) {
		return a.headingPerson() // rule sectionHolder: "Testimony of Dr Jane Roe" … "the witness"
	}
	if h == nil {
		return nil
	}
	if h.p == nil {
		if bylineOffices[want] {
			return nil // the report's writer: its own voice
		}
		a.registerHolder(h, want)
	}
	return h.p
}

// presidingOffices' offices: those of presiding over a meeting or a
// session ("chair", "moderator"), which one person holds at a time.
var presiding = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range presidingOffices {
		m[o] = true
	}
	return m
}()

// lowerRanks: words that make an office one below another ("Assistant
// Director-General", "Under-Secretary"): its holder is not the one the
// office without them names (rule roleNoun).
var lowerRanks = map[string]bool{"assistant": true, "under": true, "associate": true, "sub": true}

// rankedBelow: the printed office holds a lower rank the phrase asked
// for does not ("Assistant Director-General" for "the Director-General").
func rankedBelow(phrase string, mods []string) bool {
	for _, t := range tokenize(phrase) {
		if lowerRanks[t.f] && !slices.Contains(mods, t.f) {
			return true
		}
	}
	return false
}

// labelRoleHolder returns the person a transcript's office label names
// ("MODERATOR: …", "Q41 Chair: …", rule roleTurn): the one holder of a
// presiding office. An office a turn label gave ("MODERATOR (Jane Roe):
// …") is held for that session: its holder must have been so labelled
// in the current section, not in an earlier session's. An office anyone
// may hold ("STUDENT:", "DELEGATE:", "SPEAKER:" from the floor) names no
// one.
func (a *attributor) labelRoleHolder(toks []token, l turnLabel) *person {
	ws, mods := roleNounAt(toks, l.roleAt, l.role)
	if ws == nil || !presiding[strings.Join(ws, " ")] {
		return nil
	}
	p := a.roleHolder(ws, mods)
	if p == nil {
		return nil
	}
	r := a.roleIdx()
	h := r.of[p]
	if h == nil || a.at < 0 || a.at >= len(r.sectionFrom) {
		return p
	}
	from := r.sectionFrom[a.at]
	if len(h.blocks) == 0 {
		return p // an office of the registry's fields (a programme)
	}
	session := sessionOffices[strings.Join(ws, " ")] // a panel's moderator moderates that panel only
	for _, b := range h.blocks {
		if b > from && b <= a.at {
			return p // given in this section
		}
		if !session && !slices.Contains(h.labels, b) && a.listBlock(b) {
			return p // a chair given in a list of members: for the meeting
		}
	}
	return nil
}

// listBlock: block b names two people or more (a list of members or of
// those present), not one person in a sentence of the account.
func (a *attributor) listBlock(b int) bool {
	toks := tokenize(a.d.Blocks[b].Text)
	ms := a.mentions(toks)
	people := map[*person]bool{}
	for _, m := range ms {
		if !m.p.party {
			people[m.p] = true
		}
	}
	n := len(people)
	for _, sp := range a.nameSpans(toks, ms) {
		if sp[0] > 0 && titlesOnly(toks[sp[0]-1:sp[0]]) {
			n++ // a titled name the registry does not hold: "Dr. Owen Pritchard-Lowe"
		}
	}
	return n >= 2
}

// sessionOffices preside over one session or panel, not the meeting: a
// label "MODERATOR:" names the one given the office in its own section.
var sessionOffices = map[string]bool{"moderator": true, "facilitator": true, "convenor": true}

// Rule sectionHolder: an office held for one section (sectional.txt) that
// no one was given just before is held by the one person the heading of
// the current section names, when it is a witness's heading (a word of
// evidence.txt: "Testimony of Dr Jane Roe", "Evidence from Jane Roe
// (Acme)"); nil when the heading names nobody or several, or names its
// one person as an agent ("Cross-examination by Ms Jane Roe").
func (a *attributor) headingPerson() *person {
	r := a.roleIdx()
	if a.at < 0 || a.at >= len(r.sectionFrom) || r.sectionFrom[a.at] < 0 {
		return nil
	}
	b := a.d.Blocks[r.sectionFrom[a.at]]
	if b.Kind != doc.Heading {
		return nil
	}
	toks := tokenize(b.Text)
	// "Testimony of", "Evidence from", "Witness:": the name follows, after
	// a title ("Evidence against Dr Roe", "Evidence heard by Ms Roe",
	// "Evidence concerning the death of Mr Roe" name someone else)
	at := -1
	for k := 0; k+1 < len(toks); k++ {
		if f := toks[k+1].f; evidenceWords[toks[k].f] && (f == "of" || f == "from" || f == ":") {
			at = k + 2
			break
		}
	}
	if at < 0 {
		return nil
	}
	for at < len(toks) && titlesOnly(toks[at:at+1]) {
		at++
	}
	ms := a.mentions(toks)
	var one *person
	for _, m := range ms {
		if m.p.party || one != nil && m.p != one || m.start != at {
			return nil
		}
		one = m.p
	}
	if one == nil {
		// a witness the text has not credited yet ("Evidence of Mr
		// Jane Roe" … "Mr Roe was sworn in. The witness said …")
		if sp := a.nameSpans(toks, ms); len(sp) == 1 && sp[0][0] == at {
			if h := r.byName[Slug(textOf(b.Text, toks, sp[0][0], sp[0][1]))]; h != nil {
				if h.p == nil {
					a.registerHolder(h, "witness")
				}
				return h.p
			}
		}
	}
	return one
}

// evidenceWords: lexicon/evidence.txt.
var evidenceWords = wordSet(lexLines("evidence.txt"))

// Rule roleAcronym: an office written as its initials ("the CEO", "the
// CFO") is the office whose printed phrase has those initials ("Chief
// Executive Officer Jane Roe", "Jane Roe (Chief Financial Officer)"):
// the initials of its capitalised words, short words ("of", "for") left
// out.
func (r *roleIndex) byAcronym(want string) []*holding {
	if n := len([]rune(want)); n < 2 || n > 5 {
		return nil
	}
	var out []*holding
	add := func(h *holding) {
		for _, ph := range h.phrase {
			if acronym(ph) == want {
				out = append(out, h)
				return
			}
		}
	}
	for _, h := range r.of {
		add(h)
	}
	for _, h := range r.byName {
		add(h)
	}
	return out // one() keeps a single holder only: the order is no matter
}

// acronym returns the folded initials of the capitalised words of a
// phrase of at least two words ("Chief Financial Officer" → "cfo"), or "".
func acronym(ph string) string {
	var b strings.Builder
	n := 0
	for _, t := range tokenize(ph) {
		if !isLetter(t.f) {
			continue
		}
		if !isCapitalized(t.text) {
			if stopwords[t.f] {
				continue
			}
			return ""
		}
		b.WriteRune([]rune(t.f)[0])
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// absenceWords are the words of a label listing people who were not
// there (lexicon/absence.txt).
var absenceWords = wordSet(lexLines("absence.txt"))

// absenceLabel: the block opens with a label of at most four words
// before a colon holding an absence word ("Absent:", "Apologies for
// absence:").
func absenceLabel(toks []token) bool {
	for i := 0; i < len(toks) && i <= 4; i++ {
		if toks[i].f == ":" {
			return slices.ContainsFunc(toks[:i], func(t token) bool { return absenceWords[t.f] })
		}
	}
	return false
}

// bylineOffices are the offices of a report's own writers
// (lexicon/bylines.txt).
var bylineOffices = wordSet(lexLines("bylines.txt"))

// registerHolder registers a name the document gives an office, with that
// office as its role: the role as printed when it is a title-cased phrase
// of its own ("City Manager", "Minister for Water"), else the office.
func (a *attributor) registerHolder(h *holding, office string) {
	if len(a.reg.people) >= maxTextSpeakers {
		return
	}
	p := newPerson(h.name, "", nil, "", a.d.ID)
	p.Honorific = h.hon
	role := capitalizeFirst(office)
	if ph := strings.TrimSpace(strings.TrimPrefix(h.phrase[office], "the ")); ph != "" && isCapitalized(ph) && !strings.ContainsAny(ph, ",;:()") &&
		len(strings.Fields(ph)) <= maxOfficeRange && !stopwords[fold(strings.Fields(ph)[0])] && fieldProblem(ph, true) == "" {
		role = ph
	}
	p.Role = role
	for _, t := range tokenize(role) {
		if len(t.f) > 1 && !stopwords[t.f] {
			p.words[t.f] = true
		}
	}
	q := a.register(p)
	r := a.roleIdx()
	delete(r.byName, Slug(h.name))
	if old := r.of[q]; old != nil && old != h {
		// the registry knew them by another name: one holding
		for _, o := range h.offices {
			r.add(old, []string{o}, nil, h.phrase[o], -1)
		}
		old.blocks = append(old.blocks, h.blocks...)
		for w := range h.words {
			old.words[w] = true
		}
		h.offices = nil
	} else {
		r.of[q] = h
	}
	if q.Role == "" {
		q.Role = role
	}
	if h.p = q; len(h.offices) > 0 {
		for _, o := range h.offices {
			r.byWords(h, o)
		}
	}
}

// maxRoleNounWords bounds a role noun phrase read after "the" ("the
// Director of Parks and Gardens").
const maxRoleNounWords = 6

// roleNounFrom returns the holder of the office a role noun phrase after
// "the" at toks[k] names ("by the Chair that …", "by the Director of
// Parks."), or nil (rule roleNoun).
func (a *attributor) roleNounFrom(toks []token, k int) *person {
	if k >= len(toks) || toks[k].f != "the" {
		return nil
	}
	e := k + 1
	if e+1 < len(toks) && isLetter(toks[e].f) && !isCapitalized(toks[e].text) && roleWord(toks[e].f) == "" && !stopwords[toks[e].f] && !lex.cues[toks[e].f] && roleWord(toks[e+1].f) != "" {
		// a lower-case modifier, "by the presiding judge": when the
		// document gives the office so
		if ws, mods := roleNounAt(toks, e, e+2); ws != nil {
			if p := a.roleHolder(ws, mods); p != nil {
				return p
			}
		}
		return nil
	}
	for e < len(toks) && e-k <= maxRoleNounWords && (roleWord(toks[e].f) != "" || isCapitalized(toks[e].text) ||
		toks[e].f == "-" || (toks[e].f == "of" || toks[e].f == "for") && e+1 < len(toks) && isCapitalized(toks[e+1].text)) {
		e++
	}
	if ws, mods := roleNounAt(toks, k+1, e); ws != nil {
		return a.roleHolder(ws, mods)
	}
	return nil
}

// roleNounEndingAt returns the holder of the office a role noun phrase
// after "the" and ending just before toks[end] names, in the possessive
// ("the Chair's view", "In the Minister's view"), or nil (rule roleNoun).
func (a *attributor) roleNounEndingAt(toks []token, end int) *person {
	if end < 2 || !possessive(toks[end-1]) {
		return nil
	}
	s := end - 1
	for s > 0 && end-s < maxRoleNounWords && toks[s-1].f != "the" && (isCapitalized(toks[s-1].text) || toks[s-1].f == "of" || toks[s-1].f == "for" || toks[s-1].f == "-") {
		s--
	}
	if s == 0 || toks[s-1].f != "the" {
		return nil
	}
	if ws, mods := roleNounAt(toks, s, end); ws != nil {
		return a.roleHolder(ws, mods)
	}
	return nil
}

// roleNounAt reads a role noun phrase toks[start:end] ("professor",
// "Privacy Commissioner", "Deputy Chair", "Director of Engineering"): it
// returns its offices' words and its other words when its last word is a
// title, or when a title comes before "of" or "for" and capitalised words
// (the office's place: "Minister for Local Transport"); else nil.
func roleNounAt(toks []token, start, end int) (ws, mods []string) {
	if start >= end {
		return nil, nil
	}
	place := end // where the office's place starts, after "of" or "for"
	if roleWord(toks[end-1].f) == "" || officeComplement(toks, end-1) {
		k := start
		for k < end && toks[k].f != "of" && toks[k].f != "for" {
			k++
		}
		if k == start || k+1 >= end || roleWord(toks[k-1].f) == "" {
			return nil, nil
		}
		for _, t := range toks[k+1 : end] {
			if !isCapitalized(t.text) && !stopwords[t.f] && t.f != "-" && !(toks[k+1].f == "the" && k+3 == end) {
				return nil, nil
			}
		}
		place = k
	}
	for k, t := range toks[start:end] {
		if w := roleWord(t.f); w != "" && start+k < place {
			ws = append(ws, w)
		} else if isLetter(t.f) && !stopwords[t.f] && !lex.honorific[strings.TrimSuffix(t.f, ".")] {
			mods = append(mods, t.f)
		}
	}
	return ws, mods
}

// Rule roleNounTail: a role noun phrase ending in a capitalised word that
// is no title after a title ("the Chief Nurse", "the Chief Whip") names
// the one holder of the title's office whose office the document prints
// with that word ("Jane Roe (Chief Nurse)"); else nil.
func (a *attributor) roleNounTail(toks []token, start, end int) *person {
	if end-start < 2 || roleWord(toks[end-2].f) == "" || roleWord(toks[end-1].f) != "" || !isCapitalized(toks[end-1].text) || !isLetter(toks[end-1].f) {
		return nil
	}
	ws, mods := roleNounAt(toks, start, end-1)
	if ws == nil {
		return nil
	}
	return a.roleHolder(ws, append(mods, toks[end-1].f))
}
