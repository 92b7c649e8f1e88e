// Package lexicon holds the English word lists that quote verification
// needs to tell a change of meaning from a change of wording: negations,
// number words, personal pronouns, antonyms, and the words of an editor's
// note in brackets ("[sic]"). The lists are data
// (embedded text files, one entry a line), general English, never words of
// one document; antonyms.txt is derived from WordNet 3.0 by gen_antonyms.py
// (see LICENSE-WordNet) and antonyms-extra.txt adds pairs WordNet does not
// link directly (regenerate: apt-get install wordnet-base, then
// python3 gen_antonyms.py > antonyms.txt). Words are compared folded
// (lower case, no accents).
package lexicon

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

var (
	//go:embed negations.txt
	negationsTxt string
	//go:embed numbers.txt
	numbersTxt string
	//go:embed pronouns.txt
	pronounsTxt string
	//go:embed antonyms.txt
	antonymsTxt string
	//go:embed antonyms-extra.txt
	antonymsExtraTxt string
	//go:embed editorial.txt
	editorialTxt string
)

// The lists, parsed on first use (the antonyms take 2 ms, which every
// process of the binary would otherwise pay at start-up, workers
// included); read-only afterwards.
var (
	negations     = set(negationsTxt)
	numbers       = set(numbersTxt)
	pronouns      = set(pronounsTxt)
	editorials    = set(editorialTxt)
	antonymTables = sync.OnceValue(loadAntonyms)
)

// antonymTable holds the antonym pairs (both ways) and the irregular
// forms (inflected form → base forms).
type antonymTable struct {
	pairs     map[string]map[string]bool
	irregular map[string][]string
}

func loadAntonyms() antonymTable {
	t := antonymTable{pairs: map[string]map[string]bool{}, irregular: map[string][]string{}}
	link := func(a, b string) {
		if t.pairs[a] == nil {
			t.pairs[a] = map[string]bool{}
		}
		t.pairs[a][b] = true
	}
	for _, txt := range []string{antonymsTxt, antonymsExtraTxt} {
		for _, f := range entries(txt) {
			switch {
			case len(f) == 3 && f[0] == "=":
				t.irregular[f[1]] = append(t.irregular[f[1]], f[2])
			case len(f) == 2:
				link(f[0], f[1])
				link(f[1], f[0])
			}
		}
	}
	return t
}

// entries returns the fields of each line of txt that is neither empty nor
// a comment.
func entries(txt string) [][]string {
	var out [][]string
	for line := range strings.SplitSeq(txt, "\n") {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(f[0], "#") {
			out = append(out, f)
		}
	}
	return out
}

func set(txt string) map[string]bool {
	m := map[string]bool{}
	for _, f := range entries(txt) {
		m[f[0]] = true
	}
	return m
}

// Negation reports whether the folded word w negates: a word of
// negations.txt, or a contraction ending in n't ("don't", "won't").
func Negation(w string) bool {
	return negations[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// Number reports whether the folded word w is a number: written with
// digits ("37", "10,000", "2.5", "2%"), or a number word ("seven",
// "million", "half").
func Number(w string) bool {
	if numbers[w] {
		return true
	}
	if _, ok := compoundNumber(w); ok {
		return true
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Expand returns the words a folded word is short for: a contraction with
// n't ("doesn't" → "does not", "can't" → "can not", "won't" → "will
// not") or of have, are, will or am ("I've" → "I have", "we're" → "we
// are"; not 's or 'd, which stand for two words each), a number word up
// to ninety-nine as digits ("seven" → "7", "forty-eight" → "48"); the
// word itself otherwise.
func Expand(w string) []string {
	w = strings.ReplaceAll(w, "’", "'")
	for _, c := range contractions {
		if stem, ok := strings.CutSuffix(w, c[0]); ok && stem != "" && !strings.Contains(stem, "'") {
			return []string{stem, c[1]}
		}
	}
	if n, ok := compoundNumber(w); ok {
		return []string{n}
	}
	if stem, ok := strings.CutSuffix(w, "n't"); ok && stem != "" {
		switch stem {
		case "ca":
			stem = "can"
		case "wo":
			stem = "will"
		case "sha":
			stem = "shall"
		}
		return []string{stem, "not"}
	}
	if w == "cannot" {
		return []string{"can", "not"}
	}
	if n, ok := numberWords[w]; ok {
		return []string{n}
	}
	return []string{w}
}

// contractions are the endings of contracted verbs that stand for one
// word each, and the word.
var contractions = [][2]string{{"'ve", "have"}, {"'re", "are"}, {"'ll", "will"}, {"'m", "am"}}

// compoundNumber returns the digits of a hyphenated number word from
// twenty-one to ninety-nine ("forty-eight" → "48").
func compoundNumber(w string) (string, bool) {
	tens, unit, ok := strings.Cut(w, "-")
	if !ok {
		return "", false
	}
	t, u := numberWords[tens], numberWords[unit]
	if len(t) != 2 || t[1] != '0' || t == "10" || len(u) != 1 || u == "0" {
		return "", false
	}
	return t[:1] + u, true
}

// numberWords are the number words Expand writes as digits.
var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
	"eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}

// Pronoun reports whether the folded word w is a personal pronoun.
func Pronoun(w string) bool { return pronouns[w] }

// Antonyms reports whether the folded words a and b are antonyms, in any
// inflection: "increased"/"decreasing", "higher"/"lower", "men"/"women",
// "better"/"worse", "legal"/"illegal".
func Antonyms(a, b string) bool {
	if a == b {
		return false
	}
	bs := Bases(b)
	for _, x := range Bases(a) {
		for _, y := range bs {
			if antonymTables().pairs[x][y] {
				return true
			}
		}
	}
	return false
}

// AnyAntonyms reports whether a word of as and a word of bs are
// antonyms; it finds each word's base forms once.
func AnyAntonyms(as, bs []string) bool {
	var bb [][]string
	for _, b := range bs {
		if len(Bases(b)) > 1 || antonymTables().pairs[b] != nil {
			bb = append(bb, Bases(b))
		}
	}
	if len(bb) == 0 {
		return false
	}
	for _, a := range as {
		xs := Bases(a)
		for _, ys := range bb {
			if ys[0] == a {
				continue
			}
			for _, x := range xs {
				for _, y := range ys {
					if antonymTables().pairs[x][y] {
						return true
					}
				}
			}
		}
	}
	return false
}

// suffixes are WordNet morphy's detachment rules for nouns, verbs and
// adjectives: an inflected ending and what replaces it.
var suffixes = [][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
	{"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
	{"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// Bases returns w and the base forms it may inflect, as WordNet's morphy
// finds them: its exception lists, then its detachment rules, keeping the
// candidates the lexicon knows (and w itself).
func Bases(w string) []string {
	out := []string{w}
	out = append(out, antonymTables().irregular[w]...)
	for _, s := range suffixes {
		if stem, ok := strings.CutSuffix(w, s[0]); ok && stem != "" {
			if b := stem + s[1]; antonymTables().pairs[b] != nil {
				out = append(out, b)
			}
			// a doubled final consonant: "bigger" → "big", "planned" → "plan"
			if n := len(stem); s[1] == "" && n > 2 && stem[n-1] == stem[n-2] && antonymTables().pairs[stem[:n-1]] != nil {
				out = append(out, stem[:n-1])
			}
		}
	}
	return out
}

// Editorial reports whether the folded word w is a word of an editor's
// note in brackets ("[sic]", "[emphasis added]", "[laughter]"), which
// stands for no word of the speaker's.
func Editorial(w string) bool { return editorials[w] }
