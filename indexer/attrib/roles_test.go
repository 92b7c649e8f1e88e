package attrib

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func heading(text string) doc.Block {
	return doc.Block{Kind: doc.Heading, Level: 2, Text: text}
}

func cell(row, col int, text string) doc.Block {
	return doc.Block{Kind: doc.Cell, Row: row, Col: col, Text: text}
}

// TestRoleNounFromLists: rule roleNoun over the lists of a meeting report
// (attendance, witnesses, staff, programme): a role noun is the one
// person a list gives that office, registered when no sentence credits
// them by name; nobody when several hold it, unless one of them is given
// it in the current section (rule roleInSection).
func TestRoleNounFromLists(t *testing.T) {
	tests := []ruleCase{
		{
			name: "a bracket in an attendance list",
			blocks: []doc.Block{
				para("Present: Anna Berg (Chair), Tomas Lind (Vice-Chair), Eva Dahl."),
				para("The Chair opened the meeting by welcoming members. Tomas Lind asked about fees."),
				para("Eva Dahl raised the question of a budget; the Chair suggested that a working group draft the budget."),
			},
			want: []passageWant{{"welcoming members", "Anna Berg", "statement"}, {"draft the budget", "Anna Berg", "statement"}},
		},
		{
			name: "an apposition in a staff list, its last entry too",
			blocks: []doc.Block{
				para("Staff: Anna Berg, City Manager; Eva Dahl, Director of Parks"),
				para("Tomas Lind asked about fees. The City Manager replied that fees would fall."),
				para("Tomas Lind asked about trees. The Director acknowledged that planting was late."),
			},
			want: []passageWant{{"fees would fall", "Anna Berg", "statement"}, {"planting was late", "Eva Dahl", "statement"}},
		},
		{
			name: "rule officeLabel: a label before the name",
			blocks: []doc.Block{
				para("Chair: Ms Anna Berg"),
				para("Tomas Lind asked about fees. The Chair noted that budgets rise."),
			},
			want: []passageWant{{"budgets rise", "Anna Berg", "statement"}},
		},
		{
			name: "presiding: in the Chair",
			blocks: []doc.Block{
				para("Present: Anna Berg (President, in the Chair), Tomas Lind, Eva Dahl."),
				para("Tomas Lind asked about fees. The Chair said that the question was in order."),
			},
			want: []passageWant{{"question was in order", "Anna Berg", "statement"}},
		},
		{
			name: "a title in capitals after the name, then the office",
			blocks: []doc.Block{
				para("Witnesses: Tomas Lind MP, Minister for Rivers; Ms Eva Dahl, Director of Ports"),
				para("Ms Dahl described the ports. The Minister said that rivers rise."),
			},
			want: []passageWant{{"rivers rise", "Tomas Lind", "statement"}},
		},
		{
			name: "a title before an unregistered name",
			blocks: []doc.Block{
				para("Panel: Professor Anna Berg, University of Ghent; Dr Tomas Lind, Rail Board"),
				para("Dr Lind described the rails. The Professor noted that ports are full."),
			},
			want: []passageWant{{"ports are full", "Anna Berg", "statement"}},
		},
		{
			name: "a table of witnesses",
			blocks: []doc.Block{
				cell(1, 1, "Anna Berg"), cell(1, 2, "Chief Executive, Port Authority"),
				cell(2, 1, "Tomas Lind"), cell(2, 2, "Director, Rail Board"),
				para("Mr Lind described the rails. The Chief Executive told the committee that ports are full."),
			},
			want: []passageWant{{"ports are full", "Anna Berg", "statement"}},
		},
		{
			name: "a title word that is no office stays out (Honorary Treasurer is the Treasurer)",
			blocks: []doc.Block{
				para("Present: Anna Berg (Honorary Treasurer), Tomas Lind (Chair)."),
				para("The Treasurer reported that reserves were low."),
			},
			want: []passageWant{{"reserves were low", "Anna Berg", "statement"}},
		},
		{
			name: "an office with its place",
			blocks: []doc.Block{
				para("Staff: Eva Dahl, Director of Parks; Anna Berg, Director of Roads"),
				para("Tomas Lind asked about trees. The Director of Parks replied that planting was late."),
				para("Tomas Lind asked about potholes. The Director acknowledged that repairs were late."),
			},
			want: []passageWant{{"planting was late", "Eva Dahl", "statement"}, {"repairs were late", "", "narrative"}},
		},
		{
			name: "a role noun as a passive agent, a motion's mover, a possessive",
			blocks: []doc.Block{
				para("Present: Anna Berg (Chair), Tomas Lind, Eva Dahl."),
				para("Tomas Lind asked about fees. It was proposed by the Chair that fees fall."),
				para("Eva Dahl asked about rooms. In the Chair's view, rooms were small."),
				para("Moved by the Chair, seconded by Tomas Lind, that the budget be adopted."),
			},
			want: []passageWant{{"fees fall", "Anna Berg", "statement"}, {"rooms were small", "Anna Berg", "statement"}, {"budget be adopted", "Anna Berg", "statement"}},
		},
		{
			name: "presiding.txt: the agent of a verb of presiding",
			blocks: []doc.Block{
				para("The panel on ports, moderated by Dr Anna Berg, heard three speakers."),
				para("Tomas Lind described the ports. The moderator asked whether ships were late."),
			},
			want: []passageWant{{"ships were late", "Anna Berg", "statement"}},
		},
		{
			name: "rule officeLabel with 'in the'; a dash; a bracket holding a semicolon; a role before a bracketed name",
			blocks: []doc.Block{
				para("In the Chair: Anna Berg"),
				para("Present: Tomas Lind – Treasurer; Eva Dahl (Acme Ports; Secretary); the Rapporteur (Olaf Dahl)"),
				para("Mr Lind asked about fees. The Chair replied that fees would fall."),
				para("Ms Moreau asked about rents. The Treasurer replied that rents would rise."),
				para("Ms Moreau asked about minutes. The Secretary replied that they were ready."),
				para("Ms Moreau asked about the text. The Rapporteur replied that it was ready."),
			},
			want: []passageWant{{"fees would fall", "Anna Berg", "statement"}, {"rents would rise", "Tomas Lind", "statement"},
				{"they were ready", "Eva Dahl", "statement"}, {"it was ready", "Olaf Dahl", "statement"}},
		},
		{
			name: "two holders: no one",
			blocks: []doc.Block{
				para("Prime Minister Anna Berg of Norway met Prime Minister Tomas Lind of Chile."),
				para("The Prime Minister said that trade grows."),
			},
			want: []passageWant{{"trade grows", "", "narrative"}},
		},
		{
			name: "rule roleInSection: each session's moderator",
			blocks: []doc.Block{
				heading("Session 1: Ports"),
				para("Moderator: Ms Anna Berg, Senior Adviser"),
				para("Tomas Lind described the ports. The moderator asked whether ships were late."),
				heading("Session 2: Rails"),
				para("Moderator: Mr Olaf Dahl, Programme Officer"),
				para("Eva Moreau described the rails. The moderator asked whether trains were late."),
			},
			want: []passageWant{{"ships were late", "Anna Berg", "statement"}, {"trains were late", "Olaf Dahl", "statement"}},
		},
		{
			name: "rule roleInSection: two moderators in the section, no one",
			blocks: []doc.Block{
				heading("Session 1: Ports"),
				para("Moderators: Ms Anna Berg (moderator); Mr Olaf Dahl (moderator)"),
				para("Tomas Lind described the ports. The moderator asked whether ships were late."),
			},
			want: []passageWant{{"ships were late", "", "narrative"}},
		},
		{
			name: "a listed Vice-Chair is no Chair",
			blocks: []doc.Block{
				para("Present: Anna Berg (Vice Chair), Tomas Lind, Eva Dahl."),
				para("Tomas Lind asked about fees. The Chair said that fees would stay."),
			},
			want: []passageWant{{"fees would stay", "", "narrative"}},
		},
		{
			name: "a byline's office is the report's own voice",
			blocks: []doc.Block{
				para("Author: Anna Berg"),
				para("Tomas Lind asked about fees. The author argues that fees would stay."),
			},
			want: []passageWant{{"fees would stay", "", "narrative"}},
		},
		{
			name: "absence.txt: an office in a list of those absent names no speaker",
			blocks: []doc.Block{
				para("Present: Tomas Lind, Eva Dahl."),
				para("Apologies for absence: Anna Berg (Treasurer)."),
				para("The Treasurer reported that reserves were low."),
			},
			want: []passageWant{{"reserves were low", "", "narrative"}},
		},
		{
			name: "rule roleAcronym: the initials of the office as printed",
			blocks: []doc.Block{
				para("Chief Operating Officer Anna Berg presented the year. Tomas Lind asked about fees."),
				para("The COO replied that fees would fall."),
			},
			want: []passageWant{{"fees would fall", "Anna Berg", "statement"}},
		},
		{
			name: "rule roleAcronym: a title phrase with a word that is no title",
			blocks: []doc.Block{
				para("Chief Financial Officer Anna Berg walked through the plans. Tomas Lind asked about fees."),
				para("The CFO replied that fees would fall."),
			},
			want: []passageWant{{"fees would fall", "Anna Berg", "statement"}},
		},
		{
			name: "rule roleAcronym: two offices with the same initials name nobody",
			blocks: []doc.Block{
				para("Present: Anna Berg (Chief Operating Officer), Eva Dahl (Chief Ombudsman Officer), Tomas Lind."),
				para("Tomas Lind asked about fees. The COO replied that fees would fall."),
			},
			want: []passageWant{{"fees would fall", "", "narrative"}},
		},
		{
			name: "rule roleNounTail: a title and a word of the office",
			blocks: []doc.Block{
				para("Present: Anna Berg (Chair); Eva Dahl (Chief Pharmacist); Tomas Lind (Chief Executive)"),
				para("Tomas Lind asked about stock. The Chief Pharmacist thanked the family and said shelves were empty."),
			},
			want: []passageWant{{"shelves were empty", "Eva Dahl", "statement"}},
		},
		{
			name: "rule roleNounTail: a word nobody's office holds names no one",
			blocks: []doc.Block{
				para("Present: Anna Berg (Chair); Eva Dahl (Chief Pharmacist); Tomas Lind (Chief Executive)"),
				para("Tomas Lind asked about stock. The Chief Engineer said shelves were empty."),
			},
			want: []passageWant{{"shelves were empty", "", "narrative"}},
		},
		{
			name: "rule roleApposition: the office's body after 'of the'",
			blocks: []doc.Block{
				para("The Chair of the Trustees, Anna Berg, opened the meeting at noon."),
				para("A member asked about fees. The Chair said that fees would stay."),
			},
			want: []passageWant{{"fees would stay", "Anna Berg", "statement"}},
		},
		{
			name: "rule roleApposition: a lower-case body after 'of the'",
			blocks: []doc.Block{
				para("The Chair of the meeting, Anna Berg, welcomed members."),
				para("A member asked about fees. The Chair called the room to order and reminded members that fees would stay."),
			},
			want: []passageWant{{"fees would stay", "Anna Berg", "statement"}},
		},
		{
			name: "rule predicateSubject past a time ('at 10:00')",
			blocks: []doc.Block{
				para("The annual meeting was held in Oslo. The Chair of the Trustees, Anna Berg, opened the meeting at 10:00 and confirmed that a quorum was present."),
			},
			want: []passageWant{{"quorum was present", "Anna Berg", "statement"}, {"held in Oslo", "", "narrative"}},
		},
		{
			name: "presiding.txt: a noun of presiding before 'of'",
			blocks: []doc.Block{
				para("The forum met under the chairmanship of Dr Anna Berg, Minister of Ports of Ostravia."),
				para("In her opening remarks, the Chair recalled that ports were full."),
			},
			want: []passageWant{{"ports were full", "Anna Berg", "statement"}},
		},
		{
			name: "titles.txt (parties to a hearing): a lower-case role noun in apposition",
			blocks: []doc.Block{
				para("The appellant, Mr Tomas Lind, ran a ferry for ten years."),
				para("Ms Eva Dahl asked about fares. The appellant said that fares had doubled."),
			},
			want: []passageWant{{"fares had doubled", "Tomas Lind", "statement"}},
		},
		{
			name: "rule officeComplement: counsel is an office given per party, its party no office of the counsel",
			blocks: []doc.Block{
				para("Present: Mr Tomas Lind (appellant); Ms Eva Dahl (counsel for the appellant); Mr Jan Holm (counsel for the council)."),
				para("Counsel for the appellant argued that the notice was late. The appellant said that fares had doubled."),
				para("Counsel for the council submitted that the notice was valid."),
				para("Counsel replied that the fares were fair."),
			},
			want: []passageWant{
				{"notice was late", "Eva Dahl", "statement"},
				{"fares had doubled", "Tomas Lind", "statement"}, // Ms Dahl is counsel, no appellant
				{"notice was valid", "Jan Holm", "statement"},
				{"fares were fair", "", "narrative"}, // two counsel: nobody
			},
		},
		{
			name: "rule officeComplement: counsel in apposition; a party nobody represents credits nobody",
			blocks: []doc.Block{
				para("Counsel for the appellant, Ms Eva Dahl, argued that the notice was late."),
				para("Counsel for the council said that the notice was valid."),
				para("The Chair of the Trustees, Mr Jan Holm, opened the meeting. The trustee said that the roof leaks."),
			},
			want: []passageWant{
				{"notice was late", "Eva Dahl", "statement"},
				{"notice was valid", "", "narrative"},
				{"roof leaks", "", "narrative"}, // the Chair of the Trustees is no trustee
			},
		},
		{
			name: "rule officeCopula: a role phrase, 'is' and the name",
			blocks: []doc.Block{
				para("Counsel for the appellant is Ms Eva Dahl. The council is represented by Mr Jan Holm."),
				para("Counsel for the appellant argued that the notice was late."),
				para("The winner was Mr Olaf Berg, who farms near the river. The judge said that the fair was over."),
			},
			want: []passageWant{
				{"notice was late", "Eva Dahl", "statement"},
				{"fair was over", "", "narrative"}, // a winner is no office
			},
		},
		{
			name: "sectional.txt: the witness is the one given the office in this paragraph or the one before",
			blocks: []doc.Block{
				para("Counsel for the appellant is Ms Eva Dahl."),
				para("The first witness was Mr Jan Holm, a ferry pilot, who described the route."),
				para("Cross-examined by Ms Dahl, the witness accepted that the timetable had changed."),
				para("The panel then heard from Ms Ada Berg of the port."),
				para("Ms Dahl asked about the fares. The witness said that fares had doubled."),
				heading("Second day"),
				para("The witness said that the port had closed."),
			},
			want: []passageWant{
				{"timetable had changed", "Jan Holm", "statement"},
				{"fares had doubled", "", "narrative"}, // another witness may have taken the stand
				{"port had closed", "", "narrative"},
			},
		},
		{
			name: "rule roleApposition: a title phrase with its place between the role noun and the name",
			blocks: []doc.Block{
				heading("Opening"),
				para("The Chair, Minister for Ports and Water Anna Berg, welcomed the delegations."),
				para("Tomas Lind asked about fees."),
				heading("Closing"),
				para("In closing, the Chair thanked the hosts. She noted that the port would reopen."),
				para("In Lenmark, Minister Tomas Lind said that fees rise. The minister added that taxes fall."),
			},
			want: []passageWant{{"thanked the hosts", "Anna Berg", "statement"}, {"port would reopen", "Anna Berg", "statement"}},
		},
		{
			name: "a relative clause in a list is no office",
			blocks: []doc.Block{
				para("We thank Anna Berg, who chairs the trust, for the rooms."),
				para("Tomas Lind asked about fees. The Chair said that fees would stay."),
			},
			want: []passageWant{{"fees would stay", "", "narrative"}},
		},
	}
	runRuleCases(t, tests, true)
}

