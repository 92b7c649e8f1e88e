// Command confsearch indexes conference reports and serves faceted search
// over who said what in them.
//
// Usage:
//
//	confsearch index    -corpus DIR -index DIR [-strict] [-doc-timeout D] [-doc-memory SIZE] [-parallel N]
//	confsearch serve    -index DIR -addr HOST:PORT
//	confsearch search   [-index DIR] [-json] [-speaker ID] QUERY
//	confsearch passages -index DIR
//	confsearch extract  [-json] [-doc-timeout D] [-doc-memory SIZE] FILE
//
// index and extract read each document in a worker process: this binary
// run as `confsearch extract -worker` (hidden), bounded in time and memory.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/osce-tools/confsearch/search"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	run     func(args []string, stdout, stderr io.Writer) error
	summary string
}

func commands() map[string]command {
	return map[string]command{
		"index":    {runIndex, "build the index from a corpus folder"},
		"serve":    {runServe, "serve the search page and the HTTP API"},
		"search":   {runSearch, "search the index from the terminal"},
		"passages": {runPassages, "print every passage as JSON lines"},
		"extract":  {runExtract, "print a document's text blocks in reading order"},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: confsearch COMMAND [flags]\n\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'confsearch COMMAND -h' for a command's flags.")
}

func main() {
	if len(os.Args) < 2 || strings.HasPrefix(os.Args[1], "-") && os.Args[1] != "-h" && os.Args[1] != "--help" {
		usage(os.Stderr)
		os.Exit(2)
	}
	name := os.Args[1]
	if name == "-h" || name == "--help" || name == "help" {
		usage(os.Stdout)
		return
	}
	cmd, ok := commands()[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "confsearch: unknown command %q\n\n", name)
		usage(os.Stderr)
		os.Exit(2)
	}
	if err := cmd.run(os.Args[2:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "confsearch %s: %v\n", name, err)
		if hint := errorHint(name, err); hint != "" {
			fmt.Fprintln(os.Stderr, hint)
		}
		var ec exitCoder
		if errors.As(err, &ec) {
			os.Exit(ec.ExitCode())
		}
		os.Exit(1)
	}
}

// exitCoder is an error that chooses the process exit status.
type exitCoder interface{ ExitCode() int }

// envOr returns the CONFSEARCH_-prefixed environment variable for name
// (upper-cased, dashes to underscores) or def when it is unset.
func envOr(name, def string) string {
	key := "CONFSEARCH_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

// errorHint returns what to do about err of command name, or "".
func errorHint(name string, err error) string {
	if errors.Is(err, search.ErrNoIndex) {
		return "There is no index yet: build one with 'confsearch index -corpus DIR -index DIR'."
	}
	return ""
}
