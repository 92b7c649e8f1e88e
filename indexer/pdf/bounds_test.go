package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
)

// manyPages returns a document of n pages that all draw one content stream.
func manyPages(n int, content string) []byte {
	kids := make([]string, n)
	objs := []string{"<</Type/Catalog/Pages 2 0 R>>", "", helvetica, "<<%STREAM%" + content}
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 5+i)
		objs = append(objs, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 800]/Resources<</Font<</F1 3 0 R>>>>/Contents 4 0 R>>")
	}
	objs[1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Join(kids, " "), n)
	return buildPDF(objs...)
}

// TestGlyphBudget: the glyphs kept over a document's pages stop at the
// budget (give or take one chunk per page read at once), the page on which
// it runs out is marked Truncated, and the pages after keep nothing.
func TestGlyphBudget(t *testing.T) {
	line := "BT /F1 10 Tf 20 700 Td (" + strings.Repeat("abcdefghij", 30) + ") Tj ET\n"
	data := manyPages(5, strings.Repeat(line, 10)) // 3,000 glyphs a page
	f, err := OpenBytes(context.Background(), "budget.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	f.SetGlyphBudget(4500)
	total := 0
	var truncated []int
	for i := 1; i <= 5; i++ {
		p, err := f.Page(i)
		if err != nil {
			t.Fatal(err)
		}
		total += len(p.Glyphs)
		if p.Truncated {
			truncated = append(truncated, i)
		}
	}
	if total < 4500-budgetChunk || total > 4500 {
		t.Errorf("kept %d glyphs over the pages, want about 4500", total)
	}
	if fmt.Sprint(truncated) != "[2 3 4 5]" {
		t.Errorf("truncated pages %v, want [2 3 4 5]", truncated)
	}
	if !f.GlyphBudgetSpent() {
		t.Errorf("budget not spent")
	}
}

// TestHostileNumbers: matrices, font sizes and positions that are not
// numbers, infinite (after multiplication) or far off the page cost their
// glyphs only; no glyph leaves the page's bounds.
func TestHostileNumbers(t *testing.T) {
	big := "100000000000000000000" // 1e20: PDF numbers have no exponent
	content := strings.Join([]string{
		"BT /F1 10 Tf 50 700 Td (kept) Tj ET",
		"q " + strings.Repeat(big+" 0 0 "+big+" 0 0 cm ", 20) + "BT /F1 10 Tf 1 1 Td (overflow) Tj ET Q",
		"BT /F1 " + big + " Tf 50 600 Td (huge) Tj ET",
		"BT /F1 10 Tf " + big + " 600 Td (far) Tj ET",
		"BT /F1 10 Tf -99999 -99999 Td (negative) Tj ET",
		"BT /F1 0 Tf 50 500 Td (zero) Tj ET",
		"q 0 0 0 0 0 0 cm BT /F1 10 Tf 50 400 Td (flat) Tj ET Q",
		"BT /F1 10 Tf 50 300 Td (after) Tj ET",
	}, "\n")
	f, err := OpenBytes(context.Background(), "hostile.pdf", onePage("/Font<</F1 "+helvetica+">>", content))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Page(1)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, g := range p.Glyphs {
		text.WriteString(g.S)
		for _, v := range []float64{g.X, g.Y, g.Size, g.W} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("glyph %q carries %v", g.S, v)
			}
		}
		if g.X < -600 || g.X > 1200 || g.Y < -800 || g.Y > 1600 || math.Abs(g.Size) > 800 {
			t.Errorf("glyph %q at (%v, %v) size %v: off the page's bounds", g.S, g.X, g.Y, g.Size)
		}
	}
	if got := text.String(); got != "keptafter" {
		t.Errorf("text = %q, want keptafter", got)
	}
	if p.OffPage == 0 {
		t.Errorf("OffPage = 0")
	}
}

