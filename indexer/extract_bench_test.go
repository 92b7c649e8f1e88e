package indexer

import (
	"context"
	"testing"
)

// BenchmarkExtractReport measures extraction of the report (pdf → blocks).
// Compare with poppler's pdftotext on the same file: bench/run.sh.
func BenchmarkExtractReport(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ExtractPDF(context.Background(), "../corpus/report.pdf"); err != nil {
			b.Fatal(err)
		}
	}
}
