package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/indexer/doc"
)

// runExtract prints a document's blocks in reading order: the debugging
// window into extraction. The document is read in a worker process with
// the same limits as in `confsearch index`; with -in-process, in this
// process (for profiling, a debugger, or timing extraction alone), bounded
// by the same time limit and a soft memory limit only. With the hidden flag
// -worker (alone), this process is such a worker.
func runExtract(args []string, stdout, stderr io.Writer) error {
	if len(args) == 1 && args[0] == workerFlag {
		return runWorker()
	}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the blocks as JSON")
	inProcess := fs.Bool("in-process", false, "read the document in this process instead of a worker (no hard memory cap; a crash ends this command)")
	lim := addLimitFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: confsearch extract [-json] [-in-process] [-doc-timeout D] [-doc-memory N] FILE")
		fs.PrintDefaults()
	}
	if err := parseWithEnv(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("want one FILE, got %d arguments", fs.NArg())
	}
	opt, err := lim.options()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var d doc.Document
	if *inProcess {
		debug.SetMemoryLimit(opt.DocMemory)
		debug.SetGCPercent(400) // a short-lived command: collect less often, within the limit
		ctx, cancel := context.WithTimeout(ctx, opt.DocTimeout)
		d, err = indexer.Extract(ctx, fs.Arg(0))
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%s: timed out after %s", fs.Arg(0), opt.DocTimeout)
		}
	} else {
		d, err = indexer.ExtractIsolated(ctx, fs.Arg(0), opt)
	}
	for _, w := range d.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	for _, b := range d.Blocks {
		style := ""
		if b.Bold {
			style += "b"
		}
		if b.Italic {
			style += "i"
		}
		page := b.Label
		if page == "" {
			page = fmt.Sprint(b.Page)
		}
		fmt.Fprintf(stdout, "[p%s %s %.1f%s] %s\n", page, b.Kind, b.Size, style, b.Text)
	}
	return nil
}
