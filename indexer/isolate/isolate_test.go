package isolate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// childEnv makes the test binary act as a child (see TestMain). Only these
// tests set it.
const childEnv = "ISOLATE_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		if err := Serve(context.Background(), os.Stdin, os.Stdout, testWork); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type testRequest struct {
	Do   string `json:"do"`
	Text string `json:"text"`
}

type testResponse struct {
	Echo string `json:"echo"`
}

// sink keeps what the "alloc" child allocates reachable.
var sink [][]byte

// testWork misbehaves as the request asks.
func testWork(ctx context.Context, raw json.RawMessage) (any, error) {
	var req testRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		return nil, err
	}
	switch req.Do {
	case "echo":
		return testResponse{Echo: req.Text}, nil
	case "error":
		return nil, errors.New(req.Text)
	case "panic":
		// In a goroutine of its own, as a parser's page worker would:
		// nothing recovers it and the process dies.
		go func() { panic(req.Text) }()
		select {}
	case "alloc":
		for {
			b := make([]byte, 1<<20)
			for i := range b {
				b[i] = 1
			}
			sink = append(sink, b)
		}
	case "huge":
		// One allocation far over the cap, as a slice sized from a
		// corrupt number would be.
		b := make([]byte, 2<<30)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		sink = append(sink, b)
		return testResponse{Echo: "allocated 2 GiB"}, nil
	case "hang":
		select {}
	case "fill-die", "die":
		// Dies as a runtime that cannot start a thread under
		// RLIMIT_DATA does, after filling most of the memory limit
		// ("fill-die") or not.
		if req.Do == "fill-die" {
			for range 210 {
				b := make([]byte, 1<<20)
				for i := range b {
					b[i] = 1
				}
				sink = append(sink, b)
			}
			time.Sleep(200 * time.Millisecond) // the parent reads it
		}
		fmt.Fprintln(os.Stderr, "runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort")
		os.Exit(2)
	case "deadline":
		<-ctx.Done()
		return nil, fmt.Errorf("page 3: %w", ctx.Err())
	case "exit":
		os.Exit(7)
	case "flood":
		b := make([]byte, 1<<20)
		for {
			os.Stdout.Write(b)
		}
	case "recurse":
		return recurse(1), nil
	}
	return nil, fmt.Errorf("unknown test request %q", req.Do)
}

// recurse never returns: the "recurse" child must die of a stack overflow.
func recurse(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	//lint:ignore SA5007 the endless recursion is the point
	return recurse(n+1) + int(pad[0])
}

func self(t *testing.T) Command {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return Command{Path: exe, Env: []string{childEnv + "=1"}}
}

// TestRun: every way a child can end is told apart, and each failure says
// why in words.
func TestRun(t *testing.T) {
	lim := Limits{Timeout: 20 * time.Second, Memory: 256 << 20}
	cases := []struct {
		name    string
		req     testRequest
		lim     Limits
		want    string // the response's echo, or the error's message
		reason  error  // nil: success or the work's own error
		prefix  bool   // want is a prefix of the message
		skipOff bool   // needs the Linux memory cap
	}{
		{name: "answer", req: testRequest{Do: "echo", Text: "hello"}, want: "hello"},
		{name: "work error", req: testRequest{Do: "error", Text: "x.pdf: encrypted"}, want: "x.pdf: encrypted"},
		{name: "panic", req: testRequest{Do: "panic", Text: "boom"}, reason: ErrCrashed, want: "crashed: panic: boom"},
		{name: "exit", req: testRequest{Do: "exit"}, reason: ErrCrashed, want: "crashed: exit status 7"},
		{name: "allocates without end", req: testRequest{Do: "alloc"}, reason: ErrOutOfMemory, want: "out of memory (limit 256 MiB)", skipOff: true},
		{name: "one huge allocation", req: testRequest{Do: "huge"}, reason: ErrOutOfMemory, want: "out of memory (limit 256 MiB)", skipOff: true},
		{name: "hangs", req: testRequest{Do: "hang"}, lim: Limits{Timeout: 2 * time.Second, Memory: 256 << 20}, reason: ErrTimeout, want: "timed out after 2s"},
		{name: "own deadline", req: testRequest{Do: "deadline"}, lim: Limits{Timeout: 2 * time.Second, Memory: 256 << 20}, reason: ErrTimeout, want: "timed out after 2s"},
		{name: "floods stdout", req: testRequest{Do: "flood"}, reason: ErrCrashed, want: "crashed: response larger than 256 MiB", skipOff: true},
		{name: "dies near the memory limit", req: testRequest{Do: "fill-die"}, reason: ErrOutOfMemory,
			want: "out of memory (limit 256 MiB; died with runtime/cgo: pthread_create failed: Resource temporarily unavailable)", skipOff: true},
		{name: "dies far from it", req: testRequest{Do: "die"}, reason: ErrCrashed,
			want: "crashed: runtime/cgo: pthread_create failed: Resource temporarily unavailable"},
		{name: "stack overflow", req: testRequest{Do: "recurse"}, reason: ErrCrashed, want: "crashed: fatal error: stack overflow"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.skipOff && runtime.GOOS != "linux" {
				t.Skip("the hard memory cap is Linux only")
			}
			l := lim
			if tc.lim != (Limits{}) {
				l = tc.lim
			}
			var resp testResponse
			start := time.Now()
			use, err := Run(context.Background(), self(t), l, tc.req, &resp)
			if took := time.Since(start); took > l.Timeout+5*time.Second {
				t.Errorf("took %s with a limit of %s", took, l.Timeout)
			}
			if tc.reason == ErrOutOfMemory {
				t.Logf("peak resident memory %d bytes (%s) under a limit of %s", use.MaxRSS, Bytes(use.MaxRSS), Bytes(l.Memory))
			}
			if tc.req.Do == "echo" {
				if err != nil || resp.Echo != tc.want {
					t.Fatalf("Run = %+v, %v; want echo %q", resp, err, tc.want)
				}
				if runtime.GOOS == "linux" && (use.MaxRSS <= 0 || use.MaxRSS > l.Memory) {
					t.Errorf("MaxRSS = %d, want within (0, %d]", use.MaxRSS, l.Memory)
				}
				return
			}
			if err == nil {
				t.Fatalf("Run succeeded with %+v, want %q", resp, tc.want)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("error = %q, want %q", got, tc.want)
			}
			var ie *Error
			if isIsolate := errors.As(err, &ie); isIsolate != (tc.reason != nil) {
				t.Errorf("error %q is an *Error: %v, want %v", err, isIsolate, tc.reason != nil)
			}
			if tc.reason != nil && !errors.Is(err, tc.reason) {
				t.Errorf("errors.Is(%q, %v) = false", err, tc.reason)
			}
		})
	}
}

