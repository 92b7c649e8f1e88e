package attrib

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

func TestSubjectBefore(t *testing.T) {
	tests := []struct {
		sentence, cue string
		want          string // the subject phrase, "" for none
		coordinated   bool
	}{
		{"Maria Lopez said so.", "said", "Maria Lopez", false},
		{"Maria Lopez also said so.", "said", "Maria Lopez", false},
		{"Maria Lopez (Chile) said so.", "said", "Maria Lopez", false},
		{"Maria Lopez, Chair of the Board, said so.", "said", "Maria Lopez", false},
		{"Maria Lopez, who chairs the Board, said so.", "said", "Maria Lopez", false},
		{"Maria Lopez, who said so, left.", "said", "Maria Lopez", false},
		{"On finance, Lopez said so.", "said", "Lopez", false},
		{"CHILE and NEW ZEALAND said so.", "said", "NEW ZEALAND", true},
		{"Chile, Peru, and the US, said so.", "said", "", false},
		{"A survey by Lopez showed that.", "showed", "", false},
		{"It happened before Lopez said so.", "said", "", false},
		{"We heard from Maria Lopez, who said so.", "said", "Maria Lopez", false},
		{"Yesterday she said so.", "said", "she", false},
		{"The National Plan emphasizes rights.", "emphasizes", "National Plan", false},
		{"With CHILE underscoring rights.", "underscoring", "CHILE", false},
		{"Maria Lopez, the mayor of Lima, Peru, said so.", "said", "Maria Lopez", false},
		{"SWITZERLAND, for the EIG, with NORWAY, said so.", "said", "SWITZERLAND", false},
		{"Mali, for the G-77/CHINA, called for more.", "called", "Mali", false},
		{"The creator of Widgets, Maria Lopez, said so.", "said", "Maria Lopez", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence)
		i := -1
		for k, tk := range toks {
			if tk.text == tc.cue {
				i = k
			}
		}
		s, ok := subjectBefore(toks, i)
		got := ""
		if ok {
			got = textOf(tc.sentence, toks, s.start, s.end)
		}
		if got != tc.want || ok && s.coordinated != tc.coordinated {
			t.Errorf("subjectBefore(%q, %q) = %q (coordinated %v), want %q (%v)", tc.sentence, tc.cue, got, s.coordinated, tc.want, tc.coordinated)
		}
	}
}

