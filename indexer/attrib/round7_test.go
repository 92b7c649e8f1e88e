package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestSubjectShapes: subjects the sieve once read wrong or not at all.
func TestSubjectShapes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{
			name: "nounContext: a cue word after a possessive name is a noun",
			blocks: []doc.Block{
				para("Ms. Ada Brenner said the garden had been neglected."),
				para("Responding to Ms. Brenner's comment, Mr. Tomas Varga said the water line was shut."),
			},
			want: []passageWant{{"water line was shut", "Tomas Varga", "statement"}},
		},
		{
			name:   "nounContext: a cue word after an article is a noun",
			blocks: []doc.Block{para("Ines Marrow argued for budgets."), para("The report said that budgets rose.")},
			want:   []passageWant{{"budgets rose", "", "narrative"}},
		},
		{
			name:   "a dotted title before a surname alone",
			blocks: []doc.Block{para("Mr. Varga said the line was shut."), para("Ms. Brenner said the garden was neglected.")},
			want:   []passageWant{{"line was shut", "Varga", "statement"}, {"garden was neglected", "Brenner", "statement"}},
		},
		{
			name:   "lowerApposition: a party speaking for a group with an acronym in brackets",
			blocks: []doc.Block{para("NORWAY said it supported the text. BRAZIL, for the G-77/CHINA, called for funds."), para("TUVALU, for the ALLIANCE OF SMALL ISLAND STATES (AOSIS), stressed that reefs matter.")},
			want:   []passageWant{{"reefs matter", "Tuvalu", "statement"}},
		},
		{
			name: "compoundSurname: the first of a double surname after a title",
			blocks: []doc.Block{
				para("Chile's Foreign Minister, Ignacio Valdés Soto, emphasized that lithium must be processed locally."),
				para("Minister Valdés also called for stronger commitments on water."),
			},
			want: []passageWant{{"commitments on water", "Ignacio Valdés Soto", "statement"}},
		},
	}, true)
}
