package pdf

import (
	"context"
	"fmt"
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// Limits that keep one hostile page bounded in memory and time, on top of
// the caller's context.
const (
	maxGlyphs    = 1 << 18  // glyphs kept per page
	maxOperands  = 64       // operands kept before an operator
	maxGStack    = 256      // nested q
	maxFormDepth = 12       // nested Form XObjects
	maxPageBytes = 48 << 20 // decoded content (streams and forms) per page
	checkEvery   = 1024     // operators between two looks at the context
	// maxPageRun bounds the content bytes interpreted per page, a form
	// counting each time it is drawn (at least minFormRun): a form read
	// once may be drawn thousands of times.
	maxPageRun = 2 * maxPageBytes
	minFormRun = 256
	// maxPageSide is the largest page side PDF allows (200 inches, ISO
	// 32000-1 annex C.2), in points.
	maxPageSide  = 14400
	minGlyphSize = 0.05 // points: smaller text is nobody's to read
)

// bounds is where a page's glyphs may lie and how large they may be. Every
// number a glyph carries comes from the file (matrices, font sizes, widths,
// positions) and may be NaN, infinite or absurd in a damaged or hostile
// file; a glyph outside the bounds is dropped here, so that the layout
// never sizes anything from such numbers.
type bounds struct {
	x0, y0, x1, y1 float64 // the page's box grown by its own size on every side
	maxSize        float64 // the page's larger side
}

// pageBounds returns the bounds of page p: its MediaBox grown by its own
// width and height on every side (text far outside the page is not shown;
// a little outside it may be, on a badly set box), or the largest page PDF
// allows when p has no usable box.
func pageBounds(p *pageRef) bounds {
	if !p.hasBox {
		return bounds{-2 * maxPageSide, -2 * maxPageSide, 3 * maxPageSide, 3 * maxPageSide, maxPageSide}
	}
	w, h := p.box[2]-p.box[0], p.box[3]-p.box[1]
	return bounds{p.box[0] - w, p.box[1] - h, p.box[2] + w, p.box[3] + h, max(w, h)}
}

// keep reports whether a glyph at (x, y) of the given size lies within the
// bounds, with every number finite. An advance width that makes no sense
// is set to 0 (unknown) rather than costing the glyph.
func (b bounds) keep(g *Glyph) bool {
	if !finite(g.W) || g.W < 0 || g.W > b.maxSize {
		g.W = 0
	}
	return finite(g.X, g.Y, g.Size) &&
		g.X >= b.x0 && g.X <= b.x1 && g.Y >= b.y0 && g.Y <= b.y1 &&
		abs(g.Size) >= minGlyphSize && abs(g.Size) <= b.maxSize
}

// finite reports whether no number of xs is NaN or infinite.
func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: the transformation m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm                        matrix
	tc, tw, th, tl, tfs, trise float64
	font                       *font
}

// scope is a resource dictionary with the fonts and XObjects already
// looked up in it.
type scope struct {
	res      lpdf.Value
	fonts    map[string]*font
	xobjects map[string]xobject
}

// xobject is what a name of a scope's XObjects stands for: a form (fm and
// its key), an image, or nothing to draw.
type xobject struct {
	fm    *form
	key   string
	image bool
}

// maxScopeXObjects bounds the XObject names remembered per scope.
const maxScopeXObjects = 1 << 12

type form struct {
	data []byte
	m    matrix
	sc   *scope
	// inert: drawn once, the form showed no text and painted nothing (no
	// text, paint, XObject or inline image operator), so drawing it again
	// is skipped.
	inert bool
}

// interp runs the content streams of one page. It is used by one goroutine.
type interp struct {
	file      *File
	ctx       context.Context
	g         gstate
	bounds    bounds
	stack     []gstate
	overflow  int // q beyond maxGStack, to match their Q
	tm, tlm   matrix
	glyphs    []Glyph
	dropped   int
	offPage   int  // glyphs dropped for numbers outside the page's bounds
	quota     int  // glyphs this page may still keep before reserving more
	bytesLeft int  // decoded content this page may still read
	runLeft   int  // content bytes this page may still interpret (see maxPageRun)
	effects   int  // operators run that may show or paint something
	spent     bool // the document's glyph budget ran out on this page
	images    int
	path      path   // the path being built
	marks     []mark // small filled shapes: bullets perhaps
	ops       int
	codes     int // character codes shown, for looks at the context
	active    []string
	forms     map[string]*form
	err       error // first damage met; reading goes on
	stopped   error // the context's error; reading stops
}

