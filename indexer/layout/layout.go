// Package layout rebuilds the text of PDF pages from positioned glyphs: words
// (with spaces where the gaps say so), lines, blocks (paragraphs, headings,
// table cells, quote boxes, captions) in the order a person reads them —
// single column, two columns, blocks spanning columns, card grids — without
// the page furniture (running headers, page numbers), and with paragraphs
// joined across page breaks, column breaks and interruptions.
//
// The algorithm, in order:
//  1. glyph widths the file does not declare (nor package pdf know, for the
//     standard 14 fonts) are learned per font from the document itself,
//     so gaps can be measured;
//  2. glyphs cluster into rows by baseline, rows split into words at gaps;
//  3. text repeating at the same place on most pages is furniture: it is
//     removed, and a repeated number gives the printed page label; so is,
//     on documents of any length, a row standing apart at a page's top or
//     bottom edge that reads as a page number ("7", "7/12", "Page 7",
//     "- 7 -") or repeats there on another page (marginFurniture);
//  4. a recursive XY cut over the word boxes orders the page: a vertical
//     white corridor that leaves two substantial sides is a column break
//     (preferred) unless the words beside it are a table's cells on
//     shared baselines, otherwise the widest horizontal white band splits;
//  5. within each leaf, words form lines and lines form blocks by spacing,
//     font family and size; lines with a wide inner gap are table rows,
//     read row by row, cell by cell; a list item starts a block of its
//     own (lists.go);
//  6. across the document, blocks are classified against the body style
//     (a dash credit line stays under its quotation, and the indented
//     blocks above it are that quotation), broken paragraphs are joined,
//     hyphenation and ligatures normalised.
package layout

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/pdf"
)

// Options tune the layout analysis. The zero value uses the defaults.
type Options struct {
	// FurnitureShare is the share of pages on which text must repeat at the
	// same place to count as furniture (default 0.5).
	FurnitureShare float64
}

// glyph is one shown item with its style resolved.
type glyph struct {
	s            string
	x, y, w      float64 // w: advance width (estimated when unknown)
	size         float64
	font         string
	fam          string // font family, lower case
	bold, italic bool
	// lift: the glyph's line carries superscripts raised this far above
	// its baseline (a typesetter may push such a line down by as much).
	lift float64
}

// word is a run of glyphs without a space.
type word struct {
	g      []glyph
	x0, x1 float64
	y      float64 // baseline
	size   float64
	sp     bool   // a space glyph precedes this word on its line
	txt    string // text, once assembled
}

func (w *word) top() float64    { return w.y + 0.8*w.size }
func (w *word) bottom() float64 { return w.y - 0.25*w.size }

// line is a row of words in one leaf region.
type line struct {
	words  []*word
	x0, x1 float64
	y      float64
	size   float64
	// col is the fragment column within a table-like leaf (0 elsewhere);
	// row numbers the table rows of the page from 1 (0 outside tables).
	col, row int
	// region is the page's column region the line lies in (see leaf).
	region int
}

// pageLines is the analysed content of one page.
type pageLines struct {
	number int
	label  string
	lines  []*line
	links  []pdf.Link
}

// Analyze turns the glyphs of a document's pages into blocks in reading
// order, without a time limit; see AnalyzeContext.
func Analyze(pages []pdf.Page, opt Options) []doc.Block {
	blocks, _ := AnalyzeContext(context.Background(), pages, opt)
	return blocks
}

// AnalyzeContext turns the glyphs of a document's pages into blocks in
// reading order. Pages must be in document order; a page with no glyphs (a
// photo, a damaged page) contributes nothing. Glyphs whose numbers make no
// sense for their page (NaN, infinite, far outside it, absurd sizes) are
// left out, whoever made the pages. It returns ctx's error, and no blocks,
// when ctx ends first: every stage looks at ctx, so a deadline holds. It
// returns an error, never panics, when the analysis of a page fails.
func AnalyzeContext(ctx context.Context, pages []pdf.Page, opt Options) (blocks []doc.Block, err error) {
	defer func() {
		if r := recover(); r != nil {
			blocks, err = nil, fmt.Errorf("layout failed: %v", r)
		}
	}()
	if opt.FurnitureShare == 0 {
		opt.FurnitureShare = 0.5
	}
	pages = saneGlyphs(pages)
	widths := learnWidths(pages)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	words := make([][]*word, len(pages))
	// pages is the analysis' own copy (saneGlyphs): a page's glyphs are
	// let go once its words hold what they need, so that the two never
	// take memory at once for the whole document.
	if err := parallel(ctx, len(pages), func(i int) {
		words[i] = pageWords(pages[i], widths.clone())
		pages[i].Glyphs = nil
	}); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	labels := removeFurniture(pages, words, opt.FurnitureShare)
	spaces := false
	for _, ws := range words {
		for _, w := range ws {
			if w.sp {
				spaces = true
				break
			}
		}
	}
	pls := make([]pageLines, len(pages))
	err = parallel(ctx, len(pages), func(i int) {
		pls[i] = pageLines{number: pages[i].Number, label: labels[i], lines: orderPage(ctx, words[i], spaces), links: pages[i].Links}
	})
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return buildBlocks(ctx, pls)
}

