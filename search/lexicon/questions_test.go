package lexicon

import "testing"

// TestQuestions: one case per class of questions.txt (verb forms, words
// opening a question) and words of neither.
func TestQuestions(t *testing.T) {
	for w, want := range map[string]bool{"asked": true, "wonders": true, "querying": true, "said": false, "whether": false} {
		if got := QuestionVerb(w); got != want {
			t.Errorf("QuestionVerb(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"whether": true, "how": true, "about": true, "that": false, "asked": false} {
		if got := QuestionWord(w); got != want {
			t.Errorf("QuestionWord(%q) = %v, want %v", w, got, want)
		}
	}
}
