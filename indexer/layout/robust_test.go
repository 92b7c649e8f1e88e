package layout

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/pdf"
)

// bodyLine is a one-line block of body text on page, at baseline y.
func bodyLine(page int, y float64, text string) *blk {
	var ws []*word
	x := 50.0
	for _, t := range strings.Fields(text) {
		w := &word{g: []glyph{{s: t, x: x, y: y, w: 5 * float64(len(t)), size: 10, fam: "serif"}}, x0: x, x1: x + 5*float64(len(t)), y: y, size: 10}
		ws = append(ws, w)
		x = w.x1 + 3
	}
	l := styleLine(newLine(ws), page, "")
	return &blk{lines: []*pline{l}, fam: l.fam, size: l.size, x0: l.x0, x1: l.x1, kind: doc.Paragraph}
}

// within runs fn and fails the test if it has not returned after d: the
// regressions these tests guard against are endless loops.
func within(t *testing.T, d time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still running after %v", d)
	}
}

// TestJoinBrokenTerminates: a paragraph in many pieces, each on its own
// page and unfinished (as LibreOffice's output met it): once more than
// six pieces had been joined, the scan landed on a joined block and
// appended it again, without end.
func TestJoinBrokenTerminates(t *testing.T) {
	for _, tc := range []struct{ pieces, captionEvery int }{
		{2, 0}, {7, 0}, {8, 0}, {30, 0}, {500, 0}, // the loop of issue 10: 8 pieces or more
		{8, 3}, {30, 3}, {500, 2},
	} {
		pieces := tc.pieces
		var blocks []*blk
		for p := 1; p <= pieces; p++ {
			text := "piece of text without an end"
			if p == pieces {
				text = "last piece of the paragraph."
			}
			blocks = append(blocks, bodyLine(p, 700, text))
			if tc.captionEvery > 0 && p%tc.captionEvery == 0 { // an interrupting caption now and then
				c := bodyLine(p, 100, "a caption")
				c.kind = doc.Caption
				blocks = append(blocks, c)
			}
		}
		within(t, 10*time.Second, func() {
			joinBroken(blocks, style{"serif", 10})
		})
		joined := 0
		for _, b := range blocks {
			if b.joined {
				joined++
			}
		}
		if joined != pieces-1 {
			t.Errorf("%d pieces: %d joined, want %d", pieces, joined, pieces-1)
		}
		if n := len(blocks[0].all()); n != pieces {
			t.Errorf("%d pieces: the paragraph has %d lines", pieces, n)
		}
	}
}

// TestAnalyzeHostileNumbers: glyphs whose numbers make no sense (NaN,
// infinities, coordinates far outside any page, absurd sizes) cost nothing
// but themselves: no panic, no huge allocation, bounded time, and the sane
// glyphs of the page are still read.
func TestAnalyzeHostileNumbers(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	sane := func(x, y float64, s string) pdf.Glyph {
		return pdf.Glyph{S: s, X: x, Y: y, W: 6, Font: "Times-Roman", Size: 10}
	}
	gs := []pdf.Glyph{
		{S: "a", X: nan, Y: 700, Size: 10},
		{S: "b", X: 50, Y: inf, Size: 10},
		{S: "c", X: -inf, Y: 600, Size: 10},
		{S: "d", X: 1e300, Y: 600, Size: 10},
		{S: "e", X: 60, Y: -1e18, Size: 10},
		{S: "f", X: 60, Y: 500, Size: nan},
		{S: "g", X: 60, Y: 500, Size: 1e200},
		{S: "h", X: 60, Y: 500, Size: 1e-300},
		{S: "i", X: 60, Y: 500, Size: 10, W: inf},
		{S: "j", X: 60, Y: 500, Size: 10, W: nan},
		{S: "k", X: 9e4, Y: 500, Size: 10},
		{S: "l", X: -9e4, Y: 500, Size: 10},
	}
	// Many rows, so that the column-gutter search (blockers) runs over
	// the whole width the page's words span.
	for r := 0; r < 40; r++ {
		gs = append(gs, sane(50, 650-12*float64(r), "x"), sane(500, 650-12*float64(r), "y"))
	}
	var pages []pdf.Page
	for p, text := range []string{"Readable words", "Other words", "More words"} {
		var pg []pdf.Glyph
		for i, s := range text {
			pg = append(pg, sane(50+6*float64(i), 700, string(s)))
		}
		pages = append(pages, pdf.Page{Number: p + 1, Glyphs: append(pg, gs...)})
	}
	var blocks []doc.Block
	within(t, 20*time.Second, func() { blocks = Analyze(pages, Options{}) })
	var text strings.Builder
	for _, b := range blocks {
		text.WriteString(b.Text + " ")
	}
	if !strings.Contains(text.String(), "Readable words") {
		t.Errorf("sane text lost: %q", text.String())
	}
}

