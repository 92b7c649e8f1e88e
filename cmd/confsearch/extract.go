package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/osce-tools/confsearch/indexer"
)

// runExtract prints a document's blocks in reading order: the debugging
// window into extraction. The document is read in a worker process with
// the same limits as in `confsearch index`. With the hidden flag -worker
// (alone), this process is such a worker.
func runExtract(args []string, stdout, stderr io.Writer) error {
	if len(args) == 1 && args[0] == workerFlag {
		return runWorker()
	}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the blocks as JSON")
	lim := addLimitFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: confsearch extract [-json] [-doc-timeout D] [-doc-memory N] FILE")
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
	d, err := indexer.ExtractIsolated(ctx, fs.Arg(0), opt)
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
