package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/osce-tools/confsearch/indexer/attrib"
	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/isolate"
	"github.com/osce-tools/confsearch/search"
)

// indexedDoc is one document ready for the index: its record, what
// attribution credits in it, and the warnings of its extraction. It is
// what a worker process sends back for `confsearch index`.
type indexedDoc struct {
	Document search.Document  `json:"document"`
	Speakers []search.Speaker `json:"speakers"`
	Sessions []search.Session `json:"sessions"`
	Passages []search.Passage `json:"passages"`
	Warnings []string         `json:"warnings,omitempty"`
}

// indexDocument is everything done to one document of a corpus: extract
// it, then attribute its text with the corpus manifest's metadata,
// taxonomy and overrides. id, when set, is the document's id in its
// corpus (see DocIDs), else DocID's.
func indexDocument(ctx context.Context, path, id string, man corpusManifest) (indexedDoc, error) {
	d, err := Extract(ctx, path)
	if err != nil {
		return indexedDoc{}, err
	}
	if id != "" {
		d.ID = id
	}
	var cut bool
	if d.Blocks, cut = capWords(d.Blocks, MaxDocumentWords); cut {
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: more than %d words: the text after them is left out", path, MaxDocumentWords))
	}
	d.Blocks = splitLongBlocks(d.Blocks, MaxBlockChars)
	if err := ctx.Err(); err != nil {
		return indexedDoc{}, fmt.Errorf("%s: %w", path, err)
	}
	name := filepath.Base(path)
	meta := man.meta(name, d.Meta)
	title := meta.Title
	if title == "" {
		title = firstHeading(d)
	}
	if title == "" {
		title = name
	}
	ov, err := man.overrides(name)
	if err != nil {
		return indexedDoc{}, err
	}
	res := attrib.AttributeWith(d, attrib.Options{Title: title, Tagger: man.tagger(), Overrides: ov})
	if err := ctx.Err(); err != nil {
		return indexedDoc{}, fmt.Errorf("%s: %w", path, err)
	}
	return indexedDoc{
		Document: search.Document{
			ID: d.ID, Title: title, File: name, Format: d.Format, Pages: d.Pages,
			Publisher: meta.Publisher, Event: meta.Event, Place: meta.Place, Date: meta.Date,
			SourceURL: meta.SourceURL, Citation: meta.Citation, Passages: len(res.Passages),
		},
		Speakers: res.Speakers,
		Sessions: res.Sessions,
		Passages: res.Passages,
		Warnings: d.Warnings,
	}, nil
}

// workRequest asks a worker process for one document.
type workRequest struct {
	Path string `json:"path"`
	// ID is the document's id in its corpus (DocIDs); empty: DocID's.
	ID string `json:"id,omitempty"`
	// Corpus, when set, is the corpus folder whose manifest attributes
	// the document, and the worker answers with an indexedDoc; unset, it
	// answers with the extracted blocks (confsearch extract).
	Corpus string `json:"corpus,omitempty"`
}

// workResponse is a worker's answer: one of the two is set.
type workResponse struct {
	Indexed   *indexedDoc   `json:"indexed,omitempty"`
	Extracted *doc.Document `json:"extracted,omitempty"`
}

// ServeWorker is the worker process of Options.WorkerCommand (`confsearch
// extract -worker`): it reads one request from r, reads that document
// within the limits the request carries, writes the answer to w and
// returns; the caller then exits. See package isolate for the protocol.
func ServeWorker(ctx context.Context, r io.Reader, w io.Writer) error {
	return isolate.Serve(ctx, r, w, work)
}

// work answers one request of a worker process.
func work(ctx context.Context, raw json.RawMessage) (any, error) {
	var req workRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		return nil, fmt.Errorf("worker request: %w", err)
	}
	if req.Corpus == "" {
		d, err := Extract(ctx, req.Path)
		if err != nil {
			return nil, err
		}
		return workResponse{Extracted: &d}, nil
	}
	man, err := loadManifest(req.Corpus)
	if err != nil {
		return nil, err
	}
	d, err := indexDocument(ctx, req.Path, req.ID, man)
	if err != nil {
		return nil, err
	}
	return workResponse{Indexed: &d}, nil
}

