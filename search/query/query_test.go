package query

import (
	"errors"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// analyzers are stand-ins for the index's (package search tests Parse
// with those): UAX #29 words, lower-cased; the English one also drops
// stop words and stems (bleve's "en" analyzer).
func analyzers() (folded, english analysis.Analyzer) {
	tok := unicode.NewUnicodeTokenizer()
	low := lowercase.NewLowerCaseFilter()
	folded = &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: []analysis.TokenFilter{low}}
	english, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		panic(err)
	}
	return folded, english
}

func TestParse(t *testing.T) {
	folded, english := analyzers()
	tests := []struct {
		q, want, last string
	}{
		{"", "", ""},
		{"Forced labour", "word(forced|forc) word(labour|labour)", "labour"},
		{`"forced labour" -children`, "phrase(forced labour) not(children)", ""},
		{"data NOT roma AND x", "word(data|data) word(x|x) not(roma)", "x"},
		{"the traffick", "word(the|) word(traffick|traffick)", "traffick"},
		{"traffick ", "word(traffick|traffick)", ""},
	}
	for _, tc := range tests {
		q, err := Parse(tc.q, folded, english)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.q, err)
		}
		if got := q.String(); got != tc.want || q.Last != tc.last {
			t.Errorf("Parse(%q) = %s, last %q; want %s, last %q", tc.q, got, q.Last, tc.want, tc.last)
		}
	}
	for _, bad := range []string{"-", `""`, strings.Repeat("a", MaxLen+1), "\xff"} {
		if _, err := Parse(bad, folded, english); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Parse(%.20q) = %v, want ErrBadQuery", bad, err)
		}
	}
}

func TestMarkPrefix(t *testing.T) {
	folded, english := analyzers()
	for _, tc := range []struct {
		q      string
		prefix string // the word marked, "" for none
	}{
		{"human traffick", "traffick"},
		{"human tr", ""},  // too short
		{"human the", ""}, // a stop word
		{"traffick human ", ""},
	} {
		q, err := Parse(tc.q, folded, english)
		if err != nil {
			t.Fatal(err)
		}
		q.MarkPrefix(3)
		got := ""
		for _, w := range q.Words {
			if w.Prefix {
				got += w.Exact
			}
		}
		if got != tc.prefix {
			t.Errorf("Parse(%q).MarkPrefix(3) marked %q, want %q", tc.q, got, tc.prefix)
		}
	}
}

func TestFuzziness(t *testing.T) {
	for w, want := range map[string]int{"abc": 0, "data": 1, "trafficking": 2, "2024": 0, "covid19": 0} {
		if got := Fuzziness(w); got != want {
			t.Errorf("Fuzziness(%q) = %d, want %d", w, got, want)
		}
	}
}
