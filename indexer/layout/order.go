package layout

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sort"
)

// interval is a closed range on one axis.
type interval struct{ lo, hi float64 }

// gaps returns the white gaps between the union of intervals, widest first
// is not implied: they come in ascending position.
func gaps(iv []interval) []interval {
	if len(iv) == 0 {
		return nil
	}
	slices.SortFunc(iv, func(a, b interval) int { return cmp.Compare(a.lo, b.lo) }) // the gaps do not depend on ties' order
	var out []interval
	end := iv[0].hi
	for _, v := range iv[1:] {
		if v.lo > end {
			out = append(out, interval{end, v.lo})
		}
		end = math.Max(end, v.hi)
	}
	return out
}

// minColumnShare is the smallest share of a region's width that each side
// of a vertical cut must keep for the cut to be a column break rather than
// the label column of a table.
const minColumnShare = 0.22

// orderPage orders a page's words by a recursive XY cut and returns its
// lines in reading order.
//
// spaces tells whether the document shows space glyphs at all (most
// producers do); without them, gaps alone separate table cells.
func orderPage(ctx context.Context, ws []*word, spaces bool) []*line {
	c := cutter{ctx: ctx}
	c.cut(ws, 0, 0)
	perLeaf := make([][]*line, len(c.leaves))
	var lefts []float64 // the left edges of the page's table cells
	for i, leaf := range c.leaves {
		perLeaf[i] = leafLines(leaf.words, spaces, nil)
		for _, l := range perLeaf[i] {
			if l.col > 0 {
				lefts = append(lefts, l.x0)
			}
		}
	}
	var out []*line
	tableRows := 0
	for i, leaf := range c.leaves {
		lines := perLeaf[i]
		if len(lines) > 0 && lines[0].col > 0 && len(lefts) > 0 {
			// A table's row: its cells split again where a cell of
			// another row of the page's tables starts (a cell set
			// close to the next one).
			lines = leafLines(leaf.words, spaces, lefts)
		}
		// Table rows are numbered across the page's leaves.
		rows := 0
		for _, l := range lines {
			l.region = leaf.region
			if l.row > 0 {
				rows = max(rows, l.row)
				l.row += tableRows
			}
		}
		tableRows += rows
		out = append(out, lines...)
	}
	return out
}

// leaf is a region the XY cut does not divide further, with the column
// it lies in: the side of the nearest vertical cut above it (0 for a
// page without one).
type leaf struct {
	words  []*word
	region int
}

// cutter collects the leaves of one page's XY cut.
type cutter struct {
	ctx     context.Context
	leaves  []leaf
	regions int // column regions numbered so far
}

// maxCutDepth bounds the recursion of the XY cut: each level costs one
// pass over the region's words.
const maxCutDepth = 60

