package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func h3(text string) doc.Block { return doc.Block{Kind: doc.Heading, Level: 3, Text: text} }

var review1202bExtra = []ruleCase{
	{
		name: "labelRoleHolder: MODERATOR labels in a subsection of the session that names the moderator",
		blocks: []doc.Block{
			heading("Session 1: Supply chains"),
			para("Moderator: Ms Leonie Hartmann, Director, Fair Trade Institute"),
			h3("Discussion"),
			para("MODERATOR: Let us take the first question from the floor, please."),
		},
		want: []passageWant{{"first question from the floor", "Leonie Hartmann", "statement"}},
	},
	{
		name: "numberedTurn: a quarter label is no question number",
		blocks: []doc.Block{
			para("Ms Leonie Hartmann (Chair) opened the meeting."),
			para("Q1 2024: revenue rose by four per cent against the budget."),
			para("Q2 President: see the annex for the president's expenses."),
		},
		want: []passageWant{{"revenue rose", "", "narrative"}, {"president's expenses", "", "narrative"}},
	},
}

func TestRound14ReviewExtra(t *testing.T) {
	reviewDump(t, review1202bExtra)
	runRuleCases(t, review1202bExtra, false)
}
