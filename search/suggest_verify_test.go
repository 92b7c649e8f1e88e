package search

import (
	"context"
	"errors"
	"github.com/osce-tools/confsearch/text"
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
		changed     []string // words of the differences, quote or passage side
	}{
		{"exact", "We need specific investment in R&D on prevention.", "c24-3", VerdictExact, nil},
		{"exact in quotation marks, case changed", "“we need SPECIFIC investment in R&D on prevention”", "c24-3", VerdictExact, nil},
		{"exact accents dropped", "Elzbieta Mirga-Wojtowicz, 48 per cent of victims identified in Roma communities", "r24-09", VerdictExact, nil},
		{"punctuation changed", "We thought empowerment would miraculously prevent human trafficking; however, we need the R&D process", "c24-3", VerdictExact, nil},
		{"percent sign", "48% of victims identified in Roma communities", "r24-09", VerdictExact, nil},
		{"elision", "We thought empowerment would miraculously prevent human trafficking … We need specific investment in R&D on prevention.", "c24-3", VerdictExact, nil},
		{"a missing word", "We thought empowerment would prevent human trafficking. However, we need the R&D process to improve those good guesses.", "c24-3", VerdictAltered, []string{"miraculously"}},
		{"an extra word", "Harm is always harm. We need to create equity in anti-trafficking work", "r24-13", VerdictAltered, []string{"always"}},
		{"paraphrased", "We believed that empowerment would magically stop human trafficking. But we need an R&D process to improve these guesses.", "c24-3", VerdictParaphrase, nil},
		{"reordered", "the Roma community lacks integration of anti-trafficking initiatives and is isolated by social exclusion", "c24-4", VerdictParaphrase, nil},
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
			if m.Passage.ID != tc.top || m.Verdict != tc.verdict {
				t.Errorf("top match %s %s %.3f, want %s %s", m.Passage.ID, m.Verdict, m.Similarity, tc.top, tc.verdict)
			}
			if (m.Verdict == VerdictExact) != (m.Similarity == 1) {
				t.Errorf("verdict %s with similarity %v", m.Verdict, m.Similarity)
			}
			for _, w := range tc.changed {
				if !namesWord(m.Differences, w) {
					t.Errorf("differences %+v do not name %q", m.Differences, w)
				}
			}
			if m.Citation == "" {
				t.Error("match without citation")
			}
			for i := 1; i < len(ms); i++ {
				if verdictRank(ms[i].Verdict) < verdictRank(ms[i-1].Verdict) {
					t.Errorf("matches not sorted by verdict: %v", ms)
				}
			}
		})
	}
	if ms, err := ix.Verify(context.Background(), "the cat sat on the mat", 3); err != nil || len(ms) != 0 {
		t.Errorf("Verify(unrelated) = %v, %v; want no matches", ms, err)
	}
	for _, bad := range []string{"", "...", "[…]", "\xff", strings.Repeat("a ", MaxQuoteLen)} {
		if _, err := ix.Verify(context.Background(), bad, 3); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Verify(%.20q): %v, want ErrBadQuery", bad, err)
		}
	}
}

// namesWord reports whether one of the differences has w among its words.
func namesWord(ds []Segment, w string) bool {
	for _, d := range ds {
		for _, s := range []string{d.Quote, d.Passage} {
			for _, x := range strings.Fields(s) {
				if text.Fold(strings.Trim(x, ".,;:!?\"“”'’")) == text.Fold(w) {
					return true
				}
			}
		}
	}
	return false
}

