package search

import (
	"context"
	"strings"
	"testing"
)

func TestParseQueryLast(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	folded, english, err := analyzers(m)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, last string }{
		{"zimmer", "zimmer"},
		{"cathy Zimmer", "zimmer"},
		{"Vătăj", "vataj"},
		{"mirga-wójt", "wojt"},
		{"zimmer ", ""},             // a space ends the word
		{"zimmer,", ""},             // so does punctuation
		{`"cathy zimmer"`, ""},      // a phrase is matched as written
		{`"cathy zimmer`, "zimmer"}, // an unbalanced quote is dropped
		{"prevention -zimmer", ""},  // an exclusion is never expanded
		{"prevention NOT zimmer", ""},
		{`zimmer "forced labour"`, ""},
	}
	for _, tc := range tests {
		pq, err := parseQuery(tc.q, folded, english)
		if err != nil {
			t.Fatalf("parseQuery(%q): %v", tc.q, err)
		}
		if pq.last != tc.last {
			t.Errorf("parseQuery(%q).last = %q, want %q", tc.q, pq.last, tc.last)
		}
	}
}

// TestSearchPrefix: a word being typed finds the words it begins, in the
// results, below the word itself; only the last word, only while typed.
func TestSearchPrefix(t *testing.T) {
	ix := openFixture(t)
	tests := []struct {
		name, q string
		prefix  bool
		top     string // the top hit's speaker id; "" for no hits
	}{
		{"a name begun", "zimmer", true, "cathy-zimmerman"},
		{"a name begun, upper case", "ZIMMER", true, "cathy-zimmerman"},
		{"after a whole word", "cathy zimmer", true, "cathy-zimmerman"},
		{"accents folded", "vătăj", true, "valentin-vatajelu"},
		{"not typing", "zimmer", false, ""},
		{"word ended by a space", "zimmer ", true, ""},
		{"quoted", `"zimmer"`, true, ""},
		{"too short", "zi", true, ""},
		{"not the last word", "zimmer prevention", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Request{Query: tc.q, Prefix: tc.prefix, Size: 3})
			if err != nil {
				t.Fatal(err)
			}
			top := ""
			if len(res.Hits) > 0 && res.Hits[0].Speaker != nil {
				top = res.Hits[0].Speaker.ID
			}
			if tc.top == "" {
				if tc.name == "not the last word" {
					// "zimmer" is a whole word here: no passage holds it, so
					// the hits are those with "prevention" only
					for _, h := range res.Hits {
						if strings.Contains(h.Highlight, "<mark>Zimmerman") {
							t.Errorf("hit %s marks Zimmerman for a whole word zimmer", h.ID)
						}
					}
					return
				}
				if res.Total != 0 {
					t.Errorf("%d hits (top %s), want none", res.Total, top)
				}
				return
			}
			if top != tc.top {
				t.Fatalf("top hit by %q, want %q (%d hits)", top, tc.top, res.Total)
			}
			if !strings.Contains(res.Hits[0].Highlight, "<mark>") {
				t.Errorf("top hit has no highlight: %s", res.Hits[0].Highlight)
			}
		})
	}

	// Below the word itself: "child" as typed ranks the passages with
	// "child" above those with only the words it begins ("children").
	res, err := ix.Search(context.Background(), Request{Query: "child", Prefix: true, Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := ix.Search(context.Background(), Request{Query: "child", Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total <= whole.Total {
		t.Errorf("child as typed: %d hits, want more than the %d of the whole word", res.Total, whole.Total)
	}
	if len(res.Hits) == 0 || !containsWord(res.Hits[0].Text, "child") {
		t.Errorf("child as typed: the top hit lacks the word child")
	}

	// Bounded: a short prefix expands to at most k words, names first.
	if got := ix.vocab.withPrefix("pr", MaxPrefixTerms); len(got) > MaxPrefixTerms {
		t.Errorf("withPrefix(pr) = %d terms, want at most %d", len(got), MaxPrefixTerms)
	}
	if got := ix.vocab.withPrefix("c", 1); len(got) != 1 || got[0].in&inSpeaker == 0 {
		t.Errorf("withPrefix(c, 1) = %+v, want a word of a name (cathy, chon…)", got)
	}
}

func containsWord(text, w string) bool {
	for _, x := range scanWords(text, nil) {
		if x.term == w {
			return true
		}
	}
	return false
}
