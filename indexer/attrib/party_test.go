package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestDelegateApposition: rule delegateParty gives way to a person named
// in apposition to the delegate phrase; rule partyForItsPart.
func TestDelegateApposition(t *testing.T) {
	tests := []ruleCase{
		{
			name:   "a titled name in apposition to the representative of a party",
			blocks: []doc.Block{para("The representative of Chile, Ambassador Rosa Llamas-Ortiz, argued that the fund should be audited every year.")},
			want:   []passageWant{{"audited every year", "Rosa Llamas-Ortiz", "statement"}},
		},
		{
			name:   "an honorific and a name in apposition to the delegate",
			blocks: []doc.Block{para("The delegate of Norway, Mr Halvard Rekstad, said that the text was balanced.")},
			want:   []passageWant{{"text was balanced", "Halvard Rekstad", "statement"}},
		},
		{
			name:   "a name without title in apposition to a party's representative",
			blocks: []doc.Block{para("Peru's representative, Ana Quispe-Soto, noted that funding had fallen.")},
			want:   []passageWant{{"funding had fallen", "Ana Quispe-Soto", "statement"}},
		},
		{
			name:   "a group spoken for in apposition leaves the party",
			blocks: []doc.Block{para("The representative of Chile, speaking for the Group of Friends, said that the text was balanced.")},
			want:   []passageWant{{"text was balanced", "Chile", "statement"}},
		},
		{
			name:   "a party with 'for its part' after another speaker's sentence",
			blocks: []doc.Block{para("The delegate of Norway, Mr Halvard Rekstad, said that the text was balanced. Peru, for its part, indicated that it would join the pilot.")},
			want:   []passageWant{{"text was balanced", "Halvard Rekstad", "statement"}, {"join the pilot", "Peru", "statement"}},
		},
		{
			name:   "'for its part' after a name no gazetteer lists is no party",
			blocks: []doc.Block{para("Halvard Rekstad said that the text was balanced. Acme, for its part, indicated that it would join the pilot.")},
			want:   []passageWant{{"join the pilot", "", "narrative"}},
		},
	}
	runRuleCases(t, tests, false)
}

func TestNamedAppositive(t *testing.T) {
	tests := []struct {
		phrase string
		want   bool
	}{
		{"Ambassador Rosa Llamas", true},
		{"Mr Rekstad", true},
		{"Mr. Rekstad", true},
		{"Rosa Llamas", true},
		{"Rekstad", false},    // one word without a title: a party as well
		{"Costa Rica", false}, // a party
		{"speaking for the Group", false},
		{"Minister of Trade", false}, // an office, no name
		{"Ambassador", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.phrase)
		if got := namedAppositive(toks, 0, len(toks)); got != tc.want {
			t.Errorf("namedAppositive(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}
