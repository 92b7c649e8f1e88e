package attrib

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/markup"
)

// BenchmarkAttributeText: a report without a programme, 2,000 paragraphs
// naming 500 different people.
func BenchmarkAttributeText(b *testing.B) {
	name := func(n int) string { // a letters-only name for n
		s := []byte{'K'}
		for ; n > 0; n /= 26 {
			s = append(s, byte('a'+n%26))
		}
		return string(s) + "ova"
	}
	var bs []doc.Block
	for i := 0; i < 2000; i++ {
		bs = append(bs, para(fmt.Sprintf("Minister Jana %s noted that the budget for %d is short. She added that %s and Petra %s agreed, while Olsen said so.",
			name(i%500), i, name((i+1)%500), name((i+2)%500))))
	}
	d := doc.Document{ID: "b", Blocks: bs}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Attribute(d, "B", nil)
	}
}

// BenchmarkAttributeScaling: the report's reference prose
// (testdata/report-reference.txt, 78 KB) read as a plain-text document and
// repeated 1, 4 and 16 times. Attribution time should grow about linearly
// with the text: compare ns/op across the sizes.
func BenchmarkAttributeScaling(b *testing.B) {
	src, err := os.ReadFile("../../testdata/report-reference.txt")
	if err != nil {
		b.Skip(err)
	}
	for _, n := range []int{1, 4, 16} {
		blocks, _, err := markup.Text(bytes.NewReader(bytes.Repeat(src, n)))
		if err != nil {
			b.Fatal(err)
		}
		d := doc.Document{ID: "s", Blocks: blocks}
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			t0 := cpuTime()
			for i := 0; i < b.N; i++ {
				Attribute(d, "S", nil)
			}
			b.ReportMetric(float64(cpuTime()-t0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// BenchmarkAttributeTurns: labelled turns "First Last: …" by distinct
// speakers, 1,000, 4,000 and 16,000 of them.
func BenchmarkAttributeTurns(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&sb, "%s %s: We must act. He said so.\n\n", benchName(2*i), benchName(2*i+1))
		}
		blocks, _, err := markup.Text(strings.NewReader(sb.String()))
		if err != nil {
			b.Fatal(err)
		}
		d := doc.Document{ID: "t", Blocks: blocks}
		b.Run(fmt.Sprintf("n%d", n), func(b *testing.B) {
			t0 := cpuTime()
			for i := 0; i < b.N; i++ {
				Attribute(d, "T", nil)
			}
			b.ReportMetric(float64(cpuTime()-t0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// benchName is a capitalised letters-only word for n, distinct for each n.
func benchName(n int) string {
	s := []byte{"BDFGHKLMNPRSTVW"[n%15]}
	for n /= 15; n > 0; n /= 10 {
		s = append(s, "aeioulnrst"[n%10])
	}
	return string(s) + "en"
}
