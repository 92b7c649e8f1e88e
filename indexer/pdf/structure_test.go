package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"strings"
	"testing"
)

// TestLateHeader: junk before the header is skipped within headerWindow
// whatever it is, and up to lateHeaderWindow when the header gives a
// version.
func TestLateHeader(t *testing.T) {
	doc := textDoc("late header")
	for _, tc := range []struct {
		name   string
		prefix string
		notPDF bool
	}{
		{"none", "", false},
		{"600 bytes", strings.Repeat("x", 600), false},
		{"2000 bytes", strings.Repeat("X", 2000), false},
		{"mail headers", strings.Repeat("X-Header: value\r\n", 200) + "\r\n", false},
		{"beyond the late window", strings.Repeat("x", lateHeaderWindow), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := OpenBytes(context.Background(), "h.pdf", append([]byte(tc.prefix), doc...))
			if tc.notPDF {
				if !errors.Is(err, ErrNotPDF) {
					t.Errorf("error %v, want not a PDF", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.Page(1)
			if err != nil || pageText(p) != "late header" {
				t.Errorf("text %q, error %v", pageText(p), err)
			}
		})
	}
	// A late "%PDF-" without a version is no header.
	html := append([]byte(strings.Repeat("<p>text</p>\n", 200)), "<p>%PDF- is how a PDF starts</p>"...)
	if _, err := OpenBytes(context.Background(), "h.html", html); !errors.Is(err, ErrNotPDF) {
		t.Errorf("html: error %v, want not a PDF", err)
	}
}

// TestJunkWords: the words of an object the library cannot read are found,
// and nothing else: not in names, strings, comments or stream data.
func TestJunkWords(t *testing.T) {
	for _, tc := range []struct {
		obj  string
		want []string
	}{
		{"3 0 obj <</Type/Page/MediaBox[0 0 612 792]/Parent 2 0 R>> endobj", nil},
		{"3 0 obj <</MediaBox[0 0 nan 1e999]/Rotate -90 /X +1.5 /Y true>> endobj", []string{"nan", "1e999"}},
		{"3 0 obj <</A 99999999999999999999/B 1.2.3 /C inf>> endobj", []string{"99999999999999999999", "1.2.3", "inf"}},
		{"3 0 obj <</A/nan (nan \\) (inf)) <6e616e> % nan\n/B null>> endobj", nil},
		{"4 0 obj <</Length 9>> stream\nnan Tj Q\nendstream endobj", nil},
	} {
		var got []string
		for _, w := range junkWords([]byte(tc.obj)) {
			got = append(got, tc.obj[w[0]:w[1]])
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: junk %q, want %q", tc.obj, got, tc.want)
		}
	}
}

// TestJunkMediaBox: a page dictionary holding a word the library cannot
// read is read after the object scan, whether it is the only page of its
// document or one of several.
func TestJunkMediaBox(t *testing.T) {
	two := buildPDF(
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 800]/Resources<</Font<</F1 5 0 R>>>>/Contents 6 0 R>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 nan 800]/Resources<</Font<</F1 5 0 R>>>>/Contents 7 0 R>>",
		helvetica,
		"<<%STREAM%BT /F1 12 Tf 72 700 Td (page one) Tj ET",
		"<<%STREAM%BT /F1 12 Tf 72 700 Td (page two) Tj ET",
	)
	for _, tc := range []struct {
		name string
		data []byte
		want []string
		warn string
	}{
		{"one page", bytes.Replace(textDoc("boxed in"), []byte("[0 0 600 800]"), []byte("[0 0 nan 800]"), 1), []string{"boxed in"}, "objects found by scanning"},
		{"two pages", two, []string{"page one", "page two"}, "1 of 1 unreadable pages read after scanning"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := OpenBytes(context.Background(), "box.pdf", tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if w := strings.Join(f.Warnings(), "\n"); !strings.Contains(w, tc.warn) {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
			if n, _ := f.NumPage(); n != len(tc.want) {
				t.Fatalf("%d pages, want %d", n, len(tc.want))
			}
			for i, want := range tc.want {
				p, err := f.Page(i + 1)
				if err != nil || pageText(p) != want {
					t.Errorf("page %d: text %q, error %v; want %q", i+1, pageText(p), err, want)
				}
			}
		})
	}
}

// TestToUnicodeFallback: a ToUnicode CMap that decodes to more than
// maxCMapSize (a flate bomb) or maps nothing is ignored: the font's
// encoding gives the text.
func TestToUnicodeFallback(t *testing.T) {
	var bomb bytes.Buffer
	zw := zlib.NewWriter(&bomb)
	zeros := make([]byte, 1<<20)
	for range maxCMapSize>>20 + 1 {
		zw.Write(zeros)
	}
	zw.Close()
	const content = "BT /F1 12 Tf 72 700 Td (Jane Roe) Tj ET"
	font := "/Font<</F1 <</Type/Font/Subtype/Type1/BaseFont/Helvetica/ToUnicode 4 0 R>>>>"
	for _, tc := range []struct {
		name, cmap, want string
	}{
		{"flate bomb", "<</Filter/FlateDecode%STREAM%" + bomb.String(), "Jane Roe"},
		{"empty", "<<%STREAM%", "Jane Roe"},
		{"no mappings", "<<%STREAM%/CIDInit /ProcSet findresource begin begincmap endcmap end", "Jane Roe"},
		{"used", "<<%STREAM%1 beginbfrange <20> <7e> <0021> endbfrange", "Kbof!Spf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := OpenBytes(context.Background(), "tu.pdf", onePage(font, content, tc.cmap))
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.Page(1)
			if err != nil || pageText(p) != tc.want {
				t.Errorf("text %q, error %v; want %q", pageText(p), err, tc.want)
			}
		})
	}
}
