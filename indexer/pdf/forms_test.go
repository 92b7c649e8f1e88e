package pdf

import (
	"context"
	"strings"
	"testing"
)

// formDoc is a one-page document whose content draws the form X1 (whose
// stream is form) draws times, then shows "after".
func formDoc(form string, draws int) []byte {
	return onePage("/Font<</F1 "+helvetica+">>/XObject<</X1 4 0 R>>",
		strings.Repeat("/X1 Do\n", draws)+"BT /F1 10 Tf 300 300 Td (after) Tj ET",
		"<</Type/XObject/Subtype/Form/BBox[0 0 500 500]%STREAM%"+form)
}

// TestFormRedraw: a form drawn again and again costs its bytes each time
// within the page's maxPageRun, except a form that, drawn once, showed and
// painted nothing (it is not run again); the text after the draws is kept.
func TestFormRedraw(t *testing.T) {
	big := strings.Repeat(" ", 1<<16)  // 64 KiB of nothing
	paint := "0 0 1 1 re f" + big      // paints, then 64 KiB of nothing
	overRun := maxPageRun/(1<<16) + 64 // draws of 64 KiB beyond maxPageRun
	for _, tc := range []struct {
		name      string
		pdf       []byte
		text      string
		wantError string // "" for no error
	}{
		{"text form drawn three times", formDoc("BT /F1 9 Tf 10 10 Td (x) Tj ET", 3), "xxxafter", ""},
		{"empty form drawn often", formDoc(big, overRun), "after", ""},
		{"stroked path only", formDoc("0 0 m 1 1 l "+big, overRun), "after", ""},
		{"painting form drawn often", formDoc(paint, overRun), "after", "forms drawn again and again"},
		{"many tiny painting forms", formDoc("0 0 1 1 re f", maxPageRun/minFormRun+10), "after", "forms drawn again and again"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := OpenBytes(context.Background(), "f.pdf", tc.pdf)
			if err != nil {
				t.Fatal(err)
			}
			p, err := f.Page(1)
			switch {
			case tc.wantError == "" && err != nil:
				t.Errorf("error %v", err)
			case tc.wantError != "" && (err == nil || !strings.Contains(err.Error(), tc.wantError)):
				t.Errorf("error %v, want %q", err, tc.wantError)
			}
			got := pageText(p)
			if got != tc.text {
				t.Errorf("text %q, want %q", got, tc.text)
			}
		})
	}
}

// BenchmarkFormRedraw: a page drawing a 1 MiB form of nothing 3000 times
// (the form is run once).
func BenchmarkFormRedraw(b *testing.B) {
	data := formDoc(strings.Repeat(" ", 1<<20), 3000)
	f, err := OpenBytes(context.Background(), "f.pdf", data)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := f.Page(1); err != nil {
			b.Fatal(err)
		}
	}
}
