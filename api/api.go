// Package api serves the search index over HTTP: a versioned JSON API under
// /api/v1 (search, passages, speakers, sessions, topics, documents,
// suggestions, quote verification, a CSV export and an Atom feed of a
// search), an OpenAPI document of it, and /healthz, /readyz and /metrics for
// operators.
//
// The index is reached through a getter called once per request, so a server
// started with a search.Holder sees a rebuilt index on the next request.
// Every error reaches the client as {"error": {"code", "message"}}; client
// mistakes are 4xx, a search that runs out of time is 503, and no client
// input produces any other 5xx.
package api

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gorilla/mux"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/osce-tools/confsearch/search"
)

// Searcher is the part of a search.Index the API uses. *search.Index
// implements it; tests use a fake.
type Searcher interface {
	// Search runs a request; errors wrap search.ErrBadQuery when the client
	// must fix the request, or the context's error when it ran out of time.
	Search(ctx context.Context, req search.Request) (*search.Result, error)
	// Passage returns a passage and the ids of its neighbours in document
	// order ("" at either end); errors wrap search.ErrNotFound.
	Passage(id string) (p search.Passage, prev, next string, err error)
	Documents() []search.Document
	Speakers() []search.SpeakerSummary
	Speaker(id string) (search.SpeakerSummary, []search.Passage, error)
	Sessions() []search.SessionSummary
	Session(label string) (search.SessionSummary, []search.Passage, error)
	Topics() []search.FacetValue
	Suggest(ctx context.Context, prefix string, n int) ([]search.Suggestion, error)
	Verify(ctx context.Context, quote string, n int) ([]search.Match, error)
	// Generation names the index build being served.
	Generation() string
}

var _ Searcher = (*search.Index)(nil)

// Config configures a Server. The zero value is usable: every origin may
// read the API, there is no rate limit, searches get DefaultSearchTimeout,
// permalinks are root-relative and nothing is logged.
type Config struct {
	// AllowedOrigins may call the API from a browser (CORS). Empty or
	// containing "*" allows every origin.
	AllowedOrigins []string
	// RateLimit is the sustained number of API requests per second allowed
	// to one client (IPv4 address or IPv6 /64); 0 disables rate limiting.
	RateLimit float64
	// RateBurst is how many requests a client may make at once; when it is
	// not positive it is RateLimit rounded up (at least 1).
	RateBurst int
	// TrustProxy keys rate limiting on the last address of the
	// X-Forwarded-For header instead of the connection's peer. Set it only
	// behind a reverse proxy that sets that header.
	TrustProxy bool
	// SearchTimeout bounds the time of one API request's search work
	// (search, suggest, verify); 0 means DefaultSearchTimeout.
	SearchTimeout time.Duration
	// BaseURL, like "https://search.example.org", makes permalinks
	// absolute; a path, like "/confsearch", prefixes root-relative ones.
	// Feeds and CSV exports need absolute links: without a scheme and host
	// in BaseURL they are built from the request's Host.
	BaseURL string
	// Web serves every path that is not the API, /healthz, /readyz or
	// /metrics (the search page, passage pages, the widget and static
	// files). It runs behind the same logging, recovery and security-header
	// middleware. When nil, those paths are JSON 404s.
	Web http.Handler
	// Logger receives one line per request and every server error; nil
	// discards them.
	Logger *slog.Logger
	// CacheEntries is the number of encoded search responses kept per
	// server (least recently used out); 0 means DefaultCacheEntries and a
	// negative value turns the cache off. A response is a pure function of
	// the index generation and the request, so entries never go stale:
	// the generation is part of the key.
	CacheEntries int
}

// DefaultCacheEntries is the default size of the search response cache.
const DefaultCacheEntries = 2048

// DefaultSearchTimeout is the time limit of a search when
// Config.SearchTimeout is 0.
const DefaultSearchTimeout = 10 * time.Second

// Server is the HTTP handler of the API. Create it with New.
type Server struct {
	get     func() Searcher
	cfg     Config
	log     *slog.Logger
	router  *mux.Router
	limiter *limiter // nil when rate limiting is off
	metrics *metrics
	// anyOrigin is set when every origin may read the API, else origins
	// lists those that may.
	anyOrigin bool
	origins   map[string]bool
	// started is when the server was created: the date of feed entries
	// whose document has none.
	started time.Time
	// cache holds encoded JSON search responses by generation and
	// canonical request; nil when off.
	cache *lru.Cache[string, []byte]
}

// New returns a Server that answers from the index get returns at the time
// of each request; get may return nil while no index is loaded, in which case
// /readyz and the API answer 503.
func New(get func() Searcher, cfg Config) *Server {
	if cfg.SearchTimeout <= 0 {
		cfg.SearchTimeout = DefaultSearchTimeout
	}
	if cfg.RateLimit > 0 && cfg.RateBurst <= 0 {
		cfg.RateBurst = max(1, int(cfg.RateLimit+0.999))
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	s := &Server{
		get:     get,
		cfg:     cfg,
		log:     cfg.Logger,
		origins: map[string]bool{},
		started: time.Now().UTC().Truncate(time.Second),
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if cfg.CacheEntries == 0 {
		cfg.CacheEntries = DefaultCacheEntries
	}
	if cfg.CacheEntries > 0 {
		s.cache, _ = lru.New[string, []byte](cfg.CacheEntries) // errors only for a size ≤ 0
	}
	for _, o := range cfg.AllowedOrigins {
		if o = strings.TrimSpace(o); o == "*" {
			s.anyOrigin = true
		} else if o != "" {
			s.origins[strings.TrimRight(o, "/")] = true
		}
	}
	if len(s.origins) == 0 {
		s.anyOrigin = true
	}
	if cfg.RateLimit > 0 {
		s.limiter = newLimiter(cfg.RateLimit, cfg.RateBurst)
	}
	s.metrics = newMetrics(s.index)
	s.router = s.routes()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.router.ServeHTTP(w, r)
}

// index returns the current index, or nil when none is loaded.
func (s *Server) index() Searcher {
	if s.get == nil {
		return nil
	}
	return s.get()
}
