package layout

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/pdf"
)

// typeset lays out glyphs the way the typesetters of the producer matrix
// (testdata/producers) do, with widths of half the font size.
type typeset struct{ gs []pdf.Glyph }

// line sets words from x on baseline y and returns where the line ends.
func (t *typeset) line(x, y, size float64, font string, text string) float64 {
	for i, w := range strings.Fields(text) {
		if i > 0 {
			t.gs = append(t.gs, pdf.Glyph{S: " ", X: x, Y: y, W: 0.25 * size, Font: font, Size: size})
			x += 0.25 * size
		}
		for _, r := range w {
			t.gs = append(t.gs, pdf.Glyph{S: string(r), X: x, Y: y, W: 0.5 * size, Font: font, Size: size})
			x += 0.5 * size
		}
	}
	return x
}

func (t *typeset) blocks() []doc.Block {
	return Analyze([]pdf.Page{{Number: 1, Width: 595, Height: 842, Glyphs: t.gs}}, Options{})
}

func logBlocks(t *testing.T, bs []doc.Block) {
	t.Helper()
	for _, b := range bs {
		t.Logf("%s %.1f %q", b.Kind, b.Size, b.Text)
	}
}

// TestIndentedParagraphs: paragraphs set as TeX sets them, with no space
// between them and the first line indented by 1.5 em, are blocks of their
// own, even when a paragraph's last line is long enough that the next
// one's first word would not have fitted after it; a sentence ending at a
// line's end with the next line at the left edge stays in its paragraph.
func TestIndentedParagraphs(t *testing.T) {
	const font, size, lead = "CMR10", 10.0, 12.0
	lines := []struct {
		indent float64
		text   string
	}{
		{0, "The first paragraph of the report ends a sentence here."},
		{0, "Its second line goes on to the right edge of the column"},
		{0, "and its last line is nearly as long as the others are."},
		{15, "Notwithstanding that, another paragraph follows it."},
		{0, "This one has no space before it and goes on to the end"},
		{0, "of its own line, then it stops short at its last word."},
		{15, "Nevertheless a third one closes the section of text."},
	}
	var ts typeset
	for i, l := range lines {
		ts.line(72+l.indent, 700-float64(i)*lead, size, font, l.text)
	}
	bs := ts.blocks()
	want := []string{
		lines[0].text + " " + lines[1].text + " " + lines[2].text,
		lines[3].text + " " + lines[4].text + " " + lines[5].text,
		lines[6].text,
	}
	if len(bs) != len(want) {
		logBlocks(t, bs)
		t.Fatalf("%d blocks, want %d paragraphs", len(bs), len(want))
	}
	for i := range want {
		if bs[i].Text != want[i] {
			t.Errorf("block %d = %q, want %q", i, bs[i].Text, want[i])
		}
	}
}

// TestIndentedParagraphsNot: a line indented by less than most of an em,
// or starting in lower case, goes on the paragraph.
func TestIndentedParagraphsNot(t *testing.T) {
	const font, size, lead = "CMR10", 10.0, 12.0
	for _, tc := range []struct {
		name, prev, next string
		indent           float64
	}{
		{"small indent", "The line before ends a sentence.", "Then a line set in by a little.", 4},
		{"lower case", "The line before ends a sentence.", "and a line in lower case.", 15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ts typeset
			ts.line(72, 700, size, font, sentence("lead", 0, 10))
			ts.line(72, 700-lead, size, font, tc.prev)
			ts.line(72+tc.indent, 700-2*lead, size, font, tc.next)
			ts.line(72, 700-3*lead, size, font, sentence("tail", 0, 10)+".")
			bs := ts.blocks()
			if len(bs) != 1 {
				logBlocks(t, bs)
				t.Errorf("%d blocks, want 1", len(bs))
			}
		})
	}
}

