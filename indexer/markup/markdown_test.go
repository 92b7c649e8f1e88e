package markup

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func TestMarkdownTranscript(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "transcript.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks, meta, err := Markdown(src)
	if err != nil {
		t.Fatalf("Markdown: %v", err)
	}
	want := []doc.Block{
		heading(1, plain("Opening session: Beyond awareness-raising")),
		italicBlock(para(ital("Transcript, 15 April 2024, Vienna Hofburg"))),
		para(bold("Kari Johnstone"),
			plain(", Acting OSCE Special Representative: Excellencies, colleagues, friends. Prevention is more than awareness-raising. We need "),
			bold("evidence"), plain(" of what works.")),
		quote(plain("Prevention works when it reaches people before traffickers do.")),
		quote(plain("— Kari Johnstone")),
		heading(2, plain("Key messages")),
		item(plain("Address "), ital("demand"), plain(" that fosters exploitation")),
		item(plain("Involve survivors: their lived experience matters.")),
		item(plain("including children")),
		item(plain("Follow the money")),
		cell(1, 1, plain("Time")),
		cell(1, 2, plain("Speaker")),
		cell(2, 1, plain("10:00")),
		boldBlock(cell(2, 2, bold("Helga Maria Schmid"))),
		cell(3, 1, plain("10:15")),
		cell(3, 2, plain("Moderator | Q&A")),
		para(plain("Questions from the floor followed, see https://www.osce.org/cthb. A final remark from "),
			bold("Ms. Schmid"), plain(" closed the session.")),
		para(plain("Unofficial transcript.")),
	}
	if d := diffBlocks(want, blocks); d != "" {
		t.Errorf("blocks (-want +got):\n%s", d)
	}
	if got := blocks[2].BoldRuns(); len(got) != 2 || got[0] != "Kari Johnstone" {
		t.Errorf("speaker bold runs = %q, want [Kari Johnstone evidence]", got)
	}
	if want := (doc.Meta{Title: "Opening session: Beyond awareness-raising"}); meta != want {
		t.Errorf("meta = %+v, want %+v", meta, want)
	}
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      []doc.Block
		wantTitle string
	}{
		{"empty", "", nil, ""},
		{"blank", "\n \n\t\n", nil, ""},
		{"setext headings", "Title\n=====\n\nSub\n---\n\ntext", []doc.Block{heading(1, plain("Title")), heading(2, plain("Sub")), para(plain("text"))}, "Title"},
		{"title from first heading without h1", "## Two\n\n### Three", []doc.Block{heading(2, plain("Two")), heading(3, plain("Three"))}, "Two"},
		{"bold and italic forms", "**a** __b__ *c* _d_ ***e***",
			// A space between runs joins the run before it.
			[]doc.Block{italicBlock(boldBlock(para(bold("a b "), ital("c d "), doc.Span{Text: "e", Bold: true, Italic: true})))}, ""},
		{"hard and soft breaks", "one\ntwo  \nthree\\\nfour", []doc.Block{para(plain("one two three four"))}, ""},
		{"escapes and references", `\*not emphasis\* &copy; &#8211; &amp;`, []doc.Block{para(plain("*not emphasis* © – &"))}, ""},
		{"code", "Use `go test`.\n\n    indented code\n\n```\nfenced\ncode\n```",
			[]doc.Block{para(plain("Use go test.")), para(plain("indented code")), para(plain("fenced code"))}, ""},
		{"links and images", "[OSCE](https://osce.org) ![logo](logo.png) <https://x.org>",
			[]doc.Block{para(plain("OSCE https://x.org"))}, ""},
		{"inline HTML emphasis", "Said <strong>Ms. <em>Name</em></strong>, then<br>more",
			[]doc.Block{para(plain("Said "), bold("Ms. "), doc.Span{Text: "Name", Bold: true, Italic: true}, plain(", then more"))}, ""},
		{"unclosed inline HTML ends with the block", "<b>bold\n\nplain",
			[]doc.Block{boldBlock(para(bold("bold"))), para(plain("plain"))}, ""},
		{"loose list item paragraphs join", "- first\n\n  second\n- next", []doc.Block{item(plain("first second")), item(plain("next"))}, ""},
		{"quote with heading and list", "> # Q\n> text\n> - item",
			[]doc.Block{heading(1, plain("Q")), quote(plain("text")), item(plain("item"))}, "Q"},
		{"html block", "<aside>side</aside>\n\n<p>Para <b>b</b></p>\n\n<!-- comment -->",
			[]doc.Block{para(plain("Para "), bold("b"))}, ""},
		{"html block in quote", "> <p>quoted</p>", []doc.Block{quote(plain("quoted"))}, ""},
		{"thematic break", "a\n\n---\n\nb", []doc.Block{para(plain("a")), para(plain("b"))}, ""},
		{"table cells with emphasis", "| a | b |\n|---|---|\n| *x* | y |",
			[]doc.Block{cell(1, 1, plain("a")), cell(1, 2, plain("b")), italicBlock(cell(2, 1, ital("x"))), cell(2, 2, plain("y"))}, ""},
		{"ligature", "ﬁnancial ﬂows", []doc.Block{para(plain("financial flows"))}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, meta, err := Markdown([]byte(tc.in))
			if err != nil {
				t.Fatalf("Markdown: %v", err)
			}
			if d := diffBlocks(tc.want, got); d != "" {
				t.Errorf("blocks (-want +got):\n%s", d)
			}
			if meta.Title != tc.wantTitle {
				t.Errorf("title = %q, want %q", meta.Title, tc.wantTitle)
			}
		})
	}
}

func TestMarkdownInput(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		wantErr error
	}{
		{"invalid UTF-8", []byte("caf\xe9"), ErrNotText},
		{"binary", []byte("\x7fELF\x02\x01\x01\x00\x00"), ErrNotText},
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), ErrTooLarge},
		{"huge single line", bytes.Repeat([]byte("word "), 1<<20), nil},
		{"deep quotes", bytes.Repeat([]byte(">"), 1<<16), ErrTooDeep},
		{"deep lists", []byte(strings.Repeat("- ", 1<<14) + "x"), ErrTooDeep},
		{"deep indentation", []byte("- a\n" + strings.Repeat(" ", 2001) + "- b"), ErrTooDeep},
		{"deep but allowed", []byte(strings.Repeat("> 1. ", 250) + "x"), nil},
		{"long rule is not nesting", bytes.Repeat([]byte("-"), 5000), nil},
		{"many delimiters", bytes.Repeat([]byte("*_"), 1<<15), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			blocks, _, err := Markdown(tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Markdown error = %v, want %v", err, tc.wantErr)
			}
			checkBlocks(t, blocks)
		})
	}
}

func FuzzMarkdown(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "transcript.md"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("> - | a |\n> |---|\n> | <b>x |"))
	f.Add([]byte("<table><tr><td>\n\n**x**\n\n</td></tr></table>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		blocks, _, err := Markdown(in)
		if err != nil {
			return
		}
		checkBlocks(t, blocks)
	})
}
