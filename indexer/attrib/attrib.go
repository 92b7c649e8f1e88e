// Package attrib turns a document's blocks into passages credited to the
// people who spoke: it derives the programme (sessions and the speaker
// registry) from the document itself, resolves every way the text names a
// person (full name, surname, first name, misspellings, names without
// diacritics, pronouns that continue a speaker, role phrases), splits
// paragraphs where the credited speaker changes, and labels each passage
// with its kind, session, section, topics and printed page.
//
// It works as a sieve, sentence by sentence and clause by clause
// (clauses): a speech cue of the lexicon (lexicon/*.txt, lexicon.go)
// attaches to its source (subjectBefore, subjectAfter,
// appositionBefore), which resolve turns into a person, a party, a
// group, an institution or nobody; creditSentence applies the rules in
// order and paragraph carries a source over the sentences that follow
// within the bounds of carryTo. The registry comes from programme tables
// (findProgramme), talk headings (findTalks) or the same source rules
// over the running text (registryFromText); RegistryProblems checks it.
// Every rule is named "Rule X" in its comment and has a table test.
package attrib

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

// Tagger assigns taxonomy topics to a text.
type Tagger interface {
	Tags(text string) []string
}

// Result is the attribution of one document.
type Result struct {
	Speakers []model.Speaker
	Sessions []model.Session
	Passages []model.Passage
}

// Attribute credits the document's text. title names the document in
// passages; tagger may be nil.
func Attribute(d doc.Document, title string, tagger Tagger) Result {
	return AttributeWith(d, Options{Title: title, Tagger: tagger})
}

// Options configure AttributeWith.
type Options struct {
	Title  string // the document's title, for passages
	Tagger Tagger // taxonomy; may be nil
	// Overrides correct what extraction cannot know (data from the corpus
	// manifest, never code).
	Overrides Overrides
}

// Overrides are per-document corrections, from the corpus manifest:
//
//	{"speakers": [{"name": "…", "role": "…", "organisation": "…",
//	  "country": "…", "session": "…", "part": "…", "honorific": "…"}]}
//
// A speaker whose name matches a registry entry (folded) corrects the
// fields it gives; another is added to the registry. A session names the
// programme session by its label or short name.
type Overrides struct {
	Speakers []model.Speaker `json:"speakers"`
}

// AttributeWith credits the document's text with options.
func AttributeWith(d doc.Document, opt Options) Result {
	a := &attributor{d: d, title: opt.Title, tagger: opt.Tagger, seenPage: map[int]int{}, overrides: opt.Overrides}
	a.prepare()
	a.walk()
	var res Result
	credited := map[string]bool{}
	for _, p := range a.out {
		if p.Speaker != nil {
			credited[p.Speaker.ID] = true
		}
	}
	for _, p := range a.reg.people {
		// Nobody without a passage, unless the programme or the
		// overrides name them.
		if !credited[p.ID] && p.session == nil && p.Part == "" && !p.keep {
			continue
		}
		res.Speakers = append(res.Speakers, p.Speaker)
	}
	var bySession map[string][]int // credited passages by session label
	for _, s := range a.sessions {
		if s.inline {
			// an inline session's speakers: the people credited in it
			if bySession == nil {
				bySession = map[string][]int{}
				for i, p := range a.out {
					if p.Speaker != nil {
						bySession[p.Session] = append(bySession[p.Session], i)
					}
				}
			}
			in := map[string]bool{}
			for _, q := range s.people {
				in[q.ID] = true
			}
			for _, i := range bySession[s.label] {
				if p := a.out[i]; !in[p.Speaker.ID] {
					if q := a.reg.byID[p.Speaker.ID]; q != nil {
						s.people = append(s.people, q)
						in[q.ID] = true
					}
				}
			}
		}
		ss := model.Session{Label: s.label, Doc: d.ID}
		for _, p := range s.people {
			ss.Speakers = append(ss.Speakers, p.ID)
		}
		res.Sessions = append(res.Sessions, ss)
	}
	res.Passages = a.out
	return res
}

