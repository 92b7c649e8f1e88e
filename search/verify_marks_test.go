package search

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// openInvented opens an index of invented sentences for the tests of
// brackets, elisions and short quotes.
func openInvented(t *testing.T) *Index {
	t.Helper()
	texts := []string{
		"Norway is proud to have made clean water a priority this year.",
		"She said the reform does not necessarily reduce costs for farmers.",
		"The survey found a sharp increase in river pollution, from 3% to 31%. This shows the need to act.",
		"No single city can clean the river alone. Cooperation is essential.",
		"When we do nothing, the lakes die slowly.",
		"Farmers have never been so worried about the weather as they are now.",
		"In May, she said the new water law will protect the wetlands.",
		"It is vital that we consult the fishermen before the dam is built.",
		"Water quality is improving in the northern valleys thanks to new filters.",
		"Between 2 and 3 million people rely on the river for drinking water.",
		"We will build the dam. Nobody objected at the hearing. Work starts in June.",
		"Two million people rely on the lake for their food.",
		"The river feeds the valley, its farms and its towns across the whole region.",
		"Every town must therefore protect it from the waste of the new factories.",
		"We’ve waited for years and we’re still waiting for the bridge.",
		"Forty-two villages lost their water supply in 48 hours.",
		"“We will not give up,” the mayor of the town said, “because the harbour is ours.”",
	}
	c := Corpus{Documents: []Document{{ID: "d", Title: "Invented report"}}}
	for i, s := range texts {
		c.Passages = append(c.Passages, Passage{ID: fmt.Sprintf("m%d", i+1), Doc: "d", Seq: i, Page: 1, Kind: KindNarrative, Text: s})
	}
	dir := t.TempDir()
	if _, err := Build(dir, c); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// TestVerifyMarks: a bracketed insertion is exact only when it clarifies
// the words it stands for; an elision that leaves out a negation or a
// number of the quote's clause, or a quote cut just after a negation,
// changes what the passage says; a short claim sharing one content word
// with a passage is not taken from it.
func TestVerifyMarks(t *testing.T) {
	ix := openInvented(t)
	tests := []struct {
		name, quote string
		top         string // "" for no match
		verdict     string
		change      string // the first difference's change, if any
		meaning     bool
		passage     string // its passage side, if not ""
	}{
		// brackets that clarify: exact
		{"bracket repeats the name it covers", "[Norway] is proud to have made clean water a priority", "m1", VerdictExact, "", false, ""},
		{"bracket for a pronoun", "In May, [the Minister] said the new water law will protect the wetlands", "m7", VerdictExact, "", false, ""},
		{"bracket at the start for a pronoun", "[The Minister] said the new water law will protect the wetlands", "m7", VerdictExact, "", false, ""},
		{"bracket for 'we'", "It is vital that [the ministry] consult the fishermen", "m8", VerdictExact, "", false, ""},
		{"bracket repeats its words", "It is vital that we consult [the fishermen] before the dam is built", "m8", VerdictExact, "", false, ""},
		{"[sic] inside", "It is vital that we consult the fishermen [sic] before the dam is built", "m8", VerdictExact, "", false, ""},
		{"[sic] at the end", "It is vital that we consult the fishermen [sic]", "m8", VerdictExact, "", false, ""},
		{"bracket covering nothing adds a word", "It is vital that we consult the fishermen [of the coast] before the dam is built", "m8", VerdictExact, "", false, ""},
		// brackets that change: altered
		{"bracket inserts a negation", "It is [not] vital that we consult the fishermen", "m8", VerdictAltered, ChangeNegation, true, ""},
		{"bracket inserts 'do not'", "It is vital that we [do not] consult the fishermen", "m8", VerdictAltered, ChangeNegation, true, ""},
		{"bracket with an antonym", "The survey found a sharp [decrease] in river pollution", "m3", VerdictAltered, ChangeAntonym, true, "increase"},
		{"bracket with another number at the end", "The survey found a sharp increase in river pollution, from 3% to [13%]", "m3", VerdictAltered, ChangeNumber, true, "31%"},
		{"bracket with another number at the start", "[Three million] people rely on the lake for their food", "m12", VerdictAltered, ChangeNumber, true, "Two million"},
		{"bracket with another name at the start", "[Sweden] is proud to have made clean water a priority", "m1", VerdictAltered, ChangePerson, true, "Norway"},
		{"bracket with other words", "It is vital that we consult [the farmers] before the dam is built", "m8", VerdictAltered, ChangeWording, false, "the fishermen"},
		// elisions
		{"elision of ordinary words", "Farmers have never been so worried … as they are now", "m6", VerdictExact, "", false, ""},
		{"elision of a whole sentence with a negation", "We will build the dam … Work starts in June.", "m11", VerdictExact, "", false, ""},
		{"elision after a number, of words", "from 3% … This shows the need to act.", "m3", VerdictExact, "", false, ""},
		{"elision of 'not necessarily'", "the reform does … reduce costs for farmers", "m2", VerdictAltered, ChangeNegation, true, "not necessarily"},
		{"elision of 'never'", "Farmers have […] been so worried about the weather", "m6", VerdictAltered, ChangeNegation, true, "never"},
		{"elision of 'nothing'", "When we do … the lakes die slowly", "m5", VerdictAltered, ChangeNegation, true, "nothing"},
		{"leading elision of 'No'", "… single city can clean the river alone.", "m4", VerdictAltered, ChangeNegation, true, "No"},
		{"quote cut after 'No'", "single city can clean the river alone", "m4", VerdictAltered, ChangeNegation, true, "No"},
		{"elision of a number of a quantity", "Between 2 … million people rely on the river", "m10", VerdictAltered, ChangeNumber, true, ""},
		// across a paragraph break, neither paragraph alone enough
		{"across a break, altered", "its farms and its villages across the whole region. Every city must therefore protect it from the waste", "m13", VerdictAltered, ChangeWording, false, "towns"},
		// other spellings, and a quote cut in a word
		{"contractions", "We have waited for years and we are still waiting for the bridge", "m15", VerdictAltered, ChangeSpelling, false, "We’ve"},
		{"number words with a hyphen", "42 villages lost their water supply in forty-eight hours", "m16", VerdictAltered, ChangeSpelling, false, "Forty-two"},
		{"the last word cut short", "Forty-two villages lost their water sup", "m16", VerdictAltered, ChangeWording, false, "supply"},
		// words in quotation marks with an attribution as long
		{"attribution as long as the quote", "“Cooperation is essential,” Jane Roe said.", "m4", VerdictExact, "", false, ""},
		// a quotation the passage interrupts with its attribution
		{"the attribution between two quotations", "We will not give up, because the harbour is ours.", "m17", VerdictExact, "", false, ""},
		{"words of the quotation left out", "We will not give up, because harbour is ours.", "m17", VerdictAltered, ChangeWording, false, "the"},
		// short claims
		{"short claim sharing one content word", "water is declining", "", "", "", false, ""},
		{"short claim sharing function words", "farmers must be silenced", "", "", "", false, ""},
		{"short real quote", "Cooperation is essential", "m4", VerdictExact, "", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := ix.Verify(context.Background(), tc.quote, 3)
			if err != nil {
				t.Fatal(err)
			}
			if tc.top == "" {
				for _, m := range ms {
					if m.Verdict == VerdictExact || m.Verdict == VerdictAltered {
						t.Errorf("%s %s of %q, want not found", m.Passage.ID, m.Verdict, m.Passage.Text)
					}
				}
				return
			}
			if len(ms) == 0 {
				t.Fatal("no matches")
			}
			m := ms[0]
			if tc.name == "across a break, altered" && m.Through != "m14" {
				t.Errorf("through %q, want m14", m.Through)
			}
			if m.Passage.ID != tc.top || m.Verdict != tc.verdict {
				t.Fatalf("top match %s %s %+v, want %s %s", m.Passage.ID, m.Verdict, m.Differences, tc.top, tc.verdict)
			}
			if tc.change == "" {
				if len(m.Differences) != 0 {
					t.Errorf("differences %+v, want none", m.Differences)
				}
				return
			}
			if len(m.Differences) == 0 {
				t.Fatal("no differences")
			}
			d := m.Differences[0]
			if d.Change != tc.change || d.Meaning != tc.meaning || tc.passage != "" && d.Passage != tc.passage {
				t.Errorf("difference %+v, want change %s meaning %v passage %q", d, tc.change, tc.meaning, tc.passage)
			}
		})
	}
}

