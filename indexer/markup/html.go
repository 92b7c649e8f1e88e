package markup

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// HTML converts an HTML document into blocks and reads its metadata.
//
// Elements map to blocks as follows: h1–h6 to Heading with Level 1–6;
// p, pre, address, dt and dd to Paragraph (to Quote inside a blockquote);
// li to ListItem; text of a blockquote to Quote, and a footer inside a
// blockquote (the attribution) to Caption; td and th to Cell with Row and
// Col (colspan advances Col; rowspan is ignored); figcaption and table
// captions to Caption. Text outside these (directly in a div, say) becomes
// a Paragraph ending at the next division. A paragraph inside a list item
// or cell joins it; a list inside a cell joins the cell, while a nested list
// inside a list item yields list items of its own.
//
// Skipped with their content: head, script, style, template, noscript,
// nav, aside, form controls, embedded content (svg, math, iframe, object,
// video…), elements marked hidden (the hidden attribute,
// aria-hidden="true", inline display:none or visibility:hidden), landmark
// roles navigation, banner, contentinfo, complementary and search, and the
// page's own header and footer, that is those outside article, main,
// section and blockquote. Images are skipped, alt text included.
//
// Meta.Title is the <title>, else the first h1, else og:title. Publisher is
// og:site_name, else <meta name="publisher">, else <meta name="author">.
// Date is <meta name="date"> (or dcterms.date, DC.date,
// citation_publication_date, article:published_time). SourceURL is the
// canonical link or og:url when absolute. The description has no field in
// doc.Meta and is not read.
//
// Input that is not valid UTF-8 is decoded as the document declares (byte
// order mark or <meta charset>), else as windows-1252, as browsers do.
// Input with NUL bytes after decoding is binary and fails with ErrNotText.
func HTML(r io.Reader) ([]doc.Block, doc.Meta, error) {
	blocks, meta, _, err := HTMLLimited(r, 0)
	return blocks, meta, err
}

// HTMLLimited is HTML keeping about max characters other than white
// space (all when max is 0; see Limited): it reports whether it left text
// out.
func HTMLLimited(r io.Reader, max int) ([]doc.Block, doc.Meta, bool, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("html: %w", err)
	}
	if b, err = decodeHTML(b); err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("html: %w", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, doc.Meta{}, false, nil
	}
	cut := false
	if max > 0 {
		b, cut = cutHTML(b, max)
	}
	root, err := parseHTML(b)
	if err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("html: parse: %w", err)
	}
	e := newEmitter(max)
	walkHTML(e, root)
	blocks := e.finish()
	meta, ogTitle := headMeta(root)
	if meta.Title == "" {
		meta.Title = firstH1(blocks)
	}
	if meta.Title == "" {
		meta.Title = ogTitle
	}
	return blocks, meta, cut || e.full, nil
}

// decodeHTML returns b as UTF-8 (see HTML).
func decodeHTML(b []byte) ([]byte, error) {
	if !utf8.Valid(b) {
		enc, name, _ := charset.DetermineEncoding(b, "")
		d, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %v: %w", name, err, ErrNotText)
		}
		b = d
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return nil, fmt.Errorf("NUL byte at offset %d: %w", i, ErrNotText)
	}
	return trimBOM(b), nil
}

// firstH1 returns the text of the first level-1 heading.
func firstH1(blocks []doc.Block) string {
	for _, b := range blocks {
		if b.Kind == doc.Heading && b.Level == 1 {
			return b.Text
		}
	}
	return ""
}

// headMeta reads the metadata in the document head, and og:title apart.
func headMeta(root *html.Node) (m doc.Meta, ogTitle string) {
	head := child(child(root, atom.Html), atom.Head)
	if head == nil {
		return m, ""
	}
	vals := map[string]string{}
	set := func(k, v string) {
		if v = normalize(v); v != "" && vals[k] == "" {
			vals[k] = v
		}
	}
	for n := head.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Title:
			var sb strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					sb.WriteString(c.Data)
				}
			}
			set("title", sb.String())
		case atom.Meta:
			key := strings.ToLower(strings.TrimSpace(attr(n, "name")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "property")))
			}
			set(key, attr(n, "content"))
		case atom.Link:
			for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
				if rel == "canonical" {
					set("canonical", attr(n, "href"))
				}
			}
		}
	}
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := vals[k]; v != "" {
				return v
			}
		}
		return ""
	}
	m.Title = vals["title"]
	m.Publisher = first("og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "author")
	m.Date = first("date", "dcterms.date", "dc.date", "dcterms.issued", "dc.date.issued",
		"citation_publication_date", "article:published_time")
	for _, u := range []string{vals["canonical"], vals["og:url"]} {
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			m.SourceURL = u
			break
		}
	}
	return m, vals["og:title"]
}

