package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestTranscriptLabels: turn labels of parliamentary records and press
// conferences (rules bracketTurn, roleTurn).
func TestTranscriptLabels(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "bracketTurn: a titled name, seat and party, office and the time",
			blocks: []doc.Block{
				para("Mr JONAS PELLEGRINI (Northfield—Labour Party) (14:02): My question is to the Minister. Why were the routes cut?"),
				para("Hon. DR MARIT OYELARAN-BROOKS (Eastbrook—National Party—Minister for Education) (14:03): I thank the member. The routes were merged, not cut."),
				para("Mr JONAS PELLEGRINI (14:05): Supplementary question: how long do children now travel?"),
				para("Rt Hon. SEBASTIAN MAKGATHO-REID (Hillcrest—National Party—Prime Minister) (14:07): The budget has doubled since we took office."),
			},
			want: []passageWant{
				{"Why were the routes cut", "Jonas Pellegrini", "statement"},
				{"merged, not cut", "Marit Oyelaran-Brooks", "statement"},
				{"how long do children", "Jonas Pellegrini", "statement"},
				{"budget has doubled", "Sebastian Makgatho-Reid", "statement"},
			},
		},
		{
			name:   "bracketTurn: a name and the time, without a title",
			blocks: []doc.Block{para("Jonas Pellegrini said the routes were cut."), para("Jonas Pellegrini (14:05): Our children now travel for an hour.")},
			want:   []passageWant{{"travel for an hour", "Jonas Pellegrini", "statement"}},
		},
		{
			name: "bracketTurn: a titled name, an affiliation and a talk's title is a programme line",
			blocks: []doc.Block{para("Dr Piet Olsen said inspectors lacked a mandate."),
				para("Dr Piet Olsen (University of Tartu) (10:15): Forced labour in seasonal agriculture and the role of labour inspectors")},
			want: []passageWant{{"seasonal agriculture", "", "narrative"}},
		},
		{
			name:   "bracketTurn: an untitled name and an affiliation, no time, no speech verb: no turn",
			blocks: []doc.Block{para("Jonas Pellegrini said the routes were cut."), para("Jonas Pellegrini (Northfield Council): the children now travel for an hour.")},
			want:   []passageWant{{"travel for an hour", "", "narrative"}},
		},
		{
			name: "roleTurn: an office in capitals with its holder's name, then alone",
			blocks: []doc.Block{
				para("MODERATOR (Kadri Lepik): Good afternoon and welcome. The leaders will each make a short statement."),
				para("PRIME MINISTER TAMMSAAR: Thank you, Kadri. Today we signed an agreement on the power link."),
				para("MODERATOR: Thank you. We have time for three questions."),
			},
			want: []passageWant{{"leaders will each make", "Kadri Lepik", "statement"}, {"time for three questions", "Kadri Lepik", "statement"}},
		},
		{
			name: "roleTurn: an office nobody holds is a turn of no one we know",
			blocks: []doc.Block{
				para("PRIME MINISTER TAMMSAAR: Today we signed an agreement on the power link between our countries."),
				para("MODERATOR: Thank you. We have time for three questions."),
			},
			want: []passageWant{{"time for three questions", "", "narrative"}},
		},
		{
			name:   "roleTurn: a field label in title case is no turn",
			blocks: []doc.Block{para("Kadri Lepik (Moderator) opened the session."), para("Moderator: Kadri Lepik, Tallinn University of Technology")},
			want:   []passageWant{{"Tallinn University", "", "narrative"}},
		},
	}, true)
}

