package markup

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// The Limited converters (HTMLLimited, MarkdownLimited, TextLimited) keep
// a document's first max characters other than white space, and bound
// the memory a few megabytes of hostile markup can take: parse trees and
// blocks cost a few hundred bytes each, so a document of millions of tiny
// elements (3 million <br>, 2 million setext headings, a table of 20,000
// columns) would take gigabytes to be read whole.
//
//   - The emitter stops taking text past max (the piece that passes it is
//     kept whole; the caller cuts it at a word), and after MaxBlocks
//     blocks.
//   - HTML is parsed up to MaxElements elements, or up to 2 × max
//     characters of text (text the walk skips counts too), whichever
//     comes first.
//   - Markdown longer than mdChunk bytes is parsed in pieces of about that
//     size, cut after a blank line or a heading outside fenced code, and
//     no piece is parsed once max characters are kept; a piece whose
//     tables would hold more than maxTableCells cells is parsed without
//     the table extension (its rows are then text). A link reference
//     defined in another piece is not resolved (the link keeps its text).

// MaxBlocks bounds the blocks a Limited converter keeps (a block costs
// its extraction and attribution a few hundred bytes; a 500-page report
// has some ten thousand).
const MaxBlocks = 1 << 17

// MaxElements bounds the elements of an HTML document that are read
// (HTMLLimited): a long report as a web page holds a few tens of
// thousands.
const MaxElements = 1 << 18

// mdChunk is the size of the pieces a long Markdown document is parsed
// in; maxTableCells bounds the table cells of one piece.
const (
	mdChunk       = 1 << 19
	maxTableCells = 1 << 17
)

// cutHTML returns the start of b holding at most MaxElements elements and
// 2 × max characters of text, and whether it left anything out.
func cutHTML(b []byte, max int) ([]byte, bool) {
	z := html.NewTokenizer(bytes.NewReader(b))
	elements, chars, off := 0, 0, 0
	rawText := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b, false
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			elements++
		case html.TextToken:
			if !rawText {
				for _, c := range z.Raw() {
					if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c&0xC0 != 0x80 {
						chars++
					}
				}
			}
		}
		rawText = false
		if tt == html.StartTagToken {
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext":
				rawText = true
			}
		}
		if elements > MaxElements || chars > 2*max {
			return b[:off], true
		}
		off += len(z.Raw())
	}
}

// parseMarkdown parses src, in pieces when it is long, and feeds it to e.
func parseMarkdown(e *emitter, src []byte) {
	for len(src) > 0 && !e.full {
		n := len(src)
		if n > mdChunk {
			n = chunkEnd(src, mdChunk)
		}
		piece := src[:n]
		src = src[n:]
		var ext []goldmark.Extender
		if tableCells(piece) <= maxTableCells {
			ext = append(ext, extension.Table)
		}
		md := goldmark.New(goldmark.WithExtensions(ext...))
		walkMarkdown(e, md.Parser().Parse(text.NewReader(piece)), piece)
	}
}

// chunkEnd returns where to end a piece of src of about size bytes: after
// the first line past size that is blank, a setext underline or an ATX
// heading, outside fenced code, when the next line starts a block of its
// own (a letter, a digit or "#"); the whole of src if there is none.
func chunkEnd(src []byte, size int) int {
	fence := []byte(nil) // the open fence's marker
	for off := 0; off < len(src); {
		end := len(src)
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			end = off + i + 1
		}
		line := bytes.TrimRight(src[off:end], "\r\n")
		t := bytes.TrimLeft(line, " ")
		indent := len(line) - len(t)
		switch {
		case fence != nil:
			if indent < 4 && bytes.HasPrefix(t, fence) && len(bytes.Trim(t, string(fence[:1]))) == 0 {
				fence = nil
			}
		case indent < 4 && (bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~"))):
			n := 0
			for n < len(t) && t[n] == t[0] {
				n++
			}
			fence = t[:n]
		case end >= size && end < len(src) && (len(bytes.TrimSpace(line)) == 0 || isUnderline(t) || t[0] == '#') && startsBlock(src[end:]):
			return end
		}
		off = end
	}
	return len(src)
}

// isUnderline reports whether t (not empty) is a setext heading's
// underline: only "=" or only "-".
func isUnderline(t []byte) bool {
	t = bytes.TrimRight(t, " \t")
	return len(t) > 0 && (t[0] == '=' || t[0] == '-') && len(bytes.Trim(t, string(t[:1]))) == 0
}

// startsBlock reports whether the line at the start of s starts with a
// letter, a digit or "#".
func startsBlock(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// tableCells over-estimates the cells of the GFM tables of src: for each
// delimiter row, its columns times the lines of the table.
func tableCells(src []byte) int {
	lines := bytes.Split(src, []byte("\n"))
	total := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !isDelimiterRow(l) {
			continue
		}
		cols := bytes.Count(l, []byte("|")) + 1
		rows := 2 // the header and the delimiter row
		for i++; i < len(lines) && len(bytes.TrimSpace(lines[i])) > 0; i++ {
			rows++
		}
		total += cols * rows
	}
	return total
}

// isDelimiterRow reports whether l looks like a GFM table's delimiter row
// ("|---|:--:|").
func isDelimiterRow(l []byte) bool {
	l = bytes.TrimSpace(l)
	if !bytes.Contains(l, []byte("-")) || !bytes.Contains(l, []byte("|")) {
		return false
	}
	for _, c := range l {
		switch c {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}