type attributor struct {
	titledOnly bool // registryFromText registers new titled people only (rule titledSpeakers)
	// capsLabelCount: paragraphs opening with a word in capitals and a
	// colon, by the word (rule capsTurn)
	capsLabelCount map[string]int
	capsSurnames   map[string]bool // words written after a first name (rule capsTurn)
	d              doc.Document
	title          string
	tagger         Tagger
	overrides      Overrides

	levels   map[float64]int // heading size → level
	topLevel int             // level of session and front/back matter headings
	acronyms map[string]bool
	proper   map[string]bool // words capitalised inside sentences
	lower    map[string]int  // folded words written in lower case inside sentences, how often
	// capsParties: rule capsParties, parties in capitals the gazetteer
	// lacks speak in this report
	capsParties bool
	// delegatePronouns: parties speak in capitals or through their
	// representatives, so "he" or "she" after one is its delegate
	delegatePronouns bool
	// prevDelegation: the last sentence read names a delegation (rule
	// theDelegation)
	prevDelegation bool
	// handleShort: the short given names of handles that name one person
	// (rule handleGivenName)
	handleShort map[string]bool
	glyphQuotes bool // the text layer writes quotation marks as "<" and "=" (rule quoteGlyphs)
	// turn: the speaker of the labelled turn the last paragraph was
	// (rule turnContinues)
	turn *person
	// partyStyle: the report names negotiating parties as speakers.
	partyStyle bool
	names      map[string][]string // full names by first name and surname (indexNames)
	repeated   map[string]int      // short captions by text, how often they occur
	reg        registry
	sessions   []*session
	// sessionIndex is the block index of each session's heading.
	sessionIndex []int
	// sessionAt maps a heading block index to the session it opens;
	// programme marks blocks consumed as programme entries and labels.
	sessionAt map[int]*session
	inlineAt  map[int]*session // paragraphs that open an inline session
	programme map[int]bool
	credits   map[int]bool       // captions consumed as quote credits
	similar   map[[2]string]bool // similarName results
	quoteBy   map[int]*person
	pronoun   string // the pronoun subject of the last pronoun credit
	// pendingGender: the gender of the pronoun that ties a sentence to
	// its source (rule carryOver), set once it continues them
	pendingGender string
	// disc: the sentences of the section read so far and whom they name
	// (rule antecedent)
	disc []discSent
	// sentMentions: the people creditSentence found in the sentence it
	// read last
	sentMentions []mention
	// answering: the clause being read answers the question a clause
	// opening "Asked by X …," put (rule askedOpener)
	answering   bool
	roles       *roleIndex         // offices the document gives (rule roleNoun)
	handles     map[string]*person // people by handle (rule handleName)
	handleNames map[string]string  // the names the document pairs with handles
	authorVoice bool               // the author narrates in the first person (rule authorVoice)
	at          int                // the block being read

	// walk state
	section  string
	topic    string
	context  []*session // sessions the current section covers
	last     *person    // last credited speaker in the section
	lastPara int        // paragraph number where last was credited
	recent   *person    // the last credited speaker in the section, for its session
	paraN    int        // paragraphs seen
	carry    *person    // the source a paragraph ending with a colon introduced
	// itemCarry is the source a list's lead-in introduced ("X raised the
	// following concerns:"), while the list's items continue it.
	itemCarry *person
	cur       *person // the source of the sentence before, in this paragraph
	talk      *person // the speaker of the current talk's section
	out       []model.Passage
	seenPage  map[int]int
}

