package attrib

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestScratch prints the passages of SCRATCH (a file: "# " lines are
// headings, other lines paragraphs).
func TestScratch(t *testing.T) {
	f := os.Getenv("SCRATCH")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var blocks []doc.Block
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.HasPrefix(l, "# ") {
			blocks = append(blocks, heading(l[2:]))
		} else {
			blocks = append(blocks, para(l))
		}
	}
	res := Attribute(doc.Document{ID: "t", Blocks: blocks}, "Test", nil)
	for _, sp := range res.Speakers {
		fmt.Printf("SPEAKER %q role=%q hon=%q\n", sp.Name, sp.Role, sp.Honorific)
	}
	for _, p := range res.Passages {
		name := ""
		if p.Speaker != nil {
			name = p.Speaker.Name
		}
		fmt.Printf("%-9s %-20s | %s\n", p.Kind, name, p.Text)
	}
}
