package attrib

import (
	"embed"
	"strings"
)

// The word lists of attribution are data, in lexicon/*.txt: one entry a
// line, "#" starts a comment. lexicon_test.go tests each class of entry.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon is the parsed word lists, folded.
type lexiconT struct {
	cues    map[string]bool // every form of a speech verb
	framing map[string]bool // framing verbs: a cue only with "by"/a cue after
	// thatOnly: verbs of finding, a cue only before "that" ("found that")
	thatOnly map[string]bool
	motion   map[string]bool // motion verbs: a cue only before "that" or "to" + a verb
	between  [][]string      // phrases between a source and its cue
	groups   map[string]bool // group subjects (nobody in particular)
	titles   map[string]bool // title and role words before names
	// titleAlias maps an abbreviated title to the office it names
	titleAlias map[string]string
	honorific  map[string]bool   // courtesy titles, no office
	gender     map[string]string // pronoun → "m" / "f"
	possGender map[string]string // possessive pronoun → "m" / "f"
	attitude   map[string]bool   // adjectives of attitude ("worried that")
	copulas    map[string]bool   // copulas before them
	passive    map[string]bool   // participles whose "by X" is the source
	parties    map[string]string // folded party name → name as listed
	partyN     int               // the most words of a party name
	openers    map[string]bool   // clause openers, never names
	possess    map[string]bool   // nouns of "X's view was that"
	preps      map[string]bool   // prepositions
	orgs       map[string]bool   // words of organisations' names
	docs       map[string]bool   // words of documents' names
	dets       map[string]bool   // determiners
	base       map[string]bool   // the base form of every speech verb
	procedural map[string]bool   // participles of a meeting's decisions ("approved")
	delegates  map[string]bool   // nouns of a party's delegate ("representative"), rule delegateParty
	delegMods  map[string]bool   // their modifiers ("permanent")
	polities   map[string]bool   // polity nouns spelt as titles ("state")
	floor      map[string]bool   // words between a main verb and an infinitive of speech ("took the floor to")
	pastVerbs  map[string]bool   // irregular past forms ("took")
}

var lex = loadLexicon()

func lexLines(name string) [][]string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	var out [][]string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, strings.Fields(l))
	}
	return out
}

// wordSet returns the first words of lines as a set.
func wordSet(lines [][]string) map[string]bool {
	m := make(map[string]bool, len(lines))
	for _, ws := range lines {
		m[ws[0]] = true
	}
	return m
}

func loadLexicon() *lexiconT {
	l := &lexiconT{cues: map[string]bool{}, framing: map[string]bool{}, thatOnly: map[string]bool{}, motion: map[string]bool{},
		titles: map[string]bool{}, titleAlias: map[string]string{}, gender: map[string]string{}, possGender: map[string]string{},
		parties: map[string]string{}, base: map[string]bool{}}
	for _, ws := range lexLines("cues.txt") {
		dst, motion := l.cues, false
		if strings.HasPrefix(ws[0], "=") {
			dst = l.thatOnly
			ws[0] = ws[0][1:]
		} else if strings.HasPrefix(ws[0], "~") {
			dst = l.framing
			ws[0] = ws[0][1:]
		} else if strings.HasPrefix(ws[0], "^") {
			dst, motion = l.motion, true
			ws[0] = ws[0][1:]
		}
		if !motion {
			l.base[ws[0]] = true
		}
		forms := ws
		if len(ws) == 1 {
			forms = verbForms(ws[0])
		}
		if strings.Contains(ws[0], "_") { // a phrasal verb: "laid_out"
			forms = nil
			for _, w := range ws {
				forms = append(forms, strings.ReplaceAll(w, "_", " "))
			}
		}
		for _, f := range forms {
			dst[f] = true
		}
	}
	l.between = append(l.between, lexLines("between.txt")...)
	l.groups = wordSet(lexLines("groups.txt"))
	for _, ws := range lexLines("titles.txt") {
		l.titles[ws[0]] = true
		if len(ws) == 2 {
			l.titleAlias[ws[0]] = ws[1]
		}
	}
	l.honorific = wordSet(lexLines("courtesy.txt"))
	for _, ws := range lexLines("pronouns.txt") {
		l.gender[ws[0]] = ws[1]
	}
	l.attitude = wordSet(lexLines("attitude.txt"))
	l.copulas = wordSet(lexLines("copulas.txt"))
	for _, ws := range lexLines("possessives.txt") {
		l.possGender[ws[0]] = ws[1]
	}
	l.passive = wordSet(lexLines("passive.txt"))
	l.openers = wordSet(lexLines("openers.txt"))
	l.dets = wordSet(lexLines("determiners.txt"))
	l.docs = wordSet(lexLines("documents.txt"))
	l.orgs = wordSet(lexLines("organisations.txt"))
	l.preps = wordSet(lexLines("prepositions.txt"))
	l.procedural = wordSet(lexLines("procedural.txt"))
	l.possess = wordSet(lexLines("possessive.txt"))
	l.floor, l.pastVerbs = map[string]bool{}, map[string]bool{}
	for _, ws := range lexLines("predicate.txt") {
		if v, ok := strings.CutPrefix(ws[0], "!"); ok {
			l.pastVerbs[v] = true
		} else {
			l.floor[ws[0]] = true
		}
	}
	l.delegates, l.delegMods, l.polities = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ws := range lexLines("delegates.txt") {
		if m, ok := strings.CutPrefix(ws[0], "+"); ok {
			l.delegMods[m] = true
		} else if m, ok := strings.CutPrefix(ws[0], "*"); ok {
			l.polities[m] = true
		} else {
			l.delegates[ws[0]] = true
		}
	}
	for _, ws := range lexLines("parties.txt") {
		name := strings.Join(ws, " ")
		var fs []string
		for _, t := range tokenize(name) {
			fs = append(fs, t.f)
		}
		l.parties[strings.Join(fs, " ")] = name
		l.partyN = max(l.partyN, len(fs))
	}
	return l
}