func (a *attributor) prepare() {
	// Heading levels by size (1 is the largest); blocks from formats
	// without sizes bring their own level.
	sizes := map[float64]bool{}
	for _, b := range a.d.Blocks {
		if b.Kind == doc.Heading && b.Size > 0 {
			sizes[b.Size] = true
		}
	}
	var sl []float64
	for s := range sizes {
		sl = append(sl, s)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(sl)))
	a.levels = map[float64]int{}
	for i, s := range sl {
		a.levels[s] = i + 1
	}
	// Acronyms: words in capitals inside body text.
	a.acronyms = map[string]bool{}
	a.proper = map[string]bool{}
	a.lower = map[string]int{}
	capsCount, lowerCount := map[string]int{}, map[string]int{}
	a.repeated = map[string]int{}
	for _, b := range a.d.Blocks {
		if b.Kind == doc.Paragraph && !mostlyCapitals(b.Text) {
			ws := strings.Fields(b.Text)
			for k := 1; k < len(ws); k++ {
				prev := strings.ToLower(strings.TrimSuffix(ws[k-1], "."))
				if strings.HasSuffix(ws[k-1], ".") && !abbreviations[prev] || strings.HasSuffix(prev, ":") {
					continue
				}
				w := strings.Trim(ws[k], `.,;:()"“”'’`)
				if isCapitalized(w) {
					capsCount[w]++
				} else {
					lowerCount[w]++
					a.lower[fold(w)]++
				}
			}
			for _, w := range strings.Fields(b.Text) {
				w = strings.Trim(w, `.,;:()"“”'’`)
				if len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
					a.acronyms[w] = true
				}
			}
		}
		if len(strings.Fields(b.Text)) <= 12 {
			a.repeated[b.Text]++
		}
	}
	for w, n := range capsCount {
		if n > lowerCount[strings.ToLower(w)] {
			a.proper[w] = true
		}
	}
	a.pairHandles()
	a.findProgramme()
	a.indexNames()
	a.handleGivenNames()
	a.partyStyle = a.detectParties()
	a.glyphQuotes = a.detectGlyphQuotes()
	a.authorVoice = a.detectAuthorVoice()
	a.inlineAt = map[int]*session{}
	if len(a.reg.people) == 0 {
		a.findTalks()
		a.findInlineSessions()
		a.registryFromText()
		a.completeNames()
	} else {
		// Rule titledSpeakers: a programme (a list of witnesses, of
		// panellists) need not name everyone who speaks: the subject of a
		// speech cue named with a title ("Rep. Jane Roe (D-CA) asked",
		// "Chairwoman Roe stated") whom the programme does not list is
		// registered too; nobody the programme lists is changed.
		a.titledOnly = true
		a.registryFromText()
		a.titledOnly = false
	}
	a.applyOverrides()
	a.findHandles()
	a.findCredits()
	if len(a.sessions) == 0 || a.sessions[0].talk || a.sessions[0].inline {
		a.listedOrganisations()
	}
}

// applyOverrides corrects or extends the registry from the overrides.
func (a *attributor) applyOverrides() {
	for _, o := range a.overrides.Speakers {
		if strings.TrimSpace(o.Name) == "" {
			continue
		}
		var sess *session
		for _, s := range a.sessions {
			if o.Session != "" && (fold(o.Session) == fold(s.label) || fold(o.Session) == fold(s.short)) {
				sess = s
			}
		}
		p, ok := a.reg.byID[Slug(o.Name)]
		if ok {
			p.keep = true
		} else {
			p = a.reg.add(newPerson(o.Name, "", sess, o.Part, a.d.ID))
			p.keep = true
			if sess != nil {
				sess.people = append(sess.people, p)
			}
		}
		set := func(dst *string, v string) {
			if v != "" {
				*dst = v
			}
		}
		set(&p.Role, o.Role)
		set(&p.Organisation, o.Organisation)
		set(&p.Country, o.Country)
		set(&p.Part, o.Part)
		set(&p.Honorific, o.Honorific)
		if sess != nil {
			p.session, p.Session = sess, sess.label
		}
		for _, t := range tokenize(p.Role + " " + p.Organisation + " " + p.Country) {
			if len(t.f) > 1 && !stopwords[t.f] {
				p.words[t.f] = true
			}
		}
		a.reg.changed(p)
	}
}

func (a *attributor) level(b doc.Block) int {
	if b.Level > 0 {
		return b.Level
	}
	if l, ok := a.levels[b.Size]; ok {
		return l
	}
	return 1
}

