package manifest

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoadTaxonomyErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		want string
	}{
		{"missing file", filepath.Join("testdata", "nope.json"), "read taxonomy: stat testdata/nope.json: no such file"},
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
