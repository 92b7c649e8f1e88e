package layout

import (
	"strings"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/indexer/pdf"
)

// page builds a page of glyphs line by line, the way a typesetter sets
// them: Times-Roman 10 pt, every character 5 pt wide, spaces 2.5 pt, a
// leading of 12 pt and no extra space between paragraphs or items — so
// only the lines' geometry and markers can tell the blocks apart.
type page struct {
	gs []pdf.Glyph
	y  float64
}

const (
	charW  = 5.0
	spaceW = 2.5
	left   = 72.0  // the column's left edge
	right  = 472.0 // and its right edge: a measure of 400 pt
)

func width(word string) float64 { return charW * float64(len([]rune(word))) }

// line sets words at x on the next line.
func (p *page) line(x float64, words []string) {
	for i, w := range words {
		if i > 0 {
			p.gs = append(p.gs, pdf.Glyph{S: " ", X: x, Y: p.y, W: spaceW, Font: "Times-Roman", Size: 10})
			x += spaceW
		}
		for _, r := range w {
			p.gs = append(p.gs, pdf.Glyph{S: string(r), X: x, Y: p.y, W: charW, Font: "Times-Roman", Size: 10})
			x += charW
		}
	}
	p.y -= 12
}

// wrap sets text from x (the first line from first) up to the right edge,
// breaking lines greedily: a word goes to the next line only when it does
// not fit.
func (p *page) wrap(first, x float64, text string) {
	var cur []string
	at, end := first, first
	for _, w := range strings.Fields(text) {
		if len(cur) > 0 && end+spaceW+width(w) > right {
			p.line(at, cur)
			cur, at, end = nil, x, x
		}
		if len(cur) > 0 {
			end += spaceW
		}
		cur = append(cur, w)
		end += width(w)
	}
	if len(cur) > 0 {
		p.line(at, cur)
	}
}

// item sets a list item: the marker at x, the text hanging at x+indent.
func (p *page) item(x, indent float64, marker, text string) {
	n := len(p.gs)
	p.wrap(x+indent, x+indent, text)
	if marker != "" {
		y := p.gs[n].Y
		for _, r := range marker {
			p.gs = append(p.gs, pdf.Glyph{S: string(r), X: x, Y: y, W: charW, Font: "Times-Roman", Size: 10})
			x += charW
		}
	}
}

func words(n int) string { return strings.TrimSpace(strings.Repeat("wordx ", n)) }

