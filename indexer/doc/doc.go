// Package doc holds the format-neutral result of extraction: a Document is a
// sequence of Blocks in reading order, each with its page, position and style.
// Every extractor (PDF, HTML, Markdown, plain text) produces these, so that the
// steps after extraction treat all formats alike.
package doc

import "strings"

// Kind classifies a block.
type Kind string

// Block kinds.
const (
	Paragraph Kind = "paragraph"
	Heading   Kind = "heading"
	Cell      Kind = "cell"    // a cell of a table (programme tables)
	Quote     Kind = "quote"   // a boxed or set-off quotation (pull quote, card)
	Caption   Kind = "caption" // a short line under a figure or quote (credits)
	ListItem  Kind = "list-item"
)

// Rect is a bounding box in PDF user space (points, origin bottom left).
// For formats without geometry it is zero.
type Rect struct {
	X0, Y0, X1, Y1 float64
}

// Width of the rectangle.
func (r Rect) Width() float64 { return r.X1 - r.X0 }

// Height of the rectangle.
func (r Rect) Height() float64 { return r.Y1 - r.Y0 }

// Union returns the smallest rectangle holding r and o. A zero r is ignored.
func (r Rect) Union(o Rect) Rect {
	if r == (Rect{}) {
		return o
	}
	if o == (Rect{}) {
		return r
	}
	return Rect{min(r.X0, o.X0), min(r.Y0, o.Y0), max(r.X1, o.X1), max(r.Y1, o.Y1)}
}

// Span is a run of text with one style inside a block (a bold name inside a
// paragraph, an italic title).
type Span struct {
	Text   string `json:"text"`
	Bold   bool   `json:"bold,omitempty"`
	Italic bool   `json:"italic,omitempty"`
}

// Block is one unit of text in reading order: a paragraph, heading, table
// cell, quote box or caption.
type Block struct {
	Kind Kind `json:"kind"`
	// Page is the 1-based physical page index where the block starts;
	// PageEnd is where it ends (equal for most blocks).
	Page    int `json:"page"`
	PageEnd int `json:"page_end"`
	// Label and LabelEnd are the printed page numbers (as a reader cites
	// them) of Page and PageEnd, read from the page furniture; empty when
	// the document prints none.
	Label    string `json:"label,omitempty"`
	LabelEnd string `json:"label_end,omitempty"`
	BBox     Rect   `json:"bbox"`
	// Size is the dominant font size in points (0 when unknown); Level is
	// the heading level for headings (1 is the largest), 0 otherwise.
	Size   float64 `json:"size,omitempty"`
	Level  int     `json:"level,omitempty"`
	Bold   bool    `json:"bold,omitempty"`   // most of the text is bold
	Italic bool    `json:"italic,omitempty"` // most of the text is italic
	// Boxed marks text set in a framed or shaded box (pull quotes, cards).
	Boxed bool `json:"boxed,omitempty"`
	// Row and Col place table cells: cells of one table row share Row.
	Row   int    `json:"row,omitempty"`
	Col   int    `json:"col,omitempty"`
	Spans []Span `json:"spans,omitempty"`
	Text  string `json:"text"`
	// Item marks a paragraph that is an item of a list (a bullet, an
	// enumerated or an indented item); markup's ListItem blocks are items
	// by their kind.
	Item bool `json:"item,omitempty"`
	// Breaks marks where a block that crosses pages moves to the next
	// page: after how many words of Text.
	Breaks []Break `json:"breaks,omitempty"`
	// Link is the web address the whole text of the block links to (a
	// title in a list of references), or "".
	Link string `json:"link,omitempty"`
}

// Break is a page break inside a block.
type Break struct {
	Words int    `json:"words"` // words of Text before the break
	Page  int    `json:"page"`
	Label string `json:"label,omitempty"`
}

// BoldRuns returns the texts of the block's bold spans, trimmed.
func (b Block) BoldRuns() []string {
	var out []string
	for _, s := range b.Spans {
		if t := strings.TrimSpace(s.Text); s.Bold && t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Meta is per-document metadata, from the corpus manifest or else from the
// document itself (PDF info dictionary, first heading).
type Meta struct {
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Event     string `json:"event,omitempty"`
	Place     string `json:"place,omitempty"`
	Date      string `json:"date,omitempty"`
	SourceURL string `json:"source_url,omitempty"`
	// Citation overrides how the document is named in a citation.
	Citation string `json:"citation,omitempty"`
}

// Document is an extracted document.
type Document struct {
	ID     string  `json:"id"`   // slug of the file name, stable
	Path   string  `json:"path"` // file it came from
	Format string  `json:"format"`
	Pages  int     `json:"pages"`
	Meta   Meta    `json:"meta"`
	Blocks []Block `json:"blocks"`
	// Warnings are non-fatal problems (a damaged page skipped, garbled text).
	Warnings []string `json:"warnings,omitempty"`
}
