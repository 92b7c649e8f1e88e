package layout

import (
	"strings"
	"testing"
)

// glyphsAt lays out glyphs of size 10 on one baseline: each entry is a
// glyph's text and its origin.
func glyphsAt(items ...any) []glyph {
	var gs []glyph
	for i := 0; i+1 < len(items); i += 2 {
		s, x := items[i].(string), items[i+1].(float64)
		w := 5.0
		if s == " " {
			w = 2.5
		}
		gs = append(gs, glyph{s: s, x: x, y: 100, w: w, size: 10})
	}
	return gs
}

func wordsText(ws []*word) string {
	ts := make([]string, len(ws))
	for i, w := range ws {
		ts[i] = w.text()
	}
	return strings.Join(ts, "|")
}

// TestNullSpaces: a space glyph that moves the pen by less than a tenth of
// the font size (Ghostscript's kerning written as a space with a negative
// word spacing) breaks no word; a space of ordinary width does, and so
// does a narrow space before a glyph that starts after a gap.
func TestNullSpaces(t *testing.T) {
	cases := []struct {
		name string
		row  []glyph
		want string
	}{
		{"kerning space", glyphsAt("T", 0.0, "r", 4.5, " ", 8.0, "e", 8.7, "v", 13.7), "Trev"},
		{"ordinary space", glyphsAt("T", 0.0, "r", 4.5, " ", 9.5, "e", 12.0), "Tr|e"},
		{"narrow space after a gap", glyphsAt("T", 0.0, "r", 5.0, " ", 12.0, "e", 12.5), "Tr|e"},
		{"two spaces of nothing", glyphsAt("a", 0.0, " ", 5.0, " ", 5.2, "b", 5.4), "ab"},
		{"space at the end", glyphsAt("a", 0.0, "b", 5.0, " ", 10.0), "ab"},
		{"space at the start", glyphsAt(" ", 0.0, "a", 0.3, "b", 5.3), "ab"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := wordsText(rowWords(c.row)); got != c.want {
				t.Errorf("words %q, want %q", got, c.want)
			}
		})
	}
}

// wordAt is a word of size 10 on baseline y from x0 to x1.
func wordAt(x0, x1, y float64) *word {
	return &word{x0: x0, x1: x1, y: y, size: 10}
}

// TestJustifiedRiver: a corridor through two justified lines whose word
// spaces are all as wide as the gap across it is a river; a corridor
// wider than the spaces of the lines beside it is a gutter; rows with a
// single gap prove nothing.
func TestJustifiedRiver(t *testing.T) {
	g := interval{150, 171}
	cases := []struct {
		name string
		ws   []*word
		want bool
	}{
		{"two justified lines", []*word{
			wordAt(80, 132, 111), wordAt(171, 195, 111), wordAt(233, 288, 111),
			wordAt(80, 150, 99), wordAt(171, 231, 99), wordAt(252, 288, 99),
		}, true},
		{"two columns of ordinary spaces", []*word{
			wordAt(80, 110, 111), wordAt(113, 150, 111), wordAt(171, 200, 111), wordAt(203, 240, 111),
			wordAt(80, 120, 99), wordAt(123, 150, 99), wordAt(171, 210, 99), wordAt(213, 250, 99),
		}, false},
		{"one word on each side", []*word{
			wordAt(80, 150, 111), wordAt(171, 240, 111),
			wordAt(80, 148, 99), wordAt(171, 230, 99),
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := justifiedRiver(sortedRows(c.ws), g); got != c.want {
				t.Errorf("justifiedRiver = %v, want %v", got, c.want)
			}
		})
	}
}