// Bounds on the numbers a glyph may carry, whoever made the pages (the pdf
// package drops glyphs outside their page already; these hold for pages
// made any other way).
const (
	maxCoord     = 1e5 // points from the origin: seven times PDF's largest page
	maxGlyphSize = 2e4 // points
	minGlyphSize = 0.05
)

// saneGlyphs returns a copy of pages whose glyphs all have finite
// positions and sizes within the bounds, copying a page's glyphs only when
// some must go.
func saneGlyphs(pages []pdf.Page) []pdf.Page {
	sane := func(g pdf.Glyph) bool {
		return !math.IsNaN(g.X) && !math.IsNaN(g.Y) && !math.IsNaN(g.Size) && !math.IsNaN(g.W) &&
			math.Abs(g.X) <= maxCoord && math.Abs(g.Y) <= maxCoord &&
			math.Abs(g.Size) >= minGlyphSize && math.Abs(g.Size) <= maxGlyphSize &&
			g.W >= 0 && g.W <= maxGlyphSize
	}
	var out []pdf.Page
	for i, p := range pages {
		bad := 0
		for _, g := range p.Glyphs {
			if !sane(g) {
				bad++
			}
		}
		if bad == 0 {
			if out != nil {
				out[i] = p
			}
			continue
		}
		if out == nil {
			out = append([]pdf.Page(nil), pages...)
		}
		kept := make([]pdf.Glyph, 0, len(p.Glyphs)-bad)
		for _, g := range p.Glyphs {
			if sane(g) {
				kept = append(kept, g)
			}
		}
		p.Glyphs = kept
		out[i] = p
	}
	if out == nil {
		return append([]pdf.Page(nil), pages...)
	}
	return out
}

// parallel runs fn(0) … fn(n-1) on as many goroutines as there are CPUs,
// starting no more calls once ctx has ended. A panic in fn (a bug met by a
// hostile page) ends the run and is returned as an error: on a goroutine
// of its own it would take the whole process down.
func parallel(ctx context.Context, n int, fn func(i int)) (err error) {
	var once sync.Once
	var failed atomic.Bool
	call := func(i int) {
		defer func() {
			if r := recover(); r != nil {
				once.Do(func() { err = fmt.Errorf("layout of page %d failed: %v", i+1, r) })
				failed.Store(true)
			}
		}()
		fn(i)
	}
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n && ctx.Err() == nil && !failed.Load(); i++ {
			call(i)
		}
		return err
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil && !failed.Load() {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				call(i)
			}
		}()
	}
	wg.Wait()
	return err
}

// styleOf reads bold and italic from a font name such as
// "ABCDEF+DejaVuSerif-BoldItalic" or "Helvetica-Oblique".
func styleOf(font string) (bold, italic bool) {
	f := strings.ToLower(font)
	if i := strings.IndexByte(f, '+'); i >= 0 && i < len(f)-1 {
		f = f[i+1:]
	}
	bold = strings.Contains(f, "bold") || strings.Contains(f, "black") || strings.Contains(f, "heavy") || strings.Contains(f, "semibold") || strings.Contains(f, "demi")
	italic = strings.Contains(f, "italic") || strings.Contains(f, "oblique")
	return
}

// family strips style suffixes from a font name, so that regular, bold and
// italic cuts of one typeface compare equal.
func family(font string) string {
	f := font
	if i := strings.IndexByte(f, '+'); i >= 0 {
		f = f[i+1:]
	}
	if i := strings.IndexAny(f, "-,"); i > 0 {
		f = f[:i]
	}
	return strings.ToLower(f)
}

type widthKey struct {
	font string
	r    rune
}

// widthTable holds per font and character the advance width per point of
// font size, learned from consecutive glyphs on one baseline (the key with
// an empty font holds the character's width over all fonts). Glyphs whose
// width the reader knows from the font (package pdf gives the widths the
// file declares, and those of the standard 14 fonts) teach nothing and
// need no lesson.
type widthTable struct {
	learned map[widthKey]float64
	fams    map[string]string // font name → "family:" key
}

// clone gives a worker its own family cache; the learned widths are
// shared read-only.
func (wt widthTable) clone() widthTable {
	fams := make(map[string]string, len(wt.fams))
	for k, v := range wt.fams {
		fams[k] = v
	}
	return widthTable{learned: wt.learned, fams: fams}
}

func (wt widthTable) familyKey(font string) string {
	if k, ok := wt.fams[font]; ok {
		return k
	}
	k := "family:" + family(font)
	wt.fams[font] = k
	return k
}

func learnWidths(pages []pdf.Page) widthTable {
	obs := map[widthKey][]float64{}
	famKey := map[string]string{}
	for _, p := range pages {
		gs := p.Glyphs
		for i := 0; i+1 < len(gs); i++ {
			a, b := gs[i], gs[i+1]
			if a.W > 0 || a.Size <= 0 || a.Font != b.Font || math.Abs(a.Y-b.Y) > 0.01 || utf8.RuneCountInString(a.S) != 1 {
				continue
			}
			adv := (b.X - a.X) / a.Size
			if adv <= 0.05 || adv > 1.5 {
				continue
			}
			r, _ := utf8.DecodeRuneInString(a.S)
			fk, ok := famKey[a.Font]
			if !ok {
				fk = "family:" + family(a.Font)
				famKey[a.Font] = fk
			}
			for _, k := range []widthKey{{a.Font, r}, {fk, r}, {"", r}} {
				obs[k] = append(obs[k], adv)
			}
		}
	}
	// The median advance: kerning pairs pull some advances below the
	// width and word ends without a space glyph push others above it.
	wt := widthTable{learned: make(map[widthKey]float64, len(obs)), fams: famKey}
	for k, v := range obs {
		sort.Float64s(v)
		wt.learned[k] = v[len(v)/2]
	}
	return wt
}