// reader reads the documents of one Load, in worker processes or in
// process.
type reader struct {
	opt    Options
	corpus string
	man    corpusManifest
	// parallel is how many documents are read at once.
	parallel int
}

type readResult struct {
	doc indexedDoc
	use isolate.Usage
	err error
}

func (r reader) read(ctx context.Context, path, id string) readResult {
	if len(r.opt.WorkerCommand) == 0 {
		d, err := bounded(ctx, path, r.opt.DocTimeout, func(ctx context.Context) (indexedDoc, error) {
			return indexDocument(ctx, path, id, r.man)
		})
		return readResult{doc: d, err: err}
	}
	var resp workResponse
	use, err := isolate.Run(ctx, r.opt.command(r.parallel), r.opt.limits(), workRequest{Path: path, ID: id, Corpus: r.corpus}, &resp)
	if err == nil && resp.Indexed == nil {
		err = &isolate.Error{Reason: isolate.ErrCrashed, Detail: "empty answer"}
	}
	if err != nil {
		return readResult{use: use, err: docError(path, err)}
	}
	return readResult{doc: *resp.Indexed, use: use}
}

// ExtractIsolated is Extract in a worker process when opt.WorkerCommand is
// set (with opt's limits), in this process otherwise (bounded by
// DocTimeout only).
func ExtractIsolated(ctx context.Context, path string, opt Options) (doc.Document, error) {
	if opt.DocTimeout <= 0 {
		opt.DocTimeout = DefaultDocTimeout
	}
	if opt.DocMemory <= 0 {
		opt.DocMemory = DefaultDocMemory
	}
	if len(opt.WorkerCommand) == 0 {
		return bounded(ctx, path, opt.DocTimeout, func(ctx context.Context) (doc.Document, error) {
			return Extract(ctx, path)
		})
	}
	var resp workResponse
	_, err := isolate.Run(ctx, opt.command(1), opt.limits(), workRequest{Path: path}, &resp)
	if err == nil && resp.Extracted == nil {
		err = &isolate.Error{Reason: isolate.ErrCrashed, Detail: "empty answer"}
	}
	if err != nil {
		return doc.Document{ID: DocID(path), Path: path}, docError(path, err)
	}
	return *resp.Extracted, nil
}

// docError names the document in a worker's failure; the errors of
// extraction itself name it already.
func docError(path string, err error) error {
	var ie *isolate.Error
	if errors.As(err, &ie) {
		return fmt.Errorf("%s: %w", path, err)
	}
	return err
}

func (o Options) limits() isolate.Limits {
	return isolate.Limits{Timeout: o.DocTimeout, Memory: o.DocMemory}
}

// command starts a worker. Workers running side by side share the CPUs
// (a PDF's pages are read in parallel inside its worker), unless the
// environment sets GOMAXPROCS.
func (o Options) command(parallel int) isolate.Command {
	c := isolate.Command{Path: o.WorkerCommand[0], Args: o.WorkerCommand[1:]}
	if _, set := os.LookupEnv("GOMAXPROCS"); !set && parallel > 0 {
		c.Env = []string{fmt.Sprintf("GOMAXPROCS=%d", max(1, runtime.NumCPU()/parallel))}
	}
	return c
}

// bounded runs read with a time limit in this process. A read that does
// not return in time is abandoned: its goroutine finishes in the
// background.
func bounded[T any](ctx context.Context, path string, limit time.Duration, read func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := read(ctx)
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		if errors.Is(r.err, context.DeadlineExceeded) {
			var zero T
			return zero, fmt.Errorf("%s: %w", path, &isolate.Error{Reason: isolate.ErrTimeout, Detail: "after " + isolate.Duration(limit)})
		}
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		if err := context.Cause(ctx); !errors.Is(err, context.DeadlineExceeded) {
			return zero, fmt.Errorf("%s: %w", path, err)
		}
		return zero, fmt.Errorf("%s: %w", path, &isolate.Error{Reason: isolate.ErrTimeout, Detail: "after " + isolate.Duration(limit)})
	}
}
