package pdf

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/go-pdf/fpdf"
)

// cidNoUnicodeRes is a Type0 font with no ToUnicode: its codes are glyph
// ids that say nothing of the text.
const cidNoUnicodeRes = "/Font<</F1 <</Type/Font/Subtype/Type0/BaseFont/ABCDEF+Mystery/Encoding/Identity-H" +
	"/DescendantFonts[<</Type/Font/Subtype/CIDFontType2/BaseFont/Mystery/DW 500>>]>>>>"

// cidRes is a Type0 font with widths and a ToUnicode CMap (object 4).
const cidRes = "/Font<</F1 <</Type/Font/Subtype/Type0/BaseFont/AAAAAA+DejaVuSans-Bold/Encoding/Identity-H/ToUnicode 4 0 R" +
	"/DescendantFonts[<</Type/Font/Subtype/CIDFontType2/BaseFont/DejaVuSans-Bold/DW 1000/W[36[600 700]38 40 500]>>]>>>>"

// toUnicode is a ToUnicode CMap with a wrong bfchar count, a bfrange onto a
// string, a bfrange onto an array, and a ligature.
const toUnicode = `<<%STREAM%/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
1 begincodespacerange <0000> <FFFF> endcodespacerange
5 beginbfchar
<0003> <0020>
<0050> <00660069>
endbfchar
1 beginbfrange
<0024> <0026> <0041>
<0027> <0028> [<0078> <0079>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end end`