// advance estimates the width of a glyph item in points.
func (wt widthTable) advance(g pdf.Glyph) float64 {
	if g.W > 0 {
		return g.W
	}
	total := 0.0
	for _, r := range g.S {
		if w, ok := wt.learned[widthKey{g.Font, r}]; ok {
			total += w * g.Size
			continue
		}
		if w, ok := wt.learned[widthKey{wt.familyKey(g.Font), r}]; ok { // another cut of the typeface
			total += w * g.Size
			continue
		}
		if w, ok := wt.learned[widthKey{"", r}]; ok { // the same letter in another font
			total += w * g.Size
			continue
		}
		switch {
		case r == ' ':
			total += 0.3 * g.Size
		case strings.ContainsRune("il.,;:'!|ıjf", r):
			total += 0.3 * g.Size
		case unicode.IsUpper(r) || r == 'm' || r == 'w':
			total += 0.72 * g.Size
		default:
			total += 0.55 * g.Size
		}
	}
	return total
}

// pageWords clusters a page's glyphs into rows and rows into words.
func pageWords(p pdf.Page, wt widthTable) []*word {
	gs := placeGlyphs(p.Glyphs, wt)
	// Rows: cluster baselines within a fraction of the font size. Each
	// row keeps the content stream's order; its runs (stretches going
	// rightwards) are then put in order of their left edge. Sorting single
	// glyphs by x would scramble letters whose positions are estimated.
	idx := make([]int, len(gs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(gs[b].y, gs[a].y) })
	rowOf := make([]int, len(gs))
	nrows := 0
	var spans [][2]int // each row's stretch of idx
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && gs[idx[i]].y-gs[idx[j]].y < 0.2*math.Min(gs[idx[i]].size, gs[idx[j]].size) {
			j++
		}
		for _, k := range idx[i:j] {
			rowOf[k] = nrows
		}
		spans = append(spans, [2]int{i, j})
		nrows++
		i = j
	}
	if idx2, spans2, ok := splitStrays(gs, idx, spans); ok {
		idx, spans, nrows = idx2, spans2, len(spans2)
		for r, sp := range spans {
			for _, k := range idx[sp[0]:sp[1]] {
				rowOf[k] = r
			}
		}
	}
	// Superscripts (footnote markers, ordinals) sit a little above their
	// line in a smaller size: on a row of their own they would break the
	// paragraph. They join the line below; footnote markers (digits or
	// marks after a word) are left out, so that the sentence reads (and is
	// quoted) as written.
	// The line may be a row or two further down the page when another
	// column's lines stand at baselines in between.
	var drop []bool
	for r := 0; r+1 < nrows; r++ {
		a := idx[spans[r][0]:spans[r][1]]
		var b, markers []int
		ok := false
		for below := r + 1; below < nrows && below <= r+maxSuperscriptRowsBelow && !ok; below++ {
			b = idx[spans[below][0]:spans[below][1]]
			if markers, ok = superscripts(gs, a, b); ok {
				for _, k := range a {
					rowOf[k] = below
				}
			}
		}
		if !ok {
			continue
		}
		lift := gs[a[0]].y - gs[b[0]].y
		for _, k := range a {
			gs[k].y = gs[b[0]].y
		}
		for _, k := range b {
			gs[k].lift = math.Max(gs[k].lift, lift)
		}
		for _, k := range markers {
			if drop == nil {
				drop = make([]bool, len(gs))
			}
			drop[k] = true
		}
	}
	// Subscripts ("CO2", a chemical formula or an index set by TeX's
	// math) sit a little below their line: they join it, as text.
	for r := 1; r < nrows; r++ {
		a := idx[spans[r][0]:spans[r][1]]
		if rowOf[a[0]] != r {
			continue // already joined a line as superscripts
		}
		for above := r - 1; above >= 0 && above >= r-maxSuperscriptRowsBelow; above-- {
			b := idx[spans[above][0]:spans[above][1]]
			if rowOf[b[0]] != above || !subscripts(gs, a, b) {
				continue
			}
			for _, k := range a {
				rowOf[k] = above
				gs[k].y = gs[b[0]].y
			}
			break
		}
	}
	// One backing array, rows in order, each row in stream order.
	start := make([]int, nrows+1)
	for _, r := range rowOf {
		start[r+1]++
	}
	for r := 1; r <= nrows; r++ {
		start[r] += start[r-1]
	}
	all := make([]glyph, len(gs))
	fill := append([]int(nil), start[:nrows]...)
	for i, g := range gs {
		if drop != nil && drop[i] {
			g.s = " " // a footnote marker: out of the text, a word break
		}
		all[fill[rowOf[i]]] = g
		fill[rowOf[i]]++
	}
	rows := make([][]glyph, nrows)
	for r := range rows {
		rows[r] = all[start[r]:start[r+1]:start[r+1]]
	}
	var out []*word
	for _, row := range rows {
		out = append(out, rowWords(orderRuns(row))...)
	}
	return out
}

