package search

import (
	"strconv"
	"strings"
	"unicode/utf8"
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

// Citations are the ways to cite a passage that a newsroom pastes, each
// with the passage's permalink and, for a quotation, the quoted words
// between one pair of quotation marks.
type Citations struct {
	// Plain is text: “words” — Citation. URL
	Plain string `json:"plain"`
	// Markdown is the same with the citation as a link:
	// “words” — [Citation](URL)
	Markdown string `json:"markdown"`
	// Report is a reference-list entry in the manner of APA and Chicago:
	// Speaker (role), quoted in Publisher (Year). Title. Event, Place,
	// Date, p. N. URL
	Report string `json:"report"`
}

// maxCitedQuote bounds the quoted words of a citation, in bytes; a longer
// quotation is cut at a word and ends with "…".
const maxCitedQuote = 600

// Cite returns the citations of p in document d with permalink url (an
// absolute URL, or "" for none).
func Cite(p Passage, d Document, url string) Citations {
	who := Citation(p, d)
	words := QuotedWords(p)
	var c Citations
	c.Plain = who
	c.Markdown = markdownEscape(who)
	if url != "" {
		c.Plain += ". " + url
		c.Markdown = "[" + c.Markdown + "](" + strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(url) + ")"
	}
	if words != "" {
		c.Plain = "“" + words + "” — " + c.Plain
		c.Markdown = "“" + markdownEscape(words) + "” — " + c.Markdown
	}
	c.Report = reportEntry(p, d, url)
	return c
}

// QuotedWords returns the words p quotes, without their own quotation
// marks and cut to maxCitedQuote bytes: p.Quote, or a direct quote's text;
// "" when p quotes nobody.
func QuotedWords(p Passage) string {
	q := strings.TrimSpace(p.Quote)
	if q == "" && p.Kind == KindQuote {
		q = strings.TrimSpace(p.Text)
	}
	if q == "" {
		return ""
	}
	q = strings.Join(strings.Fields(TrimQuoteMarks(q)), " ")
	if len(q) > maxCitedQuote {
		cut := strings.LastIndexByte(q[:maxCitedQuote], ' ')
		if cut <= 0 {
			cut = maxCitedQuote
			for cut > 0 && !utf8RuneStart(q[cut]) {
				cut--
			}
		}
		q = strings.TrimRight(q[:cut], " ,;:") + " …"
	}
	return q
}

// Quotation marks that may open and close a quotation.
const (
	openMarks  = "\"'“‘„«‹"
	closeMarks = "\"'”’“»›"
)

// TrimQuoteMarks returns s without the quotation marks that open and close
// it as a whole (when it has both, or only the opening one); inner marks
// stay.
func TrimQuoteMarks(s string) string {
	s = strings.TrimSpace(s)
	r, n := firstRune(s)
	if n == 0 || !strings.ContainsRune(openMarks, r) {
		return s
	}
	inner := strings.TrimSpace(s[n:])
	if l, m := lastRune(inner); m > 0 && strings.ContainsRune(closeMarks, l) {
		inner = strings.TrimSpace(inner[:len(inner)-m])
	}
	return inner
}

// HasQuoteMarks reports whether s opens with a quotation mark: the pages
// then show it as it is, else between “ and ”.
func HasQuoteMarks(s string) bool {
	r, n := firstRune(strings.TrimSpace(s))
	return n > 0 && strings.ContainsRune(openMarks, r)
}

// reportEntry formats p for a reference list.
func reportEntry(p Passage, d Document, url string) string {
	var b strings.Builder
	if s := p.Speaker; s != nil && s.Name != "" && p.Kind != KindNarrative && p.Kind != KindResource {
		b.WriteString(s.Name)
		if cred := joinNonEmpty(", ", s.Role, s.Organisation); cred != "" {
			b.WriteString(" (" + cred + ")")
		}
		b.WriteString(", quoted in ")
	}
	title := strings.TrimRight(strings.TrimSpace(d.Title), ".")
	if title == "" {
		title = strings.TrimRight(strings.TrimSpace(p.DocTitle), ".")
	}
	lead, rest := strings.TrimSpace(d.Publisher), title
	if lead == "" {
		lead, rest = title, ""
	}
	year := yearOf(d.Date)
	if year != "" && lead != "" {
		lead += " (" + year + ")"
	} else if year != "" {
		lead = "(" + year + ")"
	}
	for _, part := range []string{lead, rest} {
		if part != "" {
			b.WriteString(part + ". ")
		}
	}
	event := d.Event
	if strings.Contains(title, strings.TrimSpace(event)) {
		event = "" // the title names it already
	}
	if where := joinNonEmpty(", ", event, d.Place, d.Date); where != "" && where != title && where != year {
		b.WriteString(where + ", ")
	}
	if pg := PageRange(p.Page, p.PageEnd); pg != "" {
		b.WriteString(pg)
	}
	out := strings.TrimRight(strings.TrimSpace(b.String()), ",")
	if !strings.HasSuffix(out, ".") {
		out += "."
	}
	if url != "" {
		out += " " + url
	}
	return out
}

// yearOf returns the last four-digit year (19xx or 20xx) in date, or "".
func yearOf(date string) string {
	year := ""
	for i := 0; i+4 <= len(date); i++ {
		y := date[i : i+4]
		if (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && isDigits(y) &&
			(i == 0 || !isDigit(date[i-1])) && (i+4 == len(date) || !isDigit(date[i+4])) {
			year = y
		}
	}
	return year
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// markdownEscape escapes the characters Markdown would read as markup.
func markdownEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`).Replace(s)
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

func utf8RuneStart(b byte) bool { return utf8.RuneStart(b) }
