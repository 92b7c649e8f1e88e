package indexer

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/search"
)

func TestDocID(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"report.pdf", "report"},
		{"Report 2024.pdf", "report-2024"},
		{"report_2024.pdf", "report-2024"},
		{"Antonín Dvořák – Rede.md", "antonin-dvorak-rede"},
		{"Straße.txt", "strasse"},
		{"доклад.pdf", "doklad"},
		{"Доклад ОБСЕ 2024.html", "doklad-obse-2024"},
		{"报告.pdf", "bao-gao"},
		{"Έκθεση.pdf", "ekthese"},
		{"report доклад.pdf", "report-doklad"},
		{"تقرير.pdf", "tqryr"},
	} {
		if got := DocID(filepath.Join("corpus", tc.name)); got != tc.want {
			t.Errorf("DocID(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	// A name with nothing to transliterate gets a stable hash id.
	for _, name := range []string{"★★★.pdf", "!!!.txt", "\U000F0000.pdf"} {
		got := DocID(name)
		if !strings.HasPrefix(got, "doc-") || len(got) != len("doc-")+8 || got != DocID(name) {
			t.Errorf("DocID(%q) = %q, want doc- and 8 hex digits, stable", name, got)
		}
	}
	if DocID("★★★.pdf") == DocID("!!!.pdf") {
		t.Errorf("two symbol-only names share id %q", DocID("!!!.pdf"))
	}
}

func TestDocIDs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
		want  []string // nil: only check distinct and non-empty
	}{
		{"no collision keeps every id", []string{"a.pdf", "report.pdf", "Report 2024.md"},
			[]string{"a", "report", "report-2024"}},
		{"pdf keeps the id, others take their extension", []string{"report.html", "report.md", "report.pdf", "report.txt"},
			[]string{"report-html", "report-md", "report", "report-txt"}},
		{"same extension: a hash", []string{"Report 2024.pdf", "report_2024.pdf"},
			[]string{"report-2024", "report-2024-" + nameHash("report_2024.pdf", 8)}},
		{"a suffixed id taken by another file", []string{"report.pdf", "report.md", "report-md.txt"},
			[]string{"report", "report-" + nameHash("report.md", 8), "report-md"}},
		{"non-Latin names", []string{"доклад.pdf", "Доклад.pdf", "报告.pdf", "★.pdf"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := DocIDs(tc.files)
			if tc.want != nil && !slices.Equal(got, tc.want) {
				t.Errorf("DocIDs(%q) = %q, want %q", tc.files, got, tc.want)
			}
			seen := map[string]bool{}
			for i, id := range got {
				if id == "" || seen[id] {
					t.Errorf("%s: id %q empty or repeated", tc.files[i], id)
				}
				seen[id] = true
			}
			// Stable whatever the order the names come in.
			rev := slices.Clone(tc.files)
			slices.Reverse(rev)
			again := DocIDs(rev)
			slices.Reverse(again)
			if !slices.Equal(got, again) {
				t.Errorf("order changes ids: %q vs %q", got, again)
			}
		})
	}
}

// TestBuildCollidingNames: files whose names give one id, or no Latin
// letter, index side by side (in worker processes, as confsearch index
// reads them), each under its own id, and their passages' ids start with
// it.
func TestBuildCollidingNames(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"report.md":      "# Report\n\nJane Roe said that trafficking must end.\n",
		"report.txt":     "Report\n\nJohn Doe said that victims need support.\n",
		"Report 2024.md": "# Twenty-four\n\nThe meeting closed early.\n",
		"report_2024.md": "# Twenty-four again\n\nThe meeting opened late.\n",
		"доклад.md":      "# Доклад\n\nThe delegation presented its findings.\n",
		"报告.txt":         "Report\n\nThe findings were presented.\n",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var sum Summary
	c, err := Load(context.Background(), dir, Options{WorkerCommand: testWorker(t)}, &sum)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Skipped) > 0 || len(c.Documents) != len(files) {
		t.Fatalf("indexed %d of %d documents, skipped %v", len(c.Documents), len(files), sum.Skipped)
	}
	got := map[string]string{}
	for _, d := range c.Documents {
		got[d.File] = d.ID
	}
	want := map[string]string{
		"report.md": "report", "report.txt": "report-txt",
		"Report 2024.md": "report-2024", "report_2024.md": "report-2024-" + nameHash("report_2024.md", 8),
		"доклад.md": "doklad", "报告.txt": "bao-gao",
	}
	for f, id := range want {
		if got[f] != id {
			t.Errorf("%s: id %q, want %q", f, got[f], id)
		}
	}
	docs := map[string]bool{}
	for _, d := range c.Documents {
		docs[d.ID] = true
	}
	for _, p := range c.Passages {
		if !docs[p.Doc] || !strings.HasPrefix(p.ID, p.Doc+"-p") {
			t.Errorf("passage %s of document %q", p.ID, p.Doc)
		}
	}
	if _, err := search.Build(filepath.Join(t.TempDir(), "index"), c); err != nil {
		t.Errorf("index: %v", err)
	}
}