// TestVerifyFunctionWords: a quote of function words only says nothing
// a passage could be checked against: a bad query.
func TestVerifyFunctionWords(t *testing.T) {
	ix := openInvented(t)
	for _, q := range []string{"a", "the", "it is", "“It is”", "[the] it", "It was … the"} {
		if _, err := ix.Verify(context.Background(), q, 3); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Verify(%q): %v, want ErrBadQuery", q, err)
		}
	}
	if _, err := ix.Verify(context.Background(), "per cent", 3); err != nil {
		t.Errorf("Verify(per cent): %v", err)
	}
}

// FuzzSegments: any quote against any passage aligns without a panic,
// and matches no more words than the quote has.
func FuzzSegments(f *testing.F) {
	for _, s := range [][2]string{
		{"[The Minister] said … it [sic]", "In May, she said that it was not. No, never."},
		{"… [not] 2 … million [42%]", "2 or 3 million, 24%; not only"},
		{"[a] [b] … [c]", ""},
		{"forty-eight I've", "48 I have"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, quote, passage string) {
		if len(quote) > 300 || len(passage) > 1000 {
			return
		}
		q := parseQuote(quote)
		pw := verifyWords(passage, nil)
		_, tl := q.segments(align(q, passage, pw), passage, pw, nil)
		if tl.same > q.words || tl.cSame > tl.same || tl.marks > tl.edits {
			t.Errorf("tally %+v for %d words", tl, q.words)
		}
	})
}

// TestAttributions: the words between two quotations of a passage,
// outside them, are its attribution; words inside a quotation, or around
// one only, are not.
func TestAttributions(t *testing.T) {
	tests := []struct{ passage, want string }{
		{"“We act,” she said, “and we win.”", "she said"},
		{`"We act," she said, "and we win."`, "she said"},
		{`She thinks "the plan is right", to which all agreed.`, ""},
		{`“A,” said one of the many people in the crowded room today, “B”`, ""}, // longer than a bracket
		{"“A” and “B” and “C”", "and and"},
		{"No quotation here at all", ""},
	}
	for _, tc := range tests {
		pw := verifyWords(tc.passage, nil)
		attr := attributions(tc.passage, pw)
		var got []string
		for i, a := range attr {
			if a {
				got = append(got, pw[i].term)
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("attributions(%q) = %q, want %q", tc.passage, g, tc.want)
		}
	}
}
