// Package markup turns the related documents of a corpus that are not PDFs
// (a press release in HTML, a speech transcript in Markdown, a programme in
// plain text) into the blocks the PDF extractor yields, so that every step
// after extraction treats all formats alike.
//
// The three converters, HTML, Markdown and Text, share these contracts:
//
//   - Blocks come in reading order. All of them are on page 1 (Page and
//     PageEnd are 1, Label is empty, BBox and Size are zero).
//   - Every block carries Spans, runs of one style, whose texts concatenate
//     to Text exactly. Only explicit emphasis makes a span bold or italic
//     (<strong>/<b>, <em>/<i>, CSS font-weight/font-style in HTML; **strong**
//     and _emphasis_ in Markdown); plain text has no styles. Block.Bold and
//     Block.Italic are set when most of the block's non-space characters are.
//   - Text is normalised: NFKC (ligatures such as "ﬁ" become "fi",
//     no-break spaces become spaces), soft hyphens, zero-width spaces and
//     control characters removed, runs of white space collapsed to one space,
//     no leading or trailing space. Blocks left empty are dropped.
//   - Table cells become Cell blocks with Row and Col, both 1-based. Rows are
//     numbered across the whole document, so cells of one table row, and only
//     those, share Row.
//   - Empty input yields no blocks and no error. Input larger than MaxSize
//     fails with ErrTooLarge; binary or undecodable input fails with
//     ErrNotText; absurdly deep nesting fails with ErrTooDeep in Markdown,
//     while HTML nesting more than the parser's 512 open elements is read
//     again flattened (see flattenHTML), its text kept. The converters do not panic on hostile input (they are
//     fuzzed), and they never read markup with regular expressions.
package markup

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// MaxSize is the largest input, in bytes, the converters accept.
const MaxSize = 32 << 20

// Errors returned (wrapped) by the converters.
var (
	// ErrTooLarge reports input larger than MaxSize.
	ErrTooLarge = errors.New("input larger than 32 MiB")
	// ErrNotText reports binary input or text that is not in the expected
	// encoding.
	ErrNotText = errors.New("not text")
	// ErrTooDeep reports Markdown nesting containers deeper than any
	// document does (see Markdown).
	ErrTooDeep = errors.New("nesting too deep")
)

// readAll reads r up to MaxSize bytes.
func readAll(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(b) > MaxSize {
		return nil, ErrTooLarge
	}
	return b, nil
}

// checkText reports an error wrapping ErrNotText unless s is valid UTF-8
// without NUL bytes (the mark of binary files).
func checkText(s []byte) error {
	if i := bytes.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("NUL byte at offset %d: %w", i, ErrNotText)
	}
	if !utf8.Valid(s) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && n <= 1 {
				return fmt.Errorf("invalid UTF-8 at offset %d: %w", i, ErrNotText)
			}
			i += n
		}
	}
	return nil
}

// trimBOM removes a leading UTF-8 byte order mark.
func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// context says what kind of block text gets at one level of nesting: the
// document itself, a quotation, a list item, a table cell, a heading.
type context struct {
	kind     doc.Kind
	level    int
	row, col int
	// atomic contexts (headings, paragraphs, list items, cells, captions)
	// gather everything inside them into one block: nested paragraphs and
	// divisions only add a space. Nested lists, tables and quotations still
	// start blocks of their own.
	atomic bool
	// absorb contexts (cells, captions, headings) also gather nested lists
	// and quotations; only a nested table starts blocks of its own.
	absorb bool
}

// emitter collects the blocks of one document. Converters open and close
// contexts and feed text; the emitter decides where blocks start and end.
type emitter struct {
	blocks []doc.Block
	ctx    []context // innermost last; never empty
	cur    []doc.Span
	curCtx context
	open   bool
	row    int        // last table row number given out, document-wide
	tables []tablePos // open tables, innermost last
	// pend holds the text of the last span of cur, which text extends
	// while the style stays (a million pieces of one paragraph make one
	// span, not a million).
	pend strings.Builder
	// limit, when positive, is how many characters other than white
	// space the document keeps: past it, full is set and text is dropped
	// (one character more is kept: the caller cuts at a word).
	limit, chars int
	full         bool
}

