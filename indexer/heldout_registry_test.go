package indexer

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/osce-tools/confsearch/indexer/attrib"
	"github.com/osce-tools/confsearch/model"
)

// TestHeldoutRegistry checks the registry rules (attrib.RegistryProblems:
// names without title or role words, roles that are roles, one entry per
// person, nobody without passages unless a programme lists them) on every
// held-out document (testdata/heldout*, every set), one document at a time, as
// TestRegistrySuite does on the evaluation suite of ../shared.
func TestHeldoutRegistry(t *testing.T) {
	pdfs, err := filepath.Glob(filepath.Join("..", "testdata", "heldout*", "*.pdf"))
	if err != nil || len(pdfs) == 0 {
		t.Fatalf("no held-out PDF (%v)", err)
	}
	for _, f := range pdfs {
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			dir := t.TempDir()
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
			var sum Summary
			c, err := Load(context.Background(), dir, Options{}, &sum)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range attrib.RegistryProblems(c.Speakers, c.Passages) {
				t.Error(p)
			}
			t.Logf("%d speakers: %v", len(c.Speakers), names(c.Speakers))
		})
	}
}

func names(sp []model.Speaker) []string {
	out := make([]string, len(sp))
	for i, s := range sp {
		out[i] = s.Name
		if s.Role != "" {
			out[i] += " (" + s.Role + ")"
		}
	}
	return out
}