// splitStrays takes out of each row the strays: a few small glyphs off
// the row's baseline and far from every glyph on it, such as a footnote
// marker of one column that falls within a row's tolerance of a line of
// the other column. Each row's strays become a row of their own, placed by
// their baseline, where superscripts can find their line. It reports
// whether any row changed; idx and spans are then new.
func splitStrays(gs []glyph, idx []int, spans [][2]int) ([]int, [][2]int, bool) {
	type row struct {
		ks []int
		y  float64
	}
	var rows []row
	changed := false
	for _, sp := range spans {
		ks := idx[sp[0]:sp[1]]
		big := ks[0]
		for _, k := range ks {
			if gs[k].size > gs[big].size {
				big = k
			}
		}
		top, base := gs[big].size, gs[big].y
		onBase := func(k int) bool { return math.Abs(gs[k].y-base) <= 0.05*gs[k].size }
		var cand []int
		for _, k := range ks {
			if gs[k].size <= 0.85*top && !onBase(k) && strings.TrimSpace(gs[k].s) != "" {
				cand = append(cand, k)
			}
		}
		var stray map[int]bool
		if len(cand) > 0 && len(cand) <= maxSuperscriptRow {
			for _, k := range cand {
				far := true
				for _, h := range ks {
					if !onBase(h) {
						continue
					}
					gap := math.Max(gs[h].x-(gs[k].x+gs[k].w), gs[k].x-(gs[h].x+gs[h].w))
					if gap < 2*top {
						far = false
						break
					}
				}
				if far {
					if stray == nil {
						stray = map[int]bool{}
					}
					stray[k] = true
				}
			}
		}
		if len(stray) == 0 || len(stray) == len(ks) {
			rows = append(rows, row{ks, base})
			continue
		}
		changed = true
		var keep, out []int
		for _, k := range ks {
			if stray[k] {
				out = append(out, k)
			} else {
				keep = append(keep, k)
			}
		}
		rows = append(rows, row{keep, base}, row{out, gs[out[0]].y})
	}
	if !changed {
		return idx, spans, false
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(b.y, a.y) })
	idx2 := make([]int, 0, len(idx))
	spans2 := make([][2]int, 0, len(rows))
	for _, r := range rows {
		spans2 = append(spans2, [2]int{len(idx2), len(idx2) + len(r.ks)})
		idx2 = append(idx2, r.ks...)
	}
	return idx2, spans2, true
}

// maxSuperscriptRow bounds the glyphs of a row read as superscripts.
const maxSuperscriptRow = 8

// maxSuperscriptRowsBelow bounds the rows below a row of superscripts
// tried for their line.
const maxSuperscriptRowsBelow = 3

// superscripts reports whether the glyphs a (a row, given by their indexes
// in gs) are superscripts of the row b just below: a few glyphs, smaller
// than b's (or footnote markers after a word, raised by three tenths of
// b's size or more, at most as large as b's), raised by less than six tenths of b's size, each stretch of
// them starting right after a glyph of b, or ending right before one (the
// number of a footnote at the foot of the page). It returns the glyphs of
// the stretches that are footnote markers: digits or reference marks, not
// after a digit (an ordinal's "th" stays text, as does an exponent).
func superscripts(gs []glyph, a, b []int) (markers []int, ok bool) {
	if len(a) == 0 || len(a) > maxSuperscriptRow || len(b) == 0 {
		return nil, false
	}
	sizeA, sizeB := 0.0, 0.0
	for _, k := range a {
		sizeA = math.Max(sizeA, gs[k].size)
	}
	for _, k := range b {
		sizeB = math.Max(sizeB, gs[k].size)
	}
	dy := gs[a[0]].y - gs[b[0]].y
	if sizeA > sizeB || dy <= 0 || dy > 0.6*sizeB {
		return nil, false
	}
	// Nearly the line's size (WeasyPrint sets a <sup> a size smaller by
	// only a step): only footnote markers raised clear of the line.
	nearSize := sizeA > 0.85*sizeB
	if nearSize && dy < 0.3*sizeB {
		return nil, false
	}
	xs := append([]int(nil), a...)
	sort.Slice(xs, func(i, j int) bool { return gs[xs[i]].x < gs[xs[j]].x })
	// Stretches: glyphs that go on from the previous one.
	var runs [][]int
	for n, k := range xs {
		if n > 0 {
			p, g := gs[xs[n-1]], gs[k]
			if math.Abs(g.x-(p.x+p.w)) <= 0.2*sizeA {
				runs[len(runs)-1] = append(runs[len(runs)-1], k)
				continue
			}
		}
		runs = append(runs, []int{k})
	}
	for _, run := range runs {
		first, last := gs[run[0]], gs[run[len(run)-1]]
		// after: the glyph of b whose end is nearest the stretch's start
		// (in "2027.²" the period's, not the 7's).
		after, before := -1, false
		for _, h := range b {
			if end := gs[h].x + gs[h].w; first.x >= end-0.15*sizeB && first.x <= end+0.3*sizeB {
				if after < 0 || math.Abs(first.x-end) < math.Abs(first.x-(gs[after].x+gs[after].w)) {
					after = h
				}
				continue
			}
			if end := last.x + last.w; gs[h].x >= end-0.15*sizeB && gs[h].x <= end+0.3*sizeB {
				before = true
			}
		}
		if after < 0 && !before {
			return nil, false
		}
		afterDigit := false
		if after >= 0 {
			r, _ := utf8.DecodeLastRuneInString(gs[after].s)
			afterDigit = unicode.IsDigit(r)
		}
		mark := footnoteMark(gs, run) && !afterDigit
		if nearSize && (!mark || after < 0) {
			return nil, false
		}
		if mark {
			markers = append(markers, run...)
		}
	}
	return markers, true
}

