package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/attrib"
)

// TestRegistrySuite checks the registry rules (attrib.RegistryProblems:
// names without titles, roles that are roles, one entry per person, nobody
// without a passage unless in a programme) over every document of an
// evaluation suite. It runs only when CONFSEARCH_SUITE names the suite's
// folder (`make eval` sets it to ../shared): `make test` never reads it.
func TestRegistrySuite(t *testing.T) {
	suite := os.Getenv("CONFSEARCH_SUITE")
	if suite == "" {
		t.Skip("CONFSEARCH_SUITE is not set (make eval sets it)")
	}
	var files []string
	for _, pat := range []string{"corpus/*.pdf", "corpus-dev/*.pdf", "corpus-extra/*.pdf"} {
		m, err := filepath.Glob(filepath.Join(suite, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatalf("no PDF under %s", suite)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			dir := t.TempDir()
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(file)), b, 0o644); err != nil {
				t.Fatal(err)
			}
			var sum Summary
			c, err := Load(context.Background(), dir, Options{}, &sum)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d speakers, %d passages", len(c.Speakers), len(c.Passages))
			if probs := attrib.RegistryProblems(c.Speakers, c.Passages); len(probs) > 0 {
				t.Errorf("registry problems:\n%s", strings.Join(probs, "\n"))
			}
		})
	}
}
