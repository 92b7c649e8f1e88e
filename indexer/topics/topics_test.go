package topics

import (
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

func TestTags(t *testing.T) {
	tax, err := New(map[string][]string{
		"children":       {"child", "unaccompanied minor"},
		"trafficking":    {"traffick*", "human trafficking"},
		"forced labour":  {"forced labour", "forced to work"},
		"policy":         {"anti-trafficking polic*"},
		"minorities":     {"Roma", "national minorities"},
		"supply chains":  {"supply chains", "business"},
		"résumé":         {"résumé"},
		"public health":  {"public health"},
		"online scams":   {"scam*"},
		"disability":     {"persons with disabilities"},
		"gender":         {"woman", "girls"},
		"financial flow": {"money laundering", "financial flows"},
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"no cue", "The conference opened in Vienna.", nil},
		{"plural of irregular", "Children were exploited.", []string{"children"}},
		{"possessive with typographic apostrophe", "the child’s rights", []string{"children"}},
		{"possessive plural", "CHILDREN'S rights", []string{"children"}},
		{"prefix cue", "people trafficked to Europe", []string{"trafficking"}},
		{"prefix needs the word start", "antitrafficking", nil},
		{"whole words only", "childhood mischief", nil},
		{"phrase", "victims of forced labour", []string{"forced labour"}},
		{"phrase across a hyphen", "forced-labour cases", []string{"forced labour"}},
		{"phrase not adjacent", "forced and unpaid labour", nil},
		{"phrase across a sentence end", "They were forced. Labour was cheap.", nil},
		{"phrase across a line break", "forced\nlabour", []string{"forced labour"}},
		{"colon inside a time is no barrier", "forced to work 10:00 hours", []string{"forced labour"}},
		{"hyphenated cue with prefix", "Anti-Trafficking Policies", []string{"policy", "trafficking"}},
		{"hyphenated cue spaced", "anti trafficking policy", []string{"policy", "trafficking"}},
		{"accents in text", "Róma communities", []string{"minorities"}},
		{"accents in cue", "RESUME", []string{"résumé"}},
		{"plural in cue matches singular", "a national minority", []string{"minorities"}},
		{"es plural", "three businesses", []string{"supply chains"}},
		{"ss is no plural", "business", []string{"supply chains"}},
		{"supply chain singular", "each supply chain", []string{"supply chains"}},
		{"ligatures", "ﬁnancial ﬂows", []string{"financial flow"}},
		{"soft hyphen and zero-width space inside words", "public heal\u00ADth, money\u200B laun\u200Bdering", []string{"financial flow", "public health"}},
		{"wildcard stem", "Scammers and scamming", []string{"online scams"}},
		{"irregular plural in cue", "women and girl", []string{"gender"}},
		{"ies plural in cue matches singular", "persons with disability", []string{"disability"}},
		{"many topics sorted", "Business and human trafficking of children, public health, money laundering",
			[]string{"children", "financial flow", "public health", "supply chains", "trafficking"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tax.Tags(tc.text)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Tags(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTagsZeroTaxonomy(t *testing.T) {
	var tax Taxonomy
	if got := tax.Tags("child trafficking"); got != nil {
		t.Errorf("zero Taxonomy tags %q", got)
	}
	if got := tax.Topics(); len(got) != 0 {
		t.Errorf("zero Taxonomy topics %q", got)
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		topics map[string][]string
		want   string
	}{
		{"empty label", map[string][]string{" ": {"x"}}, "empty topic label"},
		{"duplicate label", map[string][]string{"a": {"x"}, "a ": {"y"}}, `topic "a" given twice`},
		{"no cues", map[string][]string{"a": {}}, `topic "a" has no cues`},
		{"empty cue", map[string][]string{"a": {" - "}}, `topic "a": cue " - " has no words`},
		{"short prefix", map[string][]string{"a": {"ab*"}}, `prefix "ab" shorter than 3 letters`},
		{"star inside a word", map[string][]string{"a": {"tra*ffic"}}, `"*" only ends a word`},
		{"bare star", map[string][]string{"a": {"child *"}}, `"*" does not end a word`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.topics)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New error = %v, want %q", err, tc.want)
			}
		})
	}
}

// TestStem checks each class of the word lists and the plural stemmer's
// rules as the taxonomy uses them.
func TestStem(t *testing.T) {
	tests := []struct{ class, word, want string }{
		{"regular plural", "victims", "victim"},
		{"ies plural", "policies", "policy"},
		{"sses plural", "businesses", "business"},
		{"ches plural", "approaches", "approach"},
		{"xes plural", "taxes", "tax"},
		{"ss is no plural", "business", "business"},
		{"us is no plural", "status", "status"},
		{"short word", "has", "has"},
		{"not all letters", "1990s", "1990s"},
		{"no final s", "child", "child"},
		{"irregular plural", "children", "child"},
		{"irregular plural", "women", "woman"},
		{"irregular plural", "men", "man"},
		{"irregular plural", "people", "person"},
		{"invariant", "news", "news"},
		{"invariant", "aids", "aids"},
		{"invariant", "species", "species"},
	}
	var st stemmer
	for _, tc := range tests {
		if got := st.stem(tc.word); got != tc.want {
			t.Errorf("%s: stem(%q) = %q, want %q", tc.class, tc.word, got, tc.want)
		}
	}
	for w, s := range irregularPlurals {
		if got := st.stem(s); got != s {
			t.Errorf("the singular %q of %q is not its own stem: %q", s, w, got)
		}
	}
	for w := range invariant {
		if cut := string(plural.Filter(analysis.TokenStream{{Term: []byte(w)}})[0].Term); cut == w {
			t.Errorf("invariant %q: the plural stemmer leaves it as it is; drop it from the list", w)
		}
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tk := range tokenize("The child’s rights. Æsir, e.g. 10:00; o'clock") {
		if tk.barrier {
			got = append(got, "|")
			continue
		}
		got = append(got, tk.fold+"/"+tk.stem)
	}
	want := []string{"the/the", "child/child", "rights/right", "|", "aesir/aesir", "e.g/e.g", "|", "10/10", "00/00", "|", "o'clock/o'clock"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokenize = %q, want %q", got, want)
	}
}