// TestAnalyzeContext: an ended context stops the analysis with its error.
func TestAnalyzeContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	pages := []pdf.Page{{Number: 1, Glyphs: []pdf.Glyph{{S: "a", X: 1, Y: 1, Size: 10}}}}
	if _, err := AnalyzeContext(ctx, pages, Options{}); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestVocabularySkipsFragments: the first word of a line after a line-end
// hyphen is no word of the document ("atic" of "system-" "atic"), so the
// hyphen goes.
func TestVocabularySkipsFragments(t *testing.T) {
	b := bodyLine(1, 700, "a careful system-")
	b.extra = []*pline{bodyLine(1, 688, "atic review of the system and the way it works").lines[0]}
	filler := bodyLine(1, 600, "other words such as traffic- king and place- ment run")
	v := documentVocabulary([]*blk{b, filler})
	if v.words["atic"] {
		t.Errorf("fragment 'atic' is in the vocabulary")
	}
	if keep, join := lineEndHyphen("system-", "atic", vocabulary{words: v.words, hyphenated: v.hyphenated, autoHyphen: true}); keep || !join {
		t.Errorf("system- atic: keep %v join %v, want the hyphen dropped", keep, join)
	}
}

// TestSuperscripts: a footnote marker raised above its line in a smaller
// size neither breaks its paragraph nor stays in the text; an ordinal's
// raised letters stay, joined to their number.
func TestSuperscripts(t *testing.T) {
	var gs []pdf.Glyph
	line := func(y float64, words ...string) float64 {
		x := 50.0
		for i, w := range words {
			if i > 0 {
				gs = append(gs, pdf.Glyph{S: " ", X: x, Y: y, W: 2.5, Font: "Times-Roman", Size: 10})
				x += 2.5
			}
			for _, r := range w {
				gs = append(gs, pdf.Glyph{S: string(r), X: x, Y: y, W: 5, Font: "Times-Roman", Size: 10})
				x += 5
			}
		}
		return x
	}
	sup := func(x, y float64, s string) {
		for _, r := range s {
			gs = append(gs, pdf.Glyph{S: string(r), X: x, Y: y + 3.5, W: 3, Font: "Times-Roman", Size: 6})
			x += 3
		}
	}
	line(700, "The", "first", "sentence", "of", "the", "paragraph", "ends.")
	end := line(688, "A", "second", "one", "has", "a", "note.")
	sup(end, 688, "12")
	end = line(676, "It", "met", "on", "the", "24")
	sup(end, 676, "th")
	line(664, "of", "May", "and", "closed", "the", "paragraph.")
	blocks := Analyze([]pdf.Page{{Number: 1, Glyphs: gs}}, Options{})
	if len(blocks) != 1 {
		for _, b := range blocks {
			t.Logf("%s %q", b.Kind, b.Text)
		}
		t.Fatalf("%d blocks, want the paragraph as one", len(blocks))
	}
	want := "The first sentence of the paragraph ends. A second one has a note. It met on the 24th of May and closed the paragraph."
	if blocks[0].Text != want {
		t.Errorf("text %q, want %q", blocks[0].Text, want)
	}
}

// TestAnalyzeWideWords: many rows of words as wide as the page (a hostile
// or broken file's widths) cost time in proportion to the words, not to
// the words times the page's width.
func TestAnalyzeWideWords(t *testing.T) {
	var gs []pdf.Glyph
	for r := 0; r < 20000; r++ {
		y := 800 - float64(r)*0.04
		gs = append(gs, pdf.Glyph{S: "w", X: 20, Y: y, W: 560, Font: "Times-Roman", Size: 0.1})
		gs = append(gs, pdf.Glyph{S: "x", X: 20, Y: y, W: 1, Font: "Times-Roman", Size: 0.1}, pdf.Glyph{S: "y", X: 580, Y: y, W: 1, Font: "Times-Roman", Size: 0.1})
	}
	start := time.Now()
	within(t, 30*time.Second, func() { Analyze([]pdf.Page{{Number: 1, Glyphs: gs}}, Options{}) })
	t.Logf("%d glyphs in %v", len(gs), time.Since(start))
}
