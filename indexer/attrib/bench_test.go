package attrib

import (
	"fmt"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
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
