package search

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/model"
)

func TestCitation(t *testing.T) {
	zimmerman := &Speaker{ID: "cathy-zimmerman", Name: "Cathy Zimmerman", Role: "Professor", Organisation: "London School of Hygiene and Tropical Medicine"}
	report := Document{ID: "r", Title: "Beyond Awareness-Raising", Event: "24th Alliance against Trafficking in Persons Conference", Place: "Vienna", Date: "15–16 April 2024",
		Citation: "24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, report"}
	noCitation := report
	noCitation.Citation = ""
	titleOnly := Document{ID: "t", Title: "Annual report"}
	quote := Passage{Kind: KindQuote, Speaker: zimmerman, Session: "Panel 2: Bridging gaps for more impactful prevention", Page: 15, PageEnd: 15}
	tests := []struct {
		name string
		p    Passage
		d    Document
		want string
	}{
		{"speaker with the document's citation", quote, report,
			"Cathy Zimmerman, Professor, London School of Hygiene and Tropical Medicine, Panel 2, 24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, report p. 15"},
		{"built from event, place and date", quote, noCitation,
			"Cathy Zimmerman, Professor, London School of Hygiene and Tropical Medicine, Panel 2, 24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, p. 15"},
		{"title only, page range", Passage{Kind: KindStatement, Speaker: zimmerman, Page: 15, PageEnd: 16}, titleOnly,
			"Cathy Zimmerman, Professor, London School of Hygiene and Tropical Medicine, Annual report, pp. 15–16"},
		{"narrative: document and page", Passage{Kind: KindNarrative, Session: "Panel 2: x", Page: 4, PageEnd: 4}, noCitation,
			"24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, p. 4"},
		{"resource", Passage{Kind: KindResource, Page: 28}, titleOnly, "Annual report, p. 28"},
		{"no page", Passage{Kind: KindNarrative}, titleOnly, "Annual report"},
		{"session without colon, speaker without role",
			Passage{Kind: KindQuote, Speaker: &Speaker{Name: "Ian Borg"}, Session: "Opening Session", Page: 3}, titleOnly,
			"Ian Borg, Opening Session, Annual report, p. 3"},
		{"no document", Passage{Kind: KindNarrative, Page: 2}, Document{}, "p. 2"},
		{"no document, title on the passage", Passage{Kind: KindNarrative, DocTitle: "Notes", Page: 2}, Document{}, "Notes, p. 2"},
	}
	for _, tc := range tests {
		if got := Citation(tc.p, tc.d); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func TestRegistry(t *testing.T) {
	ix := openFixture(t)
	fx := loadFixture(t)

	p, prev, next, err := ix.Passage("r24-17")
	if err != nil || p.ID != "r24-17" || prev != "r24-16" || next != "r24-18" {
		t.Errorf("Passage(r24-17) = %s, %q, %q, %v", p.ID, prev, next, err)
	}
	if _, prev, next, _ := ix.Passage("r24-00"); prev != "" || next != "r24-01" {
		t.Errorf("first passage: prev %q next %q", prev, next)
	}
	if _, prev, next, _ := ix.Passage("r24-31"); prev != "r24-30" || next != "" {
		t.Errorf("last passage of a document: prev %q next %q", prev, next)
	}
	if _, _, _, err := ix.Passage("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Passage(nope): %v, want ErrNotFound", err)
	}

	if got := len(ix.Passages()); got != len(fx.Passages) {
		t.Errorf("%d passages, want %d", got, len(fx.Passages))
	}
	docs := ix.Documents()
	if len(docs) != 2 || docs[0].Passages != 32 || docs[1].Passages != 9 {
		t.Errorf("documents %+v", docs)
	}

	sp := ix.Speakers()
	if len(sp) != len(fx.Speakers) || sp[0].ID != "kari-johnstone" || sp[0].Passages != 4 || sp[0].Quotes != 2 {
		t.Errorf("speakers[0] = %+v", sp[0])
	}
	s, ps, err := ix.Speaker("nick-hobbs")
	if err != nil || s.Name != "Nick Hobbs" || s.Passages != 4 || s.Quotes != 2 || len(ps) != 4 || ps[0].ID != "r24-24" {
		t.Errorf("Speaker(nick-hobbs) = %+v, %d passages, %v", s, len(ps), err)
	}
	if _, _, err := ix.Speaker("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Speaker(nope): %v, want ErrNotFound", err)
	}

	ss := ix.Sessions()
	if len(ss) != 4 || ss[0].Label != "Opening Session" || ss[0].Passages != 4 {
		t.Errorf("sessions %+v", ss)
	}
	for _, label := range []string{"Panel 2: Bridging gaps for more impactful prevention", "Panel 2", "panel 2"} {
		s, ps, err := ix.Session(label)
		if err != nil || !strings.HasPrefix(s.Label, "Panel 2:") || len(ps) != s.Passages || s.Passages != 8 {
			t.Errorf("Session(%q) = %+v, %d passages, %v", label, s, len(ps), err)
		}
	}
	if _, _, err := ix.Session("Panel 9"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Session(Panel 9): %v, want ErrNotFound", err)
	}

	topics := ix.Topics()
	if topics[0].Value != "prevention" || topics[0].Count != 13 {
		t.Errorf("topics %+v", topics)
	}
}

