package attrib

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

// person is a registry entry with what is needed to find them in text.
type person struct {
	model.Speaker
	names   []string        // folded name tokens
	short   string          // a short form of the given name, folded ("seun" for Oluwaseun: rule handleGivenName)
	surname string          // folded last name token
	words   map[string]bool // folded content words of role, organisation, country
	session *session
	gender  string // "m", "f" or "" (from the pronouns that continue them)
	party   bool   // a negotiating party, not a person
	// delegate: a party that spoke through its representative ("the
	// representative of Chile said"), whom "he" or "she" may continue
	delegate bool
	keep     bool // named by the overrides
	seq      int  // position in the registry (registry.add)
}

// session is a programme session.
type session struct {
	label  string // "Panel 4: Closing the data gap"
	short  string // "Panel 2"
	people []*person
	talk   bool // one talk: the heading names its one speaker
	inline bool // opened by a marker in the text ("Session 1 (“Title”)")
}

// registry is a document's people.
type registry struct {
	people []*person
	byID   map[string]*person
	// idx finds the people a token may name (mentions); changes are
	// the people whose names or words changed since it last read them (changed).
	idx     nameIndex
	changes []*person
}

func (r *registry) add(p *person) *person {
	if old, ok := r.byID[p.ID]; ok {
		return old
	}
	if r.byID == nil {
		r.byID = map[string]*person{}
	}
	r.byID[p.ID] = p
	p.seq = len(r.people)
	r.people = append(r.people, p)
	return p
}

// honorifics are titles kept apart from a person's name.
// (data: lexicon/honorifics.txt).
var honorifics = firstWords(lexLines("honorifics.txt"))

func splitHonorific(name string) (hon, rest string) {
	rest = strings.TrimSpace(name)
	for changed := true; changed; {
		changed = false
		for _, h := range honorifics {
			if ws := strings.Fields(rest); officeForms[h] && len(ws) > 1 && ws[0] == h && lex.titles[fold(ws[1])] {
				continue // "Lord Mayor": an office
			}
			if rest == h || strings.HasPrefix(rest, h+" ") {
				hon = strings.TrimSpace(hon + " " + h)
				rest = strings.TrimSpace(rest[len(h):])
				changed = true
			}
		}
	}
	return hon, rest
}

// stopwords are ignored when comparing role phrases.
var stopwords = map[string]bool{"the": true, "of": true, "and": true, "for": true, "in": true, "on": true, "to": true, "a": true, "an": true, "at": true, "by": true, "with": true, "member": true}

func newPerson(name, rest string, sess *session, part, docID string) *person {
	hon, name := splitHonorific(strings.Trim(name, " ,;:"))
	rest = strings.TrimSpace(strings.TrimLeft(rest, ", "))
	rest = strings.TrimSuffix(rest, "(online)")
	rest = strings.TrimSpace(strings.TrimRight(rest, " ,;."))
	p := &person{Speaker: model.Speaker{
		ID: Slug(name), Name: name, Honorific: hon, Part: part, Doc: docID,
	}, words: map[string]bool{}, session: sess}
	if sess != nil {
		p.Session = sess.label
	}
	parts := splitTopLevel(rest)
	p.Role, p.Organisation, p.Country, p.Description = splitEntry(rest, parts)
	for _, t := range tokenize(name) {
		if len(t.f) > 0 && (unicode.IsLetter([]rune(t.f)[0])) {
			p.names = append(p.names, t.f)
		}
	}
	if len(p.names) > 0 {
		p.surname = p.names[len(p.names)-1]
	}
	for _, t := range tokenize(rest) {
		if len(t.f) > 1 && !stopwords[t.f] && unicode.IsLetter([]rune(t.f)[0]) {
			p.words[t.f] = true
		}
	}
	// Acronyms of the organisation ("International Organization for
	// Migration" → "iom") count as its words.
	for _, part := range parts {
		var ac strings.Builder
		for _, t := range tokenize(part) {
			if isCapitalized(t.text) && !stopwords[t.f] {
				ac.WriteRune(unicode.ToLower([]rune(t.text)[0]))
			}
		}
		if ac.Len() >= 2 {
			p.words[ac.String()] = true
		}
	}
	return p
}

