package indexer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// wordsPerPage counts the words of a document's blocks on each physical
// page, following the page breaks inside joined blocks.
func wordsPerPage(d doc.Document) map[int]int {
	n := map[int]int{}
	for _, b := range d.Blocks {
		words := strings.Fields(b.Text)
		page, from := b.Page, 0
		for _, br := range b.Breaks {
			to := min(br.Words, len(words))
			n[page] += len(tokens(strings.Join(words[from:to], " ")))
			page, from = br.Page, to
		}
		n[page] += len(tokens(strings.Join(words[from:], " ")))
	}
	return n
}

// TestRecoverDamaged: a damaged copy of a matrix PDF
// (testdata/producers/damaged, made by damage.py) gives, on every page
// poppler's pdftotext still reads (its output is stored beside each copy),
// at least half the words pdftotext gets; and the pages that lost words
// to the damage are named in a warning.
func TestRecoverDamaged(t *testing.T) {
	files, err := filepath.Glob(producersDir + "damaged/*.pdf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no damaged copies: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			ref, err := os.ReadFile(strings.TrimSuffix(path, ".pdf") + ".pdftotext.txt")
			if err != nil {
				// pdftotext reads nothing of it: whatever is read is a gain.
				d, err := ExtractPDF(context.Background(), path)
				t.Logf("pdftotext reads nothing; we read %v words (error %v)", wordsPerPage(d), err)
				return
			}
			d, err := ExtractPDF(context.Background(), path)
			if err != nil {
				t.Fatalf("nothing recovered: %v", err)
			}
			got := wordsPerPage(d)
			warned := strings.Join(d.Warnings, "\n")
			named := func(page int) bool {
				return strings.Contains(warned, fmt.Sprintf("page %d:", page)) || strings.Contains(warned, fmt.Sprintf("page %d ", page))
			}
			var report []string
			for i, text := range strings.Split(string(ref), "\f") {
				page, want := i+1, len(tokens(text))
				if want == 0 {
					continue
				}
				report = append(report, fmt.Sprintf("p%d %d/%d", page, got[page], want))
				if got[page]*2 < want {
					t.Errorf("page %d: %d words, pdftotext reads %d", page, got[page], want)
				}
				if got[page]*10 < want*9 && !named(page) {
					t.Errorf("page %d lost words (%d of %d) and no warning names it: %q", page, got[page], want, d.Warnings)
				}
			}
			t.Logf("words per page (ours/pdftotext): %s", strings.Join(report, ", "))
			if len(d.Warnings) == 0 {
				t.Errorf("no warning for a damaged file")
			}
		})
	}
}
