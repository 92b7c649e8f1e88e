package search

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestSuggest(t *testing.T) {
	ix := openFixture(t)
	tests := []struct {
		prefix string
		want   []Suggestion // the first suggestions, in order
		none   bool         // no suggestions at all
	}{
		{prefix: "zimm", want: []Suggestion{{Text: "Cathy Zimmerman", Type: SuggestSpeaker, ID: "cathy-zimmerman"}}},
		{prefix: "ZIMM", want: []Suggestion{{Text: "Cathy Zimmerman", Type: SuggestSpeaker, ID: "cathy-zimmerman"}}},
		{prefix: "cathy z", want: []Suggestion{{Text: "Cathy Zimmerman", Type: SuggestSpeaker, ID: "cathy-zimmerman"}}},
		{prefix: "vata", want: []Suggestion{{Text: "Valentin Vătăjelu", Type: SuggestSpeaker, ID: "valentin-vatajelu"}}},
		{prefix: "wój", want: []Suggestion{{Text: "Elżbieta Mirga-Wójtowicz", Type: SuggestSpeaker, ID: "elzbieta-mirga-wojtowicz"}}},
		{prefix: "forced cr", want: []Suggestion{{Text: "forced criminality", Type: SuggestTopic}}},
		{prefix: "Forced lab", want: []Suggestion{{Text: "Forced labour", Type: SuggestTerm}}},
		{prefix: "data ana", want: []Suggestion{{Text: "data analytics", Type: SuggestTerm}}},
		{prefix: "panel", want: []Suggestion{
			{Text: "Panel 1: Targeting vulnerabilities and overlooked forms of human trafficking", Type: SuggestSession},
			{Text: "Panel 2: Bridging gaps for more impactful prevention", Type: SuggestSession},
		}},
		{prefix: "bridg", want: []Suggestion{{Text: "Panel 2: Bridging gaps for more impactful prevention", Type: SuggestSession}}},
		{prefix: "chil", want: []Suggestion{{Text: "children", Type: SuggestTopic}, {Text: "child", Type: SuggestTerm}}},
		{prefix: "scam", want: []Suggestion{{Text: "online scams", Type: SuggestTopic}}},
		{prefix: "xyzzy", none: true},
		{prefix: "", none: true},
		{prefix: "  *** ", none: true},
	}
	for _, tc := range tests {
		got, err := ix.Suggest(context.Background(), tc.prefix, 5)
		if err != nil {
			t.Errorf("Suggest(%q): %v", tc.prefix, err)
			continue
		}
		if tc.none {
			if len(got) != 0 {
				t.Errorf("Suggest(%q) = %v, want none", tc.prefix, got)
			}
			continue
		}
		if len(got) > len(tc.want) {
			got = got[:len(tc.want)]
		}
		if d := diff(tc.want, got); d != "" {
			t.Errorf("Suggest(%q) (-want +got):\n%s", tc.prefix, d)
		}
	}
	if got, _ := ix.Suggest(context.Background(), "p", 3); len(got) != 3 {
		t.Errorf("Suggest(p, 3) = %d suggestions, want 3", len(got))
	}
	for _, bad := range []string{"\xff", strings.Repeat("a", MaxQueryLen+1)} {
		if _, err := ix.Suggest(context.Background(), bad, 5); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Suggest(%.20q): %v, want ErrBadQuery", bad, err)
		}
	}
}

func TestVerify(t *testing.T) {
	ix := openFixture(t)
	tests := []struct {
		name, quote string
		top         string
		verdict     string
		minSim      float64
	}{
		{"exact", "We need specific investment in R&D on prevention.", "c24-3", VerdictExact, 1},
		{"exact in quotation marks, case changed", "“we need SPECIFIC investment in R&D on prevention”", "c24-3", VerdictExact, 1},
		{"exact accents dropped", "Elzbieta Mirga-Wojtowicz, 48 per cent of victims identified in Roma communities", "r24-09", VerdictExact, 1},
		{"punctuation changed", "We thought empowerment would miraculously prevent human trafficking; however, we need the R&D process", "c24-3", VerdictNearExact, 0.95},
		{"a missing word", "We thought empowerment would prevent human trafficking. However, we need the R&D process to improve those good guesses.", "c24-3", VerdictNearExact, 0.9},
		{"an extra word", "Harm is always harm. We need to create equity in anti-trafficking work", "r24-13", VerdictNearExact, 0.85},
		{"paraphrased", "We believed that empowerment would magically stop human trafficking. But we need an R&D process to improve these guesses.", "c24-3", VerdictSimilar, 0.5},
		{"reordered", "the Roma community lacks integration of anti-trafficking initiatives and is isolated by social exclusion", "c24-4", VerdictSimilar, 0.3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := ix.Verify(context.Background(), tc.quote, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) == 0 {
				t.Fatal("no matches")
			}
			m := ms[0]
			if m.Passage.ID != tc.top || m.Verdict != tc.verdict || m.Similarity < tc.minSim {
				t.Errorf("top match %s %s %.3f, want %s %s ≥ %.2f", m.Passage.ID, m.Verdict, m.Similarity, tc.top, tc.verdict, tc.minSim)
			}
			if m.Citation == "" {
				t.Error("match without citation")
			}
			for i := 1; i < len(ms); i++ {
				if ms[i].Similarity > ms[i-1].Similarity {
					t.Errorf("matches not sorted by similarity: %v", ms)
				}
			}
		})
	}
	if ms, err := ix.Verify(context.Background(), "the cat sat on the mat", 3); err != nil || len(ms) != 0 {
		t.Errorf("Verify(unrelated) = %v, %v; want no matches", ms, err)
	}
	for _, bad := range []string{"", "...", "\xff", strings.Repeat("a ", MaxQuoteLen)} {
		if _, err := ix.Verify(context.Background(), bad, 3); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Verify(%.20q): %v, want ErrBadQuery", bad, err)
		}
	}
}

func TestAlignSim(t *testing.T) {
	w := strings.Fields
	tests := []struct {
		q, p string
		want float64
	}{
		{"a b c d", "x a b c d y", 1},
		{"a b c d", "x a b d y", 0.75},     // missing word
		{"a b c d", "x a b z c d y", 0.75}, // extra word
		{"a b c d", "x a z c d y", 0.75},   // changed word
		{"a b c d", "q r s t", 0},
	}
	for _, tc := range tests {
		if got := alignSim(w(tc.q), w(tc.p)); got != tc.want {
			t.Errorf("alignSim(%q, %q) = %v, want %v", tc.q, tc.p, got, tc.want)
		}
	}
}
