package api

import (
	"encoding/csv"
	"encoding/xml"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCSV(t *testing.T) {
	s := newServer(newFakeIndex(), Config{})
	w := serve(s, http.MethodGet, "/api/v1/search?q=engine&format=csv")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	if cd := w.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
		t.Errorf("Content-Disposition = %q", cd)
	}
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		csvHeader,
		{"conf-1-p2-1", "conf-1", "2", "Opening", "Bob Babbage", "statement", "Babbage said the difference engine computes tables.",
			"http://example.com/p/conf-1-p2-1", "Engines Conference, p. 2"},
		{"conf-1-p3-1", "conf-1", "3", "Panel 1: Engines / looms", "Ada Lovelace", "quote", "'=SUM(A1) The engine weaves algebraic patterns, Lovelace said.",
			"http://example.com/p/conf-1-p3-1", "Engines Conference, p. 3"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("CSV (-want +got):\n%s", diff)
	}
}

func TestAtom(t *testing.T) {
	s := newServer(newFakeIndex(), Config{BaseURL: "https://search.example.org"})
	w := serve(s, http.MethodGet, "/api/v1/search.atom?speaker=ada-lovelace&q=engine")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/atom+xml; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	var feed struct {
		XMLName xml.Name
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Author  string `xml:"author>name"`
		Links   []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Content struct {
				Type string `xml:"type,attr"`
				Text string `xml:",chardata"`
			} `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(w.Body.Bytes(), &feed); err != nil {
		t.Fatalf("not XML: %v\n%s", err, w.Body)
	}
	if feed.XMLName.Space != "http://www.w3.org/2005/Atom" || feed.XMLName.Local != "feed" {
		t.Errorf("root = %v", feed.XMLName)
	}
	self := "https://search.example.org/api/v1/search.atom?q=engine&speaker=ada-lovelace"
	if feed.ID != self || feed.Title == "" || feed.Author == "" {
		t.Errorf("feed id %q title %q author %q", feed.ID, feed.Title, feed.Author)
	}
	if _, err := time.Parse(time.RFC3339, feed.Updated); err != nil {
		t.Errorf("feed updated %q: %v", feed.Updated, err)
	}
	if len(feed.Links) == 0 || feed.Links[0].Rel != "self" || feed.Links[0].Href != self {
		t.Errorf("links = %+v", feed.Links)
	}
	if len(feed.Entries) != 1 {
		t.Fatalf("entries = %d, want 1", len(feed.Entries))
	}
	e := feed.Entries[0]
	if e.ID != "urn:confsearch:passage:conf-1-p3-1" ||
		e.Title != "Ada Lovelace — Panel 1: Engines / looms, p. 3" ||
		e.Updated != "2024-04-15T00:00:00Z" ||
		e.Link.Href != "https://search.example.org/p/conf-1-p3-1" ||
		e.Content.Type != "text" || !strings.Contains(e.Content.Text, "algebraic") {
		t.Errorf("entry = %+v", e)
	}
}

func TestEntryTitle(t *testing.T) {
	f := newFakeIndex()
	for i, want := range []string{
		"Engines Conference — Opening, p. 1",
		"Bob Babbage — Opening, p. 2",
		"Ada Lovelace — Panel 1: Engines / looms, p. 3",
	} {
		if got := entryTitle(f.passages[i]); got != want {
			t.Errorf("entryTitle(passage %d) = %q, want %q", i, got, want)
		}
	}
}
