package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/osce-tools/confsearch/indexer"
)

// runExtract prints a document's blocks in reading order: the debugging
// window into extraction.
func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the blocks as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: confsearch extract [-json] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("want one FILE, got %d arguments", fs.NArg())
	}
	d, err := indexer.Extract(context.Background(), fs.Arg(0))
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
