package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
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
