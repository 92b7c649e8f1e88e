// Package api serves the search index over HTTP: a versioned JSON API under
// /api/v1 (search, passages, speakers, sessions, topics, documents,
// suggestions, quote verification, a CSV export and an Atom feed of a
// search), an OpenAPI document of it, /healthz, /readyz and /metrics for
// operators, and — with Config.Pages — the HTML pages, all through one
// router and one middleware stack. Every search, the API's or the search
// page's, is parsed by search.ParseRequest and goes through the same rate
// limit, time limit and response cache.
//
// The index is reached through a getter called once per request, so a server
// started with a search.Holder sees a rebuilt index on the next request.
// Every error reaches an API client as {"error": {"code", "message"}} and a
// page's reader as an HTML page, chosen by one table (errors.go); client
// mistakes are 4xx, a search that runs out of time is 503, and no client
// input produces any other 5xx.
package api

import (
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gorilla/mux"

	"github.com/osce-tools/confsearch/search"
)

// Config configures a Server. The zero value is usable: every origin may
// read the API, there is no rate limit, searches get DefaultSearchTimeout,
// permalinks take the request's host, there are no pages and nothing is logged.
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
	// X-Forwarded-For header instead of the connection's peer, and builds
	// permalinks from X-Forwarded-Host and X-Forwarded-Proto. Set it only
	// behind a reverse proxy that sets those headers.
	TrustProxy bool
	// SearchTimeout bounds the time of one request's search work (API
	// search, suggest, verify, and the search page); 0 means
	// DefaultSearchTimeout.
	SearchTimeout time.Duration
	// BaseURL, like "https://search.example.org", is the site's public
	// root: permalinks and citations start with it. A path, like
	// "/confsearch", prefixes them. Without a scheme and host in BaseURL,
	// permalinks take them from the request (its Host, or with TrustProxy
	// the X-Forwarded-Host and X-Forwarded-Proto headers).
	BaseURL string
	// Pages are the HTML pages (package web), served by the same router
	// behind the same middleware; the search page behind the rate limit,
	// the time limit and the response cache of the API's search. When nil,
	// every path outside the API is a JSON 404.
	Pages Pages
	// Reloads, when set, reports the index reloads that swapped in a new
	// generation and those that failed (search.Holder.Reloads), for the
	// metrics.
	Reloads func() (swaps, failures int64)
	// Logger receives one line per request and every server error; nil
	// discards them.
	Logger *slog.Logger
	// CacheEntries is the number of encoded search responses kept per
	// server (least recently used out); 0 means DefaultCacheEntries and a
	// negative value turns the cache off. A response is a pure function of
	// the index generation and the request, so entries never go stale:
	// the generation is part of the key.
	CacheEntries int
	// CacheBytes bounds the memory of the cache, as estimated from the
	// size of its responses (least recently used out); a response costing
	// more than an eighth of it is not cached. 0 means DefaultCacheBytes.
	CacheBytes int64
}

// DefaultCacheEntries is the default size of the search response cache.
const DefaultCacheEntries = 2048

// DefaultSearchTimeout is the time limit of a search when
// Config.SearchTimeout is 0.
const DefaultSearchTimeout = 10 * time.Second

// Server is the HTTP handler of the API and the pages. Create it with New.
type Server struct {
	get     func() search.Searcher
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
	// cache holds search responses by generation and canonical request;
	// nil when off.
	cache *responseCache
	// abs and base split BaseURL into its scheme and host ("" when it has
	// none) and its path.
	abs, base string
}

// New returns a Server that answers from the index get returns at the time
// of each request; get may return nil while no index is loaded, in which case
// /readyz and the API answer 503 (search.Holder.Current is such a getter).
func New(get func() search.Searcher, cfg Config) *Server {
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
	if cfg.CacheBytes <= 0 {
		cfg.CacheBytes = DefaultCacheBytes
	}
	if cfg.CacheEntries > 0 {
		s.cache = newResponseCache(cfg.CacheEntries, cfg.CacheBytes)
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
	s.abs, s.base = SplitBaseURL(cfg.BaseURL)
	s.metrics = newMetrics(s.index, cfg.Reloads)
	s.router = s.routes()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.router.ServeHTTP(w, r)
}

// index returns the current index, or nil when none is loaded.
func (s *Server) index() search.Searcher {
	if s.get == nil {
		return nil
	}
	return s.get()
}