// TestMinutesShapes: numbered paragraphs, amendments and the reception of
// a speaker's words (rules itemMarker, motion, reception).
func TestMinutesShapes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "itemMarker: a pronoun after a paragraph number continues the source",
			blocks: []doc.Block{
				para("Present: Professor Hanna Berg (Rector, in the chair), Dr Piet Olsen, Professor Eva Lindqvist."),
				para("2.1 The Rector reported that applications were 5 per cent higher than last year."),
				para("2.2 She informed the Board that the budget was balanced but relied on savings."),
			},
			want: []passageWant{{"budget was balanced", "Hanna Berg", "statement"}},
		},
		{
			name:   "motion: an amendment moved and seconded, then its clause",
			blocks: []doc.Block{para("3.1 Professor Eva Lindqvist moved an amendment, seconded by Dr Piet Olsen, that the change be deferred by a year. The amendment was lost.")},
			want:   []passageWant{{"deferred by a year", "Eva Lindqvist", "statement"}, {"amendment was lost", "", "narrative"}},
		},
		{
			name:   "motion: moving an object is no motion",
			blocks: []doc.Block{para("Eva Lindqvist said the hall was small."), para("Eva Lindqvist moved the chairs, and the meeting to the hall.")},
			want:   []passageWant{{"moved the chairs", "", "narrative"}},
		},
		{
			name: "reception: how the source's words were received is the report's",
			blocks: []doc.Block{para("Mrs. Aino Virtanen described her daily routine. “I want to walk to the shop,” she told the hall. " +
				"Her remarks drew the longest applause of the day.")},
			want: []passageWant{{"walk to the shop", "Aino Virtanen", "quote"}, {"longest applause", "", "narrative"}},
		},
	}, true)
}

// TestHearingShapes: a committee hearing's members list and its witness
// sections (rules listedOffice, sectionHolder).
func TestHearingShapes(t *testing.T) {
	members := para("Ms. Linnea Vaskor, MLA (Progressive Alliance), Chair; Mr. Tobias Grell-Hanley, MLA (Conservative), Vice-Chair; Ms. Paula Ferrante, MLA (Green).")
	witnesses := para("Dr. Imani Kessler-Obi, Chief Medical Officer, Southern Health Authority; Mr. Rune Halvik, President, Paramedics' Union.")
	runRuleCases(t, []ruleCase{
		{
			name: "listedOffice: the office ending a member's entry after a bracket",
			blocks: []doc.Block{heading("Members present"), members, heading("Opening"),
				para("The Chair reminded members that the Committee was examining closures of rural clinics."),
				para("The Vice-Chair proposed that the Committee request the licensing data.")},
			want: []passageWant{{"examining closures", "Linnea Vaskor", "statement"}, {"request the licensing data", "Tobias Grell-Hanley", "statement"}},
		},
		{
			name: "sectionHolder: the witness is the one person the section's heading names",
			blocks: []doc.Block{heading("Members present"), members, heading("Witnesses"), witnesses,
				heading("Testimony of Dr. Kessler-Obi"),
				para("Dr. Kessler-Obi told the Committee that every closure was a last resort. Ms. Ferrante asked why notice was short. The witness acknowledged that notice had been given on the same day."),
				heading("Testimony of Mr. Halvik"),
				para("Mr. Halvik said that paramedics bore the consequences. Ms. Ferrante asked whether paramedicine could help. The witness agreed but warned that crews were already working overtime.")},
			want: []passageWant{{"given on the same day", "Imani Kessler-Obi", "statement"}, {"already working overtime", "Rune Halvik", "statement"}},
		},
		{
			name: "sectionHolder: a heading naming its one person as an agent gives no witness",
			blocks: []doc.Block{heading("Members present"), members, heading("Witnesses"), witnesses,
				heading("Questions by Ms. Ferrante"),
				para("Ms. Ferrante asked whether paramedicine could help. The witness agreed but warned that crews were already working overtime.")},
			want: []passageWant{{"already working overtime", "", "narrative"}},
		},
	}, true)
}

// TestPossessiveParties: an observer in capitals whose name holds a
// plural possessive (capsRun).
func TestPossessiveParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "an observer in capitals with a plural possessive",
			blocks: []doc.Block{para("NORWAY said it supported the text. BRAZIL, for the G-77/CHINA, called for funds. KENYA noted gaps in the data. TUVALU stressed that reefs matter."),
				para("The WORLD COASTAL ALLIANCE lamented the delays. The INTERNATIONAL FISHWORKERS’ COLLECTIVE asked that the framework recognise the tenure rights of fishers.")},
			want: []passageWant{{"tenure rights", "International Fishworkers’ Collective", "statement"}},
		},
	}, true)
}

// boldLead is a paragraph opening with a name in bold and a comma.
func boldLead(name, rest string) doc.Block {
	return doc.Block{Kind: doc.Paragraph, Text: name + rest, Spans: []doc.Span{{Text: name, Bold: true}, {Text: rest}}}
}