// child returns the first child element of n with tag a, or nil.
func child(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// attr returns the value of n's attribute key ("" if absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// style is the emphasis in force at a point of the document.
type style struct{ bold, italic bool }

// What to do when leaving an element, decided on entering it.
const (
	leavePop      = 1 << iota // leave the context entered
	leaveSplit                // end the block (or separate, when absorbed)
	leaveBoundary             // end the block (or separate, when atomic)
	leaveTable                // leave the table
	leaveSection              // leave a sectioning element
	leaveSpace                // separate words (an element absorbed by its context)
)

// htmlStep is one step of the walk: entering a node or leaving it.
type htmlStep struct {
	n     *html.Node
	leave bool
	act   int
}

// htmlWalker feeds a parsed HTML tree to an emitter.
type htmlWalker struct {
	e        *emitter
	styles   []style // innermost last
	sections int     // open article, main, section and blockquote elements
}

// walkHTML feeds the tree under root to e. It walks with an explicit stack,
// so that deeply nested input cannot overflow the goroutine stack.
func walkHTML(e *emitter, root *html.Node) {
	w := &htmlWalker{e: e, styles: []style{{}}}
	stack := []htmlStep{{n: root}}
	for len(stack) > 0 && !e.full {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s.leave {
			w.leave(s.act)
			continue
		}
		switch s.n.Type {
		case html.TextNode:
			st := w.styles[len(w.styles)-1]
			e.text(s.n.Data, st.bold, st.italic)
			continue
		case html.ElementNode, html.DocumentNode:
		default:
			continue
		}
		act, ok := w.enter(s.n)
		if !ok {
			continue
		}
		stack = append(stack, htmlStep{n: s.n, leave: true, act: act})
		for c := s.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, htmlStep{n: c})
		}
	}
	e.flush()
}