// subscripts reports whether the glyphs a (a row) are subscripts of the
// row b just above: a few glyphs, smaller than b's, lowered by at most
// half of b's size, each stretch of them starting right after a glyph of
// b.
func subscripts(gs []glyph, a, b []int) bool {
	if len(a) == 0 || len(a) > maxSuperscriptRow || len(b) == 0 {
		return false
	}
	sizeA, sizeB := 0.0, 0.0
	for _, k := range a {
		sizeA = math.Max(sizeA, gs[k].size)
	}
	for _, k := range b {
		sizeB = math.Max(sizeB, gs[k].size)
	}
	dy := gs[b[0]].y - gs[a[0]].y
	if sizeA > 0.85*sizeB || dy <= 0 || dy > 0.5*sizeB {
		return false
	}
	xs := append([]int(nil), a...)
	sort.Slice(xs, func(i, j int) bool { return gs[xs[i]].x < gs[xs[j]].x })
	for n, k := range xs {
		if n > 0 {
			p := gs[xs[n-1]]
			if math.Abs(gs[k].x-(p.x+p.w)) <= 0.2*sizeA {
				continue // the stretch goes on
			}
		}
		attached := false
		for _, h := range b {
			if end := gs[h].x + gs[h].w; gs[k].x >= end-0.15*sizeB && gs[k].x <= end+0.2*sizeB && strings.TrimSpace(gs[h].s) != "" {
				attached = true
				break
			}
		}
		if !attached {
			return false
		}
	}
	return true
}

// footnoteMark reports whether the glyphs of run spell a footnote marker:
// digits, commas between them, or reference marks.
func footnoteMark(gs []glyph, run []int) bool {
	for _, k := range run {
		for _, r := range gs[k].s {
			if !unicode.IsDigit(r) && !strings.ContainsRune("*†‡§¶,", r) {
				return false
			}
		}
	}
	return true
}

// placeGlyphs resolves styles and widths, and lays out again the runs of
// glyphs the library left on one origin: it does not advance the pen inside
// a string shown with a font whose widths it lacks. The estimated widths of
// such a run are scaled to end where the next positioned glyph begins.
func placeGlyphs(in []pdf.Glyph, wt widthTable) []glyph {
	gs := make([]glyph, 0, len(in))
	type fontStyle struct {
		bold, italic bool
		fam          string
	}
	styles := map[string]fontStyle{}
	for _, g := range in {
		if g.S == "" || g.Size <= 0 || strings.ContainsRune(g.S, utf8.RuneError) {
			continue
		}
		st, ok := styles[g.Font]
		if !ok {
			st.bold, st.italic = styleOf(g.Font)
			st.fam = family(g.Font)
			styles[g.Font] = st
		}
		gs = append(gs, glyph{s: g.S, x: g.X, y: g.Y, w: wt.advance(g), size: g.Size, font: g.Font, fam: st.fam, bold: st.bold, italic: st.italic})
	}
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].x == gs[i].x && gs[j].y == gs[i].y {
			j++
		}
		if j-i > 1 {
			total := 0.0
			for _, g := range gs[i:j] {
				total += g.w
			}
			scale := 1.0
			if j < len(gs) && math.Abs(gs[j].y-gs[i].y) < 0.1 && gs[j].x > gs[i].x && total > 0 {
				if f := (gs[j].x - gs[i].x) / total; f > 0.75 && f < 1.33 {
					scale = f
				}
			}
			x := gs[i].x
			for k := i; k < j; k++ {
				gs[k].w *= scale
				gs[k].x = x
				x += gs[k].w
			}
		}
		i = j
	}
	return gs
}

// orderRuns splits a row (in content stream order) into runs that move
// rightwards and returns the glyphs with the runs ordered by left edge.
func orderRuns(row []glyph) []glyph {
	var runs [][]glyph
	start := 0
	for i := 1; i <= len(row); i++ {
		if i < len(row) && row[i].x >= row[i-1].x-0.25*row[i].size && row[i].x-(row[i-1].x+row[i-1].w) < 3*row[i].size {
			continue
		}
		runs = append(runs, row[start:i])
		start = i
	}
	if len(runs) == 1 {
		return row
	}
	slices.SortStableFunc(runs, func(a, b []glyph) int { return cmp.Compare(a[0].x, b[0].x) })
	out := make([]glyph, 0, len(row))
	for _, r := range runs {
		out = append(out, r...)
	}
	return out
}

// minSpaceAdvance is the advance, in font sizes, below which a space glyph
// breaks no word (poppler's minWordBreakSpace): a space drawn with a
// negative word spacing (Tw) so that it moves the pen by almost nothing is
// a positioning device, as Ghostscript writes kerning inside a word
// ("(Tr e)Tj" with Tw -0.88 reads "Tre").
const minSpaceAdvance = 0.1

