// Package pdf reads the text layer of PDF files, one page at a time, as
// positioned glyphs. PDFs are hostile input: this package parses documents
// with github.com/ledongthuc/pdf, falls back on github.com/pdfcpu/pdfcpu to
// decrypt files protected by an owner password only and to rebuild broken
// cross-reference tables, and interprets content streams itself (text in
// Form XObjects included) with a lenient tokenizer.
//
// Whatever the input, no panic escapes and no stack trace reaches a user:
// failures are *Error values naming the file (and page), classified by a
// Reason that errors.Is matches against ErrNotPDF, ErrDamaged, ErrEncrypted,
// ErrTimeout and ErrNoText. A damaged page costs that page, not the
// document. Time is bounded by the context given to OpenContext and
// PageContext.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	lpdf "github.com/ledongthuc/pdf"
)

// MaxFileSize is the largest file Open reads. Files are read into memory,
// and a repair may copy them twice more: this keeps one document's memory
// under a gigabyte (photo-heavy reports of a few hundred pages stay well
// below it; their text is a small part).
const MaxFileSize = 256 << 20

// Glyph is one shown character (or a short run, such as a ligature) with
// its baseline origin in PDF user space (points, origin bottom left).
// Characters that decode to nothing usable (U+FFFD, control characters,
// private-use code points) are never glyphs: they are counted in
// Page.Dropped.
type Glyph struct {
	S    string
	X, Y float64
	// W is the advance width of the glyph in points, 0 when neither the
	// font nor, for the standard 14 fonts, their published metrics say.
	W    float64
	Font string // base font name without the subset prefix, e.g. "DejaVuSans-Bold"
	// Size is the font size in points. It is negative for a glyph whose
	// baseline does not run left to right (rotated or mirrored text, such
	// as margin notes and stamps), which most consumers skip.
	Size float64
}

// Page is the text of one page.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	Rotate        int // clockwise display rotation: 0, 90, 180 or 270
	Glyphs        []Glyph
	// Garbled reports that the text decodes to implausible characters (a
	// font with an unusable encoding): the caller should warn rather than
	// index it. See Garbled.
	Garbled bool
	// Dropped counts shown characters left out of Glyphs because they
	// decode to nothing usable.
	Dropped int
	// Images counts images drawn on the page (XObjects and inline).
	Images int
	// OffPage counts shown characters left out of Glyphs because their
	// position or size is not a number, or lies far outside the page (a
	// damaged matrix or font size).
	OffPage int
	// Truncated reports that the document's glyph budget ran out on this
	// page (see File.SetGlyphBudget): the rest of its text is left out.
	Truncated bool
	// Links are the page's web links.
	Links []Link
}

// Info is the document information dictionary.
type Info struct {
	Title, Author, Subject, Creator, Producer string
}

// File is an open PDF, held in memory. A File is safe for concurrent use:
// several goroutines may read pages at once (the library's Reader keeps no
// mutable state, and fonts are shared read-only once loaded).
type File struct {
	path     string
	r        *lpdf.Reader
	pages    []pageRef
	warnings []string

	mu    sync.Mutex
	fonts map[string]*font // by the font dictionary's text

	budget glyphBudget
}

// glyphBudget is what is left of a document's glyph budget, shared by the
// pages read at once.
type glyphBudget struct {
	limited bool
	left    atomic.Int64
}

// SetGlyphBudget bounds the glyphs kept over all the pages read from now
// on to about n (each page reading at once may overshoot by a thousand):
// the memory one document takes then stays bounded whatever its pages
// claim. A page on which the budget runs out is marked Truncated and
// keeps the glyphs read before; the pages read after keep none. n ≤ 0
// lifts the bound. Call it before reading pages.
func (f *File) SetGlyphBudget(n int64) {
	f.budget.limited = n > 0
	f.budget.left.Store(n)
}

// GlyphBudgetSpent reports whether the budget set by SetGlyphBudget has
// run out.
func (f *File) GlyphBudgetSpent() bool {
	return f.budget.limited && f.budget.left.Load() <= 0
}