// enter handles the start of n and reports what to do on leaving it, or
// false if n and its content are to be skipped.
func (w *htmlWalker) enter(n *html.Node) (act int, descend bool) {
	st := w.styles[len(w.styles)-1]
	if n.Type == html.ElementNode {
		if w.skip(n) {
			return 0, false
		}
		st = styleOf(n, st)
	}
	w.styles = append(w.styles, st)
	if n.Type != html.ElementNode || n.Namespace != "" {
		return 0, true
	}
	e := w.e
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if e.heading(int(n.Data[1] - '0')) {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case atom.P, atom.Pre, atom.Address, atom.Dt, atom.Dd:
		if e.paragraph() {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case atom.Li:
		if e.enter(context{kind: doc.ListItem, atomic: true}) {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case atom.Figcaption, atom.Caption:
		if e.enter(context{kind: doc.Caption, atomic: true, absorb: true}) {
			act = leavePop
		} else {
			act = leaveSpace
		}
	case atom.Blockquote:
		w.sections++
		act = leaveSection
		if e.enter(context{kind: doc.Quote}) {
			act |= leavePop
		} else {
			act |= leaveSpace
		}
	case atom.Ul, atom.Ol, atom.Dl, atom.Menu:
		e.split()
		act = leaveSplit
	case atom.Table:
		e.startTable()
		act = leaveTable
	case atom.Tr:
		e.startRow()
		act = leaveSplit
	case atom.Td, atom.Th:
		e.cell(colspan(n))
		act = leavePop
	case atom.Br:
		e.space()
	case atom.Hr:
		e.boundary()
	case atom.Footer:
		if e.top().kind == doc.Quote && !e.top().atomic {
			if e.enter(context{kind: doc.Caption, atomic: true, absorb: true}) {
				act = leavePop
			} else {
				act = leaveSpace
			}
			break
		}
		e.boundary()
		act = leaveBoundary
	case atom.Article, atom.Main, atom.Section:
		w.sections++
		e.boundary()
		act = leaveBoundary | leaveSection
	case atom.Html, atom.Body, atom.Div, atom.Header, atom.Figure, atom.Details,
		atom.Summary, atom.Form, atom.Fieldset, atom.Legend, atom.Center,
		atom.Hgroup, atom.Search, atom.Dialog, atom.Thead, atom.Tbody, atom.Tfoot,
		atom.Colgroup, atom.Listing, atom.Plaintext, atom.Xmp:
		e.boundary()
		act = leaveBoundary
	}
	return act, true
}

// leave handles the end of an element entered with act.
func (w *htmlWalker) leave(act int) {
	w.styles = w.styles[:len(w.styles)-1]
	e := w.e
	if act&leavePop != 0 {
		e.pop()
	}
	if act&leaveSplit != 0 {
		e.split()
	}
	if act&leaveBoundary != 0 {
		e.boundary()
	}
	if act&leaveTable != 0 {
		e.endTable()
	}
	if act&leaveSection != 0 {
		w.sections--
	}
	if act&leaveSpace != 0 {
		e.space()
	}
}

// skip reports whether n and its content are not part of the text.
func (w *htmlWalker) skip(n *html.Node) bool {
	if n.Namespace != "" { // svg or math content
		return true
	}
	switch n.DataAtom {
	case atom.Head, atom.Title, atom.Script, atom.Style, atom.Template,
		atom.Noscript, atom.Noembed, atom.Noframes, atom.Nav, atom.Aside,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Audio, atom.Video, atom.Map, atom.Img, atom.Picture,
		atom.Button, atom.Select, atom.Option, atom.Optgroup, atom.Datalist,
		atom.Textarea, atom.Input, atom.Frameset, atom.Frame:
		return true
	case atom.Header, atom.Footer:
		if w.sections == 0 {
			return true
		}
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "role":
			switch strings.ToLower(strings.TrimSpace(a.Val)) {
			case "navigation", "banner", "contentinfo", "complementary", "search":
				return true
			}
		case "style":
			hidden := false
			cssDecls(a.Val, func(prop, val string) {
				switch {
				case prop == "display" && val == "none",
					prop == "visibility" && (val == "hidden" || val == "collapse"):
					hidden = true
				}
			})
			if hidden {
				return true
			}
		}
	}
	return false
}

// styleOf returns the emphasis inside element n, given that around it:
// <b> and <strong> are bold, <i> and <em> italic, and an inline style's
// font-weight and font-style override both.
func styleOf(n *html.Node, st style) style {
	switch n.DataAtom {
	case atom.B, atom.Strong:
		st.bold = true
	case atom.I, atom.Em:
		st.italic = true
	}
	if css := attr(n, "style"); css != "" {
		cssDecls(css, func(prop, val string) {
			switch prop {
			case "font-weight":
				st.bold = boldWeight(val)
			case "font-style":
				st.italic = val == "italic" || val == "oblique"
			case "font":
				for _, f := range strings.Fields(val) {
					switch f {
					case "bold", "bolder", "600", "700", "800", "900":
						st.bold = true
					case "italic", "oblique":
						st.italic = true
					}
				}
			}
		})
	}
	return st
}

// boldWeight reports whether a CSS font-weight value is bold.
func boldWeight(v string) bool {
	switch v {
	case "bold", "bolder":
		return true
	}
	w, err := strconv.ParseFloat(v, 64)
	return err == nil && w >= 600
}

// cssDecls calls f with each declaration of an inline style attribute,
// property and value lower-cased and trimmed, "!important" dropped.
func cssDecls(css string, f func(prop, val string)) {
	for _, d := range strings.Split(css, ";") {
		prop, val, ok := strings.Cut(d, ":")
		if !ok {
			continue
		}
		val = strings.ToLower(strings.TrimSpace(val))
		val = strings.TrimSpace(strings.TrimSuffix(val, "!important"))
		f(strings.ToLower(strings.TrimSpace(prop)), val)
	}
}

// colspan returns the number of columns cell n spans (1 to 1000, as HTML
// clamps it).
func colspan(n *html.Node) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, "colspan")))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, 1000)
}
