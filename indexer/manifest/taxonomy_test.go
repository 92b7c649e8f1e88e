package manifest

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTags(t *testing.T) {
	tax, err := NewTaxonomy(map[string][]string{
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
		t.Fatalf("NewTaxonomy: %v", err)
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

func TestNewTaxonomyErrors(t *testing.T) {
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
			_, err := NewTaxonomy(tc.topics)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("NewTaxonomy error = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestLoadTaxonomyErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		want string
	}{
		{"missing file", filepath.Join("testdata", "nope.json"), "read taxonomy: open testdata/nope.json"},
		{"wrong shape", filepath.Join("testdata", "malformed", "taxonomy.json"),
			"read taxonomy testdata/malformed/taxonomy.json:1:20: json: cannot unmarshal string"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadTaxonomy(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("LoadTaxonomy error = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestLoadTaxonomyFixture(t *testing.T) {
	tax, err := LoadTaxonomy(filepath.Join("testdata", "corpus", "topics.json"))
	if err != nil {
		t.Fatalf("LoadTaxonomy: %v", err)
	}
	if got, want := tax.Tags("An unaccompanied minor was trafficked."), []string{"children", "trafficking"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Tags = %q, want %q", got, want)
	}
}

// TestShippedTaxonomy checks corpus/taxonomy.json on sentences of the kind
// the conference report holds.
func TestShippedTaxonomy(t *testing.T) {
	tax, err := LoadTaxonomy(filepath.Join("..", "..", "corpus", "taxonomy.json"))
	if err != nil {
		t.Fatalf("LoadTaxonomy: %v", err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Victims are often forced to commit crimes such as drug cultivation or shoplifting.", []string{"forced criminality"}},
		{"Thousands are held in scam compounds and forced into online fraud.", []string{"online scams", "technology"}},
		{"Labour inspectors must be able to enter private homes where domestic workers live.", []string{"labour inspection"}},
		{"Children's vulnerability increases in displacement.", []string{"children", "migration and displacement", "prevention strategies"}},
		{"Follow the money: financial investigations reveal the profits of traffickers.", []string{"financial flows"}},
		{"Survivors with lived experience should shape policy.", []string{"survivors"}},
		{"Due diligence in supply chains is a legal obligation under the new Directive.", []string{"legislation", "supply chains"}},
		{"Discouraging the demand that fosters sexual exploitation.", []string{"demand", "sexual exploitation"}},
		{"Persons with disabilities and Roma communities face discrimination.", []string{"disability", "minorities"}},
		{"Journalists and the media shape public perceptions.", []string{"media"}},
		{"Women and girls account for most detected victims, according to UNODC data.", []string{"children", "data and evidence", "gender"}},
		{"Health-care workers can identify victims in hospitals.", []string{"public health"}},
		{"The conference took place in the Hofburg.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := tax.Tags(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Tags = %q, want %q", got, tc.want)
			}
		})
	}
}