// TestSet15Shapes: a report's paragraphs that open with a speaker's name
// in bold (rule reportsSpeech), a committee's numbered questions (rule
// numberedTurn) and an office with a lower-case modifier.
func TestSet15Shapes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "reportsSpeech: a bold name, its apposition and a speech cue is a paragraph, not a programme entry",
			blocks: []doc.Block{heading("Afternoon panel"),
				para("The panel was chaired by Dr Amina Toure of the University of Dakar, who asked each speaker for one proposal."),
				boldLead("Khadija Benmoussa", ", coordinator of a waste pickers' cooperative in Casablanca, said her members had moved collection rounds to the early morning."),
				boldLead("Moussa Diallo", ", deputy mayor of a district of Bamako, acknowledged that his administration had no data on outdoor work.")},
			want: []passageWant{{"collection rounds to the early morning", "Khadija Benmoussa", "statement"}, {"no data on outdoor work", "Moussa Diallo", "statement"}},
		},
		{
			name: "a programme's entries stay entries",
			blocks: []doc.Block{heading("Session 1: Prevention"),
				boldLead("Jana Nováková", ", State Counsellor, Ministry of Interior, Czechia"),
				boldLead("Peter Olsen", ", Professor, University of Oslo, Norway"),
				para("Ms Nováková said that prevention starts in schools.")},
			want: []passageWant{{"prevention starts in schools", "Jana Nováková", "statement"}},
		},
		{
			name: "numberedTurn: a committee's numbered questions, the Chair's and a member's",
			blocks: []doc.Block{
				para("Members present: Dame Rosalind Achterberg (Chair); Mr Colm Featherstone; Sir Gareth Mulvaney."),
				para("Q41 Chair: Good morning and thank you for coming. How many services has your authority withdrawn?"),
				para("Councillor Maureen Ellerby: We have withdrawn nineteen supported routes in that period."),
				para("Q43 Mr Featherstone: From an operator's point of view, is the problem money or drivers?"),
			},
			want: []passageWant{{"How many services", "Rosalind Achterberg", "statement"}, {"nineteen supported routes", "Maureen Ellerby", "statement"},
				{"money or drivers", "Colm Featherstone", "statement"}},
		},
		{
			name: "an office with a lower-case modifier the document gives ('(presiding)')",
			blocks: []doc.Block{
				para("Before: Her Honour Judge Philippa Vandermeer (presiding), Mr R. Aldous (lay member)"),
				para("Ms Nadia Esterhazy replied that the tribunal had simply not accepted it."),
				para("The presiding judge observed that a finding need not address every piece of evidence. She invited both counsel to make written submissions."),
			},
			want: []passageWant{{"need not address every piece", "Philippa Vandermeer", "statement"}},
		},
		{
			name: "an unknown office with a modifier leaves no pronoun to an earlier speaker",
			blocks: []doc.Block{
				para("Ms Nadia Esterhazy replied that the tribunal had simply not accepted it."),
				para("The presiding judge observed that a finding need not address every piece of evidence. She invited both counsel to make written submissions."),
			},
			want: []passageWant{{"invited both counsel", "", "narrative"}},
		},
	}, true)
}

// TestTitledParties: countries in title case that speak in a summary of
// negotiations (rule titledParties), and a readout naming two partners.
func TestTitledParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "five countries in title case, each the subject of a cue, make a report whose parties speak",
			blocks: []doc.Block{para("Bangladesh supported the statement and asked that the confidence level be stated. Netherlands agreed."),
				para("Egypt called for a stronger statement on farmland. China welcomed the section on sediment. Viet Nam expressed concern about a single model.")},
			want: []passageWant{{"confidence level be stated", "Bangladesh", "statement"}, {"single model", "Viet Nam", "statement"}},
		},
		{
			name: "a readout naming two partners keeps its own voice",
			blocks: []doc.Block{para("President Jane Roe met Prime Minister Tomas Berg on Monday."),
				para("Japan welcomed the initiative. Canada announced new funding for the corridor.")},
			want: []passageWant{{"new funding", "", "narrative"}},
		},
	}, true)
}

