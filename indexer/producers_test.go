package indexer

import (
	"context"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// producers are the PDFs of the producer matrix: one document
// (testdata/producers/document.py) made by each producer
// (testdata/producers/make.sh).
var producers = []string{"chromium", "libreoffice", "ghostscript", "cairo", "groff", "qpdf",
	"pdflatex", "pdflatex-twocolumn", "pdflatex-nounicode", "xelatex", "lualatex", "weasyprint", "wkhtmltopdf", "reportlab"}

const producersDir = "../testdata/producers/"

// matrixHeader is the matrix document's running header.
const matrixHeader = "RIVERSIDE FORUM ON SHARED WATERS 2025"

// TestProducerMatrix: every producer's PDF of the matrix document gives its
// words in order (≥ 99 %), its paragraphs as one block each (≥ 95 %), and no
// block holds the running header.
func TestProducerMatrix(t *testing.T) {
	for _, name := range producers {
		t.Run(name, func(t *testing.T) {
			f := measure(t, producersDir+name+".pdf", producersDir+"reference.txt", matrixHeader)
			t.Logf("%s: words in order %.4f, paragraphs %.4f, header blocks %d", name, f.words, f.paragraphs, f.header)
			if f.words < 0.99 {
				t.Errorf("words in order = %.4f, want ≥ 0.99", f.words)
			}
			if f.paragraphs < 0.95 {
				for _, m := range f.missed {
					t.Logf("paragraph not one block: %.100s", m)
				}
				t.Errorf("paragraphs = %.4f, want ≥ 0.95", f.paragraphs)
			}
			if f.header > 0 {
				t.Errorf("running header in %d blocks", f.header)
			}
			// The fixture must exercise a paragraph broken by a page.
			d, err := ExtractPDF(context.Background(), producersDir+name+".pdf")
			if err != nil {
				t.Fatal(err)
			}
			crossing := 0
			for _, b := range d.Blocks {
				if b.Kind == doc.Paragraph && b.PageEnd > b.Page {
					crossing++
				}
			}
			if crossing == 0 {
				t.Errorf("no paragraph crosses a page: the fixture tests less than it should")
			}
		})
	}
}

// BenchmarkExtractProducers extracts each PDF of the producer matrix; bench/run.sh
// times `confsearch extract` beside pdftotext on the same files.
func BenchmarkExtractProducers(b *testing.B) {
	for _, name := range producers {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := ExtractPDF(context.Background(), producersDir+name+".pdf"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