func newInterp(f *File, ctx context.Context) *interp {
	return &interp{
		file:      f,
		ctx:       ctx,
		g:         gstate{ctm: identity, th: 1},
		bounds:    pageBounds(&pageRef{}),
		bytesLeft: maxPageBytes,
		runLeft:   maxPageRun,
		tm:        identity,
		tlm:       identity,
	}
}

// budgetChunk is how many glyphs a page reserves from its document's
// budget at a time.
const budgetChunk = 1024

// reserve takes the next chunk of the document's glyph budget (see
// File.SetGlyphBudget) and reports whether there was any left.
func (in *interp) reserve() bool {
	b := &in.file.budget
	if !b.limited {
		in.quota = maxGlyphs
		return true
	}
	if left := b.left.Add(-budgetChunk) + budgetChunk; left > 0 {
		in.quota = int(min(left, budgetChunk))
		return true
	}
	in.spent = true
	return false
}

// damage records the first problem met on the page.
func (in *interp) damage(err error) {
	if in.err == nil {
		in.err = err
	}
}

// runPage interprets the page's content streams.
func (in *interp) runPage(p *pageRef) {
	defer func() {
		if r := recover(); r != nil {
			in.damage(panicError(r))
		}
	}()
	data := in.contents(p.v.Key("Contents"))
	if c := len(data) / 12; c > 0 {
		in.glyphs = make([]Glyph, 0, min(c, 1<<16))
	}
	in.runLeft -= len(data)
	in.run(data, &scope{res: p.res}, 0)
}

// stream reads a stream of the page's content (its contents, a form),
// within what is left of the page's maxPageBytes.
func (in *interp) stream(v lpdf.Value) ([]byte, error) {
	if in.bytesLeft <= 0 {
		return nil, fmt.Errorf("more than %d MiB of content on the page, the rest left out", maxPageBytes>>20)
	}
	data, err := readStreamLimit(v, min(maxStreamSize, in.bytesLeft))
	in.bytesLeft -= len(data)
	return data, err
}

// contents reads a page's Contents: one stream or an array of them, which
// are joined as if by white space. A stream that cannot be decoded costs
// its own operators only.
func (in *interp) contents(c lpdf.Value) []byte {
	switch c.Kind() {
	case lpdf.Stream:
		data, err := in.stream(c)
		if err != nil {
			in.damage(fmt.Errorf("content stream: %w", err))
		}
		return data
	case lpdf.Array:
		var all []byte
		for i := 0; i < c.Len() && in.bytesLeft > 0; i++ {
			data, err := in.stream(c.Index(i))
			if err != nil {
				in.damage(fmt.Errorf("content stream %d: %w", i+1, err))
			}
			all = append(all, data...)
			all = append(all, '\n')
		}
		return all
	case lpdf.Null:
		return nil
	}
	in.damage(fmt.Errorf("contents is a %v, not a stream", c.Kind()))
	return nil
}

// run interprets one content stream in the resources sc.
func (in *interp) run(data []byte, sc *scope, depth int) {
	lx := &lexer{data: data}
	stk := make([]operand, 0, 8)
	for {
		v, op, isOp, ok := lx.next()
		if !ok {
			return
		}
		if !isOp {
			if len(stk) == maxOperands {
				copy(stk, stk[1:])
				stk = stk[:maxOperands-1]
			}
			stk = append(stk, v)
			continue
		}
		in.ops++
		if in.ops%checkEvery == 0 {
			if err := in.ctx.Err(); err != nil {
				in.stopped = err
				return
			}
		}
		in.do(op, stk, sc, depth, lx)
		stk = stk[:0]
		lx.reset()
		if in.stopped != nil || len(in.glyphs) >= maxGlyphs || in.spent {
			return
		}
	}
}

// nums returns the last k operands as numbers.
func nums(stk []operand, k int) ([6]float64, bool) {
	var x [6]float64
	if len(stk) < k {
		return x, false
	}
	for i, v := range stk[len(stk)-k:] {
		if v.kind != kNum {
			return x, false
		}
		x[i] = v.num
	}
	return x, true
}

func last(stk []operand, k kind) (operand, bool) {
	if len(stk) == 0 || stk[len(stk)-1].kind != k {
		return operand{}, false
	}
	return stk[len(stk)-1], true
}

