package indexer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func para(text string, spans ...doc.Span) doc.Block {
	if spans == nil {
		spans = []doc.Span{{Text: text}}
	}
	return doc.Block{Kind: doc.Paragraph, Page: 1, PageEnd: 1, Text: text, Spans: spans}
}

func TestSplitLongBlocks(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   doc.Block
		max  int
		want []doc.Block
	}{
		{"short block unchanged", para("One. Two."), 20, []doc.Block{para("One. Two.")}},
		{"at a sentence end in the second half", para("Aa bb. Cc dd ee. Ff gg."), 18,
			[]doc.Block{para("Aa bb. Cc dd ee."), para("Ff gg.")}},
		{"a closing quotation mark after the full stop", para("He said “no more.” Then left."), 20,
			[]doc.Block{para("He said “no more.”"), para("Then left.")}},
		{"no sentence end: at the last space", para("aaa bbb ccc ddd eee"), 10,
			[]doc.Block{para("aaa bbb"), para("ccc ddd"), para("eee")}},
		{"one word: anywhere, never inside a character", para("ééééééé"), 3,
			[]doc.Block{para("ééé"), para("ééé"), para("é")}},
		{"spans are cut with the text",
			para("Jane Roe said it. Then more.", doc.Span{Text: "Jane Roe", Bold: true}, doc.Span{Text: " said it. Then more."}), 20,
			[]doc.Block{
				para("Jane Roe said it.", doc.Span{Text: "Jane Roe", Bold: true}, doc.Span{Text: " said it."}),
				para("Then more.", doc.Span{Text: "Then more."}),
			}},
		{"page breaks go to their part",
			doc.Block{Kind: doc.Paragraph, Page: 3, PageEnd: 5, Label: "iii", LabelEnd: "v", Text: "a b c. d e f. g h",
				Breaks: []doc.Break{{Words: 2, Page: 4, Label: "iv"}, {Words: 6, Page: 5, Label: "v"}}},
			8,
			[]doc.Block{
				{Kind: doc.Paragraph, Page: 3, PageEnd: 4, Label: "iii", LabelEnd: "iv", Text: "a b c.",
					Breaks: []doc.Break{{Words: 2, Page: 4, Label: "iv"}}},
				{Kind: doc.Paragraph, Page: 4, PageEnd: 4, Label: "iv", LabelEnd: "iv", Text: "d e f."},
				{Kind: doc.Paragraph, Page: 5, PageEnd: 5, Label: "v", LabelEnd: "v", Text: "g h"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := splitLongBlocks([]doc.Block{tc.in}, tc.max)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("splitLongBlocks (-want +got):\n%s", diff)
			}
			for _, b := range got {
				if n := utf8.RuneCountInString(b.Text); n > tc.max {
					t.Errorf("block of %d characters, max %d", n, tc.max)
				}
			}
		})
	}
}

func TestCapBlocks(t *testing.T) {
	blocks := []doc.Block{para("aaaa bbbb"), para("cccc dddd eeee"), para("ffff")}
	for _, tc := range []struct {
		max  int
		want []string
		cut  bool
	}{
		{100, []string{"aaaa bbbb", "cccc dddd eeee", "ffff"}, false},
		{24, []string{"aaaa bbbb", "cccc dddd eeee", "ffff"}, false},
		{23, []string{"aaaa bbbb", "cccc dddd eeee"}, true},
		{18, []string{"aaaa bbbb", "cccc dddd"}, true},
		{15, []string{"aaaa bbbb", "cccc"}, true},
		{8, []string{"aaaa bbbb"}, true},
		{6, []string{"aaaa"}, true},
		{3, []string{"aaa"}, true},
	} {
		t.Run(fmt.Sprint(tc.max), func(t *testing.T) {
			got, cut := capBlocks(append([]doc.Block(nil), blocks...), tc.max)
			var texts []string
			for _, b := range got {
				texts = append(texts, b.Text)
			}
			if !cmp.Equal(texts, tc.want) || cut != tc.cut {
				t.Errorf("capBlocks(%d) = %q, %v; want %q, %v", tc.max, texts, cut, tc.want, tc.cut)
			}
		})
	}
}

// TestMarkupLimits: a text, HTML or Markdown document of more than
// MaxDocumentGlyphs characters keeps its first ones with a warning naming
// it, as a PDF does, and no passage is longer than MaxBlockChars.
func TestMarkupLimits(t *testing.T) {
	sentence := "Jane Roe said that the point matters a great deal. "
	n := MaxDocumentGlyphs/len(strings.ReplaceAll(sentence, " ", "")) + 2000
	body := strings.Repeat(sentence, n)
	word := strings.Repeat("a", MaxDocumentGlyphs+100)
	dir := t.TempDir()
	files := map[string]string{
		"long.txt":  body,
		"long.html": "<p>" + body + "</p>",
		"long.md":   "# Long\n\n" + body,
		"word.txt":  word,
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			d, err := Extract(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], name) || !strings.Contains(d.Warnings[0], "characters") {
				t.Errorf("warnings %q, want one naming %s and the limit", d.Warnings, name)
			}
			total := 0
			for _, b := range d.Blocks {
				total += nonSpace(b.Text)
			}
			if total > MaxDocumentGlyphs || total < MaxDocumentGlyphs*99/100 {
				t.Errorf("%d characters kept, want a little under %d", total, MaxDocumentGlyphs)
			}
			if name != "word.txt" {
				return // attribution of a million characters takes seconds
			}
			// Attribution: no passage longer than MaxBlockChars.
			id, err := indexDocument(context.Background(), path, "", corpusManifest{})
			if err != nil {
				t.Fatal(err)
			}
			if len(id.Passages) < MaxDocumentGlyphs/MaxBlockChars {
				t.Errorf("%d passages, want at least %d", len(id.Passages), MaxDocumentGlyphs/MaxBlockChars)
			}
			for _, p := range id.Passages {
				if c := utf8.RuneCountInString(p.Text); c > MaxBlockChars {
					t.Errorf("passage %s: %d characters, max %d", p.ID, c, MaxBlockChars)
				}
			}
		})
	}
}

func TestCapWords(t *testing.T) {
	blocks := []doc.Block{para("one two"), para("three, four-five"), para("six")}
	for _, tc := range []struct {
		max  int
		want []string
		cut  bool
	}{
		{6, []string{"one two", "three, four-five", "six"}, false},
		{5, []string{"one two", "three, four-five"}, true},
		{4, []string{"one two", "three, four-"}, true},
		{3, []string{"one two", "three,"}, true},
		{1, []string{"one"}, true},
		{0, nil, true},
	} {
		got, cut := capWords(append([]doc.Block(nil), blocks...), tc.max)
		var texts []string
		for _, b := range got {
			texts = append(texts, b.Text)
		}
		if !cmp.Equal(texts, tc.want) || cut != tc.cut {
			t.Errorf("capWords(%d) = %q, %v; want %q, %v", tc.max, texts, cut, tc.want, tc.cut)
		}
	}
}
