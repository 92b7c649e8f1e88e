package search_test

import (
	"context"
	"testing"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/search"
)

// benchRequests are the gold-like queries of the report's evaluation, some
// with facet filters.
var benchRequests = []search.Request{
	{Query: "culture of disbelief"},
	{Query: "golden visas"},
	{Query: "Bayesian network"},
	{Query: "women with disabilities armed conflict"},
	{Query: "Palermo Protocol Article 9"},
	{Query: "large language models recruitment"},
	{Query: "financial investigations guide"},
	{Query: "forced criminality 2% to 24%"},
	{Query: "Estonia prevention chart"},
	{Query: "prevention", Filters: map[string][]string{search.FacetKind: {search.KindStatement}}},
	{Query: "golden visas", Filters: map[string][]string{search.FacetKind: {search.KindStatement, search.KindQuote}}},
	{Query: "culture of disbelief", Filters: map[string][]string{search.FacetDoc: {"report"}, search.FacetKind: {search.KindStatement}}},
}

// BenchmarkSearchReport runs the benchmark requests, facets and highlights
// included, over an index of the report built like `confsearch index`
// does; one op is one request.
func BenchmarkSearchReport(b *testing.B) {
	ctx := context.Background()
	var sum indexer.Summary
	c, err := indexer.Load(ctx, "../corpus", indexer.Options{}, &sum)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := search.Build(dir, c); err != nil {
		b.Fatal(err)
	}
	ix, err := search.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	i := 0
	for b.Loop() {
		if _, err := ix.Search(ctx, benchRequests[i%len(benchRequests)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
