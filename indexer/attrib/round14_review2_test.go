package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

var review1202bMore = []ruleCase{
	{
		name: "titledParties: a readout, then 'He' for the host minister",
		blocks: []doc.Block{
			para("Foreign Minister Casimir Rudnicki hosted the ministerial meeting on grain exports in Warsaw."),
			para("Ukraine thanked the partners for the corridor. Romania offered its port at Constanta. Moldova asked for rail wagons. Poland announced new border crossings. Bulgaria proposed a joint inspection regime."),
			para("He said the ministers would meet again in June."),
		},
		want: []passageWant{{"meet again in June", "", "narrative"}}, // not a country (resolving it to the minister is left),
	},
	{
		name: "titledParties: a readout, then the host's office",
		blocks: []doc.Block{
			para("Foreign Minister Casimir Rudnicki hosted the ministerial meeting on grain exports in Warsaw."),
			para("Ukraine thanked the partners for the corridor. Romania offered its port at Constanta. Moldova asked for rail wagons. Poland announced new border crossings. Bulgaria proposed a joint inspection regime."),
			para("The ministers agreed to meet again in June. They added that the corridor must stay open."),
		},
		want: []passageWant{{"corridor must stay open", "", "narrative"}},
	},
	{
		name: "sectionHolder: disciplinary hearing, the registrant registered earlier",
		blocks: []doc.Block{
			heading("Background"),
			para("Dr Halvard Seeburg told the panel that he had followed the hospital's protocol."),
			heading("Allegations against Dr Seeburg"),
			para("The case presenter called a ward nurse. The witness said that the registrant had left the ward before the handover."),
		},
		want: []passageWant{{"left the ward before the handover", "", "narrative"}},
	},
	{
		name: "sectionHolder: inquest, the deceased registered earlier",
		blocks: []doc.Block{
			heading("Background"),
			para("In a letter read to the court, Mr Tobin Ashgrove had said that he feared the night shifts."),
			heading("The death of Mr Ashgrove"),
			para("A paramedic gave evidence on the second day. The witness said that the ambulance had arrived forty minutes after the call."),
		},
		want: []passageWant{{"forty minutes after the call", "", "narrative"}},
	},
	{
		name: "sectionHolder: hearing before the presiding member",
		blocks: []doc.Block{
			heading("Members"),
			para("Ms Rhoswen Adebayo (Chair); Mr Kestrel Vance; Ms Oona Lindqvist."),
			heading("Hearing before Ms Adebayo"),
			para("Counsel for the council called the housing officer. The witness said that the tenancy had been ended lawfully."),
		},
		want: []passageWant{{"ended lawfully", "", "narrative"}},
	},
	{
		name: "sectionHolder: cross-examination section named after the counsel ('Cross-examination: Ms Vance')",
		blocks: []doc.Block{
			heading("Appearances"),
			para("Ms Kestrel Vance, counsel for the claimant; Mr Orrin Blackwood, counsel for the respondent."),
			heading("Cross-examination: Mr Blackwood"),
			para("Mr Blackwood put it to the witness that the email had been sent late. The witness denied that the email had been sent late."),
		},
		want: []passageWant{{"denied that the email", "", "narrative"}},
	},
	{
		name: "reception nouns",
		blocks: []doc.Block{
			para("Ms Teodora Ilic argued that airlines should pay for the noise. Her question drew laughter from the floor."),
			para("Mr Anders Holm warned that the runway would flood. His warning was met with silence."),
			para("Ms Ruth Obi announced a new fund. Her announcement drew long applause."),
		},
		want: []passageWant{{"drew laughter", "", "narrative"}, {"met with silence", "", "narrative"}, {"long applause", "", "narrative"}},
	},
}

func TestRound14ReviewMore(t *testing.T) {
	reviewDump(t, review1202bMore)
	runRuleCases(t, review1202bMore, false)
}
