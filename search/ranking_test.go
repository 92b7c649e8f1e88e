package search

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// rankingQueries are typical queries; testdata/ranking.golden holds the
// passage each must rank first, reviewed by hand.
var rankingQueries = []string{
	"forced criminality",
	"Zimmerman R&D prevention",
	"culture of disbelief asylum seekers",
	"Roma children Romania 48 per cent",
	"county lines",
	"scam centres South East Asia",
	"women with disabilities armed conflict",
	"236 billion",
	"Hagrass",
	"public awareness does not prevent trafficking",
	"social prevention long term",
	"gap between data and actions",
	"toxic masculinities",
	"harm is harm",
	"labour inspectors satellite",
	"financial investigations",
	"invisible victims disability",
	"defining moment",
	"Ambassador Demirer",
	"Legge",
	"displacement refugees",
	"survey awareness campaigns",
	"Vatajelu qualitative data",
	"empowerment miraculously",
	"Scotland referrals 2023",
	"Cathy Zimerman good guesses",
	"mirga wojtowicz roma community",
	"trafficing for criminal explotation",
	"forced criminality 2% to 24%",
}

// TestRanking compares the top hit of rankingQueries with
// testdata/ranking.golden; run with -update to rewrite it after a
// deliberate ranking change, and review the diff.
func TestRanking(t *testing.T) {
	ix := openFixture(t)
	var b strings.Builder
	b.WriteString("# query\ttop passage\t(speaker or kind)\n")
	for _, q := range rankingQueries {
		res, err := ix.Search(context.Background(), Request{Query: q, Size: 1})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		top, who := "-", "-"
		if len(res.Hits) > 0 {
			h := res.Hits[0]
			top, who = h.ID, h.Kind
			if h.Speaker != nil {
				who = h.Speaker.Name
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", q, top, who)
	}
	golden := filepath.Join("testdata", "ranking.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestRanking -update to create it)", err)
	}
	if d := diff(strings.Split(string(want), "\n"), strings.Split(b.String(), "\n")); d != "" {
		t.Errorf("ranking (-want +got):\n%s", d)
	}
}
