package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// textDoc is a one-page document whose page says text.
func textDoc(text string) []byte {
	return onePage("/Font<</F1 "+helvetica+">>", "BT /F1 12 Tf 72 700 Td ("+text+") Tj ET")
}

// lastXref returns the offset given by data's last startxref.
func lastXref(tb testing.TB, data []byte) int {
	tb.Helper()
	i := bytes.LastIndex(data, []byte("startxref"))
	var off int
	if _, err := fmt.Sscan(string(data[i+len("startxref"):]), &off); err != nil {
		tb.Fatal("fixture layout changed")
	}
	return off
}

// withTrailer returns data with extra added to its last trailer dictionary.
func withTrailer(data []byte, extra string) []byte {
	i := bytes.LastIndex(data, []byte("trailer\n<<"))
	i += len("trailer\n<<")
	return append(append(append([]byte(nil), data[:i]...), extra...), data[i:]...)
}

// appendUpdate appends an incremental update with an empty cross-reference
// section whose trailer's /Prev is prev, and returns the new section's
// offset.
func appendUpdate(data []byte, prev int) ([]byte, int) {
	var b bytes.Buffer
	b.Write(data)
	off := b.Len()
	fmt.Fprintf(&b, "xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 5/Root 1 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n", prev, off)
	return b.Bytes(), off
}

// xrefStreamDoc returns a one-page document whose cross-reference section is
// an uncompressed xref stream with the given /Size, /W and /Index.
func xrefStreamDoc(text, size, w, index string) []byte {
	content := "BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET"
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 800]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(content), content),
		helvetica,
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	var table bytes.Buffer
	table.Write([]byte{0, 0, 0, 0})
	for i, o := range objs {
		off := b.Len()
		table.Write([]byte{1, byte(off >> 8), byte(off), 0})
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	off := b.Len()
	table.Write([]byte{1, byte(off >> 8), byte(off), 0})
	fmt.Fprintf(&b, "6 0 obj\n<</Type/XRef/Size %s/W %s/Index %s/Root 1 0 R/Length %d>>\nstream\n", size, w, index, table.Len())
	b.Write(table.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", off)
	return b.Bytes()
}

// TestDamagedXref: a cross-reference chain the library would loop on or
// allocate gigabytes from is cut or left for the object scan, and the
// text is read, with a warning saying what was done.
func TestDamagedXref(t *testing.T) {
	const text = "Jane Roe said hello"
	good := textDoc(text)
	x := lastXref(t, good)
	// x -> a -> x: the first trailer's /Prev is written once the offset of
	// the update after it is known, in a placeholder of the same width.
	placeholder := withTrailer(good, "/Prev 0000000000")
	twoLoop, a := appendUpdate(placeholder, lastXref(t, placeholder))
	twoLoop = bytes.Replace(twoLoop, []byte("/Prev 0000000000"), []byte(fmt.Sprintf("/Prev %010d", a)), 1)
	chain, _ := appendUpdate(good, x)
	for _, tc := range []struct {
		name string
		data []byte
		warn string // "" for no warning
	}{
		{"intact", good, ""},
		{"incremental update", chain, ""},
		{"xref stream", xrefStreamDoc(text, "7", "[1 2 1]", "[0 7]"), ""},
		{"prev to itself", withTrailer(good, fmt.Sprintf("/Prev %d", x)), "/Prev loop"},
		{"prev loop over two sections", twoLoop, "/Prev loop"},
		{"prev to itself twice in one trailer", withTrailer(good, fmt.Sprintf("/Prev %d/Prev %d", x, x)), "/Prev loop"},
		{"subsection start huge", bytes.Replace(good, []byte("xref\n0 5\n"), []byte("xref\n900000000 5\n"), 1), "subsection 900000000 5"},
		{"subsection count huge", bytes.Replace(good, []byte("xref\n0 5\n"), []byte("xref\n0 2147483647\n"), 1), "objects found by scanning"},
		{"xref stream size huge", xrefStreamDoc(text, "2147483647", "[1 2 1]", "[0 7]"), "/Size 2147483647"},
		{"xref stream index huge", xrefStreamDoc(text, "7", "[1 2 1]", "[2147483000 7]"), "/Index 2147483000 7"},
		{"xref stream width huge", xrefStreamDoc(text, "7", "[1 2147483647 1]", "[0 7]"), "/W entry 1"},
		{"xref stream width negative", xrefStreamDoc(text, "7", "[1 -2 1]", "[0 7]"), "/W entry 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := OpenBytes(context.Background(), "x.pdf", tc.data)
			if err != nil {
				t.Fatal(err)
			}
			warnings := strings.Join(f.Warnings(), "\n")
			if tc.warn == "" && warnings != "" || !strings.Contains(warnings, tc.warn) {
				t.Errorf("warnings %q, want %q", warnings, tc.warn)
			}
			p, err := f.Page(1)
			if err != nil {
				t.Fatal(err)
			}
			if got := pageText(p); got != text {
				t.Errorf("text %q, want %q", got, text)
			}
		})
	}
}

// TestCheckXref: checkXref vets the numbers the library allocates from
// without allocating from them, and cuts a /Prev loop in a copy.
func TestCheckXref(t *testing.T) {
	good := textDoc("x")
	x := lastXref(t, good)
	loop := withTrailer(good, fmt.Sprintf("/Prev %d", x))
	fixed, note, err := checkXref(loop)
	if err != nil || !strings.Contains(note, "/Prev loop") {
		t.Fatalf("note %q, error %v", note, err)
	}
	if len(fixed) != len(loop) || bytes.Contains(fixed, []byte("/Prev")) || !bytes.Contains(loop, []byte("/Prev")) {
		t.Errorf("the loop is not cut in a copy of the same length")
	}
	huge := bytes.Replace(good, []byte("xref\n0 5\n"), []byte("xref\n9223372036854775807 5\n"), 1)
	allocs := testing.AllocsPerRun(5, func() {
		if _, _, err := checkXref(huge); !errors.Is(err, errXrefAbsurd) {
			t.Errorf("error %v, want errXrefAbsurd", err)
		}
	})
	if allocs > 200 {
		t.Errorf("%v allocations", allocs)
	}
	// Many sections, each pointing at the one before: a chain, no loop.
	many := good
	prev := x
	for range 50 {
		many, prev = appendUpdate(many, prev)
	}
	if _, note, err := checkXref(many); note != "" || err != nil {
		t.Errorf("a chain of 51 sections: note %q, error %v", note, err)
	}
}
