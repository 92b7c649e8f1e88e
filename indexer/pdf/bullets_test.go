package pdf

import (
	"slices"
	"strings"
	"testing"
)

// line returns the glyphs of text set at x, y in size 10, 5 points a letter.
func line(text string, x, y float64) []Glyph {
	var gs []Glyph
	for i, r := range text {
		if r != ' ' {
			gs = append(gs, Glyph{S: string(r), X: x + 5*float64(i), Y: y, W: 5, Font: "F", Size: 10})
		}
	}
	return gs
}

func TestBulletGlyphs(t *testing.T) {
	disc := func(x, y float64) mark { return mark{x, y + 2, x + 4, y + 6} } // 4 points, beside the x-height
	tests := []struct {
		name  string
		gs    []Glyph
		marks []mark
		want  string // the glyphs' text
	}{
		{"a disc before a line", line("Item one", 100, 700), []mark{disc(88, 700)}, "•Itemone"},
		{"a disc before each of two lines", append(line("One", 100, 700), line("Two", 100, 686)...),
			[]mark{disc(88, 700), disc(88, 686)}, "•One•Two"},
		{"no disc", line("Item", 100, 700), nil, "Item"},
		{"a dot between words", line("by region  north", 100, 700), []mark{disc(146, 700)}, "byregionnorth"},
		{"a row of dots before a word", line("north", 140, 700), []mark{disc(110, 700), disc(120, 700), disc(130, 700)}, "north"},
		{"a disc far left of the text", line("Item", 100, 700), []mark{disc(40, 700)}, "Item"},
		{"a disc above the line", line("Item", 100, 700), []mark{disc(88, 712)}, "Item"},
		{"a shape as large as the text", line("Item", 100, 700), []mark{{86, 700, 96, 710}}, "Item"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, g := range bulletGlyphs(tt.gs, tt.marks) {
			b.WriteString(g.S)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPathMarks: the interpreter records small filled or stroked shapes
// about as high as wide, and nothing else.
func TestPathMarks(t *testing.T) {
	tests := []struct {
		name, content string
		want          int
	}{
		{"a filled square", "10 10 4 4 re f", 1},
		{"a disc of curves", "12 10 m 14 10 14 14 12 14 c 10 14 10 10 12 10 c h f", 1},
		{"a stroked circle", "12 10 m 14 10 14 14 12 14 c 10 14 10 10 12 10 c S", 1},
		{"a scaled square", "q 2 0 0 2 0 0 cm 10 10 2 2 re f Q", 1},
		{"a rule", "10 10 m 300 10 l S", 0},
		{"a thin bar", "10 10 40 3 re f", 0},
		{"a large box", "10 10 100 100 re f", 0},
		{"a clip", "10 10 4 4 re W n", 0},
		{"a dot", "10 10 0.5 0.5 re f", 0},
	}
	for _, tt := range tests {
		in := newInterp(nil, t.Context())
		in.run([]byte(tt.content), &scope{}, 0)
		if len(in.marks) != tt.want {
			t.Errorf("%s: %d marks, want %d", tt.name, len(in.marks), tt.want)
		}
	}
}

func TestWebURI(t *testing.T) {
	tests := []struct {
		uri  string
		want bool
	}{
		{"https://example.org/report.pdf", true},
		{"http://example.org", true},
		{"HTTPS://EXAMPLE.ORG/", true},
		{"mailto:info@example.org", true},
		{"javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"https://", false},
		{"https://example.org/a b", false},
		{"#section-2", false},
	}
	for _, tt := range tests {
		if got := webURI(tt.uri); got != tt.want {
			t.Errorf("webURI(%q) = %v, want %v", tt.uri, got, tt.want)
		}
	}
}

// BenchmarkBulletGlyphsCrowd: the most marks a page records, each above a
// line crowded with the most glyphs a page keeps — a hostile page; the
// work per mark is bounded (maxMarkScan).
func BenchmarkBulletGlyphsCrowd(b *testing.B) {
	gs := make([]Glyph, maxGlyphs)
	for i := range gs {
		gs[i] = Glyph{S: "x", X: float64(i%20000) * 0.025, Y: 700, W: 0.02, Size: 10}
	}
	marks := make([]mark, maxMarks)
	for i := range marks {
		x := float64(i) * 5
		marks[i] = mark{x, 702, x + 4, 706}
	}
	for b.Loop() {
		bulletGlyphs(slices.Clone(gs), marks)
	}
}
