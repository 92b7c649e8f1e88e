package indexer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/osce-tools/confsearch/indexer/pdf"
)

// damage kinds: how a copy of a PDF is spoiled.
const (
	flipBytes = iota // random bytes anywhere replaced
	truncate         // the file cut short
	cutStream        // a run of bytes removed from inside one stream
	zeroRun          // a run of bytes overwritten with zeros
	damageKinds
)

var damageNames = [damageKinds]string{"bytes changed", "truncated", "stream cut", "zeroed run"}

// damaged returns a copy of data spoiled in the way kind says, from the
// random source r (seeded: a failure names its seed and is repeatable).
func damaged(data []byte, kind int, r *rand.Rand) []byte {
	out := bytes.Clone(data)
	switch kind {
	case flipBytes:
		for k := 1 + r.Intn(40); k > 0; k-- {
			out[r.Intn(len(out))] = byte(r.Intn(256))
		}
	case truncate:
		out = out[:r.Intn(len(out))]
	case cutStream:
		starts := streamStarts(out)
		if len(starts) == 0 {
			return out[:len(out)/2]
		}
		s := starts[r.Intn(len(starts))]
		end := bytes.Index(out[s:], []byte("endstream"))
		if end <= 1 {
			return out
		}
		a := s + r.Intn(end)
		b := a + r.Intn(s+end-a)
		out = append(out[:a:a], out[b:]...)
	case zeroRun:
		a := r.Intn(len(out))
		b := min(len(out), a+1+r.Intn(2000))
		clear(out[a:b])
	}
	return out
}

// streamStarts returns the offsets where stream data begins.
func streamStarts(data []byte) []int {
	var out []int
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("stream"))
		if k < 0 {
			return out
		}
		i += k + len("stream")
		if i < len(data) && (data[i] == '\r' || data[i] == '\n') && !bytes.HasSuffix(data[:i-len("stream")], []byte("end")) {
			for i < len(data) && (data[i] == '\r' || data[i] == '\n') {
				i++
			}
			out = append(out, i)
		}
	}
}

// TestDamagedCopies runs seeded damaged copies of every producer matrix PDF
// (and the report's LibreOffice copy) through extraction, in process:
// no panic may escape, each copy must end in bounded time, and an error
// must name the file without a stack trace. (The copies through
// `confsearch index`, in child processes, are the indexer's test.)
func TestDamagedCopies(t *testing.T) {
	copies := 6 // per kind of damage and file: a few seconds in all
	if testing.Short() {
		copies = 2
	}
	files := append([]string(nil), producers...)
	for i := range files {
		files[i] = producersDir + files[i] + ".pdf"
	}
	files = append(files, "../testdata/report-lo.pdf")
	const limit = 10 * time.Second
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(path[strings.LastIndexByte(path, '/')+1:], ".pdf"), func(t *testing.T) {
			read, failed := 0, 0
			for seed := int64(1); seed <= int64(copies*damageKinds); seed++ {
				kind := int(seed) % damageKinds
				name := fmt.Sprintf("%s-%d.pdf", strings.TrimSuffix(path, ".pdf"), seed)
				bad := damaged(data, kind, rand.New(rand.NewSource(seed)))
				ctx, cancel := context.WithTimeout(context.Background(), limit)
				start := time.Now()
				err := extractNoPanic(ctx, name, bad)
				took := time.Since(start)
				cancel()
				if took > limit+2*time.Second {
					t.Errorf("seed %d (%s): took %v", seed, damageNames[kind], took)
				}
				if err != nil {
					failed++
					msg := err.Error()
					if !strings.HasPrefix(msg, name) || strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
						t.Errorf("seed %d (%s): error %q must name the file and hold no stack", seed, damageNames[kind], msg)
					}
					if errors.Is(err, errPanic) {
						t.Errorf("seed %d (%s): %v", seed, damageNames[kind], err)
					}
					continue
				}
				read++
			}
			t.Logf("%d damaged copies: %d read, %d refused with a reason", read+failed, read, failed)
		})
	}
}

var errPanic = errors.New("panic")

// extractNoPanic extracts data, turning a panic into an error wrapping
// errPanic: the test reports it rather than dying.
func extractNoPanic(ctx context.Context, name string, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %w: %v", name, errPanic, r)
		}
	}()
	_, err = ExtractPDFBytes(ctx, name, data)
	return err
}

// FuzzExtract runs arbitrary bytes through the whole extraction (pdf and
// layout), seeded with the producer matrix: no panic may escape, errors
// name the file, and it ends in bounded time.
//
//	make fuzz    (go test -run '^$' -fuzz FuzzExtract -fuzztime 10m -fuzzminimizetime 0s ./indexer)
//
// (Minimizing the tens of kilobytes of a new input takes the fuzzer's time
// otherwise: it shows as executions stuck at a handful.)
func FuzzExtract(f *testing.F) {
	for _, name := range producers {
		data, err := os.ReadFile(producersDir + name + ".pdf")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.pdf"
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		start := time.Now()
		_, err := ExtractPDFBytes(ctx, name, data)
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, name) || strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
				t.Errorf("error %q must name the file and hold no stack", msg)
			}
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("took %v", d)
		}
	})
}

// TestExtractDeadline: the context's deadline holds through every stage
// (opening, pages, layout): extraction returns soon after it, with a
// timeout error naming the file, or with the document if it was done.
func TestExtractDeadline(t *testing.T) {
	const path = "../testdata/report-lo.pdf"
	for _, limit := range []time.Duration{time.Millisecond, 10 * time.Millisecond, 40 * time.Millisecond, 80 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), limit)
		start := time.Now()
		d, err := ExtractPDF(ctx, path)
		took := time.Since(start)
		cancel()
		if took > limit+time.Second {
			t.Errorf("limit %v: returned after %v", limit, took)
		}
		switch {
		case err == nil:
			if len(d.Blocks) == 0 {
				t.Errorf("limit %v: no error and no blocks", limit)
			}
		case !errors.Is(err, pdf.ErrTimeout) || !strings.HasPrefix(err.Error(), path):
			t.Errorf("limit %v: error %v, want a timeout naming the file", limit, err)
		}
	}
}
