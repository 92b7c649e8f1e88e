package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/search"
)

// mainEnv makes this test binary run main(), the confsearch command line.
// TestMain sets it for the processes the tests start: the worker processes
// that index and extract start (os.Executable is this test binary) and the
// commands the tests run to see their exit status.
const mainEnv = "CONFSEARCH_TEST_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(mainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Setenv(mainEnv, "1")
	os.Exit(m.Run())
}

// result is how a command ended.
type result struct {
	code           int
	stdout, stderr string
}

// confsearch runs the command line in a process of its own, as a user
// would, with a time limit.
func confsearch(t *testing.T, limit time.Duration, args ...string) result {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("confsearch %s: still running after %s\nstderr: %s", strings.Join(args, " "), limit, stderr.String())
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("confsearch %s: %v", strings.Join(args, " "), err)
	}
	return result{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

// writeCorpus writes files into a new corpus folder.
func writeCorpus(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const notes = "# Notes\n\nThe moderator **Jane Roe** closed the session.\n"

var summaryLine = regexp.MustCompile(`^indexed (\d+) documents?, \d+ pages?, (\d+) passages?, .*; peak memory: indexer (\d+(?:\.\d)? [MG]iB|\d+ bytes), one document (\d+(?:\.\d)? [MG]iB|\d+ bytes) \(([^)]+)\)`)

// TestIndexCommand: index builds an index from the good documents and names
// each bad one on stderr; passages prints what it holds; -strict fails with
// exit status 3 and keeps the previous index.
func TestIndexCommand(t *testing.T) {
	corpus := writeCorpus(t, map[string][]byte{
		"report.pdf":    readFile(t, "../../corpus/report.pdf"),
		"notes.md":      []byte(notes),
		"truncated.pdf": readFile(t, "../../corpus/report.pdf")[:5000],
		"empty.pdf":     nil,
	})
	index := filepath.Join(t.TempDir(), "index")
	r := confsearch(t, 2*time.Minute, "index", "-corpus", corpus, "-index", index, "-q")
	if r.code != 0 {
		t.Fatalf("index: exit status %d\n%s", r.code, r.stderr)
	}
	m := summaryLine.FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("index printed %q, want a summary line", r.stdout)
	}
	if m[1] != "2" {
		t.Errorf("indexed %s documents, want 2 (report.pdf, notes.md)", m[1])
	}
	for _, name := range []string{"truncated.pdf", "empty.pdf"} {
		if !strings.Contains(r.stderr, "skipped "+name+": "+filepath.Join(corpus, name)+": ") {
			t.Errorf("stderr does not name %s with a reason:\n%s", name, r.stderr)
		}
	}

	p := confsearch(t, time.Minute, "passages", "-index", index)
	if p.code != 0 {
		t.Fatalf("passages: exit status %d\n%s", p.code, p.stderr)
	}
	docs := map[string]int{}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(p.stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var ps search.Passage
		if err := json.Unmarshal(sc.Bytes(), &ps); err != nil {
			t.Fatalf("passages line %d: %v", n+1, err)
		}
		if ps.ID == "" || ps.Text == "" {
			t.Errorf("passage %d without id or text: %s", n+1, sc.Text())
		}
		docs[ps.Doc]++
		n++
	}
	if want := m[2]; want != strconv.Itoa(n) {
		t.Errorf("passages printed %d lines, index said %s passages", n, want)
	}
	if docs["report"] < 100 || docs["notes"] != 1 {
		t.Errorf("passages per document = %v, want the report's (over 100) and one of notes", docs)
	}

	gen := readFile(t, filepath.Join(index, "CURRENT"))
	s := confsearch(t, 2*time.Minute, "index", "-corpus", corpus, "-index", index, "-q", "-strict")
	if s.code != 3 {
		t.Errorf("index -strict with skipped documents: exit status %d, want 3\n%s", s.code, s.stderr)
	}
	if !strings.Contains(s.stderr, "skipped truncated.pdf") {
		t.Errorf("index -strict does not name the skipped document:\n%s", s.stderr)
	}
	if now := readFile(t, filepath.Join(index, "CURRENT")); !bytes.Equal(now, gen) {
		t.Errorf("a failed -strict build replaced the index: %s → %s", gen, now)
	}
}

// TestIndexErrors: what the user got wrong ends with exit status 1 or 2 and
// says what, and a corpus where nothing reads is an error, not an empty
// index.
func TestIndexErrors(t *testing.T) {
	bad := writeCorpus(t, map[string][]byte{"empty.pdf": nil})
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no document readable", []string{"index", "-corpus", bad, "-index", filepath.Join(t.TempDir(), "ix"), "-q"}, 1, "no document could be indexed"},
		{"no document readable, strict", []string{"index", "-corpus", bad, "-index", filepath.Join(t.TempDir(), "ix"), "-q", "-strict"}, 1, "skipped empty.pdf"},
		{"missing corpus", []string{"index", "-corpus", filepath.Join(bad, "nope"), "-index", filepath.Join(t.TempDir(), "ix")}, 1, "nope"},
		{"bad memory", []string{"index", "-doc-memory", "lots"}, 1, `size "lots"`},
		{"memory too small", []string{"index", "-doc-memory", "1M"}, 1, "want at least 64 MiB"},
		{"bad timeout", []string{"index", "-doc-timeout", "0s"}, 1, "want a positive duration"},
		{"stray argument", []string{"index", "corpus"}, 1, "unexpected arguments"},
		{"unknown command", []string{"indexx"}, 2, `unknown command "indexx"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := confsearch(t, time.Minute, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit status %d, stderr %q; want %d and %q", r.code, r.stderr, tc.code, tc.stderr)
			}
		})
	}
}

// TestExtractCommand: extract prints blocks as lines or JSON, and names a
// file it cannot read.
func TestExtractCommand(t *testing.T) {
	dir := writeCorpus(t, map[string][]byte{"notes.md": []byte(notes), "empty.pdf": nil})
	cases := []struct {
		name   string
		args   []string
		code   int
		stdout string // a line of the output
		stderr string
	}{
		{"text", []string{"extract", filepath.Join(dir, "notes.md")}, 0, "[p1 heading 0.0] Notes", ""},
		{"report", []string{"extract", "-doc-memory", "512M", "../../corpus/report.pdf"}, 0, "[p1 heading 20.0b] CONFERENCE OF THE ALLIANCE AGAINST TRAFFICKING IN PERSONS", ""},
		{"report in process", []string{"extract", "-in-process", "../../corpus/report.pdf"}, 0, "[p1 heading 20.0b] CONFERENCE OF THE ALLIANCE AGAINST TRAFFICKING IN PERSONS", ""},
		{"unreadable", []string{"extract", filepath.Join(dir, "empty.pdf")}, 1, "", filepath.Join(dir, "empty.pdf")},
		{"unreadable in process", []string{"extract", "-in-process", filepath.Join(dir, "empty.pdf")}, 1, "", filepath.Join(dir, "empty.pdf")},
		{"missing", []string{"extract", filepath.Join(dir, "nope.pdf")}, 1, "", "nope.pdf"},
		{"no file", []string{"extract"}, 1, "", "want one FILE"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := confsearch(t, time.Minute, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit status %d, want %d\nstderr: %s", r.code, tc.code, r.stderr)
			}
			if tc.stdout != "" && !containsLine(r.stdout, tc.stdout) {
				t.Errorf("stdout lacks the line %q:\n%.2000s", tc.stdout, r.stdout)
			}
			if !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("stderr %q, want it to hold %q", r.stderr, tc.stderr)
			}
		})
	}

	// A worker and this process read a document alike.
	isolated := confsearch(t, time.Minute, "extract", "../../testdata/producers/groff.pdf")
	inProcess := confsearch(t, time.Minute, "extract", "-in-process", "../../testdata/producers/groff.pdf")
	if isolated.code != 0 || isolated.stdout != inProcess.stdout {
		t.Errorf("extract and extract -in-process differ (status %d):\n%s\n---\n%s", isolated.code, isolated.stdout, inProcess.stdout)
	}

	r := confsearch(t, time.Minute, "extract", "-json", filepath.Join(dir, "notes.md"))
	var d doc.Document
	if err := json.Unmarshal([]byte(r.stdout), &d); err != nil {
		t.Fatalf("extract -json: %v\n%s", err, r.stdout)
	}
	if d.ID != "notes" || d.Format != "markdown" || len(d.Blocks) != 2 || d.Blocks[1].Text != "The moderator Jane Roe closed the session." {
		t.Errorf("extract -json = %+v", d)
	}
}

func containsLine(s, line string) bool {
	for _, l := range strings.Split(s, "\n") {
		if l == line {
			return true
		}
	}
	return false
}
