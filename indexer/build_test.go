package indexer

import (
	"context"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/search"
)

// TestBuildSkipsBadDocuments: a corpus holding broken files next to good
// ones indexes the good ones and names every broken file with a reason;
// -strict turns skips into an error and leaves the old index in place. In
// process and in worker processes alike.
func TestBuildSkipsBadDocuments(t *testing.T) {
	t.Run("in process", func(t *testing.T) { testBuildSkipsBadDocuments(t, Options{}) })
	t.Run("workers", func(t *testing.T) { testBuildSkipsBadDocuments(t, Options{WorkerCommand: testWorker(t)}) })
}

func testBuildSkipsBadDocuments(t *testing.T, opt Options) {
	report, err := os.ReadFile("../corpus/report.pdf")
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(random)
	files := map[string][]byte{
		"report.pdf":    report,
		"empty.pdf":     nil,
		"random.pdf":    random,
		"truncated.pdf": report[:len(report)/3],
		"notes.md":      []byte("# Notes\n\nThe moderator **Jane Roe** closed the session.\n"),
	}
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	index := filepath.Join(t.TempDir(), "index")
	sum, err := Build(context.Background(), dir, index, opt)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if sum.Documents < 2 {
		t.Errorf("indexed %d documents, want report.pdf and notes.md", sum.Documents)
	}
	skipped := map[string]string{}
	for _, s := range sum.Skipped {
		skipped[s.File] = s.Reason.Error()
	}
	for _, name := range []string{"empty.pdf", "random.pdf"} {
		reason, ok := skipped[name]
		if !ok {
			t.Errorf("%s not reported as skipped (skipped: %v)", name, skipped)
			continue
		}
		if !strings.Contains(reason, name) {
			t.Errorf("reason for %s does not name it: %q", name, reason)
		}
	}
	ix, err := search.Open(index)
	if err != nil {
		t.Fatal(err)
	}
	gen := ix.Generation()
	ix.Close()

	// Strict: the same corpus fails, and the index keeps its generation.
	opt.Strict = true
	_, err = Build(context.Background(), dir, index, opt)
	if !errors.Is(err, ErrStrict) {
		t.Fatalf("strict build error = %v, want ErrStrict", err)
	}
	ix, err = search.Open(index)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Generation() != gen {
		t.Errorf("failed strict build replaced the index: %s → %s", gen, ix.Generation())
	}
}
