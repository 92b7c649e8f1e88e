package manifest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func TestLoad(t *testing.T) {
	dir := filepath.Join("testdata", "corpus")
	got, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%s): %v", dir, err)
	}
	want := Manifest{
		Path: filepath.Join(dir, "corpus.json"),
		Documents: map[string]doc.Meta{
			"report.pdf": {
				Title: "Conference report", Publisher: "OSCE", Event: "Alliance Conference",
				Place: "Vienna", Date: "15–16 April 2024", SourceURL: "https://www.osce.org/cthb",
				Citation: "Alliance Conference, Vienna, 2024, report",
			},
			"press/release.html": {Title: "Press release", Date: "15 April 2024"},
		},
		Taxonomy:  filepath.Join(dir, "topics.json"),
		Overrides: map[string]json.RawMessage{"report.pdf": json.RawMessage(`{"skip_pages": [1, 2]}`)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Load(%s) =\n%+v\nwant\n%+v", dir, got, want)
	}
}

func TestLoadAbsent(t *testing.T) {
	got, err := Load(t.TempDir())
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if !reflect.DeepEqual(got, Manifest{}) {
		t.Errorf("Load = %+v, want the empty manifest", got)
	}
	if _, ok := got.Meta("report.pdf"); ok {
		t.Errorf("empty manifest lists report.pdf")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    string // the error names the file, then this
	}{
		{"syntax error with position", "{\n  \"documents\": {\n    \"a.pdf\": {\"title\": \"x\",}\n  }\n}", "corpus.json:3:28: invalid character '}'"},
		{"wrong type with position", `{"documents": {"a.pdf": {"title": 7}}}`, `corpus.json:1:35: json: cannot unmarshal number`},
		{"unknown top-level key", `{"documnets": {}}`, `corpus.json: json: unknown field "documnets"`},
		{"unknown document field", `{"documents": {"a.pdf": {"author": "x"}}}`, `corpus.json: json: unknown field "author"`},
		{"empty file", "", "corpus.json: empty file"},
		{"not an object", `["a.pdf"]`, "corpus.json:1:1: json: cannot unmarshal array"},
		{"trailing data", `{} {}`, "corpus.json: data after the top-level JSON value"},
		{"absolute document path", `{"documents": {"/etc/a.pdf": {}}}`, `corpus.json: documents: document path "/etc/a.pdf" is absolute`},
		{"path outside the corpus", `{"documents": {"../a.pdf": {}}}`, `corpus.json: documents: document path "../a.pdf" is outside the corpus directory`},
		{"empty document path", `{"documents": {" ": {}}}`, `corpus.json: documents: empty document path`},
		{"document listed twice", `{"documents": {"a.pdf": {}, "./a.pdf": {}}}`, `corpus.json: documents: "a.pdf" listed twice`},
		{"override not an object", `{"overrides": {"a.pdf": [1]}}`, `corpus.json: overrides: "a.pdf" is not an object`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, FileName), []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(dir)
			if err == nil {
				t.Fatalf("Load: no error, want %q", tc.want)
			}
			if want := filepath.Join(dir, tc.want); !strings.Contains(err.Error(), want) {
				t.Errorf("Load error = %q, want it to contain %q", err, want)
			}
		})
	}
}

func TestLoadMalformedFixture(t *testing.T) {
	dir := filepath.Join("testdata", "malformed")
	_, err := Load(dir)
	if want := filepath.Join(dir, "corpus.json") + ":3:38: invalid character '}'"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Load(%s) error = %v, want it to contain %q", dir, err, want)
	}
}

func TestLoadByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("\xef\xbb\xbf{\"taxonomy\": \"/abs/topics.json\"}"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if m.Taxonomy != "/abs/topics.json" {
		t.Errorf("Taxonomy = %q, want the absolute path unchanged", m.Taxonomy)
	}
}

func TestMeta(t *testing.T) {
	m := Manifest{Documents: map[string]doc.Meta{
		"report.pdf":         {Title: "Report"},
		"press/release.html": {Title: "Release"},
	}}
	tests := []struct {
		name   string
		want   doc.Meta
		wantOK bool
	}{
		{"report.pdf", doc.Meta{Title: "Report"}, true},
		{"./report.pdf", doc.Meta{Title: "Report"}, true},
		{"press/release.html", doc.Meta{Title: "Release"}, true},
		{`press\release.html`, doc.Meta{Title: "Release"}, true},
		{"press/../report.pdf", doc.Meta{Title: "Report"}, true},
		{"release.html", doc.Meta{}, false},
		{"Report.pdf", doc.Meta{}, false},
		{"../report.pdf", doc.Meta{}, false},
		{"", doc.Meta{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := m.Meta(tc.name)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("Meta(%q) = %+v, %v; want %+v, %v", tc.name, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

// TestShippedCorpus checks the manifest and taxonomy in corpus/.
func TestShippedCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "corpus")
	m, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%s): %v", dir, err)
	}
	want := doc.Meta{
		Title:     "24th Alliance against Trafficking in Persons Conference: Beyond Awareness-Raising: Reshaping Human Trafficking Prevention",
		Publisher: "OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
		Event:     "24th Alliance against Trafficking in Persons Conference",
		Place:     "Vienna",
		Date:      "15–16 April 2024",
		SourceURL: "https://www.osce.org/cthb",
		Citation:  "24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, report",
	}
	if got, ok := m.Meta("report.pdf"); !ok || got != want {
		t.Errorf("Meta(report.pdf) = %+v, %v; want %+v, true", got, ok, want)
	}
	if m.Taxonomy != filepath.Join(dir, "taxonomy.json") {
		t.Fatalf("Taxonomy = %q, want corpus/taxonomy.json", m.Taxonomy)
	}
	tax, err := LoadTaxonomy(m.Taxonomy)
	if err != nil {
		t.Fatalf("LoadTaxonomy: %v", err)
	}
	wantTopics := []string{
		"children", "data and evidence", "demand", "disability", "financial flows",
		"forced criminality", "forced labour", "gender", "labour inspection", "legislation",
		"media", "migration and displacement", "minorities", "online scams",
		"prevention strategies", "public health", "sexual exploitation", "supply chains",
		"survivors", "technology",
	}
	if got := tax.Topics(); !reflect.DeepEqual(got, wantTopics) {
		t.Errorf("Topics() = %q, want %q", got, wantTopics)
	}
}
