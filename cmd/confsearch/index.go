package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/search"
)

// strictError exits with status 3 when -strict rejects a build.
type strictError struct{ error }

func (strictError) ExitCode() int { return 3 }

func runIndex(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", envOr("corpus", "corpus"), "corpus folder (PDF, HTML, Markdown, text; corpus.json)")
	index := fs.String("index", envOr("index", "index"), "index directory to build (replaced atomically)")
	strict := fs.Bool("strict", false, "fail when any document is skipped (exit status 3)")
	quiet := fs.Bool("q", false, "no progress bar")
	parallel := fs.Int("parallel", runtime.NumCPU(), "documents read at once")
	lim := addLimitFlags(fs)
	if err := parseWithEnv(fs, args); err != nil {
		return err
	}
	tuneGC()
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q (flags only)", fs.Args())
	}
	opt, err := lim.options()
	if err != nil {
		return err
	}
	opt.Strict, opt.Parallel = *strict, max(1, *parallel)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		opt.Progress = func(done, total int, name string) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("extracting"), progressbar.OptionClearOnFinish())
			}
			bar.Describe(name)
			_ = bar.Set(done)
		}
	}
	sum, err := indexer.Build(ctx, *corpus, *index, opt)
	if bar != nil {
		_ = bar.Finish()
	}
	for _, s := range sum.Skipped {
		fmt.Fprintf(stderr, "skipped %s: %v\n", s.File, s.Reason)
	}
	for _, w := range sum.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	if err != nil {
		if sum.Documents > 0 && *strict {
			return strictError{err}
		}
		return err
	}
	writeSummary(stdout, sum)
	return nil
}

func runPassages(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("passages", flag.ContinueOnError)
	fs.SetOutput(stderr)
	index := fs.String("index", envOr("index", "index"), "index directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ix, err := search.Open(*index)
	if err != nil {
		return err
	}
	defer ix.Close()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, p := range ix.Passages() {
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return nil
}

// indexMemoryTarget is the heap the index command's garbage collector aims
// to stay under while it collects less often (see tuneGC).
const indexMemoryTarget = 2 << 30

// tuneGC makes the short-lived index command collect less often (GOGC
// 400: a fifth less wall time on the report) while a soft memory limit
// makes it collect harder as the heap nears indexMemoryTarget, so a large
// corpus does not grow five times its live heap. GOGC and GOMEMLIMIT, when
// set, win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(indexMemoryTarget)
	}
}
