// Package web serves confsearch to people: the search page at "/", the
// server-rendered passage, speaker and session pages, and the embeddable
// search box for partner sites (/widget.js, a <confsearch-box> custom
// element). Every file is embedded in the binary; there is no build step.
//
// The search page and the widget are static HTML, CSS and JavaScript that
// call the JSON API under /api/v1 (package api). The passage, speaker and
// session pages are rendered on the server with html/template, so they read
// without JavaScript; their scripts only add conveniences such as "copy
// citation". No page has an inline script or style, so the pages run under
// the Content-Security-Policy "default-src 'self'".
//
// Routes of Handler:
//
//	GET /                    search page (state in the query string)
//	GET /p/{id}              a passage in context
//	GET /speakers            every speaker
//	GET /speakers/{id}       a speaker and their passages, by session
//	GET /sessions            every session
//	GET /sessions/{label}    a session and its passages
//	GET /embed               how to put the search box on another site
//	GET /widget.js           the embeddable search box
//	GET /static/{name}       stylesheets, scripts and images
package web

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/osce-tools/confsearch/search"
)

// Source is what the pages read from the index. *search.Index implements
// it; tests use a fake.
type Source interface {
	// Passage returns a passage and the ids of its neighbours in document
	// order ("" at either end); errors wrap search.ErrNotFound.
	Passage(id string) (p search.Passage, prev, next string, err error)
	// Speaker returns a speaker and their passages in document order;
	// errors wrap search.ErrNotFound.
	Speaker(id string) (search.SpeakerSummary, []search.Passage, error)
	// Speakers returns every speaker in programme order.
	Speakers() []search.SpeakerSummary
	// Session returns a session, by label, and its passages in document
	// order; errors wrap search.ErrNotFound.
	Session(label string) (search.SessionSummary, []search.Passage, error)
	// Sessions returns every session in programme order.
	Sessions() []search.SessionSummary
	// Documents returns the indexed documents.
	Documents() []search.Document
	// Search runs a search; errors wrap search.ErrBadQuery for a query
	// the user must fix.
	Search(ctx context.Context, r search.Request) (*search.Result, error)
}

// DefaultTitle is the site's name when Options.Title is empty.
const DefaultTitle = "Conference report search"

// Options configures Handler. The zero value is usable.
type Options struct {
	// Title names the site in page titles and headings; "" means
	// DefaultTitle.
	Title string
	// BaseURL is the site's root as the world sees it, with the meaning it
	// has in api.Config: "https://search.example.org" makes canonical links
	// and the widget snippet absolute; a path such as "/confsearch"
	// prefixes every link of the pages (for a site behind a reverse proxy
	// that strips that prefix). "" serves the site at the host's root.
	BaseURL string
	// Logger receives the errors behind 500 pages; nil discards them.
	Logger *slog.Logger
	// SearchTimeout bounds the search a page runs for a browser without
	// JavaScript; 0 means DefaultSearchTimeout.
	SearchTimeout time.Duration
}

// DefaultSearchTimeout is the time limit of a page's search when
// Options.SearchTimeout is 0.
const DefaultSearchTimeout = 10 * time.Second

// Handler returns the handler of the web pages. It calls get once per
// request, so a hot-swapped index is seen by the next request; get may
// return nil (or a nil *search.Index) while no index is loaded, and the
// data pages then answer 503. Paths Handler does not know get an HTML 404
// page.
//
// Handler is meant to be mounted as api.Config.Web, behind the API's
// middleware (logging, recovery, security headers); it sets its own
// Content-Security-Policy as well, so it is safe to serve alone.
func Handler(get func() Source, opts Options) http.Handler {
	s := &server{get: get, opts: opts, log: opts.Logger}
	if s.opts.Title == "" {
		s.opts.Title = DefaultTitle
	}
	if s.opts.SearchTimeout <= 0 {
		s.opts.SearchTimeout = DefaultSearchTimeout
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.abs, s.base = splitBase(opts.BaseURL)
	s.assets = loadAssets()
	s.pages = parseTemplates(s.funcs())
	s.mux = s.routes()
	return s
}

// server is the Handler.
type server struct {
	get    func() Source
	opts   Options
	log    *slog.Logger
	abs    string // scheme and host of BaseURL ("https://example.org"), or ""
	base   string // path prefix of every link ("" or "/confsearch")
	assets map[string]*asset
	pages  map[string]*pageTemplate
	mux    *http.ServeMux
}

// splitBase splits a BaseURL into its scheme and host and its path, both
// without a final slash.
func splitBase(baseURL string) (abs, path string) {
	baseURL = strings.TrimRight(strings.TrimSpace(baseURL), "/")
	if u, err := url.Parse(baseURL); err == nil && u.Scheme != "" && u.Host != "" {
		return u.Scheme + "://" + u.Host, strings.TrimRight(u.EscapedPath(), "/")
	}
	if baseURL != "" && !strings.HasPrefix(baseURL, "/") {
		baseURL = "/" + baseURL
	}
	return "", baseURL
}

// routes declares every route of the handler.
func (s *server) routes() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handle(s.serveSearch))
	m.HandleFunc("GET /p/{id}", s.handle(s.servePassage))
	m.HandleFunc("GET /speakers", s.handle(s.serveSpeakers))
	m.HandleFunc("GET /speakers/{id}", s.handle(s.serveSpeaker))
	m.HandleFunc("GET /sessions", s.handle(s.serveSessions))
	m.HandleFunc("GET /sessions/{label}", s.handle(s.serveSession))
	m.HandleFunc("GET /embed", s.handle(s.serveEmbed))
	m.HandleFunc("GET /widget.js", s.serveWidget)
	m.HandleFunc("GET /static/{name}", s.serveStatic)
	m.HandleFunc("/", s.handle(func(w http.ResponseWriter, r *http.Request) error {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			return errMethod
		}
		return errNoPage
	}))
	return m
}

// contentSecurityPolicy of the pages: only our own scripts, styles, images
// and API; no inline script or style, no framing.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

// ServeHTTP implements http.Handler.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	s.mux.ServeHTTP(w, r)
}

// source returns the current index, or nil when none is loaded. It sees
// through an interface holding a nil pointer, which is what a getter
// returning a *search.Index that is nil produces.
func (s *server) source() Source {
	if s.get == nil {
		return nil
	}
	src := s.get()
	if src == nil {
		return nil
	}
	if v := reflect.ValueOf(src); v.Kind() == reflect.Pointer && v.IsNil() {
		return nil
	}
	return src
}

// Errors of the web package; errorStatus maps them (and search's) to
// statuses.
var (
	errNoPage  = errors.New("page not found")
	errMethod  = errors.New("method not allowed")
	errNoIndex = errors.New("the search index is not loaded yet")
)

// errorStatus returns the status of a handler's error and the sentence the
// error page shows.
func errorStatus(err error) (int, string) {
	switch {
	case errors.Is(err, errNoPage), errors.Is(err, search.ErrNotFound):
		return http.StatusNotFound, "There is no such page. It may have moved when the index was rebuilt."
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed, "This page can only be read."
	case errors.Is(err, errNoIndex), errors.Is(err, search.ErrClosed):
		return http.StatusServiceUnavailable, "The search index is being loaded. Please try again in a moment."
	}
	return http.StatusInternalServerError, "Something went wrong on our side. Please try again later."
}
