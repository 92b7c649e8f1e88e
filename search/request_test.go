package search

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseRequest(t *testing.T) {
	many := url.Values{}
	for i := range MaxFilterValues + 1 {
		many.Add("topic", strings.Repeat("t", i+1))
	}
	tests := []struct {
		name  string
		query string
		v     url.Values // instead of query when set
		want  Request
		err   string // a part of the error; "" for none
	}{
		{name: "empty", query: "", want: Request{Size: DefaultSize, Page: 1, FacetSize: DefaultFacetSize}},
		{name: "everything", query: "q=+forced+labour+&speaker=a&speaker=b&speaker=a&speaker=&kind=quote&page=3&size=20&sort=document&facet_size=5&format=csv&v=1",
			want: Request{Query: "forced labour", Filters: map[string][]string{"speaker": {"a", "b"}, "kind": {"quote"}},
				Page: 3, Size: 20, Sort: SortDocument, FacetSize: 5}},
		{name: "size 0 is the default", query: "size=0", want: Request{Size: DefaultSize, Page: 1, FacetSize: DefaultFacetSize}},
		{name: "size too big", query: "size=101", err: "size: must be between 0 and 100"},
		{name: "size not a number", query: "size=ten", err: "size: must be an integer"},
		{name: "page zero", query: "page=0", err: "page: must be between 1"},
		{name: "page not a number", query: "page=abc", err: "page: must be an integer"},
		{name: "page too deep", query: "page=101&size=100", err: "page: results beyond the first 10000"},
		{name: "facet size zero", query: "facet_size=0", err: "facet_size"},
		{name: "bad sort", query: "sort=date", err: `sort: must be "relevance" or "document"`},
		{name: "query too long", query: "q=" + strings.Repeat("a", MaxQueryLen+1), err: "q: the query is 1001 bytes long"},
		{name: "value too long", query: "doc=" + strings.Repeat("d", MaxValueLen+1), err: "doc: a value is longer than 300 bytes"},
		{name: "too many values", v: many, err: "topic: more than 50 values"},
		{name: "not UTF-8", v: url.Values{"q": {"\xff"}}, err: "q: not valid UTF-8"},
		{name: "control character", v: url.Values{"session": {"a\x00b"}}, err: "session: control characters"},
		{name: "a tab is fine", v: url.Values{"q": {"a\tb"}}, want: Request{Query: "a\tb", Size: DefaultSize, Page: 1, FacetSize: DefaultFacetSize}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.v
			if v == nil {
				var err error
				if v, err = url.ParseQuery(tc.query); err != nil {
					t.Fatal(err)
				}
			}
			got, err := ParseRequest(v)
			if tc.err != "" {
				if err == nil || !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want ErrBadRequest with %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			// Values gives the request back.
			again, err := ParseRequest(got.Values())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, again); diff != "" {
				t.Errorf("ParseRequest(Values()) (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuoteMarks(t *testing.T) {
	for _, tc := range []struct {
		in, trimmed string
		has         bool
	}{
		{"“Harm is harm.”", "Harm is harm.", true},
		{`"Harm is harm."`, "Harm is harm.", true},
		{"« Assez »", "Assez", true},
		{"„Genug“", "Genug", true},
		{"“Harm is harm,” she said.", "Harm is harm,” she said.", true},
		{"Harm is harm.", "Harm is harm.", false},
		{"", "", false},
		{"We said “no”.", "We said “no”.", false},
	} {
		if got := TrimQuoteMarks(tc.in); got != tc.trimmed {
			t.Errorf("TrimQuoteMarks(%q) = %q, want %q", tc.in, got, tc.trimmed)
		}
		if got := HasQuoteMarks(tc.in); got != tc.has {
			t.Errorf("HasQuoteMarks(%q) = %v", tc.in, got)
		}
	}
}

func TestCite(t *testing.T) {
	sp := &Speaker{ID: "jane-roe", Name: "Jane Roe", Role: "Professor", Organisation: "University of Example"}
	doc := Document{ID: "r", Title: "Beyond Awareness-Raising", Publisher: "OSCE", Event: "3rd Example Conference",
		Place: "Geneva", Date: "1–2 May 2025"}
	const url = "https://search.example.org/p/r-15-2"
	tests := []struct {
		name string
		p    Passage
		d    Document
		want Citations
	}{
		{name: "quote with its own marks", d: doc,
			p: Passage{Kind: KindQuote, Speaker: sp, Session: "Panel 2: Data [and] gaps", Page: 15, PageEnd: 15, Text: "“We need *better* data.”"},
			want: Citations{
				Plain:    "“We need *better* data.” — Jane Roe, Professor, University of Example, Panel 2, 3rd Example Conference, Geneva, 1–2 May 2025, p. 15. " + url,
				Markdown: "“We need \\*better\\* data.” — [Jane Roe, Professor, University of Example, Panel 2, 3rd Example Conference, Geneva, 1–2 May 2025, p. 15](" + url + ")",
				Report:   "Jane Roe (Professor, University of Example), quoted in OSCE (2025). Beyond Awareness-Raising. 3rd Example Conference, Geneva, 1–2 May 2025, p. 15. " + url,
			}},
		{name: "statement with an inline quote", d: doc,
			p: Passage{Kind: KindStatement, Speaker: sp, Page: 15, PageEnd: 16, Quote: "data saves lives", Text: "Roe said data saves lives."},
			want: Citations{
				Plain:    "“data saves lives” — Jane Roe, Professor, University of Example, 3rd Example Conference, Geneva, 1–2 May 2025, pp. 15–16. " + url,
				Markdown: "“data saves lives” — [Jane Roe, Professor, University of Example, 3rd Example Conference, Geneva, 1–2 May 2025, pp. 15–16](" + url + ")",
				Report:   "Jane Roe (Professor, University of Example), quoted in OSCE (2025). Beyond Awareness-Raising. 3rd Example Conference, Geneva, 1–2 May 2025, pp. 15–16. " + url,
			}},
		{name: "the title names the event", d: Document{Title: "3rd Example Conference: Data", Publisher: "OSCE", Event: "3rd Example Conference", Place: "Geneva", Date: "2025"},
			p: Passage{Kind: KindNarrative, Page: 2, Text: "Opened."},
			want: Citations{
				Plain:    "3rd Example Conference, Geneva, 2025, p. 2. " + url,
				Markdown: "[3rd Example Conference, Geneva, 2025, p. 2](" + url + ")",
				Report:   "OSCE (2025). 3rd Example Conference: Data. Geneva, 2025, p. 2. " + url,
			}},
		{name: "narrative without publisher", d: Document{Title: "Report (final)", Date: "2024"},
			p: Passage{Kind: KindNarrative, Page: 4, Text: "The conference opened."},
			want: Citations{
				Plain:    "2024, p. 4. " + url,
				Markdown: "[2024, p. 4](" + url + ")",
				Report:   "Report (final) (2024). p. 4. " + url,
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Cite(tc.p, tc.d, url)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
