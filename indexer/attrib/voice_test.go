package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestAuthorVoice: rule authorVoice on invented write-ups.
func TestAuthorVoice(t *testing.T) {
	byline := para("Posted by Nadia Ferreira-Holm on the field notes blog")
	own := para("I spent two days at the Harbour Forum and promised a summary.")
	talk := para("Dr Jane Okoro-Lind presented survey data from the estuary. She warned that the marsh was shrinking. I found this the most useful talk of the day.")
	tests := []ruleCase{
		{
			name:   "the author's remark after a speaker's sentences is nobody's",
			blocks: []doc.Block{byline, own, talk},
			want:   []passageWant{{"marsh was shrinking", "Jane Okoro-Lind", "statement"}, {"most useful talk", "", "narrative"}},
		},
		{
			name: "a pronoun after the author's remark resumes the speaker",
			blocks: []doc.Block{byline, own,
				para("Dr Jane Okoro-Lind presented survey data. I thought the maps were superb. She added that funding ends in May.")},
			want: []passageWant{{"maps were superb", "", "narrative"}, {"funding ends in May", "Jane Okoro-Lind", "statement"}},
		},
		{
			name: "an opening word before the author's I",
			blocks: []doc.Block{byline, own,
				para("Dr Jane Okoro-Lind warned that the marsh was shrinking. Frankly, I was not convinced by the figures.")},
			want: []passageWant{{"not convinced", "", "narrative"}},
		},
		{
			name: "I inside a quotation is the speaker's",
			blocks: []doc.Block{byline, own,
				para("Dr Jane Okoro-Lind warned that the marsh was shrinking. “I found the figures alarming,” she said.")},
			want: []passageWant{{"figures alarming", "Jane Okoro-Lind", "quote"}},
		},
		{
			name:   "I in a labelled turn is the speaker's",
			blocks: []doc.Block{byline, own, para("Jane Okoro-Lind: I think the marsh is shrinking faster than we feared.")},
			want:   []passageWant{{"shrinking faster", "Jane Okoro-Lind", "statement"}},
		},
		{
			name:   "without a byline the author's voice is not assumed",
			blocks: []doc.Block{own, talk},
			want:   []passageWant{{"most useful talk", "Jane Okoro-Lind", "statement"}},
		},
		{
			name:   "a byline without the author's own first person is not enough",
			blocks: []doc.Block{byline, para("Two days of talks filled the Harbour Forum."), talk},
			want:   []passageWant{{"most useful talk", "Jane Okoro-Lind", "statement"}},
		},
	}
	runRuleCases(t, tests, false)
}

// TestBylineBlock: each class of lexicon/authorlines.txt, and lines that
// are no byline.
func TestBylineBlock(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"By Jane Roe", true},                        // the bare preposition
		{"Posted by Jane Roe on the lab blog", true}, // a verb of publishing
		{"Written by Jane Okoro-Lind, 3 May", true},  // a verb of writing
		{"By the river, a new bridge", false},        // no name
		{"Presented by Jane Roe", false},             // a speaker's credit, not an author's
		{"posted by Jane Roe", false},                // inside a sentence
		{"By Jane Roe and many others who attended the forum and wrote down what they heard there", false}, // too long
	}
	for _, tc := range tests {
		if got := bylineBlock(tc.text); got != tc.want {
			t.Errorf("bylineBlock(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFirstPersonSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"I found this sobering.", true},
		{"Frankly, I was not convinced.", true},
		{"I. Introduction", false},
		{"“I found it,” she said.", false},
		{"In my view the data hold.", false},
		{"She said I was wrong.", false},
	}
	for _, tc := range tests {
		if got := firstPersonSentence(tokenize(tc.text)); got != tc.want {
			t.Errorf("firstPersonSentence(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