// findProgramme finds session headings (a heading followed, after an
// optional subtitle, by a programme table of labels and entries) and
// registers their people.
func (a *attributor) findProgramme() {
	a.sessionAt = map[int]*session{}
	a.programme = map[int]bool{}
	bs := a.d.Blocks
	for i := 0; i < len(bs); i++ {
		if bs[i].Kind != doc.Heading {
			continue
		}
		j := i + 1
		var subtitle string
		if j < len(bs) && bs[j].Kind == doc.Heading && a.level(bs[j]) > a.level(bs[i]) {
			subtitle = bs[j].Text
			j++
		}
		// The table: labels and entries until the next heading.
		// A programme table comes before any running text: labels and
		// entries (a bold name, a comma, a role); two entries at least,
		// or one after a label.
		k := j
		var entries []int
		labelled := false
		for k < len(bs) && bs[k].Kind != doc.Heading {
			if _, _, n, ok := programmeEntryAt(bs, k); ok {
				entries = append(entries, k)
				k += n - 1
			} else if labelBlock(bs[k]) && len(entries) == 0 {
				labelled = true
			} else if bs[k].Kind == doc.Paragraph && len(strings.Fields(bs[k].Text)) > 40 {
				break
			}
			k++
		}
		if len(entries) == 0 || entries[0]-j > 3 || len(entries) < 2 && !labelled {
			continue
		}
		short := prettyHeading(strings.TrimSpace(bs[i].Text), a.acronyms, a.proper)
		label := short
		if p := strings.Index(short, ":"); p > 0 {
			short = strings.TrimSpace(short[:p])
		}
		if subtitle != "" {
			label += ": " + capitalizeFirst(prettyHeading(subtitle, a.acronyms, a.proper))
		}
		s := &session{label: label, short: short}
		a.sessions = append(a.sessions, s)
		a.sessionIndex = append(a.sessionIndex, i)
		a.sessionAt[i] = s
		if a.topLevel == 0 {
			a.topLevel = a.level(bs[i])
		}
		// Parse: a label applies to the entries after it; a lower-case
		// bold fragment continues the label; other text continues the
		// entry before it.
		partLabel := ""
		var cur *person
		var rest string
		lastOfEntry := j
		flush := func() {
			if cur != nil {
				p := newPerson(cur.Name, rest, s, cur.Part, a.d.ID)
				if cur.Honorific != "" && p.Honorific == "" {
					p.Honorific = cur.Honorific
				}
				p = a.reg.add(p)
				s.people = append(s.people, p)
			}
			cur = nil
		}
		for m := j; m < k; m++ {
			b := bs[m]
			if name, r, n, ok := programmeEntryAt(bs, m); ok {
				flush()
				hon, nm := splitHonorific(name)
				cur = &person{Speaker: model.Speaker{Name: nm, Honorific: hon, Part: partOf(partLabel)}}
				rest = r
				for ; n > 0; n-- {
					a.programme[m] = true
					lastOfEntry = m
					m++
				}
				m--
				continue
			}
			if labelBlock(b) {
				if startsLower(b.Text) && partLabel != "" {
					// The rest of a label wrapped onto a second line.
					partLabel += " " + b.Text
					if cur != nil {
						cur.Part = partOf(partLabel)
					}
				} else {
					partLabel = b.Text
				}
				a.programme[m] = true
				continue
			}
			if cur != nil && (b.Kind == doc.Cell || b.Kind == doc.Caption) && len(strings.Fields(b.Text)) <= 40 && continuesEntry(bs[lastOfEntry], b) {
				rest += " " + b.Text
				a.programme[m] = true
				lastOfEntry = m
			}
		}
		flush()
		if subtitle != "" {
			a.programme[i+1] = true
		}
		i = k - 1
	}
}