// Open opens the PDF at path, without a time limit; see OpenContext.
func Open(path string) (*File, error) {
	return OpenContext(context.Background(), path)
}

// OpenContext reads the file at path into memory and opens it. It returns
// an *Error of reason NotPDF, Damaged, Encrypted (a user password is
// needed) or Timeout (ctx ended first). When ctx has a deadline, OpenContext
// returns by then even if a parser is stuck: the stuck goroutine is
// abandoned.
func OpenContext(ctx context.Context, path string) (*File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("open %s: %d bytes, more than the %d this reader takes", path, fi.Size(), MaxFileSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return OpenBytes(ctx, path, data)
}

// OpenBytes opens a PDF held in data; name names it in errors. data is not
// modified, and must not be modified while the File is in use.
func OpenBytes(ctx context.Context, name string, data []byte) (*File, error) {
	if err := ctx.Err(); err != nil {
		return nil, &Error{Path: name, Reason: Timeout, Err: err}
	}
	o, err := guarded(ctx, func() (*opened, error) {
		o, e := load(ctx, data)
		if e != nil {
			return nil, e
		}
		return o, nil
	})
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			e = &Error{Reason: Damaged, Err: err}
			if ctx.Err() != nil {
				e = &Error{Reason: Timeout, Err: ctx.Err()}
			}
		}
		e.Path = name
		return nil, e
	}
	f := &File{path: name, r: o.r, pages: o.pages, fonts: map[string]*font{}}
	for _, w := range o.warnings {
		f.warnings = append(f.warnings, name+": "+w)
	}
	return f, nil
}

// guarded runs fn, in a goroutine when ctx can end, and returns early with
// ctx's error if ctx ends first. A panic in fn becomes an error.
func guarded[T any](ctx context.Context, fn func() (T, error)) (T, error) {
	safe := func() (v T, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = panicError(r)
			}
		}()
		return fn()
	}
	if ctx.Done() == nil {
		return safe()
	}
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := safe()
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Path returns the name the file was opened with.
func (f *File) Path() string { return f.path }

// Close releases the file. The file is read into memory by Open, so no
// descriptor is held and Close never fails; the File must not be used
// afterwards.
func (f *File) Close() error { return nil }

// NumPage returns the number of pages found in the page tree. It never
// fails: the tree is read when the file is opened.
func (f *File) NumPage() (int, error) { return len(f.pages), nil }

// Warnings returns what was repaired or skipped to open the file (a patched
// header, a rebuilt cross-reference table, a decryption, a page tree
// cycle), one message naming the file each.
func (f *File) Warnings() []string { return f.warnings }

// Info returns the information dictionary; missing entries are empty.
func (f *File) Info() (info Info) {
	defer func() {
		if recover() != nil {
			info = Info{}
		}
	}()
	d := f.r.Trailer().Key("Info")
	return Info{
		Title:    cleanText(d.Key("Title").Text()),
		Author:   cleanText(d.Key("Author").Text()),
		Subject:  cleanText(d.Key("Subject").Text()),
		Creator:  cleanText(d.Key("Creator").Text()),
		Producer: cleanText(d.Key("Producer").Text()),
	}
}

// Page reads page n (1-based) without a time limit; see PageContext.
func (f *File) Page(n int) (Page, error) {
	return f.PageContext(context.Background(), n)
}

// PageContext reads page n (1-based). A damaged content stream yields an
// *Error of reason Damaged naming the file and page, along with the glyphs
// read before and after the damage. When ctx ends first it yields an
// *Error of reason Timeout (and errors.Is(err, context.DeadlineExceeded)),
// returning by the deadline even if a parser is stuck.
func (f *File) PageContext(ctx context.Context, n int) (Page, error) {
	if n < 1 || n > len(f.pages) {
		return Page{Number: n}, fmt.Errorf("%s page %d: out of range 1–%d", f.path, n, len(f.pages))
	}
	type result struct {
		pg  Page
		err error
	}
	r, err := guarded(ctx, func() (result, error) {
		pg, err := f.readPage(ctx, n)
		return result{pg, err}, nil
	})
	if err != nil {
		reason := Damaged
		if ctx.Err() != nil {
			reason, err = Timeout, ctx.Err()
		}
		return Page{Number: n}, &Error{Path: f.path, Page: n, Reason: reason, Err: err}
	}
	return r.pg, r.err
}

