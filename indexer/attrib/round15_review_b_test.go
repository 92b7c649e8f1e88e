package attrib

// A third reviewer's cases (round 15), batch B: descriptorWithComplement, ofBody for
// capitalised bodies, theDelegation, delegate phrases in capitals,
// rankedBelow, headingPerson/evidence.txt, labelRoleHolder, spokenTurn
// and timed labels, reportsSpeech, reception. REVIEW_DUMP=1 prints every
// passage.

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

var r1202cBoard = para("Present: Ms Jane Roe (Chair), Mr Tomas Brandt (Treasurer), Dr Ilse Moreau, Mr Karl Fisk (Secretary).")

var review1202cB = []ruleCase{
	// --- descriptorWithComplement
	{
		name:   "descriptorWithComplement: a letter to the chair, NAME, said",
		blocks: []doc.Block{r1202cBoard, para("A letter to the chair, Jane Roe, said that the tenants would withhold rent from May.")},
		want:   []passageWant{{"withhold rent", "", "narrative"}},
	},
	{
		name:   "descriptorWithComplement: a complaint against the treasurer, NAME, alleged",
		blocks: []doc.Block{r1202cBoard, para("A complaint against the treasurer, Tomas Brandt, alleged that receipts had gone missing.")},
		want:   []passageWant{{"receipts had gone missing", "", "narrative"}},
	},
	{
		name:   "descriptorWithComplement: a petition addressed to the secretary, NAME, asked",
		blocks: []doc.Block{r1202cBoard, para("A petition addressed to the secretary, Karl Fisk, asked for a second pedestrian crossing.")},
		want:   []passageWant{{"second pedestrian crossing", "", "narrative"}},
	},
	{
		name:   "descriptorWithComplement: control, a delegate from the north",
		blocks: []doc.Block{r1202cBoard, para("A delegate from the north, Piet Vermeulen, said the branch had lost members.")},
		want:   []passageWant{{"lost members", "Piet Vermeulen", "statement"}},
	},
	// --- ofBody, capitalised bodies
	{
		name:   "ofBody: a letter to NAME of the Housing Association said",
		blocks: []doc.Block{r1202cBoard, para("A letter to Jane Roe of the Millbrook Housing Association said the repairs would start in June.")},
		want:   []passageWant{{"repairs would start", "", "narrative"}},
	},
	{
		name:   "ofBody: a complaint about NAME of the Tenants’ Union alleged",
		blocks: []doc.Block{r1202cBoard, para("The complaint about Karl Fisk of the Riverside Tenants’ Union alleged that members had been misled.")},
		want:   []passageWant{{"had been misled", "", "narrative"}},
	},
	{
		name:   "ofBody: the spokesperson for NAME of the Trust said",
		blocks: []doc.Block{r1202cBoard, para("A spokesperson for Ilse Moreau of the Green Valley Trust said the land was not for sale.")},
		want:   []passageWant{{"not for sale", "", "narrative"}},
	},
	{
		name:   "ofBody: control, NAME of the Teachers’ Alliance said",
		blocks: []doc.Block{r1202cBoard, para("Gerda Lindqvist of the Teachers’ and Lecturers’ Alliance said class sizes had grown.")},
		want:   []passageWant{{"class sizes", "Gerda Lindqvist", "statement"}},
	},
	// --- theDelegation
	{
		name: "theDelegation: a study visit without parties",
		blocks: []doc.Block{
			para("Mayor Jane Roe led the study visit to Rotterdam in March."),
			para("The delegation visited the port and the flood barrier. The delegation noted that both relied on the same pumping stations."),
		},
		want: []passageWant{{"same pumping stations", "", "narrative"}},
	},
	{
		name: "theDelegation: the observer after a party's representative",
		blocks: []doc.Block{
			para("The representative of CHILE introduced the draft resolution. The observer noted that the draft ignored small island states."),
		},
		want: []passageWant{{"ignored small island states", "", "narrative"}},
	},
	{
		name: "theDelegation: another delegation replying in the same paragraph",
		blocks: []doc.Block{
			para("The representative of Chile asked the Secretariat whether the fund covered islands. The Secretariat replied that it did. The delegation of Peru then asked about arrears, and the delegation said it would pay in June."),
		},
		want: []passageWant{{"pay in June", "Peru", "statement"}}, // right: Peru's delegation
	},
	{
		name: "theDelegation: control, the same party",
		blocks: []doc.Block{
			para("The representative of Chile introduced the draft. The delegation proposed deleting paragraph four."),
		},
		want: []passageWant{{"deleting paragraph four", "Chile", "statement"}},
	},
	{
		name: "theDelegation: a visiting delegation the party welcomed",
		blocks: []doc.Block{
			para("The representative of Chile welcomed the visiting delegation from the Pacific Islands Forum. The delegation said it hoped to return for the review conference."),
		},
		want: []passageWant{{"hoped to return", "", "narrative"}},
	},
	{
		name:   "theDelegation: a visiting delegation briefed by the party",
		blocks: []doc.Block{para("The representative of Chile briefed the delegation on the new water law. The delegation asked how the law would be funded.")},
		want:   []passageWant{{"how the law would be funded", "", "narrative"}},
	},
	// --- delegatePronouns
	{
		name:   "delegatePronouns: she after a country in a press release skips to an earlier person",
		blocks: []doc.Block{para("The Director-General, Ms Sunniva Hallberg, opened the pledging session. Sweden announced 40 million. Japan pledged 25 million. Canada announced 12 million. Norway pledged 10 million. Ireland announced 8 million. She added that Ireland would double its pledge next year.")},
		want:   []passageWant{{"double its pledge", "", "narrative"}},
	},
	// --- delegate phrases in capitals
	{
		name:   "delegateSubject: OF inside a country's name in capitals (control)",
		blocks: []doc.Block{para("The delegate of the UNITED STATES OF AMERICA said the text was premature. NORWAY said the text was balanced. CHILE stressed funds.")},
		want:   []passageWant{{"premature", "United States of America", "statement"}},
	},
	// --- rankedBelow
	{
		name: "rankedBelow: the Under-Secretary-General is found by the same office",
		blocks: []doc.Block{
			para("Participants: Ms Amina Diallo, Under-Secretary-General for Humanitarian Affairs; Mr Karl Fisk, Director."),
			para("The Under-Secretary-General said that the appeal was only 30 per cent funded."),
		},
		want: []passageWant{{"30 per cent funded", "Amina Diallo", "statement"}},
	},
	{
		name: "rankedBelow: a deputy is not the office either",
		blocks: []doc.Block{
			para("Participants: Ms Amina Diallo, Deputy Director-General; Mr Karl Fisk, Director."),
			para("The Director-General said that the appeal was only 30 per cent funded."),
		},
		want: []passageWant{{"30 per cent funded", "", "narrative"}},
	},
	// --- headingPerson / evidence.txt
	{
		name: "headingPerson: evidence against a person is no witness's heading",
		blocks: []doc.Block{
			para("Witnesses: Dr Ilse Moreau (General Practitioner), Mr Karl Fisk (Neighbour)."),
			heading("Evidence against Dr Ilse Moreau"),
			para("The witness said that the prescriptions had been signed without an examination."),
		},
		want: []passageWant{{"signed without an examination", "", "narrative"}},
	},
	{
		name: "headingPerson: evidence concerning the deceased",
		blocks: []doc.Block{
			para("Witnesses: Dr Ilse Moreau (Pathologist), Mr Karl Fisk (Neighbour), Mr Tomas Brandt (Deceased)."),
			heading("Evidence concerning the death of Mr Tomas Brandt"),
			para("The witness said that she had heard shouting at about midnight."),
		},
		want: []passageWant{{"heard shouting", "", "narrative"}},
	},
	{
		name: "headingPerson: a registrant in a fitness-to-practise hearing",
		blocks: []doc.Block{
			para("Present: Dr Ilse Moreau (Registrant), Mr Karl Fisk (Witness), Ms Ana Lima (Witness)."),
			heading("Evidence against Dr Ilse Moreau"),
			para("The witness said that the prescriptions had been signed without an examination."),
		},
		want: []passageWant{{"signed without an examination", "", "narrative"}},
	},
	{
		name: "headingPerson: evidence heard by the panel chair",
		blocks: []doc.Block{
			para("Present: Ms Jane Roe (Panel Chair), Mr Karl Fisk (Witness), Ms Ana Lima (Witness)."),
			heading("Evidence heard by Ms Jane Roe"),
			para("The witness said that the gate had been left open all night."),
		},
		want: []passageWant{{"left open all night", "", "narrative"}},
	},
	// --- labelRoleHolder
	{
		name: "labelRoleHolder: a session's chair in the text is not the next session's CHAIR",
		blocks: []doc.Block{
			heading("Session 1: Housing"),
			para("Ms Jane Roe (Chair) opened the session and introduced the speakers."),
			heading("Session 2: Transport"),
			para("CHAIR: Welcome back. Our first speaker this afternoon comes from the rail union."),
		},
		want: []passageWant{{"rail union", "", "narrative"}},
	},
	// --- spokenTurn, timed labels
	{
		name:   "timed label: an agenda slot is no person",
		blocks: []doc.Block{r1202cBoard, para("Welcome Address (09:00): The Mayor welcomed delegates to the city and its harbour."), para("Jane Roe said the agenda was full.")},
		want:   []passageWant{{"welcomed delegates", "", "narrative"}},
	},
	{
		name:   "bracketed label: an action item in a sentence",
		blocks: []doc.Block{r1202cBoard, para("Action (Karl Fisk): Circulate the revised budget to all members by Friday."), para("Jane Roe said the agenda was full.")},
		want:   []passageWant{{"revised budget", "", "narrative"}},
	},
	{
		name:   "bracketed label: a report item in a sentence",
		blocks: []doc.Block{r1202cBoard, para("Treasurer’s Report (Tomas Brandt): The balance stood at £4,210 after the hall hire."), para("Jane Roe said the agenda was full.")},
		want:   []passageWant{{"balance stood", "", "narrative"}},
	},
	{
		name:   "bracketed label: a photo caption",
		blocks: []doc.Block{r1202cBoard, para("Karl Fisk (left): Receiving the volunteer award from the Mayor at the town hall."), para("Jane Roe said the agenda was full.")},
		want:   []passageWant{{"volunteer award", "", "narrative"}},
	},
	// --- reception
	{
		name:   "reception: her question to the minister drew laughter",
		blocks: []doc.Block{r1202cBoard, para("Dr Moreau said the clinic was short of nurses. Her question to the minister about rotas drew laughter.")},
		want:   []passageWant{{"drew laughter", "", "narrative"}},
	},
}

func TestRound15ReviewB(t *testing.T) {
	reviewDump(t, review1202cB)
	runRuleCases(t, review1202cB, false)
}

var _ = doc.Paragraph