func TestBuildGenerations(t *testing.T) {
	dir := t.TempDir()
	c := loadFixture(t)
	var gens []string
	for range 3 {
		st, err := Build(dir, c)
		if err != nil {
			t.Fatal(err)
		}
		if st.Passages != 41 || st.Documents != 2 || st.Speakers != 11 || st.Quotes != 12 {
			t.Errorf("stats %+v", st)
		}
		gens = append(gens, filepath.Base(st.Dir))
	}
	cur, err := readCurrent(dir)
	if err != nil || cur != gens[2] {
		t.Fatalf("CURRENT = %q, %v; want %s", cur, err, gens[2])
	}
	if got := genDirs(t, dir); !slices.Equal(got, gens[1:]) {
		t.Errorf("generations %v, want the last two %v", got, gens[1:])
	}

	// A failed build leaves the index alone.
	bad := c
	bad.Passages = append(slices.Clone(c.Passages), c.Passages[0])
	if _, err := Build(dir, bad); err == nil || !strings.Contains(err.Error(), "duplicate passage id") {
		t.Errorf("Build with a duplicate id: %v", err)
	}
	if cur2, _ := readCurrent(dir); cur2 != cur {
		t.Errorf("CURRENT changed by a failed build: %s", cur2)
	}
	if got := genDirs(t, dir); !slices.Equal(got, gens[1:]) {
		t.Errorf("generations after a failed build %v, want %v", got, gens[1:])
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Generation() != cur {
		t.Errorf("Generation() = %s, want %s", ix.Generation(), cur)
	}
}

func genDirs(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(dir); !errors.Is(err, ErrNotFound) {
		t.Errorf("Open(empty dir): %v, want ErrNotFound", err)
	}
	if _, err := Open(filepath.Join(dir, "missing")); !errors.Is(err, ErrNotFound) {
		t.Errorf("Open(missing dir): %v, want ErrNotFound", err)
	}
	os.WriteFile(filepath.Join(dir, currentFile), []byte("gen-1\n"), 0o644)
	if _, err := Open(dir); !errors.Is(err, ErrNotFound) {
		t.Errorf("Open(dangling CURRENT): %v, want ErrNotFound", err)
	}
	os.WriteFile(filepath.Join(dir, currentFile), []byte("../../etc\n"), 0o644)
	if _, err := Open(dir); err == nil {
		t.Error("Open(CURRENT pointing outside): no error")
	}

	// An index of another schema version is refused.
	if _, err := Build(dir, loadFixture(t)); err != nil {
		t.Fatal(err)
	}
	gen, _ := readCurrent(dir)
	mp := filepath.Join(dir, gen, metaFile)
	b, _ := os.ReadFile(mp)
	os.WriteFile(mp, []byte(strings.Replace(string(b), `"schema_version":1`, `"schema_version":999`, 1)), 0o644)
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "rebuild") {
		t.Errorf("Open(other schema): %v, want a rebuild error", err)
	}
}

func TestBuildEmptyAndOddCorpus(t *testing.T) {
	ix := buildOpen(t, Corpus{})
	res, err := ix.Search(t.Context(), Request{Query: "data"})
	if err != nil || res.Total != 0 {
		t.Errorf("search of an empty index: %v, %v", res, err)
	}
	// A passage whose document is not listed gets one; a speaker missing
	// from the registry is still counted.
	ix = buildOpen(t, Corpus{Passages: []Passage{
		{ID: "b", Doc: "x", DocTitle: "X", Seq: 2, Kind: KindQuote, Speaker: &Speaker{ID: "s", Name: "S"}, Text: "second"},
		{ID: "a", Doc: "x", DocTitle: "X", Seq: 1, Kind: KindNarrative, Text: "first"},
	}})
	if d := ix.Documents(); len(d) != 1 || d[0].ID != "x" || d[0].Title != "X" || d[0].Passages != 2 {
		t.Errorf("documents %+v", d)
	}
	if ps := ix.Passages(); ps[0].ID != "a" {
		t.Errorf("passages not in Seq order: %v", ps)
	}
	if s, _, err := ix.Speaker("s"); err != nil || s.Quotes != 1 {
		t.Errorf("Speaker(s) = %+v, %v", s, err)
	}
}

// TestDocumentsPublished checks that Open parses each document's date
// once, for the feeds.
func TestDocumentsPublished(t *testing.T) {
	ix := openFixture(t)
	for _, d := range ix.Documents() {
		want, ok := model.ParseDate(d.Date)
		if !ok {
			t.Fatalf("fixture document %s has no date that parses: %q", d.ID, d.Date)
		}
		if !d.Published.Equal(want) {
			t.Errorf("document %s: Published %v, want %v (%q)", d.ID, d.Published, want, d.Date)
		}
	}
}