// Rule continuesEntry: a block continues a programme entry only when the
// layout says it is the entry's next line: the same type size, just below
// it, starting where it starts. A photo credit or caption set in another
// size or elsewhere on the page never joins it. Blocks without geometry
// (from markup) continue by size alone.
func continuesEntry(prev, b doc.Block) bool {
	if prev.Size > 0 && b.Size > 0 && math.Abs(prev.Size-b.Size) > 0.5 {
		return false
	}
	if prev.BBox.Width() <= 0 || b.BBox.Width() <= 0 {
		return true
	}
	size := max(b.Size, 1)
	gap := prev.BBox.Y0 - b.BBox.Y1 // y grows upwards: b below prev
	return prev.PageEnd == b.Page && gap >= -size/2 && gap <= 1.5*size && math.Abs(prev.BBox.X0-b.BBox.X0) <= 2*size
}

// alphaWords counts the words of s made of letters only.
func alphaWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `.,;:!?()"“”'’`)
		if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0 {
			n++
		}
	}
	return n
}

// hasWord: s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// mostlyCapitals: more than a third of the words are in capitals.
func mostlyCapitals(s string) bool {
	ws := strings.Fields(s)
	caps := 0
	for _, w := range ws {
		if strings.ToUpper(w) == w && strings.ToLower(w) != w {
			caps++
		}
	}
	return caps*3 > len(ws)
}

func capitalizeFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func startsLower(s string) bool {
	for _, r := range s {
		return r >= 'a' && r <= 'z'
	}
	return false
}

// quoteBlock: a block set off as a quotation (italic box), or a block that
// is one quotation from its opening mark to its closing mark.
func quoteBlock(b doc.Block) bool {
	if b.Kind == doc.Quote {
		return true
	}
	t := strings.TrimRight(strings.TrimSpace(b.Text), ".")
	if len(strings.Fields(t)) < 5 {
		return false
	}
	curly := strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”") && strings.Count(t, "“") == 1
	straight := strings.HasPrefix(t, `"`) && strings.HasSuffix(t, `"`) && strings.Count(t, `"`) == 2
	return curly || straight
}

// findCredits pairs quote blocks with the caption naming who said them:
// the caption after a pull quote, or the card caption before it.
func (a *attributor) findCredits() {
	a.credits = map[int]bool{}
	a.quoteBy = map[int]*person{}
	for i, b := range a.d.Blocks {
		if quoteBlock(b) {
			if p := a.creditOf(i); p != nil {
				a.quoteBy[i] = p
			}
		}
	}
	a.dashCredits()
}

// creditOf returns the person a quote block at i is credited to, marking
// the credit caption consumed.
func (a *attributor) creditOf(i int) *person {
	bs := a.d.Blocks
	try := func(j int) *person {
		if j < 0 || j >= len(bs) || bs[j].Kind == doc.Heading || quoteBlock(bs[j]) ||
			bs[j].Kind == doc.Paragraph && len(strings.Fields(bs[j].Text)) > 25 {
			return nil
		}
		// the caption must open with the name
		toks := tokenize(bs[j].Text)
		if len(toks) > 8 {
			toks = toks[:8]
		}
		if p, start, end := a.findPersonIn(toks); p != nil && start <= 2 {
			// running text must read as a credit: the name alone or
			// followed by a comma ("Jane Roe, Professor")
			if bs[j].Kind == doc.Paragraph && (end < len(toks) && toks[end].f != "," || !creditShaped(tokenize(bs[j].Text))) {
				return nil
			}
			a.credits[j] = true
			return p
		}
		return nil
	}
	if p := try(i + 1); p != nil {
		return p
	}
	return try(i - 1)
}

// maxCreditWords bounds a paragraph that serves as a quote's credit line.
const maxCreditWords = 14

// creditShaped: running text short enough to be a credit line, with no
// speech cue ("Jane Roe, Director of X" but not "Jane Roe, Director,
// said that …").
func creditShaped(toks []token) bool {
	words := 0
	for i, t := range toks {
		if isLetter(t.f) {
			words++
		}
		if isCue(toks, i) {
			return false
		}
	}
	return words <= maxCreditWords
}