// TestStandard14Widths: the standard 14 fonts come without widths; the
// reader knows them (Adobe's metrics), accented letters of Windows-1252
// included, and for the fonts with the same metrics (Arial, Times New
// Roman).
func TestStandard14Widths(t *testing.T) {
	tests := []struct {
		font, text string
		want       []float64 // advance per glyph at 10 points
	}{
		{"Helvetica", "A i", []float64{6.67, 2.78, 2.22}},
		{"Helvetica-Bold", "Am", []float64{7.22, 8.89}},
		{"Times-Italic", "W\xe9", []float64{8.33, 4.44}}, // é in WinAnsi
		{"Courier-BoldOblique", "iW", []float64{6, 6}},
		{"Arial,Bold", "A", []float64{7.22}},
		{"DejaVuSans", "A", []float64{0}}, // not a standard font: unknown
	}
	for _, tc := range tests {
		font := "<</Type/Font/Subtype/Type1/BaseFont/" + tc.font + "/Encoding/WinAnsiEncoding>>"
		f, err := OpenBytes(context.Background(), "std14.pdf", onePage("/Font<</F1 "+font+">>", "BT /F1 10 Tf 20 700 Td ("+tc.text+") Tj ET"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := f.Page(1)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Glyphs) != len(tc.want) {
			t.Fatalf("%s %q: %d glyphs, want %d", tc.font, tc.text, len(p.Glyphs), len(tc.want))
		}
		for i, g := range p.Glyphs {
			if math.Abs(g.W-tc.want[i]) > 0.01 {
				t.Errorf("%s %q: width %v, want %v", tc.font, g.S, g.W, tc.want[i])
			}
		}
	}
}

// TestStreamBomb: a content stream that inflates beyond maxStreamSize is
// cut there with a warning naming the page; the text before the cut is
// read.
func TestStreamBomb(t *testing.T) {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	zw.Write([]byte("BT /F1 10 Tf 20 700 Td (before) Tj ET\n"))
	filler := bytes.Repeat([]byte("0 0 m S\n"), 1<<16)
	for n := 0; n <= maxStreamSize; n += len(filler) {
		zw.Write(filler)
	}
	zw.Write([]byte("BT /F1 10 Tf 20 600 Td (after) Tj ET\n"))
	zw.Close()
	data := onePage("/Font<</F1 "+helvetica+">>", "")
	// Put the compressed stream in place of the empty content stream.
	i := bytes.LastIndex(data, []byte("<</Length 0>>\nstream\n\nendstream"))
	if i < 0 {
		t.Fatal("fixture layout changed")
	}
	stream := fmt.Sprintf("<</Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream", z.Len(), z.Bytes())
	data = append(append(append([]byte(nil), data[:i]...), stream...), data[i+len("<</Length 0>>\nstream\n\nendstream"):]...)
	f, err := OpenBytes(context.Background(), "bomb.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Page(1)
	if err == nil || !strings.Contains(err.Error(), "bomb.pdf page 1") || !strings.Contains(err.Error(), "MiB") {
		t.Errorf("error %v, want the page named and the cut told", err)
	}
	var text strings.Builder
	for _, g := range p.Glyphs {
		text.WriteString(g.S)
	}
	if text.String() != "before" {
		t.Errorf("text %q, want before", text.String())
	}
}

// TestBaseEncoding: with an encoding dictionary, the codes its Differences
// leave are read in its BaseEncoding (curly quotes and dashes of WinAnsi at
// 0x93, 0x94, 0x96), those it names by their glyph names.
func TestBaseEncoding(t *testing.T) {
	font := "<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding<</Type/Encoding/BaseEncoding/WinAnsiEncoding/Differences[65/Eacute 66/fi]>>>>"
	f, err := OpenBytes(context.Background(), "enc.pdf", onePage("/Font<</F1 "+font+">>", "BT /F1 10 Tf 20 700 Td (\\223AB\\224 \\226 x) Tj ET"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Page(1)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, g := range p.Glyphs {
		text.WriteString(g.S)
	}
	if got, want := text.String(), "\u201cÉ\ufb01\u201d \u2013 x"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

// TestReconstructObjectStreams: a document whose page and font live in a
// compressed object stream, with its cross-reference table lost, is
// rebuilt with them (the scan alone finds only plain objects) and read.
func TestReconstructObjectStreams(t *testing.T) {
	page := "<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 800]/Resources<</Font<</F1 4 0 R>>>>/Contents 6 0 R>>"
	font := helvetica
	header := fmt.Sprintf("3 0 4 %d ", len(page)+1)
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(header + page + " " + font))
	zw.Close()
	objStm := fmt.Sprintf("<</Type/ObjStm/N 2/First %d/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream", len(header), z.Len(), z.Bytes())
	data := buildPDF(
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"null", "null", // 3 and 4 live in the object stream
		objStm,
		"<<%STREAM%BT /F1 12 Tf 50 700 Td (packed away) Tj ET",
	)
	// Lose the cross-reference table.
	x := bytes.LastIndex(data, []byte("xref"))
	data = append(data[:x:x], "%%EOF\n"...)
	// The plain definitions of 3 and 4 ("null") must not hide the packed
	// ones: drop them as a producer writing object streams would.
	data = bytes.Replace(data, []byte("3 0 obj\nnull\nendobj\n"), nil, 1)
	data = bytes.Replace(data, []byte("4 0 obj\nnull\nendobj\n"), nil, 1)
	rebuilt, n := reconstruct(data, true)
	if rebuilt == nil || !bytes.Contains(rebuilt, []byte("3 0 obj\n<</Type/Page")) {
		t.Fatalf("the page in the object stream was not unpacked (%d objects)", n)
	}
	f, err := OpenBytes(context.Background(), "objstm.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Page(1)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, g := range p.Glyphs {
		text.WriteString(g.S)
	}
	if text.String() != "packed away" {
		t.Errorf("text %q", text.String())
	}
}
