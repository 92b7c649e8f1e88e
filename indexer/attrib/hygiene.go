package attrib

import (
	"fmt"
	"slices"
	"strings"

	"github.com/osce-tools/confsearch/model"
)

// maxRoleWords bounds a role: longer text is a clause, not a role.
const maxRoleWords = 30

// RegistryProblems checks one document's registry against the rules every
// registry keeps, and returns one line per breach:
//   - a name holds no title, role or clause-opening word ("Co-facilitator
//     X", "MP X", "However X") and starts with a capital;
//   - a role is a role: no clause ("declaring that …", "who …") or bare
//     article ("The"), and at most maxRoleWords words (a description is
//     as printed, of any length);
//   - one entry per person: no name that is another entry's name with
//     words left out ("Okafor" beside "Ada Okafor");
//   - nobody without a passage, unless the programme names them (a part
//     or a session).
//
// `make eval` runs it over the suite; tests run it on fixtures.
func RegistryProblems(speakers []model.Speaker, passages []model.Passage) []string {
	var out []string
	credited := map[string]int{}
	for _, p := range passages {
		if p.Speaker != nil {
			credited[p.Speaker.ID]++
		}
	}
	for _, s := range speakers {
		toks := tokenize(s.Name)
		if len(toks) == 0 || !isCapitalized(toks[0].text) && !(nameParticles[toks[0].f] && len(toks) > 1 && isCapitalized(toks[len(toks)-1].text)) {
			out = append(out, fmt.Sprintf("%s: name %q does not start with a capital", s.ID, s.Name))
		}
		org := lex.orgs[toks[len(toks)-1].f] // an organisation that speaks ("High Seas Youth Coalition") may hold a title word
		for _, t := range toks {
			if !org && (lex.titles[t.f] || lex.titles[strings.TrimSuffix(t.f, ".")] || lex.openers[t.f] && isCapitalized(t.text)) {
				out = append(out, fmt.Sprintf("%s: name %q holds the title or clause word %q", s.ID, s.Name, t.text))
				break
			}
		}
		if ws := strings.Fields(s.Role); len(ws) > 0 && addressForms[fold(ws[0])] && !(officeForms[ws[0]] && len(ws) > 1 && lex.titles[fold(ws[1])]) {
			out = append(out, fmt.Sprintf("%s: role %q starts with a form of address (an honorific)", s.ID, s.Role))
		}
		if ws := strings.Fields(s.Role); len(ws) > 0 && nameParticles[ws[len(ws)-1]] {
			out = append(out, fmt.Sprintf("%s: role %q ends with a name particle", s.ID, s.Role))
		}
		for _, field := range []struct{ name, v string }{{"role", s.Role}, {"organisation", s.Organisation}, {"country", s.Country}, {"description", s.Description}} {
			if msg := fieldProblem(field.v, field.name != "description"); msg != "" {
				out = append(out, fmt.Sprintf("%s: %s %q %s", s.ID, field.name, field.v, msg))
			}
		}
		if credited[s.ID] == 0 && s.Part == "" && s.Session == "" {
			out = append(out, fmt.Sprintf("%s: %q has no passage and no programme slot", s.ID, s.Name))
		}
	}
	for _, s := range speakers {
		fs := nameWords(s.Name)
		for _, o := range speakers {
			if o.ID == s.ID {
				continue
			}
			fo := nameWords(o.Name)
			if len(fs) < len(fo) && len(fs) > 0 && fs[len(fs)-1] == fo[len(fo)-1] && subset(fs, fo) {
				out = append(out, fmt.Sprintf("%s: %q and %q are one person", s.ID, s.Name, o.Name))
			}
		}
	}
	return out
}

// fieldProblem returns why a role, organisation or country is no such
// field ("" when it is one).
func fieldProblem(v string, bounded bool) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	toks := tokenize(v)
	if len(toks) == 0 {
		return "has no words"
	}
	first, last := toks[0], toks[len(toks)-1]
	switch {
	case bounded && len(strings.Fields(v)) > maxRoleWords:
		return "is a clause, not a role"
	case len(toks) == 1 && (first.f == "the" || first.f == "a" || first.f == "an"):
		return "is an article"
	case !isCapitalized(first.text) && (strings.HasSuffix(first.f, "ing") || first.f == "who" || first.f == "which" || first.f == "that"):
		return "opens a clause"
	case lex.openers[first.f] && first.f != "the" && first.f != "of" && first.f != "for":
		return "opens with a clause word"
	case last.f == "that" || last.f == "and" || last.f == "of" || last.f == "the":
		return "is cut off"
	}
	return ""
}

func nameWords(name string) []string {
	var out []string
	for _, t := range tokenize(name) {
		if len(t.f) > 0 && isLetter(t.f) {
			out = append(out, t.f)
		}
	}
	return out
}

func isLetter(s string) bool {
	for _, r := range s {
		return r >= 'a' && r <= 'z' || r > 0x7f
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
