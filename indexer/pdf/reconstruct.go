package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// maxObjectNumber bounds the object numbers reconstruct accepts.
const maxObjectNumber = 1 << 22

// reconstruct rebuilds a document whose cross-reference table or trailer
// is lost (a truncated download, damaged bytes): it finds the "N G obj"
// definitions by scanning, keeps the last definition of each number, and
// appends a new cross-reference table and trailer. The root is the
// document's last catalog when useCatalog is set and one is found, and
// otherwise a new catalog listing every page object found, in file order. It returns
// nil when no page object is found, and the number of objects found.
//
// Objects held in object streams (PDF 1.5, written by most producers since)
// are found too: each object stream found is decompressed and its objects
// appended as plain definitions, unless the number is defined plainly.
func reconstruct(data []byte, useCatalog bool) ([]byte, int) {
	return reconstructFrom(data, useCatalog, true)
}

func reconstructFrom(data []byte, useCatalog, unpack bool) ([]byte, int) {
	type def struct {
		num, gen int
		off      int
	}
	var defs []def
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("obj"))
		if j < 0 {
			break
		}
		at := i + j
		i = at + 3
		if at+3 < len(data) && isRegular(data[at+3]) {
			continue // "object", "objstm"
		}
		// Back over: white space, generation, white space, number.
		k := at
		gen, ok := digitsBefore(data, &k)
		if !ok {
			continue
		}
		num, ok := digitsBefore(data, &k)
		if !ok || num <= 0 || num >= maxObjectNumber || k > 0 && isRegular(data[k-1]) {
			continue
		}
		defs = append(defs, def{num, gen, k})
	}
	if len(defs) == 0 {
		return nil, 0
	}
	latest := map[int]def{}
	for _, d := range defs {
		latest[d.num] = d // later definitions win, as with incremental updates
	}
	ends := make([]int, 0, len(defs))
	for _, d := range defs {
		ends = append(ends, d.off)
	}
	sort.Ints(ends)
	// A word the library cannot read (/MediaBox [0 0 nan 792]) costs the
	// whole object: it becomes a 0, in a copy.
	cleaned := false
	for _, d := range latest {
		end := len(data)
		if k := sort.SearchInts(ends, d.off+1); k < len(ends) {
			end = ends[k]
		}
		if junk := junkWords(data[d.off:end]); len(junk) > 0 {
			if !cleaned {
				data, cleaned = bytes.Clone(data), true
			}
			for _, w := range junk {
				w := data[d.off+w[0] : d.off+w[1]]
				w[0] = '0'
				for i := 1; i < len(w); i++ {
					w[i] = ' '
				}
			}
		}
	}
	body := func(d def) []byte {
		k := sort.SearchInts(ends, d.off+1)
		end := len(data)
		if k < len(ends) {
			end = ends[k]
		}
		return data[d.off:min(end, d.off+1<<16)]
	}
	if unpack {
		var extra bytes.Buffer
		budget := maxUnpacked
		for _, d := range latest {
			end := len(data)
			if k := sort.SearchInts(ends, d.off+1); k < len(ends) {
				end = ends[k]
			}
			if b := data[d.off:end]; hasType(b[:min(len(b), 1<<12)], "ObjStm") {
				budget -= unpackObjectStream(b, func(num int) bool { _, ok := latest[num]; return ok }, &extra, budget)
			}
			if budget <= 0 {
				break
			}
		}
		if extra.Len() > 0 {
			joined := make([]byte, 0, len(data)+1+extra.Len())
			joined = append(append(append(joined, data...), '\n'), extra.Bytes()...)
			return reconstructFrom(joined, useCatalog, false)
		}
	}
	var catalog, pages []def
	for _, d := range latest {
		b := body(d)
		switch {
		case hasType(b, "Catalog") && bytes.Contains(b, []byte("/Pages")):
			catalog = append(catalog, d)
		case hasType(b, "Page"):
			pages = append(pages, d)
		}
	}
	if len(pages) == 0 {
		return nil, len(latest)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].off < pages[j].off })
	sort.Slice(catalog, func(i, j int) bool { return catalog[i].off > catalog[j].off })

	maxNum := 0
	for n := range latest {
		maxNum = max(maxNum, n)
	}
	out := bytes.NewBuffer(make([]byte, 0, len(data)+64*len(latest)+256))
	out.Write(data)
	out.WriteString("\n")
	offsets := map[int]def{}
	for n, d := range latest {
		offsets[n] = d
	}
	root := 0
	if useCatalog && len(catalog) > 0 {
		root = catalog[0].num
	} else {
		root = maxNum + 1
		offsets[root] = def{root, 0, out.Len()}
		fmt.Fprintf(out, "%d 0 obj\n<</Type/Catalog/Pages %d 0 R>>\nendobj\n", root, root+1)
		offsets[root+1] = def{root + 1, 0, out.Len()}
		fmt.Fprintf(out, "%d 0 obj\n<</Type/Pages/Count %d/Kids[", root+1, len(pages))
		for _, p := range pages {
			fmt.Fprintf(out, "%d %d R ", p.num, p.gen)
		}
		out.WriteString("]>>\nendobj\n")
		maxNum = root + 1
	}
	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", maxNum+1)
	for n := 1; n <= maxNum; n++ {
		if d, ok := offsets[n]; ok {
			fmt.Fprintf(out, "%010d %05d n \n", d.off, d.gen%100000)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(out, "trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", maxNum+1, root, xref)
	return out.Bytes(), len(latest)
}

// digitsBefore reads, backwards from *k, white space then a decimal
// number, and moves *k to the number's first digit.
func digitsBefore(data []byte, k *int) (int, bool) {
	i := *k
	for i > 0 && isSpace(data[i-1]) {
		i--
	}
	end := i
	for i > 0 && data[i-1] >= '0' && data[i-1] <= '9' && end-i < 8 {
		i--
	}
	if i == end || end == *k {
		return 0, false
	}
	n := 0
	for _, c := range data[i:end] {
		n = n*10 + int(c-'0')
	}
	*k = i
	return n, true
}

// hasType reports whether an object's text holds /Type /name (and not a
// longer name: /Page is not /Pages).
func hasType(b []byte, name string) bool {
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("/Type"))
		if j < 0 {
			return false
		}
		k := i + j + len("/Type")
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k < len(b) && b[k] == '/' && bytes.HasPrefix(b[k+1:], []byte(name)) {
			e := k + 1 + len(name)
			if e == len(b) || !isRegular(b[e]) {
				return true
			}
		}
		i = k
	}
}

