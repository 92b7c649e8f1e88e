package search

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
)

// search runs a query and returns the hit ids, failing the test on error.
func searchIDs(t *testing.T, ix *Index, r Request) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), r)
	if err != nil {
		t.Fatalf("Search(%+v): %v", r, err)
	}
	return hitIDs(res)
}

func TestAccentAndLigatureFolding(t *testing.T) {
	ix := openFixture(t)
	tests := []struct {
		query string
		want  []string // ids that must be among the hits
	}{
		{"Vatajelu", []string{"r24-16", "c24-1"}},  // plain query, accented speaker name
		{"Vătăjelu", []string{"r24-16", "c24-1"}},  // accented query, plain text
		{"VĂTĂJELU", []string{"r24-16", "c24-1"}},  // upper case
		{"Wojtowicz", []string{"r24-09", "c24-4"}}, // ó in text and name
		{"Wójtowicz", []string{"r24-09", "c24-4"}},
		{"Elzbieta", []string{"r24-09", "c24-4"}}, // ż
		{"Turkiye", []string{"r24-23"}},           // ü in the text
		{"Türkiye", []string{"r24-23"}},
		{"financial flows", []string{"r24-21"}}, // ﬁ ﬂ ligatures in the text
		{"ﬁnancial", []string{"r24-21", "r24-29"}},
		{"\"IOM's Deputy Director\"", []string{"r24-06"}}, // ’ in the text
	}
	for _, tc := range tests {
		got := searchIDs(t, ix, Request{Query: tc.query, Size: MaxSize})
		for _, id := range tc.want {
			if !slices.Contains(got, id) {
				t.Errorf("Search(%q) = %v, want %s among the hits", tc.query, got, id)
			}
		}
	}
}

func TestTypoTolerance(t *testing.T) {
	ix := openFixture(t)
	tests := []struct {
		query string
		top   string
	}{
		{"Zimerman", "r24-18"},
		{"Zimmermann", "r24-18"},
		{"trafficing for criminal explotation", "r24-22"},
		{"miraculosly empowerment", "c24-3"},   // transposition-free typo, 10 letters
		{"disbelief asylum sekeers", "r24-26"}, // transposed letters
	}
	for _, tc := range tests {
		got := searchIDs(t, ix, Request{Query: tc.query})
		if len(got) == 0 || got[0] != tc.top {
			t.Errorf("Search(%q) = %v, want %s first", tc.query, got, tc.top)
		}
	}
	// Short words are not fuzzy: "dta" must not match "data".
	if got := searchIDs(t, ix, Request{Query: "dta"}); len(got) != 0 {
		t.Errorf("Search(dta) = %v, want no hits", got)
	}
}

// TestExactAboveFuzzy builds a corpus where a word and a misspelling of it
// both occur: the exact match must rank first.
func TestExactAboveFuzzy(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i, text := range []string{
		"The date shows that prevention works.",
		"The dates show that prevention works.",
		"The data shows that prevention works.",
	} {
		c.Passages = append(c.Passages, Passage{ID: string(rune('a' + i)), Doc: "d", Seq: i, Kind: KindNarrative, Text: text})
	}
	ix := buildOpen(t, c)
	got := searchIDs(t, ix, Request{Query: "data"})
	if want := []string{"c", "a"}; !slices.Equal(got, want) {
		t.Errorf("Search(data) = %v, want %v (exact, then one edit away)", got, want)
	}
}

