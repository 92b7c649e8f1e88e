package pdf

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

const reportPath = "../../corpus/report.pdf"

// TestReport reads the committed corpus report: 31 pages, text on nearly
// all of them, fonts named with their styles, nothing garbled or dropped.
func TestReport(t *testing.T) {
	f, err := Open(reportPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, err := f.NumPage()
	if err != nil || n != 31 {
		t.Fatalf("NumPage = %d, %v; want 31", n, err)
	}
	fonts := map[string]bool{}
	withText := 0
	for i := 1; i <= n; i++ {
		p, err := f.Page(i)
		if err != nil {
			t.Errorf("page %d: %v", i, err)
			continue
		}
		if len(p.Glyphs) > 0 {
			withText++
		}
		if p.Garbled || p.Dropped > 0 {
			t.Errorf("page %d: Garbled %v, Dropped %d", i, p.Garbled, p.Dropped)
		}
		if p.Width < 500 || p.Height < 800 {
			t.Errorf("page %d is %.0f×%.0f, want A4", i, p.Width, p.Height)
		}
		for _, g := range p.Glyphs {
			fonts[g.Font] = true
			if g.Size <= 0 || g.W <= 0 && g.S != " " {
				t.Fatalf("page %d glyph %+v: want positive size and width", i, g)
			}
		}
	}
	if withText < 28 {
		t.Errorf("%d pages with text, want at least 28 of 31", withText)
	}
	for _, want := range []string{"DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"} {
		if !fonts[want] {
			t.Errorf("font %s not seen; fonts: %v", want, fonts)
		}
	}
	if err := f.CheckText(nil); err != nil {
		t.Errorf("CheckText(nil) = %v", err)
	}
	if w := f.Warnings(); len(w) > 0 {
		t.Errorf("warnings for a sound file: %q", w)
	}
	if title := f.Info().Title; !strings.Contains(title, "Trafficking") {
		t.Errorf("Info().Title = %q", title)
	}
}

// TestParallelPages reads every page of the report from one goroutine per
// page, sharing one File, and compares with a sequential read. Run with
// -race to check the File's concurrency claim.
func TestParallelPages(t *testing.T) {
	f, err := Open(reportPath)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := f.NumPage()
	seq := make([]Page, n)
	for i := range seq {
		if seq[i], err = f.Page(i + 1); err != nil {
			t.Fatal(err)
		}
	}
	f2, err := Open(reportPath) // fresh font cache, filled concurrently
	if err != nil {
		t.Fatal(err)
	}
	par := make([]Page, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range par {
		wg.Add(1)
		go func() {
			defer wg.Done()
			par[i], errs[i] = f2.PageContext(context.Background(), i+1)
		}()
	}
	wg.Wait()
	for i := range par {
		if errs[i] != nil {
			t.Errorf("page %d: %v", i+1, errs[i])
		}
		if !reflect.DeepEqual(seq[i].Glyphs, par[i].Glyphs) {
			t.Errorf("page %d differs between sequential and parallel reads", i+1)
		}
	}
}

// BenchmarkReport reads all pages of the report; BenchmarkReportLibrary
// does the same with the bare library's Content, for comparison.
func BenchmarkReport(b *testing.B) {
	f, err := Open(reportPath)
	if err != nil {
		b.Fatal(err)
	}
	n, _ := f.NumPage()
	b.ResetTimer()
	for b.Loop() {
		for i := 1; i <= n; i++ {
			if _, err := f.Page(i); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkReportLibrary(b *testing.B) {
	fh, r, err := lpdf.Open(reportPath)
	if err != nil {
		b.Fatal(err)
	}
	defer fh.Close()
	n := r.NumPage()
	b.ResetTimer()
	for b.Loop() {
		for i := 1; i <= n; i++ {
			_ = r.Page(i).Content()
		}
	}
}
