package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/indexer/isolate"
)

var (
	long    = flag.Bool("long", false, "run the long damaged-copy test: -damaged copies of every fixture PDF")
	damaged = flag.Int("damaged", 0, "damaged copies per fixture PDF (default: 100 with -long, 6 without)")
	keep    = flag.String("keep-damaged", "", "also write the damaged copies into this folder (to replay one)")
)

// damageFixtures are the PDFs whose damaged copies TestIndexDamaged
// indexes: the report, the PDFs of testdata, the producer matrix and the
// LaTeX article.
func damageFixtures(t *testing.T) []string {
	t.Helper()
	files := []string{"../../corpus/report.pdf"}
	for _, pattern := range []string{"../../testdata/*.pdf", "../../testdata/producers/*.pdf", "../../testdata/latex/*.pdf"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// damage kinds, applied in turn: copy i of a fixture gets kinds[i%3] with
// seed i, so a failing copy is named by its fixture, kind and seed and
// comes out the same on every run.
var damageKinds = []struct {
	name string
	fn   func(b []byte, r *rand.Rand) []byte
}{
	{"bytes", changeBytes},
	{"truncated", truncate},
	{"stream-cut", cutStream},
}

// changeBytes sets 1 to 64 bytes at random places to random values.
func changeBytes(b []byte, r *rand.Rand) []byte {
	out := bytes.Clone(b)
	for n := 1 + r.Intn(64); n > 0; n-- {
		out[r.Intn(len(out))] = byte(r.Intn(256))
	}
	return out
}

// truncate cuts the file at a random place after its first tenth.
func truncate(b []byte, r *rand.Rand) []byte {
	return bytes.Clone(b[:len(b)/10+r.Intn(len(b)-len(b)/10)])
}

var streamStart = regexp.MustCompile(`stream\r?\n`)

// cutStream removes a random run of bytes from inside one to four
// streams, keeping each endstream: the stream's data ends early and the
// offsets after it are wrong.
func cutStream(b []byte, r *rand.Rand) []byte {
	out := bytes.Clone(b)
	for n := 1 + r.Intn(4); n > 0; n-- {
		starts := streamStart.FindAllIndex(out, -1)
		if len(starts) == 0 {
			return changeBytes(out, r)
		}
		s := starts[r.Intn(len(starts))][1]
		end := bytes.Index(out[s:], []byte("endstream"))
		if end <= 1 {
			continue
		}
		from := s + r.Intn(end)
		to := from + 1 + r.Intn(s+end-from)
		out = append(out[:from], out[to:]...)
	}
	return out
}

// TestIndexDamaged indexes damaged copies (bytes changed, truncated,
// streams cut; seeded) of every fixture PDF in one `confsearch index`
// run and checks: the command ends on its own with a summary, every copy is
// either indexed or named with a reason, no copy's worker crashed, ran out
// of memory or out of time (a parser bug each: the copy is named so it can
// be replayed with -keep-damaged), and no one document's worker nor the
// indexer itself grew past 1 GiB. 6 copies per PDF by default; -long makes
// it 100 (make fuzz).
func TestIndexDamaged(t *testing.T) {
	per := 6
	if *long {
		per = 100
	}
	if *damaged > 0 {
		per = *damaged
	}
	corpus := t.TempDir()
	if *keep != "" {
		if err := os.MkdirAll(*keep, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for _, f := range damageFixtures(t) {
		b := readFile(t, f)
		base := strings.TrimSuffix(filepath.Base(f), ".pdf")
		for i := 0; i < per; i++ {
			k := damageKinds[i%len(damageKinds)]
			name := fmt.Sprintf("%s-%s-%03d.pdf", base, k.name, i)
			out := k.fn(b, rand.New(rand.NewSource(int64(i))))
			for _, dir := range []string{corpus, *keep} {
				if dir == "" {
					continue
				}
				if err := os.WriteFile(filepath.Join(dir, name), out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			names = append(names, name)
		}
	}
	index := filepath.Join(t.TempDir(), "index")
	// A copy may take its full 30 s limit; the whole run is bounded
	// by what the copies could take in the worst case on two cores.
	limit := time.Duration(len(names))*15*time.Second + time.Minute
	start := time.Now()
	r := confsearch(t, limit, "index", "-corpus", corpus, "-index", index, "-q", "-doc-timeout", "30s")
	t.Logf("%d damaged copies of %d PDFs indexed in %s", len(names), len(names)/per, time.Since(start).Round(time.Second))

	skipped := map[string]string{}
	for _, line := range strings.Split(r.stderr, "\n") {
		if rest, ok := strings.CutPrefix(line, "skipped "); ok {
			name, reason, _ := strings.Cut(rest, ": ")
			skipped[name] = reason
		}
	}
	m := summaryLine.FindStringSubmatch(r.stdout)
	switch {
	case r.code == 0 && m != nil:
		if n, _ := strconv.Atoi(m[1]); n+len(skipped) != len(names) {
			t.Errorf("%d indexed + %d skipped ≠ %d copies", n, len(skipped), len(names))
		}
		for i, what := range []string{3: "the indexer", 4: "one document's worker"} {
			if what == "" {
				continue
			}
			if peak := parseSize(m[i]); peak <= 0 || peak >= 1<<30 {
				t.Errorf("peak memory of %s %s, want under 1 GiB", what, m[i])
			}
		}
		t.Logf("peak memory of the indexer: %s; of one document's worker: %s (%s)", m[3], m[4], m[5])
	case r.code == 1 && strings.Contains(r.stderr, "no document could be indexed"):
		if len(skipped) != len(names) {
			t.Errorf("nothing indexed, but %d of %d copies named as skipped", len(skipped), len(names))
		}
	default:
		t.Fatalf("index: exit status %d\nstdout: %s\nstderr: %.3000s", r.code, r.stdout, r.stderr)
	}
	var failed []string
	for name, reason := range skipped {
		if !strings.Contains(reason, name) {
			t.Errorf("reason for %s does not name it: %q", name, reason)
		}
		for _, bad := range []string{": crashed", ": out of memory", ": timed out"} {
			if strings.Contains(reason, bad) {
				failed = append(failed, name+": "+reason)
			}
		}
	}
	sort.Strings(failed)
	for _, f := range failed {
		t.Errorf("worker failed on %s", f)
	}
	t.Logf("%d of %d copies skipped with a reason", len(skipped), len(names))
}

// parseSize reads the sizes isolate.Bytes writes.
func parseSize(s string) int64 {
	n, err := isolate.ParseBytes(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		return -1
	}
	return n
}