// buildOpen builds c into a temporary directory and opens it.
func buildOpen(t *testing.T, c Corpus) *Index {
	t.Helper()
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

// TestDisjunctiveFacets checks that each value of a facet counts the hits
// the request would have with that value as the facet's only filter: a
// filtered facet ignores its own filter, and a click on any value gives
// the count it showed.
func TestDisjunctiveFacets(t *testing.T) {
	ix := openFixture(t)
	for _, r := range []Request{
		{Query: "prevention", Filters: map[string][]string{FacetSpeaker: {"cathy-zimmerman"}, FacetKind: {KindQuote}}},
		{Query: "children", Filters: map[string][]string{FacetTopic: {"Roma", "children"}, FacetDoc: {"alliance-2024"}}},
		{Filters: map[string][]string{FacetSession: {"Opening Session"}, FacetKind: {KindStatement, KindQuote}}},
		{Query: "-data", Filters: map[string][]string{FacetKind: {KindNarrative}}},
		// Every word of this query is in enough passages of the corpus,
		// but not of each kind: the facet counts must still predict the
		// totals.
		{Query: "trafficking human"},
		{Query: "trafficking human", Filters: map[string][]string{FacetKind: {KindQuote}}},
		{Query: "trafficking human", Filters: map[string][]string{FacetKind: {KindNarrative}, FacetTopic: {"children"}}},
	} {
		res, err := ix.Search(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		for facet := range res.Facets {
			for _, fv := range res.Facets[facet] {
				r2 := r
				r2.Filters = map[string][]string{}
				for k, v := range r.Filters {
					r2.Filters[k] = v
				}
				r2.Filters[facet] = []string{fv.Value}
				res2, err := ix.Search(context.Background(), r2)
				if err != nil {
					t.Fatal(err)
				}
				if res2.Total != fv.Count {
					t.Errorf("%+v: facet %s value %q counts %d, but filtering by it alone gives %d",
						r, facet, fv.Value, fv.Count, res2.Total)
				}
			}
		}
	}
}

func TestEmptyQueryDocumentOrder(t *testing.T) {
	ix := openFixture(t)
	var want []string
	for _, p := range ix.Passages() {
		if p.Kind == KindQuote {
			want = append(want, p.ID)
		}
	}
	var got []string
	for page := 1; ; page++ {
		res, err := ix.Search(context.Background(), Request{Filters: map[string][]string{FacetKind: {KindQuote}}, Page: page, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != len(want) {
			t.Fatalf("total = %d, want %d", res.Total, len(want))
		}
		if len(res.Hits) == 0 {
			break
		}
		got = append(got, hitIDs(res)...)
	}
	if d := diff(want, got); d != "" {
		t.Errorf("quotes in document order (-want +got):\n%s", d)
	}
	// No query and no filters: everything, facets from the cache.
	res, err := ix.Search(context.Background(), Request{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != len(ix.Passages()) || res.Hits[0].ID != ix.Passages()[0].ID {
		t.Errorf("empty request: total %d first %s, want %d and %s", res.Total, res.Hits[0].ID, len(ix.Passages()), ix.Passages()[0].ID)
	}
	if d := diff(ix.Topics(), res.Facets[FacetTopic]); d != "" {
		t.Errorf("topic facet of the empty query (-want +got):\n%s", d)
	}
}

func TestHitFields(t *testing.T) {
	ix := openFixture(t)
	res, err := ix.Search(context.Background(), Request{Query: "specific investment"})
	if err != nil {
		t.Fatal(err)
	}
	h := res.Hits[0]
	if h.ID != "c24-3" {
		t.Fatalf("top hit %s, want c24-3", h.ID)
	}
	want := "We thought empowerment would miraculously prevent human trafficking. However, we need the R&amp;D process to improve those good guesses. We need <mark>specific investment</mark> in R&amp;D on prevention."
	if h.Highlight != want {
		t.Errorf("highlight\n got %s\nwant %s", h.Highlight, want)
	}
	if want := "Cathy Zimmerman, Professor, London School of Hygiene and Tropical Medicine, 24th Alliance against Trafficking in Persons Conference, Hofburg, Vienna, 15–16 April 2024, p. 2"; h.Citation != want {
		t.Errorf("citation\n got %s\nwant %s", h.Citation, want)
	}
	if h.Score <= 0 || h.Speaker == nil || h.Speaker.ID != "cathy-zimmerman" || res.TookMS <= 0 {
		t.Errorf("hit %+v, took %v", h, res.TookMS)
	}
}

func TestHighlightEscapes(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d"}}, Passages: []Passage{{
		ID: "x", Doc: "d", Kind: KindNarrative,
		Text: `<script>alert("data")</script> & <b>data</b> 'quoted' data`,
	}}}
	ix := buildOpen(t, c)
	res, err := ix.Search(context.Background(), Request{Query: "data script"})
	if err != nil {
		t.Fatal(err)
	}
	want := `&lt;<mark>script</mark>&gt;alert(&#34;<mark>data</mark>&#34;)&lt;/<mark>script</mark>&gt; &amp; &lt;b&gt;<mark>data</mark>&lt;/b&gt; &#39;quoted&#39; <mark>data</mark>`
	if got := res.Hits[0].Highlight; got != want {
		t.Errorf("highlight\n got %s\nwant %s", got, want)
	}
}

func TestHighlightWindow(t *testing.T) {
	text := strings.Repeat("lorem ipsum dolor ", 40) + "forced criminality rose " + strings.Repeat("sit amet ", 40)
	i := strings.Index(text, "forced")
	got := highlight(text, []span{{i, i + len("forced criminality")}}, 120)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, "<mark>forced criminality</mark>") {
		t.Errorf("highlight = %q", got)
	}
	if n := len(got); n > 120+len("<mark></mark>")+2*len("…") {
		t.Errorf("highlight is %d bytes long", n)
	}
	// Multi-byte text cut on rune boundaries.
	text = strings.Repeat("ăăă ", 200)
	if got := highlight(text, nil, 100); !strings.HasSuffix(got, "…") || !utf8Valid(got) {
		t.Errorf("highlight = %q", got)
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\ufffd") == s }

func TestSearchContext(t *testing.T) {
	ix := openFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ix.Search(ctx, Request{Query: "children"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a canceled context: %v, want context.Canceled", err)
	}
}

func TestClosedIndex(t *testing.T) {
	ix := openFixture(t)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Search(context.Background(), Request{Query: "children"}); !errors.Is(err, ErrClosed) {
		t.Errorf("Search after Close: %v, want ErrClosed", err)
	}
	if _, err := ix.Suggest(context.Background(), "chil", 5); !errors.Is(err, ErrClosed) {
		t.Errorf("Suggest after Close: %v, want ErrClosed", err)
	}
	if len(ix.Passages()) == 0 {
		t.Error("Passages after Close: none")
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestEveryWordFirst checks how plain words combine: a query of several
// words matches the passages with every word when there are enough of
// them (allWordsEnough), and otherwise the passages with any word, those
// with every word first. Each word alone is the reference.
func TestEveryWordFirst(t *testing.T) {
	ix := openFixture(t)
	ids := func(q string) []string {
		t.Helper()
		res, err := ix.Search(context.Background(), Request{Query: q, Size: MaxSize})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total > MaxSize {
			t.Fatalf("%q: %d hits, more than a page of the fixture", q, res.Total)
		}
		return hitIDs(res)
	}
	for _, tc := range []struct {
		words     []string
		everyOnly bool // enough passages have every word
	}{
		{[]string{"trafficking", "human"}, true},
		{[]string{"children", "disabilities"}, false},
		{[]string{"zimmerman", "prevention"}, false}, // a speaker's name and a word
		{[]string{"trafficing", "humen"}, true},      // misspelt words match as their spellings do
	} {
		q := strings.Join(tc.words, " ")
		t.Run(q, func(t *testing.T) {
			inAll := map[string]int{}
			for _, w := range tc.words {
				for _, id := range ids(w) {
					inAll[id]++
				}
			}
			var every, some []string
			for id, n := range inAll {
				if n == len(tc.words) {
					every = append(every, id)
				} else {
					some = append(some, id)
				}
			}
			if got := len(every) >= allWordsEnough; got != tc.everyOnly {
				t.Fatalf("%d passages have every word; the case expects that to be enough: %v", len(every), tc.everyOnly)
			}
			got := ids(q)
			want := every
			if !tc.everyOnly {
				want = append(slices.Clone(every), some...)
			}
			if d := diff(sorted(want), sorted(got)); d != "" {
				t.Errorf("hits of %q (-want +got):\n%s", q, d)
			}
			if len(got) >= len(every) {
				if d := diff(sorted(every), sorted(got[:len(every)])); d != "" {
					t.Errorf("passages with every word are not first (-want +got):\n%s", d)
				}
			}
		})
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// TestFacetSize checks that a facet lists its FacetSize most frequent
// values, as the full list has them, plus the selected values below them.
func TestFacetSize(t *testing.T) {
	ix := openFixture(t)
	for _, r := range []Request{
		{Query: "trafficking"},
		{}, // the empty query's facets come from memory
		{Query: "trafficking", Filters: map[string][]string{FacetKind: {KindStatement, KindQuote}}},
		{Filters: map[string][]string{FacetKind: {KindStatement, KindQuote}}},
	} {
		full := r
		full.FacetSize = MaxFacetSize
		all, err := ix.Search(context.Background(), full)
		if err != nil {
			t.Fatal(err)
		}
		// Select the least frequent speaker: it is not among the top 2.
		spk := all.Facets[FacetSpeaker]
		if len(spk) < 4 {
			t.Fatalf("%+v: %d speakers, the test needs 4", r, len(spk))
		}
		last := spk[len(spk)-1]
		for _, filtered := range []bool{false, true} {
			r := r
			r.FacetSize = 2
			if filtered {
				r.Filters = maps.Clone(r.Filters)
				if r.Filters == nil {
					r.Filters = map[string][]string{}
				}
				r.Filters[FacetSpeaker] = []string{last.Value}
			}
			res, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			for name, got := range res.Facets {
				want := all.Facets[name][:min(2, len(all.Facets[name]))]
				if filtered && name == FacetSpeaker {
					want = append(slices.Clone(want), last)
				}
				if filtered && name != FacetSpeaker {
					continue // counts narrowed by the speaker filter
				}
				if d := diff(want, got); d != "" {
					t.Errorf("%+v: facet %s (-want +got):\n%s", r, name, d)
				}
			}
		}
	}
	if _, err := ix.Search(context.Background(), Request{Query: "x", FacetSize: MaxFacetSize + 1}); !errors.Is(err, ErrBadQuery) {
		t.Errorf("facet size above the maximum: err = %v, want ErrBadQuery", err)
	}
}

// TestCompoundWordParts: a part of a compound word of code or product
// names finds it ("dumps" finds "tomllib.dumps()", "exception" finds
// "PanicException") and is marked in the highlight; the whole word and a
// phrase across it still match.
func TestCompoundWordParts(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i, text := range []string{
		"She proposed a tomllib.dumps() function for the standard library.",
		"A Rust panic surfaces as a PanicException in Python.",
		"The free_threading build ships next year.",
		"Nothing of the kind here.",
	} {
		c.Passages = append(c.Passages, Passage{ID: string(rune('a' + i)), Doc: "d", Seq: i, Kind: KindNarrative, Text: text})
	}
	ix := buildOpen(t, c)
	tests := []struct {
		query, want, mark string
	}{
		{"dumps", "a", "<mark>dumps</mark>"},
		{"tomllib.dumps", "a", "<mark>tomllib.dumps</mark>"},
		{`"tomllib.dumps() function"`, "a", ""},
		{"exception", "b", "<mark>Exception</mark>"},
		{"threading build", "c", "free_<mark>threading build</mark>"},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), Request{Query: tt.query})
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		if got := hitIDs(res); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("Search(%q) = %v, want [%s]", tt.query, got, tt.want)
			continue
		}
		if !strings.Contains(string(res.Hits[0].Highlight), tt.mark) {
			t.Errorf("Search(%q): highlight %q lacks %q", tt.query, res.Hits[0].Highlight, tt.mark)
		}
	}
}