// TestNotesShapes: community-call notes (rules handleGivenName, bareCue,
// quoteAfterTopic).
func TestNotesShapes(t *testing.T) {
	attendees := para("Facilitator: Oluwaseun Adebanjo-Reiss (@seun-ar) Attendees: Dev Anand Pillai (@devpillai), Rosa Echeverria (@rosaech), Jonah Whitlock (@jwhit).")
	runRuleCases(t, []ruleCase{
		{
			name:   "handleGivenName: the short given name a handle opens with",
			blocks: []doc.Block{attendees, para("Seun asked whether we should ship with the job marked as allowed to fail. Nobody was keen.")},
			want:   []passageWant{{"allowed to fail", "Oluwaseun Adebanjo-Reiss", "statement"}, {"Nobody was keen", "", "narrative"}},
		},
		{
			name:   "bareCue: the sentence after a cue that says nothing of what was said",
			blocks: []doc.Block{attendees, para("Rosa pushed back. Two downstream distributions she packages for still ship 3.9.")},
			want:   []passageWant{{"downstream distributions", "Rosa Echeverria", "statement"}},
		},
		{
			name:   "bareCue: a cue with its complement is no bare cue",
			blocks: []doc.Block{attendees, para("Rosa argued for budgets. The council has not decided.")},
			want:   []passageWant{{"has not decided", "", "narrative"}},
		},
		{
			name:   "quoteAfterTopic: a quotation after a sentence about one person",
			blocks: []doc.Block{attendees, para("Dev presented the proposal to drop Python 3.9."), para("Dev was fine with that. “Six months is generous, honestly; I will update the RFC tonight.”")},
			want:   []passageWant{{"Six months is generous", "Dev Anand Pillai", "quote"}},
		},
		{
			name:   "quoteAfterTopic: not after a sentence naming two people",
			blocks: []doc.Block{attendees, para("Dev presented the proposal to drop Python 3.9. Jonah Whitlock agreed."), para("Dev met Jonah Whitlock at the sprint. “We need the release before the summer.”")},
			want:   []passageWant{{"before the summer", "", "narrative"}},
		},
	}, true)
}

// TestSet16Shapes: an office of a lower rank (rule rankedBelow), a
// descriptor with a complement before a name (descriptorWithComplement),
// and pronouns after parties (delegatePronouns).
func TestSet16Shapes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "rankedBelow: the Assistant Director-General is not the Director-General",
			blocks: []doc.Block{
				para("The representative of the SECRETARIAT (Dr. Tomas Eichel, Assistant Director-General, Communicable Diseases) introduced the report."),
				para("Dr. Eichel added that the agricultural targets were indicative."),
				para("“Resistance is a slow pandemic,” the Director-General said, “and slow pandemics are the ones we lose by waiting.”"),
			},
			want: []passageWant{{"slow pandemic", "", "narrative"}},
		},
		{
			name: "descriptorWithComplement: an indefinite descriptor with its complement, then the name",
			blocks: []doc.Block{
				para("Clementine Obuya described voice actors discovering synthetic copies of their voices."),
				para("A first-time delegate from the young members’ conference, Riya Desrosiers, spoke about gig workers. She asked the movers to add a commitment."),
			},
			want: []passageWant{{"add a commitment", "Riya Desrosiers", "statement"}},
		},
		{
			name: "delegatePronouns: in a bulletin, he after a party in capitals is its delegate",
			blocks: []doc.Block{para("NORWAY said the text was balanced. CHILE stressed funds. KENYA noted gaps in the data."),
				para("MALDIVES suggested specific recommendations. He echoed that access to capital continues to be a stumbling block.")},
			want: []passageWant{{"stumbling block", "Maldives", "statement"}},
		},
		{
			name: "delegatePronouns: in a press release naming countries in title case, she is no country",
			blocks: []doc.Block{para("The Director-General, Ms Sunniva Hallberg, thanked the donors."),
				para("Sweden announced 40 million. Japan pledged 25 million. Canada announced 12 million. Norway pledged 10 million. Ireland announced 8 million."),
				para("She said that the appeal was still 60 per cent short of its target.")},
			want: []passageWant{{"60 per cent short", "", "narrative"}},
		},
	}, true)
}

// TestIndefiniteAcronym: an acronym after an indefinite article is one
// of many, no party that speaks (capsParties).
func TestIndefiniteAcronym(t *testing.T) {
	runRuleCases(t, []ruleCase{{
		name: "a local NGO is no party",
		blocks: []doc.Block{para("UNHCR said that three centres were full. IOM noted that transport was short. WFP reported that stocks would last a week."),
			para("A participant from a local NGO noted that landlords had raised rents since the floods.")},
		want: []passageWant{{"raised rents", "", "narrative"}},
	}}, true)
}

