package attrib

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

// programme returns the blocks of a small programme: a session heading, a
// subtitle, a label and two bold-name entries.
func programme() []doc.Block {
	return []doc.Block{
		{Kind: doc.Heading, Size: 17, Text: "PANEL 9"},
		{Kind: doc.Heading, Size: 12, Text: "TESTING THE ATTRIBUTION RULES"},
		{Kind: doc.Cell, Bold: true, Size: 8.5, Text: "Speaker", Spans: []doc.Span{{Text: "Speaker", Bold: true}}},
		{Kind: doc.Cell, Size: 8.5, Text: "Jana Nováková, State Counsellor, Ministry of Interior, Czechia",
			Spans: []doc.Span{{Text: "Jana Nováková,", Bold: true}, {Text: "State Counsellor, Ministry of Interior, Czechia"}}},
		{Kind: doc.Caption, Size: 8.5, Text: "Peter Olsen, Professor, University of Oslo, Norway",
			Spans: []doc.Span{{Text: "Peter Olsen,", Bold: true}, {Text: "Professor, University of Oslo, Norway"}}},
		{Kind: doc.Cell, Bold: true, Size: 8.5, Text: "Moderator", Spans: []doc.Span{{Text: "Moderator", Bold: true}}},
		{Kind: doc.Cell, Size: 8.5, Text: "Ambassador Li Wei, Head of Section, UNODC",
			Spans: []doc.Span{{Text: "Ambassador Li Wei,", Bold: true}, {Text: "Head of Section, UNODC"}}},
		{Kind: doc.Heading, Size: 13, Text: "Main Takeaways from Panel 9"},
	}
}

func para(text string) doc.Block {
	return doc.Block{Kind: doc.Paragraph, Size: 10, Page: 3, PageEnd: 3, Label: "7", LabelEnd: "7", Text: text}
}

// item is a list item paragraph, as layout marks one.
func item(text string) doc.Block {
	b := para(text)
	b.Item = true
	return b
}

// passageWant is a passage a rule case wants: one holding fragment,
// credited to speaker ("" for no one), of kind.
type passageWant struct{ fragment, speaker, kind string }

// ruleCase is a case of the rules' table tests: blocks attributed as one
// document, and the passages wanted of it.
type ruleCase struct {
	name   string
	blocks []doc.Block
	want   []passageWant
}

// runRuleCases attributes each case's blocks and checks the passages it
// wants and, when registry is set, the registry rules (RegistryProblems).
func runRuleCases(t *testing.T, tests []ruleCase, registry bool) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Attribute(doc.Document{ID: "t", Blocks: tc.blocks}, "Test", nil)
			for _, w := range tc.want {
				checkPassage(t, res, w.fragment, w.speaker, w.kind)
			}
			if probs := RegistryProblems(res.Speakers, res.Passages); registry && len(probs) > 0 {
				t.Errorf("registry problems: %s", strings.Join(probs, "; "))
			}
		})
	}
}

type want struct {
	text    string // a fragment of the passage
	speaker string // "" for no one
	kind    string
}

