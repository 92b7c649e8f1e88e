package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/indexer/isolate"
)

// workerFlag is extract's hidden flag that makes this process a worker:
// `confsearch extract -worker` reads one request on stdin and answers on
// stdout (indexer.ServeWorker). index and extract start it for each
// document.
const workerFlag = "-worker"

// limits are the flags bounding one document's worker.
type limits struct {
	timeout time.Duration
	memory  size
}

func addLimitFlags(fs *flag.FlagSet) *limits {
	l := &limits{timeout: indexer.DefaultDocTimeout, memory: indexer.DefaultDocMemory}
	fs.DurationVar(&l.timeout, "doc-timeout", l.timeout, "time limit of one document (its worker is killed)")
	fs.Var(&l.memory, "doc-memory", "memory cap of one document's worker: a `size` such as 512M or 1G")
	return l
}

// options returns indexer options that read each document in a worker:
// this executable, run as `confsearch extract -worker`.
func (l *limits) options() (indexer.Options, error) {
	if l.timeout <= 0 {
		return indexer.Options{}, fmt.Errorf("-doc-timeout %s: want a positive duration", l.timeout)
	}
	if l.memory < 64<<20 {
		return indexer.Options{}, fmt.Errorf("-doc-memory %s: want at least 64 MiB", l.memory)
	}
	exe, err := os.Executable()
	if err != nil {
		return indexer.Options{}, fmt.Errorf("find the worker program: %w", err)
	}
	return indexer.Options{
		DocTimeout:    l.timeout,
		DocMemory:     int64(l.memory),
		WorkerCommand: []string{exe, "extract", workerFlag},
	}, nil
}

// size is a flag holding a number of bytes, written with a unit.
type size int64

func (s size) String() string { return isolate.Bytes(int64(s)) }

func (s *size) Set(v string) error {
	n, err := isolate.ParseBytes(v)
	if err != nil {
		return err
	}
	*s = size(n)
	return nil
}

// runWorker serves one document as a worker process.
func runWorker() error {
	return indexer.ServeWorker(context.Background(), os.Stdin, os.Stdout)
}