// findPersonIn finds the first registry person named in toks (full name,
// surname, fuzzy spellings) and returns the token range.
func (a *attributor) findPersonIn(toks []token) (*person, int, int) {
	ms := a.mentions(toks)
	if len(ms) == 0 {
		return nil, 0, 0
	}
	return ms[0].p, ms[0].start, ms[0].end
}

type mention struct {
	p          *person
	start, end int // token range [start, end)
}

// mentions finds registry names in toks: the full name (each token equal
// or a close spelling) or the surname alone, capitalised.
func (a *attributor) mentions(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		if h, ok := handleAt(toks, i); ok && a.handles[h] != nil {
			out = append(out, mention{a.handles[h], i, i + 2}) // rule handleName
			i++
			continue
		}
		if !isCapitalized(toks[i].text) {
			continue
		}
		var best mention
		people := a.reg.people
		if toks[i].f != "" {
			people = a.reg.candidates(toks, i) // the people that may match, in the same order
		}
		for _, p := range people {
			n := len(p.names)
			if n == 0 {
				continue
			}
			// full name
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
			// surname alone
			if best.p == nil && (toks[i].f == p.surname || len(p.surname) >= 6 && toks[i].f[0] == p.surname[0] && a.similarName(toks[i].f, p.surname)) {
				best = mention{p, i, i + 1}
			}
			// the first of a double surname after a title ("Minister
			// Valdebenito" for Ignacio Valdebenito Sáez: rule
			// compoundSurname)
			if best.p == nil && n >= 3 && toks[i].f == p.names[n-2] && !isParticle(p.names[n-2]) && i > 0 && titlesOnly(toks[i-1:i]) &&
				(i+1 >= len(toks) || toks[i+1].f != p.surname) {
				best = mention{p, i, i + 1}
			}
		}
		// given names alone, when one person of the registry has them
		// ("Ana Maria" for Ana Maria Lind: rule givenNames)
		if best.p == nil && i+1 < len(toks) && isCapitalized(toks[i+1].text) {
			for _, p := range a.reg.firstNamed(toks[i].f) {
				n := len(p.names)
				if n < 3 || i+n-1 > len(toks) || i+n-1 < len(toks) && isCapitalized(toks[i+n-1].text) {
					continue
				}
				ok := personWords(p.Name)
				for k := 0; k < n-1 && ok; k++ {
					ok = toks[i+k].f == p.names[k]
				}
				if ok {
					if best.p != nil {
						best = mention{} // two people: nobody
						break
					}
					best = mention{p, i, i + n - 1}
				}
			}
		}
		// first name alone, when one person of the registry has it
		if best.p == nil && (i+1 >= len(toks) || !isCapitalized(toks[i+1].text)) {
			var only *person
			n := 0
			for _, p := range a.reg.firstNamed(toks[i].f) {
				if len(p.names) > 1 && (p.names[0] == toks[i].f || p.short == toks[i].f) && len(toks[i].f) >= 2 {
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

// maxSimilarCache bounds the memory of similarName's results.
const maxSimilarCache = 1 << 18

// similarName is similarName, remembered: the same words meet the same
// names again and again.
func (a *attributor) similarName(text, name string) bool {
	if text == name {
		return true
	}
	if d := len(text) - len(name); len(name) < 5 || d > 6 || d < -6 {
		return false // too short to misspell, or too far apart (bytes, so loosely)
	}
	k := [2]string{text, name}
	v, ok := a.similar[k]
	if !ok {
		if a.similar == nil {
			a.similar = map[[2]string]bool{}
		}
		v = similarName(text, name)
		if len(a.similar) < maxSimilarCache {
			a.similar[k] = v
		}
	}
	return v
}

// pageOf returns the printed page number of a block's word offset.
func pageNumber(label string, physical int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(label)); err == nil {
		return n
	}
	return physical
}

func blockPageAt(b doc.Block, words int) int {
	page := pageNumber(b.Label, b.Page)
	for _, br := range b.Breaks {
		if words >= br.Words {
			page = pageNumber(br.Label, br.Page)
		}
	}
	return page
}

var urlOnly = regexp.MustCompile(`^\s*(https?://\S+|www\.\S+)\s*$`)

func (a *attributor) walk() {
	bs := a.d.Blocks
	// Resource lists: sections holding several bare URLs.
	resourceSection := map[string]bool{}
	{
		count := map[string]int{}
		sec := ""
		for i, b := range bs {
			if b.Kind == doc.Heading && (a.sessionAt[i] != nil || a.level(b) <= max(a.topLevel, 1)) {
				sec = fmt.Sprint(i)
			}
			if urlOnly.MatchString(b.Text) {
				count[sec]++
			}
		}
		for s, n := range count {
			if n >= 3 {
				resourceSection[s] = true
			}
		}
	}
	secKey := ""
	inResources := false
	var resTitle string
	var resText []string
	resPage := 0
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		a.at = i
		if s := a.sessionAt[i]; s != nil {
			a.context = []*session{s}
			a.section = s.label
			a.topic = ""
			a.last, a.recent, a.carry, a.talk = nil, nil, nil, nil
			a.resetDiscourse()
			if s.talk && len(s.people) == 1 {
				a.talk = s.people[0]
			}
			secKey = fmt.Sprint(i)
			inResources = resourceSection[secKey]
			continue
		}
		if a.programme[i] || a.credits[i] {
			continue
		}
		if s := a.inlineAt[i]; s != nil {
			a.context = []*session{s}
			a.last, a.recent, a.carry = nil, nil, nil
		}
		if b.Kind == doc.Heading || a.sessionAt[i] != nil || a.inlineAt[i] != nil {
			a.itemCarry = nil
			a.turn = nil
			a.resetDiscourse()
		}
		if b.Kind == doc.Heading {
			lv := a.level(b)
			text := strings.TrimSpace(b.Text)
			switch {
			case lv <= max(a.topLevel, 1) || a.topLevel == 0 && lv <= 2:
				a.context = nil
				a.section = prettyHeading(text, a.acronyms, a.proper)
				a.topic = ""
				a.last, a.recent, a.carry, a.talk = nil, nil, nil, nil
				secKey = fmt.Sprint(i)
				inResources = resourceSection[secKey]
			case len(a.sessionsNamed(text, i)) > 0:
				a.context = a.sessionsNamed(text, i)
				a.section = text
				a.topic = ""
				a.last, a.recent = nil, nil
			case alphaWords(text) < 2:
				// a date or a tag line, no topic
			default:
				a.topic = prettyHeading(text, a.acronyms, a.proper)
				a.last, a.recent = nil, nil
				if inResources {
					resTitle = text
					resText = []string{text}
					resPage = pageNumber(b.Label, b.Page)
				}
			}
			continue
		}
		if inResources {
			if resTitle == "" {
				resTitle = b.Text
				resPage = pageNumber(b.Label, b.Page)
			}
			resText = append(resText, b.Text)
			if urlOnly.MatchString(b.Text) {
				p := a.newPassage(resPage, resPage, model.KindResource, nil, strings.Join(resText, " "))
				p.Resource = &model.Resource{Title: resTitle, URL: strings.TrimSpace(b.Text)}
				a.emit(p)
				resTitle, resText = "", nil
			}
			continue
		}
		if !hasWord(b.Text) {
			continue // separators such as "* * *"
		}
		if b.Link != "" && b.Item && len(strings.Fields(b.Text)) <= maxLinkedItemWords {
			// Rule linkedItem: a list item whose text is a web link's is a
			// reference to another document, whatever its words say
			// ("Fact Sheet: …", "Remarks by the President …").
			text := strings.TrimSpace(b.Text)
			pg := pageNumber(b.Label, b.Page)
			p := a.newPassage(pg, pageNumber(b.LabelEnd, b.PageEnd), model.KindResource, nil, text)
			p.Resource = &model.Resource{Title: strings.TrimSpace(strings.TrimLeftFunc(text, isMarkerRune)), URL: b.Link}
			a.emit(p)
			continue
		}
		if a.repeated[b.Text] >= 3 && b.Kind != doc.Paragraph {
			continue // card headers, photo credits, hashtags
		}
		if sp, ok := a.quoteBy[i]; ok || b.Kind == doc.Quote || a.talk != nil && quoteBlock(b) {
			text := strings.TrimSpace(b.Text)
			pg := pageNumber(b.Label, b.Page)
			if sp == nil && a.talk != nil && quoteBlock(b) {
				sp = a.talk // a quotation in a talk's section is the speaker's
			}
			if sp == nil {
				a.emit(a.newPassage(pg, pageNumber(b.LabelEnd, b.PageEnd), model.KindNarrative, nil, text))
				continue
			}
			p := a.newPassage(pg, pageNumber(b.LabelEnd, b.PageEnd), model.KindQuote, sp, text)
			p.Quote = strings.Trim(text, "\"“”' ")
			if m := inlineDashCredit.FindStringSubmatch(text); m != nil {
				p.Quote = strings.Trim(m[1], "\"“”' ")
			}
			a.emit(p)
			continue
		}
		a.paragraph(b)
	}
}

// sessionsNamed returns the sessions a heading names ("Main Takeaways
// from Opening Session and Panel 1").
func (a *attributor) sessionsNamed(text string, at int) []*session {
	f := " " + strings.Join(strings.Fields(fold(text)), " ") + " "
	var out []*session
	for i, s := range a.sessions {
		if a.sessionIndex[i] > at {
			continue // only sessions whose programme came before
		}
		short := " " + strings.Join(strings.Fields(fold(s.short)), " ")
		if strings.Contains(f, short+" ") {
			out = append(out, s)
		}
	}
	return out
}

func (a *attributor) newPassage(page, pageEnd int, kind string, sp *person, text string) model.Passage {
	p := model.Passage{
		Doc: a.d.ID, DocTitle: a.title, Page: page, PageEnd: max(page, pageEnd),
		Section: a.section, Kind: kind, Text: text, Topics: []string{}, Mentions: []string{},
	}
	if a.topic != "" {
		p.Topics = append(p.Topics, a.topic)
	}
	if a.tagger != nil {
		for _, t := range a.tagger.Tags(text) {
			if !contains(p.Topics, t) {
				p.Topics = append(p.Topics, t)
			}
		}
	}
	if sp != nil {
		s := sp.Speaker
		p.Speaker = &s
	}
	p.Session = a.sessionFor(sp)
	return p
}

// sessionFor decides where a passage was said: the speaker's programme
// session when the section covers it, else the section's session.
func (a *attributor) sessionFor(sp *person) string {
	if len(a.context) == 0 {
		return ""
	}
	if sp != nil && sp.session != nil {
		for _, s := range a.context {
			if s == sp.session {
				return s.label
			}
		}
	}
	if a.recent != nil && a.recent.session != nil && len(a.context) > 1 {
		for _, s := range a.context {
			if s == a.recent.session {
				return s.label
			}
		}
	}
	return a.context[len(a.context)-1].label
}

func (a *attributor) emit(p model.Passage) {
	n := a.seenPage[p.Page]
	a.seenPage[p.Page] = n + 1
	p.ID = fmt.Sprintf("%s-p%d-%d", a.d.ID, p.Page, n+1)
	p.Seq = len(a.out)
	// Other people named in the passage.
	for _, m := range a.mentions(tokenize(p.Text)) {
		if (p.Speaker == nil || m.p.ID != p.Speaker.ID) && !contains(p.Mentions, m.p.Name) {
			p.Mentions = append(p.Mentions, m.p.Name)
		}
	}
	a.out = append(a.out, p)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// maxLinkedItemWords bounds Rule linkedItem: a reference's title is short;
// a long item that links somewhere is text that holds a link.
const maxLinkedItemWords = 40

// isMarkerRune reports whether r may open a list item as its marker (a
// bullet, a dash) or the space after it; a title's own first character —
// a letter, a digit, a quotation mark, a bracket — is none.
func isMarkerRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("“\"‘'([¿¡$€£", r)
}
