package api

import (
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// DefaultCacheBytes is the default memory budget of the search response
// cache (Config.CacheBytes).
const DefaultCacheBytes = 64 << 20

// cacheEntryShare: a response costing more than this share of the
// budget is not cached (a few responses of long passages must not push
// out everything else).
const cacheEntryShare = 8

// responseCache is a least-recently-used cache of search responses
// bounded by a number of entries and by an estimate of their bytes.
type responseCache struct {
	mu     sync.Mutex
	lru    *simplelru.LRU[string, *searchOutcome]
	bytes  int64 // the cost of the entries held
	budget int64
}

// newResponseCache returns a cache of at most entries responses costing
// at most budget bytes in all.
func newResponseCache(entries int, budget int64) *responseCache {
	c := &responseCache{budget: budget}
	c.lru, _ = simplelru.NewLRU(entries, func(key string, out *searchOutcome) { // errors only for a size ≤ 0
		c.bytes -= cost(key, out)
	})
	return c
}

// cost estimates the memory an entry holds: its key, its encoded body
// and the response it was encoded from (its strings are mostly shared
// with the index; counted as much as the body again to be safe).
func cost(key string, out *searchOutcome) int64 {
	return int64(len(key) + 2*len(out.body) + 512)
}

// get returns the entry of key, if any, and marks it used.
func (c *responseCache) get(key string) (*searchOutcome, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Get(key)
}

// add stores the entry, unless it costs more than its share of the
// budget, and removes the least recently used entries until the cache is
// within its budget. It reports whether the entry was stored.
func (c *responseCache) add(key string, out *searchOutcome) bool {
	n := cost(key, out)
	if n > c.budget/cacheEntryShare {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lru.Contains(key) {
		c.lru.Remove(key) // its cost is taken off
	}
	c.lru.Add(key, out)
	c.bytes += n
	for c.bytes > c.budget && c.lru.Len() > 1 {
		c.lru.RemoveOldest()
	}
	return true
}

// size returns the number of entries and their cost.
func (c *responseCache) size() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len(), c.bytes
}