func TestNameParts(t *testing.T) {
	tests := []struct {
		phrase, role, name string
	}{
		{"Prime Minister Maria Lopez", "Prime Minister", "Maria Lopez"},
		{"New Zealand Prime Minister Maria Lopez", "New Zealand Prime Minister", "Maria Lopez"},
		{"President of Chile Maria Lopez", "President of Chile", "Maria Lopez"},
		{"Prime Minister Lopez of Chile", "Prime Minister of Chile", "Lopez"},
		{"Co-facilitator Lopez", "Co-facilitator", "Lopez"},
		{"Maria Lopez", "", "Maria Lopez"},
		{"Jan van der Berg", "", "Jan van der Berg"},
		{"Minister for Water Maria Lopez", "Minister for Water", "Maria Lopez"},
		{"Minister for Roads and Water Maria Lopez", "Minister for Roads and Water", "Maria Lopez"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.phrase)
		rs, ns, ne, oe := nameParts(toks, 0, len(toks), nil)
		role := strings.TrimSpace(textOf(tc.phrase, toks, rs, ns) + " " + textOf(tc.phrase, toks, ne, oe))
		name := textOf(tc.phrase, toks, ns, ne)
		if role != tc.role || name != tc.name {
			t.Errorf("nameParts(%q) = role %q name %q, want %q %q", tc.phrase, role, name, tc.role, tc.name)
		}
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"A noted this, while B noted that.", []string{"A noted this, ", "while B noted that."}},
		{"A noted this; she added that.", []string{"A noted this; ", "she added that."}},
		{"A noted this, and then left.", []string{"A noted this, and then left."}},
		{`A said "Sure, but I won't".`, []string{`A said "Sure, but I won't".`}},
		{"A noted this, with CHILE adding that.", []string{"A noted this, ", "with CHILE adding that."}},
		{"While Peru backed quotas, Chad wanted none.", []string{"While Peru backed quotas, ", "Chad wanted none."}},
		{"Whereas she backed quotas, the EU wanted none.", []string{"Whereas she backed quotas, ", "the EU wanted none."}},
		{"While in office, quotas were fine.", []string{"While in office, quotas were fine."}},
	}
	for _, tc := range tests {
		var got []string
		for _, r := range clauses(tc.in) {
			got = append(got, tc.in[r.start:r.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("clauses(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSentencesGluedQuote(t *testing.T) {
	if got := len(sentences("She called for “coordination.”Closing the session, he spoke.")); got != 2 {
		t.Errorf("a closing quote glued to the next sentence: %d sentences, want 2", got)
	}
}

func TestSplitEntry(t *testing.T) {
	tests := []struct {
		rest                      string
		role, org, country, descr string
	}{
		{"Professor, University of Oslo, Norway", "Professor", "University of Oslo", "Norway", ""},
		{"Director, Division of Protection, UNHCR", "Director", "Division of Protection, UNHCR", "", ""},
		{"Deputy Minister of Migration, Greece", "Deputy Minister of Migration", "", "Greece", ""},
		{"Head of Section, UNODC", "Head of Section", "UNODC", "", ""},
		{"Permanent Representative of Chile to the OSCE", "Permanent Representative of Chile to the OSCE", "", "", ""},
		// two roles: no split
		{"Chair-in-Office, Minister for Foreign Affairs of Malta", "", "", "", "Chair-in-Office, Minister for Foreign Affairs of Malta"},
		// a comma inside a role: no split
		{"Minister of Foreign Affairs, Education and Sports, the Principality of Liechtenstein", "", "", "",
			"Minister of Foreign Affairs, Education and Sports, the Principality of Liechtenstein"},
		// a second role in the middle
		{"State Counsellor, Chancellery, President of the Committee, Romania", "", "", "",
			"State Counsellor, Chancellery, President of the Committee, Romania"},
	}
	for _, tc := range tests {
		r, o, c, d := splitEntry(tc.rest, splitTopLevel(tc.rest))
		if r != tc.role || o != tc.org || c != tc.country || d != tc.descr {
			t.Errorf("splitEntry(%q) = %q %q %q %q, want %q %q %q %q", tc.rest, r, o, c, d, tc.role, tc.org, tc.country, tc.descr)
		}
	}
}

func TestContinuesEntry(t *testing.T) {
	entry := doc.Block{Page: 3, PageEnd: 3, Size: 8.5, BBox: doc.Rect{X0: 156, Y0: 600, X1: 500, Y1: 609}}
	tests := []struct {
		name string
		b    doc.Block
		want bool
	}{
		{"next line", doc.Block{Page: 3, Size: 8.5, BBox: doc.Rect{X0: 156, Y0: 589, X1: 400, Y1: 598}}, true},
		{"photo credit in small type at the margin", doc.Block{Page: 3, Size: 6, BBox: doc.Rect{X0: 498, Y0: 498, X1: 536, Y1: 505}}, false},
		{"same size far below", doc.Block{Page: 3, Size: 8.5, BBox: doc.Rect{X0: 156, Y0: 400, X1: 400, Y1: 409}}, false},
		{"same size, another column", doc.Block{Page: 3, Size: 8.5, BBox: doc.Rect{X0: 320, Y0: 589, X1: 500, Y1: 598}}, false},
		{"next page", doc.Block{Page: 4, Size: 8.5, BBox: doc.Rect{X0: 156, Y0: 589, X1: 400, Y1: 598}}, false},
		{"no geometry, same size", doc.Block{Size: 8.5}, true},
	}
	for _, tc := range tests {
		prev := entry
		if tc.name == "no geometry, same size" {
			prev = doc.Block{Size: 8.5}
		}
		if got := continuesEntry(prev, tc.b); got != tc.want {
			t.Errorf("%s: continuesEntry = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTextRules: documents without a programme, one rule a case.
func TestTextRules(t *testing.T) {
	tests := []ruleCase{
		{
			name: "first name of someone an attendee list names in full",
			blocks: []doc.Block{
				para("Present: Maria Lopez, Acme Corp; Tomas Berg, Beta Ltd."),
				para("Tomas asked about the budget. Maria says that the budget is fine."),
			},
			want: []passageWant{{"asked about the budget", "Tomas Berg", "statement"}, {"budget is fine", "Maria Lopez", "statement"}},
		},
		{
			name: "a pronoun does not reach past an uncredited paragraph",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets."),
				para("Budgets were discussed."),
				para("Money is short."),
				para("She added that plans matter."),
			},
			want: []passageWant{{"plans matter", "", "narrative"}},
		},
		{
			name: "a pronoun of the other gender does not continue",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. She added that money is short."),
				para("He warned that plans matter."),
			},
			want: []passageWant{{"money is short", "Maria Lopez", "statement"}, {"plans matter", "", "narrative"}},
		},
		{
			name: "an intervening named subject stops the carry-over",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. The National Plan emphasizes rights."),
				para("She added that plans matter."),
			},
			want: []passageWant{{"emphasizes rights", "", "narrative"}, {"plans matter", "", "narrative"}},
		},
		{
			name: "a second source in a clause",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. Deputy Minister Tomas Berg noted costs, while Lopez noted that plans matter."),
			},
			want: []passageWant{{"noted costs", "Tomas Berg", "statement"}, {"plans matter", "Maria Lopez", "statement"}},
		},
		{
			name:   "an apposition naming an organisation",
			blocks: []doc.Block{para("Maria Lopez, International Energy Agency (IEA), reported that costs fall.")},
			want:   []passageWant{{"costs fall", "Maria Lopez", "statement"}},
		},
		{
			name: "a quotation of three words with a cue is a quote; a term is not",
			blocks: []doc.Block{
				para("Maria Lopez said it was “just another step”."),
				para("The “golden visa” scheme was discussed."),
			},
			want: []passageWant{{"just another step", "Maria Lopez", "quote"}, {"golden visa", "", "narrative"}},
		},
		{
			name: "a cue inside a quotation is not the sentence's",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets."),
				para("“I believe we can,” Lopez noted."),
			},
			want: []passageWant{{"I believe we can", "Maria Lopez", "quote"}},
		},
		{
			name: "a colon introduces the next paragraph",
			blocks: []doc.Block{
				para("Maria Lopez raised the following concerns:"),
				para("Budgets are short. Staff are few."),
				para("Tomas Berg asked the new members to introduce themselves:"),
				para("Anna Lind leads a data team."),
			},
			want: []passageWant{{"Staff are few", "Maria Lopez", "statement"}, {"leads a data team", "", "narrative"}},
		},
		{
			name: "the items of a list a colon introduces continue it, up to the text after the list",
			blocks: []doc.Block{
				para("Maria Lopez raised the following concerns:"),
				item("• Budgets are short."),
				item("• Staff are few."),
				{Kind: doc.ListItem, Text: "Offices are far away."},
				para("The board will return to these topics."),
				item("• Rooms are small."),
			},
			want: []passageWant{{"Budgets are short", "Maria Lopez", "statement"}, {"Staff are few", "Maria Lopez", "statement"},
				{"Offices are far", "Maria Lopez", "statement"}, {"return to these topics", "", "narrative"}, {"Rooms are small", "", "narrative"}},
		},
		{
			name: "a group the items of a colon's list speak of is no new source",
			blocks: []doc.Block{
				para("Maria Lopez raised the following concerns:"),
				item("• Budgets are short."),
				item("• The members must receive training."),
				para("The participants discussed the budget."),
				para("The members had left early."),
			},
			want: []passageWant{{"Budgets are short", "Maria Lopez", "statement"}, {"must receive training", "Maria Lopez", "statement"},
				{"had left early", "", "narrative"}},
		},
		{
			name: "a list item whose text is a web link's is a reference (Rule linkedItem)",
			blocks: []doc.Block{
				para("Maria Lopez raised the following concerns:"),
				{Kind: doc.Paragraph, Item: true, Text: "• Fact Sheet: Budgets of the Harbour Fund", Link: "https://example.org/fact-sheet"},
				{Kind: doc.Paragraph, Item: true, Text: "• Budgets are short."},
				{Kind: doc.Paragraph, Text: "Tomas Berg said that rooms are small.", Link: "https://example.org/berg"},
			},
			want: []passageWant{{"Fact Sheet: Budgets", "", "resource"}, {"Budgets are short", "Maria Lopez", "statement"},
				{"rooms are small", "Tomas Berg", "statement"}},
		},
		{
			name: "an item's marker is no word of its sentence (Rule itemMarker)",
			blocks: []doc.Block{
				para("Tomas Berg said that the budget was late."),
				para("Maria Lopez opened the meeting."),
				item("• Tomas Berg is new to the board. He asked for the budget."),
				item("2. Anna Lind noted that rooms are small."),
			},
			want: []passageWant{{"He asked for the budget", "Tomas Berg", "statement"}, {"2. Anna Lind noted", "Anna Lind", "statement"}},
		},
		{
			name: "a descriptor with a name in apposition: the name speaks (Rule descriptorApposition)",
			blocks: []doc.Block{
				para("Maria Lopez asked the board to wait."),
				para("A retired teacher, Tomas Berg, spoke against the plan. Buses, he argued, were “too slow already.”"),
				para("Another resident, Anna Lind, asked about parking."),
				para("The board gave a grant to a local choir, Vox Nova, which sang."),
			},
			want: []passageWant{{"spoke against the plan", "Tomas Berg", "statement"}, {"too slow already", "Tomas Berg", "quote"},
				{"asked about parking", "Anna Lind", "statement"}, {"Vox Nova", "", "narrative"}},
		},
		{
			name: "a descriptor with a titled name or a role noun in apposition (Rule descriptorApposition)",
			blocks: []doc.Block{
				para("An objector, Mr Tomas Berg, said the path was closed."),
				para("The agent, Ms Lind, argued that the road was used. She added that guests would be few."),
			},
			want: []passageWant{{"path was closed", "Tomas Berg", "statement"}, {"road was used", "Lind", "statement"},
				{"guests would be few", "Lind", "statement"}},
		},
		{
			name: "a question put to the subject opens the sentence (rule askedOpener)",
			blocks: []doc.Block{
				para("Maria Lopez asked about fees."),
				para("Tomas Berg said the fund was short. Asked by Ms Lopez whether the fund would grow, he said that it would not."),
			},
			want: []passageWant{{"whether the fund would grow", "Maria Lopez", "statement"}, {"it would not", "Tomas Berg", "statement"}},
		},
		{
			name: "a title in the plural names several people (pluralTitle)",
			blocks: []doc.Block{
				para("Executive Directors welcomed the paper."),
				para("Several Executive Directors asked whether the targets were realistic."),
				para("Ministers stressed the risks."),
			},
			want: []passageWant{{"welcomed the paper", "", "narrative"}, {"targets were realistic", "", "narrative"}, {"stressed the risks", "", "narrative"}},
		},
		{
			name: "an apposition before 'who': the name before it speaks",
			blocks: []doc.Block{
				para("Also briefing was Dr. Ana Lima, Director of the Harbour Fund, who warned that the season would be lost."),
				para("The panel then heard from Jon Hale, a member of a fishing cooperative, who spoke from the port. He described empty nets."),
			},
			want: []passageWant{{"season would be lost", "Ana Lima", "statement"}, {"who spoke from the port", "Jon Hale", "statement"},
				{"described empty nets", "Jon Hale", "statement"}},
		},
		{
			name: "a quotation of several sentences with its cue after it is the cue's source from its start (Rule quoteClose)",
			blocks: []doc.Block{
				para("Maria Lopez said that the road was closed. Trucks had waited for a week. “The grain is here. The drivers are here. Only the permit is missing,” she told the board."),
			},
			want: []passageWant{{"Trucks had waited", "", "narrative"}, {"The grain is here", "Maria Lopez", "quote"}},
		},
		{
			name: "a party's delegate after a sentence-initial article",
			blocks: []doc.Block{
				para("The Republic of Ostreland’s delegate questioned the figures."),
				para("The Northern Union’s representative, who chairs the group, said the talks would resume."),
			},
			want: []passageWant{{"questioned the figures", "Republic of Ostreland", "statement"}, {"talks would resume", "Northern Union", "statement"}},
		},
		{
			name: "an item naming someone else ends the list's carry-over",
			blocks: []doc.Block{
				para("Maria Lopez raised the following concerns:"),
				item("• Budgets are short."),
				item("• Tomas Berg noted that staff are few."),
				item("• Offices are far away."),
			},
			want: []passageWant{{"Budgets are short", "Maria Lopez", "statement"}, {"staff are few", "Tomas Berg", "statement"}, {"Offices are far", "", "narrative"}},
		},
		{
			name: "items without a lead-in credit no one",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets."),
				para("Further reading"),
				item("1. The budget report."),
				item("2. The staff survey."),
			},
			want: []passageWant{{"budget report", "", "narrative"}, {"staff survey", "", "narrative"}},
		},
		{
			name: "a dash credit line under quotations",
			blocks: []doc.Block{
				{Kind: doc.Quote, Italic: true, Text: "“We must act before harm is done.”"},
				{Kind: doc.Quote, Italic: true, Text: "“Our plan centres on prevention and protection.”"},
				{Kind: doc.Quote, Italic: true, Text: "– Vice President Maria Lopez"},
				para("The plan was released in May."),
			},
			want: []passageWant{{"before harm is done", "Maria Lopez", "quote"}, {"centres on prevention", "Maria Lopez", "quote"}, {"released in May", "", "narrative"}},
		},
		{
			name:   "a new name opening a sentence stops the carry-over; an adverb before the cue",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. Tomas Berg, Head of Unit, squarely addressed staffing.")},
			want:   []passageWant{{"addressed staffing", "Tomas Berg", "statement"}},
		},
		{
			name:   "a new name without a cue is nobody's statement",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. Tomas Berg, Head of Unit, walked out.")},
			want:   []passageWant{{"walked out", "", "narrative"}},
		},
		{
			name:   "a quoted title is no quote",
			blocks: []doc.Block{para("Maria Lopez announced the “Year of Democratic Action” programme.")},
			want:   []passageWant{{"Year of Democratic Action", "Maria Lopez", "statement"}},
		},
		{
			name: "the Minister continues the minister",
			blocks: []doc.Block{
				para("Deputy Minister Tomas Berg argued for budgets."),
				para("The Minister added that plans matter."),
				para("The Director added that costs fall."),
			},
			want: []passageWant{{"plans matter", "Tomas Berg", "statement"}, {"costs fall", "", "narrative"}},
		},
		{
			name:   "an apposition names the source",
			blocks: []doc.Block{para("The creator of Widgets, Tomas Berg, was next up and asked about budgets.")},
			want:   []passageWant{{"asked about budgets", "Tomas Berg", "statement"}},
		},
		{
			name:   "chaired by a co-facilitator who proposed",
			blocks: []doc.Block{para("The group was chaired by co-facilitator Tomas Berg (Chile), who proposed a new text.")},
			want:   []passageWant{{"proposed a new text", "Tomas Berg", "statement"}},
		},
		{
			name:   "a name, an acronym and a dash before the organisation",
			blocks: []doc.Block{para("Tomas Berg, GEA – Global Energy Agency, described the costs.")},
			want:   []passageWant{{"described the costs", "Tomas Berg", "statement"}},
		},
		{
			name: "a speaker label opens a paragraph",
			blocks: []doc.Block{
				para("Present: Maria Lopez, Acme Corp; Tomas Berg, Beta Ltd."),
				para("Maria: the budget will not cover a second engineer this year."),
				para("Outcome: approved by eight votes to four."),
			},
			want: []passageWant{{"second engineer", "Maria Lopez", "statement"}, {"approved by eight", "", "narrative"}},
		},
		{
			name: "a pronoun after a group refers to no one",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets."),
				para("Many delegates stressed finance. She noted the deadline."),
			},
			want: []passageWant{{"noted the deadline", "", "narrative"}},
		},
		{
			name: "a closing name without a role is no credit line",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets."),
				para("Present: Tomas Berg, Maria Lopez, Ann Lind."),
			},
			want: []passageWant{{"Present:", "", "narrative"}},
		},
		{
			name:   "a partner after ', with' is no clause",
			blocks: []doc.Block{para("NORWAY said so. CHILE said so. KENYA said so. TUVALU, for the LDCs, with the EU, urged ambition.")},
			want:   []passageWant{{"urged ambition", "Tuvalu", "statement"}},
		},
		{
			name:   "a passive agent: a party as in the active voice",
			blocks: []doc.Block{para("NORWAY said so. CHILE said so. KENYA said so. PERU opened the item. It was stressed by TUVALU that seas rise.")},
			want:   []passageWant{{"seas rise", "Tuvalu", "statement"}},
		},
		{
			name:   "a passive agent named only there is registered",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. It was proposed by Dr Tomas Berg that fees fall.")},
			want:   []passageWant{{"fees fall", "Tomas Berg", "statement"}},
		},
		{
			name:   "a passive agent that is an institution credits no one",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. It was reported by the Audit Office that fees fall.")},
			want:   []passageWant{{"fees fall", "", "narrative"}},
		},
		{
			name:   "a byline is no speech",
			blocks: []doc.Block{para("Present: Maria Lopez, Acme Corp; Tomas Berg, Beta Ltd."), para("Maria said so."), para("Drafted by Maria, presented by Tomas Berg.")},
			want:   []passageWant{{"presented by Tomas", "", "narrative"}},
		},
		{
			name:   "Hon. does not end a sentence",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. Hon. Tomas Berg, Minister of Water, said that rivers matter.")},
			want:   []passageWant{{"argued for budgets", "Maria Lopez", "statement"}, {"Hon. Tomas Berg", "Tomas Berg", "statement"}},
		},
		{
			name: "a role noun names the one person holding the office",
			blocks: []doc.Block{
				para("Members: Dr Anna Berg (Chair), Mr Tomas Lind (Deputy Chair)."),
				para("Dr Berg opened the meeting by welcoming members. Professor Maria Lopez presented a study."),
				para("Mr Lind asked about fees. The professor replied that fees fall."),
				para("The Chair noted that budgets rise."),
			},
			want: []passageWant{{"fees fall", "Maria Lopez", "statement"}, {"budgets rise", "Anna Berg", "statement"}},
		},
		{
			name: "a role noun nobody or several hold credits no one",
			blocks: []doc.Block{
				para("Minister Anna Berg noted the costs. Minister Tomas Lind noted the fees."),
				para("Mr Lind argued for fees. The minister replied that fees fall."),
				para("Mr Lind argued for fees. The moderator replied that taxes fall."),
			},
			want: []passageWant{{"fees fall", "", "narrative"}, {"taxes fall", "", "narrative"}},
		},
		{
			name: "the other words of a role noun phrase must be the holder's",
			blocks: []doc.Block{
				para("Anna Berg, President of the Water Fund, opened the meeting by welcoming members."),
				para("Tomas Lind argued for fees. The Kenyan President replied that fees fall."),
				para("Tomas Lind argued for fees. The Fund President replied that taxes rise."),
			},
			want: []passageWant{{"fees fall", "", "narrative"}, {"taxes rise", "Anna Berg", "statement"}},
		},
		{
			name:   "'While/Whereas X …, Y …' credits each party its clause",
			blocks: []doc.Block{para("NORWAY said so. CHILE said so. KENYA said so. Whereas PERU favoured reuse, CHILE preferred recycling.")},
			want:   []passageWant{{"favoured reuse", "Peru", "statement"}, {"preferred recycling", "Chile", "statement"}},
		},
		{
			name: "according to an office",
			blocks: []doc.Block{
				para("Anna Berg (Chair) welcomed members. Tomas Lind described the budget."),
				para("According to the Chair, the budget is tight."),
			},
			want: []passageWant{{"budget is tight", "Anna Berg", "statement"}},
		},
		{
			name:   "an office the document gives one name registers that person",
			blocks: []doc.Block{para("Secretary Anna Berg met Minister Tomas Lind on 3 May. The Secretary stressed that supply chains matter.")},
			want:   []passageWant{{"supply chains matter", "Anna Berg", "statement"}},
		},
		{
			name:   "an office the document gives several names credits no one",
			blocks: []doc.Block{para("Secretary Anna Berg and Secretary Maria Lopez met. The Secretary stressed that prices rise.")},
			want:   []passageWant{{"prices rise", "", "narrative"}},
		},
		{
			name: "rule peopleList: a programme line of titled names registers them, with the moderator's part",
			blocks: []doc.Block{
				para("Panel on rivers: Dr Anna Berg; Mr Tomas Lind; moderated by Ms Eva Dahl"),
				para("Dr Berg argued for dams. Tomas Lind walked out. The moderator closed the panel by thanking the speakers."),
			},
			want: []passageWant{{"walked out", "", "narrative"}, {"thanking the speakers", "Eva Dahl", "statement"}},
		},
		{
			name: "rule predicateSubject: the second verb of a coordinated predicate",
			blocks: []doc.Block{
				para("Closing the day, Dr Maria Lopez thanked the hosts and announced that the next meeting is in May."),
				para("Tomas Berg visited the site and said that the dam is safe."),
				para("Tomas Berg argued for fees. The Council met and agreed that taxes rise."),
			},
			want: []passageWant{{"next meeting is in May", "Maria Lopez", "statement"}, {"dam is safe", "Tomas Berg", "statement"}, {"taxes rise", "", "narrative"}},
		},
		{
			name: "rule predicateSubject: a cue after 'but', for a name and for a party to a hearing",
			blocks: []doc.Block{
				para("Present: Mr Tomas Berg (appellant), Dr Anna Lind."),
				para("Dr Lind accepted the survey but said that its sample was small."),
				para("The appellant admitted he had missed the deadline but insisted that the notice was unclear."),
				para("Dr Lind was late but the Council agreed that the item could wait."),
			},
			want: []passageWant{{"sample was small", "Anna Lind", "statement"}, {"notice was unclear", "Tomas Berg", "statement"}, {"item could wait", "", "narrative"}},
		},
		{
			name: "an abbreviated title names the office",
			blocks: []doc.Block{
				para("Prof. Maria Lopez argued for fees."),
				para("Mr Tomas Lind asked about costs. In response, the professor suggested that costs fall."),
			},
			want: []passageWant{{"costs fall", "Maria Lopez", "statement"}},
		},
		{
			name:   "a party's delegate speaks for the party",
			blocks: []doc.Block{para("NORWAY said so. CHILE said so. KENYA said so. The TUVALU delegate, speaking for the LDCs, stressed that seas rise.")},
			want:   []passageWant{{"seas rise", "Tuvalu", "statement"}},
		},
		{
			name: "rule carryOver: a sentence with a subject of its own does not continue the source",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. Dr Tomas Berg of the Audit Office blamed the weather. The board has not yet decided. The plan is not new."),
				para("Maria Lopez argued for budgets. Anna Lind, Head of Unit, walked out."),
			},
			want: []passageWant{{"blamed the weather", "", "narrative"}, {"not yet decided", "", "narrative"}, {"plan is not new", "", "narrative"}, {"walked out", "", "narrative"}},
		},
		{
			name: "rule carryOver: pronouns, anaphors, quotations and the source's name continue it",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. It would cost little. In her view, the fund is too small. Costs would be “lower than anyone thinks”. Lopez is a former auditor."),
				para("Tomas Berg argued for fees. The council has not decided. He expects a deficit."),
				para("Anna Lind argued for fees. The council has not decided. Lind published a memo."),
				para("Ola Berg argued for fees. The council has not decided. It meets in May. They will vote."),
				para("Eva Dahl argued for fees. Most data are old. It is crucial to update them."),
			},
			want: []passageWant{{"cost little", "Maria Lopez", "statement"}, {"fund is too small", "Maria Lopez", "statement"},
				{"lower than anyone", "Maria Lopez", "quote"}, {"former auditor", "Maria Lopez", "statement"},
				{"council has not decided", "", "narrative"}, {"expects a deficit", "Tomas Berg", "statement"},
				{"published a memo", "Anna Lind", "statement"}, {"meets in May", "", "narrative"}, {"will vote", "", "narrative"},
				{"data are old", "", "narrative"}, {"crucial to update", "Eva Dahl", "statement"}},
		},
		{
			name: "rule carryOver: a pronoun of the other gender or a group ends it",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. She added that costs fall. In his view, the fund is too small."),
				para("Tomas Berg argued for fees. Some delegates disagree. He left early."),
				para("Ola Berg argued for fees. Several delegates were absent. He went home."),
			},
			want: []passageWant{{"costs fall", "Maria Lopez", "statement"}, {"fund is too small", "", "narrative"}, {"He left early", "", "narrative"},
				{"were absent", "", "narrative"}, {"went home", "", "narrative"}},
		},
		{
			name: "rule speakerLabel: a turn is its speaker's whatever its subjects",
			blocks: []doc.Block{
				para("Present: Maria Lopez, Acme Corp; Tomas Berg, Beta Ltd."),
				para("Maria Lopez: Some members say the budget is too small. The board disagrees with them."),
			},
			want: []passageWant{{"budget is too small", "Maria Lopez", "statement"}, {"board disagrees", "Maria Lopez", "statement"}},
		},
		{
			name:   "a group noun after a verb is an object, not a subject",
			blocks: []doc.Block{para("Tomas Berg reported on chapters. The chapter organised two mapping parties focused on rivers. He wants a charter.")},
			want:   []passageWant{{"wants a charter", "Tomas Berg", "statement"}},
		},
		{
			name:   "an adjective of attitude after a copula is a cue",
			blocks: []doc.Block{para("Present: Maria Lopez, Acme Corp; Tomas Berg, Beta Ltd."), para("Maria is worried that the charter is weak. She proposes a review.")},
			want:   []passageWant{{"charter is weak", "Maria Lopez", "statement"}, {"proposes a review", "Maria Lopez", "statement"}},
		},
		{
			name:   "only the subject's pronoun sets a source's gender",
			blocks: []doc.Block{para("Tomas Berg argued for fees. When she arrived, he said that fees fall. He added that taxes rise.")},
			want:   []passageWant{{"fees fall", "Tomas Berg", "statement"}, {"taxes rise", "Tomas Berg", "statement"}},
		},
		{
			name:   "a pronoun that resolves to no one sets no gender",
			blocks: []doc.Block{para("Kim Berg argued for fees. The council has not decided. In her view, costs rise. He added that taxes rise.")},
			want:   []passageWant{{"costs rise", "", "narrative"}, {"taxes rise", "Kim Berg", "statement"}},
		},
		{
			name:   "a two-letter first name",
			blocks: []doc.Block{para("Present: Li Chen, Acme Corp."), para("Li reported on the budget.")},
			want:   []passageWant{{"reported on the budget", "Li Chen", "statement"}},
		},
		{
			name:   "a cue after a quotation takes its source after it",
			blocks: []doc.Block{para("“We need more tests,” said Deputy Minister Maria Lopez. “And fewer meetings,” added Lopez.")},
			want:   []passageWant{{"more tests", "Maria Lopez", "quote"}, {"fewer meetings", "Maria Lopez", "quote"}},
		},
		{
			name: "a person's organisation speaks through them",
			blocks: []doc.Block{
				para("Present: Maria Lopez, Acme Tomas Berg, Beta"),
				para("Maria Lopez argued for budgets. Acme wants more staff. Costs would be “quite low after all”."),
				para("Beta wants less."),
			},
			want: []passageWant{{"quite low", "Maria Lopez", "quote"}, {"Beta wants less", "", "narrative"}},
		},
		{
			name:   "a quotation with its dash credit in one block",
			blocks: []doc.Block{para("“... It builds on my laptop!” -- Maria Lopez"), para("The room laughed.")},
			want:   []passageWant{{"It builds on my laptop", "Maria Lopez", "quote"}, {"The room laughed", "", "narrative"}},
		},
		{
			name: "a quotation after a statement keeps the statement",
			blocks: []doc.Block{
				para("Maria Lopez, Director of Studies, said that budgets are short."),
				para("“We will need more staff next year.”"),
			},
			want: []passageWant{{"budgets are short", "Maria Lopez", "statement"}},
		},
		{
			name: "a noun spelt like a cue is no anonymous source",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. There should be a special focus on staff. It is not officially supported by the vendor."),
			},
			want: []passageWant{{"special focus", "Maria Lopez", "statement"}, {"officially supported", "Maria Lopez", "statement"}},
		},
		{
			name:   "a demonstrative subject is no anonymous source",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. This challenge highlights the need for staff.")},
			want:   []passageWant{{"need for staff", "Maria Lopez", "statement"}},
		},
		{
			name:   "an anonymous source is nobody's",
			blocks: []doc.Block{para("Maria Lopez argued for budgets. Another observer noted that staff are few.")},
			want:   []passageWant{{"staff are few", "", "narrative"}},
		},
		{
			name: "a name with a capitalised particle pair is one person, named in full (rule particleSurname)",
			blocks: []doc.Block{
				para("Mayor Hanna Van der Linden of Ghent attended the opening."),
				para("Mayor Van der Linden welcomed the plan and offered to host the next round. In her view, ports must join."),
			},
			want: []passageWant{{"offered to host", "Hanna Van der Linden", "statement"}, {"ports must join", "Hanna Van der Linden", "statement"}},
		},
		{
			name:   "a surname with an elided particle is a subject",
			blocks: []doc.Block{para("Tom Lind opened the day. Ms d’Orsay stressed that budgets were cut.")},
			want:   []passageWant{{"budgets were cut", "d’Orsay", "statement"}},
		},
		{
			name:   "a passive cue with a particle names its agent",
			blocks: []doc.Block{para("Tom Lind opened the day. It was pointed out by Ms Ann Berg that budgets were cut.")},
			want:   []passageWant{{"budgets were cut", "Ann Berg", "statement"}},
		},
		{
			name: "a first name's possessive names its person",
			blocks: []doc.Block{
				para("Present: Tom Lind (Chair), Ana Roe (Treasurer)."),
				para("Ana reports that donations fell."),
				para("Tom asks whether to hire. In Ana's view the hire is cheap."),
			},
			want: []passageWant{{"hire is cheap", "Ana Roe", "statement"}},
		},
		{
			name:   "a pronoun binds to the sentence's own named subject",
			blocks: []doc.Block{para("Ms Ann Berg said that roads matter."), para("Mr Tom Lind spoke. Ms Ann Berg was sceptical: she noted that funds are short.")},
			want:   []passageWant{{"funds are short", "Ann Berg", "statement"}},
		},
		{
			name:   "a pronoun without a named subject of its own continues the source",
			blocks: []doc.Block{para("Mr Tom Lind spoke. The room was quiet: he noted nothing new.")},
			want:   []passageWant{{"nothing new", "Tom Lind", "statement"}},
		},
		{
			name:   "the object of a preposition is no subject for the pronoun",
			blocks: []doc.Block{para("Mr Tom Lind spoke about roads. After meeting Ms Ann Berg, he said that costs rose.")},
			want:   []passageWant{{"costs rose", "Tom Lind", "statement"}},
		},
		{
			name:   "with this is no anaphor",
			blocks: []doc.Block{para("Ms Ann Berg spoke about roads. With this amendment, the text was changed.")},
			want:   []passageWant{{"text was changed", "", "narrative"}},
		},
		{
			name:   "a pronoun cue after with this continues the source",
			blocks: []doc.Block{para("Ms Ann Berg spoke about roads. With this amendment, she said, the text improves.")},
			want:   []passageWant{{"text improves", "Ann Berg", "statement"}},
		},
		{
			name:   "a procedural sentence continues no source",
			blocks: []doc.Block{para("Ms Ann Berg notes that the list is wrong. With that change the report is approved.")},
			want:   []passageWant{{"list is wrong", "Ann Berg", "statement"}, {"report is approved", "", "narrative"}},
		},
		{
			name: "transcript turn labels with titles, in capitals, and question turns",
			blocks: []doc.Block{
				para("PARTICIPANTS: Minister of Transport Grace Okafor; Chief Engineer Dr. Paul Lindqvist-Berg."),
				para("MINISTER OKAFOR: Thank you all. The bridge will reopen in May after the repairs."),
				para("I want to add that the budget was kept."),
				para("Q (Ruth Amsel, Harbour Daily): Minister, why did the repairs take two years?"),
				para("DR. LINDQVIST-BERG: The steel had to be ordered from abroad and tested twice."),
				para("Q: Will tolls rise next year for the drivers?"),
				para("MR. HALVORSEN: Last question, please, from the back."),
				para("Ms Tuva Roe: The ferries will run until the bridge opens again."),
				para("The Minister left after the briefing was over."),
				para("NOTE: the transcript was edited for length by staff."),
			},
			want: []passageWant{
				{"bridge will reopen", "Grace Okafor", "statement"},
				{"budget was kept", "Grace Okafor", "statement"},
				{"repairs take two years", "Ruth Amsel", "statement"},
				{"ordered from abroad", "Paul Lindqvist-Berg", "statement"},
				{"tolls rise", "", "narrative"},
				{"from the back", "Halvorsen", "statement"},
				{"ferries will run", "Tuva Roe", "statement"},
				{"Minister left", "", "narrative"},
				{"edited for length", "", "narrative"},
			},
		},
		{
			name: "a role noun with a name in apposition names that person",
			blocks: []doc.Block{
				para("The Chair, Ms Rania Aziz, welcomed the delegates and stressed that water is scarce."),
				para("Tom Lind asked about costs. The Chair thanked the hosts."),
			},
			want: []passageWant{{"water is scarce", "Rania Aziz", "statement"}, {"thanked the hosts", "Rania Aziz", "statement"}},
		},
		{
			name: "a possessive determiner before a role noun in apposition",
			blocks: []doc.Block{
				para("Our director, Dr Jo Lee, said that funds are short."),
				para("The Acme Bank is a lender. Its chief executive, Mr Piers Wadd, told us that rates will rise."),
			},
			want: []passageWant{{"funds are short", "Jo Lee", "statement"}, {"rates will rise", "Piers Wadd", "statement"}},
		},
		{
			name: "a role noun with modifiers and a name in apposition",
			blocks: []doc.Block{
				para("The public works director, Frank Ostrowski, presented the options and said costs rose."),
				para("The public works department, a large unit, said nothing new."),
			},
			want: []passageWant{{"costs rose", "Frank Ostrowski", "statement"}, {"nothing new", "", "narrative"}},
		},
		{
			name:   "a title with a place in apposition to a role noun",
			blocks: []doc.Block{para("The Chair, Minister for Roads and Water Tomas Varga, opened the meeting and said costs rose.")},
			want:   []passageWant{{"costs rose", "Tomas Varga", "statement"}},
		},
		{
			name: "an apposition that is no person names no one",
			blocks: []doc.Block{
				para("The Chair, who had arrived late, welcomed the guests."),
				para("The Bank, a lender since 1950, warned of risks."),
				para("Their report, Water for All, warned of drought."),
			},
			want: []passageWant{{"welcomed the guests", "", "narrative"}, {"warned of risks", "", "narrative"}, {"warned of drought", "", "narrative"}},
		},
		{
			name: "two chairs named so leave the Chair unresolved",
			blocks: []doc.Block{
				para("The Co-Chair, Ms Rania Aziz, welcomed the delegates."),
				para("The Co-Chair, Mr Tomas Varga, welcomed the observers."),
				para("Tom Lind asked about costs. The Co-Chair stressed that water is scarce."),
			},
			want: []passageWant{{"water is scarce", "", "narrative"}},
		},
		{
			name: "It continues the party that is the current source",
			blocks: []doc.Block{
				para("NORWAY said plans matter. CHILE stressed funds. KENYA noted gaps."),
				para("PERU expressed concern that the draft was vague. It proposed splitting Article 4 into two parts."),
				para("PERU spoke on funds. It was agreed that the text stands."),
			},
			want: []passageWant{{"splitting Article 4", "Peru", "statement"}, {"text stands", "", "narrative"}},
		},
		{
			name: "It continues no person nor an institution",
			blocks: []doc.Block{
				para("Ms Ann Roe spoke about roads. It noted that costs rose."),
				para("The Secretariat said so. It noted that funds were short."),
			},
			want: []passageWant{{"costs rose", "", "narrative"}, {"funds were short", "", "narrative"}},
		},
		{
			name:   "an attitude before a colon is a cue",
			blocks: []doc.Block{para("Mr Tom Lind spoke. Ms Ann Berg was adamant: the fund must grow. The mood was sceptical: nobody clapped.")},
			want:   []passageWant{{"fund must grow", "Ann Berg", "statement"}, {"nobody clapped", "", "narrative"}},
		},
		{
			name: "a known person opening a sentence without a cue is whom a later pronoun continues",
			blocks: []doc.Block{
				para("Ms Leila Roe said that tools matter. Tom Lind said so too."),
				para("Ms Leila Roe leads a team in Rabat. The toolkit was tested on ten languages, she explained."),
			},
			want: []passageWant{{"leads a team", "", "narrative"}, {"ten languages", "Leila Roe", "statement"}},
		},
		{
			name: "a topic subject of the other gender or a group continues nobody",
			blocks: []doc.Block{
				para("Ms Leila Roe said that tools matter. Tom Lind said so too."),
				para("Ms Leila Roe leads a team in Rabat. He said costs rose."),
				para("Ms Leila Roe leads a team in Rabat. Participants said prices rose."),
			},
			want: []passageWant{{"costs rose", "", "narrative"}, {"prices rose", "", "narrative"}},
		},
		{
			name: "parties in capitals the gazetteer lacks speak in a bulletin of parties",
			blocks: []doc.Block{
				para("VALDORIA said the draft was weak. The ALPINE UNION welcomed the text. OSTRELAND favoured a cap."),
				para("It was noted by VALDORIA that funds are short. KESTREL ISLANDS and OSTRELAND opposed the plan."),
				para("NOTE: the Chair said the session would close early."),
			},
			want: []passageWant{
				{"draft was weak", "Valdoria", "statement"},
				{"welcomed the text", "Alpine Union", "statement"},
				{"funds are short", "Valdoria", "statement"},
				{"opposed the plan", "", "narrative"},
			},
		},
		{
			name: "acronyms an organisation's name defines are no parties",
			blocks: []doc.Block{
				para("The United Nations Children's Fund (UNICEF) and the World Food Programme (WFP) and the Global Fund (GF) met."),
				para("UNICEF said the draft was weak. WFP warned of hunger. GF noted gaps."),
			},
			want: []passageWant{{"draft was weak", "", "narrative"}, {"warned of hunger", "", "narrative"}},
		},
		{
			name: "a country or an organisation speaks through its delegate (rule delegateParty)",
			blocks: []doc.Block{
				para("The Council met on the situation in the Republic of Ostravia."),
				para("The representative of Ostravia said that the ceasefire had to hold. He urged all sides to return to talks."),
				para("Kestrelia's delegation stressed that aid was blocked. Speaking for the Group of Coastal States, the delegate of the Marvel Islands called for restraint."),
				para("The representative of Lorvania, speaking on behalf of the Northern Alliance, said the mandate must be renewed."),
				para("The speaker for the Union of Tarn States welcomed the report. Also, the permanent representative of Guinea-Suvia regretted the delay."),
				para("The representative of Valmora took the floor to warn that famine loomed. In the afternoon, the delegate of the Brennish Federation took the floor and, after a pause, stressed that elections were overdue."),
				para("The representative of Ostravia, speaking for the Coastal Group, rose to insist that talks resume. The report of the delegate of Valmora was read out and welcomed."),
			},
			want: []passageWant{
				{"ceasefire had to hold", "Ostravia", "statement"},
				{"aid was blocked", "Kestrelia", "statement"},
				{"called for restraint", "Marvel Islands", "statement"},
				{"mandate must be renewed", "Lorvania", "statement"},
				{"welcomed the report", "Union of Tarn States", "statement"},
				{"regretted the delay", "Guinea-Suvia", "statement"},
				{"famine loomed", "Valmora", "statement"},
				{"elections were overdue", "Brennish Federation", "statement"},
				{"talks resume", "Ostravia", "statement"},
				{"read out and welcomed", "", "narrative"},
			},
		},
		{
			name: "no delegate phrase: an object of a preposition, an office, a title, several parties",
			blocks: []doc.Block{
				para("A letter from the representative of Ostravia said that the talks failed."),
				para("The Speaker of the House said the bill would pass."),
				para("The representative of the Secretary-General said the mission was ready."),
				para("The representatives of Ostravia and Lorvania stressed unity. The delegate of Ostravia, Lorvania and Kestrelia, said it was late."),
				para("The delegate of Ostravia and the delegate of Lorvania voiced doubts. Several speakers, including the delegate of Kestrelia, urged calm."),
			},
			want: []passageWant{
				{"talks failed", "", "narrative"},
				{"bill would pass", "", "narrative"},
				{"mission was ready", "", "narrative"},
				{"stressed unity", "", "narrative"},
				{"it was late", "", "narrative"},
				{"voiced doubts", "", "narrative"},
				{"urged calm", "", "narrative"},
			},
		},
		{
			name: "a reporter's question turn names the reporter (rule reporterTurn)",
			blocks: []doc.Block{
				para("MS LINDQVIST: Good afternoon. The minister travels to Ostravia tomorrow."),
				para("Q: Tomas Berg, Daily Example. Will the minister meet the opposition while she is there?"),
				para("MS LINDQVIST: I have nothing to announce on that."),
				para("QUESTION (Pedro Alves, Radio Sul): Is the border still closed to trucks?"),
				para("MS LINDQVIST: It reopened on Monday."),
				para("Q: Is there a date for the next round of talks?"),
			},
			want: []passageWant{
				{"meet the opposition", "Tomas Berg", "statement"},
				{"closed to trucks", "Pedro Alves", "statement"},
				{"next round of talks", "", "narrative"},
			},
		},
		{
			name: "a document's title before a colon is no speaker label (rule labelNotDocument)",
			blocks: []doc.Block{
				para("Related documents"),
				para("Fact Sheet: Expanding the Coastal Fisheries Partnership in the North"),
				para("Press Release: New funding for rural clinics announced today"),
			},
			want: []passageWant{{"Coastal Fisheries Partnership", "", "narrative"}, {"rural clinics", "", "narrative"}},
		},
		{
			name: "a role phrase with a titled name in apposition (rule appositionSource)",
			blocks: []doc.Block{
				para("The Minister for Roads of Ostravia, Dr Petra Lindgren-Osei, welcomed participants and underlined the cost of delays."),
			},
			want: []passageWant{{"cost of delays", "Petra Lindgren-Osei", "statement"}},
		},
		{
			name: "a participle, an infinitive or a second verb after a parenthesis takes the sentence's subject (rule predicateSubject)",
			blocks: []doc.Block{
				para("Jonas Haverkamp presented the survey, noting that response rates had doubled."),
				para("After the break, Marta Kielczewska came back on stage to announce that the sprint would continue."),
				para("The plan was to note the changes. Participants toured the site, noting that the wells were dry."),
				para("Ines Lindqvist took the floor and, after a pause, stressed that funding was short."),
				para("Oskar Haldane, who chairs the board, took the floor and warned that costs rose."),
				para("Ann Roe, Oskar Haldane, and Ines Lindqvist toured the site and reported that pumps failed."),
				para("In a short address, Norland Isles student leader and poet Ilse Varga implored the delegates to oppose the new tariffs."),
				para("Minister Oskar Haldane previewed new grants and programmes to support local radio stations."),
			},
			want: []passageWant{
				{"response rates had doubled", "Jonas Haverkamp", "statement"},
				{"sprint would continue", "Marta Kielczewska", "statement"},
				{"note the changes", "", "narrative"},
				{"wells were dry", "", "narrative"},
				{"funding was short", "Ines Lindqvist", "statement"},
				{"costs rose", "Oskar Haldane", "statement"},
				{"pumps failed", "", "narrative"},
				{"oppose the new tariffs", "Ilse Varga", "statement"}, // not "Norland Isles"
				{"support local radio", "", "narrative"},
			},
		},
		{
			name: "a short quotation attached to the cue is a quote; a term is not (rule quoteKind)",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. She said the plan was ‘not enough’ and the Ministers’ plan was late."),
				para("“Not yet,” Lopez said."),
				para("Lopez described the “golden visa” scheme. Lopez noted that “good guesses” to gather data cost money."),
				para("Lopez presented the “Open Maps Toolkit” to the room."),
				para("Tomas Berg said the tools had become a kind of “shadow standard”. Berg took the word “light touch” to heart and gave a short demo."),
			},
			want: []passageWant{
				{"not enough", "Maria Lopez", "quote"},
				{"Not yet", "Maria Lopez", "quote"},
				{"golden visa", "Maria Lopez", "statement"},
				{"good guesses", "Maria Lopez", "statement"},
				{"Open Maps Toolkit", "Maria Lopez", "statement"},
				{"shadow standard", "Tomas Berg", "statement"},
				{"light touch", "Tomas Berg", "statement"},
			},
		},
		{
			name: "a quotation of several sentences is one passage of its source (rule quoteSpans)",
			blocks: []doc.Block{
				para("Tomas Berg spoke next. He warned that “an adversary does not need to cut a cable. Tomas Berg only needs us to doubt each other.” The panel moved on."),
				para("Maria Lopez said the market was “wide open. Nobody is watching."),
			},
			want: []passageWant{
				{"only needs us to doubt", "Tomas Berg", "quote"},
				{"need to cut a cable", "Tomas Berg", "quote"},
				{"panel moved on", "", "narrative"},
				{"Nobody is watching", "", "narrative"},
			},
		},
		{
			name: "quotation marks written as < and = by a producer (rule quoteGlyphs)",
			blocks: []doc.Block{
				para("Maria Lopez argued for budgets. She said that the line had <never been so blurred, nor so costly.= She recalled the incidents."),
				para("Ms Lopez shared her view. In her view the key had been trust: <You cannot swap cards during an attack.= Mr Tomas Berg warned that drills were rare."),
				para("Mr Berg replied that they were useful <precisely because they are boring=: contacts and drills."),
			},
			want: []passageWant{
				{"never been so blurred", "Maria Lopez", "quote"},
				{"swap cards during an attack", "Maria Lopez", "quote"},
				{"drills were rare", "Tomas Berg", "statement"},
				{"precisely because", "Tomas Berg", "quote"},
			},
		},
		{
			name: "< and = are no quotation marks in a document with curly ones, nor alone",
			blocks: []doc.Block{
				para("Maria Lopez said that “costs rose” sharply. She said the bound was <never reached, she thought.= Then x <y held."),
			},
			want: []passageWant{{"never reached", "Maria Lopez", "statement"}},
		},
		{
			name: "a paragraph's number opens the passage after it (rule paragraphNumber)",
			blocks: []doc.Block{
				para("8. The Minister for Roads, Dr Petra Lindgren-Osei, said that delays cost dearly. The committee agreed."),
			},
			want: []passageWant{{"8. The Minister for Roads", "Petra Lindgren-Osei", "statement"}, {"committee agreed", "", "narrative"}},
		},
		{
			name:   "a document is no speaker",
			blocks: []doc.Block{para("Maria Lopez argued for budgets."), para("The new Action Plan emphasizes prevention.")},
			want:   []passageWant{{"emphasizes prevention", "", "narrative"}},
		},
	}
	runRuleCases(t, tests, true)
}

