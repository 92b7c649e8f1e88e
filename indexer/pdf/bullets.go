package pdf

import (
	"cmp"
	"math"
	"slices"
)

// List bullets are often not text: Chromium, for one, draws the disc of
// an HTML list item as a filled path, so the extracted text runs the items
// of a list together. The interpreter records each small filled shape
// (a mark) and bulletGlyphs turns the marks that begin a line of text into
// "•" glyphs, which layout then reads as it reads a printed bullet.
const (
	maxReach      = 2.5 * maxMarkSide / 0.15 // points a mark's glyph may stand from it
	maxMarkScan   = 1024                     // glyphs looked at around one mark
	maxMarks      = 4096                     // marks recorded per page
	maxMarkPoints = 64                       // points of a path still small enough to be a bullet
	minMarkSide   = 1.0                      // points
	maxMarkSide   = 10.0                     // points
)

// mark is the bounding box of a small filled shape, in page space.
type mark struct{ x0, y0, x1, y1 float64 }

// path is the bounding box of the path being built.
type path struct {
	x0, y0, x1, y1 float64
	points         int
}

// point adds (x, y), in user space, to the path being built.
func (in *interp) point(x, y float64) {
	c := &in.g.ctm
	px, py := x*c[0]+y*c[2]+c[4], x*c[1]+y*c[3]+c[5]
	p := &in.path
	if p.points == 0 {
		p.x0, p.x1, p.y0, p.y1 = px, px, py, py
	} else {
		p.x0, p.x1 = min(p.x0, px), max(p.x1, px)
		p.y0, p.y1 = min(p.y0, py), max(p.y1, py)
	}
	p.points++
}

// pathOp builds the path with a path construction operator, or ends it
// with a painting operator, recording it as a mark when it is small and
// about as high as wide (a disc, a square, a circle).
func (in *interp) pathOp(op string, stk []operand) {
	switch op {
	case "m", "l":
		if x, ok := nums(stk, 2); ok {
			in.point(x[0], x[1])
		}
	case "c":
		if x, ok := nums(stk, 6); ok {
			in.point(x[0], x[1])
			in.point(x[2], x[3])
			in.point(x[4], x[5])
		}
	case "v", "y":
		if x, ok := nums(stk, 4); ok {
			in.point(x[0], x[1])
			in.point(x[2], x[3])
		}
	case "re":
		if x, ok := nums(stk, 4); ok {
			in.point(x[0], x[1])
			in.point(x[0]+x[2], x[1]+x[3])
		}
	case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s": // filled discs and squares, stroked circles
		p := in.path
		w, h := p.x1-p.x0, p.y1-p.y0
		if p.points > 0 && p.points <= maxMarkPoints && len(in.marks) < maxMarks && finite(w, h) &&
			w >= minMarkSide && h >= minMarkSide && w <= maxMarkSide && h <= maxMarkSide &&
			w <= 2*h && h <= 2*w {
			in.marks = append(in.marks, mark{p.x0, p.y0, p.x1, p.y1})
		}
		in.path = path{}
	case "n":
		in.path = path{}
	}
}

// bulletGlyphs returns gs with a "•" glyph before each glyph that a mark
// precedes as a bullet precedes its item: left of the glyph by at most
// two and a half of its size, on its line (the mark's middle between the
// baseline and the cap height), smaller than the glyph's size, and with
// no glyph between them or just left of the mark on the line (the mark
// begins the line). The bullet takes the glyph's baseline, font and size.
func bulletGlyphs(gs []Glyph, marks []mark) []Glyph {
	if len(marks) == 0 || len(gs) == 0 {
		return gs
	}
	// glyphs by line band: the index of each glyph under its baseline
	// rounded to 4 points
	const band = 4.0
	byBand := map[int][]int32{}
	for i, g := range gs {
		if g.Size <= 0 || !finite(g.X, g.Y) {
			continue
		}
		k := int(math.Floor(g.Y / band))
		byBand[k] = append(byBand[k], int32(i))
	}
	for _, b := range byBand {
		slices.SortFunc(b, func(i, j int32) int { return cmp.Compare(gs[i].X, gs[j].X) })
	}
	marksBy := map[int][]int32{} // marks by the band of their middle
	for i, m := range marks {
		k := int(math.Floor((m.y0 + m.y1) / 2 / band))
		marksBy[k] = append(marksBy[k], int32(i))
	}
	before := map[int]Glyph{} // glyph index → bullet to insert before it
	for mi, m := range marks {
		cy, side := (m.y0+m.y1)/2, max(m.x1-m.x0, m.y1-m.y0)
		best, bestDX := -1, math.Inf(1)
		// another mark just left on the line: a row of dots, no bullet
		blocked := false
		for k := int(math.Floor(cy/band)) - 1; k <= int(math.Floor(cy/band))+1 && !blocked; k++ {
			for _, j := range marksBy[k] {
				o := marks[j]
				if int(j) != mi && math.Abs((o.y0+o.y1)/2-cy) < side && o.x1 <= m.x0+0.5*side && m.x0-o.x1 < 4*side {
					blocked = true
					break
				}
			}
		}
		lo, hi := int(math.Floor((cy-maxMarkSide*2.5)/band)), int(math.Floor(cy/band))
		scanned := 0
		for k := lo; k <= hi && !blocked; k++ {
			b := byBand[k]
			// only glyphs near the mark: a glyph it may begin is at most
			// 2.5 of its size right of it, and its size at most
			// side/0.15 (maxReach)
			from, _ := slices.BinarySearchFunc(b, m.x0-maxReach, func(i int32, x float64) int { return cmp.Compare(gs[i].X, x) })
			for _, i := range b[from:] {
				g := gs[i]
				if g.X > m.x1+maxReach {
					break
				}
				if scanned++; scanned > maxMarkScan {
					blocked = true // a crowd of glyphs around it: no list
					break
				}
				if cy < g.Y || cy > g.Y+0.75*g.Size || side > 0.8*g.Size || side < 0.15*g.Size {
					continue
				}
				dx := g.X - m.x1
				switch {
				case dx > -0.5*side && g.X < m.x1: // a glyph over the mark
					blocked = true
				case dx < 0 && m.x0-(g.X+g.W) < 1.5*g.Size: // text just left: not a line start
					blocked = true
				case dx >= 0 && dx <= 2.5*g.Size && dx < bestDX:
					best, bestDX = int(i), dx
				}
			}
		}
		if blocked || best < 0 {
			continue
		}
		g := gs[best]
		before[best] = Glyph{S: "•", X: m.x0, Y: g.Y, W: m.x1 - m.x0, Font: g.Font, Size: g.Size}
	}
	if len(before) == 0 {
		return gs
	}
	out := make([]Glyph, 0, len(gs)+len(before))
	idx := make([]int, 0, len(before))
	for i := range before {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	from := 0
	for _, i := range idx {
		out = append(out, gs[from:i]...)
		out = append(out, before[i])
		from = i
	}
	return append(out, gs[from:]...)
}
