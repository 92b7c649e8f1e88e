package search_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/osce-tools/confsearch/search"
)

// Example builds an index of two passages, opens it and runs a search with
// a typo, a filter and highlighting.
func Example() {
	dir, err := os.MkdirTemp("", "confsearch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	zimmerman := search.Speaker{ID: "cathy-zimmerman", Name: "Cathy Zimmerman", Role: "Professor",
		Organisation: "London School of Hygiene and Tropical Medicine"}
	corpus := search.Corpus{
		Documents: []search.Document{{ID: "alliance-2024", Title: "Beyond Awareness-Raising",
			Event: "24th Alliance against Trafficking in Persons Conference", Place: "Vienna", Date: "15–16 April 2024"}},
		Speakers: []search.Speaker{zimmerman},
		Passages: []search.Passage{
			{ID: "p1", Doc: "alliance-2024", Seq: 0, Page: 14, PageEnd: 14, Kind: search.KindNarrative,
				Text: "Prevention strategies require a data-driven approach."},
			{ID: "p2", Doc: "alliance-2024", Seq: 1, Page: 15, PageEnd: 15, Kind: search.KindQuote,
				Session: "Panel 2: Bridging gaps", Speaker: &zimmerman, Topics: []string{"prevention"},
				Text: "We need specific investment in R&D on prevention."},
		},
	}
	st, err := search.Build(dir, corpus)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("passages:", st.Passages)

	ix, err := search.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	res, err := ix.Search(context.Background(), search.Request{
		Query:   "investmnet prevention",
		Filters: map[string][]string{search.FacetKind: {search.KindQuote}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("total:", res.Total)
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Highlight)
		fmt.Println(h.Citation)
	}
	fmt.Println("kinds:", res.Facets[search.FacetKind])
	// Output:
	// passages: 2
	// total: 1
	// p2 We need specific <mark>investment</mark> in R&amp;D on <mark>prevention</mark>.
	// Cathy Zimmerman, Professor, London School of Hygiene and Tropical Medicine, Panel 2, 24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, p. 15
	// kinds: [{narrative  1} {quote  1}]
}

// ExampleIndex_Verify checks a quote against the passages.
func ExampleIndex_Verify() {
	dir, err := os.MkdirTemp("", "confsearch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	corpus := search.Corpus{
		Documents: []search.Document{{ID: "d", Title: "Report"}},
		Passages: []search.Passage{{ID: "q1", Doc: "d", Page: 13, Kind: search.KindQuote,
			Text: "Harm is harm. We need to create equity in anti-trafficking work."}},
	}
	if _, err := search.Build(dir, corpus); err != nil {
		log.Fatal(err)
	}
	ix, err := search.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	for _, quote := range []string{
		"“Harm is harm”",
		"harm is harm … we need to create equity in anti-trafficking work",
		"Harm is not harm.",
	} {
		ms, err := ix.Verify(context.Background(), quote, 1)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range ms {
			fmt.Printf("%s %s %.2f", m.Passage.ID, m.Verdict, m.Similarity)
			for _, d := range m.Differences {
				fmt.Printf(" %s %q for %q (%s)", d.Op, d.Quote, d.Passage, d.Change)
			}
			fmt.Println()
		}
	}
	// Output:
	// q1 exact 1.00
	// q1 exact 1.00
	// q1 altered 0.75 inserted "not" for "" (negation)
}
