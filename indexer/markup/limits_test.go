package markup

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestLimited: hostile markup of a few megabytes, made of millions of tiny
// elements, is read up to the limits (and says so); ordinary documents
// are read whole, as by the unlimited converters.
func TestLimited(t *testing.T) {
	const max = 1 << 20
	md := func(s string) func() ([]doc.Block, bool, error) {
		return func() ([]doc.Block, bool, error) {
			b, _, cut, err := MarkdownLimited([]byte(s), max)
			return b, cut, err
		}
	}
	htm := func(s string) func() ([]doc.Block, bool, error) {
		return func() ([]doc.Block, bool, error) {
			b, _, cut, err := HTMLLimited(strings.NewReader(s), max)
			return b, cut, err
		}
	}
	txt := func(s string) func() ([]doc.Block, bool, error) {
		return func() ([]doc.Block, bool, error) {
			b, _, cut, err := TextLimited(strings.NewReader(s), max)
			return b, cut, err
		}
	}
	var backticks strings.Builder
	for i := 1; i < 1000; i++ {
		backticks.WriteString(strings.Repeat("`", i) + "a")
	}
	cells := func(bs []doc.Block) int {
		n := 0
		for _, b := range bs {
			if b.Kind == doc.Cell {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		name  string
		read  func() ([]doc.Block, bool, error)
		cut   bool
		check func(t *testing.T, bs []doc.Block)
	}{
		{"setext headings", md(strings.Repeat("a\n=\n", 200_000)), true, nil},
		{"paragraphs of one letter", md(strings.Repeat("a\n\n", 200_000)), true, nil},
		{"table of 20,000 columns: read as text", md("|" + strings.Repeat("a|", 20000) + "\n|" + strings.Repeat("-|", 20000) + "\n" +
			strings.Repeat("|"+strings.Repeat("b|", 20000)+"\n", 200)), true,
			func(t *testing.T, bs []doc.Block) {
				if n := cells(bs); n > 0 {
					t.Errorf("%d cells", n)
				}
			}},
		{"code spans of growing length", md(backticks.String()), false, nil},
		{"an ordinary table", md("| a | b |\n|---|---|\n| c | d |\n"), false,
			func(t *testing.T, bs []doc.Block) {
				if n := cells(bs); n != 4 {
					t.Errorf("%d cells, want 4", n)
				}
			}},
		{"a million <br>", htm("<p>" + strings.Repeat("a<br>", 1_000_000) + "</p>"), true,
			func(t *testing.T, bs []doc.Block) {
				if len(bs) != 1 || len(bs[0].Spans) != 1 {
					t.Errorf("%d blocks, %d spans; want one of one", len(bs), len(bs[0].Spans))
				}
			}},
		{"a wide table", htm("<table>" + strings.Repeat("<tr>"+strings.Repeat("<td>c</td>", 3000)+"</tr>", 300) + "</table>"), true, nil},
		{"text of one-letter lines", txt(strings.Repeat("a\n\n", 200_000)), true, nil},
		{"a short page", htm("<h1>Title</h1><p>Jane Roe said so.</p>"), false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bs, cut, err := tc.read()
			if err != nil {
				t.Fatal(err)
			}
			if cut != tc.cut {
				t.Errorf("left text out: %v, want %v", cut, tc.cut)
			}
			chars := 0
			for _, b := range bs {
				chars += countLetters(b.Text)
			}
			if len(bs) > MaxBlocks || chars > 2*max {
				t.Errorf("%d blocks, %d characters: over the limits", len(bs), chars)
			}
			if len(bs) == 0 {
				t.Error("no text kept")
			}
			if tc.check != nil {
				tc.check(t, bs)
			}
		})
	}
}

// TestMarkdownPieces: a long Markdown document read in pieces gives the
// blocks it gives read whole: pieces end between blocks, never inside
// fenced code.
func TestMarkdownPieces(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 3*mdChunk; i++ {
		b.WriteString("## Heading\n\nA paragraph of text that goes on\nover two lines.\n\n")
		b.WriteString("```\ncode\n\nmore code after a blank line\n```\n\n- item one\n- item two\n\n")
		b.WriteString("Setext heading\n==============\nJane Roe said that it matters.\n\n")
	}
	src := []byte(b.String())
	e := newEmitter(0)
	md := newEmitter(0)
	parseMarkdown(e, src)
	// The same document parsed in one piece.
	walkMarkdown(md, goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src)), src)
	got, want := e.finish(), md.finish()
	if len(got) != len(want) {
		t.Fatalf("%d blocks in pieces, %d whole", len(got), len(want))
	}
	for i := range got {
		if got[i].Text != want[i].Text || got[i].Kind != want[i].Kind {
			t.Fatalf("block %d: %s %q in pieces, %s %q whole", i, got[i].Kind, got[i].Text, want[i].Kind, want[i].Text)
		}
	}
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"aaaa\n\nbbbb\n", 6},
		{"```\naaaa\n\nbbbb\n```\n\ncccc\n", 20},
		{"aaaa\n====\nbbbb\n", 10},
		{"aaaa\n\n    code\n", len("aaaa\n\n    code\n")},
	} {
		if got := chunkEnd([]byte(tc.src), 4); got != tc.want {
			t.Errorf("chunkEnd(%q) = %d, want %d", tc.src, got, tc.want)
		}
	}
	if n := tableCells(bytes.Repeat([]byte("|-|\n"), 100000)); n != 3*100001 {
		t.Errorf("tableCells = %d", n)
	}
}

// TestMarkdownDeepHTMLBlock: an HTML block of a Markdown document nesting
// past the parser's 512 open elements keeps its text, as an HTML document
// does.
func TestMarkdownDeepHTMLBlock(t *testing.T) {
	src := "# Notes\n\n<div>" + strings.Repeat("<div class=item><span>Jane Roe spoke. ", 300) + "\n\nAfter the block.\n"
	bs, _, err := Markdown([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, b := range bs {
		all = append(all, b.Text)
	}
	text := strings.Join(all, "\n")
	if n := strings.Count(text, "Jane Roe spoke."); n != 300 {
		t.Errorf("%d of 300 items kept:\n%.300s", n, text)
	}
	if !strings.Contains(text, "After the block.") {
		t.Error("the paragraph after the block is lost")
	}
}