func TestAttributionRules(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		want   []want
	}{
		{
			name:   "named speaker with reporting verb, then narrative paragraph",
			blocks: []doc.Block{para("Jana Nováková drew attention to the gaps in data. Data must be shared."), para("Prevention requires action by all.")},
			want: []want{
				{"drew attention", "Jana Nováková", "statement"},
				{"Data must be shared", "", "narrative"}, // a subject of its own, no cue: rule carryOver
				{"Prevention requires", "", "narrative"},
			},
		},
		{
			name:   "name without diacritics and a role phrase before it",
			blocks: []doc.Block{para("Czechia's State Counsellor Jana Novakova stressed that victims come first.")},
			want:   []want{{"victims come first", "Jana Nováková", "statement"}},
		},
		{
			name:   "misspelled name resolves by edit distance",
			blocks: []doc.Block{para("In his intervention Petre Olsen (University of Oslo) described the findings.")},
			want:   []want{{"described the findings", "Peter Olsen", "statement"}},
		},
		{
			name:   "pronoun continues the last speaker across paragraphs",
			blocks: []doc.Block{para("Olsen highlighted the risks."), para("He described how survey data helps.")},
			want:   []want{{"survey data helps", "Peter Olsen", "statement"}},
		},
		{
			name:   "speaker change inside a paragraph splits it",
			blocks: []doc.Block{para("As Olsen noted, research matters. The figures presented by Jana Nováková showed a rise.")},
			want: []want{
				{"research matters", "Peter Olsen", "statement"},
				{"showed a rise", "Jana Nováková", "statement"},
			},
		},
		{
			name:   "according to",
			blocks: []doc.Block{para("According to the University of Oslo, Peter Olsen, 48 per cent were children.")},
			want:   []want{{"48 per cent", "Peter Olsen", "statement"}},
		},
		{
			name:   "a group subject is the report's own voice",
			blocks: []doc.Block{para("Olsen highlighted the risks. Looking at solutions, the panel noted that funding matters.")},
			want: []want{
				{"highlighted the risks", "Peter Olsen", "statement"},
				{"funding matters", "", "narrative"},
			},
		},
		{
			name:   "moderated by is no speech of the moderator",
			blocks: []doc.Block{para("Moderated by Ambassador Li Wei, panellists examined new forms of exploitation.")},
			want:   []want{{"panellists examined", "", "narrative"}},
		},
		{
			name:   "quoted term without a speech verb is no quote",
			blocks: []doc.Block{para("So-called \"golden visas\" were discussed at length in the report's own words.")},
			want:   []want{{"golden visas", "", "narrative"}},
		},
		{
			name:   "inline quotation with a speech verb",
			blocks: []doc.Block{para("Olsen said: “We cannot prevent what we do not measure at all.”")},
			want:   []want{{"prevent what we do not measure", "Peter Olsen", "quote"}},
		},
		{
			name:   "subject named by office and organisation",
			blocks: []doc.Block{para("Trafficking is rising. The Czechia Ministry of Interior State Counsellor drew the focus to two groups.")},
			want: []want{
				{"Trafficking is rising", "", "narrative"},
				{"drew the focus", "Jana Nováková", "statement"},
			},
		},
		{
			name:   "name and organisation in brackets, then a comma",
			blocks: []doc.Block{para("Finally, recalling her experience, Jana Nováková (Ministry of Interior), highlighted several key areas.")},
			want:   []want{{"several key areas", "Jana Nováková", "statement"}},
		},
		{
			name:   "closing credit line",
			blocks: []doc.Block{para("Research must respect the dignity of victims, Peter Olsen, Professor, University of Oslo.")},
			want:   []want{{"dignity of victims", "Peter Olsen", "statement"}},
		},
		{
			name: "pull quote credited by the caption after it",
			blocks: []doc.Block{
				{Kind: doc.Quote, Italic: true, Page: 3, Label: "7", Text: "“Data alone is not enough; it must be used.”"},
				{Kind: doc.Caption, Page: 3, Label: "7", Text: "Li Wei, Head of Section, UNODC"},
			},
			want: []want{{"Data alone is not enough", "Li Wei", "quote"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.Document{ID: "t", Blocks: append(programme(), tc.blocks...)}
			res := Attribute(d, "Test", nil)
			for _, w := range tc.want {
				found := false
				for _, p := range res.Passages {
					if !contains([]string{p.Text}, p.Text) || !containsFold(p.Text, w.text) {
						continue
					}
					found = true
					got := ""
					if p.Speaker != nil {
						got = p.Speaker.Name
					}
					if got != w.speaker || p.Kind != w.kind {
						t.Errorf("passage %q: speaker %q kind %s, want %q %s", p.Text, got, p.Kind, w.speaker, w.kind)
					}
					if p.Session != "Panel 9: Testing the attribution rules" {
						t.Errorf("passage %q: session %q", p.Text, p.Session)
					}
				}
				if !found {
					t.Errorf("no passage holds %q; passages: %+v", w.text, res.Passages)
				}
			}
		})
	}
}

func containsFold(s, sub string) bool { return len(sub) == 0 || indexFold(s, sub) >= 0 }

func indexFold(s, sub string) int {
	fs, fsub := fold(s), fold(sub)
	for i := 0; i+len(fsub) <= len(fs); i++ {
		if fs[i:i+len(fsub)] == fsub {
			return i
		}
	}
	return -1
}

