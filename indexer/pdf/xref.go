package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

// The library reads the cross-reference chain trusting its numbers: it
// follows /Prev without remembering where it has been (a section pointing
// back at itself spins until the deadline), and it sizes its table from a
// subsection's first object number, an xref stream's /Size, /Index and /W
// (one garbled digit asks for gigabytes, which in a worker under a memory
// limit is a fatal error no recover catches). checkXref walks the chain
// first, the way the library will, and vets those numbers.

// maxXrefSections bounds the sections of a cross-reference chain walked
// (one per incremental update).
const maxXrefSections = 1 << 12

// errXrefAbsurd marks a cross-reference chain the library must not read:
// the caller finds the objects by scanning instead.
var errXrefAbsurd = errors.New("absurd cross-reference table")

// maxXrefLen is the largest table length (highest object number + 1)
// accepted for a file of n bytes: every object takes at least a few bytes
// of the file, so a number far beyond its size is damage; and never more
// than the object numbers reconstruct accepts.
func maxXrefLen(n int) int64 {
	return int64(min(max(n, 1<<16), maxObjectNumber))
}

// xrefReadBudget bounds what walkXref reads, in file sizes (a chain of
// ordinary sections reads the file about once).
const xrefReadBudget = 4

// maxPrevCuts bounds the /Prev keys checkXref renames (a dictionary may
// repeat its key: the library reads the last one, then the one before).
const maxPrevCuts = 8

// checkXref walks the cross-reference chain of data from its last
// startxref. A /Prev that leads back to a section already read is cut there
// (the key is renamed in a copy of data, which the library then reads
// whole): the note says so. A number that would make the library allocate
// beyond maxXrefLen, or a chain longer than maxXrefSections, is an error
// wrapping errXrefAbsurd, with data as given. What the walk cannot follow
// it leaves to the library, whose own errors are bounded.
func checkXref(data []byte) ([]byte, string, error) {
	fixed, first := data, ""
	for range maxPrevCuts {
		key, note, err := walkXref(fixed)
		switch {
		case err != nil:
			return data, "", err
		case note == "":
			return fixed, first, nil
		case first == "":
			first = note
			fixed = bytes.Clone(data)
		}
		copy(fixed[key:], "/PreX") // same length: every offset holds
	}
	return data, "", fmt.Errorf("%w: /Prev loops after %d cuts", errXrefAbsurd, maxPrevCuts)
}

// walkXref walks the chain once: it returns the offset of the /Prev key
// that closes a loop, with a note, or an error wrapping errXrefAbsurd.
func walkXref(data []byte) (int, string, error) {
	i := bytes.LastIndex(data[max(0, len(data)-1024):], []byte("startxref"))
	if i < 0 {
		return 0, "", nil
	}
	s := &xscan{data: data, pos: max(0, len(data)-1024) + i + len("startxref")}
	off, ok := s.int()
	if !ok {
		return 0, "", nil
	}
	limit := maxXrefLen(len(data))
	seen := map[int64]bool{}
	// Sections may nest inside each other's strings: every section read
	// may cost the rest of the file, so the walk reads at most
	// xrefReadBudget times the file's size in all.
	budget := xrefReadBudget * int64(len(data))
	for n := 0; ; n++ {
		if off < 0 || off >= int64(len(data)) {
			return 0, "", nil
		}
		if n >= maxXrefSections {
			return 0, "", fmt.Errorf("%w: more than %d sections", errXrefAbsurd, maxXrefSections)
		}
		seen[off] = true
		sec := xsection(data, int(off), limit)
		if budget -= int64(max(sec.end-int(off), 1)); budget < 0 {
			return 0, "", fmt.Errorf("%w: the cross-reference sections read more than %d times the file", errXrefAbsurd, xrefReadBudget)
		}
		if sec.err != nil {
			return 0, "", fmt.Errorf("%w: %v", errXrefAbsurd, sec.err)
		}
		if !sec.hasPrev {
			return 0, "", nil
		}
		if seen[sec.prev] {
			return sec.prevKey, fmt.Sprintf("cross-reference section at offset %d points back to offset %d (/Prev loop): cut there", off, sec.prev), nil
		}
		off = sec.prev
	}
}