// tablePos is the current row of an open table and the last column given
// out in it.
type tablePos struct{ row, col int }

func newEmitter(limit int) *emitter {
	return &emitter{ctx: []context{{kind: doc.Paragraph}}, limit: limit}
}

func (e *emitter) top() context { return e.ctx[len(e.ctx)-1] }

// push ends the current block and enters c.
func (e *emitter) push(c context) {
	e.flush()
	e.ctx = append(e.ctx, c)
}

// pop ends the current block and leaves the innermost context. The
// document context is never left.
func (e *emitter) pop() {
	e.flush()
	if len(e.ctx) > 1 {
		e.ctx = e.ctx[:len(e.ctx)-1]
	}
}

// enter enters c, unless inside an absorbing context, where it only
// separates text; it reports whether it pushed c (and the caller must pop).
func (e *emitter) enter(c context) bool {
	if e.top().absorb {
		e.space()
		return false
	}
	e.push(c)
	return true
}

// split marks the edge of a list or quotation: it ends the current block,
// or separates text inside an absorbing context.
func (e *emitter) split() {
	if e.top().absorb {
		e.space()
		return
	}
	e.flush()
}

// paragraph enters a paragraph-like context: a Quote inside a quotation, a
// Paragraph elsewhere. Inside an atomic context it only separates text and
// reports false: the caller must then not pop.
func (e *emitter) paragraph() bool {
	t := e.top()
	if t.atomic {
		e.space()
		return false
	}
	kind := doc.Paragraph
	if t.kind == doc.Quote {
		kind = doc.Quote
	}
	e.push(context{kind: kind, atomic: true})
	return true
}

// heading enters a heading of the given level, unless inside an atomic
// context (a heading in a table cell stays part of the cell); it reports
// whether it pushed a context.
func (e *emitter) heading(level int) bool {
	if e.top().atomic {
		e.space()
		return false
	}
	e.push(context{kind: doc.Heading, level: level, atomic: true, absorb: true})
	return true
}

// boundary marks the edge of a division: it ends the current block, or
// separates text inside an atomic context.
func (e *emitter) boundary() {
	if e.top().atomic {
		e.space()
		return
	}
	e.flush()
}

// space separates words without starting a new block.
func (e *emitter) space() {
	if e.open {
		e.text(" ", false, false)
	}
}

// startTable enters a table; endTable leaves it.
func (e *emitter) startTable() {
	e.flush()
	e.tables = append(e.tables, tablePos{})
}

func (e *emitter) endTable() {
	e.flush()
	if len(e.tables) > 0 {
		e.tables = e.tables[:len(e.tables)-1]
	}
}

// startRow begins a new table row.
func (e *emitter) startRow() {
	e.flush()
	if len(e.tables) == 0 {
		e.tables = append(e.tables, tablePos{})
	}
	e.row++
	e.tables[len(e.tables)-1] = tablePos{row: e.row}
}

// cell enters a table cell spanning span columns.
func (e *emitter) cell(span int) {
	if len(e.tables) == 0 || e.tables[len(e.tables)-1].row == 0 {
		e.startRow()
	}
	t := &e.tables[len(e.tables)-1]
	col := t.col + 1
	t.col += max(span, 1)
	e.push(context{kind: doc.Cell, row: t.row, col: col, atomic: true, absorb: true})
}

// text appends s, styled, to the current block, starting one in the
// innermost context if none is open.
func (e *emitter) text(s string, bold, italic bool) {
	if s == "" || e.full {
		return
	}
	if e.limit > 0 {
		for i, r := range s {
			if unicode.IsSpace(r) {
				continue
			}
			if e.chars++; e.chars > e.limit {
				// Keep the character that passes the limit, so that
				// the caller sees the text goes on.
				_, n := utf8.DecodeRuneInString(s[i:])
				s, e.full = s[:i+n], true
				break
			}
		}
	}
	if !e.open {
		e.open = true
		e.curCtx = e.top()
	}
	if n := len(e.cur); n > 0 && e.cur[n-1].Bold == bold && e.cur[n-1].Italic == italic {
		e.pend.WriteString(s)
		return
	}
	e.seal()
	e.cur = append(e.cur, doc.Span{Bold: bold, Italic: italic})
	e.pend.WriteString(s)
}

