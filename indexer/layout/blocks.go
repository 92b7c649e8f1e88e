package layout

import (
	"context"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/pdf"
)

// pline is a line with its page.
type pline struct {
	*line
	page  int
	label string
	// style of the line's majority of characters
	fam            string
	bold, italic   bool
	boldN, italicN int
	chars          int
	lift           float64 // superscripts rise this far above the baseline
}

// blk is a block under construction.
type blk struct {
	lines  []*pline
	extra  []*pline // lines of joined continuations, after a break
	kind   doc.Kind
	fam    string
	size   float64
	x0, x1 float64
	bold   bool
	italic bool
	joined bool // absorbed into an earlier block
	item   bool // a list item
}

func (b *blk) all() []*pline { return append(append([]*pline(nil), b.lines...), b.extra...) }

func (b *blk) last() *pline {
	if len(b.extra) > 0 {
		return b.extra[len(b.extra)-1]
	}
	return b.lines[len(b.lines)-1]
}

func styleLine(l *line, page int, label string) *pline {
	pl := &pline{line: l, page: page, label: label}
	fams := map[string]int{}
	for _, w := range l.words {
		for _, g := range w.g {
			n := utf8.RuneCountInString(strings.TrimSpace(g.s))
			pl.chars += n
			if g.bold {
				pl.boldN += n
			}
			if g.italic {
				pl.italicN += n
			}
			fams[g.fam] += n
			pl.lift = math.Max(pl.lift, g.lift)
		}
	}
	best := 0
	for f, n := range fams {
		if n > best || n == best && f < pl.fam {
			pl.fam, best = f, n
		}
	}
	pl.bold = pl.boldN*2 > pl.chars
	pl.italic = pl.italicN*2 > pl.chars
	return pl
}

// leadingTable is the usual baseline distance of consecutive lines per
// font family, slant and size (rounded to half points).
type leadingTable map[style]float64

func sizeKey(s float64) float64 { return math.Round(s*2) / 2 }

func learnLeading(pages [][]*pline) leadingTable {
	hist := map[style]map[float64]int{}
	for _, p := range pages {
		var prev *pline
		for _, cur := range p {
			if prev != nil && prev.fam == cur.fam && prev.italic == cur.italic && math.Abs(prev.size-cur.size) <= 0.3 {
				d := prev.y - cur.y
				if d >= 0.9*cur.size && d <= 2.2*cur.size {
					k := leadKey(cur)
					if hist[k] == nil {
						hist[k] = map[float64]int{}
					}
					hist[k][math.Round(d*4)/4]++
				}
			}
			prev = cur
		}
	}
	lt := leadingTable{}
	for k, h := range hist {
		best, bn := 0.0, 0
		for d, n := range h {
			if n > bn || n == bn && d < best {
				best, bn = d, n
			}
		}
		// Rounding of baselines spreads one leading over neighbouring
		// values: take the largest frequent value near the mode.
		top := best
		for d, n := range h {
			if d > top && d-best <= 0.12*k.size+0.5 && n*5 >= bn {
				top = d
			}
		}
		lt[k] = top
	}
	return lt
}

// leadKey keys the leading table: family, italic or not, size.
func leadKey(l *pline) style {
	f := l.fam
	if l.italic {
		f += "/italic"
	}
	return style{f, sizeKey(l.size)}
}

func (lt leadingTable) of(l *pline) float64 {
	if v, ok := lt[leadKey(l)]; ok {
		return v
	}
	return 1.35 * l.size
}

