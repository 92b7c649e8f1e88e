package markup

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML parser refuses a document whose open elements nest more than
// 512 deep ("open stack of elements exceeds 512 nodes"), which sloppy
// pages reach easily: a template that never closes its <div> or <span>
// opens one more at every item, and a browser renders it all the same.
// Such a document is read again flattened: past a depth, start tags are
// left out (block elements become <hr>, which separates blocks as a
// division does), so that its text is kept rather than lost.

// flattenDepths are the depths of the retries, deepest first.
var flattenDepths = []int{256, 32}

// parseHTML parses a document, flattened when it nests too deep.
func parseHTML(b []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(b))
	for _, depth := range flattenDepths {
		if err == nil {
			break
		}
		root, err = html.Parse(bytes.NewReader(flattenHTML(b, depth)))
	}
	return root, err
}

// parseHTMLFragment parses a fragment in the context of body, flattened
// when it nests too deep.
func parseHTMLFragment(b []byte, body *html.Node) ([]*html.Node, error) {
	nodes, err := html.ParseFragment(bytes.NewReader(b), body)
	for _, depth := range flattenDepths {
		if err == nil {
			break
		}
		nodes, err = html.ParseFragment(bytes.NewReader(flattenHTML(b, depth)), body)
	}
	return nodes, err
}

// flattenHTML returns b with the start tags that would open elements
// more than depth deep left out, as the tokenizer sees nesting (an end
// tag closes the innermost open element of its name and those inside
// it). A left-out inline element (span, a, b, font…) leaves its text in
// place; a left-out block element is replaced by <hr>, and so is the end
// tag of one; a left-out element whose content is no text (script,
// style, nav, an element marked hidden…: what the walk skips) is left
// out with its content.
func flattenHTML(b []byte, depth int) []byte {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out bytes.Buffer
	out.Grow(len(b))
	var open []string
	skip, skipping := "", 0
	w := &htmlWalker{sections: 1} // header and footer are blocks here
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		if skipping > 0 {
			if tt == html.StartTagToken || tt == html.EndTagToken {
				if name, _ := z.TagName(); string(name) == skip {
					if tt == html.StartTagToken {
						skipping++
					} else {
						skipping--
					}
				}
			}
			continue
		}
		mark := out.Len()
		out.Write(z.Raw())
		switch tt {
		case html.StartTagToken:
			tok := z.Token()
			if voidElement[tok.DataAtom] {
				continue
			}
			if len(open) < depth {
				open = append(open, tok.Data)
				continue
			}
			out.Truncate(mark)
			n := &html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}
			switch {
			case w.skip(n):
				skip, skipping = tok.Data, 1
			case !inlineElement[tok.DataAtom]:
				out.WriteString("<hr>")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(open) - 1
			for i >= 0 && open[i] != string(name) {
				i--
			}
			if i >= 0 {
				open = open[:i]
				continue
			}
			out.Truncate(mark)
			if !inlineElement[atom.Lookup(name)] {
				out.WriteString("<hr>")
			}
		}
	}
}

// voidElement holds the elements that have no end tag.
var voidElement = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Keygen: true, atom.Basefont: true, atom.Bgsound: true, atom.Frame: true,
}

// inlineElement holds the elements that separate no blocks.
var inlineElement = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Big: true, atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true,
	atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Ins: true,
	atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Nobr: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true,
	atom.U: true, atom.Var: true,
}
