package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultGrace is how long a Holder keeps a replaced index open for the
// requests that got it before the swap.
const DefaultGrace = 30 * time.Second

// Holder serves the current generation of an index directory to a server
// and swaps in a new one when Build replaces it (Reload, Watch), without
// failing a request: Get is a lock-free load, and a replaced index stays
// open for a grace period, after which Close still waits for searches in
// flight. All methods are safe for concurrent use.
type Holder struct {
	dir    string
	grace  time.Duration
	log    *slog.Logger
	cur    atomic.Pointer[Index]
	mu     sync.Mutex // serialises Reload and Close
	closed bool
	// retiring are replaced indexes waiting for their grace period.
	retiring map[*Index]*time.Timer
	lastErr  atomic.Pointer[error]
	// swaps and failures count reloads that swapped in a new generation
	// and reloads that failed while an index directory exists.
	swaps, failures atomic.Int64
}

// HolderOption configures a Holder.
type HolderOption func(*Holder)

// WithGrace sets how long a replaced index stays open (DefaultGrace).
func WithGrace(d time.Duration) HolderOption { return func(h *Holder) { h.grace = d } }

// WithLogger logs reloads and reload failures to l (default: none).
func WithLogger(l *slog.Logger) HolderOption { return func(h *Holder) { h.log = l } }

// NewHolder opens the current index of dir. If dir holds no index yet,
// the Holder starts empty (Get returns nil) until a Reload finds one;
// other failures to open are returned.
func NewHolder(dir string, opts ...HolderOption) (*Holder, error) {
	h := &Holder{dir: dir, grace: DefaultGrace, retiring: map[*Index]*time.Timer{}}
	for _, o := range opts {
		o(h)
	}
	ix, err := Open(dir)
	switch {
	case errors.Is(err, ErrNotFound):
		h.setErr(err)
	case err != nil:
		return nil, err
	default:
		h.cur.Store(ix)
	}
	return h, nil
}

// Get returns the current index, or nil if none is loaded. The index stays
// usable for at least the grace period after a reload replaces it.
func (h *Holder) Get() *Index { return h.cur.Load() }

// Current returns the current index as a Searcher: a nil interface, not
// an interface holding a nil *Index, when none is loaded. It is the getter
// the servers take.
func (h *Holder) Current() Searcher {
	if ix := h.cur.Load(); ix != nil {
		return ix
	}
	return nil
}

// Reload opens the generation dir/CURRENT names if it is not the one being
// served and swaps it in, reporting whether it did. On failure the current
// index stays.
func (h *Holder) Reload() (changed bool, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	defer func() {
		h.setErr(err)
		if err != nil && !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrClosed) {
			h.failures.Add(1)
		}
	}()
	if h.closed {
		return false, ErrClosed
	}
	gen, err := readCurrent(h.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("reload %s: no %s file: %w", h.dir, currentFile, ErrNotFound)
	}
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
	}
	old := h.cur.Load()
	if old != nil && old.gen == gen {
		return false, nil
	}
	ix, err := openGeneration(h.dir, gen)
	if err != nil {
		if h.log != nil {
			h.log.Error("index reload failed; keeping the current index", "dir", h.dir, "generation", gen, "err", err)
		}
		return false, fmt.Errorf("reload: %w", err)
	}
	h.cur.Store(ix)
	h.swaps.Add(1)
	if old != nil {
		h.retiring[old] = time.AfterFunc(h.grace, func() { h.retire(old) })
	}
	if h.log != nil {
		h.log.Info("index reloaded", "dir", h.dir, "generation", gen, "passages", len(ix.passages))
	}
	return true, nil
}

// retire closes a replaced index after its grace period.
func (h *Holder) retire(ix *Index) {
	h.mu.Lock()
	_, ok := h.retiring[ix]
	delete(h.retiring, ix)
	h.mu.Unlock()
	if ok {
		ix.Close()
	}
}

// Watch polls dir/CURRENT every interval and reloads when it changes,
// until ctx is done; it then returns ctx's error. Failed reloads keep the
// current index and are reported by Err (and logged WithLogger).
func (h *Holder) Watch(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			h.Reload()
		}
	}
}

// Err returns the error of the last Reload (or of NewHolder finding no
// index), nil if it succeeded.
func (h *Holder) Err() error {
	if p := h.lastErr.Load(); p != nil {
		return *p
	}
	return nil
}

// Reloads returns how many reloads swapped in a new generation and how
// many failed (a missing index directory or CURRENT file is not counted).
func (h *Holder) Reloads() (swaps, failures int64) { return h.swaps.Load(), h.failures.Load() }

func (h *Holder) setErr(err error) { h.lastErr.Store(&err) }

// Close closes the current index and the replaced ones still open, waiting
// for searches in flight. Get returns nil afterwards.
func (h *Holder) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil
	}
	h.closed = true
	var errs []error
	for ix, t := range h.retiring {
		t.Stop()
		errs = append(errs, ix.Close())
	}
	clear(h.retiring)
	if ix := h.cur.Swap(nil); ix != nil {
		errs = append(errs, ix.Close())
	}
	return errors.Join(errs...)
}
