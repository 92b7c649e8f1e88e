package attrib

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/model"
)

func TestSplitTitles(t *testing.T) {
	tests := []struct {
		role, name             string
		hon, role2, name2, aff string
	}{
		{"Ms", "Jane Roe", "Ms", "", "Jane Roe", ""},
		{"Dr", "Jane Roe", "Dr", "", "Jane Roe", ""},
		{"Mr van", "Aalst", "Mr", "", "van Aalst", ""},
		{"Deputy Minister", "Jane Roe", "", "Deputy Minister", "Jane Roe", ""},
		{"Dr of the Basin Council", "Jane Roe", "Dr", "", "Jane Roe", "Basin Council"},
		{"Minister of Health", "Jane Roe", "", "Minister of Health", "Jane Roe", ""},
		{"Ambassador", "Jane Roe", "Ambassador", "", "Jane Roe", ""},
		{"Co-Chair", "Laila bin Saleh", "", "Co-Chair", "Laila bin Saleh", ""},
		{"", "Jane Roe", "", "", "Jane Roe", ""},
	}
	for _, tc := range tests {
		hon, role2, name2, aff := splitTitles(tc.role, tc.name)
		if hon != tc.hon || role2 != tc.role2 || name2 != tc.name2 || aff != tc.aff {
			t.Errorf("splitTitles(%q, %q) = %q, %q, %q, %q; want %q, %q, %q, %q",
				tc.role, tc.name, hon, role2, name2, aff, tc.hon, tc.role2, tc.name2, tc.aff)
		}
	}
}

// TestNameListClasses: one case per class of honorifics.txt and
// particles.txt, through attribution of the running text.
func TestNameListClasses(t *testing.T) {
	tests := []struct {
		class, text          string
		name, hon, role, org string
	}{
		{"honorifics.txt (address)", "Ms Maria Lopez argued that budgets matter.", "Maria Lopez", "Ms", "", ""},
		{"honorifics.txt (address, affiliation)", "Dr Maria Lopez of the Regional Water Board argued that budgets matter.", "Maria Lopez", "Dr", "", "Regional Water Board"},
		{"honorifics.txt (title)", "Senator Maria Lopez argued that budgets matter.", "Maria Lopez", "Senator", "", ""},
		{"particles.txt", "Mr van Aalst argued that budgets matter.", "van Aalst", "Mr", "", ""},
		{"particles.txt (capitalised, before a capitalised word)", "Mayor Van der Linden argued that budgets matter.", "Van der Linden", "", "Mayor", ""},
		{"particles.txt (elided, straight apostrophe)", "Ms d'Orsay argued that budgets matter.", "d'Orsay", "Ms", "", ""},
		{"particles.txt (elided, typographic apostrophe)", "Ms d’Orsay argued that budgets matter.", "d’Orsay", "Ms", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.class, func(t *testing.T) {
			res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{para(tc.text)}}, "Test", nil)
			var sp *model.Speaker
			for i := range res.Speakers {
				if res.Speakers[i].Name == tc.name {
					sp = &res.Speakers[i]
				}
			}
			if sp == nil {
				t.Fatalf("no speaker %q in %+v", tc.name, res.Speakers)
			}
			if sp.Honorific != tc.hon || sp.Role != tc.role || sp.Organisation != tc.org {
				t.Errorf("%q: honorific %q role %q organisation %q; want %q %q %q", tc.name, sp.Honorific, sp.Role, sp.Organisation, tc.hon, tc.role, tc.org)
			}
			if probs := RegistryProblems(res.Speakers, res.Passages); len(probs) > 0 {
				t.Errorf("registry problems: %s", strings.Join(probs, "; "))
			}
		})
	}
}

func TestRegistryProblemsTitles(t *testing.T) {
	pass := []model.Passage{{Speaker: &model.Speaker{ID: "a"}}}
	tests := []struct {
		sp   model.Speaker
		want string
	}{
		{model.Speaker{ID: "a", Name: "Jane Roe", Role: "Ms"}, "form of address"},
		{model.Speaker{ID: "a", Name: "Jane Roe", Role: "Dr of the Basin Council"}, "form of address"},
		{model.Speaker{ID: "a", Name: "Aalst", Role: "Deputy Mayor van"}, "particle"},
		{model.Speaker{ID: "a", Name: "van Aalst", Role: "Ambassador of Chile"}, ""},
	}
	for _, tc := range tests {
		got := strings.Join(RegistryProblems([]model.Speaker{tc.sp}, pass), "; ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%+v: problems %q, want %q", tc.sp, got, tc.want)
		}
	}
}

// TestSurnameOfSeveralWords: a surname of several words, with a hyphen,
// a space or a particle, joins the person whose full name ends with it.
func TestSurnameOfSeveralWords(t *testing.T) {
	tests := []struct{ text, fragment, name string }{
		{"Ms Maeve Doyle-Ní Bhroin argued that rates matter. Later, Ms Doyle-Ní Bhroin disagreed with the plan.", "disagreed with the plan", "Maeve Doyle-Ní Bhroin"},
		{"Tomas de la Vega argued that rates matter. De la Vega proposed a footnote on scope.", "proposed a footnote", "Tomas de la Vega"},
	}
	for _, tc := range tests {
		res := Attribute(doc.Document{ID: "t", Blocks: []doc.Block{para(tc.text)}}, "Test", nil)
		if len(res.Speakers) != 1 {
			t.Errorf("%q: speakers %+v, want one", tc.text, res.Speakers)
		}
		checkPassage(t, res, tc.fragment, tc.name, "statement")
	}
}

// TestAddressGender: the gender class of honorifics.txt (third field).
func TestAddressGender(t *testing.T) {
	for hon, want := range map[string]string{"mr": "m", "ms": "f", "mrs": "f", "dr": "", "prof": ""} {
		if got := addressGender[hon]; got != want {
			t.Errorf("addressGender[%q] = %q, want %q", hon, got, want)
		}
	}
}