// maxUnpacked bounds the bytes of objects reconstruct takes out of object
// streams, whatever their compression ratio.
const maxUnpacked = 64 << 20

// unpackObjectStream decompresses the object stream obj (an "N G obj <<…>>
// stream … endstream" text) and writes each object it holds whose number
// defined does not report as "num 0 obj … endobj" to out, up to budget
// bytes. It returns the bytes written. A stream damaged part way gives the
// objects before the damage.
func unpackObjectStream(obj []byte, defined func(int) bool, out *bytes.Buffer, budget int) int {
	s := bytes.Index(obj, []byte("stream"))
	if s < 0 || !bytes.Contains(obj[:s], []byte("/FlateDecode")) {
		return 0
	}
	dict := obj[:s]
	n, okN := dictInt(dict, "/N")
	first, okF := dictInt(dict, "/First")
	if !okN || !okF || n <= 0 || first <= 0 {
		return 0
	}
	s += len("stream")
	for s < len(obj) && (obj[s] == '\r' || obj[s] == '\n') {
		s++
	}
	e := bytes.LastIndex(obj, []byte("endstream"))
	if e < s {
		e = len(obj)
	}
	zr, err := zlib.NewReader(bytes.NewReader(obj[s:e]))
	if err != nil {
		return 0
	}
	data, _ := io.ReadAll(io.LimitReader(zr, int64(min(budget, maxStreamSize))))
	if first > len(data) {
		return 0
	}
	// The header: n pairs of object number and offset from first.
	lx := &lexer{data: data[:first]}
	type entry struct{ num, off int }
	var entries []entry
	for len(entries) < n {
		a, _, isOp, ok := lx.next()
		if !ok || isOp || a.kind != kNum {
			break
		}
		b, _, isOp, ok := lx.next()
		if !ok || isOp || b.kind != kNum {
			break
		}
		entries = append(entries, entry{int(a.num), int(b.num)})
	}
	written := 0
	for i, en := range entries {
		lo := first + en.off
		hi := len(data)
		if i+1 < len(entries) {
			hi = first + entries[i+1].off
		}
		if en.num <= 0 || en.num >= maxObjectNumber || defined(en.num) || lo < first || lo >= hi || hi > len(data) {
			continue
		}
		before := out.Len()
		fmt.Fprintf(out, "%d 0 obj\n", en.num)
		out.Write(data[lo:hi])
		out.WriteString("\nendobj\n")
		written += out.Len() - before
		if written >= budget {
			break
		}
	}
	return written
}

