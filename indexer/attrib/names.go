package attrib

import (
	"strings"
	"unicode"
)

// nameParticles are the lower-case words that belong to the surname after
// them (data: lexicon/particles.txt); elidedParticles are the particles
// written joined to the surname by an apostrophe ("d'Aubigné"), class
// "elided" there, with a straight apostrophe.
var nameParticles, elidedParticles = func() (map[string]bool, []string) {
	m := map[string]bool{}
	var el []string
	for _, ws := range lexLines("particles.txt") {
		if len(ws) > 1 && ws[1] == "elided" {
			el = append(el, ws[0])
			continue
		}
		m[ws[0]] = true
	}
	return m, el
}()

// isParticle: a name particle, folded ("van", "den", "bin"); written
// capitalised it belongs to a name only before a capitalised word ("Van
// den Broeck"), which the callers check.
func isParticle(f string) bool { return nameParticles[f] }

// elidedName: a surname joined to an elided particle, "d'Aubigné" or
// "d’Aubigné": the particle in lower case, the rest capitalised.
func elidedName(s string) bool {
	s = strings.ReplaceAll(s, "’", "'")
	for _, p := range elidedParticles {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			for _, r := range rest {
				return unicode.IsUpper(r)
			}
		}
	}
	return false
}

// addressForms are the honorifics that are never a role ("Mr", "Dr").
var addressForms = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range lexLines("honorifics.txt") {
		if len(ws) > 1 && ws[1] == "address" {
			m[fold(ws[0])] = true
		}
	}
	return m
}()

// addressGender: the gender a form of address shows ("ms" → "f"),
// folded, without its dot.
var addressGender = func() map[string]string {
	m := map[string]string{}
	for _, ws := range lexLines("honorifics.txt") {
		if len(ws) > 2 && ws[1] == "address" {
			m[strings.TrimSuffix(fold(ws[0]), ".")] = ws[2]
		}
	}
	return m
}()

// officeForms are the forms of address that are part of the office
// before a title word ("Lord Mayor"), with their capital (honorifics.txt,
// fourth field "office").
var officeForms = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range lexLines("honorifics.txt") {
		if len(ws) > 3 && ws[1] == "address" && ws[3] == "office" {
			m[ws[0]] = true
		}
	}
	return m
}()

// firstNameForms are the forms of address that take the first name
// ("Sir Tomas"), folded (lexicon/honorifics.txt, fourth field "first").
var firstNameForms = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range lexLines("honorifics.txt") {
		if len(ws) > 3 && ws[1] == "address" && ws[3] == "first" {
			m[strings.TrimSuffix(fold(ws[0]), ".")] = true
		}
	}
	return m
}()

// fullNameOf returns the full name the document gives a name written
// short in running text: an honorific and one name word (rule
// honorificName), a surname with its particles (rule particleSurname).
func (a *attributor) fullNameOf(name string) string {
	return a.givenNames(a.particleSurname(a.honorificName(name)))
}

// personWords: no word of name is an organisation's, a document's or a
// group's (lexicon/organisations.txt, documents.txt, groups.txt).
func personWords(name string) bool {
	for _, t := range tokenize(name) {
		if lex.orgs[t.f] || lex.docs[t.f] || lex.groups[t.f] {
			return false
		}
	}
	return true
}

// Rule givenNames: two given names written without the surname ("Ana
// Maria" after "Ana Maria Lind") name the one person the document
// names in full starting with them; name unchanged when it names no one or
// several so.
func (a *attributor) givenNames(name string) string {
	ws := strings.Fields(name)
	if len(ws) != 2 {
		return name
	}
	found := ""
	for _, c := range a.names["f:"+fold(ws[0])] {
		if !strings.HasPrefix(fold(c), fold(name)+" ") || !personWords(c) {
			continue // not the name, or "Jane Roe Foundation": an organisation
		}
		if found != "" && fold(found) != fold(c) && !strings.HasPrefix(fold(c), fold(found)+" ") {
			if strings.HasPrefix(fold(found), fold(c)+" ") {
				continue // the longer of two nested names ("Ana Maria Lind Berg")
			}
			return name // several people
		}
		if found == "" || len(c) > len(found) {
			found = c
		}
	}
	if found == "" {
		return name
	}
	return found
}

// Rule particleSurname: a surname with its particles ("Van der Berg"
// opening a sentence, "de la Cruz") names the one person the document
// names in full with it ("Pieter van der Berg"), whatever the case of the
// particles; name unchanged when it names no one or several so.
func (a *attributor) particleSurname(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || !isParticle(fold(ws[0])) {
		return name
	}
	f := fold(name)
	found := ""
	for _, c := range a.names["s:"+fold(ws[len(ws)-1])] {
		fc := fold(c)
		if !strings.HasSuffix(fc, " "+f) || isParticle(strings.Fields(fc)[0]) {
			continue
		}
		if found != "" && fold(found) != fc {
			return name // several people
		}
		found = c
	}
	if found == "" {
		return name
	}
	return found
}

// Rule honorificName: a form of address before one name word ("Sir
// Tomas", "Lord Ashby", "Dame Ann") names the one person the document
// names in full so: by the first name after a form that takes it
// (firstNameForms), else by the surname first. It returns the name with
// its form of address ("Sir Tomas Roe"), or name unchanged when the
// document names no one or several so.
func (a *attributor) honorificName(name string) string {
	hon, rest := splitHonorific(name)
	if hon == "" || rest == "" || strings.ContainsRune(rest, ' ') {
		return name
	}
	hs := strings.Fields(hon)
	first := firstNameForms[strings.TrimSuffix(fold(hs[len(hs)-1]), ".")]
	full := a.fullName(fold(rest), !first)
	if full == "" || first && !strings.HasPrefix(fold(full), fold(rest)+" ") {
		return name
	}
	return hon + " " + full
}

func firstWords(lines [][]string) []string {
	out := make([]string, len(lines))
	for i, ws := range lines {
		out[i] = ws[0]
	}
	return out
}

// splitTitles tidies what the running text puts before and after a
// name, "Dr Jean Roe of the Basin Commission" or "Mr van Aalst": the
// honorifics at the start of role go to hon, never to the role; name
// particles at its end ("van", "bin") go back to the name; a role that is
// then only "of X" is an affiliation, not a role.
func splitTitles(role, name string) (hon, role2, name2, affiliation string) {
	hon, role2 = splitHonorific(strings.Join(strings.Fields(role), " "))
	name2 = name
	for {
		i := strings.LastIndexByte(role2, ' ')
		last := role2[i+1:]
		if last == "" || !nameParticles[fold(last)] {
			break
		}
		name2 = last + " " + name2
		role2 = strings.TrimSpace(role2[:max(i, 0)])
	}
	if rest, ok := strings.CutPrefix(role2, "of "); ok {
		affiliation = strings.TrimSpace(strings.TrimPrefix(rest, "the "))
		role2 = ""
	}
	return hon, role2, name2, affiliation
}
