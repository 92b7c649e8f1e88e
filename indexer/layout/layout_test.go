package layout

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/pdf"
)

// sentence makes distinct filler text: n words numbered from start.
func sentence(word string, start, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = word + strings.Repeat("x", (start+i)%5)
	}
	return strings.Join(ws, " ")
}

// render writes a PDF made by fn with another producer (fpdf, core fonts)
// and analyses it.
func render(t *testing.T, fn func(f *fpdf.Fpdf)) []doc.Block {
	t.Helper()
	f := fpdf.New("P", "pt", "A4", "")
	f.SetAutoPageBreak(false, 0)
	fn(f)
	path := filepath.Join(t.TempDir(), "fixture.pdf")
	if err := f.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	r, err := pdf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n, err := r.NumPage()
	if err != nil {
		t.Fatal(err)
	}
	var pages []pdf.Page
	for i := 1; i <= n; i++ {
		p, err := r.Page(i)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	return Analyze(pages, Options{})
}

// header adds a running header and a page number, as a designed report has.
func header(f *fpdf.Fpdf, page int) {
	f.SetFont("Helvetica", "", 7)
	f.Text(50, 30, "ANNUAL CONFERENCE OF THE EXAMPLE NETWORK")
	f.Text(540, 820, strings.TrimSpace(strings.Repeat(" ", 0)+itoa(page)))
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// column writes lines of text at x, from y down, with the given leading.
func column(f *fpdf.Fpdf, x, y, w float64, text string) float64 {
	f.SetFont("Times", "", 10)
	for _, line := range f.SplitText(text, w) {
		f.Text(x, y, line)
		y += 13
	}
	return y
}

func TestAnalyzeFixtures(t *testing.T) {
	t.Run("running header and page numbers removed, printed page read", func(t *testing.T) {
		blocks := render(t, func(f *fpdf.Fpdf) {
			for p := 1; p <= 4; p++ {
				f.AddPage()
				header(f, p+10)
				column(f, 50, 100, 480, "Page text "+itoa(p)+". "+sentence("alpha", p, 40)+".")
			}
		})
		for _, b := range blocks {
			if strings.Contains(b.Text, "EXAMPLE NETWORK") {
				t.Errorf("running header kept: %q", b.Text)
			}
		}
		if len(blocks) != 4 {
			t.Fatalf("got %d blocks, want 4: %+v", len(blocks), blocks)
		}
		if blocks[2].Label != "13" {
			t.Errorf("printed page of block 3 = %q, want 13", blocks[2].Label)
		}
	})
	t.Run("two columns read left then right, paragraph joined across the gutter", func(t *testing.T) {
		left := "The first paragraph starts here and " + sentence("left", 0, 60)
		right := sentence("right", 0, 30) + " and ends here."
		blocks := render(t, func(f *fpdf.Fpdf) {
			f.AddPage()
			f.SetFont("Helvetica", "B", 16)
			f.Text(50, 60, "A HEADING ACROSS THE PAGE")
			y := column(f, 50, 100, 220, left)
			_ = y
			column(f, 310, 100, 220, right)
		})
		var body []doc.Block
		for _, b := range blocks {
			if b.Kind == doc.Paragraph {
				body = append(body, b)
			}
		}
		if len(body) != 1 {
			t.Fatalf("got %d paragraphs, want 1 joined: %+v", len(body), blocks)
		}
		if !strings.HasPrefix(body[0].Text, "The first paragraph") || !strings.HasSuffix(body[0].Text, "ends here.") {
			t.Errorf("paragraph = %q", body[0].Text)
		}
		if blocks[0].Kind != doc.Heading {
			t.Errorf("first block %s %q, want the heading", blocks[0].Kind, blocks[0].Text)
		}
	})
	t.Run("paragraph continues across a page break", func(t *testing.T) {
		blocks := render(t, func(f *fpdf.Fpdf) {
			f.AddPage()
			header(f, 1)
			column(f, 50, 700, 480, "Closing words of page one continue "+sentence("over", 0, 30))
			f.AddPage()
			header(f, 2)
			column(f, 50, 100, 480, sentence("onto", 0, 20)+" the next page.")
			column(f, 50, 200, 480, "A new paragraph begins. "+sentence("beta", 0, 20)+".")
			f.AddPage()
			header(f, 3)
		})
		if len(blocks) != 2 {
			t.Fatalf("got %d blocks, want 2: %+v", len(blocks), blocks)
		}
		if blocks[0].Page != 1 || blocks[0].PageEnd != 2 || len(blocks[0].Breaks) != 1 {
			t.Errorf("joined block pages %d-%d breaks %v", blocks[0].Page, blocks[0].PageEnd, blocks[0].Breaks)
		}
	})
	t.Run("ligatures folded and compound line-end hyphen kept", func(t *testing.T) {
		blocks := render(t, func(f *fpdf.Fpdf) {
			f.AddPage()
			f.SetFont("Times", "", 10)
			f.Text(50, 100, "Effective work for asylum-seeking people and the asylum-")
			f.Text(50, 113, "seeking families it serves.")
		})
		if len(blocks) != 1 {
			t.Fatalf("got %d blocks: %+v", len(blocks), blocks)
		}
		if want := "Effective work for asylum-seeking people and the asylum-seeking families it serves."; blocks[0].Text != want {
			t.Errorf("text = %q, want %q", blocks[0].Text, want)
		}
	})
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"tra\ufb03cking", "trafficking"},
		{"e\ufb00ort \ufb01nal \ufb02ow", "effort final flow"},
		{"soft\u00adhyphen", "softhyphen"},
		{"caf\u0065\u0301", "café"},
		{"co\u2010operation non\u2011breaking", "co-operation non-breaking"},
	}
	for _, tc := range tests {
		if got := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLineEndHyphen(t *testing.T) {
	v := vocabulary{
		words:      map[string]bool{"trafficking": true, "cost": true, "effective": true},
		hyphenated: map[string]bool{"asylum-seeking": true},
	}
	tests := []struct {
		a, b       string
		auto       bool
		keep, join bool
	}{
		{"traf-", "ficking", true, false, true},
		{"asylum-", "seeking", true, true, true},
		{"cost-", "effective", true, true, true},
		{"co-", "ordinators", false, true, true},
		{"Piraino-", "Guzman", true, true, true},
		{"word", "next", true, false, false},
	}
	for _, tc := range tests {
		v.autoHyphen = tc.auto
		keep, join := lineEndHyphen(tc.a, tc.b, v)
		if keep != tc.keep || join != tc.join {
			t.Errorf("lineEndHyphen(%q, %q, auto=%v) = keep %v join %v, want %v %v", tc.a, tc.b, tc.auto, keep, join, tc.keep, tc.join)
		}
	}
}
