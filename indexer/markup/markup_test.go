package markup

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// Builders of expected blocks: all on page 1, Text the spans' concatenation.

func plain(s string) doc.Span { return doc.Span{Text: s} }
func bold(s string) doc.Span  { return doc.Span{Text: s, Bold: true} }
func ital(s string) doc.Span  { return doc.Span{Text: s, Italic: true} }

func block(kind doc.Kind, spans ...doc.Span) doc.Block {
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.Text)
	}
	return doc.Block{Kind: kind, Page: 1, PageEnd: 1, Spans: spans, Text: sb.String()}
}

func para(spans ...doc.Span) doc.Block  { return block(doc.Paragraph, spans...) }
func quote(spans ...doc.Span) doc.Block { return block(doc.Quote, spans...) }
func item(spans ...doc.Span) doc.Block  { return block(doc.ListItem, spans...) }
func capt(spans ...doc.Span) doc.Block  { return block(doc.Caption, spans...) }

func heading(level int, spans ...doc.Span) doc.Block {
	b := block(doc.Heading, spans...)
	b.Level = level
	return b
}

func cell(row, col int, spans ...doc.Span) doc.Block {
	b := block(doc.Cell, spans...)
	b.Row, b.Col = row, col
	return b
}

// boldBlock and italicBlock mark a block as mostly bold or italic.
func boldBlock(b doc.Block) doc.Block   { b.Bold = true; return b }
func italicBlock(b doc.Block) doc.Block { b.Italic = true; return b }

// diffBlocks reports the differences between want and got, one block a
// line as JSON, in (-want +got) form; "" if they are equal.
func diffBlocks(want, got []doc.Block) string {
	if reflect.DeepEqual(want, got) || len(want) == 0 && len(got) == 0 {
		return ""
	}
	line := func(b doc.Block) string {
		j, _ := json.Marshal(b)
		return string(j)
	}
	var sb strings.Builder
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = line(want[i])
		}
		if i < len(got) {
			g = line(got[i])
		}
		if w == g {
			fmt.Fprintf(&sb, "  %s\n", w)
			continue
		}
		if w != "" {
			fmt.Fprintf(&sb, "- %s\n", w)
		}
		if g != "" {
			fmt.Fprintf(&sb, "+ %s\n", g)
		}
	}
	return sb.String()
}

func TestNormalizeSpans(t *testing.T) {
	tests := []struct {
		name string
		in   []doc.Span
		want []doc.Span
	}{
		{"empty", nil, nil},
		{"blank", []doc.Span{plain(" \t\n ")}, nil},
		{"collapse and trim", []doc.Span{plain("  a \n\t b  ")}, []doc.Span{plain("a b")}},
		{"ligature and soft hyphen", []doc.Span{plain("ﬁnan\u00ADcial\u00A0ﬂows")}, []doc.Span{plain("financial flows")}},
		{"zero width and controls", []doc.Span{plain("a\u200Bb\u0007c\uFEFF")}, []doc.Span{plain("abc")}},
		{"space stays in its piece", []doc.Span{plain("Said "), bold(" Name "), plain(" today")},
			[]doc.Span{plain("Said "), bold("Name "), plain("today")}},
		{"leading space of styled piece", []doc.Span{plain("Said"), bold(" Name"), plain(" today")},
			[]doc.Span{plain("Said"), bold(" Name"), plain(" today")}},
		{"blank styled piece joins previous", []doc.Span{plain("a"), bold(" "), plain("b")}, []doc.Span{plain("a b")}},
		{"trailing styled space trimmed", []doc.Span{plain("a "), bold("b "), plain(" ")}, []doc.Span{plain("a "), bold("b")}},
		{"same style merged", []doc.Span{bold("a"), bold("b"), ital(""), bold("c")}, []doc.Span{bold("abc")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := normalizeSpans(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("normalizeSpans(%+v) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

// checkBlocks checks the invariants every converter promises.
func checkBlocks(t *testing.T, blocks []doc.Block) {
	t.Helper()
	for i, b := range blocks {
		var sb strings.Builder
		for _, s := range b.Spans {
			if s.Text == "" {
				t.Fatalf("block %d: empty span", i)
			}
			sb.WriteString(s.Text)
		}
		switch {
		case b.Text == "":
			t.Fatalf("block %d: empty text", i)
		case sb.String() != b.Text:
			t.Fatalf("block %d: spans %q do not make text %q", i, sb.String(), b.Text)
		case b.Text != strings.TrimSpace(b.Text) || strings.Contains(b.Text, "  "):
			t.Fatalf("block %d: white space not normalised: %q", i, b.Text)
		case b.Page != 1 || b.PageEnd != 1 || b.Label != "":
			t.Fatalf("block %d: page %d-%d %q, want 1-1 without label", i, b.Page, b.PageEnd, b.Label)
		case b.Kind == doc.Heading && (b.Level < 1 || b.Level > 6):
			t.Fatalf("block %d: heading level %d", i, b.Level)
		case b.Kind == doc.Cell && (b.Row < 1 || b.Col < 1):
			t.Fatalf("block %d: cell at row %d col %d", i, b.Row, b.Col)
		case !utf8.ValidString(b.Text):
			t.Fatalf("block %d: invalid UTF-8 %q", i, b.Text)
		}
	}
}
