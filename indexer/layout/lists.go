package layout

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// List items become blocks of their own. A list is rarely set apart from
// its items by spacing: bullets and enumerators follow one another at the
// leading of the text, and a list printed from HTML may show no marker at
// all. A line starts a new item when
//
//   - it starts with a marker (a bullet glyph or an enumerator such as
//     "1.", "a)", "(iv)") after a line that ended by a hard break, or at
//     the left edge of an earlier item of the block with the same kind of
//     marker, the lines since (the item's continuation) hanging at or
//     right of it;
//   - in body text without a marker, the line before ended by a hard break
//     and the line starts with a capital or a digit, indented: right of
//     the column's left edge as the line before is (an unmarked list), or
//     indented from the line before (a lead-in, then the list);
//   - the line before ended by a hard break and the line starts left of
//     every line of the item: the text after the list.
//
// A hard break is a line that ended although the first word of the next
// line would have fitted after it within the column's measure: the
// typesetter did not wrap the text there. A paragraph's own lines start
// at the column's left edge, so a short line there followed by a capital
// (a paragraph set without spacing, or hand-broken lines) stays in its
// block.

// measures gives the edges of the text of a page's column regions, per
// region and size.
type measures map[measureKey]edges

type measureKey struct {
	page, region int
	size         float64
}

// edges of a column: left, the least left edge of its lines; right, the
// second greatest right edge (one line may stick out — a long address, a
// right-aligned date — so the measure is never guessed larger than the
// text shows).
type edges struct{ left, right float64 }

func pageMeasures(pages [][]*pline) measures {
	type acc struct{ left, r0, r1 float64 } // r0 ≥ r1: the two greatest right edges
	all := map[measureKey]acc{}
	for _, p := range pages {
		for _, l := range p {
			if l.col != 0 || l.chars == 0 {
				continue
			}
			k := measureKey{l.page, l.region, sizeKey(l.size)}
			a, ok := all[k]
			if !ok {
				a = acc{math.Inf(1), math.Inf(-1), math.Inf(-1)}
			}
			a.left = math.Min(a.left, l.x0)
			switch {
			case l.x1 > a.r0:
				a.r0, a.r1 = l.x1, a.r0
			case l.x1 > a.r1:
				a.r1 = l.x1
			}
			all[k] = a
		}
	}
	m := measures{}
	for k, a := range all {
		e := edges{left: a.left, right: a.r1}
		if math.IsInf(a.r1, -1) {
			e.right = a.r0
		}
		m[k] = e
	}
	return m
}

func (m measures) of(l *pline) (edges, bool) {
	e, ok := m[measureKey{l.page, l.region, sizeKey(l.size)}]
	return e, ok
}

// hardBreak reports whether line prev ended although the first word of
// next would have fitted after it within the column's measure. A line
// ending in a hyphen is a word broken at the line's end, never a hard
// break.
func hardBreak(prev, next *pline, m measures) bool {
	if len(prev.words) == 0 || len(next.words) == 0 || prev.col != 0 || next.col != 0 {
		return false
	}
	if strings.HasSuffix(prev.words[len(prev.words)-1].text(), "-") {
		return false
	}
	e, ok := m.of(prev)
	if !ok {
		return false
	}
	w := next.words[0]
	width := w.x1 - w.x0
	if len(next.words) > 1 && listMarker(w.text()) != "" {
		// A marker is set with its item's first word.
		width = next.words[1].x1 - w.x0
	}
	space := 0.25 * prev.size
	return prev.x1+space+width <= e.right-space
}

var (
	// enumerator: "1." "12)" "a." "b)" "iv." "(3)" "(c)" "(ii)" "A)" "(B)".
	enumerator = regexp.MustCompile(`^(?:\(?(?:[0-9]{1,3}|[a-z]|[ivxlc]{1,6})[.)]|[A-Z]\)|\((?:[0-9]{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})\))$`)
)

// listMarker returns the kind of list marker word s is — the bullet
// itself, or the shape of an enumerator ("1.", "(a)", "i)") — or "".
func listMarker(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if r, n := utf8.DecodeRuneInString(s); n == len(s) && bullet(r) {
		return s
	}
	if enumerator.MatchString(s) {
		return enumShape(s)
	}
	return ""
}

