package search

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/search/query"
)

func TestParseQuery(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	folded, english, err := analyzers(m)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q string
		want    string // query.Query.String(); "" with bad for an error
		bad     bool
	}{
		{"empty", "", "", false},
		{"blank", "  \t\n ", "", false},
		{"words", "Forced Criminality", "word(forced|forc) word(criminality|crimin)", false},
		{"stop word kept unstemmed", "the data", "word(the|) word(data|data)", false},
		{"duplicates once", "data data", "word(data|data)", false},
		{"accents folded", "Vătăjelu Wójtowicz", "word(vatajelu|vatajelu) word(wojtowicz|wojtowicz)", false},
		{"ligature folded", "ﬁnancial", "word(financial|financi)", false},
		{"hyphenated word", "Mirga-Wójtowicz", "word(mirga|mirga) word(wojtowicz|wojtowicz)", false},
		{"numbers and symbols", "2% to 24%", "word(2|2) word(to|) word(24|24)", false},
		{"phrase", `"forced criminality" children`, "word(children|children) phrase(forced criminality)", false},
		{"curly quotes", "“forced criminality”", "phrase(forced criminality)", false},
		{"exclusion", "children -roma", "word(children|children) not(roma)", false},
		{"excluded phrase", `data -"forced labour"`, "word(data|data) not(forced labour)", false},
		{"NOT", "children NOT roma", "word(children|children) not(roma)", false},
		{"AND OR dropped", "children AND roma OR data", "word(children|children) word(roma|roma) word(data|data)", false},
		{"lone minus", "children - roma", "word(children|children) word(roma|roma)", false},
		{"double minus", "--roma", "not(roma)", false},
		{"plus ignored", "+children", "word(children|children)", false},
		{"unbalanced quote", `"forced criminality`, "word(forced|forc) word(criminality|crimin)", false},
		{"unbalanced quote after phrase", `"data" "forced`, "word(forced|forc) phrase(data)", false},
		{"empty phrase", `"" data`, "word(data|data)", false},
		{"wildcard star", "traffick*", "word(traffick|traffick)", false},
		{"wildcard question mark", "traffick?ng", "word(traffick|traffick) word(ng|ng)", false},
		{"regexp", "/.*/ data", "word(data|data)", false},
		{"parentheses", "((data))", "word(data|data)", false},
		{"field syntax", "speaker:hobbs", "word(speaker:hobbs|speaker:hobb)", false},
		{"only operators", "- * ? ( )", "", true},
		{"only a minus", "-", "", true},
		{"only quotes", `""`, "", true},
		{"only parentheses", strings.Repeat("(", 900), "", true},
		{"regexp only", "/.*/", "", true},
		{"too long", strings.Repeat("data ", 100<<10/5), "", true},
		{"invalid UTF-8", "data \xff\xfe", "", true},
		{"repeated words count once", strings.Repeat("abc ", 70), "word(abc|abc)", false},
		{"too many distinct words", manyWords(70), "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pq, err := query.Parse(tc.q, folded, english)
			if tc.bad {
				if !errors.Is(err, ErrBadQuery) {
					t.Fatalf("query.Parse(%.40q) = %v, %v; want ErrBadQuery", tc.q, pq, err)
				}
				if msg := err.Error(); len(msg) < len("bad query: ")+10 {
					t.Errorf("error %q does not say what to fix", msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("query.Parse(%.40q): %v", tc.q, err)
			}
			if got := pq.String(); got != tc.want {
				t.Errorf("query.Parse(%.40q) = %s, want %s", tc.q, got, tc.want)
			}
		})
	}
}

func manyWords(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("w")
		for j := i; j > 0; j /= 26 {
			b.WriteByte(byte('a' + j%26))
		}
		b.WriteString("x ")
	}
	return b.String()
}

// TestSearchHostileInput checks that no input makes Search fail with
// anything but ErrBadQuery.
func TestSearchHostileInput(t *testing.T) {
	ix := openFixture(t)
	inputs := []string{
		strings.Repeat("(", 5000),
		strings.Repeat("(", 999),
		strings.Repeat(`"`, 999),
		strings.Repeat("-", 999),
		strings.Repeat("a", 999),
		strings.Repeat("x*", 499),
		strings.Repeat("data ", 100<<10/5),
		"/.*/", "/(a+)+$/", "*", "?", "**?**", "~", "^2", "data~2", "data^10",
		"speaker:nick-hobbs", "+-+-", `\`, `\"`, "\x00data", "data\xc3",
		"<script>alert(1)</script>", "&amp;", "🙂 data", "中文", "ﬁ ﬂ",
		`"unterminated`, `-"`, `"-"`, "NOT", "AND OR NOT",
	}
	for _, q := range inputs {
		res, err := ix.Search(context.Background(), Request{Query: q})
		if err != nil && !errors.Is(err, ErrBadQuery) {
			t.Errorf("Search(%.30q): %v, want success or ErrBadQuery", q, err)
		}
		if err == nil && res == nil {
			t.Errorf("Search(%.30q): nil result", q)
		}
	}
}