func TestParseQuote(t *testing.T) {
	tests := []struct {
		quote string
		want  string // words, "…" for an elision, "[…]" with its text for a bracket
	}{
		{"“We need  specific—investment”", "we need specific investment"},
		{"We need … investment", "we need … investment"},
		{"We need... investment", "we need … investment"},
		{"We need . . . investment", "we need … investment"},
		{"We need […] investment", "we need … investment"},
		{"We need [...] investment", "we need … investment"},
		{"We need (…) investment", "we need … investment"},
		{"[The Minister] said it", "[The Minister] said it"},
		{"[W]e need it", "we need it"},
		{"organi[z]ation", "organization"},
		{"2.5 percent, 37% and 48 per cent", "2.5 percent 37 percent and 48 percent"},
		{"an [unclosed bracket", "an unclosed bracket"},
		{"U.S. policy", "u.s policy"},
	}
	for _, tc := range tests {
		q := parseQuote(tc.quote)
		var got []string
		for _, it := range q.items {
			switch it.kind {
			case itemWord:
				got = append(got, it.w.term)
			case itemElision:
				got = append(got, "…")
			case itemBracket:
				got = append(got, it.text)
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("parseQuote(%q) = %q, want %q", tc.quote, g, tc.want)
		}
	}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		quote, passage string
		want           string // the segments, op:quote/passage
		same, edits    int
	}{
		{"b c d", "a b c d e", "same:b c d/b c d", 3, 0},
		{"b c z", "a b c d e", "same:b c/b c replaced:z/d", 2, 1},
		{"b x c", "a b c d", "same:b/b inserted:x/ same:c/c", 2, 1},
		{"b d", "a b c d", "same:b/b deleted:/c same:d/d", 2, 1},
		{"a … e", "a b c d e", "same:a/a elided:…/b c d same:e/e", 2, 0},
		{"a [X Y] d", "a b c d e", "same:a/a replaced:[X Y]/b c same:d/d", 2, 2}, // no clarification: a difference
		{"a [she] d", "a it d e", "same:a/a bracketed:[she]/it same:d/d", 2, 0},
		{"a b c", "“a b,” she said, “c d”", "same:a b/a b elided:/she said same:c/c", 3, 0}, // the attribution between two quotations
		{"a [X] b", "a b c", "same:a/a bracketed:[X]/ same:b/b", 2, 0},
		{"b d c e", "a b c d e", "same:b/b replaced:d c/c d same:e/e", 3, 2},
		{"b c e d", "a b c d e", "same:b c/b c inserted:e/ same:d/d", 3, 1}, // at an end, a move is cheaper as an insertion
		{"co-operation matters", "cooperation matters", "same:co-operation matters/cooperation matters", 3, 0},
		{"10 000 people", "10,000 people", "same:10 000 people/10,000 people", 3, 0},
	}
	for _, tc := range tests {
		q := parseQuote(tc.quote)
		pw := verifyWords(tc.passage, nil)
		segs, tl := q.segments(align(q, tc.passage, pw), tc.passage, pw, nil)
		same, edits := tl.same, tl.edits
		var got []string
		for _, s := range segs {
			got = append(got, s.Op+":"+s.Quote+"/"+s.Passage)
		}
		if g := strings.Join(got, " "); g != tc.want || same != tc.same || edits != tc.edits {
			t.Errorf("align(%q, %q) = %q %d same %d edits, want %q %d %d", tc.quote, tc.passage, g, same, edits, tc.want, tc.same, tc.edits)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		quote, passage string
		change         string
		meaning        bool
	}{
		{"did not rise", "did rise", ChangeNegation, true},
		{"it does prevent", "it does not necessarily prevent", ChangeNegation, true},
		{"they don't agree", "they agree", ChangeNegation, true},
		{"decreased", "increased", ChangeAntonym, true},
		{"lower", "higher", ChangeAntonym, true},
		{"women", "men", ChangeAntonym, true},
		{"73", "37", ChangeNumber, true},
		{"three", "two", ChangeNumber, true},
		{"million", "billion", ChangeNumber, true},
		{"the Roma community", "the Muslim community", ChangePerson, true},
		{"they said", "we said", ChangePerson, true},
		{"organization", "organisation", ChangeSpelling, false},
		{"equality", "equity", ChangeWording, false},
		{"crimes", "atrocities", ChangeWording, false},
		{"we in", "in we", ChangePerson, true},
		{"doesn't", "does not", ChangeSpelling, false},
		{"can’t", "cannot", ChangeSpelling, false},
		{"2", "two", ChangeSpelling, false},
	}
	for _, tc := range tests {
		qw, pw := verifyWords(tc.quote, nil), verifyWords(tc.passage, nil)
		change, meaning := classify(tc.quote, qw, tc.passage, pw, nil)
		if change != tc.change || meaning != tc.meaning {
			t.Errorf("classify(%q, %q) = %s %v, want %s %v", tc.quote, tc.passage, change, meaning, tc.change, tc.meaning)
		}
	}
}

func TestQuotedParts(t *testing.T) {
	tests := []struct {
		s, want string
		ok      bool
	}{
		{"“We need it,” she said.", "We need it,", true},
		{"She said “we need it” and “more of it”.", "we need it … more of it", true},
		{`He said "we need it".`, "we need it", true},
		{"We need a “whole-of-society” approach", "whole-of-society", true}, // Verify checks it whole: fewer words inside than out
		{"“We need it.”", "", false},
		{"We need it.", "", false},
		{"“We need a “whole” approach,” she said", "We need a “whole” approach,", true},
	}
	for _, tc := range tests {
		got, ok := quotedParts(tc.s)
		if got != tc.want || ok != tc.ok {
			t.Errorf("quotedParts(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
		}
	}
}
