// Package isolate runs work on untrusted input (a document to parse) in a
// child process with a time and a memory limit, so that input which makes
// the work crash, exhaust memory or never finish costs one answer, not the
// process that asked for it (the pattern of Tika's ForkParser).
//
// The parent calls Run with a Command that starts a child whose main calls
// Serve; they speak JSON over the child's stdin and stdout: one request, one
// response, then the child exits. Run reports a child that fails as an
// *Error whose Reason is ErrTimeout, ErrOutOfMemory or ErrCrashed, with the
// first line of the child's panic or fatal error as the detail.
//
// Limits: the time limit is enforced by the parent, which kills the child at
// the deadline. The memory limit bounds the child's resident memory, three
// ways on Linux:
//
//   - the parent reads the child's resident size every watchInterval and
//     kills it when it is over the limit;
//   - the child's writable private memory is capped (RLIMIT_DATA, set by
//     the parent before the request is written) at 1.5 times the limit, so
//     that a huge allocation fails at once: a Go runtime that cannot map
//     more heap dies with "fatal error: out of memory". The cap alone is
//     not enough: the kernel lets a mapping over address space the runtime
//     reserved earlier pass the check, and children were seen resident at
//     1.3 GiB under a 1 GiB RLIMIT_DATA;
//   - the child sets a soft limit (debug.SetMemoryLimit at 3/4 of the
//     limit) that makes its garbage collector work harder before that.
//
// RLIMIT_DATA rather than RLIMIT_AS, because the Go runtime (and cgo's
// thread stacks) reserve far more address space than they use: a child
// reading a 31-page report needs 2 GiB of address space for 60 MiB
// resident. On systems other than Linux only the time limit and the soft
// memory limit apply.
package isolate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Limits bound one child. A zero field means no limit of that kind.
type Limits struct {
	// Timeout is the wall time the child may take, start-up included.
	Timeout time.Duration `json:"timeout,omitempty"`
	// Memory is the cap on the child's memory in bytes.
	Memory int64 `json:"memory,omitempty"`
}

// Command starts a child: Path with Args, in the parent's working
// directory, with the parent's environment plus Env ("KEY=value").
type Command struct {
	Path string
	Args []string
	Env  []string
}

// ErrStart wraps the error of a child that could not be started (a
// missing program): a fault of the caller's setup, not of the input.
var ErrStart = errors.New("cannot start the child")

// Reasons a child fails; an *Error wraps one of them.
var (
	ErrTimeout     = errors.New("timed out")
	ErrOutOfMemory = errors.New("out of memory")
	ErrCrashed     = errors.New("crashed")
)

// Error is a child that did not answer: killed at its deadline, out of
// memory, or crashed (a panic, a fatal runtime error, a signal, an exit
// without an answer).
type Error struct {
	Reason error  // ErrTimeout, ErrOutOfMemory or ErrCrashed
	Detail string // "after 60s", "(limit 1 GiB)", "panic: …"
}

func (e *Error) Error() string {
	switch {
	case e.Detail == "":
		return e.Reason.Error()
	case e.Reason == ErrCrashed:
		return e.Reason.Error() + ": " + e.Detail
	}
	return e.Reason.Error() + " " + e.Detail
}

// Unwrap returns the reason, for errors.Is.
func (e *Error) Unwrap() error { return e.Reason }

// Sizes the parent keeps of a child's output. A response larger than
// maxResponse is an error: a child that floods its stdout cannot grow the
// parent without bound.
const (
	maxResponse = 256 << 20
	maxStderr   = 64 << 10
	maxRequest  = 16 << 20
)

// envelope is what the parent writes to the child.
type envelope struct {
	Limits  Limits          `json:"limits"`
	Request json.RawMessage `json:"request"`
}

// answer is what the child writes back: the response, or the error its
// work returned (TimedOut when that error was its deadline).
type answer struct {
	Response json.RawMessage `json:"response,omitempty"`
	Error    string          `json:"error,omitempty"`
	TimedOut bool            `json:"timed_out,omitempty"`
	// Peak is the child's resident high-water mark in bytes, where the
	// system tells it.
	Peak int64 `json:"peak,omitempty"`
}

// Usage is what a child used.
type Usage struct {
	// MaxRSS is the child's peak resident memory in bytes: its own
	// high-water mark (VmHWM) when it answers, else the largest the parent
	// saw reading it every watchInterval; 0 outside Linux. Not wait4's
	// ru_maxrss: the Go runtime starts children with vfork, and at exec
	// the kernel carries the parent's high-water mark into the child's.
	MaxRSS int64
	Wall   time.Duration
}

