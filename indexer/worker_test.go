package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/indexer/isolate"
	"github.com/osce-tools/confsearch/search"
)

// workerEnv makes this test binary the worker process of the tests that
// set Options.WorkerCommand (see testWorker). Only these tests set it.
const workerEnv = "CONFSEARCH_INDEXER_TEST_WORKER"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		if err := isolate.Serve(context.Background(), os.Stdin, os.Stdout, hookedWork); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// hookSink keeps what the hook-alloc worker allocates reachable.
var hookSink [][]byte

// hookedWork is the worker of these tests: a document whose file name
// starts with hook-panic, hook-alloc or hook-hang makes the worker panic in
// a goroutine, allocate without end or hang; any other document is read by
// the real worker. The hooks exist only in this test binary: no document
// can reach them in confsearch.
func hookedWork(ctx context.Context, raw json.RawMessage) (any, error) {
	var req workRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		return nil, err
	}
	name := filepath.Base(req.Path)
	switch {
	case strings.HasPrefix(name, "hook-panic"):
		go func() { panic("test hook in " + name) }()
		select {}
	case strings.HasPrefix(name, "hook-alloc"):
		for {
			b := make([]byte, 1<<20)
			for i := range b {
				b[i] = 1
			}
			hookSink = append(hookSink, b)
		}
	case strings.HasPrefix(name, "hook-hang"):
		select {}
	}
	return work(ctx, raw)
}

// testWorker returns the WorkerCommand that runs this test binary as a
// worker.
func testWorker(t testing.TB) []string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(workerEnv, "1")
	return []string{exe}
}

// TestBuildIsolatesFailures: a worker that crashes, one that runs out of
// memory and one that hangs are each named with the reason, and the other
// documents index as they would alone.
func TestBuildIsolatesFailures(t *testing.T) {
	report, err := os.ReadFile("../corpus/report.pdf")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"report.pdf":     report,
		"notes.md":       []byte("# Notes\n\nThe moderator **Jane Roe** closed the session.\n"),
		"hook-panic.pdf": report,
		"hook-alloc.pdf": report,
		"hook-hang.pdf":  report,
	}
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opt := Options{WorkerCommand: testWorker(t), DocTimeout: 10 * time.Second, DocMemory: 256 << 20}
	index := filepath.Join(t.TempDir(), "index")
	start := time.Now()
	sum, err := Build(context.Background(), dir, index, opt)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if took := time.Since(start); took > time.Minute {
		t.Errorf("build took %s: the hanging worker was not stopped at 10s", took)
	}
	want := []struct {
		file, reason string
		is           error
	}{
		{"hook-alloc.pdf", "out of memory (limit 256 MiB)", isolate.ErrOutOfMemory},
		{"hook-hang.pdf", "timed out after 10s", isolate.ErrTimeout},
		{"hook-panic.pdf", "crashed: panic: test hook in hook-panic.pdf", isolate.ErrCrashed},
	}
	if len(sum.Skipped) != len(want) {
		t.Fatalf("skipped %v, want %d documents", sum.Skipped, len(want))
	}
	for i, w := range want {
		s := sum.Skipped[i]
		wantMsg := filepath.Join(dir, w.file) + ": " + w.reason
		if s.File != w.file || s.Reason.Error() != wantMsg || !errors.Is(s.Reason, w.is) {
			t.Errorf("skipped %s: %q, want %s: %q (%v)", s.File, s.Reason, w.file, wantMsg, w.is)
		}
	}
	if sum.Documents != 2 {
		t.Errorf("indexed %d documents, want report.pdf and notes.md", sum.Documents)
	}
	// The parent reads a worker's memory every 20 ms: the one killed for
	// it may have gone a little past the limit.
	if limit := opt.DocMemory + opt.DocMemory/4; sum.PeakMemory <= 0 || sum.PeakMemory > limit {
		t.Errorf("peak memory %d (%s), want within (0, %d]", sum.PeakMemory, sum.PeakMemoryFile, limit)
	}

	// The report's passages are those it has when indexed alone, in
	// process.
	alone := t.TempDir()
	if err := os.WriteFile(filepath.Join(alone, "report.pdf"), report, 0o644); err != nil {
		t.Fatal(err)
	}
	var aloneSum Summary
	want2, err := Load(context.Background(), alone, Options{}, &aloneSum)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(index)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var got int
	for _, p := range ix.Passages() {
		if p.Doc == "report" {
			got++
		}
	}
	if got != len(want2.Passages) {
		t.Errorf("report has %d passages in the index, %d when read alone", got, len(want2.Passages))
	}
}