// nullSpaces returns row without the space glyphs that move the pen by
// less than minSpaceAdvance between two glyphs of one word: the next
// glyph starts within that advance of the space's origin (and not behind
// the previous glyph), and there is no gap between the glyphs around it
// either. It returns row itself when there is none.
func nullSpaces(row []glyph) []glyph {
	var out []glyph
	start := 0 // row[start:] not yet copied to out
	for i := 1; i < len(row); i++ {
		if strings.TrimSpace(row[i].s) != "" || strings.TrimSpace(row[i-1].s) == "" || strings.HasSuffix(row[i-1].s, " ") {
			continue
		}
		j := i + 1
		for j < len(row) && strings.TrimSpace(row[j].s) == "" {
			j++
		}
		if j == len(row) || strings.HasPrefix(row[j].s, " ") {
			continue
		}
		prev, sp, next := row[i-1], row[i], row[j]
		size := math.Max(prev.size, next.size)
		adv := next.x - sp.x
		if math.Abs(next.y-prev.y) > 0.1*size || adv >= minSpaceAdvance*size || adv < -0.2*size ||
			next.x-(prev.x+prev.w) >= 0.18*size || next.x < prev.x {
			continue
		}
		if out == nil {
			out = make([]glyph, 0, len(row))
		}
		out = append(out, row[start:i]...)
		start = j
		i = j
	}
	if out == nil {
		return row
	}
	return append(out, row[start:]...)
}

// rowWords splits one row of glyphs (sorted by x) into words.
func rowWords(row []glyph) []*word {
	row = nullSpaces(row)
	var out []*word
	var cur *word
	spaceBefore := false
	prevEnd := math.Inf(-1)
	for i, g := range row {
		if strings.TrimSpace(g.s) == "" {
			spaceBefore = true
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		gap := g.x - prevEnd
		spaceGlyph := spaceBefore
		if cur != nil && (spaceBefore || gap > 0.18*g.size || gap < -0.5*g.size) {
			out = append(out, cur)
			cur = nil
		}
		if cur == nil {
			cur = &word{x0: g.x, y: g.y, size: g.size, sp: spaceGlyph}
			cur.g = row[i:i]
		}
		// Items may carry leading or trailing spaces; a multi-word item
		// stays one word here and is split when text is assembled. A
		// word's glyphs are consecutive in the row: extend the slice.
		cur.g = cur.g[:len(cur.g)+1]
		cur.x1 = math.Max(cur.x1, g.x+g.w)
		cur.size = math.Max(cur.size, g.size)
		prevEnd = g.x + g.w
		spaceBefore = strings.HasSuffix(g.s, " ")
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

func (w *word) text() string {
	if w.txt == "" {
		var b strings.Builder
		for _, g := range w.g {
			b.WriteString(g.s)
		}
		w.txt = strings.TrimSpace(b.String())
	}
	return w.txt
}

// furnitureKey places a word's row: its text with digits masked and its
// baseline rounded.
type furnitureKey struct {
	text string
	y    int
}

// maskDigits replaces each run of digits by one '#', so that page 9 and
// page 10 look alike.
func maskDigits(s string) string {
	var b strings.Builder
	digit := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String()
}

// removeFurniture finds the page furniture (running headers and footers,
// page numbers: rows repeating at the same height on most pages, then the
// margin rows of marginFurniture), deletes their words, and returns each
// page's printed page label (the number found in the furniture, or "").
func removeFurniture(pages []pdf.Page, words [][]*word, share float64) []string {
	labels := make([]string, len(pages))
	numbered := make([]map[int]bool, len(pages))
	if len(pages) >= 3 {
		repeatedFurniture(pages, words, share, labels, numbered)
	}
	marginFurniture(pages, words, labels, numbered)
	return labels
}

// repeatedFurniture removes the rows that repeat at the same height on a
// share of the pages (digits masked) and sets labels from the page numbers
// among them; numbered[i] gets the rows (baselines halved and rounded) of
// page i where a page number was removed.
func repeatedFurniture(pages []pdf.Page, words [][]*word, share float64, labels []string, numbered []map[int]bool) {
	// Group each page's words into rows (same baseline) and key them.
	type row struct {
		key   furnitureKey
		words []*word
	}
	rowsOf := make([][]row, len(pages))
	count := map[furnitureKey]int{}
	for i := range pages {
		byY := map[int][]*word{}
		var ys []int
		for _, w := range words[i] {
			y := int(math.Round(w.y / 2))
			if _, ok := byY[y]; !ok {
				ys = append(ys, y)
			}
			byY[y] = append(byY[y], w)
		}
		seen := map[furnitureKey]bool{}
		for _, y := range ys {
			ws := byY[y]
			// A row may hold several separate runs (a header left, a
			// number right): key each run of close words separately.
			sort.Slice(ws, func(a, b int) bool { return ws[a].x0 < ws[b].x0 })
			start := 0
			for k := 1; k <= len(ws); k++ {
				if k < len(ws) && ws[k].x0-ws[k-1].x1 < 3*ws[k].size {
					continue
				}
				run := ws[start:k]
				start = k
				var parts []string
				for _, w := range run {
					parts = append(parts, w.text())
				}
				key := furnitureKey{maskDigits(strings.Join(parts, " ")), y}
				rowsOf[i] = append(rowsOf[i], row{key, run})
				if !seen[key] {
					seen[key] = true
					count[key]++
				}
			}
		}
	}
	need := int(math.Ceil(share * float64(len(pages))))
	body := bodySize(words)
	for i := range pages {
		drop := map[*word]bool{}
		top, bottom := math.MinInt, math.MaxInt
		for _, r := range rowsOf[i] {
			top, bottom = max(top, r.key.y), min(bottom, r.key.y)
		}
		for _, r := range rowsOf[i] {
			if count[r.key] < need || len(r.key.text) > 200 {
				continue
			}
			for _, w := range r.words {
				drop[w] = true
			}
			t := strings.TrimSpace(r.words[0].text())
			if len(r.words) == 1 && isPageNumber(t) || pageNumberLabel(joinWords(r.words)) != "" {
				if numbered[i] == nil {
					numbered[i] = map[int]bool{}
				}
				numbered[i][r.key.y] = true
			}
			if len(r.words) == 1 && isPageNumber(t) && labels[i] == "" {
				labels[i] = t
			}
			if labels[i] == "" {
				labels[i] = pageNumberLabel(joinWords(r.words))
			}
		}
		// A running head that changes from page to page beside the
		// page number, in the page's top or bottom row (see
		// marginFurniture).
		for _, r := range rowsOf[i] {
			if !numbered[i][r.key.y] || r.key.y != top && r.key.y != bottom || drop[r.words[0]] || len(r.words) > maxHeadWords {
				continue
			}
			size := 0.0
			for _, w := range r.words {
				size = math.Max(size, w.size)
			}
			if body > 0 && size <= 1.05*body {
				for _, w := range r.words {
					drop[w] = true
				}
			}
		}
		words[i] = without(words[i], drop)
	}
}

func isPageNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && !strings.ContainsRune("ivxlcIVXLC", r) {
			return false
		}
	}
	return true
}

func joinWords(ws []*word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text()
	}
	return strings.Join(parts, " ")
}