// TestRegisteredHolderRole: a listed name registered by rule roleNoun
// takes the office as printed for its role, and its honorific.
func TestRegisteredHolderRole(t *testing.T) {
	res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{
		para("Staff: Ms Anna Berg, City Manager; Eva Dahl, Director of Parks"),
		para("Tomas Lind asked about fees. The City Manager replied that fees would fall."),
	}}, "Test", nil)
	for _, sp := range res.Speakers {
		if sp.Name == "Anna Berg" {
			if sp.Role != "City Manager" || sp.Honorific != "Ms" {
				t.Errorf("Anna Berg: role %q honorific %q, want City Manager, Ms", sp.Role, sp.Honorific)
			}
			return
		}
	}
	t.Errorf("no speaker Anna Berg in %+v", res.Speakers)
}

// TestNameSpans: names the registry does not hold are runs of two to
// four name words, never a part of a longer capitalised phrase.
func TestNameSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Present: Anna Berg (Chair), Pieter van der Berg, Eva Dahl.", []string{"Anna Berg", "Pieter van der Berg", "Eva Dahl"}},
		{"Ms Eva Dahl, Chief Information Security Officer", []string{"Eva Dahl"}},
		{"Tomas Lind MP, Minister for Rivers", []string{"Tomas Lind"}},
	}
	for _, tc := range tests {
		a := &attributor{}
		toks := tokenize(tc.text)
		var got []string
		for _, sp := range a.nameSpans(toks, nil) {
			got = append(got, textOf(tc.text, toks, sp[0], sp[1]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("nameSpans(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestHonorificsAndParticles: rule honorificName (a form of address
// before one name word) and rule particleSurname (a surname with its
// particles, capitalised opening a sentence), one case per class of
// honorifics.txt's fourth field and per particle case.
func TestHonorificsAndParticles(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		want   [][3]string // fragment, speaker, kind
		role   [2]string   // a speaker and the role they must have
	}{
		{
			name: "first: Sir and Dame take the first name",
			blocks: []doc.Block{
				para("Members: Dame Ann Roe (Chair); Sir Tomas Berg; Eva Tomas."),
				para("Sir Tomas asked whether fees would rise. Dame Ann replied that they would fall."),
			},
			want: [][3]string{{"fees would rise", "Tomas Berg", "statement"}, {"would fall", "Ann Roe", "statement"}},
		},
		{
			name: "either: Lord takes the surname",
			blocks: []doc.Block{
				para("Members: Lord Peter Ashby; Eva Dahl."),
				para("Lord Ashby asked whether fees would rise."),
			},
			want: [][3]string{{"fees would rise", "Peter Ashby", "statement"}},
		},
		{
			name: "either: Lady takes the first name",
			blocks: []doc.Block{
				para("Members: Lady Ann Roe; Eva Dahl."),
				para("Lady Ann asked whether fees would rise."),
			},
			want: [][3]string{{"fees would rise", "Ann Roe", "statement"}},
		},
		{
			name:   "office: Lord before a title word is part of the office",
			blocks: []doc.Block{para("Lord Mayor Tomas Berg noted that fees would rise.")},
			want:   [][3]string{{"fees would rise", "Tomas Berg", "statement"}},
			role:   [2]string{"Tomas Berg", "Lord Mayor"},
		},
		{
			name: "particles capitalised opening a sentence, then first names",
			blocks: []doc.Block{
				para("Present: Pieter van der Berg (Chair), Ana de la Cruz, Tomas Lind."),
				para("Van der Berg opened the meeting by welcoming members. De la Cruz noted that fees would rise."),
				para("Pieter asked about rooms. Ana replied that rooms were small."),
			},
			want: [][3]string{{"welcoming members", "Pieter van der Berg", "statement"}, {"fees would rise", "Ana de la Cruz", "statement"},
				{"asked about rooms", "Pieter van der Berg", "statement"}, {"rooms were small", "Ana de la Cruz", "statement"}},
		},
		{
			name: "a particle after an honorific",
			blocks: []doc.Block{
				para("Witnesses: Hamid van Aalst, Port Users; Eva Dahl."),
				para("Mr van Aalst told the committee that fees would rise."),
			},
			want: [][3]string{{"fees would rise", "Hamid van Aalst", "statement"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Attribute(doc.Document{ID: "t", Blocks: tc.blocks}, "Test", nil)
			for _, w := range tc.want {
				checkPassage(t, res, w[0], w[1], w[2])
			}
			if tc.role[0] != "" {
				found := false
				for _, sp := range res.Speakers {
					if sp.Name == tc.role[0] {
						found = true
						if sp.Role != tc.role[1] || sp.Honorific != "" {
							t.Errorf("%s: role %q honorific %q, want role %q", sp.Name, sp.Role, sp.Honorific, tc.role[1])
						}
					}
				}
				if !found {
					t.Errorf("no speaker %q in %+v", tc.role[0], res.Speakers)
				}
			}
			if probs := RegistryProblems(res.Speakers, res.Passages); len(probs) > 0 {
				t.Errorf("registry problems: %s", strings.Join(probs, "; "))
			}
		})
	}
}

// TestBylinesAreTitles: every byline office is a title word too.
func TestBylinesAreTitles(t *testing.T) {
	for o := range bylineOffices {
		if !lex.titles[o] {
			t.Errorf("bylines.txt: %q is not in titles.txt", o)
		}
	}
}