func TestRegistryFromProgramme(t *testing.T) {
	res := Attribute(doc.Document{ID: "t", Blocks: programme()}, "Test", nil)
	tests := []struct {
		id, name, honorific, role, org, country, part string
	}{
		{"jana-novakova", "Jana Nováková", "", "State Counsellor", "Ministry of Interior", "Czechia", "speaker"},
		{"peter-olsen", "Peter Olsen", "", "Professor", "University of Oslo", "Norway", "speaker"},
		{"li-wei", "Li Wei", "Ambassador", "Head of Section", "UNODC", "", "moderator"},
	}
	if len(res.Speakers) != len(tests) {
		t.Fatalf("got %d speakers, want %d: %+v", len(res.Speakers), len(tests), res.Speakers)
	}
	for i, tc := range tests {
		s := res.Speakers[i]
		if s.ID != tc.id || s.Name != tc.name || s.Honorific != tc.honorific || s.Role != tc.role ||
			s.Organisation != tc.org || s.Country != tc.country || s.Part != tc.part {
			t.Errorf("speaker %d = %+v, want %+v", i, s, tc)
		}
		if s.Session != "Panel 9: Testing the attribution rules" {
			t.Errorf("speaker %d session %q", i, s.Session)
		}
	}
	if len(res.Sessions) != 1 || res.Sessions[0].Label != "Panel 9: Testing the attribution rules" {
		t.Errorf("sessions = %+v", res.Sessions)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"One. Two.", 2},
		{"Dr. Kari Johnstone spoke. She left.", 2},
		{"The U.S. Department said so. Then more.", 2},
		{"He said “stop.” Then she went.", 2},
		{"Numbers like 2.5 per cent stay whole.", 1},
	}
	for _, tc := range tests {
		if got := len(sentences(tc.in)); got != tc.want {
			t.Errorf("sentences(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestSimilarName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"willian", "william", true},
		{"mirga-wojtciewicz", "mirga-wojtowicz", true},
		{"tan", "tam", false},
		{"zimmerman", "zimmerman", true},
		{"borg", "berg", false},
	}
	for _, tc := range tests {
		if got := similarName(tc.a, tc.b); got != tc.want {
			t.Errorf("similarName(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestOverrides(t *testing.T) {
	d := doc.Document{ID: "t", Blocks: append(programme(),
		para("Maria Lopez described the new helpline."),
		para("Peter Olsen noted the survey."))}
	res := AttributeWith(d, Options{Overrides: Overrides{Speakers: []model.Speaker{
		{Name: "Maria Lopez", Role: "Director", Organisation: "Helpline Network", Session: "Panel 9", Part: "speaker"},
		{Name: "Peter Olsen", Role: "Emeritus Professor"},
	}}})
	by := map[string]model.Speaker{}
	for _, s := range res.Speakers {
		by[s.Name] = s
	}
	if s := by["Maria Lopez"]; s.Role != "Director" || s.Session != "Panel 9: Testing the attribution rules" {
		t.Errorf("added speaker = %+v", s)
	}
	if s := by["Peter Olsen"]; s.Role != "Emeritus Professor" || s.Organisation != "University of Oslo" {
		t.Errorf("corrected speaker = %+v", s)
	}
	for _, p := range res.Passages {
		if strings.Contains(p.Text, "helpline") && (p.Speaker == nil || p.Speaker.Name != "Maria Lopez") {
			t.Errorf("passage %q credited to %+v, want Maria Lopez", p.Text, p.Speaker)
		}
	}
}

// TestCompleteNames checks that a person the running text registers by
// title and surname alone gets the full name the document gives elsewhere.
func TestCompleteNames(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		want   string // the name of the one speaker
	}{
		{
			name: "full name after the statement, after a place",
			blocks: []doc.Block{
				para("President Nausėda noted that democracy prevents conflict."),
				para("The session featured remarks by President of Lithuania Gitanas Nausėda."),
			},
			want: "Gitanas Nausėda",
		},
		{
			name: "full name before, after a title and a possessive",
			blocks: []doc.Block{
				para("Trade Representative Katherine Tai co-hosted the event with Sweden's Tai Foundation."),
				para("Ambassador Tai announced new programmes for gender equality."),
			},
			want: "Katherine Tai",
		},
		{
			name: "two first names for one surname: surname alone",
			blocks: []doc.Block{
				para("President Smith noted that elections matter."),
				para("John Smith and Jane Smith attended the session."),
			},
			want: "Smith",
		},
		{
			name:   "never named in full",
			blocks: []doc.Block{para("President Biden urged collective action.")},
			want:   "Biden",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Attribute(doc.Document{ID: "t", Blocks: tc.blocks}, "Test", nil)
			if len(res.Speakers) != 1 {
				t.Fatalf("speakers = %+v, want one", res.Speakers)
			}
			if s := res.Speakers[0]; s.Name != tc.want || s.ID != Slug(tc.want) {
				t.Errorf("speaker = %q (%s), want %q", s.Name, s.ID, tc.want)
			}
			for _, p := range res.Passages {
				if p.Kind == model.KindStatement && (p.Speaker == nil || p.Speaker.Name != tc.want) {
					t.Errorf("statement %q credited to %+v, want %q", p.Text, p.Speaker, tc.want)
				}
			}
		})
	}
}