// enumShape is the kind of an enumerator: its punctuation and whether it
// counts in digits, Roman numerals or letters.
func enumShape(s string) string {
	core := strings.Trim(s, "().")
	core = strings.TrimSuffix(core, ")")
	kind := "a"
	switch {
	case core == "":
	case unicode.IsDigit(rune(core[0])):
		kind = "1"
	case strings.Trim(strings.ToLower(core), "ivxlc") == "" && len(core) > 1:
		kind = "i"
	case unicode.IsUpper(rune(core[0])):
		kind = "A"
	}
	return strings.Replace(s, core, kind, 1)
}

// bullet: a glyph that marks a list item — common bullets, dashes, the
// geometric shapes, dingbats and arrows fonts draw them with, and the
// private use area where symbol fonts put theirs.
func bullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '∙', '·', '●', '○', '■', '□', '◆', '◇', '–', '—', '-', '*', '+', '»', '→', '⇒', '✓', '✔', '✗', '➢', '➤', '►', '▶', '❖':
		return true
	}
	return r >= 0x25a0 && r <= 0x25ff || r >= 0x2700 && r <= 0x27bf || r >= 0xe000 && r <= 0xf8ff
}

// maxItemLines bounds the lines of one list item looked back over for
// its marker: the time per line stays constant whatever the page.
const maxItemLines = 40

// itemSplit is what startsItem finds a line to start.
type itemSplit int

const (
	noSplit   itemSplit = iota
	itemStart           // a list item
	itemEnd             // the text after a list
)

// startsWithMarker: line l starts with a list marker.
func startsWithMarker(l *pline) bool {
	return len(l.words) > 0 && listMarker(l.words[0].text()) != ""
}

// startsItem reports whether line l starts a new list item, or the text
// after a list, within the block cur, after line prev. An unmarked item
// that starts a block makes cur, the item before it at the same indent,
// an item too.
func startsItem(cur *blk, prev, l *pline, m measures, body style) itemSplit {
	if len(l.words) == 0 || l.col != 0 {
		return noSplit
	}
	hard := hardBreak(prev, l, m)
	if kind := listMarker(l.words[0].text()); kind != "" {
		if hard {
			return itemStart
		}
		// An earlier item of the block with the same marker at the same
		// left edge, and only its continuation lines since.
		tol := 0.3 * l.size
		for i := len(cur.lines) - 1; i >= 0 && i >= len(cur.lines)-maxItemLines; i-- {
			c := cur.lines[i]
			if c.x0 < l.x0-tol {
				return noSplit
			}
			if len(c.words) > 0 && math.Abs(c.x0-l.x0) <= tol && listMarker(c.words[0].text()) == kind {
				return itemStart
			}
		}
		return noSplit
	}
	if hard && outdented(cur, l, m) {
		return itemEnd
	}
	if !hard || l.fam != body.fam || math.Abs(l.size-body.size) > 0.75 || l.bold || l.italic || prev.bold || prev.italic {
		return noSplit
	}
	// Without a marker, an item is known by its indent: the line stands
	// right of the column's left edge (a paragraph's lines start at it),
	// as the line before does, or it is indented from the line before.
	e, ok := m.of(l)
	if !ok || l.x0 < e.left+l.size || prev.x0 < e.left+l.size && l.x0 < prev.x0+l.size {
		return noSplit
	}
	if !startsCapital(l.text()) {
		return noSplit
	}
	if math.Abs(cur.lines[0].x0-l.x0) <= 0.3*l.size {
		cur.item = true // the item before, at the same indent
	}
	return itemStart
}

// startsCapital: the first letter or digit of s, after opening quotes and
// brackets, is a capital or a digit.
func startsCapital(s string) bool {
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return true
		case unicode.IsLetter(r):
			return false
		case strings.ContainsRune(`"“‘'([`, r):
			continue
		default:
			return false
		}
	}
	return false
}

// outdented: line l starts left of every line of cur (by more than a
// third of its size), and cur is a list item: its first line starts with
// a marker or stands right of the column's left edge.
func outdented(cur *blk, l *pline, m measures) bool {
	if l.x0 > cur.x0-0.3*l.size { // cur.x0: the least left edge of its lines
		return false
	}
	first := cur.lines[0]
	if len(first.words) > 0 && listMarker(first.words[0].text()) != "" {
		return true
	}
	e, ok := m.of(first)
	return ok && first.x0 >= e.left+first.size
}
