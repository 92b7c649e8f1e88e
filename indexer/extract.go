package indexer

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/layout"
	"github.com/osce-tools/confsearch/indexer/markup"
	"github.com/osce-tools/confsearch/indexer/pdf"
)

// MaxDocumentGlyphs bounds the characters read from one document: past
// it, the rest of the document is left out with a warning (a PDF's
// glyphs; the characters other than white space of an HTML, Markdown or
// text document's blocks). It keeps the memory one
// document takes (glyphs, then words, lines and blocks: a few hundred
// bytes a character at worst) well under a gigabyte whatever the file
// claims; real reports hold a tenth of it or less (the report: 81,000
// characters on 31 pages).
const MaxDocumentGlyphs = 1 << 20

// ExtractPDF reads a PDF and returns its blocks in reading order. Pages are
// read in parallel. A damaged page keeps what could be read of it and adds
// a warning naming it; a page whose text is garbled (fonts that decode to
// nonsense) is left out with a warning rather than indexed; a file that
// cannot be opened, or has no text layer at all, is an error naming it.
// Time is bounded by ctx in every stage (parsing, pages, layout).
func ExtractPDF(ctx context.Context, path string) (doc.Document, error) {
	f, err := pdf.OpenContext(ctx, path)
	if err != nil {
		return doc.Document{ID: DocID(path), Path: path, Format: "pdf"}, err
	}
	return extractPDF(ctx, path, f)
}

// ExtractPDFBytes is ExtractPDF for a PDF held in memory; name names it
// (its id and its errors). data must not change while it runs.
func ExtractPDFBytes(ctx context.Context, name string, data []byte) (doc.Document, error) {
	f, err := pdf.OpenBytes(ctx, name, data)
	if err != nil {
		return doc.Document{ID: DocID(name), Path: name, Format: "pdf"}, err
	}
	return extractPDF(ctx, name, f)
}

func extractPDF(ctx context.Context, path string, f *pdf.File) (doc.Document, error) {
	d := doc.Document{ID: DocID(path), Path: path, Format: "pdf"}
	defer f.Close()
	n, err := f.NumPage()
	if err != nil {
		return d, err
	}
	d.Pages = n
	pages := make([]pdf.Page, n)
	errs := make([]error, n)
	f.SetGlyphBudget(MaxDocumentGlyphs)
	workers := min(runtime.GOMAXPROCS(0), n, 4)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if f.GlyphBudgetSpent() {
					pages[i] = pdf.Page{Number: i + 1, Truncated: true}
					continue
				}
				pages[i], errs[i] = f.PageContext(ctx, i+1)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return d, &pdf.Error{Path: path, Reason: pdf.Timeout, Err: err}
	}
	d.Warnings = append(d.Warnings, f.Warnings()...)
	if first := slices.IndexFunc(pages, func(p pdf.Page) bool { return p.Truncated }); first >= 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: more than %d characters: the text from page %d on is left out",
			path, MaxDocumentGlyphs, first+1))
	}
	kept := pages[:0]
	for i, p := range pages {
		switch {
		case errs[i] != nil:
			d.Warnings = append(d.Warnings, errs[i].Error())
		case p.Garbled:
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s page %d: text does not decode (garbled font), left out", path, i+1))
			continue
		}
		if p.Number == 0 {
			p.Number = i + 1
		}
		kept = append(kept, p)
	}
	if err := f.CheckText(kept); err != nil {
		return d, err
	}
	d.Blocks, err = layout.AnalyzeContext(ctx, kept, layout.Options{})
	if err != nil {
		reason := pdf.Damaged
		if ctx.Err() != nil {
			reason = pdf.Timeout
		}
		return d, &pdf.Error{Path: path, Reason: reason, Err: err}
	}
	info := f.Info()
	d.Meta.Title = strings.TrimSpace(info.Title)
	d.Meta.Publisher = strings.TrimSpace(info.Author)
	if len(d.Blocks) == 0 {
		return d, fmt.Errorf("%s: no text layer (scanned or image-only PDF?)", path)
	}
	return d, nil
}

// Extract reads one document of any supported format. A panic inside a
// parser (documents are hostile input) becomes an error naming the file.
func Extract(ctx context.Context, path string) (d doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: unreadable document (%v)", path, r)
		}
	}()
	d = doc.Document{ID: DocID(path), Path: path}
	var parse func(io.Reader, int) ([]doc.Block, doc.Meta, bool, error)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return ExtractPDF(ctx, path)
	case ".html", ".htm":
		d.Format, parse = "html", markup.HTMLLimited
	case ".md", ".markdown":
		d.Format = "markdown"
		parse = func(r io.Reader, max int) ([]doc.Block, doc.Meta, bool, error) {
			b, err := io.ReadAll(r)
			if err != nil {
				return nil, doc.Meta{}, false, err
			}
			return markup.MarkdownLimited(b, max)
		}
	case ".txt", ".text":
		d.Format, parse = "text", markup.TextLimited
	default:
		return d, fmt.Errorf("%s: unsupported format", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return d, err
	}
	defer f.Close()
	blocks, meta, left, err := parse(io.LimitReader(f, maxTextDocument), MaxDocumentGlyphs)
	if err != nil {
		return d, fmt.Errorf("%s: %w", path, err)
	}
	blocks, cut := capBlocks(blocks, MaxDocumentGlyphs)
	if cut || left {
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: more than %d characters (or %d HTML elements): the text after them is left out",
			path, MaxDocumentGlyphs, markup.MaxElements))
	}
	d.Blocks, d.Meta, d.Pages = blocks, meta, 1
	if len(d.Blocks) == 0 {
		return d, fmt.Errorf("%s: no text", path)
	}
	return d, nil
}

// maxTextDocument bounds what is read of a text document (bytes).
const maxTextDocument = 64 << 20

// Supported reports whether Extract reads files named like path.
func Supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".html", ".htm", ".md", ".markdown", ".txt", ".text":
		return true
	}
	return false
}