// Margin furniture: the rows at a page's top and bottom edge that stand
// apart from the text (a gap of several line heights) and lie in the
// page's outer band. Only rows that also read as a page number or
// repeat on another page are removed.
const (
	marginBand = 0.15 // share of the page height at the top and at the bottom
	// minMarginBand: the band is at least this deep (points): on a small
	// page (A5) TeX's running heads and page numbers stand further in
	// than a share of the page height.
	minMarginBand = 100.0
	marginGap     = 2.0 // baseline gap to the next row inwards, in the margin row's font size
	// marginNextGap: the same gap in the next row's font size (more than
	// its line spacing).
	marginNextGap = 1.6
	// marginSmall: a row set this much smaller than the next row inwards
	// needs no gap beyond its own size to stand apart.
	marginSmall = 0.85
	maxLabel    = 999 // a bare number larger than this is no page number (a year)
	// maxHeadWords bounds the words of a running head read as furniture
	// for standing beside the page number.
	maxHeadWords = 12
)

// marginFurniture removes page furniture that needs no majority of pages,
// so that it holds for documents of one, two or three pages too: a run of
// words in a page's margin row (see edgeRows) that reads as a page number
// ("7", "7/12", "Page 7", "Page 7 of 12", "- 7 -"), or whose text repeats
// in the margin row at the same height of another page (a running header
// or footer; a run that only repeats with its digits masked must also be
// set smaller than the body text, so that a heading "Session 2" at the
// top of one page and "Session 3" at the top of another stay text), or
// that stands beside the page number in its row (a running head that
// changes with the section). The page number found gives the page's
// label.
func marginFurniture(pages []pdf.Page, words [][]*word, labels []string, removedNumbers []map[int]bool) {
	body := bodySize(words)
	type run struct {
		words []*word
		text  string
		y     int
		size  float64
		row   int // the page's edge row the run stands in
	}
	runs := make([][]run, len(pages))
	exact := map[furnitureKey]int{}
	masked := map[furnitureKey]int{}
	for i, p := range pages {
		for ri, row := range edgeRows(p, words[i]) {
			seen := map[furnitureKey]bool{}
			for _, ws := range splitRuns(row) {
				r := run{words: ws, text: joinWords(ws), y: int(math.Round(ws[0].y / 2)), row: ri}
				for _, w := range ws {
					r.size = math.Max(r.size, w.size)
				}
				runs[i] = append(runs[i], r)
				for _, k := range []furnitureKey{{r.text, r.y}, {"#" + maskDigits(r.text), r.y}} {
					if !seen[k] {
						seen[k] = true
						if strings.HasPrefix(k.text, "#") {
							masked[k]++
						} else {
							exact[k]++
						}
					}
				}
			}
		}
	}
	for i := range pages {
		drop := map[*word]bool{}
		numbered := map[int]bool{} // edge rows holding a page number
		for _, r := range runs[i] {
			if pageNumberLabel(r.text) != "" || removedNumbers[i][r.y] {
				numbered[r.row] = true
			}
		}
		for _, r := range runs[i] {
			label := pageNumberLabel(r.text)
			repeated := exact[furnitureKey{r.text, r.y}] >= 2 ||
				masked[furnitureKey{"#" + maskDigits(r.text), r.y}] >= 2 && body > 0 && r.size < 0.95*body
			// A running head that changes from page to page (TeX's
			// section title beside the page number): a short run no
			// larger than the body text, in the margin row of the page
			// number.
			beside := numbered[r.row] && len(r.words) <= maxHeadWords && body > 0 && r.size <= 1.05*body
			if label == "" && !repeated && !beside {
				continue
			}
			if label != "" && labels[i] == "" {
				labels[i] = label
			}
			for _, w := range r.words {
				drop[w] = true
			}
		}
		words[i] = without(words[i], drop)
	}
}

