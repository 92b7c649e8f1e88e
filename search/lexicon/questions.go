package lexicon

import _ "embed"

//go:embed questions.txt
var questionsTxt string

// questionVerbs and questionWords: questions.txt by class.
var questionVerbs, questionWords = func() (map[string]bool, map[string]bool) {
	v, w := map[string]bool{}, map[string]bool{}
	for _, f := range entries(questionsTxt) {
		switch f[0] {
		case "verb":
			for _, form := range f[1:] {
				v[form] = true
			}
		case "wh":
			for _, word := range f[1:] {
				w[word] = true
			}
		}
	}
	return v, w
}()

// QuestionVerb reports whether the folded word w is a form of a verb that
// reports a question ("asked", "wondered").
func QuestionVerb(w string) bool { return questionVerbs[w] }

// QuestionWord reports whether the folded word w opens a reported
// question ("whether", "how").
func QuestionWord(w string) bool { return questionWords[w] }
