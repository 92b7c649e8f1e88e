package pdf

import (
	"context"
	"errors"
	"fmt"

	lpdf "github.com/ledongthuc/pdf"
)

// Bounds on the page tree walk.
const (
	maxTreeDepth = 64
	maxPages     = 1 << 17
)

// pageRef is a page found in the page tree, with the attributes it
// inherits resolved.
type pageRef struct {
	v      lpdf.Value
	res    lpdf.Value
	box    [4]float64 // MediaBox
	hasBox bool
	rotate int
	broken error // the page object itself is unreadable
}

// inherited holds the inheritable page attributes on the way down.
type inherited struct {
	res    lpdf.Value
	box    lpdf.Value
	rotate lpdf.Value
}

type treeWalk struct {
	ctx      context.Context
	pages    []pageRef
	seen     map[string]bool
	warnings []string
	steps    int
}

// walkPages lists the pages of the document in order. It walks the tree
// itself, not through the library, so that a cyclic tree (Kids pointing back
// to an ancestor) and a wrong /Count cannot make it loop: a node met twice
// is skipped with a warning. Interior nodes are known by their dictionary's
// text, which holds the references of their kids and parent.
func walkPages(ctx context.Context, r *lpdf.Reader) (pages []pageRef, warnings []string, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = panicError(x)
		}
	}()
	root := r.Trailer().Key("Root")
	if root.Kind() != lpdf.Dict {
		return nil, nil, errors.New("no document catalog")
	}
	top := root.Key("Pages")
	if top.Kind() != lpdf.Dict {
		return nil, nil, errors.New("no page tree")
	}
	w := &treeWalk{ctx: ctx, seen: map[string]bool{}}
	if err := w.visit(top, inherited{}, 0); err != nil {
		return w.pages, w.warnings, err
	}
	return w.pages, w.warnings, nil
}

func (w *treeWalk) warn(format string, args ...any) {
	if len(w.warnings) < 20 {
		w.warnings = append(w.warnings, cleanText(fmt.Sprintf(format, args...)))
	}
}

func (w *treeWalk) visit(node lpdf.Value, inh inherited, depth int) error {
	w.steps++
	if w.steps%256 == 0 {
		if err := w.ctx.Err(); err != nil {
			return err
		}
	}
	if r := node.Key("Resources"); r.Kind() == lpdf.Dict {
		inh.res = r
	}
	if b := node.Key("MediaBox"); b.Kind() == lpdf.Array {
		inh.box = b
	}
	if rot := node.Key("Rotate"); rot.Kind() == lpdf.Integer {
		inh.rotate = rot
	}
	kids := node.Key("Kids")
	typ := node.Key("Type").Name()
	if typ == "Page" || typ != "Pages" && kids.Kind() != lpdf.Array {
		if len(w.pages) >= maxPages {
			w.warn("more than %d pages: the rest are ignored", maxPages)
			return nil
		}
		w.pages = append(w.pages, newPageRef(node, inh))
		return nil
	}
	key := node.String()
	if w.seen[key] {
		w.warn("page tree: a node is reached twice (cycle or shared subtree), skipped")
		return nil
	}
	w.seen[key] = true
	if depth >= maxTreeDepth {
		w.warn("page tree deeper than %d levels: the rest is ignored", maxTreeDepth)
		return nil
	}
	for i := 0; i < kids.Len(); i++ {
		kid, err := index(kids, i)
		if err != nil {
			// Keep its place, so that the pages after it keep their numbers.
			w.warn("page tree: page object unreadable (%v)", err)
			w.pages = append(w.pages, pageRef{broken: err})
			continue
		}
		if kid.Kind() != lpdf.Dict {
			w.warn("page tree: kid %d is a %v, skipped", i, kid.Kind())
			continue
		}
		if err := w.visit(kid, inh, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// index resolves element i of an array; a damaged object is an error.
func index(a lpdf.Value, i int) (v lpdf.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = panicError(r)
		}
	}()
	return a.Index(i), nil
}

func newPageRef(v lpdf.Value, inh inherited) pageRef {
	p := pageRef{v: v, res: inh.res}
	if inh.box.Len() == 4 {
		for i := range p.box {
			p.box[i] = inh.box.Index(i).Float64()
		}
		// A box of NaN, infinite or absurd numbers is no box: the page
		// then gets the widest bounds PDF allows (see pageBounds).
		x0, x1 := min(p.box[0], p.box[2]), max(p.box[0], p.box[2])
		y0, y1 := min(p.box[1], p.box[3]), max(p.box[1], p.box[3])
		p.box = [4]float64{x0, y0, x1, y1}
		p.hasBox = finite(x0, y0, x1, y1) && x1-x0 >= 1 && y1-y0 >= 1 &&
			x1-x0 <= maxPageSide && y1-y0 <= maxPageSide &&
			abs(x0) <= maxPageSide && abs(y0) <= maxPageSide
	}
	if inh.rotate.Kind() == lpdf.Integer {
		p.rotate = int(((inh.rotate.Int64() % 360) + 360) % 360)
	}
	return p
}
