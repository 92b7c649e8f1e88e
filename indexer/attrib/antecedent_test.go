package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestAntecedent: a he/she goes to the person the nearest sentence before
// it names (rule antecedent), a sentence about a person that opens a
// paragraph makes them the pronoun's speaker (rule topicSpeaker), and
// no pronoun goes to someone of the other gender, past someone named
// closer, or across a heading.
func TestAntecedent(t *testing.T) {
	heading := func(text string) doc.Block { return doc.Block{Kind: doc.Heading, Size: 14, Text: text} }
	tests := []ruleCase{
		{
			name: "a paragraph opening with a sentence about someone makes them the pronoun's speaker",
			blocks: []doc.Block{
				para("Mr Ivo Starr said that budgets matter."),
				para("Dr Pavel Okonjo took a harder line. He contended that levies fail. “Nobody ever pays for the rain,” he said."),
			},
			want: []passageWant{{"levies fail", "Pavel Okonjo", "statement"}, {"pays for the rain", "Pavel Okonjo", "quote"}},
		},
		{
			name: "the opening subject with an affiliation in brackets and a quoted title",
			blocks: []doc.Block{
				para("Ms Ada Brenner said that budgets matter."),
				para("Professor Lotte Varga (University of Tarn) gave the keynote, “Floods are local.” She argued that maps mislead planners."),
			},
			want: []passageWant{{"maps mislead planners", "Lotte Varga", "statement"}},
		},
		{
			name: "rule topicSpeaker: a title phrase with words of its own before the name is no name",
			blocks: []doc.Block{
				para("Ms Ada Brenner said that budgets matter."),
				para("Chief Operating Officer Lotte Varga walked through the plans. She explained that costs fell."),
				para("Ms Ada Brenner said that budgets matter."),
				para("Chief Operating Officer Lotte Varga and Dr Pavel Okonjo toured the site. She explained that costs fell again."),
			},
			want: []passageWant{{"costs fell.", "Lotte Varga", "statement"}, {"costs fell again", "", "narrative"}},
		},
		{
			name: "the one person a sentence names, in any position",
			blocks: []doc.Block{
				para("Ms Ada Brenner said that budgets matter."),
				para("The Committee then heard from Dr Pavel Okonjo. He warned that levies fail."),
			},
			want: []passageWant{{"levies fail", "Pavel Okonjo", "statement"}},
		},
		{
			name: "someone named closer blocks the carry-over from the previous paragraph's speaker",
			blocks: append(programme(),
				para("Peter Olsen said that data matter."),
				para("The panel then heard from Mr Ivo Starr of the Basin Board. He warned that floods rise."),
				para("Peter Olsen said that maps help."),
				para("Dr Pavel Okonjo took a harder line. He contended that levies fail."),
			),
			// not Peter Olsen's: "He" is the one the paragraph opens with
			// (rule topicName registers him), Mr Starr is named inside a
			// sentence and stays unknown
			want: []passageWant{{"floods rise", "", "narrative"}, {"levies fail", "Pavel Okonjo", "statement"}},
		},
		{
			name: "an office as the subject: its one holder, or nobody when no one holds it",
			blocks: []doc.Block{
				para("Ms Ada Brenner (Chair) said the hearing was open. Mr Ivo Starr said costs rise."),
				para("The Chair looked at the clock. She said that the hearing was closed."),
				para("Mr Ivo Starr said costs rise."),
				para("The Minister looked at the figures. He said that funds were found."),
			},
			want: []passageWant{{"hearing was closed", "Ada Brenner", "statement"}, {"funds were found", "", "narrative"}},
		},
		{
			name: "a sentence without a cue resumes only the paragraph's speaker, not someone named between",
			blocks: []doc.Block{
				para("Kim Roe said the plan works. Dr Tom Lind said so too."),
				para("Kim Roe said the plan works. The report by Dr Tom Lind is long. He has worked on it for years."),
			},
			want: []passageWant{{"worked on it for years", "", "narrative"}},
		},
		{
			name: "a form of address shows the gender: past a man, she is the woman before him",
			blocks: []doc.Block{
				para("Ms Ada Brenner said the fund was small. Mr Ivo Starr disagreed. She added that costs rise."),
			},
			want: []passageWant{{"costs rise", "Ada Brenner", "statement"}},
		},
		{
			name: "a clause's pronoun of the other gender is not the clause before's",
			blocks: []doc.Block{
				para("Ms Ada Brenner said the fund was small. Mr Ivo Starr agreed, but she warned that costs rise."),
				para("Mr Ivo Starr said the fund was large, but she warned that costs fall."),
			},
			want: []passageWant{{"costs rise", "Ada Brenner", "statement"}, {"costs fall", "", "narrative"}},
		},
		{
			name: "never a pronoun of the other gender",
			blocks: []doc.Block{
				para("Dame Ada Brenner said the fund was small. He added that costs rise."),
				para("Sir Ivo Starr said the fund was large. She added that costs fall."),
			},
			want: []passageWant{{"costs rise", "", "narrative"}, {"costs fall", "", "narrative"}},
		},
		{
			name: "a sentence without a cue does not continue someone of the other gender",
			blocks: []doc.Block{
				para("Mr Ivo Starr said the fund was large. She has run the fund for years."),
			},
			want: []passageWant{{"run the fund", "", "narrative"}},
		},
		{
			name: "a subject of unknown gender beside someone shown to fit: nobody",
			blocks: []doc.Block{
				para("Ms Ada Brenner said the fund was small. Kim Roe said so too."),
				para("Kim Roe introduced Ms Ada Brenner. She said that the fund grows."),
			},
			want: []passageWant{{"the fund grows", "", "narrative"}},
		},
		{
			name: "a reply is not the asker's",
			blocks: []doc.Block{
				para("Kim Roe said the dam was safe; she expects no leaks. Sam Berg asked whether the spillway would hold. She replied that it would."),
				para("Sam Berg asked about costs. He added that the budget was tight."),
				para("Mr Sam Berg asked Kim Roe whether the gates work. She replied that they do."),
			},
			want: []passageWant{{"that it would", "Kim Roe", "statement"}, {"budget was tight", "Sam Berg", "statement"}, {"that they do", "Kim Roe", "statement"}},
		},
		{
			name: "two subjects of a fitting gender: nobody",
			blocks: []doc.Block{
				para("Kim Roe said the dam was safe. Sam Berg said so too."),
				para("Kim Roe and Sam Berg visited the site. She said that the dam leaks."),
			},
			want: []passageWant{{"the dam leaks", "", "narrative"}},
		},
		{
			name: "no pronoun across a heading",
			blocks: []doc.Block{
				{Kind: doc.Heading, Size: 20, Text: "Day one"},
				para("Kim Roe said that costs rise."),
				heading("Discussion"),
				para("She added that the budget is tight."),
			},
			want: []passageWant{{"budget is tight", "", "narrative"}},
		},
		{
			name: "a possessive opener names the pronoun's speaker; his or her view is a cue",
			blocks: []doc.Block{
				para("Kim Roe said that costs rise. Sam Berg said so too."),
				para("Kim Roe's talk was short. She argued that caches help."),
				para("Ms Ada Brenner said the fund was small."),
				para("Ms Ada Brenner returned to funding. Her view was that grants work."),
			},
			want: []passageWant{{"caches help", "Kim Roe", "statement"}, {"grants work", "Ada Brenner", "statement"}},
		},
		{
			name: "a possessive opener registers someone the text names nowhere else",
			blocks: []doc.Block{
				para("Mr Ivo Starr said that budgets matter."),
				para("Dr Pavel Okonjo’s talk was about rain. He argued that levies fail."),
			},
			want: []passageWant{{"levies fail", "Pavel Okonjo", "statement"}},
		},
		{
			name: "in a talk's section a pronoun that meets nobody is the speaker's",
			blocks: []doc.Block{
				{Kind: doc.Heading, Size: 20, Text: "Lightning talks"},
				heading("Kim Roe: Faster builds"),
				para("Kim argued that caching helps."),
				heading("Sam Berg: Better errors"),
				para("Sam argued that errors matter."),
				para("Error messages were discussed at length."),
				para("Later, he argued that errors should teach."),
			},
			want: []passageWant{{"errors should teach", "Sam Berg", "statement"}},
		},
	}
	runRuleCases(t, tests, true)
}

