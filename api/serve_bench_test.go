package api_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/search"
)

// benchQueries are the gold-like queries of the report's evaluation, some
// with facet filters, as API query strings.
var benchQueries = []url.Values{
	{"q": {"culture of disbelief"}},
	{"q": {"golden visas"}},
	{"q": {"Bayesian network"}},
	{"q": {"women with disabilities armed conflict"}},
	{"q": {"Palermo Protocol Article 9"}},
	{"q": {"large language models recruitment"}},
	{"q": {"financial investigations guide"}},
	{"q": {"forced criminality 2% to 24%"}},
	{"q": {"Estonia prevention chart"}},
	{"q": {"prevention"}, "kind": {"statement"}},
	{"q": {"golden visas"}, "kind": {"statement", "quote"}},
	{"q": {"culture of disbelief"}, "doc": {"report"}, "kind": {"statement"}},
}

// BenchmarkServeSearchReport sends the benchmark queries to the API handler
// over an index of the report, as `confsearch serve` would answer them
// (middleware, request log to a discarded text handler, JSON), without the
// network and with the response cache off, so that every request searches;
// one op is one request.
func BenchmarkServeSearchReport(b *testing.B) {
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
	h := api.New(func() search.Searcher { return ix }, api.Config{
		Logger:       slog.New(slog.NewTextHandler(io.Discard, nil)),
		CacheEntries: -1,
	})
	reqs := make([]*http.Request, len(benchQueries))
	for i, q := range benchQueries {
		reqs[i] = httptest.NewRequest(http.MethodGet, "/api/v1/search?"+q.Encode(), nil)
		reqs[i].RemoteAddr = "127.0.0.1:40000"
	}
	i := 0
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, reqs[i%len(reqs)])
		if w.Code != http.StatusOK {
			b.Fatalf("%s: status %d: %s", reqs[i%len(reqs)].URL, w.Code, w.Body)
		}
		i++
	}
}