// verbForms derives the forms of a regular verb: note → note, notes,
// noted, noting; clarify → clarifies, clarified, clarifying; stress →
// stresses, stressed, stressing.
func verbForms(base string) []string {
	out := []string{base}
	n := len(base)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(base, "ee"):
		out = append(out, base+"s", base+"d", base+"ing")
	case strings.HasSuffix(base, "e"):
		out = append(out, base+"s", base+"d", base[:n-1]+"ing")
	case strings.HasSuffix(base, "y") && n > 1 && !vowel(base[n-2]):
		out = append(out, base[:n-1]+"ies", base[:n-1]+"ied", base+"ing")
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") ||
		strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z"):
		out = append(out, base+"es", base+"ed", base+"ing")
	default:
		out = append(out, base+"s", base+"ed", base+"ing")
	}
	return out
}

// isCue reports whether toks[i] is a speech cue: a speech verb, a copula
// before an adjective of attitude and "that" ("is worried that"), or a
// framing verb followed within five words by "by", "with" or a speech verb.
func isCue(toks []token, i int) bool {
	f := toks[i].f
	if lex.motion[f] {
		return motionCue(toks, i)
	}
	if isCapitalized(toks[i].text) {
		return false // "State Counsellor", "Note:"
	}
	if lex.cues[f] {
		return !nounContext(toks, i)
	}
	// "Jane is worried that …": a copula before an adjective of attitude
	// and "that", "about" or "of" ("sceptical of the idea")
	if lex.copulas[f] && i+2 < len(toks) && lex.attitude[toks[i+1].f] && (toks[i+2].f == "that" || toks[i+2].f == "about" || toks[i+2].f == "of") {
		return true
	}
	// "Jane was sceptical: automatic transcripts …", "Jane was not
	// convinced: …": the copula, one "not" or adverb, the adjective,
	// then a colon and a clause
	if lex.copulas[f] && i+3 < len(toks) {
		k := i + 1
		if toks[k].f == "not" || isAdverb(toks[k]) {
			k++
		}
		if k+2 < len(toks) && lex.attitude[toks[k].f] && toks[k+1].f == ":" && isLetter(toks[k+2].f) {
			return true
		}
	}
	// "laid out", "pointed out"; "made the case", "made a plea"; "put it
	// to her"
	for n, ph := 1, f; n <= 3 && i+n < len(toks); n++ {
		if ph += " " + toks[i+n].f; lex.cues[ph] {
			return true
		}
	}
	if lex.thatOnly[f] && i+1 < len(toks) && (toks[i+1].f == "that" || toks[i+1].f == "how") {
		return true // "found that", "traced how"
	}
	if lex.thatOnly[f] && i >= 2 && i+1 < len(toks) && toks[i-2].f == "," && toks[i+1].f == "," && lex.gender[toks[i-1].f] != "" && !isCapitalized(toks[i-1].text) {
		return true // "Users who …, he found, were twice as likely …": a parenthetical cue after a he/she
	}
	if lex.framing[f] {
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].f == "by" || toks[k].f == "with" || lex.cues[toks[k].f] {
				return true
			}
			if toks[k].f == "." || toks[k].f == ";" {
				break
			}
		}
	}
	return false
}