// dictInt reads the integer after key in a dictionary's text ("/N 12").
func dictInt(dict []byte, key string) (int, bool) {
	for i := 0; ; {
		j := bytes.Index(dict[i:], []byte(key))
		if j < 0 {
			return 0, false
		}
		k := i + j + len(key)
		i = k
		if k < len(dict) && isRegular(dict[k]) {
			continue // a longer name: /Names for /N
		}
		for k < len(dict) && isSpace(dict[k]) {
			k++
		}
		v, digits := 0, 0
		for k < len(dict) && dict[k] >= '0' && dict[k] <= '9' && digits < 10 {
			v = v*10 + int(dict[k]-'0')
			k++
			digits++
		}
		if digits > 0 {
			return v, true
		}
	}
}

// junkWords returns the spans of the bare words in the dictionary part of
// the object text b (up to "stream" or "endobj") that the library cannot
// read: not a keyword of objects, nor an integer or real it parses (nan,
// inf, 1e999, an integer beyond 64 bits).
func junkWords(b []byte) [][2]int {
	var junk [][2]int
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case isSpace(c) || c == '[' || c == ']' || c == '>' || c == '{' || c == '}' || c == ')':
			i++
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case c == '/':
			i++
			for i < len(b) && isRegular(b[i]) {
				i++
			}
		case c == '<':
			if i+1 < len(b) && b[i+1] == '<' {
				i += 2
				continue
			}
			e := bytes.IndexByte(b[i:], '>')
			if e < 0 {
				return junk
			}
			i += e + 1
		case c == '(':
			depth := 0
			for i < len(b) {
				c := b[i]
				i++
				if c == '\\' {
					i++
				} else if c == '(' {
					depth++
				} else if c == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
		default:
			start := i
			for i < len(b) && isRegular(b[i]) {
				i++
			}
			switch w := string(b[start:i]); w {
			case "stream", "endobj":
				return junk
			case "obj", "R", "true", "false", "null", "endstream":
			default:
				if !libNumber(w) {
					junk = append(junk, [2]int{start, i})
				}
			}
		}
	}
	return junk
}

// libNumber reports whether the library reads w as a number: digits with
// a sign perhaps and at most one dot, within the range of its types.
func libNumber(w string) bool {
	s := strings.TrimLeft(w, "+-")
	if len(w)-len(s) > 1 || s == "" || strings.Trim(s, "0123456789.") != "" || strings.Count(s, ".") > 1 {
		return false
	}
	var err error
	if strings.Contains(s, ".") {
		_, err = strconv.ParseFloat(w, 64)
	} else {
		_, err = strconv.ParseInt(w, 10, 64)
	}
	return err == nil
}
