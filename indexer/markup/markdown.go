package markup

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// Markdown converts a CommonMark document with GFM tables into blocks and
// reads its title.
//
// Headings (ATX and setext) map to Heading with Level; paragraphs to
// Paragraph, or Quote inside a blockquote; list items to ListItem (all
// paragraphs of one item join; a nested list yields items of its own);
// table cells to Cell with Row and Col; indented and fenced code to
// Paragraph. **Strong** text is a bold span, _emphasis_ an italic one, and so
// are inline <b>, <strong>, <i> and <em> tags. Links keep their text; images
// are skipped. HTML blocks are converted as by HTML. Front matter is not
// recognised.
//
// Meta.Title is the first level-1 heading, else the first heading; no other
// field is set. src must be valid UTF-8 without NUL bytes, else the error
// wraps ErrNotText. A line opening more than 1000 nested quotations and
// lists fails with ErrTooDeep: goldmark takes time quadratic in the depth.
func Markdown(src []byte) ([]doc.Block, doc.Meta, error) {
	blocks, meta, _, err := MarkdownLimited(src, 0)
	return blocks, meta, err
}

// MarkdownLimited is Markdown keeping about max characters other than
// white space (all when max is 0; see Limited): it reports whether it
// left text out.
func MarkdownLimited(src []byte, max int) ([]doc.Block, doc.Meta, bool, error) {
	if len(src) > MaxSize {
		return nil, doc.Meta{}, false, fmt.Errorf("markdown: %w", ErrTooLarge)
	}
	if err := checkText(src); err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("markdown: %w", err)
	}
	if err := checkNesting(src); err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("markdown: %w", err)
	}
	src = trimBOM(src)
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, doc.Meta{}, false, nil
	}
	e := newEmitter(max)
	parseMarkdown(e, src)
	blocks := e.finish()
	var meta doc.Meta
	if meta.Title = firstH1(blocks); meta.Title == "" {
		for _, b := range blocks {
			if b.Kind == doc.Heading {
				meta.Title = b.Text
				break
			}
		}
	}
	return blocks, meta, e.full, nil
}

// maxNesting is the deepest nesting of containers a Markdown line may open.
const maxNesting = 1000

// checkNesting fails with ErrTooDeep if a line of src may open more than
// maxNesting containers. It over-estimates: every ">", every list marker and
// every two columns of indentation before the line's text count as one.
func checkNesting(src []byte) error {
	for n := 1; len(src) > 0; n++ {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if nestingDepth(line) > maxNesting {
			return fmt.Errorf("line %d: %w", n, ErrTooDeep)
		}
	}
	return nil
}

// nestingDepth estimates the containers line opens (see checkNesting).
func nestingDepth(line []byte) int {
	depth, cols := 0, 0
	space := func(i int) bool { return i < len(line) && (line[i] == ' ' || line[i] == '\t') }
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4
			i++
		case c == '>':
			depth++
			i++
		case (c == '-' || c == '*' || c == '+') && space(i+1):
			depth++
			i++
		case '0' <= c && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && '0' <= line[j] && line[j] <= '9' {
				j++
			}
			if j >= len(line) || (line[j] != '.' && line[j] != ')') || !space(j+1) {
				return depth + cols/2
			}
			depth++
			i = j + 1
		default:
			return depth + cols/2
		}
	}
	return depth + cols/2
}

// mdStep is one step of the walk: entering a node or leaving it.
type mdStep struct {
	n     ast.Node
	leave bool
	act   int
}

// mdWalker feeds a goldmark syntax tree to an emitter.
type mdWalker struct {
	e      *emitter
	src    []byte
	styles []style // innermost last
	// Inline <b>/<strong> and <i>/<em> tags open and close in separate
	// RawHTML nodes; these count the open ones in the current block.
	rawBold, rawItalic int
}

// walkMarkdown feeds the tree under root to e, with an explicit stack so
// that deep nesting cannot overflow the goroutine stack.
func walkMarkdown(e *emitter, root ast.Node, src []byte) {
	w := &mdWalker{e: e, src: src, styles: []style{{}}}
	stack := []mdStep{{n: root}}
	for len(stack) > 0 && !e.full {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s.leave {
			w.leave(s.act)
			continue
		}
		act, descend := w.enter(s.n)
		if !descend {
			continue
		}
		stack = append(stack, mdStep{n: s.n, leave: true, act: act})
		for c := s.n.LastChild(); c != nil; c = c.PreviousSibling() {
			stack = append(stack, mdStep{n: c})
		}
	}
	e.flush()
}