// TestBodiesAndDelegations: a name "of the" body in capitals
// (ofBody), a delegate phrase naming an observer in capitals with "FOR"
// and "OF", and "The delegation" after its representative
// (theDelegation).
func TestBodiesAndDelegations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:   "ofBody: a body ending in an organisation word, with 'and' and apostrophes",
			blocks: []doc.Block{para("Seconding, Gerard Tollefsen of the Teachers’ and Lecturers’ Alliance said the problem was not confined to warehouses.")},
			want:   []passageWant{{"not confined to warehouses", "Gerard Tollefsen", "statement"}},
		},
		{
			name: "delegate phrases with parties and observers in capitals; the delegation",
			blocks: []doc.Block{
				para("The representative of the PHILIPPINES asked the Secretariat to clarify how the targets would be monitored."),
				para("The representative of the UNITED STATES OF AMERICA said that his country could join consensus on the resolution."),
				para("The representative of the WORLD ORGANISATION FOR VETERINARY CARE, speaking at the invitation of the CHAIR, offered its network of focal points."),
				para("The representative of INDONESIA said that targets had to reflect smallholders. The delegation proposed that the targets be voluntary."),
			},
			want: []passageWant{{"join consensus", "United States of America", "statement"}, {"network of focal points", "World Organisation for Veterinary Care", "statement"},
				{"targets be voluntary", "Indonesia", "statement"}},
		},
		{
			name:   "theDelegation: with no party before it, no one",
			blocks: []doc.Block{para("Ms Jane Roe opened the meeting."), para("The delegation proposed that the targets be voluntary.")},
			want:   []passageWant{{"targets be voluntary", "", "narrative"}},
		},
	}, true)
}

// TestSittingShapes: the person who opened a sitting (rule openedBy), a
// participle cue after a name with its group in brackets, and an opening
// "In his assessment," after a sentence about one person (viewAdverbial).
func TestSittingShapes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:   "openedBy: a titled name who opened the sitting, then her pronoun",
			blocks: []doc.Block{para("The sitting was opened at 15.02 by Vice-President Ingrid Halvorsen, who presided. She reminded the House that speaking time had been allocated.")},
			want:   []passageWant{{"speaking time had been allocated", "Ingrid Halvorsen", "statement"}},
		},
		{
			name: "a participle cue after a name and its group in brackets",
			blocks: []doc.Block{para("Aoife Brennan (The Left, Ireland) said the real question was ownership."),
				para("Hélène Marchetti-Dubois (PfE, France) went further, calling for a moratorium on all authorisations until 2030.")},
			want: []passageWant{{"moratorium", "Hélène Marchetti-Dubois", "statement"}},
		},
		{
			name: "viewAdverbial: 'In his assessment,' after a sentence about him",
			blocks: []doc.Block{para("Dr. Anna Lindqvist said that credit growth had fallen. Prof. Tamas Szalontai said that it would pick up."),
				para("Prof. Tamas Szalontai took a different view of the labour market. In his assessment, wage settlements would spill over into private pay.")},
			want: []passageWant{{"spill over", "Tamas Szalontai", "statement"}},
		},
	}, true)
}

// TestClauseOffices: a clause whose subject is an office another holds
// ("…, and the President committed …", "…; the Chair ruled that …") is
// not the first clause's source's; a programme's field line after an
// office is no turn.
func TestClauseOffices(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "a clause with another office holder as subject",
			blocks: []doc.Block{
				para("President Aldo Whitcombe welcomed Prime Minister Ingrid Sorli to the White House."),
				para("The Prime Minister raised concerns about proposed tariffs on aluminium, and the President committed to ask the Secretary of Commerce to review the matter."),
			},
			want: []passageWant{{"committed to ask", "", "narrative"}},
		},
		{
			name:   "'ruled that' is a cue",
			blocks: []doc.Block{para("Members present: Prof. Aurelio Santangelo (Chair), Dr. Rupert Vanstone."), para("Dr. Vanstone declared an interest; the Chair ruled that he could take part in the discussion.")},
			want:   []passageWant{{"could take part", "Aurelio Santangelo", "statement"}},
		},
		{
			name:   "fieldLine: an office, then a name and its affiliation",
			blocks: []doc.Block{para("Session 1 was moderated by Kadri Lepik."), para("MODERATOR: Jonas Pellegrini, Northfield Borough Council, United Kingdom")},
			want:   []passageWant{{"Northfield Borough Council", "", "narrative"}},
		},
	}, true)
}