// buildBlocks groups ordered lines into blocks, classifies them against the
// document's body style, joins broken paragraphs and assembles text.
func buildBlocks(ctx context.Context, pls []pageLines) ([]doc.Block, error) {
	styled := make([][]*pline, len(pls))
	links := map[int][]pdf.Link{} // by page number
	for i, p := range pls {
		if len(p.links) > 0 {
			links[p.number] = p.links
		}
		styled[i] = make([]*pline, len(p.lines))
		for k, l := range p.lines {
			styled[i][k] = styleLine(l, p.number, p.label)
		}
	}
	lt := learnLeading(styled)
	body := bodyOfLines(styled)
	ms := pageMeasures(styled)
	var blocks []*blk
	var cur *blk
	var prev *pline
	for _, p := range styled {
		for _, pl := range p {
			if pl.chars == 0 {
				continue
			}
			start := cur == nil || breaks(cur, prev, pl, lt)
			item := false
			if !start {
				switch startsItem(cur, prev, pl, ms, body) {
				case itemStart:
					start, item = true, true
				case itemEnd:
					start = true
				}
			}
			if !start && indentedParagraph(prev, pl, ms, body) {
				start = true
			}
			if start {
				cur = &blk{fam: pl.fam, size: pl.size, x0: pl.x0, x1: pl.x1, item: item || startsWithMarker(pl)}
				blocks = append(blocks, cur)
			}
			cur.lines = append(cur.lines, pl)
			cur.x0 = math.Min(cur.x0, pl.x0)
			cur.x1 = math.Max(cur.x1, pl.x1)
			prev = pl
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	blocks = cellContinuations(blocks, lt)
	classify(blocks, body)
	creditedQuotes(blocks, body)
	joinBroken(blocks, body)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	hyph := documentVocabulary(blocks)
	var out []doc.Block
	for i, b := range blocks {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if b.joined {
			continue
		}
		out = append(out, finish(b, hyph))
		out[len(out)-1].Link = blockLink(b, links)
	}
	return out, nil
}

// indentedParagraph reports whether body line l starts a paragraph set,
// as TeX and most books set them, without space before it but with its
// first line indented: prev, at the column's left edge, ends a sentence,
// and l starts with a capital (or an opening quote) indented from that
// edge by one to four of its font sizes (TeX's \parindent is 1.5 em; a
// quotation's margin is wider). A sentence that ends at the end of a
// line and a next line at the left edge stay in one block, as before.
func indentedParagraph(prev, l *pline, m measures, body style) bool {
	if len(l.words) == 0 || len(prev.words) == 0 || l.col != 0 || prev.col != 0 || prev.page != l.page {
		return false
	}
	if l.fam != body.fam || math.Abs(l.size-body.size) > 0.75 || l.bold || l.italic || prev.bold || prev.italic {
		return false
	}
	e, ok := m.of(l)
	if !ok || math.Abs(prev.x0-e.left) > 0.3*l.size {
		return false
	}
	in := l.x0 - e.left
	if in < 0.8*l.size || in > 4*l.size {
		return false
	}
	return terminal.MatchString(prev.text()) && startsCapital(l.text())
}

// breaks reports whether line l starts a new block after prev in cur.
func breaks(cur *blk, prev, l *pline, lt leadingTable) bool {
	if prev.page != l.page {
		return true
	}
	if l.y >= prev.y-0.3*l.size { // same row or moved up: a new column or cell
		return true
	}
	if l.col != prev.col && l.col > 0 && prev.col > 0 {
		return true
	}
	if l.fam != cur.fam || math.Abs(l.size-cur.size) > 0.75 {
		return true
	}
	if l.italic != prev.italic && (l.italicN > 0) != (prev.italicN > 0) {
		return true
	}
	// A line with superscripts may stand lower by their rise (browsers
	// grow its line box to hold them), when the line before runs to the
	// block's right edge without ending a sentence: a paragraph goes on.
	lead := lt.of(l)
	allow := 0.0
	if l.lift > 0 && prev.x1 >= cur.x1-prev.size && !terminal.MatchString(prev.text()) {
		allow = l.lift
	}
	if prev.y-l.y > lead*1.1+0.5+allow {
		return true
	}
	// No horizontal overlap with the block: another column.
	if l.x0 > cur.x1+l.size || l.x1 < cur.x0-l.size {
		return true
	}
	return false
}

// maxCellLines bounds the lines of a block read as the wrapped end of a
// table cell.
const maxCellLines = 3

// cellContinuations joins to its table cell a short block that the page's
// order cut off from it: the cell's wrapped last lines, where the other
// cells of the row have ended (they stand in a band of their own, outside
// the table). The block must start at the cell's left edge, just below its
// last line (one leading), in the cell's style, and end before the
// next cell of the row starts.
func cellContinuations(blocks []*blk, lt leadingTable) []*blk {
	out := blocks[:0]
	for i, b := range blocks {
		if c := continuedCell(blocks, i, lt); c != nil {
			for _, l := range b.lines {
				l.col, l.row = c.lines[0].col, c.lines[0].row
				c.lines = append(c.lines, l)
			}
			c.x1 = math.Max(c.x1, b.x1)
			continue
		}
		out = append(out, b)
	}
	return out
}

func continuedCell(blocks []*blk, i int, lt leadingTable) *blk {
	b := blocks[i]
	first := b.lines[0]
	if first.col > 0 || len(b.lines) > maxCellLines {
		return nil
	}
	for k := i - 1; k >= 0 && i-k <= maxTableColumns; k-- {
		c := blocks[k]
		last := c.lines[len(c.lines)-1]
		if last.col == 0 || last.page != first.page {
			return nil
		}
		if math.Abs(c.lines[0].x0-first.x0) > 0.5*first.size || c.fam != first.fam || math.Abs(c.size-first.size) > 0.75 {
			continue
		}
		if d := last.y - first.y; d <= 0.3*first.size || d > lt.of(first)*1.1+0.5 {
			return nil
		}
		// The next cell of the row, if any, starts right of the block.
		if k+1 < i {
			if n := blocks[k+1]; n.lines[0].col > c.lines[0].col && n.x0 > c.x0 && b.x1 > n.x0 {
				return nil
			}
		}
		return c
	}
	return nil
}

type style struct {
	fam  string
	size float64
}

// bodyOfLines is the font family and size of most of the text: of the
// upright, regular lines.
func bodyOfLines(pages [][]*pline) style {
	n := map[style]int{}
	for _, p := range pages {
		for _, l := range p {
			if !l.italic && !l.bold {
				n[style{l.fam, sizeKey(l.size)}] += l.chars
			}
		}
	}
	var best style
	bn := -1
	for s, c := range n {
		if c > bn || c == bn && (s.fam < best.fam || s.fam == best.fam && s.size < best.size) {
			best, bn = s, c
		}
	}
	return best
}

func (b *blk) counts() (chars, bold, italic, words int) {
	for _, l := range b.lines {
		chars += l.chars
		bold += l.boldN
		italic += l.italicN
		words += len(l.words)
	}
	return
}

func classify(blocks []*blk, body style) {
	for _, b := range blocks {
		chars, bold, italic, words := b.counts()
		b.bold = bold*10 >= chars*8
		b.italic = italic*10 >= chars*7
		text := strings.TrimSpace(rawText(b.lines))
		switch {
		case b.italic && b.bold && italicHeading(text, words, b.size, body):
			b.kind = doc.Heading // a bold italic heading ("Opening and welcome")
		case b.italic && !itemLead(b):
			b.kind = doc.Quote
		case b.size >= 1.25*body.size && words <= 40:
			b.kind = doc.Heading
		case b.lines[0].col > 0 && b.size < 1.25*body.size:
			b.kind = doc.Cell // bold or not: a table's header and name cells stay cells
		case b.bold && b.size >= body.size-0.3 && words <= 30 && !strings.HasSuffix(text, "."):
			b.kind = doc.Heading
		case b.size >= body.size-0.3 && words <= 8 && allCapitals(text) && !terminal.MatchString(text):
			b.kind = doc.Heading // "DAY ONE"
		case b.lines[0].col > 0:
			b.kind = doc.Cell
		case b.size < body.size-0.75:
			b.kind = doc.Caption
		default:
			b.kind = doc.Paragraph
		}
	}
}

// italicHeading: a bold italic block that reads as a heading, not as a
// quotation: short, at least the body size, one line's worth of words,
// without closing punctuation and not opening with a quotation mark.
func italicHeading(text string, words int, size float64, body style) bool {
	return size >= body.size-0.3 && words <= 15 && !terminal.MatchString(text) &&
		!strings.HasPrefix(text, "“") && !strings.HasPrefix(text, `"`) && !strings.HasPrefix(text, "‘") && !strings.HasPrefix(text, "«")
}

var terminal = regexp.MustCompile(`[.!?:;…"”’')\]]\s*$`)

// openCue matches a line ending with a quotation closed by a comma, whose
// cue follows ("“… better data,”" then "she said."): no paragraph ends so.
var openCue = regexp.MustCompile(`,\s*["”’']\s*$`)

// isBody reports whether b is running body text.
func isBody(b *blk, body style) bool {
	return b.kind == doc.Paragraph && b.fam == body.fam && math.Abs(b.size-body.size) <= 0.75
}

// interruption reports whether b may stand between the two halves of a
// broken paragraph: a quote box, a caption or small print.
func interruption(b *blk) bool {
	return b.kind == doc.Quote || b.kind == doc.Caption
}

// maxInterruptions bounds the quote boxes and captions that may stand
// between two halves of one paragraph.
const maxInterruptions = 6

// joinBroken joins a body paragraph that continues after a page break, a
// column break or an interrupting quote or caption. Blocks absorbed into
// an earlier one are marked joined and left in place: the interruptions a
// joined paragraph stood across come after it in the output, as they did
// before the join.
//
// Every step of the inner loop either ends it or marks one more block
// joined, and the scan for one paragraph only moves forwards, so the whole
// runs in time linear in the number of blocks whatever the document.
//
// A paragraph in another style than the body's (a pull quote set large)
// joins only a continuation in its own style, and only when it is cut in
// the middle of a sentence and goes on in lower case in another column or
// page.
func joinBroken(blocks []*blk, body style) {
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		bodyB := isBody(b, body)
		if b.joined || !(bodyB || b.kind == doc.Paragraph) || creditLine(b) {
			continue
		}
		lead := itemLead(b) && b.italic // "• *Jane Roe, Cyclists' Union. Ms Roe*" then "said …" in roman
		continues := func(c *blk) bool {
			if bodyB || lead {
				return isBody(c, body)
			}
			return c.kind == doc.Paragraph && c.fam == b.fam && math.Abs(c.size-b.size) <= 0.3 && c.italic == b.italic && c.bold == b.bold
		}
		pos := i + 1 // where the scan for the next continuation starts
		joins := 0   // continuations joined so far
		for pos < len(blocks) {
			j := pos
			skipped := 0 // interruptions stepped over since the last piece
			for j < len(blocks) && skipped <= maxInterruptions && (blocks[j].joined || interruption(blocks[j])) {
				if !blocks[j].joined {
					skipped++
				}
				j++
			}
			if skipped > maxInterruptions || j >= len(blocks) || blocks[j].joined || !continues(blocks[j]) || creditLine(blocks[j]) {
				break
			}
			gap := j > i+1 || joins > 0 // something stands between, or b is already a join
			c := blocks[j]
			last := b.last()
			firstC := c.lines[0]
			moved := firstC.page != last.page || firstC.y > last.y || firstC.region != last.region
			if len(firstC.words) > 0 && listMarker(firstC.words[0].text()) != "" {
				break // a list item starts, never a continuation
			}
			unfinished := !terminal.MatchString(last.text()) || openCue.MatchString(last.text())
			startsLower := startsLowercase(firstC.text())
			if !(unfinished || startsLower && (moved || gap)) {
				break
			}
			if lead && unfinished && !gap && joins == 0 {
				// a list item whose lead is set in italics goes on in the
				// body's roman on its next line ("• Jane Roe, Cyclists'
				// Union. Ms" / "Roe said …")
				b.extra = append(b.extra, c.all()...)
				c.joined = true
				joins++
				pos = j + 1
				continue
			}
			if !bodyB && !(unfinished && startsLower && moved) {
				break
			}
			if !moved && !gap {
				break // plain paragraph gap in the same column
			}
			if !moved && !startsLower && len(b.lines)+len(b.extra) == 1 && last.x0 > c.x0+3*body.size && last.x1 < c.x1-3*body.size {
				// a single line set in from both sides of the text
				// after it (a centred dateline above a note) is no
				// paragraph cut by the quote or caption below it: only
				// a continuation in lower case joins it
				break
			}
			b.extra = append(b.extra, c.all()...)
			c.joined = true
			joins++
			pos = j + 1
		}
	}
}

// itemLead: b opens with a list marker ("• Jane Roe, …"): an italic one
// is a list item whose lead is set in italics, no quotation.
func itemLead(b *blk) bool {
	ws := b.lines[0].words
	return len(ws) > 0 && listMarker(ws[0].text()) != ""
}

// dashLine matches a credit line under a quotation or epigraph: a dash,
// then a capitalised word ("– Secretary Jane Roe", "— Jane Roe, Chair",
// "-- Jane Roe").
var dashLine = regexp.MustCompile(`^(?:--|[–—―])\s*\p{Lu}`)

// maxCreditWords bounds the words of a credit line.
const maxCreditWords = 16

// creditLine reports whether b is a dash credit line: it stays where it
// is, after the quotation it credits, and is neither joined to the
// paragraph before the quotation nor continued by the next one.
func creditLine(b *blk) bool {
	if len(b.lines) > 2 {
		return false
	}
	t := strings.TrimSpace(rawText(b.lines))
	return dashLine.MatchString(t) && len(strings.Fields(t)) <= maxCreditWords
}

// maxQuoteBlocks bounds the indented blocks above a credit line that are
// read as its quotation.
const maxQuoteBlocks = 3

// minQuoteIndent is the indent, in body font sizes, that sets a block
// quote off from the body text beside it.
const minQuoteIndent = 1.5

// creditedQuotes: body paragraphs set in from the body text on both sides
// (a block quote without quotation marks or italics, as groff's and many
// word processors' quotation styles are) right above a dash credit line
// are quotations. The body text they are set in from is the nearest body
// paragraph before them on the same page (or, failing one, after the
// credit line), overlapping them.
func creditedQuotes(blocks []*blk, body style) {
	indent := minQuoteIndent * body.size
	for i, c := range blocks {
		if !creditLine(c) || c.kind != doc.Paragraph || i == 0 {
			continue
		}
		page := c.lines[0].page
		q := blocks[i-1]
		if !isBody(q, body) || creditLine(q) || q.lines[0].page != page {
			continue
		}
		// The body text beside it: a body paragraph on the page set
		// further left by the indent (before the quotation, else after
		// the credit line); the quotation is the blocks between it and
		// the credit line, all set in by the indent on both sides.
		ref, first := -1, i-1
		for k := i - 1; k >= 0 && blocks[k].lines[0].page == page && isBody(blocks[k], body) && !creditLine(blocks[k]); k-- {
			if blocks[k].x0 <= q.x0-indent {
				ref = k
				break
			}
			first = k
		}
		if ref < 0 {
			for k := i + 1; k < len(blocks) && blocks[k].lines[0].page == page; k++ {
				if isBody(blocks[k], body) && !creditLine(blocks[k]) {
					if blocks[k].x0 <= q.x0-indent {
						ref = k
					}
					break
				}
			}
		}
		if ref < 0 || i-first > maxQuoteBlocks {
			continue
		}
		r := blocks[ref]
		quote := true
		for _, b := range blocks[first:i] {
			if b.x0-r.x0 < indent || b.x1 > r.x1+0.5*body.size || b.x0 > r.x1 {
				quote = false
			}
		}
		if !quote {
			continue
		}
		for _, b := range blocks[first:i] {
			b.kind = doc.Quote
		}
	}
}

// allCapitals: s has letters and none of them is lower case.
func allCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

func startsLowercase(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

func (l *pline) text() string {
	parts := make([]string, 0, len(l.words))
	for _, w := range l.words {
		parts = append(parts, w.text())
	}
	return strings.Join(parts, " ")
}

func rawText(ls []*pline) string {
	parts := make([]string, 0, len(ls))
	for _, l := range ls {
		parts = append(parts, l.text())
	}
	return strings.Join(parts, " ")
}

// vocabulary is the document's own words, lower case, as written inside
// lines: it decides what a line-end hyphen is.
type vocabulary struct {
	words      map[string]bool // words without hyphens
	hyphenated map[string]bool // words written with an inner hyphen
	// autoHyphen: the typesetter breaks words at line ends (most line-end
	// hyphens join into a word seen elsewhere unbroken).
	autoHyphen bool
}

func documentVocabulary(blocks []*blk) vocabulary {
	v := vocabulary{words: map[string]bool{}, hyphenated: map[string]bool{}}
	for _, b := range blocks {
		afterHyphen := false
		for _, l := range b.all() {
			for i, w := range l.words {
				if i == len(l.words)-1 {
					afterHyphen = strings.HasSuffix(normalize(w.text()), "-")
					continue // may be the first half of a broken word
				}
				if i == 0 && afterHyphen {
					continue // may be the second half of a broken word
				}
				for _, f := range strings.Fields(normalize(w.text())) {
					f = strings.ToLower(strings.Trim(f, `.,;:!?()[]"“”'’`))
					if i := strings.IndexByte(f, '-'); i > 0 && i < len(f)-1 {
						v.hyphenated[f] = true
						continue
					}
					v.words[f] = true
				}
			}
		}
	}
	// Does the typesetter hyphenate? Weigh every line-end hyphen: a word
	// seen whole elsewhere, or two halves that are no words of the document
	// ("juris-" "dictions"), speak for a typesetter that breaks words; a
	// compound seen elsewhere with its hyphen, or two halves that are both
	// words ("cost-" "effective"), for one that does not.
	breaks, compounds := 0, 0
	for _, b := range blocks {
		ls := b.all()
		for i := 0; i+1 < len(ls); i++ {
			if len(ls[i].words) == 0 || len(ls[i+1].words) == 0 {
				continue
			}
			a := strings.ToLower(strings.TrimLeft(normalize(ls[i].words[len(ls[i].words)-1].text()), `"“‘(`))
			n := strings.ToLower(strings.TrimRight(normalize(ls[i+1].words[0].text()), `.,;:!?)"”’`))
			if !strings.HasSuffix(a, "-") || len(a) < 3 || !startsLowercase(n) {
				continue
			}
			stem := strings.TrimSuffix(a, "-")
			switch {
			case v.hyphenated[a+n]:
				compounds++
			case v.words[stem+n]:
				breaks++
			case v.words[stem] && v.words[n]:
				compounds++
			case !v.words[stem] && !v.words[n]:
				breaks++
			}
		}
	}
	v.autoHyphen = breaks >= 2 && breaks > compounds
	return v
}

var ligatures = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st",
	"\u00ad", "", "\u00a0", " ", "\u200b", "", "\ufeff", "",
	"\u2010", "-", "\u2011", "-",
)

// normalize folds ligatures, removes soft hyphens and zero-width marks,
// writes the Unicode hyphens (U+2010, and U+2011 that does not break; some
// typesetters, WeasyPrint among them, hyphenate with U+2010) as the ASCII
// hyphen-minus, and composes characters (NFC). NFKC is not applied wholesale: it would also
// rewrite ellipses, superscripts and fractions that readers quote.
func normalize(s string) string {
	return norm.NFC.String(ligatures.Replace(s))
}

// finish assembles a block's text and spans.
func finish(b *blk, hyph vocabulary) doc.Block {
	ls := b.all()
	out := doc.Block{
		Kind: b.kind, Page: ls[0].page, PageEnd: ls[len(ls)-1].page,
		Label: ls[0].label, LabelEnd: ls[len(ls)-1].label,
		Size: b.size, Bold: b.bold, Italic: b.italic,
		Col: ls[0].col, Row: ls[0].row, Item: b.item && b.kind == doc.Paragraph,
	}
	for _, l := range b.lines {
		r := doc.Rect{X0: l.x0, Y0: l.y - 0.25*l.size, X1: l.x1, Y1: l.y + 0.8*l.size}
		out.BBox = out.BBox.Union(r)
	}
	var spans []doc.Span
	var texts []*strings.Builder // the spans' texts while they grow
	add := func(text string, bold, italic bool, space bool) {
		if n := len(spans); n > 0 && spans[n-1].Bold == bold && spans[n-1].Italic == italic {
			if space {
				texts[n-1].WriteByte(' ')
			}
			texts[n-1].WriteString(text)
			return
		}
		spans = append(spans, doc.Span{Bold: bold, Italic: italic})
		texts = append(texts, &strings.Builder{})
		texts[len(texts)-1].WriteString(text)
	}
	pendingJoin := false // previous line ended in a hyphen to be removed
	words := 0
	for li, l := range ls {
		if li > 0 && l.page != ls[li-1].page {
			out.Breaks = append(out.Breaks, doc.Break{Words: words, Page: l.page, Label: l.label})
		}
		for wi, w := range l.words {
			t := normalize(w.text())
			bold, italic := wordStyle(w)
			space := !(li == 0 && wi == 0)
			if wi == 0 && pendingJoin {
				space = false
			}
			if wi == len(l.words)-1 && li+1 < len(ls) {
				pendingJoin = false
				if next := ls[li+1]; len(next.words) > 0 {
					nt := normalize(next.words[0].text())
					if keep, join := lineEndHyphen(t, nt, hyph); join {
						if !keep {
							t = strings.TrimSuffix(t, "-")
						}
						pendingJoin = true
					}
				}
			}
			add(t, bold, italic, space)
			if space || li+wi == 0 {
				words += len(strings.Fields(t))
			}
		}
	}
	var sb strings.Builder
	for i := range spans {
		spans[i].Text = strings.Join(strings.Fields(texts[i].String()), " ")
	}
	for i, s := range spans {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(s.Text)
	}
	out.Spans = spans
	out.Text = strings.Join(strings.Fields(sb.String()), " ")
	return out
}

func wordStyle(w *word) (bold, italic bool) {
	var n, nb, ni int
	for _, g := range w.g {
		c := utf8.RuneCountInString(g.s)
		n += c
		if g.bold {
			nb += c
		}
		if g.italic {
			ni += c
		}
	}
	return nb*2 > n, ni*2 > n
}

// lineEndHyphen decides what to do with a line ending in word a followed
// by a line starting with word b: join reports that the two halves form one
// word; keep that the hyphen stays ("asylum-" "seeking" stays hyphenated
// when "asylum-seeking" occurs elsewhere, or when b is capitalised).
func lineEndHyphen(a, b string, v vocabulary) (keep, join bool) {
	if !strings.HasSuffix(a, "-") || len(a) < 3 || b == "" {
		return false, false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(a, "-"))
	if !unicode.IsLetter(r) {
		return false, false
	}
	first, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsLetter(first) {
		return false, false
	}
	if unicode.IsUpper(first) {
		return true, true
	}
	stem := strings.ToLower(strings.TrimLeft(a, `"“(`))
	tail := strings.ToLower(strings.TrimRight(b, `.,;:!?)"”’`))
	switch {
	case v.hyphenated[stem+tail]:
		return true, true
	case !v.autoHyphen:
		// The typesetter does not hyphenate: a line-end hyphen is
		// part of the text ("co-" "ordinators").
		return true, true
	case v.words[strings.TrimSuffix(stem, "-")+tail]:
		return false, true
	case v.words[strings.TrimSuffix(stem, "-")] && v.words[tail]:
		// Both halves are words of the document: a compound
		// ("cost-effective"), not a word broken by the typesetter.
		return true, true
	}
	return false, true
}
