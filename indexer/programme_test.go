package indexer

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/attrib"
)

// TestProgrammeEntries checks the registry over the report and its
// two-column copy: every programme person's role, organisation, country
// (or description) are the programme's words after the name and nothing
// else: no photo credit or caption joins an entry, nothing is lost, and
// the fields are in the order printed. The programme's lines come from the
// report's reference text.
func TestProgrammeEntries(t *testing.T) {
	entries := map[string]string{} // "Name, rest" lines of the reference text, by name
	f, err := os.Open("../testdata/report-reference.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if name, rest, ok := strings.Cut(sc.Text(), ", "); ok && len(strings.Fields(name)) <= 5 {
			if _, seen := entries[name]; !seen {
				entries[name] = rest
			}
		}
	}
	for _, tc := range []struct{ name, pdf string }{
		{"print", "../corpus/report.pdf"},
		{"two-column", "../testdata/report-2col.pdf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			b, err := os.ReadFile(tc.pdf)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "report.pdf"), b, 0o644); err != nil {
				t.Fatal(err)
			}
			var sum Summary
			c, err := Load(context.Background(), dir, Options{}, &sum)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, s := range c.Speakers {
				if s.Part == "" {
					continue
				}
				n++
				printed, ok := entries[strings.TrimSpace(s.Honorific+" "+s.Name)]
				if !ok {
					printed, ok = entries[s.Name]
				}
				if !ok {
					t.Errorf("%s: no programme line in the reference text", s.Name)
					continue
				}
				got := s.Description
				if got == "" {
					var parts []string
					for _, v := range []string{s.Role, s.Organisation, s.Country} {
						if v != "" {
							parts = append(parts, v)
						}
					}
					got = strings.Join(parts, ", ")
				} else if s.Role != "" || s.Organisation != "" || s.Country != "" {
					t.Errorf("%s: description %q beside role/organisation/country %+v", s.Name, s.Description, s)
				}
				// "(online)" notes how someone took part: no field of the entry.
				printed = strings.TrimSuffix(strings.TrimSpace(printed), "(online)")
				if !strings.EqualFold(strings.Join(strings.Fields(got), " "), strings.Join(strings.Fields(printed), " ")) {
					t.Errorf("%s: fields %q, the programme prints %q", s.Name, got, printed)
				}
				if strings.Contains(got, "Photo") {
					t.Errorf("%s: a photo credit joined the entry: %q", s.Name, got)
				}
			}
			if n != 28 {
				t.Errorf("%d programme people, want 28", n)
			}
			if probs := attrib.RegistryProblems(c.Speakers, c.Passages); len(probs) > 0 {
				t.Errorf("registry problems:\n%s", strings.Join(probs, "\n"))
			}
		})
	}
}
