package api

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/osce-tools/confsearch/search"
)

// csvHeader is the first row of a CSV export.
var csvHeader = []string{"id", "doc", "page", "session", "speaker", "kind", "text", "url", "citation"}

// writeCSV writes the hits of res as a CSV attachment.
func (s *Server) writeCSV(w http.ResponseWriter, r *http.Request, res *search.Result) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.Write(csvHeader)
	base := s.SiteURL(r)
	for _, h := range res.Hits {
		speaker := ""
		if h.Speaker != nil {
			speaker = h.Speaker.Name
		}
		row := []string{h.ID, h.Doc, strconv.Itoa(h.Page), h.Session, speaker, h.Kind, h.Text,
			base + permalinkPath(h.ID), h.Citation}
		for i := range row {
			row[i] = csvCell(row[i])
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	w.Header().Set("Content-Disposition", `attachment; filename="confsearch-results.csv"`)
	writeBody(w, http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
	return nil
}

// csvCell defuses a cell that a spreadsheet would run as a formula
// (OWASP "CSV injection") by prefixing an apostrophe.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Atom 1.0 (RFC 4287) elements.
type (
	atomFeed struct {
		XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
		ID        string      `xml:"id"`
		Title     string      `xml:"title"`
		Updated   string      `xml:"updated"`
		Author    atomPerson  `xml:"author"`
		Generator string      `xml:"generator"`
		Links     []atomLink  `xml:"link"`
		Entries   []atomEntry `xml:"entry"`
	}
	atomEntry struct {
		ID         string         `xml:"id"`
		Title      string         `xml:"title"`
		Updated    string         `xml:"updated"`
		Author     *atomPerson    `xml:"author,omitempty"`
		Links      []atomLink     `xml:"link"`
		Categories []atomCategory `xml:"category"`
		Summary    string         `xml:"summary,omitempty"`
		Content    atomText       `xml:"content"`
	}
	atomLink struct {
		Rel  string `xml:"rel,attr"`
		Type string `xml:"type,attr,omitempty"`
		Href string `xml:"href,attr"`
	}
	atomPerson struct {
		Name string `xml:"name"`
	}
	atomCategory struct {
		Term string `xml:"term,attr"`
	}
	atomText struct {
		Type string `xml:"type,attr"`
		Body string `xml:",chardata"`
	}
)

// serveSearchAtom serves a search as an Atom feed.
func (s *Server) serveSearchAtom(w http.ResponseWriter, r *http.Request) error {
	p, res, err := s.runSearch(r)
	if err != nil {
		return err
	}
	var docs []search.Document
	if idx := s.index(); idx != nil {
		docs = idx.Documents()
	}
	base := s.SiteURL(r)
	query := canonicalQuery(p.Request)
	title := "confsearch: " + p.Query
	if p.Query == "" {
		title = "confsearch: all passages"
	}
	feed := atomFeed{
		ID:        base + "/api/v1/search.atom" + query,
		Title:     title,
		Author:    atomPerson{Name: "confsearch"},
		Generator: "confsearch",
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + "/api/v1/search.atom" + query},
			{Rel: "alternate", Type: "application/json", Href: base + "/api/v1/search" + query},
		},
		Entries: make([]atomEntry, len(res.Hits)),
	}
	var updated time.Time
	for i, h := range res.Hits {
		t := published(document(docs, h.Doc), s.started)
		if t.After(updated) {
			updated = t
		}
		e := atomEntry{
			ID:      "urn:confsearch:passage:" + h.ID,
			Title:   entryTitle(h.Passage),
			Updated: t.Format(time.RFC3339),
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: base + permalinkPath(h.ID)}},
			Summary: h.Citation,
			Content: atomText{Type: "text", Body: h.Text},
		}
		if h.Speaker != nil && h.Speaker.Name != "" {
			e.Author = &atomPerson{Name: h.Speaker.Name}
		}
		for _, t := range h.Topics {
			e.Categories = append(e.Categories, atomCategory{Term: t})
		}
		feed.Entries[i] = e
	}
	if updated.IsZero() {
		updated = s.started
	}
	feed.Updated = updated.Format(time.RFC3339)
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return fmt.Errorf("encode feed: %w", err)
	}
	buf.WriteByte('\n')
	writeBody(w, http.StatusOK, "application/atom+xml; charset=utf-8", buf.Bytes())
	return nil
}

// datePattern finds a date in a document's free-form date, like the
// last day of "15–16 April 2024".
var datePattern = regexp.MustCompile(`(?i)(?:\b(\d{1,2})\s+)?\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b`)

// published returns the date of document d, or def when it has none that
// parses.
func published(d search.Document, def time.Time) time.Time {
	date := strings.TrimSpace(d.Date)
	if t, err := time.Parse(time.DateOnly, date); err == nil {
		return t
	}
	if t, err := time.Parse(time.RFC3339, date); err == nil {
		return t.UTC()
	}
	if m := datePattern.FindStringSubmatch(date); m != nil {
		day := m[1]
		if day == "" {
			day = "1"
		}
		if t, err := time.Parse("2 January 2006", day+" "+m[2]+" "+m[3]); err == nil {
			return t
		}
	}
	return def
}

// entryTitle is "Speaker — Session, p. N", leaving out what is unknown.
func entryTitle(p search.Passage) string {
	who := p.DocTitle
	if p.Speaker != nil && p.Speaker.Name != "" {
		who = p.Speaker.Name
	}
	if who == "" {
		who = "Passage " + p.ID
	}
	if p.Session != "" {
		who += " — " + p.Session
	}
	return fmt.Sprintf("%s, p. %d", who, p.Page)
}

// canonicalQuery returns the query string ("?…", or "") of req with the
// parameters in a fixed order, so that one search has one feed id.
func canonicalQuery(req search.Request) string {
	v := req.Values()
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}