// TestTalkSections: one heading per talk makes a session whose speaker
// owns the sentences they are the subject of and the quotations in it.
func TestTalkSections(t *testing.T) {
	h := func(text string) doc.Block { return doc.Block{Kind: doc.Heading, Size: 14, Text: text} }
	blocks := []doc.Block{
		{Kind: doc.Heading, Size: 20, Text: "Lightning talks"},
		h("Maria Lopez: Faster builds"),
		para("Maria has been measuring build times for a year."),
		para("“Builds should take seconds, not minutes.”"),
		para("Maria argued that caching helps."),
		h("Tomas Berg: Better errors"),
		para("Tomas showed three examples. Error messages were discussed."),
	}
	res := Attribute(doc.Document{ID: "t", Blocks: blocks}, "Test", nil)
	checkPassage(t, res, "measuring build times", "Maria Lopez", "statement")
	checkPassage(t, res, "take seconds", "Maria Lopez", "quote")
	checkPassage(t, res, "three examples", "Tomas Berg", "statement")
	if len(res.Sessions) != 2 || res.Sessions[0].Label != "Maria Lopez: Faster builds" || len(res.Sessions[0].Speakers) != 1 {
		t.Errorf("sessions = %+v", res.Sessions)
	}
	// headings naming no one who speaks under them are no talks
	plain := []doc.Block{
		{Kind: doc.Heading, Size: 20, Text: "Summary"},
		h("Key Findings: Data gaps"),
		para("Key findings point to gaps in data."),
		h("Next Steps: Funding"),
		para("Next steps include funding."),
	}
	if res := Attribute(doc.Document{ID: "t", Blocks: plain}, "Test", nil); len(res.Sessions) != 0 || len(res.Speakers) != 0 {
		t.Errorf("headings without speakers: sessions %+v, speakers %+v", res.Sessions, res.Speakers)
	}
	for _, p := range res.Passages {
		if strings.Contains(p.Text, "three examples") && p.Session != "Tomas Berg: Better errors" {
			t.Errorf("passage %q in session %q", p.Text, p.Session)
		}
	}
}

