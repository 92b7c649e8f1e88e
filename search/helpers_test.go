package search

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// fixturePath is the fixture corpus shared with the other packages' tests.
var fixturePath = filepath.Join("..", "testdata", "fixture-corpus.json")

// loadFixture reads the fixture corpus.
func loadFixture(t testing.TB) Corpus {
	t.Helper()
	b, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	var c Corpus
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatalf("%s: %v", fixturePath, err)
	}
	return c
}

// openFixture builds the fixture corpus into a temporary directory and
// opens it; the index is closed when the test ends.
func openFixture(t testing.TB) *Index {
	t.Helper()
	dir := t.TempDir()
	if _, err := Build(dir, loadFixture(t)); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}