// Rule splitEntry: the words of a programme entry after the name go to
// role, organisation and country only where the document makes that
// unambiguous: the last part is a country when it is a state's name; the
// first part is a role when it opens with a title word or names no
// organisation ("Head of Section" is a role); every part between
// them (or after the role, without a country) is an organisation when it
// names one (an organisation word or an acronym) and does not open with a
// title ("President of …" is a second role). One part is a role. Anything
// else stays one description, as printed.
func splitEntry(rest string, parts []string) (role, org, country, desc string) {
	if len(parts) == 0 {
		return "", "", "", ""
	}
	if len(parts) == 1 {
		return parts[0], "", "", ""
	}
	mid := parts[1:]
	if _, n := partyAt(tokenize(parts[len(parts)-1]), len(tokenize(parts[len(parts)-1]))); n > 0 && n == len(tokenize(parts[len(parts)-1])) {
		country = parts[len(parts)-1]
		mid = parts[1 : len(parts)-1]
	}
	if first := tokenize(parts[0]); orgLike(parts[0]) && (len(first) == 0 || !lex.titles[first[0].f]) {
		return "", "", "", rest // "UNODC, …": no role first
	}
	for _, m := range mid {
		toks := tokenize(m)
		if !orgLike(m) || len(toks) > 0 && (lex.titles[toks[0].f] && isCapitalized(toks[0].text) || !isCapitalized(toks[0].text) && toks[0].f != "the") {
			return "", "", "", rest
		}
	}
	return parts[0], strings.Join(mid, ", "), country, ""
}

// orgLike: a phrase that names an organisation: an organisation word, or
// a word in capitals (an acronym).
func orgLike(s string) bool {
	for _, t := range tokenize(s) {
		if lex.orgs[t.f] || len([]rune(t.text)) >= 2 && strings.ToUpper(t.text) == t.text && strings.ToLower(t.text) != t.text {
			return true
		}
	}
	return false
}

// splitTopLevel splits on commas outside brackets.
func splitTopLevel(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				if t := strings.TrimSpace(s[start:i]); t != "" {
					out = append(out, t)
				}
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// partOf maps a programme label ("Keynote addresses") to a person's part.
func partOf(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "moderat"):
		return "moderator"
	case strings.Contains(l, "keynote"):
		return "keynote"
	case strings.Contains(l, "welcom"):
		return "welcome"
	case strings.Contains(l, "opening"):
		return "opening"
	case strings.Contains(l, "clos"):
		return "closing"
	case strings.Contains(l, "chair"):
		return "chair"
	case strings.Contains(l, "speaker"), strings.Contains(l, "panel"):
		return "speaker"
	}
	return strings.TrimSpace(l)
}

// programmeEntryAt matches a programme entry at block k: a block of its
// own (programmeEntry), or a table row of two cells, a name and then its
// role, organisation and country ("Jane Roe | Professor, University of X,
// Austria"), as word processors' tables come out of layout. n is the
// number of blocks the entry takes.
func programmeEntryAt(bs []doc.Block, k int) (name, rest string, n int, ok bool) {
	if name, rest, ok := programmeEntry(bs[k]); ok {
		return name, rest, 1, true
	}
	if k+1 >= len(bs) {
		return "", "", 0, false
	}
	a, b := bs[k], bs[k+1]
	if a.Kind != doc.Cell || b.Kind != doc.Cell || a.Row == 0 || a.Row != b.Row || a.Col != 1 || b.Col != 2 {
		return "", "", 0, false
	}
	if k+2 < len(bs) && bs[k+2].Kind == doc.Cell && bs[k+2].Row == a.Row {
		return "", "", 0, false // a row of more cells: another kind of table
	}
	name = strings.TrimRight(strings.TrimSpace(a.Text), ",")
	if !looksLikeName(name) {
		return "", "", 0, false
	}
	return name, strings.TrimSpace(b.Text), 2, true
}

// programmeEntry matches a block that opens with a bold name followed by
// a comma: "**Jane Roe**, Professor, …".
func programmeEntry(b doc.Block) (name, rest string, ok bool) {
	if len(b.Spans) < 2 || !b.Spans[0].Bold {
		return "", "", false
	}
	name = strings.TrimSpace(b.Spans[0].Text)
	restText := strings.TrimSpace(strings.TrimPrefix(b.Text, b.Spans[0].Text))
	if !strings.HasSuffix(name, ",") && !strings.HasPrefix(restText, ",") {
		return "", "", false
	}
	name = strings.TrimRight(name, ", ")
	if !looksLikeName(name) || reportsSpeech(restText) {
		return "", "", false
	}
	return name, restText, true
}