func TestRegistryProblems(t *testing.T) {
	pass := func(id string) model.Passage { return model.Passage{Speaker: &model.Speaker{ID: id}} }
	tests := []struct {
		name string
		sp   model.Speaker
		want string // a fragment of the problem, "" for none
	}{
		{"clean", model.Speaker{ID: "a", Name: "Maria Lopez", Role: "Director"}, ""},
		{"title in the name", model.Speaker{ID: "a", Name: "Co-facilitator Lopez"}, "title"},
		{"clause opener in the name", model.Speaker{ID: "a", Name: "However Maria"}, "clause word"},
		{"article as role", model.Speaker{ID: "a", Name: "Maria Lopez", Role: "The"}, "article"},
		{"clause as role", model.Speaker{ID: "a", Name: "Maria Lopez", Role: "declaring that plans matter"}, "clause"},
		{"no passage, no programme", model.Speaker{ID: "b", Name: "Tomas Berg"}, "no passage"},
		{"no passage, in the programme", model.Speaker{ID: "b", Name: "Tomas Berg", Part: "speaker"}, ""},
	}
	for _, tc := range tests {
		got := strings.Join(RegistryProblems([]model.Speaker{tc.sp}, []model.Passage{pass("a")}), "; ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.want)
		}
	}
	dup := RegistryProblems([]model.Speaker{{ID: "a", Name: "Lopez"}, {ID: "b", Name: "Maria Lopez"}}, []model.Passage{pass("a"), pass("b")})
	if len(dup) != 1 || !strings.Contains(dup[0], "one person") {
		t.Errorf("surname beside full name: %q", dup)
	}
}