// TestListItems: list items become blocks of their own, whatever marks
// them, and are marked as items ("+ " below), while a paragraph whose wrapped lines happen to start with a dash
// or a number stays one block.
func TestListItems(t *testing.T) {
	// fourteen five-letter words fill a line; thirteen and an
	// eight-letter word fill it so that not even a dash fits after them.
	full := words(13) + " eightlet"
	for _, tc := range []struct {
		name string
		set  func(p *page)
		want []string
	}{{
		name: "bullets with hanging indent",
		set: func(p *page) {
			p.wrap(left, left, "The conference adopted the following texts:")
			p.item(left+12, 12, "•", "Declaration on shared waters and the protection of rivers across borders in the whole region of the basin")
			p.item(left+12, 12, "•", "Action plan 2025")
			p.item(left+12, 12, "•", "Joint statement of the riparian states on floods")
			p.wrap(left, left, "The meeting closed at noon.")
		},
		want: []string{
			"The conference adopted the following texts:",
			"+ • Declaration on shared waters and the protection of rivers across borders in the whole region of the basin",
			"+ • Action plan 2025",
			"+ • Joint statement of the riparian states on floods",
			"The meeting closed at noon.",
		},
	}, {
		name: "enumerated items filling their lines",
		set: func(p *page) {
			p.wrap(left, left, "Decisions:")
			p.item(left, 15, "1.", full)
			p.item(left, 15, "2.", full)
			p.item(left, 15, "3.", "Third item")
		},
		want: []string{"Decisions:", "+ 1. " + full, "+ 2. " + full, "+ 3. Third item"},
	}, {
		name: "lettered and Roman enumerators",
		set: func(p *page) {
			p.wrap(left, left, "Parties shall:")
			p.item(left+10, 25, "(a)", "report yearly")
			p.item(left+10, 25, "(b)", "share data on the flow of the river and on the quality of its water with every other party of the basin")
			p.item(left+10, 25, "(iv)", "meet twice a year")
		},
		want: []string{"Parties shall:", "+ (a) report yearly", "+ (b) share data on the flow of the river and on the quality of its water with every other party of the basin", "+ (iv) meet twice a year"},
	}, {
		name: "unmarked indented items (an HTML list printed without its bullets)",
		set: func(p *page) {
			p.wrap(left, left, full+" and the following proposals were adopted:")
			p.item(left+20, 0, "", "RFP-1: Collaborative monitoring of the upper river with sensors installed along its banks and tributaries")
			p.item(left+20, 0, "", "RFP-2: Maintain the website")
			p.item(left+20, 0, "", "RFP-3: Train the staff")
			p.wrap(left, left, "Minutes were taken by the secretary.")
		},
		want: []string{
			full + " and the following proposals were adopted:",
			"+ RFP-1: Collaborative monitoring of the upper river with sensors installed along its banks and tributaries",
			"+ RFP-2: Maintain the website",
			"+ RFP-3: Train the staff",
			"Minutes were taken by the secretary.",
		},
	}, {
		name: "a paragraph whose wrapped lines start with a dash and a number",
		set: func(p *page) {
			p.wrap(left, left, full+" – "+words(14)+" 2021. "+words(5))
			p.wrap(left, left, full)
		},
		want: []string{full + " – " + words(14) + " 2021. " + words(5) + " " + full},
	}, {
		name: "a short line at the left edge is no list",
		set: func(p *page) {
			p.wrap(left, left, full)
			p.line(left, []string{"A", "short", "line."})
			p.line(left, []string{"Then", "another", "one."})
			p.wrap(left, left, full)
		},
		want: []string{full + " A short line. Then another one. " + full},
	}, {
		name: "an indented item continued on a line that starts in lower case or after a hyphen",
		set: func(p *page) {
			p.wrap(left, left, "Present:")
			p.line(left+20, []string{"Anna", "Lind,", "Euro-"})
			p.line(left+20, []string{"Mediterranean", "Forum"})
			p.line(left+20, []string{"Ben", "Ode,"})
			p.line(left+20, []string{"community"})
		},
		want: []string{"Present:", "+ Anna Lind, Euro-Mediterranean Forum", "+ Ben Ode, community"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := &page{y: 760}
			p.wrap(left, left, words(30)) // the column's measure
			p.y -= 12
			tc.set(p)
			blocks := Analyze([]pdf.Page{{Number: 1, Glyphs: p.gs}}, Options{})
			var got []string
			for _, b := range blocks[1:] {
				if b.Item {
					got = append(got, "+ "+b.Text)
				} else {
					got = append(got, b.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestListMarker(t *testing.T) {
	for _, tc := range []struct{ word, kind string }{
		{"•", "•"}, {"◦", "◦"}, {"▪", "▪"}, {"‣", "‣"}, {"–", "–"}, {"-", "-"}, {"*", "*"}, {"\uf0b7", "\uf0b7"},
		{"1.", "1."}, {"12)", "1)"}, {"(3)", "(1)"}, {"a.", "a."}, {"b)", "a)"}, {"(c)", "(a)"},
		{"iv.", "i."}, {"(ii)", "(i)"}, {"A)", "A)"}, {"(B)", "(A)"},
		{"", ""}, {"word", ""}, {"2021.", ""}, {"A.", ""}, {"1.2", ""}, {"e.g.", ""}, {"••", ""}, {"(a", ""},
	} {
		if got := listMarker(tc.word); got != tc.kind {
			t.Errorf("listMarker(%q) = %q, want %q", tc.word, got, tc.kind)
		}
	}
}

// TestListItemAcrossPages: an item at the foot of a page that the next
// page's item follows stays apart, though it ends without punctuation; an
// item that goes on in lower case on the next page is joined.
func TestListItemAcrossPages(t *testing.T) {
	for _, tc := range []struct {
		name, next string
		want       []string
	}{
		{"the next item", "5) Defending free elections.", []string{"4) Advancing technology for democracy; and", "5) Defending free elections."}},
		{"the item's own continuation", "processes and free elections.", []string{"4) Advancing technology for democracy; and processes and free elections."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p1 := &page{y: 760}
			p1.wrap(left, left, words(30))
			p1.y -= 12
			p1.wrap(left, left, "Its themes were:")
			p1.item(left, 15, "3)", "Bolstering reformers;")
			p1.item(left, 15, "4)", "Advancing technology for democracy; and")
			p2 := &page{y: 760}
			first := strings.Fields(tc.next)[0]
			if listMarker(first) != "" {
				p2.item(left, 15, first, strings.TrimPrefix(tc.next, first+" "))
			} else {
				p2.wrap(left+15, left+15, tc.next)
			}
			p2.y -= 12
			p2.wrap(left, left, "The summit closed with a statement of the chair and thanks to the hosts of the meeting and to everyone who took part in it.")
			blocks := Analyze([]pdf.Page{{Number: 1, Glyphs: p1.gs}, {Number: 2, Glyphs: p2.gs}}, Options{})
			var got []string
			for _, b := range blocks {
				if strings.HasPrefix(b.Text, "4)") || strings.HasPrefix(b.Text, "5)") {
					got = append(got, b.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestListMarkersHostile: thousands of marker lines, each a little right
// of the one before (so none starts an item of an earlier one), cost time
// in proportion to the lines.
func TestListMarkersHostile(t *testing.T) {
	var gs []pdf.Glyph
	for r := 0; r < 20000; r++ {
		y := 800 - float64(r)*0.04
		x := 20 + float64(r%1000)*0.5
		gs = append(gs, pdf.Glyph{S: "•", X: x, Y: y, W: 0.05, Font: "Times-Roman", Size: 0.1},
			pdf.Glyph{S: " ", X: x + 0.05, Y: y, W: 0.025, Font: "Times-Roman", Size: 0.1},
			pdf.Glyph{S: "a", X: x + 0.075, Y: y, W: 500, Font: "Times-Roman", Size: 0.1})
	}
	within(t, 30*time.Second, func() { Analyze([]pdf.Page{{Number: 1, Glyphs: gs}}, Options{}) })
}
