package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestFloorObject: one case per class of lexicon/floor.txt, and the
// limits of the rule.
func TestFloorObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:   "asked to speak: the invited person, unknown before",
			blocks: []doc.Block{para("Opening the session, the Chair invited Minister Ana Vidal of Peru to present the findings. She reported that the fund had doubled.")},
			want:   []passageWant{{"fund had doubled", "Ana Vidal", "statement"}, {"invited Minister", "", "narrative"}},
		},
		{
			name: "asked to speak: an origin between the name and the verb",
			blocks: []doc.Block{
				para("Tom Berg said the ports were full."),
				para("Tom Berg asked Dr Ines Marrow (Chile) to respond. She noted that two ports were idle."),
			},
			want: []passageWant{{"two ports were idle", "Ines Marrow", "statement"}},
		},
		{
			name: "the floor given: the person given it",
			blocks: []doc.Block{
				para("Ms Ada Brenner said the fund was small. Kim Roe said so too."),
				para("Kim Roe gave the floor to Ms Ada Brenner. She said that the fund grows."),
			},
			want: []passageWant{{"the fund grows", "Ada Brenner", "statement"}},
		},
		{
			name: "no floor given: the subject of unknown gender blocks",
			blocks: []doc.Block{
				para("Ms Ada Brenner said the fund was small. Kim Roe said so too."),
				para("Kim Roe met Ms Ada Brenner. She said that the fund grows."),
			},
			want: []passageWant{{"the fund grows", "", "narrative"}},
		},
		{
			name:   "the floor given to an office, not a person: nobody",
			blocks: []doc.Block{para("The Chair invited the secretariat to present the budget. She said that costs rose.")},
			want:   []passageWant{{"costs rose", "", "narrative"}},
		},
	}, true)
}

// TestGroupAgent: a passive cue whose agent is a group is the report's
// own and continues no one.
func TestGroupAgent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name:   "several delegations",
			blocks: []doc.Block{para("Ines Marrow welcomed the report. It was observed by several delegations that the rules remain weak.")},
			want:   []passageWant{{"welcomed the report", "Ines Marrow", "statement"}, {"rules remain weak", "", "narrative"}},
		},
		{
			name:   "a number of participants",
			blocks: []doc.Block{para("Ines Marrow welcomed the report. The point was stressed by a number of participants.")},
			want:   []passageWant{{"number of participants", "", "narrative"}},
		},
		{
			name:   "a named agent still speaks",
			blocks: []doc.Block{para("Ines Marrow welcomed the report. It was noted by Tom Berg that the rules remain weak.")},
			want:   []passageWant{{"rules remain weak", "Tom Berg", "statement"}},
		},
		{
			name:   "a pronoun agent is no group",
			blocks: []doc.Block{para("Ines Marrow welcomed the report, as noted by her office.")},
			want:   []passageWant{{"welcomed the report", "Ines Marrow", "statement"}},
		},
	}, true)
}
