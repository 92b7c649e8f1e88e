package attrib

import (
	"slices"
	"strings"
	"unicode"
)

// Rule handleName: notes written on a code forge or a chat name people by
// their handles ("@jroe said …"). A handle is the person the document
// pairs it with: "Jane Roe (@jroe)" in an attendee list, or "@jroe (Jane
// Roe)". A handle nobody pairs is someone we cannot name: as a subject it
// is another source (the sentence is nobody's, and it stops the
// carry-over of the source before), never the person before.

// handleAt: toks[i] is "@" written against the word after it ("@jroe"),
// not inside a word ("help@jroe.example"); the word is the handle
// (folded).
func handleAt(toks []token, i int) (string, bool) {
	if i < 0 || i+1 >= len(toks) || toks[i].text != "@" || toks[i+1].start != toks[i].end || !isLetter(toks[i+1].f) ||
		i > 0 && toks[i-1].end == toks[i].start && wordToken(toks[i-1]) {
		return "", false
	}
	return toks[i+1].f, true
}

// maxHandleName bounds the words of a name paired with a handle.
const maxHandleName = 5

// pairHandles reads the names the document writes beside handles ("Jane
// Roe (@jroe)", "@jroe (Jane Roe)"). A handle paired with two names is
// no one's.
func (a *attributor) pairHandles() {
	a.handleNames = map[string]string{}
	clash := map[string]bool{}
	pair := func(h, name string) {
		if !looksLikeName(name) {
			return
		}
		old, ok := a.handleNames[h]
		if ok && fold(old) != fold(name) {
			clash[h] = true
		}
		if !ok && len(a.handleNames) >= maxTextSpeakers {
			return // no meeting has more people; a hostile file cannot make findHandles quadratic
		}
		a.handleNames[h] = name
	}
	for _, b := range a.d.Blocks {
		if !strings.Contains(b.Text, "@") {
			continue
		}
		toks := tokenize(b.Text)
		for i := range toks {
			h, ok := handleAt(toks, i)
			if !ok {
				continue
			}
			// "Jane Roe (@jroe)": the name words before the bracket
			if i >= 2 && toks[i-1].f == "(" && i+2 < len(toks) && toks[i+2].f == ")" {
				k := i - 1
				for k > 0 && i-1-k < maxHandleName && isNameWord(toks[k-1].text) {
					k--
				}
				if k < i-1 {
					pair(h, b.Text[toks[k].start:toks[i-2].end])
				}
			}
			// "@jroe (Jane Roe)"
			if k := i + 2; k < len(toks) && toks[k].f == "(" {
				e := k + 1
				for e < len(toks) && e-k <= maxHandleName && isNameWord(toks[e].text) {
					e++
				}
				if e > k+1 && e < len(toks) && toks[e].f == ")" {
					pair(h, b.Text[toks[k+1].start:toks[e-1].end])
				}
			}
		}
	}
	for h := range clash {
		delete(a.handleNames, h)
	}
}

// Rule handleGivenName: the word a paired handle opens with, when it is a
// short form that the person's given name ends or begins with ("Seun" for
// "Oluwaseun Adebanjo-Reiss (@seun-ar)"), is that person's given name
// ("Seun asked …"): for registering (a.names, before registryFromText)
// and for finding mentions (person.short, findHandles). It names nobody
// when another full name begins with it.
func handleShortName(h, name string) string {
	if i := strings.IndexFunc(h, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		h = h[:i] // "seun-ar": "seun"
	}
	ws := strings.Fields(name)
	if len(ws) < 2 || len([]rune(h)) < 3 {
		return ""
	}
	given := fold(ws[0])
	if given == h || !strings.HasSuffix(given, h) && !strings.HasPrefix(given, h) {
		return ""
	}
	return h
}

// handleGivenNames adds each handle's short given name to the full names
// the document gives by first name (rule handleGivenName).
func (a *attributor) handleGivenNames() {
	a.handleShort = map[string]bool{}
	seen := map[string]string{} // short form → the one given name it shortens
	clash := map[string]bool{}
	for h, name := range a.handleNames {
		if short := handleShortName(h, name); short != "" {
			if g, ok := seen[short]; ok && g != fold(strings.Fields(name)[0]) {
				clash[short] = true // "@alex-p", "@alexq": Alexandra or Alexander
			}
			seen[short] = fold(strings.Fields(name)[0])
		}
	}
	for key := range a.names {
		// another given name the document writes that the short form
		// begins ("Chris" for Christina and Christopher)
		if g, ok := strings.CutPrefix(key, "f:"); ok {
			for short, given := range seen {
				if g != given && g != short && (strings.HasPrefix(g, short) || strings.HasSuffix(g, short)) {
					clash[short] = true
				}
			}
		}
	}
	for h, name := range a.handleNames {
		if short := handleShortName(h, name); short != "" && !clash[short] {
			a.handleShort[short] = true
			if !slices.Contains(a.names["f:"+short], name) {
				a.names["f:"+short] = append(a.names["f:"+short], name)
			}
		}
	}
}

// registerHandle registers the person a handle subject names, when the
// document pairs it with a name (registryFromText).
func (a *attributor) registerHandle(toks []token, s subject) {
	if s.end-s.start != 2 {
		return
	}
	if h, ok := handleAt(toks, s.start); ok && a.handleNames[h] != "" {
		a.register(newPerson(a.handleNames[h], "", nil, "", a.d.ID))
	}
}

// findHandles maps each paired handle to the registry person its name
// is.
func (a *attributor) findHandles() {
	a.handles = map[string]*person{}
	for h, name := range a.handleNames {
		toks := tokenize(name)
		if ms := a.mentions(toks); len(ms) == 1 && ms[0].start == 0 && ms[0].end == len(toks) {
			a.handles[h] = ms[0].p
			if short := handleShortName(h, name); short != "" && a.handleShort[short] && ms[0].p.short == "" {
				ms[0].p.short = short
				a.reg.changed(ms[0].p)
			}
		}
	}
}

// wordToken: a token of letters or digits, no punctuation mark.
func wordToken(t token) bool {
	for _, r := range t.text {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}
