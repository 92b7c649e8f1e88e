package attrib

// A third reviewer's cases (round 15), batch C: reportsSpeech,
// spokenTurn on references and titles, labelRoleHolder for a moderator.
// REVIEW_DUMP=1 prints every passage.

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

var review1202cC = []ruleCase{
	{
		name: "spokenTurn: an edited volume in a reading list",
		blocks: []doc.Block{
			para("Jane Roe said the town plan was out of date."),
			heading("Further reading"),
			para("Jane Roe (ed.): Housing and the Town, Essays on Planning in the North. Millbrook University Press, 2019."),
		},
		want: []passageWant{{"Essays on Planning", "", "narrative"}},
	},
	{
		name: "spokenTurn: a talk title that ends with a stop",
		blocks: []doc.Block{
			para("Jane Roe said the town plan was out of date."),
			heading("Afternoon talks"),
			para("Dr Karl Fisk (University of Leeds): Why most flood defences fail, and what small towns can do."),
		},
		want: []passageWant{{"what small towns can do", "", "narrative"}},
	},
	{
		name: "labelRoleHolder: an earlier panel's moderator is not the next panel's MODERATOR",
		blocks: []doc.Block{
			heading("Panel 1: Housing"),
			para("Ms Jane Roe (Moderator) opened the panel and introduced the speakers."),
			heading("Panel 2: Transport"),
			para("MODERATOR: Welcome back. Our first speaker this afternoon comes from the rail union."),
		},
		want: []passageWant{{"rail union", "", "narrative"}},
	},
}

func TestRound15ReviewC(t *testing.T) {
	reviewDump(t, review1202cC)
	runRuleCases(t, review1202cC, false)
}