// TestSuperscriptNearSize: WeasyPrint sets a footnote marker (<sup>) only
// a step smaller than the text, raised by half its size, and pushes the
// line holding it down by part of the rise. The marker leaves the text and
// the paragraph stays one block; a paragraph ending on the line before
// still ends there.
func TestSuperscriptNearSize(t *testing.T) {
	const font, size, lead = "Liberation-Serif", 12.5, 18.75
	var ts typeset
	y := 700.0
	ts.line(72, y, size, font, "Her team has developed a course for volunteers and a protocol for")
	y -= lead
	ts.line(72, y, size, font, "the transport of samples, and she offered to extend both to every")
	y -= lead + 3.1 // the line box grown by the marker
	end := ts.line(72, y, size, font, "municipality of the basin free of charge.")
	ts.gs = append(ts.gs, pdf.Glyph{S: "1", X: end, Y: y + 6, W: 6, Font: font, Size: 12})
	ts.line(end+6+3, y, size, font, "Haddad also presented a comparison")
	y -= lead
	ts.line(72, y, size, font, "of satellite observations with boats.")
	// Another paragraph (spacing 8 points) whose first line holds a marker.
	y -= lead + 8 + 3.1
	end = ts.line(72, y, size, font, "The Chair summarised the survey.")
	ts.gs = append(ts.gs, pdf.Glyph{S: "2", X: end, Y: y + 6, W: 6, Font: font, Size: 12})
	ts.line(end+6+3, y, size, font, "Concentrations of nitrates had fallen again")
	y -= lead
	ts.line(72, y, size, font, "in the upper basin.")
	bs := ts.blocks()
	if len(bs) != 2 {
		logBlocks(t, bs)
		t.Fatalf("%d blocks, want 2 paragraphs", len(bs))
	}
	want := "Her team has developed a course for volunteers and a protocol for the transport of samples, and she offered to extend both to every municipality of the basin free of charge. Haddad also presented a comparison of satellite observations with boats."
	if bs[0].Text != want {
		t.Errorf("first paragraph %q, want %q", bs[0].Text, want)
	}
	if want := "The Chair summarised the survey. Concentrations of nitrates had fallen again in the upper basin."; bs[1].Text != want {
		t.Errorf("second paragraph %q, want %q", bs[1].Text, want)
	}
}

// TestUnicodeHyphenBreaks: a typesetter that hyphenates with U+2010
// (WeasyPrint) has its line-end breaks joined as one with '-'.
func TestUnicodeHyphenBreaks(t *testing.T) {
	const font, size, lead = "Liberation-Serif", 12, 16
	var ts typeset
	lines := []string{
		"The cooperatives and the common pro\u2010",
		"gramme of the basin: cooper\u2010",
		"atives pay for a com\u2010",
		"mon programme of the river.",
	}
	for i, l := range lines {
		ts.line(72, 700-float64(i)*lead, size, font, l)
	}
	bs := ts.blocks()
	if len(bs) != 1 {
		logBlocks(t, bs)
		t.Fatalf("%d blocks, want 1", len(bs))
	}
	if want := "The cooperatives and the common programme of the basin: cooperatives pay for a common programme of the river."; bs[0].Text != want {
		t.Errorf("text %q, want %q", bs[0].Text, want)
	}
}

// TestStraySuperscriptTwoColumns: in two columns whose baselines differ,
// a footnote marker of the left column may fall within a row's tolerance
// of a line of the right column. It still joins its own line (and leaves
// the text) instead of standing alone.
func TestStraySuperscriptTwoColumns(t *testing.T) {
	const font, size, lead = "CMR10", 10.0, 12.0
	var ts typeset
	left := []string{
		"The Chair then summarised the findings",
		"of the annual water quality survey.",
		"Concentrations of nitrates had fallen in",
		"the upper basin for the second year and",
		"they had risen again below the district.",
	}
	right := []string{
		"Moderating the panel, Tomas Reyes of the",
		"regional institute asked the speakers how",
		"a common programme could be financed",
		"without taking resources away from the",
		"maintenance of existing infrastructure.",
	}
	for i, l := range left {
		y := 700 - float64(i)*lead
		end := ts.line(72, y, size, font, l)
		if i == 1 {
			// The marker, raised 3.6 points, is 0.8 below the right
			// column's baseline at 704.4 - 12.
			ts.gs = append(ts.gs, pdf.Glyph{S: "1", X: end, Y: y + 3.6, W: 4, Font: "CMR7", Size: 7})
		}
	}
	for i, l := range right {
		ts.line(310, 704.4-float64(i)*lead, size, font, l)
	}
	bs := ts.blocks()
	for _, b := range bs {
		if strings.TrimSpace(b.Text) == "1" {
			logBlocks(t, bs)
			t.Fatalf("the marker stands alone")
		}
	}
	if len(bs) == 0 || !strings.Contains(bs[0].Text, "quality survey. Concentrations") {
		logBlocks(t, bs)
		t.Errorf("left column %q, want the marker out of its text", bs[0].Text)
	}
}

