// Package pdf reads the text layer of PDF files, one page at a time, as
// positioned glyphs. It wraps github.com/ledongthuc/pdf and shields callers
// from its limits: panics on damaged input become errors, and a damaged page
// costs that page, not the document.
package pdf

import (
	"fmt"
	"os"

	lpdf "github.com/ledongthuc/pdf"
)

// Glyph is one shown character (or a short run) with its baseline origin in
// PDF user space (points, origin bottom left).
type Glyph struct {
	S    string
	X, Y float64
	// W is the advance width when the library knows it (0 for CID fonts).
	W    float64
	Font string
	Size float64
}

// Page is the text of one page.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	Glyphs        []Glyph
}

// Info is the document information dictionary.
type Info struct {
	Title, Author, Subject, Creator, Producer string
}

// File is an open PDF.
type File struct {
	path string
	f    *os.File
	r    *lpdf.Reader
}

// Open opens the PDF at path.
func Open(path string) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("open %s: damaged PDF (%v)", path, r)
		}
	}()
	fh, r, err := lpdf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &File{path: path, f: fh, r: r}, nil
}

// Close releases the file.
func (f *File) Close() error { return f.f.Close() }

// NumPage returns the number of pages.
func (f *File) NumPage() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: damaged page tree (%v)", f.path, r)
		}
	}()
	return f.r.NumPage(), nil
}

// Info returns the information dictionary; missing entries are empty.
func (f *File) Info() (info Info) {
	defer func() { _ = recover() }()
	d := f.r.Trailer().Key("Info")
	return Info{
		Title:    d.Key("Title").Text(),
		Author:   d.Key("Author").Text(),
		Subject:  d.Key("Subject").Text(),
		Creator:  d.Key("Creator").Text(),
		Producer: d.Key("Producer").Text(),
	}
}

// Page reads page n (1-based).
func (f *File) Page(n int) (pg Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s page %d: damaged content (%v)", f.path, n, r)
		}
	}()
	p := f.r.Page(n)
	if p.V.IsNull() {
		return Page{}, fmt.Errorf("%s page %d: missing", f.path, n)
	}
	pg = Page{Number: n}
	if mb := p.V.Key("MediaBox"); mb.Len() == 4 {
		pg.Width = mb.Index(2).Float64() - mb.Index(0).Float64()
		pg.Height = mb.Index(3).Float64() - mb.Index(1).Float64()
	}
	c := p.Content()
	pg.Glyphs = make([]Glyph, 0, len(c.Text))
	for _, t := range c.Text {
		pg.Glyphs = append(pg.Glyphs, Glyph{S: t.S, X: t.X, Y: t.Y, W: t.W, Font: t.Font, Size: t.FontSize})
	}
	return pg, nil
}