// TestInlineSessions: "Session N (“Title”)" in running text opens a session.
func TestInlineSessions(t *testing.T) {
	blocks := []doc.Block{
		{Kind: doc.Heading, Size: 20, Text: "Summary of proceedings"},
		para("The chair opened Session 1 (“Opening the floor”) with a welcome. Maria Lopez argued for budgets."),
		para("Session 2: Finance and costs. Tomas Berg noted that costs fall."),
	}
	res := Attribute(doc.Document{ID: "t", Blocks: blocks}, "Test", nil)
	want := map[string]string{"argued for budgets": "Session 1: Opening the floor", "costs fall": "Session 2: Finance and costs"}
	for frag, sess := range want {
		for _, p := range res.Passages {
			if strings.Contains(p.Text, frag) && p.Session != sess {
				t.Errorf("passage %q: session %q, want %q", p.Text, p.Session, sess)
			}
		}
	}
	if len(res.Sessions) != 2 || len(res.Sessions[0].Speakers) != 1 || res.Sessions[0].Speakers[0] != "maria-lopez" {
		t.Errorf("sessions = %+v", res.Sessions)
	}
	headed := []doc.Block{
		{Kind: doc.Heading, Size: 16, Text: "Session 2: Finance and costs"},
		para("Tomas Berg noted that costs fall."),
		{Kind: doc.Heading, Size: 16, Text: "Session 3: Staff"},
		para("Maria Lopez argued for more staff."),
	}
	res = Attribute(doc.Document{ID: "t", Blocks: headed}, "Test", nil)
	checkPassage(t, res, "costs fall", "Tomas Berg", "statement")
	for _, p := range res.Passages {
		if strings.Contains(p.Text, "more staff") && p.Session != "Session 3: Staff" {
			t.Errorf("passage %q: session %q", p.Text, p.Session)
		}
	}
	if len(res.Sessions) != 2 || len(res.Sessions[1].Speakers) != 1 || res.Sessions[1].Speakers[0] != "maria-lopez" {
		t.Errorf("sessions from headings = %+v", res.Sessions)
	}
}