func (in *interp) do(op []byte, stk []operand, sc *scope, depth int, lx *lexer) {
	g := &in.g
	switch string(op) {
	case "Tj", "'", "\"", "TJ", "Do", "BI", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s":
		in.effects++
	}
	switch string(op) {
	case "q":
		if len(in.stack) < maxGStack {
			in.stack = append(in.stack, *g)
		} else {
			in.overflow++
		}
	case "Q":
		switch {
		case in.overflow > 0:
			in.overflow--
		case len(in.stack) > 0:
			*g = in.stack[len(in.stack)-1]
			in.stack = in.stack[:len(in.stack)-1]
		}
	case "cm":
		if x, ok := nums(stk, 6); ok {
			g.ctm = matrix(x).mul(g.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		if x, ok := nums(stk, 1); ok {
			g.tc = x[0]
		}
	case "Tw":
		if x, ok := nums(stk, 1); ok {
			g.tw = x[0]
		}
	case "Tz":
		if x, ok := nums(stk, 1); ok {
			g.th = x[0] / 100
		}
	case "TL":
		if x, ok := nums(stk, 1); ok {
			g.tl = x[0]
		}
	case "Ts":
		if x, ok := nums(stk, 1); ok {
			g.trise = x[0]
		}
	case "Tf":
		if len(stk) >= 2 && stk[len(stk)-2].kind == kName && stk[len(stk)-1].kind == kNum {
			g.font = in.font(sc, stk[len(stk)-2].b)
			g.tfs = stk[len(stk)-1].num
		}
	case "Td", "TD":
		if x, ok := nums(stk, 2); ok {
			if string(op) == "TD" {
				g.tl = -x[1]
			}
			in.tlm = matrix{1, 0, 0, 1, x[0], x[1]}.mul(in.tlm)
			in.tm = in.tlm
		}
	case "Tm":
		if x, ok := nums(stk, 6); ok {
			in.tm, in.tlm = matrix(x), matrix(x)
		}
	case "T*":
		in.nextLine()
	case "Tj":
		if s, ok := last(stk, kStr); ok {
			in.show(s.b)
		}
	case "'":
		in.nextLine()
		if s, ok := last(stk, kStr); ok {
			in.show(s.b)
		}
	case "\"":
		if len(stk) >= 3 && stk[len(stk)-1].kind == kStr {
			if x, ok := nums(stk[:len(stk)-1], 2); ok {
				g.tw, g.tc = x[0], x[1]
			}
			in.nextLine()
			in.show(stk[len(stk)-1].b)
		}
	case "TJ":
		a, ok := last(stk, kArray)
		if !ok {
			return
		}
		for _, e := range a.arr {
			switch e.kind {
			case kStr:
				in.show(e.b)
			case kNum:
				in.advance(-e.num / 1000 * g.tfs * g.th)
			}
		}
	case "Do":
		if n, ok := last(stk, kName); ok {
			in.xobject(sc, n.b, depth)
		}
	case "BI":
		lx.skipInlineImage()
		in.images++
	case "m", "l", "c", "v", "y", "re", "f", "F", "f*", "B", "B*", "b", "b*", "n", "S", "s":
		in.pathOp(string(op), stk)
	}
}

func (in *interp) nextLine() {
	in.tlm = matrix{1, 0, 0, 1, 0, -in.g.tl}.mul(in.tlm)
	in.tm = in.tlm
}

// advance moves the text matrix by tx along the baseline.
func (in *interp) advance(tx float64) {
	in.tm[4] += tx * in.tm[0]
	in.tm[5] += tx * in.tm[1]
}

// show appends the glyphs of one shown string.
func (in *interp) show(b []byte) {
	if in.stopped != nil || in.spent {
		return
	}
	g := &in.g
	f := g.font
	if f == nil {
		f = fallbackFont("")
		g.font = f
	}
	tm, c := &in.tm, &g.ctm
	// The linear part of Tm×CTM is the same for every glyph of the string.
	a := tm[0]*c[0] + tm[1]*c[2]
	bb := tm[0]*c[1] + tm[1]*c[3]
	cc := tm[2]*c[0] + tm[3]*c[2]
	dd := tm[2]*c[1] + tm[3]*c[3]
	size := g.tfs * math.Hypot(cc, dd) * f.sizeScale
	if !(a > 0 && abs(bb) <= 0.1*a) {
		size = -size // not left to right: rotated or mirrored
	}
	xscale := g.tfs * g.th * math.Hypot(a, bb)
	for i := 0; i < len(b); {
		if in.codes++; in.codes%(64*checkEvery) == 0 && in.ctx.Err() != nil {
			in.stopped = in.ctx.Err() // one string may be as long as a stream
			return
		}
		n := f.codeLen(b[i:])
		if n <= 0 {
			n = 1
		}
		code := b[i : i+n]
		i += n
		s, w := f.decode(code)
		if s != "" {
			if len(in.glyphs) >= maxGlyphs {
				return
			}
			if in.quota == 0 && !in.reserve() {
				return
			}
			px := g.trise*tm[2] + tm[4]
			py := g.trise*tm[3] + tm[5]
			gl := Glyph{
				S:    s,
				X:    px*c[0] + py*c[2] + c[4],
				Y:    px*c[1] + py*c[3] + c[5],
				W:    w * xscale,
				Font: f.name,
				Size: size,
			}
			if in.bounds.keep(&gl) {
				in.glyphs = append(in.glyphs, gl)
				in.quota--
			} else {
				in.offPage++
			}
		} else {
			in.dropped++
		}
		tx := w*g.tfs + g.tc
		if n == 1 && code[0] == ' ' {
			tx += g.tw
		}
		in.advance(tx * g.th)
	}
}

// font returns the font named in the scope's resources.
func (in *interp) font(sc *scope, name []byte) *font {
	if f, ok := sc.fonts[string(name)]; ok {
		return f
	}
	if sc.fonts == nil {
		sc.fonts = map[string]*font{}
	}
	key := string(name)
	f := in.loadFont(sc.res, key)
	sc.fonts[key] = f
	return f
}

func (in *interp) loadFont(res lpdf.Value, name string) (f *font) {
	defer func() {
		if r := recover(); r != nil {
			f = junkFont(name)
		}
	}()
	v := res.Key("Font").Key(name)
	if v.Kind() != lpdf.Dict {
		return fallbackFont(name)
	}
	return in.file.font(v, name)
}

// xobject draws the XObject named in the scope's resources: an image is
// counted, a form is run with its own matrix and resources.
func (in *interp) xobject(sc *scope, name []byte, depth int) {
	if depth >= maxFormDepth {
		return
	}
	fm, key := in.lookupForm(sc, name)
	if fm == nil {
		return
	}
	for _, k := range in.active {
		if k == key {
			return // a form that draws itself
		}
	}
	if fm.inert {
		return
	}
	cost := max(len(fm.data), minFormRun)
	if in.runLeft < cost {
		in.damage(fmt.Errorf("forms drawn again and again: more than %d MiB of content run on the page, the rest of the forms left out", maxPageRun>>20))
		return
	}
	in.runLeft -= cost
	effects := in.effects
	saved, savedStack, savedOverflow := in.g, len(in.stack), in.overflow
	savedTm, savedTlm := in.tm, in.tlm
	in.g.ctm = fm.m.mul(in.g.ctm)
	in.active = append(in.active, key)
	in.run(fm.data, fm.sc, depth+1)
	fm.inert = in.effects == effects && in.stopped == nil
	in.active = in.active[:len(in.active)-1]
	in.g, in.stack, in.overflow = saved, in.stack[:min(savedStack, len(in.stack))], savedOverflow
	in.tm, in.tlm = savedTm, savedTlm
}

// lookupForm returns the form XObject named in the scope's resources, read
// once per page, and a key that identifies it; it counts an image and
// returns nil for anything but a form. A name is looked up once per scope.
func (in *interp) lookupForm(sc *scope, name []byte) (*form, string) {
	x, ok := sc.xobjects[string(name)]
	if !ok {
		x = in.loadXObject(sc, name)
		if sc.xobjects == nil {
			sc.xobjects = map[string]xobject{}
		}
		if len(sc.xobjects) < maxScopeXObjects {
			sc.xobjects[string(name)] = x
		}
	}
	if x.image {
		in.images++
	}
	return x.fm, x.key
}

// loadXObject reads the XObject named in the scope's resources; a form is
// read once per page.
func (in *interp) loadXObject(sc *scope, name []byte) (x xobject) {
	defer func() {
		if r := recover(); r != nil {
			in.damage(fmt.Errorf("xobject %s: %w", name, panicError(r)))
			x = xobject{}
		}
	}()
	xo := sc.res.Key("XObject").Key(string(name))
	switch xo.Key("Subtype").Name() {
	case "Image":
		return xobject{image: true}
	case "Form":
	default:
		return xobject{}
	}
	key := xo.String()
	if fm, ok := in.forms[key]; ok {
		return xobject{fm: fm, key: key}
	}
	data, err := in.stream(xo)
	if err != nil {
		in.damage(fmt.Errorf("form %s: %w", name, err))
	}
	fm := &form{data: data, m: identity, sc: &scope{res: xo.Key("Resources")}}
	if mv := xo.Key("Matrix"); mv.Len() == 6 {
		for i := range fm.m {
			fm.m[i] = mv.Index(i).Float64()
		}
	}
	if fm.sc.res.Kind() != lpdf.Dict {
		fm.sc.res = sc.res // old producers let forms use the page's
	}
	if in.forms == nil {
		in.forms = map[string]*form{}
	}
	in.forms[key] = fm
	return xobject{fm: fm, key: key}
}
