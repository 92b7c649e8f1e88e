package pdf

import (
	"unicode/utf16"
	"unicode/utf8"
)

// cmap is what we use of a CMap stream: its code space ranges (how many
// bytes each code takes) and, for a ToUnicode CMap, the text of each code.
type cmap struct {
	space  []codeRange
	chars  map[uint64]string // key: code length << 32 | code
	ranges []uniRange        // bfranges left unexpanded (over budget)
}

type codeRange struct {
	lo, hi []byte
}

type uniRange struct {
	n      int
	lo, hi uint32
	dst    []uint16 // start value, incremented on its last unit
	arr    []string // or one text per code
	hasArr bool
}

// maxCMapEntries bounds how many bfrange codes are expanded into the map;
// the rest are computed when looked up.
const maxCMapEntries = 1 << 17

// maxCodeSpan bounds one bfrange: hostile CMaps declare <00000000><FFFFFFFF>.
const maxCodeSpan = 1 << 16

func codeKey(n int, code uint32) uint64 { return uint64(n)<<32 | uint64(code) }

func codeOf(b []byte) uint32 {
	var x uint32
	for _, c := range b {
		x = x<<8 | uint32(c)
	}
	return x
}

// parseCMap reads the code space, bfchar and bfrange sections of a CMap. It
// is lenient: section counts are ignored (the operands between beginX and
// endX are used), and garbage is skipped.
func parseCMap(data []byte) *cmap {
	m := &cmap{chars: map[uint64]string{}}
	lx := &lexer{data: data}
	var stk []operand
	var mode string
	expanded := 0
	for {
		v, op, isOp, ok := lx.next()
		if !ok {
			break
		}
		if !isOp {
			if v.kind == kStr || v.kind == kArray {
				// Copy: the lexer reuses its buffers after each operator,
				// and these operands span several.
				v.b = append([]byte(nil), v.b...)
				if v.kind == kArray {
					arr := make([]operand, len(v.arr))
					for i, e := range v.arr {
						arr[i] = e
						arr[i].b = append([]byte(nil), e.b...)
					}
					v.arr = arr
				}
			}
			if len(stk) < 1<<16 {
				stk = append(stk, v)
			}
			continue
		}
		switch string(op) {
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			mode = string(op)
		case "endcodespacerange":
			if mode == "begincodespacerange" {
				for i := 0; i+1 < len(stk); i += 2 {
					lo, hi := stk[i], stk[i+1]
					if lo.kind == kStr && hi.kind == kStr && len(lo.b) == len(hi.b) && len(lo.b) >= 1 && len(lo.b) <= 4 {
						m.space = append(m.space, codeRange{lo.b, hi.b})
					}
				}
			}
			mode = ""
		case "endbfchar":
			if mode == "beginbfchar" {
				for i := 0; i+1 < len(stk); i += 2 {
					src, dst := stk[i], stk[i+1]
					if src.kind != kStr || len(src.b) == 0 || len(src.b) > 4 || dst.kind != kStr {
						continue
					}
					m.chars[codeKey(len(src.b), codeOf(src.b))] = utf16Text(dst.b)
				}
			}
			mode = ""
		case "endbfrange":
			if mode == "beginbfrange" {
				for i := 0; i+2 < len(stk); i += 3 {
					expanded += m.addRange(stk[i], stk[i+1], stk[i+2], maxCMapEntries-expanded)
				}
			}
			mode = ""
		default:
			// Any other operator (def, begincmap, findresource, usecmap …)
			// consumes its operands as far as we are concerned.
		}
		stk = stk[:0]
		lx.reset()
	}
	return m
}

// addRange records one bfrange, expanding at most budget codes into the
// map; it returns how many it expanded.
func (m *cmap) addRange(lo, hi, dst operand, budget int) int {
	if lo.kind != kStr || hi.kind != kStr || len(lo.b) == 0 || len(lo.b) > 4 || len(lo.b) != len(hi.b) {
		return 0
	}
	n := len(lo.b)
	a, b := codeOf(lo.b), codeOf(hi.b)
	if b < a {
		return 0
	}
	if b-a >= maxCodeSpan {
		b = a + maxCodeSpan - 1
	}
	r := uniRange{n: n, lo: a, hi: b}
	switch dst.kind {
	case kStr:
		r.dst = utf16Units(dst.b)
		if len(r.dst) == 0 {
			return 0
		}
	case kArray:
		r.hasArr = true
		for _, e := range dst.arr {
			if e.kind == kStr {
				r.arr = append(r.arr, utf16Text(e.b))
			} else {
				r.arr = append(r.arr, "")
			}
		}
	default:
		return 0
	}
	span := int(b-a) + 1
	if span > budget {
		m.ranges = append(m.ranges, r)
		return 0
	}
	for c := a; ; c++ {
		key := codeKey(n, c)
		if _, dup := m.chars[key]; !dup {
			m.chars[key] = r.text(c)
		}
		if c == b {
			break
		}
	}
	return span
}

func (r *uniRange) text(code uint32) string {
	off := code - r.lo
	if r.hasArr {
		if int(off) < len(r.arr) {
			return r.arr[off]
		}
		return ""
	}
	u := make([]uint16, len(r.dst))
	copy(u, r.dst)
	u[len(u)-1] += uint16(off)
	return string(utf16.Decode(u))
}

// lookup returns the text of an n-byte code.
func (m *cmap) lookup(n int, code uint32) (string, bool) {
	if s, ok := m.chars[codeKey(n, code)]; ok {
		return s, true
	}
	for i := range m.ranges {
		r := &m.ranges[i]
		if r.n == n && code >= r.lo && code <= r.hi {
			return r.text(code), true
		}
	}
	return "", false
}

// codeLen returns the length of the code at the start of b by the code
// space ranges, or 0 when none matches.
func (m *cmap) codeLen(b []byte) int {
	for n := 1; n <= 4 && n <= len(b); n++ {
	Ranges:
		for _, r := range m.space {
			if len(r.lo) != n {
				continue
			}
			for i := 0; i < n; i++ {
				if b[i] < r.lo[i] || b[i] > r.hi[i] {
					continue Ranges
				}
			}
			return n
		}
	}
	return 0
}

// minCodeLen is the shortest code length in the code space, or 0.
func (m *cmap) minCodeLen() int {
	n := 0
	for _, r := range m.space {
		if n == 0 || len(r.lo) < n {
			n = len(r.lo)
		}
	}
	return n
}

func utf16Units(b []byte) []uint16 {
	if len(b) == 1 {
		return []uint16{uint16(b[0])}
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return u
}

// utf16Text decodes a ToUnicode destination: big-endian UTF-16, or one
// byte taken as a Latin-1 character.
func utf16Text(b []byte) string {
	if len(b) == 1 {
		return string(rune(b[0]))
	}
	if len(b) == 2 && b[0] == 0 && b[1] < utf8.RuneSelf {
		return string(rune(b[1]))
	}
	return string(utf16.Decode(utf16Units(b)))
}