// TestPullQuoteAcrossColumns: a pull quote set larger and in italics than
// the body, cut mid-sentence at the foot of a column, joins its
// continuation in the same style at the top of the next, across the
// footnote between them; a quote that ends its sentence does not join the
// next block in its style.
func TestPullQuoteAcrossColumns(t *testing.T) {
	const body, bodySize, quote, quoteSize = "CMR10", 10.0, "CMTI12", 12.0
	var ts typeset
	y := 700.0
	for i := 0; i < 12; i++ {
		ts.line(72, y, bodySize, body, sentence("lf", i*5, 5))
		y -= 12
	}
	ts.line(72, y, bodySize, body, "end of the text.")
	y -= 24
	ts.line(84, y, quoteSize, quote, "\u201cA river does not stop,")
	ts.line(84, y-15, quoteSize, quote, "and neither should our")
	ts.line(72, 100, 8, "CMR8", "Basin Secretariat survey, 2025.")
	y = 700.0
	ts.line(332, y, quoteSize, quote, "duty. We measure it.\u201d")
	y -= 30
	for i := 0; i < 12; i++ {
		ts.line(320, y, bodySize, body, sentence("rg", i*5, 5))
		y -= 12
	}
	ts.line(320, y, bodySize, body, "end of the column.")
	bs := ts.blocks()
	want := "\u201cA river does not stop, and neither should our duty. We measure it.\u201d"
	found := false
	for _, b := range bs {
		if b.Text == want {
			found = true
		}
	}
	if !found {
		logBlocks(t, bs)
		t.Errorf("no block %q", want)
	}
}

// TestSubscripts: a subscript (TeX's CO$_2$: a smaller glyph just below
// the line, right after a letter) joins its word as text; a small line
// well below is no subscript.
func TestSubscripts(t *testing.T) {
	const font, size, lead = "CMR10", 10.0, 12.0
	var ts typeset
	end := ts.line(72, 700, size, font, "emissions of CO")
	ts.gs = append(ts.gs, pdf.Glyph{S: "2", X: end, Y: 700 - 1.5, W: 4, Font: "CMR7", Size: 7})
	ts.line(end+4+2.5, 700, size, font, "from drained soils reach a high")
	end = ts.line(72, 700-lead, size, font, "level, and the H")
	ts.gs = append(ts.gs, pdf.Glyph{S: "2", X: end, Y: 700 - lead - 1.5, W: 4, Font: "CMR7", Size: 7})
	ts.line(end+4, 700-lead, size, font, "O table falls.")
	bs := ts.blocks()
	if len(bs) != 1 {
		logBlocks(t, bs)
		t.Fatalf("%d blocks, want 1", len(bs))
	}
	if want := "emissions of CO2 from drained soils reach a high level, and the H2O table falls."; bs[0].Text != want {
		t.Errorf("text %q, want %q", bs[0].Text, want)
	}
}

// TestFootnoteMarkAfterYear: a footnote marker after a sentence ending in
// a number ("in 2027.²") leaves the text: the glyph it follows is the
// period, not the digit before it (an exponent's base).
func TestFootnoteMarkAfterYear(t *testing.T) {
	const font, size, lead = "CMR10", 10.0, 12.0
	var ts typeset
	ts.line(72, 700, size, font, "Several participants asked how it would be financed after")
	end := ts.line(72, 700-lead, size, font, "the programme ends in 2027")
	// TeX's period is narrower than the 0.3 em a marker may stand after
	// a glyph's end: the marker is near the ends of both "7" and ".".
	ts.gs = append(ts.gs, pdf.Glyph{S: ".", X: end, Y: 700 - lead, W: 2.77, Font: font, Size: size},
		pdf.Glyph{S: "2", X: end + 2.77, Y: 700 - lead + 3.6, W: 4, Font: "CMR7", Size: 7})
	end += 2.77
	ts.line(end+4+3, 700-lead, size, font, "The ministry replied.")
	bs := ts.blocks()
	if len(bs) != 1 {
		logBlocks(t, bs)
		t.Fatalf("%d blocks, want 1", len(bs))
	}
	if want := "Several participants asked how it would be financed after the programme ends in 2027. The ministry replied."; bs[0].Text != want {
		t.Errorf("text %q, want %q", bs[0].Text, want)
	}
}

