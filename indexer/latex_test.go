package indexer

import (
	"context"
	"strings"
	"testing"
)

// TestLaTeXArticle: a LaTeX article (testdata/latex, made by its make.sh
// from article.py) in the shapes of LaTeX reports: pdfTeX's Type 1 fonts
// with no ToUnicode maps, a bitmap Type 3 font for the \thanks mark,
// two-sided running heads naming the section beside the page number,
// paragraphs set with a first-line indent and no space, TeX's quotation
// marks and dashes, a subscript, footnotes. Its words come in order (the
// footnotes apart: their place depends on the page breaks), its
// paragraphs as one block each (two cross a page), and no running head is
// left in the text.
func TestLaTeXArticle(t *testing.T) {
	const dir = "../testdata/latex/"
	f := measure(t, dir+"article.pdf", dir+"reference.txt", "\x00")
	t.Logf("latex article: words in order %.4f, paragraphs %.4f", f.words, f.paragraphs)
	if f.words < 0.99 {
		t.Errorf("words in order = %.4f, want ≥ 0.99", f.words)
	}
	if f.paragraphs < 0.95 {
		for _, m := range f.missed {
			t.Logf("paragraph not one block: %.100s", m)
		}
		t.Errorf("paragraphs = %.4f, want ≥ 0.95", f.paragraphs)
	}
	d, err := ExtractPDF(context.Background(), dir+"article.pdf")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	crossing := 0
	for _, b := range d.Blocks {
		all.WriteString(b.Text + "\n")
		for _, head := range []string{"OPENING", "RESTORATION OF DRAINED PEATLAND", "COMPENSATION OF LANDOWNERS", "MONITORING", "CONCLUSIONS"} {
			if strings.Contains(b.Text, head) {
				t.Errorf("running head in a block: %q", b.Text)
			}
		}
		if b.Size > 30 {
			t.Errorf("block set at %.0f pt (a Type 3 font's size misread): %q", b.Size, b.Text)
		}
		if b.PageEnd > b.Page {
			crossing++
		}
	}
	for _, want := range []string{"Upland Soils Survey, second edition.", "Programme for Upland Climate Action, 2021 to 2027.", "emissions of CO2 from", "\u201cnobody then counted the carbon\u201d", "speakers\u2014among them", "farmers\u2019 association", "financed after"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if crossing == 0 {
		t.Errorf("no paragraph crosses a page: the fixture tests less than it should")
	}
}
