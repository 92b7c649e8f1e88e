package indexer

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// tokens normalises text the same way on both sides of a fidelity
// comparison: NFKC, lower case, runs of letters and digits.
func tokens(s string) []string {
	s = strings.ToLower(norm.NFKC.String(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// lcsLen is the length of the longest common subsequence of a and b.
func lcsLen(a, b []string) int {
	prev := make([]int32, len(b)+1)
	cur := make([]int32, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

type fidelity struct {
	words, paragraphs float64
	missed            []string
	header            int // blocks holding the running header
}

func measure(t *testing.T, pdfPath, refPath, header string) fidelity {
	t.Helper()
	d, err := ExtractPDF(context.Background(), pdfPath)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := os.ReadFile(refPath)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	blocks := map[string]bool{}
	var f fidelity
	for _, b := range d.Blocks {
		tk := tokens(b.Text)
		got = append(got, tk...)
		blocks[strings.Join(tk, " ")] = true
		if strings.Contains(b.Text, header) {
			f.header++
		}
	}
	var want []string
	paras, ok := 0, 0
	for _, line := range strings.Split(string(ref), "\n") {
		tk := tokens(line)
		want = append(want, tk...)
		if len(tk) >= 20 {
			paras++
			if blocks[strings.Join(tk, " ")] {
				ok++
			} else {
				f.missed = append(f.missed, line)
			}
		}
	}
	f.words = float64(lcsLen(want, got)) / float64(len(want))
	f.paragraphs = float64(ok) / float64(paras)
	return f
}

// TestExtractionFidelity measures extraction against the report's reference
// text: words in order (LCS) and paragraphs extracted as exactly one block.
func TestExtractionFidelity(t *testing.T) {
	const header = "24TH CONFERENCE OF THE ALLIANCE AGAINST TRAFFICKING IN PERSONS"
	for _, tc := range []struct{ name, pdf string }{
		{"print", "../corpus/report.pdf"},
		{"two-column", "../testdata/report-2col.pdf"},
		// The report's text as LibreOffice Writer lays it out and exports it
		// (testdata/producers/report-lo.sh).
		{"libreoffice", "../testdata/report-lo.pdf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := measure(t, tc.pdf, "../testdata/report-reference.txt", header)
			t.Logf("%s: words in order %.4f, paragraphs %.4f, header blocks %d", tc.name, f.words, f.paragraphs, f.header)
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
		})
	}
}