// enter handles the start of n; it reports what to do on leaving n, and
// whether to visit n's children.
func (w *mdWalker) enter(n ast.Node) (act int, descend bool) {
	e := w.e
	st := w.styles[len(w.styles)-1]
	switch n := n.(type) {
	case *ast.Heading:
		if e.heading(min(max(n.Level, 1), 6)) {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case *ast.Paragraph, *ast.TextBlock:
		if e.paragraph() {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		pushed := e.paragraph()
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			e.text(string(seg.Value(w.src)), false, false)
			e.space()
		}
		if pushed {
			e.pop()
		}
		return 0, false
	case *ast.HTMLBlock:
		w.htmlBlock(n)
		return 0, false
	case *ast.List:
		e.split()
		act = leaveSplit
	case *ast.ListItem:
		if e.enter(context{kind: doc.ListItem, atomic: true}) {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case *ast.Blockquote:
		if e.enter(context{kind: doc.Quote}) {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case *ast.ThematicBreak:
		e.boundary()
		return 0, false
	case *east.Table:
		e.startTable()
		act = leaveTable
	case *east.TableHeader, *east.TableRow:
		e.startRow()
		act = leaveSplit
	case *east.TableCell:
		e.cell(1)
		act = leavePop
	case *ast.Emphasis:
		if n.Level >= 2 {
			st.bold = true
		} else {
			st.italic = true
		}
	case *ast.Text:
		v := n.Value(w.src)
		if !n.IsRaw() {
			v = unescape(v)
		}
		w.text(string(v))
		if n.SoftLineBreak() || n.HardLineBreak() {
			e.space()
		}
		return 0, false
	case *ast.String:
		v := n.Value
		if !n.IsRaw() && !n.IsCode() {
			v = unescape(v)
		}
		w.text(string(v))
		return 0, false
	case *ast.CodeSpan:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				w.text(string(t.Value(w.src)))
			}
		}
		return 0, false
	case *ast.AutoLink:
		w.text(string(n.Label(w.src)))
		return 0, false
	case *ast.Image:
		return 0, false
	case *ast.RawHTML:
		w.rawHTML(n)
		return 0, false
	}
	w.styles = append(w.styles, st)
	return act, true
}

// leave handles the end of a node entered with act.
func (w *mdWalker) leave(act int) {
	w.styles = w.styles[:len(w.styles)-1]
	if act&(leavePop|leaveSplit|leaveTable) != 0 {
		w.rawBold, w.rawItalic = 0, 0
	}
	if act&leavePop != 0 {
		w.e.pop()
	}
	if act&leaveSplit != 0 {
		w.e.split()
	}
	if act&leaveTable != 0 {
		w.e.endTable()
	}
	if act&leaveSpace != 0 {
		w.e.space()
	}
}

// text feeds s in the current style.
func (w *mdWalker) text(s string) {
	st := w.styles[len(w.styles)-1]
	w.e.text(s, st.bold || w.rawBold > 0, st.italic || w.rawItalic > 0)
}

// rawHTML applies the emphasis tags and line breaks of an inline HTML tag.
func (w *mdWalker) rawHTML(n *ast.RawHTML) {
	var raw []byte
	for i := range n.Segments.Len() {
		seg := n.Segments.At(i)
		raw = append(raw, seg.Value(w.src)...)
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		name, _ := z.TagName()
		d := 0
		switch tt {
		case html.StartTagToken:
			d = 1
		case html.EndTagToken:
			d = -1
		default:
			continue
		}
		switch atom.Lookup(name) {
		case atom.B, atom.Strong:
			w.rawBold = max(w.rawBold+d, 0)
		case atom.I, atom.Em:
			w.rawItalic = max(w.rawItalic+d, 0)
		case atom.Br:
			w.e.space()
		}
	}
}

// htmlBlock converts a block of raw HTML in place, in the current context.
func (w *mdWalker) htmlBlock(n *ast.HTMLBlock) {
	var raw []byte
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		raw = append(raw, seg.Value(w.src)...)
	}
	if n.HasClosure() {
		raw = append(raw, n.ClosureLine.Value(w.src)...)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := parseHTMLFragment(raw, body)
	if err != nil {
		return // nested too deep even flattened
	}
	w.e.boundary()
	for _, c := range nodes {
		frag := &html.Node{Type: html.DocumentNode}
		frag.AppendChild(c)
		walkHTML(w.e, frag)
	}
	w.e.boundary()
}

// unescape resolves backslash escapes and character references in
// Markdown text, as goldmark's HTML renderer does.
func unescape(v []byte) []byte {
	if !bytes.ContainsAny(v, `\&`) {
		return v
	}
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}