// TestRunCancel: a cancelled context kills the child and returns the
// context's error, not a failure of the child.
func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(500*time.Millisecond, cancel)
	var resp testResponse
	_, err := Run(ctx, self(t), Limits{Timeout: time.Minute}, testRequest{Do: "hang"}, &resp)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
}

// TestRunMissingProgram: a child that cannot start is an error of the
// parent's, not a crash of the document.
func TestRunMissingProgram(t *testing.T) {
	var resp testResponse
	_, err := Run(context.Background(), Command{Path: "/nonexistent/worker"}, Limits{}, testRequest{Do: "echo"}, &resp)
	var ie *Error
	if !errors.Is(err, ErrStart) || errors.As(err, &ie) || !strings.Contains(err.Error(), "/nonexistent/worker") {
		t.Fatalf("Run = %v, want an error naming the program", err)
	}
}

func TestFormats(t *testing.T) {
	durations := []struct {
		d    time.Duration
		want string
	}{{60 * time.Second, "60s"}, {90 * time.Second, "90s"}, {500 * time.Millisecond, "500ms"}, {time.Hour, "1h0m0s"}}
	for _, tc := range durations {
		if got := Duration(tc.d); got != tc.want {
			t.Errorf("Duration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	sizes := []struct {
		s    string
		want int64
		text string
	}{
		{"1G", 1 << 30, "1 GiB"},
		{"1GiB", 1 << 30, "1 GiB"},
		{"512M", 512 << 20, "512 MiB"},
		{"512 mb", 512 << 20, "512 MiB"},
		{"1.5G", 3 << 29, "1.5 GiB"},
		{"1048576", 1 << 20, "1 MiB"},
		{"0", 0, "0 bytes"},
	}
	for _, tc := range sizes {
		got, err := ParseBytes(tc.s)
		if err != nil || got != tc.want {
			t.Errorf("ParseBytes(%q) = %d, %v; want %d", tc.s, got, err, tc.want)
		}
		if text := Bytes(got); text != tc.text {
			t.Errorf("Bytes(%d) = %q, want %q", got, text, tc.text)
		}
	}
	for _, bad := range []string{"", "lots", "-1G", "12abc", "1e30"} {
		if _, err := ParseBytes(bad); err == nil {
			t.Errorf("ParseBytes(%q) succeeded", bad)
		}
	}
}

func TestFatalLine(t *testing.T) {
	cases := []struct{ stderr, want string }{
		{"panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n", "panic: boom"},
		{"runtime: out of memory: cannot allocate 4194304-byte block (1 in use)\nfatal error: out of memory\n\nruntime stack:\n", "fatal error: out of memory"},
		{"runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort\nPC=0x7f0f\n", "runtime/cgo: pthread_create failed: Resource temporarily unavailable"},
		{"unexpected fault address 0x0\nSIGSEGV: segmentation violation\n", "SIGSEGV: segmentation violation"},
		{"some warning\nlast words\n\n", "last words"},
		{"", ""},
	}
	for _, tc := range cases {
		if got := fatalLine(tc.stderr); got != tc.want {
			t.Errorf("fatalLine(%q) = %q, want %q", tc.stderr, got, tc.want)
		}
	}
}