// Run starts the child, caps its memory, sends it req and decodes its
// response into resp. An error the child's work returned comes back as an
// error with the same message; a child that fails is an *Error; a child
// that cannot start wraps ErrStart; a cancelled ctx kills the child and
// returns ctx's error. Usage is filled in whenever the child ran.
func Run(ctx context.Context, c Command, lim Limits, req, resp any) (Usage, error) {
	start := time.Now()
	var use Usage
	err := run(ctx, c, lim, req, resp, &use)
	use.Wall = time.Since(start)
	return use, err
}

func run(ctx context.Context, c Command, lim Limits, req, resp any, use *Usage) error {
	raw, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("isolate: request: %w", err)
	}
	in, err := json.Marshal(envelope{Limits: lim, Request: raw})
	if err != nil {
		return fmt.Errorf("isolate: request: %w", err)
	}
	runCtx := ctx
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(runCtx, c.Path, c.Args...)
	if len(c.Env) > 0 {
		cmd.Env = append(os.Environ(), c.Env...)
	}
	// A child flooding its stdout is stopped at once.
	stdout := &capped{max: maxResponse, onOver: func() { _ = cmd.Process.Kill() }}
	stderr := &capped{max: maxStderr}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	// A killed child's pipes may stay open in a grandchild: do not wait
	// for them past a second.
	cmd.WaitDelay = time.Second
	setProcAttr(cmd)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("isolate: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%w %s: %w", ErrStart, c.Path, err)
	}
	if lim.Memory > 0 {
		// The request is written only after the cap is in place, so the
		// input cannot be read by an uncapped child.
		if err := capMemory(cmd.Process.Pid, dataLimit(lim.Memory)); err != nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			return fmt.Errorf("isolate: cap memory of the child: %w", err)
		}
	}
	limit := lim.Memory
	if limit <= 0 {
		limit = math.MaxInt64
	}
	var overMemory atomic.Bool
	stop := make(chan struct{})
	peak := make(chan [2]int64, 1)
	go func() {
		rss, data := watchMemory(cmd.Process.Pid, limit, stop, func() {
			overMemory.Store(true)
			_ = cmd.Process.Kill()
		})
		peak <- [2]int64{rss, data}
	}()
	// A child that dies before reading makes this write fail; Wait says why.
	_, _ = stdin.Write(in)
	_ = stdin.Close()
	waitErr := cmd.Wait()
	close(stop)
	peaks := <-peak
	use.MaxRSS = peaks[0]

	if err := ctx.Err(); err != nil {
		return err
	}
	if waitErr == nil && !stdout.over {
		var a answer
		if err := json.Unmarshal(stdout.Bytes(), &a); err == nil {
			use.MaxRSS = max(use.MaxRSS, a.Peak)
			switch {
			case a.TimedOut:
				return &Error{Reason: ErrTimeout, Detail: "after " + Duration(lim.Timeout)}
			case a.Error != "":
				return errors.New(a.Error)
			}
			if err := json.Unmarshal(a.Response, resp); err != nil {
				return &Error{Reason: ErrCrashed, Detail: "unreadable response: " + err.Error()}
			}
			return nil
		} else if runCtx.Err() == nil {
			return &Error{Reason: ErrCrashed, Detail: "unreadable response: " + err.Error()}
		}
	}
	if errors.Is(runCtx.Err(), context.DeadlineExceeded) {
		return &Error{Reason: ErrTimeout, Detail: "after " + Duration(lim.Timeout)}
	}
	if stdout.over {
		return &Error{Reason: ErrCrashed, Detail: fmt.Sprintf("response larger than %s", Bytes(maxResponse))}
	}
	line := fatalLine(stderr.String())
	if overMemory.Load() || strings.HasPrefix(line, "fatal error: ") &&
		(strings.Contains(line, "out of memory") || strings.Contains(line, "cannot allocate memory")) {
		if lim.Memory <= 0 {
			return &Error{Reason: ErrOutOfMemory}
		}
		return &Error{Reason: ErrOutOfMemory, Detail: "(limit " + Bytes(lim.Memory) + ")"}
	}
	if line == "" {
		line = waitErr.Error() // "signal: killed", "exit status 1"
	}
	if lim.Memory > 0 && nearLimit(peaks[0], peaks[1], lim.Memory) {
		// A runtime that cannot map memory under RLIMIT_DATA does not
		// always say "out of memory": a thread it cannot start
		// ("runtime/cgo: pthread_create failed"), a stack it cannot
		// grow (SIGSEGV). Near the limit, that is what it died of.
		return &Error{Reason: ErrOutOfMemory, Detail: "(limit " + Bytes(lim.Memory) + "; died with " + line + ")"}
	}
	return &Error{Reason: ErrCrashed, Detail: line}
}