func (c *cutter) cut(ws []*word, depth, region int) {
	if len(ws) == 0 {
		return
	}
	if len(ws) == 1 || depth > maxCutDepth || c.ctx.Err() != nil {
		c.leaves = append(c.leaves, leaf{ws, region})
		return
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	var size float64
	xs := make([]interval, 0, len(ws))
	ys := make([]interval, 0, len(ws))
	for _, w := range ws {
		x0, x1 = math.Min(x0, w.x0), math.Max(x1, w.x1)
		xs = append(xs, interval{w.x0, w.x1})
		ys = append(ys, interval{w.bottom(), w.top()})
		size += w.size
	}
	size /= float64(len(ws))
	width := x1 - x0

	// A vertical cut: the widest corridor leaving two substantial sides.
	best := interval{}
	var sides *rowSides
	var rows [][]*word // for justifiedRiver, built on first use
	for _, g := range gaps(xs) {
		if g.hi-g.lo < 1.4*size || g.hi-g.lo < best.hi-best.lo {
			continue
		}
		if g.lo-x0 < minColumnShare*width || x1-g.hi < minColumnShare*width {
			continue
		}
		if g.hi-g.lo >= minTableGap*size && tableRows(ws, g, size) {
			continue // the columns of a table: read row by row
		}
		if sides == nil {
			sides = newRowSides(ws)
		}
		lo, hi := sides.at(g)
		wide := g.hi-g.lo >= 1.9*size && g.lo-x0 >= 0.3*width && x1-g.hi >= 0.3*width && width >= 30*size
		switch {
		case lo >= 4:
		case lo >= 2 && g.hi-g.lo >= 2*size:
		case lo == 1 && hi >= 2 && wide: // the short tail of a balanced column
		default:
			continue
		}
		if rows == nil {
			rows = sortedRows(ws)
		}
		if justifiedRiver(rows, g) {
			continue
		}
		best = g
	}
	if best.hi > best.lo {
		var left, right []*word
		for _, w := range ws {
			if w.x1 <= best.lo+0.01 {
				left = append(left, w)
			} else {
				right = append(right, w)
			}
		}
		c.regions += 2
		l, r := c.regions-1, c.regions
		c.cut(left, depth+1, l)
		c.cut(right, depth+1, r)
		return
	}
	// Otherwise a horizontal band of white: next to the few rows that
	// block an otherwise clear gutter (a spanning quote, a footer line),
	// so that the columns stay whole; else the widest band.
	hgaps := gaps(ys)
	bestH := interval{}
	if lo, hi, ok := blockers(ws, x0, x1, size); ok {
		for _, g := range hgaps {
			near := math.Abs(g.lo-hi) < 0.01 || math.Abs(g.hi-lo) < 0.01
			if near && g.hi-g.lo > bestH.hi-bestH.lo {
				bestH = g
			}
		}
	}
	if bestH.hi <= bestH.lo {
		for _, g := range hgaps {
			if g.hi-g.lo > bestH.hi-bestH.lo {
				bestH = g
			}
		}
	}
	if bestH.hi-bestH.lo > 0.05*size {
		var top, bottom []*word
		for _, w := range ws {
			if w.bottom() >= bestH.hi-0.01 {
				top = append(top, w)
			} else {
				bottom = append(bottom, w)
			}
		}
		c.cut(top, depth+1, region)
		c.cut(bottom, depth+1, region)
		return
	}
	c.leaves = append(c.leaves, leaf{ws, region})
}

// riverSpread: a row's gap across a corridor no wider than this many
// times the row's other gaps between words is one of its justified
// spaces.
const riverSpread = 1.3

// justifiedRiver reports whether the vertical corridor g runs through the
// word spaces of justified lines rather than down a column gutter: on most
// of the rows it crosses that have other word gaps, the gap across it is
// no wider than riverSpread times their median (a justified line spreads
// its spaces evenly; a gutter is wider than the spaces of the lines beside
// it). Rows with a single gap prove nothing and are not counted.
func justifiedRiver(rows [][]*word, g interval) bool {
	river, counted := 0, 0
	for _, row := range rows {
		if len(row) < 3 {
			continue
		}
		across := -1.0
		var others []float64
		for k := 1; k < len(row); k++ {
			d := row[k].x0 - row[k-1].x1
			if row[k-1].x1 <= g.lo+0.01 && row[k].x0 >= g.hi-0.01 {
				across = d
			} else {
				others = append(others, d)
			}
		}
		if across < 0 || len(others) == 0 {
			continue
		}
		sort.Float64s(others)
		counted++
		if across <= riverSpread*others[len(others)/2] {
			river++
		}
	}
	return counted > 0 && 2*river > counted
}

// maxCellWidthShare: the corridor between table columns is at least this
// share of the median width of the cells left of it (text columns are far
// wider than their gutter).
const maxCellWidthShare = 0.3

// minTableGap is the corridor, in font sizes, wider than any column
// gutter of running text, that tableRows looks at.
const minTableGap = 4.0

// tableRows reports whether the words left and right of the vertical
// corridor g are the columns of a table rather than two columns of text:
// the corridor is wide (minTableGap) and not narrow beside the cells left
// of it (maxCellWidthShare), most text rows of the side with fewer rows
// have a row on the other side on the same baseline (table cells side by
// side), and no side runs more than twice as many rows as the other, and
// one (a cell's wrapped line).
func tableRows(ws []*word, g interval, size float64) bool {
	left, right := map[int]bool{}, map[int]bool{}
	leftRows := map[int][]*word{}
	for _, w := range ws {
		y := int(math.Round(w.y))
		if w.x1 <= g.lo+0.01 {
			left[y] = true
			leftRows[y] = append(leftRows[y], w)
		} else {
			right[y] = true
		}
	}
	// Text columns are far wider than their gutter; a table's cells
	// are not. A row's width next to the corridor is that of its last
	// fragment (words closer than a cell gap).
	widths := make([]float64, 0, len(leftRows))
	for _, row := range leftRows {
		slices.SortFunc(row, func(a, b *word) int { return cmp.Compare(a.x0, b.x0) })
		k := len(row) - 1
		for k > 0 && row[k].x0-row[k-1].x1 < 2.5*row[k].size {
			k--
		}
		widths = append(widths, row[len(row)-1].x1-row[k].x0)
	}
	if len(widths) == 0 {
		return false
	}
	sort.Float64s(widths)
	if g.hi-g.lo < maxCellWidthShare*widths[len(widths)/2] {
		return false
	}
	few, many := left, right
	if len(few) > len(many) {
		few, many = many, few
	}
	if len(few) == 0 || len(many) > 2*len(few)+1 {
		return false
	}
	tol := int(math.Ceil(0.3 * size))
	aligned := 0
	for y := range few {
		for d := -tol; d <= tol; d++ {
			if many[y+d] {
				aligned++
				break
			}
		}
	}
	return aligned*3 >= len(few)*2
}

// rowSides answers, for any vertical corridor, how many text rows (words
// by rounded baseline) have a word left of it and how many a word right of
// it, in logarithmic time: a page can have as many gaps as words.
type rowSides struct {
	minX1, maxX1 []float64 // per row, the least and the greatest right edge, sorted
}

func newRowSides(ws []*word) *rowSides {
	type ext struct{ lo, hi float64 }
	rows := map[int]ext{}
	for _, w := range ws {
		y := int(math.Round(w.y))
		e, ok := rows[y]
		if !ok {
			e = ext{w.x1, w.x1}
		}
		rows[y] = ext{math.Min(e.lo, w.x1), math.Max(e.hi, w.x1)}
	}
	s := &rowSides{minX1: make([]float64, 0, len(rows)), maxX1: make([]float64, 0, len(rows))}
	for _, e := range rows {
		s.minX1 = append(s.minX1, e.lo)
		s.maxX1 = append(s.maxX1, e.hi)
	}
	sort.Float64s(s.minX1)
	sort.Float64s(s.maxX1)
	return s
}

// at returns the number of text rows on the poorer and the richer side of
// the vertical corridor g: a corridor between a few words is a run of wide
// justified spaces, not a column gutter. A row is on the left when one of
// its words ends before the corridor, on the right when one ends after it.
func (s *rowSides) at(g interval) (lo, hi int) {
	cut := g.lo + 0.01
	left := sort.Search(len(s.minX1), func(i int) bool { return s.minX1[i] > cut })
	right := len(s.maxX1) - sort.Search(len(s.maxX1), func(i int) bool { return s.maxX1[i] > cut })
	return min(left, right), max(left, right)
}

// leafLines groups a leaf's words into lines (top to bottom, left to
// right). A row whose words are separated by a gap much wider than a space
// is split into fragments, and the leaf then reads like a table: column by
// column, each column top to bottom.
//
// lefts, when given, are the left edges of table cells elsewhere on the
// page: a word starting at one of them, after a gap wider than a space
// (minCellGap), also starts a fragment.
func leafLines(ws []*word, spaces bool, lefts []float64) []*line {
	slices.SortStableFunc(ws, func(a, b *word) int { return cmp.Compare(b.y, a.y) })
	var rows [][]*word
	for i := 0; i < len(ws); {
		j := i + 1
		for j < len(ws) && ws[i].y-ws[j].y < 0.45*math.Min(ws[i].size, ws[j].size) {
			j++
		}
		row := append([]*word(nil), ws[i:j]...)
		slices.SortStableFunc(row, func(a, b *word) int { return cmp.Compare(a.x0, b.x0) })
		rows = append(rows, row)
		i = j
	}
	var lines []*line
	table := false
	for r, row := range rows {
		start := 0
		for k := 1; k <= len(row); k++ {
			// A wide gap with a space glyph in it is a stretched
			// justified space; without one it separates table cells.
			if k < len(row) && (row[k].x0-row[k-1].x1 < 2.5*row[k].size || row[k].sp && spaces) && !cellStart(row[k-1], row[k], lefts) {
				continue
			}
			if start > 0 {
				table = true
			}
			l := newLine(row[start:k])
			l.row = r + 1
			lines = append(lines, l)
			start = k
		}
	}
	if !table {
		for _, l := range lines {
			l.row = 0
		}
		return lines
	}
	// Table: columns by left edge, each read top to bottom. A leaf with
	// more column edges than any table has is read row by row instead.
	lefts = nil
	for _, l := range lines {
		found := false
		for _, x := range lefts {
			if math.Abs(x-l.x0) < 2*l.size {
				found = true
				break
			}
		}
		if !found {
			if len(lefts) == maxTableColumns {
				for _, l := range lines {
					l.row = 0 // no col set yet: no table
				}
				return lines
			}
			lefts = append(lefts, l.x0)
		}
	}
	sort.Float64s(lefts)
	for _, l := range lines {
		for c, x := range lefts {
			if math.Abs(x-l.x0) < 2*l.size {
				l.col = c + 1
				break
			}
		}
	}
	slices.SortStableFunc(lines, func(a, b *line) int { return cmp.Compare(a.col, b.col) })
	return lines
}

// minCellGap is the gap, in font sizes, wider than a space, before a word
// that starts where other rows' table cells start.
const minCellGap = 0.6

// cellStart reports whether word b, after word a on one row, starts a
// table cell: the gap is wider than a space and b starts at one of lefts.
func cellStart(a, b *word, lefts []float64) bool {
	if len(lefts) == 0 || b.x0-a.x1 < minCellGap*b.size {
		return false
	}
	for _, x := range lefts {
		if math.Abs(b.x0-x) <= 0.3*b.size {
			return true
		}
	}
	return false
}

// maxTableColumns bounds the column edges of a table-like leaf.
const maxTableColumns = 64

func newLine(ws []*word) *line {
	l := &line{words: ws, x0: ws[0].x0, x1: ws[len(ws)-1].x1, y: ws[0].y}
	for _, w := range ws {
		l.size = math.Max(l.size, w.size)
		l.x1 = math.Max(l.x1, w.x1)
	}
	return l
}

// maxBins bounds the bins blockers counts crossings in.
const maxBins = 4096

// blockers looks for a column gutter that only a few rows cross (at most a
// tenth of the rows, and at least six rows on each side) and returns the
// vertical extent [lo, hi] of the first such blocking row, to cut next to.
//
// The region is cut into bins of 2 points, or of a larger width when the
// region is wider than maxBins bins: the count of bins never comes from
// the file's numbers alone.
func blockers(ws []*word, x0, x1, size float64) (lo, hi float64, ok bool) {
	if !(x1-x0 > 0) || math.IsInf(x1-x0, 0) {
		return 0, 0, false
	}
	bin := max(2.0, (x1-x0)/maxBins)
	n := int((x1-x0)/bin) + 1
	if n < 10 {
		return 0, 0, false
	}
	// Rows by rounded baseline; count, per bin, the rows crossing it.
	rowOf := make(map[int]int, 64)
	for _, w := range ws {
		y := int(math.Round(w.y))
		if _, ok := rowOf[y]; !ok {
			rowOf[y] = len(rowOf)
		}
	}
	if len(rowOf) < 12 {
		return 0, 0, false
	}
	limit := len(rowOf) / 10
	// count[b]: the rows with a word over bin b. Each row's words become
	// merged runs of bins, added as +1 at a run's start and -1 past its
	// end: time in the words and the bins, not their product (words as
	// wide as the page are one run each).
	type span struct{ lo, hi int }
	runs := make([][]span, len(rowOf))
	for _, w := range ws {
		lo, hi := max(int((w.x0-x0)/bin), 0), min(int((w.x1-x0)/bin), n-1)
		if lo > hi {
			continue
		}
		r := rowOf[int(math.Round(w.y))]
		runs[r] = append(runs[r], span{lo, hi})
	}
	diff := make([]int, n+1)
	for _, rs := range runs {
		slices.SortFunc(rs, func(a, b span) int { return cmp.Compare(a.lo, b.lo) })
		for i := 0; i < len(rs); {
			lo, hi := rs[i].lo, rs[i].hi
			for i++; i < len(rs) && rs[i].lo <= hi; i++ {
				hi = max(hi, rs[i].hi)
			}
			diff[lo]++
			diff[hi+1]--
		}
	}
	count := make([]int, n)
	for b, c := 0, 0; b < n; b++ {
		c += diff[b]
		count[b] = c
	}
	rowsAt := func(b int) int { return count[b] }
	// Find the widest run of bins crossed by the fewest rows, away from
	// the edges.
	edge := int(minColumnShare * (x1 - x0) / bin)
	fewest := limit + 1
	for b := edge; b < n-edge; b++ {
		fewest = min(fewest, rowsAt(b))
	}
	if fewest > limit {
		return 0, 0, false
	}
	// Allow a couple more crossings than the clearest bin (a blocking
	// line has word gaps of its own).
	fewest = min(fewest+2, limit)
	bestA, bestB := -1, -1
	for a := 0; a < n; {
		if rowsAt(a) > fewest {
			a++
			continue
		}
		b := a
		for b < n && rowsAt(b) <= fewest {
			b++
		}
		if float64(b-a)*bin >= 1.4*size && float64(a)*bin >= minColumnShare*(x1-x0) && float64(n-b)*bin >= minColumnShare*(x1-x0) && b-a > bestB-bestA {
			bestA, bestB = a, b
		}
		a = b
	}
	if bestA < 0 {
		return 0, 0, false
	}
	// Both sides must hold columns of text.
	left, right := map[int]bool{}, map[int]bool{}
	for _, w := range ws {
		y := int(math.Round(w.y))
		if w.x1 <= x0+float64(bestA)*bin {
			left[y] = true
		} else if w.x0 >= x0+float64(bestB)*bin {
			right[y] = true
		}
	}
	if len(left) < 6 || len(right) < 6 {
		return 0, 0, false
	}
	// The blocking rows: words crossing the corridor; take the topmost.
	found := false
	for _, w := range ws {
		if w.x1 <= x0+float64(bestA)*bin || w.x0 >= x0+float64(bestB)*bin {
			continue
		}
		if !found || w.top() > hi {
			lo, hi, found = w.bottom(), w.top(), true
		}
	}
	if !found {
		return 0, 0, false
	}
	// Extend to all words of that row.
	for _, w := range ws {
		if w.top() > lo && w.bottom() < hi {
			lo, hi = math.Min(lo, w.bottom()), math.Max(hi, w.top())
		}
	}
	return lo, hi, true
}

// sortedRows returns the words of ws by baseline (rounded to a point),
// each row in order of its left edges, for justifiedRiver.
func sortedRows(ws []*word) [][]*word {
	byY := map[int][]*word{}
	for _, w := range ws {
		y := int(math.Round(w.y))
		byY[y] = append(byY[y], w)
	}
	rows := make([][]*word, 0, len(byY))
	for _, row := range byY {
		slices.SortFunc(row, func(a, b *word) int { return cmp.Compare(a.x0, b.x0) })
		rows = append(rows, row)
	}
	return rows
}