// TestSmallPageFurniture: on an A5 page TeX sets the page number 93
// points from the foot (more than the 15 % band of the page height):
// still a margin row, it leaves the paragraph it would cut.
func TestSmallPageFurniture(t *testing.T) {
	const font, size, lead = "CMR10", 10.0, 12.0
	var pages []pdf.Page
	for p := 1; p <= 2; p++ {
		var ts typeset
		y := 480.0
		if p == 1 {
			ts.line(60, y, size, font, "The province now wished to reverse the damage done to")
			y -= lead
			ts.line(60, y, size, font, "the upland bogs in the last century without ruining")
			ts.line(140, 93, size, font, "1")
		} else {
			ts.line(60, y, size, font, "the farms that depend on the land.")
			ts.line(140, 93, size, font, "2")
		}
		pages = append(pages, pdf.Page{Number: p, Width: 420, Height: 595, Glyphs: ts.gs})
	}
	bs := Analyze(pages, Options{})
	if len(bs) != 1 {
		logBlocks(t, bs)
		t.Fatalf("%d blocks, want 1", len(bs))
	}
	if want := "The province now wished to reverse the damage done to the upland bogs in the last century without ruining the farms that depend on the land."; bs[0].Text != want {
		t.Errorf("text %q, want %q", bs[0].Text, want)
	}
}

// TestDatelineAboveNote: a centred line without a stop (a dateline) above
// an italic note stays a block of its own: the paragraph after the note
// opens with a capital and the dateline's line is short, so it is no
// paragraph broken by the note. A body line cut mid-sentence at the
// column's width still joins its continuation in lower case across the
// note.
func TestDatelineAboveNote(t *testing.T) {
	const body, italic, size, lead = "Times-Roman", "Times-Italic", 10.0, 12.0
	var ts typeset
	y := 760.0
	for i := 0; i < 6; i++ {
		ts.line(72, y, size, body, sentence("bd", i*9, 9))
		y -= lead
	}
	ts.line(72, y, size, body, "end of the introduction.")
	y -= 2 * lead
	ts.line(130, y, size, body, "Valdoria, Thursday 6 March, 11:00") // centred over the text
	y -= 2 * lead
	ts.line(90, y, size, italic, "The following is an edited transcript of the briefing.")
	y -= 2 * lead
	ts.line(72, y, size, body, "SPOKESPERSON JANE ROE: Good morning, everyone. I have two")
	ts.line(72, y-lead, size, body, "announcements before I take your questions today.")
	y -= 3 * lead
	ts.line(72, y, size, body, "The delegates then went on to discuss the terms of the")
	y -= 2 * lead
	ts.line(90, y, size, italic, "A note set in italics between the two halves.")
	y -= 2 * lead
	ts.line(72, y, size, body, "agreement, which runs to the end of the decade.")
	bs := ts.blocks()
	var texts []string
	for _, b := range bs {
		texts = append(texts, b.Text)
	}
	for _, want := range []string{
		"Valdoria, Thursday 6 March, 11:00",
		"SPOKESPERSON JANE ROE: Good morning, everyone. I have two announcements before I take your questions today.",
		"The delegates then went on to discuss the terms of the agreement, which runs to the end of the decade.",
	} {
		found := false
		for _, tx := range texts {
			found = found || tx == want
		}
		if !found {
			logBlocks(t, bs)
			t.Errorf("no block %q", want)
		}
	}
}

// TestItalicItemLead: a list item whose lead (the speaker's name and
// organisation) is set in italics and goes on in roman on its next line
// is one paragraph, no quotation, and the roman line does not join the
// paragraph before the item.
func TestItalicItemLead(t *testing.T) {
	const body, italic, size, lead = "Times-Roman", "Times-Italic", 10.0, 12.0
	var ts typeset
	y := 760.0
	for i := 0; i < 4; i++ {
		ts.line(72, y, size, body, sentence("bd", i*9, 9))
		y -= lead
	}
	ts.line(72, y, size, body, "against another summer of plywood, she said.")
	y -= lead
	x := ts.line(72, y, size, italic, "• Devindra Rampersaud, Port Ellery Cyclists’ Union.")
	ts.line(x+2.5, y, size, body, "Mr Rampersaud")
	ts.line(72, y-lead, size, body, "said two cyclists had been seriously injured since January.")
	bs := ts.blocks()
	want := "• Devindra Rampersaud, Port Ellery Cyclists’ Union. Mr Rampersaud said two cyclists had been seriously injured since January."
	found := false
	for _, b := range bs {
		found = found || b.Text == want && b.Kind != doc.Quote
		if strings.HasSuffix(b.Text, "she said. said two cyclists had been seriously injured since January.") {
			t.Errorf("the item's continuation joined the paragraph before it: %q", b.Text)
		}
	}
	if !found {
		logBlocks(t, bs)
		t.Errorf("no paragraph %q", want)
	}
}