// nearLimit reports whether a child that was seen with rss resident and
// data bytes of data segment at most was near its memory limit: resident
// past the soft limit its garbage collector aims at (3/4 of it, see
// Serve), or its data segment past 7/8 of the RLIMIT_DATA cap. The
// parent's readings are up to watchInterval old, and the last growth of
// a dying child is the fastest, so these are well under the limits.
func nearLimit(rss, data, limit int64) bool {
	return rss >= limit/4*3 || data >= dataLimit(limit)/8*7
}

// fatalLine picks what a dying Go program said: its first line that
// starts like a panic, a fatal runtime error, a failure of the cgo runtime
// or a signal ("SIGSEGV: segmentation violation"), else its last line.
func fatalLine(stderr string) string {
	last := ""
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimSpace(l)
		for _, p := range []string{"panic: ", "fatal error: ", "runtime/cgo: ", "SIG"} {
			if strings.HasPrefix(l, p) && (p != "SIG" || strings.Contains(l, ": ")) {
				return l
			}
		}
		if l != "" {
			last = l
		}
	}
	return last
}

// Serve is the child's side of Run: it reads one request from r, applies
// the limits the parent sent (soft memory limit and a lazier garbage
// collector, a deadline on ctx, a bounded stack), calls work with the raw request and writes its response
// or error to w. An error from work that is its deadline is reported as a
// timeout. The caller exits after Serve returns.
func Serve(ctx context.Context, r io.Reader, w io.Writer, work func(ctx context.Context, req json.RawMessage) (any, error)) error {
	var env envelope
	dec := json.NewDecoder(io.LimitReader(r, maxRequest))
	if err := dec.Decode(&env); err != nil {
		return fmt.Errorf("isolate: request: %w", err)
	}
	if m := env.Limits.Memory; m > 0 {
		// A child lives for one request under a memory limit: it
		// collects less often (GOGC 400 unless the environment says)
		// and harder as it nears the limit. Reading the report: 15 %
		// faster for 8 MiB more.
		if _, set := os.LookupEnv("GOGC"); !set {
			debug.SetGCPercent(400)
		}
		debug.SetMemoryLimit(m / 4 * 3)
		// A runaway recursion should die of a stack overflow rather
		// than of the memory cap.
		debug.SetMaxStack(int(min(m/4, 1<<30)))
	}
	if t := env.Limits.Timeout; t > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t)
		defer cancel()
	}
	resp, err := work(ctx, env.Request)
	var a answer
	if err != nil {
		a.Error = err.Error()
		a.TimedOut = errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil
	} else if a.Response, err = json.Marshal(resp); err != nil {
		a = answer{Error: fmt.Sprintf("isolate: response: %v", err)}
	}
	a.Peak = SelfPeak()
	return json.NewEncoder(w).Encode(a)
}

// Duration formats a limit as people write it: "60s", "1m30s", "500ms".
func Duration(d time.Duration) string {
	if d >= time.Second && d%time.Second == 0 && d < 10*time.Minute {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}

// Bytes formats a size in binary units: "512 MiB", "1 GiB", "1.5 GiB".
func Bytes(n int64) string {
	const (
		mib = 1 << 20
		gib = 1 << 30
	)
	switch {
	case n >= gib && n%gib == 0:
		return fmt.Sprintf("%d GiB", n/gib)
	case n >= gib:
		return fmt.Sprintf("%.1f GiB", float64(n)/gib)
	case n >= mib:
		return fmt.Sprintf("%d MiB", n/mib)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseBytes reads a size: a number with an optional unit (K, M, G, KiB,
// MiB, GiB, KB, MB, GB; all binary): "1G", "512MiB", "1073741824".
func ParseBytes(s string) (int64, error) {
	t := strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n < 0 || n*float64(mult) > 1<<50 {
		return 0, fmt.Errorf("size %q: want a number of bytes with an optional unit (512M, 1G)", s)
	}
	return int64(n * float64(mult)), nil
}

// capped keeps the first max bytes written to it, notes whether more
// came and then calls onOver, once.
//
// It must not embed bytes.Buffer: io.Copy would use the buffer's ReadFrom
// and bypass the cap.
type capped struct {
	buf    bytes.Buffer
	max    int
	over   bool
	onOver func()
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.buf.Len(); room < len(p) {
		if !c.over && c.onOver != nil {
			c.onOver()
		}
		c.over = true
		if room > 0 {
			c.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return c.buf.Write(p)
}

func (c *capped) Bytes() []byte  { return c.buf.Bytes() }
func (c *capped) String() string { return c.buf.String() }