// TestWorkerMatchesInProcess: a corpus read in worker processes gives
// exactly the corpus read in process (the JSON between them loses
// nothing).
func TestWorkerMatchesInProcess(t *testing.T) {
	var s1, s2 Summary
	in, err := Load(context.Background(), "../corpus", Options{}, &s1)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Load(context.Background(), "../corpus", Options{WorkerCommand: testWorker(t)}, &s2)
	if err != nil {
		t.Fatal(err)
	}
	if len(s1.Skipped)+len(s2.Skipped) > 0 {
		t.Fatalf("skipped in process %v, in workers %v", s1.Skipped, s2.Skipped)
	}
	if !reflect.DeepEqual(in, out) {
		a, _ := json.Marshal(in)
		b, _ := json.Marshal(out)
		t.Errorf("corpus from workers differs from the corpus read in process (JSON equal: %v)", string(a) == string(b))
	}
	if s2.PeakMemory <= 0 {
		t.Errorf("peak memory of the workers not measured")
	}
}

// TestExtractIsolated: the extract command's path, in a worker and in
// process, gives the same blocks; a failing worker names the file.
func TestExtractIsolated(t *testing.T) {
	worker := testWorker(t)
	want, err := Extract(context.Background(), "../corpus/report.pdf")
	if err != nil {
		t.Fatal(err)
	}
	got, err := ExtractIsolated(context.Background(), "../corpus/report.pdf", Options{WorkerCommand: worker})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks from the worker differ from Extract's")
	}
	dir := t.TempDir()
	panicky := filepath.Join(dir, "hook-panic.pdf")
	if err := os.WriteFile(panicky, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = ExtractIsolated(context.Background(), panicky, Options{WorkerCommand: worker})
	if wantMsg := panicky + ": crashed: panic: test hook in hook-panic.pdf"; err == nil || err.Error() != wantMsg {
		t.Errorf("ExtractIsolated = %v, want %q", err, wantMsg)
	}
}

// TestBuildMissingWorker: a worker program that cannot start fails the
// build instead of skipping every document.
func TestBuildMissingWorker(t *testing.T) {
	var sum Summary
	_, err := Load(context.Background(), "../corpus", Options{WorkerCommand: []string{"/nonexistent/confsearch"}}, &sum)
	if !errors.Is(err, isolate.ErrStart) {
		t.Fatalf("Load = %v, want isolate.ErrStart", err)
	}
}

// TestLoadCancelled: a cancelled build returns the context's error rather
// than an index of whatever was read before.
func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var sum Summary
	if _, err := Load(ctx, "../corpus", Options{WorkerCommand: testWorker(t)}, &sum); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load = %v, want context.Canceled", err)
	}
}

// BenchmarkLoadReport reads the report's corpus in process and in a worker
// process: the difference is what isolation costs per document (process
// start, JSON both ways).
func BenchmarkLoadReport(b *testing.B) {
	for _, mode := range []struct {
		name   string
		worker bool
	}{{"in-process", false}, {"worker", true}} {
		b.Run(mode.name, func(b *testing.B) {
			opt := Options{}
			if mode.worker {
				opt.WorkerCommand = testWorker(b)
			}
			for i := 0; i < b.N; i++ {
				var sum Summary
				if _, err := Load(context.Background(), "../corpus", opt, &sum); err != nil || len(sum.Skipped) > 0 {
					b.Fatal(err, sum.Skipped)
				}
			}
		})
	}
}