// bodySize is the font size that sets the most words of the document.
// without returns ws less the words of drop, in place.
func without(ws []*word, drop map[*word]bool) []*word {
	if len(drop) == 0 {
		return ws
	}
	return slices.DeleteFunc(ws, func(w *word) bool { return drop[w] })
}

func bodySize(words [][]*word) float64 {
	count := map[float64]int{}
	for _, ws := range words {
		for _, w := range ws {
			count[math.Round(w.size*2)/2] += len(w.g)
		}
	}
	best, n := 0.0, 0
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// edgeRows returns the words of a page's top row and of its bottom row
// when each stands apart: in the outer band of the page, with a baseline
// gap to the next row inwards of at least marginGap times its own font
// size and marginNextGap times the next row's, or set smaller than the
// next row (marginSmall). A page of one row has no margin rows.
func edgeRows(p pdf.Page, ws []*word) [][]*word {
	if p.Height <= 0 || len(ws) == 0 {
		return nil
	}
	byY := map[int][]*word{}
	var ys []int
	for _, w := range ws {
		y := int(math.Round(w.y / 2))
		if _, ok := byY[y]; !ok {
			ys = append(ys, y)
		}
		byY[y] = append(byY[y], w)
	}
	if len(ys) < 2 {
		return nil
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	size := func(y int) float64 {
		s := 0.0
		for _, w := range byY[y] {
			s = math.Max(s, w.size)
		}
		return s
	}
	// The page's text extent: the glyphs' baselines, so that a page whose
	// origin is not at its corner is measured where its text is.
	lo, hi := ws[0].y, ws[0].y
	for _, w := range ws {
		lo, hi = math.Min(lo, w.y), math.Max(hi, w.y)
	}
	bottom, top := 0.0, p.Height
	if lo < bottom-1 || hi > top+1 { // the page box is not at the origin
		bottom, top = lo, hi
	}
	var out [][]*word
	apart := func(edge, next int) bool {
		gap := math.Abs(byY[edge][0].y - byY[next][0].y)
		if size(edge) <= marginSmall*size(next) && gap >= size(edge) {
			return true // small print at the edge (a browser's header)
		}
		return gap >= marginGap*size(edge) && gap >= marginNextGap*size(next)
	}
	band := math.Max(marginBand*p.Height, minMarginBand)
	if t := ys[0]; byY[t][0].y >= top-band && apart(t, ys[1]) {
		out = append(out, byY[t])
	}
	if b := ys[len(ys)-1]; byY[b][0].y <= bottom+band && apart(b, ys[len(ys)-2]) && (len(out) == 0 || len(ys) > 2) {
		out = append(out, byY[b])
	}
	return out
}

// splitRuns sorts a row's words by x and splits it where words lie apart
// by more than three font sizes (a header left, a page number right).
func splitRuns(ws []*word) [][]*word {
	ws = append([]*word(nil), ws...)
	sort.Slice(ws, func(a, b int) bool { return ws[a].x0 < ws[b].x0 })
	var out [][]*word
	start := 0
	for k := 1; k <= len(ws); k++ {
		if k < len(ws) && ws[k].x0-ws[k-1].x1 < 3*ws[k].size {
			continue
		}
		out = append(out, ws[start:k])
		start = k
	}
	return out
}

// pageNumberLabel returns the page number a margin text spells ("7",
// "7/12", "7 / 12", "Page 7", "page 7 of 12", "- 7 -", "– 7 –", "vii"),
// or "".
func pageNumberLabel(s string) string {
	f := strings.Fields(strings.ToLower(s))
	// Dashes around the number.
	for len(f) > 1 && strings.Trim(f[0], "-–—") == "" {
		f = f[1:]
	}
	for len(f) > 1 && strings.Trim(f[len(f)-1], "-–—") == "" {
		f = f[:len(f)-1]
	}
	if len(f) == 1 {
		f[0] = strings.Trim(f[0], "-–—")
	}
	if len(f) > 1 && (f[0] == "page" || f[0] == "p." || f[0] == "pg.") {
		f = f[1:]
	}
	// "7 of 12", "7 / 12", "7/12".
	if len(f) == 3 && (f[1] == "of" || f[1] == "/") && allDigits(f[2]) {
		f = f[:1]
	}
	if len(f) == 1 {
		if i := strings.IndexByte(f[0], '/'); i > 0 && allDigits(f[0][i+1:]) {
			f[0] = f[0][:i]
		}
	}
	if len(f) != 1 || f[0] == "" {
		return ""
	}
	n := f[0]
	if allDigits(n) {
		if len(n) > 3 || n[0] == '0' {
			return ""
		}
		return n
	}
	for _, r := range n {
		if !strings.ContainsRune("ivxlc", r) {
			return ""
		}
	}
	if len(n) > 6 {
		return ""
	}
	return n
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
