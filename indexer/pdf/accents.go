package pdf

import "unicode"

// spacingAccents maps the spacing forms of diacritics to their combining
// marks. Some producers (groff's gropdf, old TeX fonts) draw "ć" as "c"
// and a separate "´" over it; pdftotext composes them, and so does
// composeAccents. The ASCII look-alikes (` ^ ~) are left alone: they are
// characters of their own often enough.
var spacingAccents = map[string]rune{
	"´": '\u0301', "¨": '\u0308', "ˆ": '\u0302', "˜": '\u0303', "¸": '\u0327',
	"ˇ": '\u030C', "˘": '\u0306', "˙": '\u0307', "˚": '\u030A', "˛": '\u0328',
	"˝": '\u030B', "¯": '\u0304', "ˋ": '\u0300',
}

// composeAccents returns gs with each spacing accent drawn over a letter
// next to it in the content stream (its middle within the letter's
// advance, on the letter's line) joined to that letter as a combining
// mark; other accents stay as they are.
func composeAccents(gs []Glyph) []Glyph {
	var out []Glyph
	for i, g := range gs {
		mark, ok := spacingAccents[g.S]
		if !ok {
			if out != nil {
				out = append(out, g)
			}
			continue
		}
		target := -1
		mid := g.X + g.W/2
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(gs) {
				continue
			}
			l := gs[j]
			r := []rune(l.S)
			if len(r) == 0 || !unicode.IsLetter(r[len(r)-1]) || l.Size <= 0 || l.W <= 0 {
				continue
			}
			if mid >= l.X && mid <= l.X+l.W && abs(g.Y-l.Y) < 0.5*l.Size {
				target = j
				break
			}
		}
		if target < 0 {
			if out != nil {
				out = append(out, g)
			}
			continue
		}
		if out == nil {
			out = append(make([]Glyph, 0, len(gs)), gs[:i]...)
		}
		if target == i-1 {
			out[len(out)-1].S += string(mark)
		} else {
			gs[i+1].S += string(mark) // the letter comes next: it carries the mark
		}
	}
	if out == nil {
		return gs
	}
	return out
}
