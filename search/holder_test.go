package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestHolderReload(t *testing.T) {
	dir := t.TempDir()
	h, err := NewHolder(dir)
	if err != nil {
		t.Fatalf("NewHolder(empty dir): %v", err)
	}
	defer h.Close()
	if h.Get() != nil || !errors.Is(h.Err(), ErrNotFound) {
		t.Fatalf("empty holder: Get %v, Err %v", h.Get(), h.Err())
	}
	if changed, err := h.Reload(); changed || !errors.Is(err, ErrNotFound) {
		t.Errorf("Reload without an index = %v, %v", changed, err)
	}

	c := loadFixture(t)
	if _, err := Build(dir, c); err != nil {
		t.Fatal(err)
	}
	if changed, err := h.Reload(); !changed || err != nil {
		t.Fatalf("Reload = %v, %v; want a change", changed, err)
	}
	first := h.Get()
	if changed, err := h.Reload(); changed || err != nil {
		t.Errorf("second Reload = %v, %v; want no change", changed, err)
	}

	// A broken generation is not swapped in.
	bad := filepath.Join(dir, "gen-1")
	os.Mkdir(bad, 0o755)
	if err := writeCurrent(dir, "gen-1"); err != nil {
		t.Fatal(err)
	}
	if changed, err := h.Reload(); changed || err == nil || h.Get() != first {
		t.Errorf("Reload of a broken generation = %v, %v; the index must stay", changed, err)
	}
	if h.Err() == nil {
		t.Error("Err after a failed reload: nil")
	}
	if _, err := h.Get().Search(context.Background(), Request{Query: "children"}); err != nil {
		t.Errorf("search after a failed reload: %v", err)
	}
}

// TestHolderReloadUnderLoad rebuilds and reloads the index while
// goroutines search in a loop: no search may fail.
func TestHolderReloadUnderLoad(t *testing.T) {
	dir := t.TempDir()
	c := loadFixture(t)
	if _, err := Build(dir, c); err != nil {
		t.Fatal(err)
	}
	h, err := NewHolder(dir, WithGrace(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()

	var (
		stop     atomic.Bool
		searches atomic.Int64
		failures atomic.Int64
		wg       sync.WaitGroup
		firstErr atomic.Pointer[error]
	)
	requests := []Request{
		{Query: "children", Filters: map[string][]string{FacetKind: {KindQuote}}},
		{Query: "Zimerman"},
		{Filters: map[string][]string{FacetSpeaker: {"nick-hobbs"}}},
		{Query: "\"forced criminality\" -survey", Sort: SortDocument},
	}
	for g := range 4 {
		wg.Go(func() {
			for i := 0; !stop.Load(); i++ {
				ix := h.Get()
				var err error
				switch i % 6 {
				case 4:
					_, err = ix.Suggest(context.Background(), "forced cr", 5)
				case 5:
					_, err = ix.Verify(context.Background(), "Harm is harm", 3)
				default:
					var res *Result
					res, err = ix.Search(context.Background(), requests[(g+i)%len(requests)])
					if err == nil && res.Total == 0 {
						err = errors.New("no hits")
					}
				}
				searches.Add(1)
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, &err)
				}
			}
		})
	}
	gens := map[string]bool{h.Get().Generation(): true}
	for range 5 {
		before := searches.Load()
		if _, err := Build(dir, c); err != nil {
			t.Fatal(err)
		}
		if changed, err := h.Reload(); !changed || err != nil {
			t.Fatalf("Reload = %v, %v", changed, err)
		}
		gens[h.Get().Generation()] = true
		for searches.Load() < before+20 {
			time.Sleep(time.Millisecond)
		}
	}
	time.Sleep(1200 * time.Millisecond) // let the first grace periods end
	stop.Store(true)
	wg.Wait()
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d searches failed during reloads; first: %v", n, searches.Load(), *firstErr.Load())
	}
	if len(gens) != 6 {
		t.Errorf("served %d generations, want 6", len(gens))
	}
	t.Logf("%d searches, %d reloads, no failures", searches.Load(), len(gens)-1)
}

func TestHolderWatch(t *testing.T) {
	dir := t.TempDir()
	c := loadFixture(t)
	if _, err := Build(dir, c); err != nil {
		t.Fatal(err)
	}
	h, err := NewHolder(dir, WithGrace(10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- h.Watch(ctx, 10*time.Millisecond) }()
	gen := h.Get().Generation()
	if _, err := Build(dir, c); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for h.Get().Generation() == gen && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if h.Get().Generation() == gen {
		t.Error("Watch did not pick up the new generation")
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Watch returned %v, want context.Canceled", err)
	}
	if err := h.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if h.Get() != nil {
		t.Error("Get after Close: not nil")
	}
	if _, err := h.Reload(); !errors.Is(err, ErrClosed) {
		t.Errorf("Reload after Close: %v, want ErrClosed", err)
	}
}