// section is what checkXref reads of one cross-reference section.
type section struct {
	end     int // where reading the section stopped
	hasPrev bool
	prev    int64 // offset of the previous section
	prevKey int   // offset of the /Prev key
	err     error // a number the library would allocate from is absurd
}

// xsection reads the section at off: a classic table ("xref" subsections
// "trailer" dictionary) or an xref stream object. A section it cannot
// follow ends the walk (no Prev, no error).
func xsection(data []byte, off int, limit int64) (sec section) {
	s := &xscan{data: data, pos: off}
	defer func() { sec.end = s.pos }()
	if s.keyword("xref") {
		for {
			if s.keyword("trailer") {
				break
			}
			start, ok1 := s.int()
			n, ok2 := s.int()
			if !ok1 || !ok2 {
				return section{}
			}
			if start < 0 || n < 0 || start > limit || n > limit-start {
				sec.err = fmt.Errorf("subsection %d %d, file of %d bytes", start, n, len(data))
				return sec
			}
			for i := int64(0); i < n; i++ {
				_, ok1 := s.int()
				_, ok2 := s.int()
				if !ok1 || !ok2 || !(s.keyword("n") || s.keyword("f")) {
					return section{} // the library stops here too
				}
			}
		}
		d, ok := s.dict(0)
		if !ok {
			return section{}
		}
		return prevOf(d)
	}
	// An xref stream: "num gen obj <<…>> stream".
	if _, ok := s.int(); !ok {
		return section{}
	}
	if _, ok := s.int(); !ok || !s.keyword("obj") {
		return section{}
	}
	d, ok := s.dict(0)
	if !ok || d["Type"].name != "XRef" {
		return section{}
	}
	if v, ok := d["Size"]; ok && v.isInt && (v.i < 0 || v.i > limit) {
		sec.err = fmt.Errorf("stream /Size %d, file of %d bytes", v.i, len(data))
		return sec
	}
	for k, w := range d["W"].arr {
		if !w.isInt || w.i < 0 || w.i > 8 {
			sec.err = fmt.Errorf("stream /W entry %d is %s", k, w.text())
			return sec
		}
	}
	idx := d["Index"].arr
	for k := 0; k+1 < len(idx); k += 2 {
		start, n := idx[k], idx[k+1]
		if !start.isInt || !n.isInt || start.i < 0 || n.i < 0 || start.i > limit || n.i > limit-start.i {
			sec.err = fmt.Errorf("stream /Index %s %s, file of %d bytes", start.text(), n.text(), len(data))
			return sec
		}
	}
	return prevOf(d)
}

func prevOf(d map[string]xval) section {
	p, ok := d["Prev"]
	if !ok || !p.isInt {
		return section{}
	}
	return section{hasPrev: true, prev: p.i, prevKey: p.key}
}

// xval is a value of a dictionary read by xscan: an integer, a name, an
// array, or something else (text only).
type xval struct {
	isInt bool
	i     int64
	name  string
	arr   []xval
	raw   []byte
	key   int // offset of the key naming the value in its dictionary
}

func (v xval) text() string {
	if len(v.raw) > 24 {
		return string(v.raw[:24]) + "…"
	}
	return string(v.raw)
}

// xscan reads PDF objects from data at pos, leniently and without
// allocating from numbers it reads.
type xscan struct {
	data []byte
	pos  int
}

const maxXscanDepth = 32

func (s *xscan) skipSpace() {
	d := s.data
	for s.pos < len(d) {
		switch c := d[s.pos]; {
		case isSpace(c):
			s.pos++
		case c == '%':
			for s.pos < len(d) && d[s.pos] != '\n' && d[s.pos] != '\r' {
				s.pos++
			}
		default:
			return
		}
	}
}

