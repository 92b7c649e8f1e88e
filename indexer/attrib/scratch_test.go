package attrib

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func TestScratch(t *testing.T) {
	b, err := os.ReadFile("/tmp/fixC/scratch.txt")
	if err != nil {
		t.Skip()
	}
	var blocks []doc.Block
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			blocks = append(blocks, para(l))
		}
	}
	res := Attribute(doc.Document{ID: "t", Blocks: blocks}, "Test", nil)
	for _, p := range res.Passages {
		sp := ""
		if p.Speaker != nil {
			sp = p.Speaker.Name
		}
		fmt.Printf("[%s|%s] %s\n", p.Kind, sp, p.Text)
	}
}
