package search

import (
	"strconv"
	"strings"
)

// Citation returns how to cite p from document d, e.g.
//
//	Jane Roe, Professor, University of Example, Panel 2, 3rd Example
//	Conference, Geneva, 1–2 May 2025, report p. 15
//
// For a passage credited to a speaker: the speaker's name, role and
// organisation (those set) and the session's short label (the part of
// p.Session before ":"); then the document: d.Citation when set, which the
// page follows after a space ("…, report p. 15"), else d.Event, d.Place and
// d.Date (those set) or else d.Title, which the page follows after a comma;
// then "p. N", or "pp. N–M" when the passage runs over pages. Narrative
// and resource passages are cited by document and page only.
func Citation(p Passage, d Document) string {
	var parts []string
	if s := p.Speaker; s != nil && p.Kind != KindNarrative && p.Kind != KindResource {
		for _, v := range []string{s.Name, s.Role, s.Organisation, s.Description} {
			if v = strings.TrimSpace(v); v != "" {
				parts = append(parts, v)
			}
		}
		if sess := ShortSession(p.Session); sess != "" {
			parts = append(parts, sess)
		}
	}
	docPart, pageSep := strings.TrimSpace(d.Citation), " "
	if docPart == "" {
		pageSep = ", "
		docPart = joinNonEmpty(", ", d.Event, d.Place, d.Date)
		if docPart == "" {
			docPart = strings.TrimSpace(d.Title)
		}
		if docPart == "" {
			docPart = strings.TrimSpace(p.DocTitle)
		}
	}
	if docPart != "" {
		parts = append(parts, docPart)
	}
	out := strings.Join(parts, ", ")
	if pg := PageRange(p.Page, p.PageEnd); pg != "" {
		if out == "" {
			return pg
		}
		if docPart == "" {
			pageSep = ", "
		}
		out += pageSep + pg
	}
	return out
}

// PageRange formats a page or page range: "p. 15", "pp. 15–16"; "" for
// none.
func PageRange(from, to int) string {
	switch {
	case from <= 0:
		return ""
	case to > from:
		return "pp. " + strconv.Itoa(from) + "–" + strconv.Itoa(to)
	}
	return "p. " + strconv.Itoa(from)
}

// ShortSession returns a session label's part before ":" ("Panel 2").
func ShortSession(label string) string {
	if i := strings.IndexByte(label, ':'); i >= 0 {
		label = label[:i]
	}
	return strings.TrimSpace(label)
}