// seal gives the last span of cur its pending text.
func (e *emitter) seal() {
	if n := len(e.cur); n > 0 && e.pend.Len() > 0 {
		e.cur[n-1].Text += e.pend.String()
		e.pend.Reset()
	}
}

// flush ends the current block, dropping it if it holds no text.
func (e *emitter) flush() {
	if !e.open {
		return
	}
	e.open = false
	e.seal()
	spans := normalizeSpans(e.cur)
	e.cur = e.cur[:0]
	if len(spans) == 0 {
		return
	}
	c := e.curCtx
	b := doc.Block{
		Kind: c.kind, Page: 1, PageEnd: 1,
		Level: c.level, Row: c.row, Col: c.col,
		Spans: spans,
	}
	var text strings.Builder
	var all, bold, italic int
	for _, s := range spans {
		text.WriteString(s.Text)
		n := countLetters(s.Text)
		all += n
		if s.Bold {
			bold += n
		}
		if s.Italic {
			italic += n
		}
	}
	b.Text = text.String()
	b.Bold = all > 0 && 2*bold > all
	b.Italic = all > 0 && 2*italic > all
	e.blocks = append(e.blocks, b)
	if e.limit > 0 && len(e.blocks) >= MaxBlocks {
		e.full = true
	}
}

// finish ends the last block and returns all blocks.
func (e *emitter) finish() []doc.Block {
	e.flush()
	return e.blocks
}

// countLetters counts the non-space runes of s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if r != ' ' {
			n++
		}
	}
	return n
}

// normalize returns s in NFKC with soft hyphens, zero-width characters and
// controls removed, and white space collapsed and trimmed.
func normalize(s string) string {
	spans := normalizeSpans([]doc.Span{{Text: s}})
	if len(spans) == 0 {
		return ""
	}
	return spans[0].Text
}

// normalizeSpans normalises the text of a block given as raw styled pieces
// (see normalize) and returns it as runs of one style each, neighbouring
// runs differing in style. White space collapses across pieces; a space
// stays in the run of its style it came from, but a run of only white space
// joins the run before it.
func normalizeSpans(raw []doc.Span) []doc.Span {
	var out []doc.Span
	var run, piece strings.Builder
	var bold, italic bool
	lastSpace := true // suppresses leading space
	for i := 0; i < len(raw); {
		// A piece is a maximal sequence of raw pieces of one style.
		s := raw[i]
		piece.Reset()
		blank := true
		for ; i < len(raw) && raw[i].Bold == s.Bold && raw[i].Italic == s.Italic; i++ {
			for _, r := range clean(raw[i].Text) {
				if r == ' ' {
					if lastSpace {
						continue
					}
					lastSpace = true
				} else {
					lastSpace, blank = false, false
				}
				piece.WriteRune(r)
			}
		}
		if piece.Len() == 0 {
			continue
		}
		if !blank && run.Len() > 0 && (s.Bold != bold || s.Italic != italic) {
			out = append(out, doc.Span{Text: run.String(), Bold: bold, Italic: italic})
			run.Reset()
		}
		if run.Len() == 0 {
			bold, italic = s.Bold, s.Italic
		}
		run.WriteString(piece.String())
	}
	if t := strings.TrimSuffix(run.String(), " "); t != "" {
		out = append(out, doc.Span{Text: t, Bold: bold, Italic: italic})
	}
	return out
}

// clean applies NFKC to s, maps white space to ' ' and drops soft hyphens,
// zero-width characters and controls.
func clean(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00AD', r == '\u200B', r == '\u2060', r == '\uFEFF':
			return -1
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}