// reportsSpeech: the first sentence of an entry's text goes on, after
// its apposition and a comma, with a speech cue in the past ("**Jane
// Roe**, coordinator of a cooperative, said her members …", "…, also
// warned that"): a paragraph of the report about a speaker in bold, not
// a programme's entry, which gives a role and an organisation. Its text
// must reach a passage. (A long speaker's bio without a cue stays an
// entry: a length would split programmes whose bios are long.)
func reportsSpeech(rest string) bool {
	if ss := sentences(rest); len(ss) > 0 {
		rest = rest[ss[0][0]:ss[0][1]]
	}
	toks := tokenize(rest)
	for i := 1; i < len(toks); i++ {
		j := i
		if (isAdverb(toks[j]) || toks[j].f == "also" || toks[j].f == "then") && j+1 < len(toks) {
			j++ // "…, also warned that", "…, then told the panel"
		}
		// a past tense: a programme presents its talks in the present
		// ("**Jane Roe**, Researcher, discusses fee-charging agencies")
		if toks[i-1].f == "," && finiteCue(toks[j]) && !strings.HasSuffix(toks[j].f, "s") && isCue(toks, j) {
			return true
		}
	}
	return false
}

var nameWordCap = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*$`)

// isNameWord: a capitalised word, a surname with an elided particle
// ("d'Aubigné") or a name particle in lower case.
func isNameWord(w string) bool {
	return nameWordCap.MatchString(w) || elidedName(w) || isParticle(w)
}

// looksLikeName: two to six words, capitalised (particles allowed).
func looksLikeName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	caps := 0
	for _, w := range ws {
		if !isNameWord(w) {
			return false
		}
		if isCapitalized(w) {
			caps++
		}
	}
	return caps >= 2
}

// labelBlock: a short bold block (a programme label such as "Speaker").
func labelBlock(b doc.Block) bool {
	return b.Bold && len(strings.Fields(b.Text)) <= 4 && !strings.ContainsAny(b.Text, ",.:")
}

// maxPeopleListWords bounds a paragraph read as a programme's list of
// people.
const maxPeopleListWords = 40

// Rule peopleList: a programme cell or a short line listing people with
// their titles, separated by semicolons ("Dr Jane Roe; Mr Tom Lind;
// moderated by Ms Ann Berg"), registers each of them: a title or
// honorific, then two or three name words closing the part. A line needs
// two such parts; a table cell one. "moderated by", "chaired by" give the
// part.
func (a *attributor) registerPeopleList(text string, cell bool) {
	parts := strings.Split(text, ";")
	if len(parts) < 2 && !cell {
		return
	}
	var found []*person
	for _, part := range parts {
		part = strings.TrimRight(strings.TrimSpace(part), ".")
		toks := tokenize(part)
		n := len(toks)
		if n < 3 {
			return
		}
		// the name: two or three name words closing the part, after
		// title words
		ns := n
		for ns > 0 && n-ns < 3 && a.nameToken(toks[ns-1]) && !lex.titles[strings.TrimSuffix(toks[ns-1].f, ".")] {
			ns--
		}
		ts := ns
		for ts > 0 && (lex.titles[strings.TrimSuffix(toks[ts-1].f, ".")] || toks[ts-1].f == ".") {
			ts--
		}
		if n-ns < 2 || ts == ns {
			return // every part names a titled person, or the line is no list
		}
		name := textOf(part, toks, ns, n)
		if !looksLikeName(name) {
			return
		}
		p := newPerson(name, "", nil, "", a.d.ID)
		title := strings.TrimSpace(textOf(part, toks, ts, ns))
		if hon, rest := splitHonorific(title + " "); hon != "" && strings.TrimSpace(rest) == "" {
			p.Honorific = hon
		} else if len(officeRuns(toks[ts:ns])) > 0 {
			p.Role = title
		}
		if ts >= 2 && toks[ts-1].f == "by" {
			p.Part = partOf(toks[ts-2].f) // "moderated by", "chaired by"
		}
		found = append(found, p)
	}
	for _, p := range found {
		if len(a.reg.people) >= maxTextSpeakers {
			return
		}
		q := a.register(p)
		if q.Part == "" {
			q.Part = p.Part
		}
	}
}