// word returns the regular characters at pos without consuming them.
func (s *xscan) word() []byte {
	s.skipSpace()
	e := s.pos
	for e < len(s.data) && isRegular(s.data[e]) {
		e++
	}
	return s.data[s.pos:e]
}

// keyword consumes the keyword kw if it comes next.
func (s *xscan) keyword(kw string) bool {
	if w := s.word(); string(w) == kw {
		s.pos += len(w)
		return true
	}
	return false
}

// int consumes an integer if one comes next (a number too large for int64
// is no integer).
func (s *xscan) int() (int64, bool) {
	w := s.word()
	x, err := strconv.ParseInt(string(w), 10, 64)
	if err != nil {
		return 0, false
	}
	s.pos += len(w)
	return x, true
}

// dict reads a dictionary at pos. Keys of nested values are not kept.
func (s *xscan) dict(depth int) (map[string]xval, bool) {
	s.skipSpace()
	if !bytes.HasPrefix(s.data[s.pos:], []byte("<<")) || depth > maxXscanDepth {
		return nil, false
	}
	s.pos += 2
	d := map[string]xval{}
	for {
		s.skipSpace()
		if s.pos >= len(s.data) {
			return d, true
		}
		if bytes.HasPrefix(s.data[s.pos:], []byte(">>")) {
			s.pos += 2
			return d, true
		}
		if s.data[s.pos] != '/' {
			return d, false
		}
		key := s.pos
		s.pos++
		k := string(s.word())
		s.pos += len(k)
		v, ok := s.value(depth + 1)
		if !ok {
			return d, false
		}
		v.key = key
		d[k] = v
	}
}

// value reads one value at pos.
func (s *xscan) value(depth int) (xval, bool) {
	s.skipSpace()
	if s.pos >= len(s.data) || depth > maxXscanDepth {
		return xval{}, false
	}
	start := s.pos
	d := s.data
	switch c := d[s.pos]; {
	case c == '/':
		s.pos++
		w := s.word()
		s.pos += len(w)
		return xval{name: string(w), raw: d[start:s.pos]}, true
	case c == '<' && s.pos+1 < len(d) && d[s.pos+1] == '<':
		if _, ok := s.dict(depth); !ok {
			return xval{}, false
		}
		return xval{raw: d[start:s.pos]}, true
	case c == '<':
		e := bytes.IndexByte(d[s.pos:], '>')
		if e < 0 {
			return xval{}, false
		}
		s.pos += e + 1
		return xval{raw: d[start:s.pos]}, true
	case c == '(':
		s.skipLiteral()
		return xval{raw: d[start:s.pos]}, true
	case c == '[':
		s.pos++
		var arr []xval
		for {
			s.skipSpace()
			if s.pos >= len(d) {
				return xval{}, false
			}
			if d[s.pos] == ']' {
				s.pos++
				return xval{arr: arr, raw: d[start:s.pos]}, true
			}
			v, ok := s.value(depth + 1)
			if !ok {
				return xval{}, false
			}
			arr = append(arr, v)
		}
	case isRegular(c):
		if x, ok := s.int(); ok {
			// "n g R" is a reference: not an integer.
			save := s.pos
			if _, ok := s.int(); ok && s.keyword("R") {
				return xval{raw: d[start:s.pos]}, true
			}
			s.pos = save
			return xval{isInt: true, i: x, raw: d[start:s.pos]}, true
		}
		w := s.word()
		s.pos += len(w)
		return xval{raw: w}, true
	}
	return xval{}, false
}

// skipLiteral moves past a (string) at pos.
func (s *xscan) skipLiteral() {
	d := s.data
	depth := 0
	for s.pos < len(d) {
		c := d[s.pos]
		s.pos++
		switch c {
		case '\\':
			s.pos++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return
			}
		}
	}
}