func TestListedAffiliation(t *testing.T) {
	tests := []struct {
		text, want string // want "" for none
	}{
		{"Jane Roe, Acme Tomas Berg, Beta", "Acme"},
		{"Jane Roe, Goldman Sachs Tomas Berg, Beta", "Goldman Sachs"},
		{"Jane Roe, Acme", "Acme"},
		{"Jane Roe, Tomas Berg, Ann Lind", ""},
		{"Jane Roe, Ana Maria Lindqvist, and Ann Lind", ""},
		{"Jane Roe, Core Developer", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text)
		got := ""
		if org, _, ok := listedAffiliation(toks, 2); ok {
			got = textOf(tc.text, toks, org[0], org[1])
		}
		if got != tc.want {
			t.Errorf("listedAffiliation(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAppositionFields: an apposition after a name goes to the role when
// it holds a title, to the organisation when it names one, otherwise to
// the description.
func TestAppositionFields(t *testing.T) {
	tests := []struct {
		sentence               string
		role, org, description string
	}{
		{"Maria Lopez, Director of Studies, said so.", "Director of Studies", "", ""},
		{"Maria Lopez, Global Energy Agency, said so.", "", "Global Energy Agency", ""},
		{"Maria Lopez, Bloomfield Green Finance, said so.", "", "", "Bloomfield Green Finance"},
	}
	for _, tc := range tests {
		res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{para(tc.sentence)}}, "T", nil)
		if len(res.Speakers) != 1 {
			t.Fatalf("%q: speakers %+v", tc.sentence, res.Speakers)
		}
		s := res.Speakers[0]
		if s.Role != tc.role || s.Organisation != tc.org || s.Description != tc.description {
			t.Errorf("%q: role %q org %q description %q, want %q %q %q", tc.sentence, s.Role, s.Organisation, s.Description, tc.role, tc.org, tc.description)
		}
	}
}

func TestMarkerLen(t *testing.T) {
	tests := []struct {
		text string
		want string // the marker with its spaces
	}{
		{"• Budgets are short.", "• "},
		{"–  Budgets are short.", "–  "},
		{"- Budgets are short.", "- "},
		{"3. Budgets are short.", "3. "},
		{"12) Budgets are short.", "12) "},
		{"(b) Budgets are short.", "(b) "},
		{"iv. Budgets are short.", "iv. "},
		{"Budgets are short.", ""},
		{"2021 was a short year.", ""},
		{"U.S. budgets are short.", ""},
		{"$5 million is short.", ""},
		{"“Budgets are short,” she said.", ""},
		{"-5 degrees were measured.", ""},
	}
	for _, tt := range tests {
		if got := tt.text[:markerLen(tt.text)]; got != tt.want {
			t.Errorf("markerLen(%q): marker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestGlyphPairs: the pairs of rule quoteGlyphs, and a long hostile
// paragraph of openings without a close in linear time.
func TestGlyphPairs(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"had <never been so blurred.= She", 1},
		{"a <b and <c words= then <d more=.", 2},
		{"x <= y and z=3", 0},
		{"<One.= <Two three=: done", 2},
	}
	for _, tc := range tests {
		if got := len(glyphPairs(tc.in)); got != tc.want {
			t.Errorf("glyphPairs(%q) = %d pairs, want %d", tc.in, got, tc.want)
		}
	}
	long := strings.Repeat(" <a", 200000) + " b="
	if got := len(glyphPairs(long)); got != 1 {
		t.Errorf("long paragraph: %d pairs, want 1", got)
	}
}
