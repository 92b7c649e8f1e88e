package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// nestedXref is a PDF whose cross-reference sections nest inside each
// other's string literals, each trailer's /Prev pointing at the next, the
// last one repeating /Prev into a loop: reading every section's trailer
// reads the rest of the file (a reviewer's construction).
func nestedXref(levels, pad int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	base := b.Len()
	unit := len(fmt.Sprintf("xref\n0 0\ntrailer\n<< /Prev %010d /X (", 0))
	for k := 0; k < levels; k++ {
		if k < levels-1 {
			fmt.Fprintf(&b, "xref\n0 0\ntrailer\n<< /Prev %010d /X (", base+(k+1)*unit)
		} else {
			b.WriteString("xref\n0 0\ntrailer\n<< ")
			for j := 0; j < 9; j++ {
				fmt.Fprintf(&b, "/Prev %010d ", base)
			}
			b.WriteString("/X (")
		}
	}
	b.Write(bytes.Repeat([]byte("a"), pad))
	for k := 0; k < levels; k++ {
		b.WriteString(") >>")
	}
	fmt.Fprintf(&b, "\nstartxref\n%d\n%%%%EOF\n", base)
	return b.Bytes()
}

// TestXrefReadBudget: the walk of nested sections stops at its budget
// (4 file sizes) instead of reading the file once per section.
func TestXrefReadBudget(t *testing.T) {
	data := nestedXref(4000, 1<<20)
	_, _, err := checkXref(data)
	if !errors.Is(err, errXrefAbsurd) || !strings.Contains(err.Error(), "times the file") {
		t.Errorf("checkXref of 4000 nested sections: %v, want the read budget's errXrefAbsurd", err)
	}
}