func TestContent(t *testing.T) {
	tests := []struct {
		name  string
		pdf   []byte
		want  []Glyph // compared on S, X, Y, W, Font, Size (rounded)
		text  string  // or only the text, when want is nil
		drop  int
		image int
	}{
		{
			name: "positions under cm, Tm, Tc, Tz and TJ",
			pdf: onePage("/Font<</F1 <</Type/Font/Subtype/Type1/BaseFont/Helvetica/FirstChar 65/LastChar 66/Widths[500 600]>>>>",
				"2 0 0 2 10 20 cm BT /F1 10 Tf 1 Tc 50 Tz 30 40 Td (AB) Tj [(A) -1000 (B)] TJ ET"),
			want: []Glyph{
				{S: "A", X: 70, Y: 100, W: 5, Font: "Helvetica", Size: 20},
				{S: "B", X: 76, Y: 100, W: 6, Font: "Helvetica", Size: 20},
				{S: "A", X: 83, Y: 100, W: 5, Font: "Helvetica", Size: 20},
				{S: "B", X: 99, Y: 100, W: 6, Font: "Helvetica", Size: 20},
			},
		},
		{
			name: "word spacing applies to the space",
			pdf: onePage("/Font<</F1 <</Type/Font/Subtype/Type1/BaseFont/Courier/FirstChar 32/LastChar 32/Widths[600]>>>>",
				"BT /F1 10 Tf 5 Tw 0 0 Td (  ) Tj ET"),
			want: []Glyph{
				{S: " ", X: 0, Y: 0, W: 6, Font: "Courier", Size: 10},
				{S: " ", X: 11, Y: 0, W: 6, Font: "Courier", Size: 10},
			},
		},
		{
			name: "text in a Form XObject, placed by its matrix",
			pdf: onePage("/Font<</F1 "+helvetica+">>/XObject<</X1 4 0 R>>",
				"q 1 0 0 1 100 200 cm /X1 Do Q BT /F1 10 Tf 0 0 Td (page) Tj ET",
				"<</Type/XObject/Subtype/Form/BBox[0 0 500 500]/Matrix[1 0 0 1 5 6]/Resources<</Font<</F2 "+helvetica+">>>>%STREAM%BT /F2 12 Tf 7 8 Td (in form) Tj ET"),
			text: "in formpage",
			want: []Glyph{{S: "i", X: 112, Y: 214, Font: "Helvetica", Size: 12}},
		},
		{
			name: "nested forms, and a form that draws itself",
			pdf: onePage("/XObject<</X1 4 0 R>>", "/X1 Do",
				"<</Type/XObject/Subtype/Form/Resources<</XObject<</X2 5 0 R>>>>%STREAM%/X2 Do",
				"<</Type/XObject/Subtype/Form/Resources<</Font<</F1 "+helvetica+">>/XObject<</X2 5 0 R>>>>%STREAM%BT /F1 9 Tf (deep) Tj ET /X2 Do"),
			text: "deep",
		},
		{
			name: "a form without resources uses the page's",
			pdf: onePage("/Font<</F1 "+helvetica+">>/XObject<</X1 4 0 R>>", "/X1 Do",
				"<</Type/XObject/Subtype/Form%STREAM%BT /F1 9 Tf (inherited) Tj ET"),
			text: "inherited",
		},
		{
			name: "images counted, inline image data skipped",
			pdf: onePage("/Font<</F1 "+helvetica+">>/XObject<</Im1 4 0 R>>",
				"q /Im1 Do Q BI /W 4 /H 1 /BPC 8 /CS /G ID \x00(\xff) EI Q BT /F1 9 Tf (after) Tj ET",
				"<</Type/XObject/Subtype/Image/Width 1/Height 1/BitsPerComponent 8/ColorSpace/DeviceGray%STREAM%\x00"),
			text:  "after",
			image: 2,
		},
		{
			name: "CID font: widths, ToUnicode with odd ranges, ligature",
			pdf:  onePage(cidRes, "BT /F1 10 Tf 0 0 Td <00240025002600030027002800500099> Tj ET", toUnicode),
			text: "ABC xyfi",
			want: []Glyph{
				{S: "A", X: 0, Y: 0, W: 6, Font: "DejaVuSans-Bold", Size: 10},
				{S: "B", X: 6, Y: 0, W: 7, Font: "DejaVuSans-Bold", Size: 10},
				{S: "C", X: 13, Y: 0, W: 5, Font: "DejaVuSans-Bold", Size: 10},
			},
			drop: 1, // <0099> is not in the CMap
		},
		{
			name: "Differences with uniXXXX and opaque glyph names",
			pdf: onePage("/Font<</F1 <</Type/Font/Subtype/Type1/BaseFont/Custom/Encoding<</Differences[1/uni0416/g7/A]>>>>>>",
				"BT /F1 10 Tf (\x01\x02\x03z) Tj ET"),
			text: "ЖAz",
			drop: 1,
		},
		{
			name: "control characters and U+FFFD are dropped, not glyphs",
			pdf: onePage("/Font<</F1 "+helvetica+">>",
				"BT /F1 10 Tf (a\x01\x81b) Tj [(c) -200 (\x02)] TJ ET"),
			text: "abc",
			drop: 3,
		},
		{
			name: "rotated text has a negative size",
			pdf:  onePage("/Font<</F1 "+helvetica+">>", "BT /F1 10 Tf 0 1 -1 0 50 50 Tm (up) Tj ET"),
			want: []Glyph{{S: "u", X: 50, Y: 50, Font: "Helvetica", Size: -10}},
		},
		{
			name: "garbage operators and unbalanced Q around the text",
			pdf: onePage("/Font<</F1 "+helvetica+">>",
				"Q Q ] } ) 1 2 3 4 5 6 7 BT /F1 10 Tf (ok) Tj 12 Tj (lost) TJ /F9 10 Tf (latin1) Tj ET >> ( unterminated"),
			text: "oklatin1",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := OpenBytes(context.Background(), "doc.pdf", tc.pdf)
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.Page(1)
			if err != nil {
				t.Fatalf("Page: %v", err)
			}
			if tc.text != "" {
				if got := pageText(p); got != tc.text {
					t.Errorf("text = %q, want %q", got, tc.text)
				}
			}
			for i, w := range tc.want {
				if i >= len(p.Glyphs) {
					t.Fatalf("only %d glyphs, want at least %d", len(p.Glyphs), len(tc.want))
				}
				g := p.Glyphs[i]
				if g.S != w.S || g.Font != w.Font || !near(g.X, w.X) || !near(g.Y, w.Y) || !near(g.W, w.W) && w.W != 0 || !near(g.Size, w.Size) {
					t.Errorf("glyph %d = %+v, want %+v", i, g, w)
				}
			}
			if p.Dropped != tc.drop {
				t.Errorf("Dropped = %d, want %d", p.Dropped, tc.drop)
			}
			if p.Images != tc.image {
				t.Errorf("Images = %d, want %d", p.Images, tc.image)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

// TestFpdfTemplate reads text that fpdf puts in a Form XObject (a template).
func TestFpdfTemplate(t *testing.T) {
	p := fpdf.New("P", "pt", "A4", "")
	p.SetCreationDate(fixedTime)
	tpl := p.CreateTemplate(func(tp *fpdf.Tpl) {
		tp.SetFont("Helvetica", "", 10)
		tp.Text(20, 30, "Template text")
	})
	p.AddPage()
	p.UseTemplate(tpl)
	p.SetFont("Helvetica", "", 10)
	p.Text(20, 300, "Page text")
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := OpenBytes(context.Background(), "tpl.pdf", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	pg, err := f.Page(1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := pageText(pg), "Template textPage text"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	// fpdf's y runs down from the top of the A4 page, 841.89 pt high.
	if g := pg.Glyphs[0]; !near(g.X, 20) || !near(g.Y, 841.89-30) {
		t.Errorf("first template glyph at (%.2f, %.2f), want (20, 811.89)", g.X, g.Y)
	}
}