// nounDeterminers make the cue word after them a noun ("the report", "their
// answer").
var nounDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true}

// Rule nounContext: a cue word right after an article, a possessive
// determiner or a possessive name is a noun, no verb ("Responding to Ms
// Roe's comment, Mr Berg said …": the comment is no cue of Ms Roe's).
// "that" is a determiner only before a cue's base form ("that report",
// not "that said").
func nounContext(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.f == "that" && !lex.base[toks[i].f] {
		return false
	}
	return nounDeterminers[prev.f] || possessive(prev) && isCapitalized(prev.text)
}

// motionNouns: lexicon/motions.txt.
var motionNouns = wordSet(lexLines("motions.txt"))

// Rule motion: a motion verb is a cue before "that" or "to" and a verb
// ("X moves that …", "X moved to approve …"), also after the motion's
// noun (motions.txt) and its seconder ("X moved an amendment, seconded
// by Y, that …", "X moved a motion to adjourn"), and in the passive
// opening a sentence when "that" or "to" and a verb follow ("Moved by
// X, seconded by Y, that …"); "Moved by X, seconded by Y." is a record.
func motionCue(toks []token, i int) bool {
	clause := func(k int) bool {
		if k+1 < len(toks) && toks[k].f == "that" {
			return true
		}
		if k+1 < len(toks) && toks[k].f == "to" {
			n := toks[k+1]
			return isLetter(n.f) && !isCapitalized(n.text) && !lex.dets[n.f] && !lex.preps[n.f] && n.f != "the"
		}
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	if toks[i+1].f == "by" {
		if i > 0 && toks[i-1].f != "," {
			return false
		}
		for k := i + 2; k < len(toks); k++ {
			if toks[k].f == ";" || toks[k].f == "." {
				return false
			}
			if toks[k-1].f == "," && clause(k) {
				return true
			}
		}
		return false
	}
	if isCapitalized(toks[i].text) {
		return false
	}
	if clause(i + 1) {
		return true
	}
	// "X moved an amendment, seconded by Y, that …", "X moved a motion
	// to adjourn": the motion's noun, perhaps its seconder, then the
	// clause
	k := i + 1
	if f := toks[k].f; f != "a" && f != "an" && f != "the" {
		return false
	}
	k++
	noun := false // a noun of motions.txt among the words
	for n := 0; n < 2 && k < len(toks) && isLetter(toks[k].f) && !isCapitalized(toks[k].text) && toks[k].f != "that" && toks[k].f != "to"; n++ {
		noun = noun || motionNouns[toks[k].f]
		k++
	}
	if !noun || k >= len(toks) {
		return false
	}
	if toks[k].f == "," {
		e := k + 1
		for e < len(toks) && e < k+10 && toks[e].f != "," {
			e++
		}
		if e+1 >= len(toks) || toks[e].f != "," {
			return false
		}
		k = e + 1
	}
	return clause(k)
}

// betweenBefore returns how many tokens before end form a phrase that may
// stand between a source and its cue (0 when none).
func betweenBefore(toks []token, end int) int {
	best := 0
	for _, ph := range lex.between {
		n := len(ph)
		if n > end || n <= best {
			continue
		}
		ok := true
		for k, w := range ph {
			if toks[end-n+k].f != w {
				ok = false
				break
			}
		}
		if ok {
			best = n
		}
	}
	return best
}

// partyAt returns the party whose name ends at toks[end-1] and how many
// tokens it spans (the longest name).
func partyAt(toks []token, end int) (string, int) {
	for n := min(lex.partyN, end); n >= 1; n-- {
		var fs []string
		for _, t := range toks[end-n : end] {
			fs = append(fs, t.f)
		}
		if name, ok := lex.parties[strings.Join(fs, " ")]; ok {
			return name, n
		}
	}
	return "", 0
}