// TestTurnVerbs: each entry class of lexicon/turns.txt (question, reply)
// is a speech cue in all its forms and is told apart by questionCue and
// replyCue.
func TestTurnVerbs(t *testing.T) {
	for _, ws := range lexLines("turns.txt") {
		if ws[0] != "question" && ws[0] != "reply" {
			t.Errorf("turns.txt: unknown class %q", ws[0])
		}
		for _, f := range verbForms(ws[1]) {
			if !lex.cues[f] {
				t.Errorf("turns.txt: %q is no speech cue (cues.txt)", f)
			}
		}
	}
	tests := []struct {
		sentence        string
		question, reply bool
	}{
		{"Sam Berg asked whether it holds.", true, false},
		{"Sam Berg wondered if it holds.", true, false},
		{"She replied that it does.", false, true},
		{"She responded that it does.", false, true},
		{"She said that “nobody asked”.", false, false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence)
		if q, r := questionCue(toks), replyCue(toks); q != tc.question || r != tc.reply {
			t.Errorf("%q: question %v reply %v, want %v %v", tc.sentence, q, r, tc.question, tc.reply)
		}
	}
}

// TestUnknownNames: the people the registry does not know, by form.
func TestUnknownNames(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // names with their titles
	}{
		{"The Committee heard from Dr Pavel Okonjo.", []string{"Dr Pavel Okonjo"}},
		{"Ms Starr spoke.", []string{"Ms Starr"}},
		{"Pavel Okonjo spoke of North America.", []string{"Pavel Okonjo", "North America"}},
		{"The Basin Board met.", nil},
		{"Dr Pavel Okonjo’s talk was long.", []string{"Dr Pavel Okonjo’s"}},
	}
	for _, tc := range tests {
		a := &attributor{}
		toks := tokenize(tc.sentence)
		var got []string
		for _, r := range a.unknownNames(toks, make([]bool, len(toks)), subjectStart(toks)) {
			got = append(got, textOfToks(toks, r.start, r.end))
		}
		if len(got) != len(tc.want) {
			t.Errorf("unknownNames(%q) = %q, want %q", tc.sentence, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("unknownNames(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		}
	}
}
