package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// syntheticCorpus makes a corpus of n passages by recombining the fixture's
// sentences, speakers, sessions and topics (deterministically), spread over
// documents of 500 passages.
func syntheticCorpus(t testing.TB, n int) Corpus {
	t.Helper()
	fx := loadFixture(t)
	var sents []string
	for _, p := range fx.Passages {
		for _, s := range strings.SplitAfter(p.Text, ". ") {
			if s = strings.TrimSpace(s); s != "" {
				sents = append(sents, s)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []string{KindStatement, KindQuote, KindNarrative, KindStatement}
	c := Corpus{Speakers: fx.Speakers}
	for i := range n {
		d := i / 500
		if i%500 == 0 {
			c.Documents = append(c.Documents, Document{ID: fmt.Sprintf("doc-%02d", d), Title: fmt.Sprintf("Report %d", d),
				Event: "Synthetic conference", Place: "Vienna", Date: "2024"})
			for _, s := range fx.Sessions {
				s.Doc = c.Documents[d].ID
				c.Sessions = append(c.Sessions, s)
			}
		}
		var text []string
		for range 2 + rng.IntN(3) {
			text = append(text, sents[rng.IntN(len(sents))])
		}
		src := fx.Passages[rng.IntN(len(fx.Passages))]
		p := Passage{
			ID: fmt.Sprintf("doc-%02d-%04d", d, i%500), Doc: c.Documents[d].ID, DocTitle: c.Documents[d].Title,
			Seq: i % 500, Page: 1 + i%500/10, PageEnd: 1 + i%500/10,
			Session: src.Session, Topics: src.Topics, Kind: kinds[rng.IntN(len(kinds))],
			Text: strings.Join(text, " "), Mentions: []string{},
		}
		if p.Kind != KindNarrative {
			s := fx.Speakers[rng.IntN(len(fx.Speakers))]
			p.Speaker = &s
		}
		c.Passages = append(c.Passages, p)
	}
	return c
}

// BenchmarkBuild reports the build rate of a 10,000-passage corpus.
func BenchmarkBuild(b *testing.B) {
	c := syntheticCorpus(b, 10000)
	dir := b.TempDir()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(dir, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(c.Passages)*b.N)/b.Elapsed().Seconds(), "passages/s")
}

// benchRequests are typical requests: words, a typo, a phrase with an
// exclusion, filters (so disjunctive facet searches), listing.
var benchRequests = []Request{
	{Query: "forced criminality"},
	{Query: "Zimerman prevention"},
	{Query: "trafficing for criminal explotation", Filters: map[string][]string{FacetKind: {KindQuote, KindStatement}}},
	{Query: `"social support services" -roma`},
	{Query: "children", Filters: map[string][]string{FacetSpeaker: {"nick-hobbs"}, FacetTopic: {"children"}}},
	{Filters: map[string][]string{FacetSession: {"Opening Session"}}},
}

// BenchmarkSearch runs faceted, highlighted searches over 300 passages and
// reports the 99th percentile latency.
func BenchmarkSearch(b *testing.B) {
	dir := b.TempDir()
	if _, err := Build(dir, syntheticCorpus(b, 300)); err != nil {
		b.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	var lat []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := ix.Search(ctx, benchRequests[i%len(benchRequests)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkSuggest completes a partial two-word query.
func BenchmarkSuggest(b *testing.B) {
	ix := openFixture(b)
	for b.Loop() {
		if _, err := ix.Suggest(context.Background(), "forced cr", 8); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify grades a paraphrased quote.
func BenchmarkVerify(b *testing.B) {
	ix := openFixture(b)
	q := "We believed that empowerment would magically stop human trafficking. But we need an R&D process to improve these guesses."
	for b.Loop() {
		if _, err := ix.Verify(context.Background(), q, 5); err != nil {
			b.Fatal(err)
		}
	}
}
