package indexer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/isolate"
	"github.com/osce-tools/confsearch/search"
)

// Options configure Build and Load.
type Options struct {
	// Strict makes any skipped document an error.
	Strict bool
	// DocTimeout bounds the reading of one document: extraction and
	// attribution (default DefaultDocTimeout).
	DocTimeout time.Duration
	// DocMemory caps the memory of one document's worker process, in bytes
	// (default DefaultDocMemory). It applies only with WorkerCommand.
	DocMemory int64
	// WorkerCommand, when set, is the program and arguments of a worker
	// process that calls ServeWorker (`confsearch extract -worker`): each
	// document is then read in a worker of its own, killed at DocTimeout
	// and capped at DocMemory, so that a document which crashes the
	// parser, exhausts memory or never finishes is skipped with the
	// reason (timed out after 60s, out of memory, crashed: …) while the
	// others index. `confsearch index` always sets it.
	//
	// Left empty, documents are read in the calling process: a parser
	// that overruns DocTimeout is abandoned (its goroutine runs on), and a
	// fatal runtime error (out of memory) ends the caller. That is for
	// library use, tests and benchmarks over trusted files only.
	WorkerCommand []string
	// Progress, when set, is called after each document.
	Progress func(done, total int, name string)
	// Parallel is how many documents are read at once (default: the
	// number of CPUs).
	Parallel int
}

// Defaults of Options.
const (
	DefaultDocTimeout = 60 * time.Second
	DefaultDocMemory  = 768 << 20
)

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
	// PeakMemory is the largest peak resident memory of one document's
	// worker process, in bytes, and PeakMemoryFile that document (zero
	// without WorkerCommand).
	PeakMemory     int64
	PeakMemoryFile string
	// IndexerMemory is the building process's own peak resident memory
	// (Build only; 0 where not measured).
	IndexerMemory int64
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
	sum.IndexerMemory = isolate.SelfPeak()
	return sum, nil
}

// Load extracts and attributes every supported document of corpusDir
// without writing an index (for `confsearch passages -corpus`, tests and
// benchmarks). Skipped documents are recorded in sum. A cancelled ctx
// returns its error.
func Load(ctx context.Context, corpusDir string, opt Options, sum *Summary) (search.Corpus, error) {
	if opt.DocTimeout <= 0 {
		opt.DocTimeout = DefaultDocTimeout
	}
	if opt.DocMemory <= 0 {
		opt.DocMemory = DefaultDocMemory
	}
	if opt.Parallel <= 0 {
		opt.Parallel = runtime.NumCPU()
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
	ids := DocIDs(files)

	r := reader{opt: opt, corpus: corpusDir, man: man, parallel: min(opt.Parallel, len(files))}
	results := make([]readResult, len(files))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < r.parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = r.read(ctx, files[i], ids[i])
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
	if err := ctx.Err(); err != nil {
		return search.Corpus{}, err
	}

	var c search.Corpus
	for i, res := range results {
		name := filepath.Base(files[i])
		if res.err != nil && errors.Is(res.err, isolate.ErrStart) {
			return search.Corpus{}, res.err
		}
		if res.use.MaxRSS > sum.PeakMemory {
			sum.PeakMemory, sum.PeakMemoryFile = res.use.MaxRSS, name
		}
		if res.err != nil {
			sum.Skipped = append(sum.Skipped, Skipped{File: name, Reason: res.err})
			continue
		}
		d := res.doc
		for _, w := range d.Warnings {
			if !strings.Contains(w, name) { // most warnings already name the file
				w = name + ": " + w
			}
			sum.Warnings = append(sum.Warnings, w)
		}
		c.Documents = append(c.Documents, d.Document)
		c.Speakers = append(c.Speakers, d.Speakers...)
		c.Sessions = append(c.Sessions, d.Sessions...)
		c.Passages = append(c.Passages, d.Passages...)
		sum.Documents++
		sum.Pages += d.Document.Pages
		sum.Passages += len(d.Passages)
		sum.Speakers += len(d.Speakers)
		for _, p := range d.Passages {
			if p.Kind == search.KindQuote {
				sum.Quotes++
			}
		}
	}
	return c, nil
}

func firstHeading(d doc.Document) string {
	for _, b := range d.Blocks {
		if b.Kind == doc.Heading {
			return b.Text
		}
	}
	return ""
}