// TestTopicNames: a person the account opens a sentence with (rule
// topicName, a reviewer's cases), an office after a bracket and a comma
// (listedOffice), and a name "of the" body in lower case (ofBody).
func TestTopicNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "topicName: a full name with an apposition, then her 'she said'",
			blocks: []doc.Block{para("Dr. Piet Olsen said that audits helped."),
				para("Ms. Amira Chouraqui, representing a workers' union in Tunis, was more sceptical. Audits announced weeks in advance, she said, show inspectors only what managers want them to see.")},
			want: []passageWant{{"what managers want", "Amira Chouraqui", "statement"}},
		},
		{
			name: "topicName: no person without a form of address (a storm, an NGO)",
			blocks: []doc.Block{para("Ms Dana Whitlock described the relief effort."),
				para("Storm Babet, which hit in October, flooded the shelter. Mercy Corps, a charity, sent tents."),
				para("She said the camp had been badly underfunded.")},
			want: []passageWant{{"badly underfunded", "", "narrative"}},
		},
		{
			name: "openedBy: not the founder of a shelter",
			blocks: []doc.Block{para("Ms Karin Holmqvist presented the shelter's annual report."),
				para("The shelter was opened in 1994 by Dr Ann Reeve, who died in 2015."),
				para("She said that demand had doubled since then.")},
			want: []passageWant{{"demand had doubled", "", "narrative"}},
		},
		{
			name: "ofBody: not the object of a verb",
			blocks: []doc.Block{para("Ms Jane Holloway chaired the meeting."),
				para("The Chair welcomed Anna Kowal of the local council and said that the agenda had changed.")},
			want: []passageWant{{"agenda had changed", "", "narrative"}}, // not Kowal's (the Chair's predicate is left)
		},
		{
			name:   "listedOffice: 'in the chair' after the office",
			blocks: []doc.Block{para("The meeting opened at 9.04 with Ingeborg Laffitte (Renew, FR), Chair, in the chair. The Chair welcomed Members and recalled that the hearing was being web-streamed.")},
			want:   []passageWant{{"web-streamed", "Ingeborg Laffitte", "statement"}},
		},
		{
			name:   "ofBody: a body in lower case after 'of the'",
			blocks: []doc.Block{para("In the discussion that followed, Mamadou Kane of the Senegalese fishworkers’ union said that the strategy read as if it had been written for donors.")},
			want:   []passageWant{{"written for donors", "Mamadou Kane", "statement"}},
		},
	}, true)
}

// TestTopicNameNoPerson: "Large Java shops are used to …" opens with two
// capitalised words and a verb but no title and no apposition: no person
// (rule topicName).
func TestTopicNameNoPerson(t *testing.T) {
	res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{
		para("Stu Hood emphasizes that the proposal helps large projects. Large Java shops are used to compiling against direct dependencies."),
		para("Large Java shops are proud of their large builds."),
	}}, "Test", nil)
	for _, sp := range res.Speakers {
		if sp.Name != "Stu Hood" {
			t.Errorf("speaker %q, want only Stu Hood", sp.Name)
		}
	}
}

// TestMotionLabel: "Motion (Name): That …" is the mover's motion, not the
// holder of an office the motion names (rule motionLabel).
func TestMotionLabel(t *testing.T) {
	runRuleCases(t, []ruleCase{{
		name: "the mover in brackets",
		blocks: []doc.Block{
			para("Present: Councillor Janine Okafor (Chair), Councillor Ruth Castellanos, Ms Marguerite Lindahl (General Manager)."),
			para("Ms Lindahl said that the program had grown."),
			para("Motion (Castellanos): That the General Manager report to the September meeting on outreach. Carried unanimously."),
		},
		want: []passageWant{{"report to the September meeting", "Ruth Castellanos", "statement"}},
	}}, true)
}
