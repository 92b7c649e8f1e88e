package pdf

import (
	"context"
	"testing"
)

// type1Program is the cleartext part of an embedded Type 1 font program
// with the built-in encoding given (a body of "dup CODE /name put" lines,
// or "StandardEncoding"), as TeX's fonts carry it; the encrypted part is
// left out (nothing of it is read).
func type1Program(enc string) string {
	head := "%!PS-AdobeFont-1.0: CMR10 003.002\n/FontName /CMR10 def\n/PaintType 0 def\n"
	if enc == "StandardEncoding" {
		return head + "/Encoding StandardEncoding def\ncurrentdict end\ncurrentfile eexec\n"
	}
	return head + "/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" + enc +
		"readonly def\ncurrentdict end\ncurrentfile eexec\n"
}

// TestType1BuiltinEncoding: a simple Type 1 font with no ToUnicode and no
// /Encoding of its own (pdfTeX's Computer Modern) is read by the glyph
// names of its program's built-in encoding: ligatures, TeX's quotation
// marks at the codes of ASCII's backslash and double quote, dashes.
// Differences on no BaseEncoding change the codes they name; a program
// whose encoding is StandardEncoding, a bad entry or a name the glyph
// list does not know leaves the code as before.
func TestType1BuiltinEncoding(t *testing.T) {
	ot1 := "dup 12 /fi put\ndup 11 /ff put\ndup 14 /ffi put\ndup 34 /quotedblright put\n" +
		"dup 92 /quotedblleft put\ndup 123 /endash put\ndup 65 /A put\ndup 66 /B put\n" +
		"dup 67 /C.sc put\ndup 68 /f_l put\ndup 69 /uni2010 put\ndup 70 /nosuchglyph put\n" +
		"dup 300 /x put\ndup -1 /y put\ndup 71 put\n"
	for _, tc := range []struct {
		name, program, encoding, show, want string
	}{
		{"OT1", ot1, "", `(\014nd \134A\042 \173 e\013ort o\016ce)`, "\ufb01nd \u201cA\u201d \u2013 e\ufb00ort o\ufb03ce"},
		{"suffixes and ligature names", ot1, "", `(CDE)`, "Cfl\u2010"},
		{"unknown name: as before", ot1, "", `(F)`, "F"},
		{"differences over the built-in encoding", ot1, "/Encoding<</Differences[65/B]>>", `(A\014)`, "B\ufb01"},
		{"StandardEncoding program", "StandardEncoding", "", `(AB)`, "AB"},
		{"a named base encoding wins", ot1, "/Encoding/WinAnsiEncoding", `(\223A\224)`, "\u201cA\u201d"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			font := "<</Type/Font/Subtype/Type1/BaseFont/ABCDEF+CMR10/FirstChar 0/LastChar 255" + tc.encoding + "/FontDescriptor 5 0 R>>"
			data := onePage("/Font<</F1 4 0 R>>", "BT /F1 10 Tf 20 700 Td "+tc.show+" Tj ET",
				font,
				"<</Type/FontDescriptor/FontName/ABCDEF+CMR10/Flags 4/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 700/Descent -200/CapHeight 700/StemV 80/FontFile 6 0 R>>",
				"<</Length1 "+itoa(len(type1Program(tc.program)))+"/Length2 0/Length3 0%STREAM%"+type1Program(tc.program))
			f, err := OpenBytes(context.Background(), "type1.pdf", data)
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.Page(1)
			if err != nil {
				t.Fatal(err)
			}
			if got := pageText(p); got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestGlyphText: glyph names read as the Adobe Glyph List specification
// reads them.
func TestGlyphText(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		ok         bool
	}{
		{"quotedblleft", "\u201c", true},
		{"fi", "\ufb01", true},
		{"f_f_i", "ffi", true},
		{"a.sc", "a", true},
		{"uni2010", "\u2010", true},
		{"u1F600", "\U0001F600", true},
		{"endash", "\u2013", true},
		{"nosuchglyph", "", false},
		{".notdef", "", false},
		{"", "", false},
	} {
		got, ok := glyphText(tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("glyphText(%q) = %q %v, want %q %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// TestType3Size: a Type 3 font's size is its matrix's when the glyph
// space has 1000 units to the em; pdfTeX's bitmap fonts measure glyphs in
// device pixels (FontMatrix 0.015: 66 pixels to the em at 600 dpi), where
// the advances give the size instead of a size 15 times too large.
func TestType3Size(t *testing.T) {
	for _, tc := range []struct {
		name, matrix, widths string
		want                 float64
	}{
		{"1000 units to the em", "[0.001 0 0 0.001 0 0]", "[500 500 250]", 8},
		{"pixels at 600 dpi", "[0.01506 0 0 0.01506 0 0]", "[33 35 17]", 8.2},
		{"one glyph", "[0.02 0 0 0.02 0 0]", "[0 26 0]", 8.3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			font := "<</Type/Font/Subtype/Type3/FontBBox[0 0 50 50]/FontMatrix" + tc.matrix +
				"/CharProcs<<>>/Encoding<</Differences[65/A/B/space]>>/FirstChar 65/LastChar 67/Widths" + tc.widths + ">>"
			data := onePage("/Font<</F1 4 0 R>>", "BT /F1 8 Tf 20 700 Td (AB) Tj ET", font)
			f, err := OpenBytes(context.Background(), "type3.pdf", data)
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.Page(1)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Glyphs) == 0 {
				t.Fatal("no glyphs")
			}
			if got := p.Glyphs[len(p.Glyphs)-1].Size; got < 0.9*tc.want || got > 1.1*tc.want {
				t.Errorf("size %.2f, want about %.1f", got, tc.want)
			}
		})
	}
}
