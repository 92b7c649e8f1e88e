package indexer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/osce-tools/confsearch/indexer/attrib"
	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/search"
)

// Options configure Build.
type Options struct {
	// Strict makes any skipped document an error.
	Strict bool
	// DocTimeout bounds the extraction of one document (default 2 minutes).
	DocTimeout time.Duration
	// Progress, when set, is called after each document.
	Progress func(done, total int, name string)
	// Workers extracting documents in parallel (default 2).
	Workers int
}

// Skipped is a document left out of the index, with the reason.
type Skipped struct {
	File   string
	Reason error
}

// Summary describes a build.
type Summary struct {
	Documents, Pages, Passages, Speakers, Quotes int
	Skipped                                      []Skipped
	Warnings                                     []string
	Took                                         time.Duration
	Generation                                   string
}

// ErrStrict is returned (wrapped) when Options.Strict is set and a
// document was skipped.
var ErrStrict = errors.New("documents were skipped")

// Build indexes every supported document of corpusDir into indexDir. A
// document that cannot be read is skipped and named in the summary; the
// others still index. The index is replaced atomically, so a failed build
// leaves the previous index in place.
func Build(ctx context.Context, corpusDir, indexDir string, opt Options) (Summary, error) {
	start := time.Now()
	var sum Summary
	c, err := Load(ctx, corpusDir, opt, &sum)
	if err != nil {
		return sum, err
	}
	if opt.Strict && len(sum.Skipped) > 0 {
		return sum, fmt.Errorf("%w: %d of %d", ErrStrict, len(sum.Skipped), len(sum.Skipped)+sum.Documents)
	}
	if sum.Documents == 0 {
		return sum, fmt.Errorf("%s: no document could be indexed", corpusDir)
	}
	st, err := search.Build(indexDir, c)
	if err != nil {
		return sum, err
	}
	sum.Generation = st.Dir
	sum.Took = time.Since(start)
	return sum, nil
}

// Load extracts and attributes every supported document of corpusDir
// without writing an index (for `confsearch passages -corpus`, tests and
// benchmarks). Skipped documents are recorded in sum.
func Load(ctx context.Context, corpusDir string, opt Options, sum *Summary) (search.Corpus, error) {
	if opt.DocTimeout == 0 {
		opt.DocTimeout = 2 * time.Minute
	}
	if opt.Workers <= 0 {
		opt.Workers = 2
	}
	man, err := loadManifest(corpusDir)
	if err != nil {
		return search.Corpus{}, err
	}
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		return search.Corpus{}, fmt.Errorf("corpus: %w", err)
	}
	var files []string
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || !Supported(e.Name()) {
			continue
		}
		files = append(files, filepath.Join(corpusDir, e.Name()))
	}
	sort.Strings(files)

	type result struct {
		d   doc.Document
		err error
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d, err := extractBounded(ctx, files[i], opt.DocTimeout)
				results[i] = result{d, err}
				mu.Lock()
				done++
				if opt.Progress != nil {
					opt.Progress(done, len(files), filepath.Base(files[i]))
				}
				mu.Unlock()
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	var c search.Corpus
	for i, r := range results {
		name := filepath.Base(files[i])
		if r.err != nil {
			sum.Skipped = append(sum.Skipped, Skipped{File: name, Reason: r.err})
			continue
		}
		d := r.d
		for _, w := range d.Warnings {
			sum.Warnings = append(sum.Warnings, name+": "+w)
		}
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
			sum.Skipped = append(sum.Skipped, Skipped{File: name, Reason: err})
			continue
		}
		res := attrib.AttributeWith(d, attrib.Options{Title: title, Tagger: man.tagger(), Overrides: ov})
		c.Documents = append(c.Documents, search.Document{
			ID: d.ID, Title: title, File: name, Format: d.Format, Pages: d.Pages,
			Publisher: meta.Publisher, Event: meta.Event, Place: meta.Place, Date: meta.Date,
			SourceURL: meta.SourceURL, Citation: meta.Citation, Passages: len(res.Passages),
		})
		c.Speakers = append(c.Speakers, res.Speakers...)
		c.Sessions = append(c.Sessions, res.Sessions...)
		c.Passages = append(c.Passages, res.Passages...)
		sum.Documents++
		sum.Pages += d.Pages
		sum.Passages += len(res.Passages)
		sum.Speakers += len(res.Speakers)
		for _, p := range res.Passages {
			if p.Kind == search.KindQuote {
				sum.Quotes++
			}
		}
	}
	return c, nil
}

// extractBounded runs Extract with a time limit. A parser that does not
// return in time is abandoned: its goroutine finishes in the background.
func extractBounded(ctx context.Context, path string, limit time.Duration) (doc.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	type result struct {
		d   doc.Document
		err error
	}
	ch := make(chan result, 1)
	go func() {
		d, err := Extract(ctx, path)
		ch <- result{d, err}
	}()
	select {
	case r := <-ch:
		return r.d, r.err
	case <-ctx.Done():
		return doc.Document{}, fmt.Errorf("%s: gave up after %s", path, limit)
	}
}

func firstHeading(d doc.Document) string {
	for _, b := range d.Blocks {
		if b.Kind == doc.Heading {
			return b.Text
		}
	}
	return ""
}

// WriteSummary prints the one-line summary of a build.
func (s Summary) WriteSummary(w io.Writer) {
	fmt.Fprintf(w, "indexed %d documents, %d pages, %d passages, %d speakers, %d quotes in %s",
		s.Documents, s.Pages, s.Passages, s.Speakers, s.Quotes, s.Took.Round(time.Millisecond))
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "; skipped %d", len(s.Skipped))
	}
	fmt.Fprintln(w)
}