func (f *File) readPage(ctx context.Context, n int) (Page, error) {
	p := &f.pages[n-1]
	pg := Page{Number: n, Rotate: p.rotate}
	if p.hasBox {
		pg.Width = p.box[2] - p.box[0]
		pg.Height = p.box[3] - p.box[1]
	}
	if p.broken != nil {
		return pg, &Error{Path: f.path, Page: n, Reason: Damaged, Err: fmt.Errorf("page object: %w", p.broken)}
	}
	in := newInterp(f, ctx)
	in.bounds = pageBounds(p)
	in.runPage(p)
	in.glyphs = composeAccents(bulletGlyphs(in.glyphs, in.marks))
	pg.Links = pageLinks(p)
	if cap(in.glyphs) > len(in.glyphs)+len(in.glyphs)/4+64 {
		in.glyphs = append([]Glyph(nil), in.glyphs...) // not the slack of append's doubling
	}
	pg.Glyphs, pg.Dropped, pg.Images, pg.OffPage, pg.Truncated = in.glyphs, in.dropped, in.images, in.offPage, in.spent
	pg.Garbled = garbledPage(pg.Glyphs, pg.Dropped)
	if pg.Garbled {
		// A damaged stream decodes to junk from the damage on (a flate
		// stream whose bytes changed may inflate without an error but
		// for its checksum, which producers get wrong too): keep the text
		// before it when that reads as writing.
		if k := cleanPrefix(pg.Glyphs); k > 0 {
			pg.Glyphs, pg.Dropped, pg.Garbled = pg.Glyphs[:k], 0, false
			in.damage(fmt.Errorf("text decodes to junk after %d of %d characters, left out", k, len(in.glyphs)))
		}
	}
	switch {
	case in.stopped != nil:
		return pg, &Error{Path: f.path, Page: n, Reason: Timeout, Err: in.stopped}
	case in.err != nil:
		return pg, &Error{Path: f.path, Page: n, Reason: Damaged, Err: in.err}
	}
	return pg, nil
}

// cleanPrefix returns the length of the longest prefix of gs, in steps of
// a twentieth, whose text is not garbled, or 0 when none of at least a
// twentieth and minCleanPrefix glyphs is (short texts are judged on junk
// characters alone: too little to trust).
func cleanPrefix(gs []Glyph) int {
	for k := 19; k >= 1; k-- {
		n := len(gs) * k / 20
		if n < minCleanPrefix {
			break
		}
		if !garbledPage(gs[:n], 0) {
			return n
		}
	}
	return 0
}

const minCleanPrefix = 200

// font returns the document's font for the dictionary v, loading it once.
func (f *File) font(v lpdf.Value, resName string) *font {
	key := v.String()
	f.mu.Lock()
	ft, ok := f.fonts[key]
	f.mu.Unlock()
	if ok {
		return ft
	}
	ft = loadFont(v, resName)
	f.mu.Lock()
	defer f.mu.Unlock()
	if old, ok := f.fonts[key]; ok {
		return old
	}
	f.fonts[key] = ft
	return ft
}

// CheckText returns an *Error of reason NoText naming the file when none of
// pages has a glyph: the PDF has no text layer (a scan) or one that cannot
// be decoded. It returns nil otherwise, and for no pages at all.
func (f *File) CheckText(pages []Page) error {
	if len(pages) == 0 {
		return nil
	}
	dropped, images := 0, 0
	for _, p := range pages {
		if len(p.Glyphs) > 0 {
			return nil
		}
		dropped += p.Dropped
		images += p.Images
	}
	var cause error
	switch {
	case dropped > 0:
		cause = fmt.Errorf("%d characters shown, none decodable", dropped)
	case images > 0:
		cause = fmt.Errorf("%d pages hold only images", len(pages))
	}
	return &Error{Path: f.path, Reason: NoText, Err: cause}
}
