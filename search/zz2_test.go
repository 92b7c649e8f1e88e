package search

import (
	"context"
	"testing"
)

func BenchmarkZZOne(b *testing.B) {
	dir := b.TempDir()
	Build(dir, syntheticCorpus(b, 300))
	ix, _ := Open(dir)
	defer ix.Close()
	for b.Loop() {
		ix.Search(context.Background(), Request{Query: "forced criminality"})
	}
}
