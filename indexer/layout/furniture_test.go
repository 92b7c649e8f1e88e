package layout

import (
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

func TestPageNumberLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"7", "7"},
		{"12/40", "12"},
		{"12 / 40", "12"},
		{"Page 3", "3"},
		{"page 3 of 10", "3"},
		{"- 4 -", "4"},
		{"– 4 –", "4"},
		{"—4—", "4"},
		{"xii", "xii"},
		{"2025", ""},      // a year, not a page
		{"07", ""},        // a leading zero: a date or a code
		{"3 April", ""},   // a date
		{"Page", ""},      // no number
		{"1/2/25", ""},    // a date
		{"Session 2", ""}, // a heading
		{"file:///a.html", ""},
		{"", ""},
	} {
		if got := pageNumberLabel(c.in); got != c.want {
			t.Errorf("pageNumberLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMarginFurnitureShortDocuments(t *testing.T) {
	// Two pages (too few for furniture by majority): a page number at the
	// foot of each page, a small running header at the top; a paragraph
	// runs from page 1 to page 2.
	blocks := render(t, func(f *fpdf.Fpdf) {
		for p := 1; p <= 2; p++ {
			f.AddPage()
			f.SetFont("Helvetica", "", 7)
			f.Text(50, 30, "Minutes of the example board")
			f.SetFont("Times", "", 10)
			f.Text(290, 815, itoa(p))
			if p == 1 {
				column(f, 50, 100, 480, "Opening words. "+sentence("alpha", 0, 40)+".")
				column(f, 50, 690, 480, "Closing words of page one continue "+sentence("over", 0, 30))
			} else {
				column(f, 50, 60, 480, sentence("onto", 0, 20)+" the next page.")
			}
		}
	})
	for _, b := range blocks {
		if strings.Contains(b.Text, "example board") || strings.TrimSpace(b.Text) == "1" || strings.TrimSpace(b.Text) == "2" {
			t.Errorf("furniture kept: %s %q", b.Kind, b.Text)
		}
	}
	if len(blocks) != 2 {
		t.Fatalf("got %d blocks, want 2: %+v", len(blocks), blocks)
	}
	if b := blocks[1]; b.Page != 1 || b.PageEnd != 2 || b.Label != "1" || b.LabelEnd != "2" {
		t.Errorf("broken paragraph: pages %d-%d, printed %q-%q; want 1-2 printed 1-2", b.Page, b.PageEnd, b.Label, b.LabelEnd)
	}
}

func TestMarginKeepsHeadings(t *testing.T) {
	// A heading at the top of two pages ("Session 1", "Session 2") set in
	// the body size is text, not a running header: its digits differ.
	blocks := render(t, func(f *fpdf.Fpdf) {
		for p := 1; p <= 2; p++ {
			f.AddPage()
			f.SetFont("Times", "B", 10)
			f.Text(50, 40, "Session "+itoa(p))
			column(f, 50, 100, 480, "Words of session "+itoa(p)+". "+sentence("gamma", p, 30)+".")
		}
	})
	n := 0
	for _, b := range blocks {
		if strings.HasPrefix(b.Text, "Session ") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("session headings kept: %d, want 2: %+v", n, blocks)
	}
}

// TestRunningHeadBesidePageNumber: TeX's running heads name the current
// section beside the page number ("4   2 SESSION ONE" on a left page,
// "3 SESSION TWO   5" on a right one): the head changes from page to
// page, and goes with its page number, whether there are enough pages for
// the page numbers to repeat (four) or not (two). A heading at the top of
// a page with no page number beside it stays text.
func TestRunningHeadBesidePageNumber(t *testing.T) {
	for _, pages := range []int{2, 4} {
		t.Run(itoa(pages)+" pages", func(t *testing.T) {
			blocks := render(t, func(f *fpdf.Fpdf) {
				for p := 1; p <= pages; p++ {
					f.AddPage()
					f.SetFont("Times", "I", 10)
					head := itoa(p) + " SESSION " + strings.Repeat("I", p)
					if p%2 == 0 {
						f.Text(50, 40, itoa(p))
						f.Text(380, 40, head)
					} else {
						f.Text(50, 40, head)
						f.Text(530, 40, itoa(p))
					}
					column(f, 50, 100, 480, "Words of page "+itoa(p)+". "+sentence("delta", p, 30)+".")
				}
				f.AddPage()
				f.SetFont("Times", "I", 10)
				f.Text(50, 40, "Annex on methods")
				column(f, 50, 100, 480, "Words of the annex. "+sentence("annex", 0, 30)+".")
			})
			annex := false
			for _, b := range blocks {
				if strings.Contains(b.Text, "SESSION") {
					t.Errorf("running head kept: %s %q", b.Kind, b.Text)
				}
				annex = annex || b.Text == "Annex on methods"
			}
			if !annex {
				t.Errorf("the annex heading (no page number beside it) is lost: %+v", blocks)
			}
		})
	}
}
