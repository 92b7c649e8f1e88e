package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestRound12ReviewTimedSlots: programme slots "Name Of Slot (HH:MM): …"
// (rule bracketTurn, untitled and timed) must not invent speakers.
func TestRound12ReviewTimedSlots(t *testing.T) {
	for _, s := range []string{
		"Coffee Break (10:30): Networking in the foyer for all participants.",
		"Lunch Break (13:00): Buffet in the main hall for all participants.",
		"Panel Discussion (11:00): Questions from the floor to all panellists.",
		"Closing Remarks (17:00): The Chair thanks the organisers and participants.",
		"Welcome Address (09:00): The Mayor of Vienna opens the conference.",
		"Working Lunch (12:30): Informal exchange between the delegations.",
		"Group Photo (12:15): All speakers gather on the main staircase.",
		"Site Visit (15:00): Tour of the shelter run by the city.",
	} {
		res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{para("The programme of the second day was as follows."), para(s)}}, "Test", nil)
		for _, p := range res.Passages {
			if p.Speaker != nil {
				t.Errorf("%q: credited to %q (registry: %d speakers)", s, p.Speaker.Name, len(res.Speakers))
			}
		}
	}
}

// TestRound12ReviewNumberedNames: a number that is part of a name or a
// count before a capital is no paragraph number (sectionNumberLen).
func TestRound12ReviewNumberedNames(t *testing.T) {
	for _, s := range []string{
		"10 Downing Street said the plan would be published in May.",
		"2 Sisters Food Group said it had audited every supplier.",
		"40 Ministers said the declaration did not go far enough.",
		"3 Roma women told the inspectors they had not been paid.",
	} {
		res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{para("Ms Aino Virtanen said the shelter had been full since January."), para(s)}}, "Test", nil)
		for _, p := range res.Passages {
			if p.Speaker != nil && p.Text == s {
				t.Errorf("%q: credited to %q", s, p.Speaker.Name)
			}
		}
	}
}
