// Package web renders confsearch for people: the search page at "/", the
// server-rendered passage, speaker and session pages, and the embeddable
// search box for partner sites (/widget.js, a <confsearch-box> custom
// element). Every file is embedded in the binary; there is no build step.
//
// A Site is the api.Pages of an api.Server: the server's one router serves
// the pages behind the same middleware as the API, runs the search page's
// search through the API's rate limit, time limit and cache, and renders
// errors with ErrorPage. The search page shows that search's results to a
// browser without JavaScript and hands the same JSON to its script, which
// then does not search again; the script updates the results as the reader
// types by calling the JSON API under /api/v1. The passage, speaker and
// session pages read without JavaScript; their scripts only add
// conveniences such as "copy citation". No page has an inline script or
// style, so the pages run under the Content-Security-Policy
// "default-src 'self'".
//
// Routes:
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
	"log/slog"
	"net/http"

	"github.com/osce-tools/confsearch/api"
)

// DefaultTitle is the site's name when Options.Title is empty.
const DefaultTitle = "Conference report search"

// Options configures a Site. The zero value is usable.
type Options struct {
	// Title names the site in page titles and headings; "" means
	// DefaultTitle.
	Title string
	// BaseURL is the site's root as the world sees it, with the meaning it
	// has in api.Config: "https://search.example.org" makes canonical links
	// absolute; a path such as "/confsearch" prefixes every link of the
	// pages (for a site behind a reverse proxy that strips that prefix).
	// "" serves the site at the host's root.
	BaseURL string
	// Logger receives the errors of rendering; nil discards them.
	Logger *slog.Logger
}

// New returns the pages of a site, to mount as api.Config.Pages.
func New(opts Options) *Site {
	s := &Site{opts: opts, log: opts.Logger}
	if s.opts.Title == "" {
		s.opts.Title = DefaultTitle
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.abs, s.base = api.SplitBaseURL(opts.BaseURL)
	s.assets = loadAssets()
	s.pages = parseTemplates(s.funcs())
	return s
}

// Site is the web pages; it implements api.Pages.
type Site struct {
	opts   Options
	log    *slog.Logger
	abs    string // scheme and host of BaseURL ("https://example.org"), or ""
	base   string // path prefix of every link ("" or "/confsearch")
	assets map[string]*asset
	pages  map[string]*pageTemplate
}

var _ api.Pages = (*Site)(nil)

// handlerFunc is a page handler; its error becomes an error page.
type handlerFunc = func(w http.ResponseWriter, r *http.Request, env api.Env) error

// Routes returns the page routes other than "/" (api.Pages).
func (s *Site) Routes() []api.Page {
	return []api.Page{
		{Path: "/p/{id}", Serve: s.headers(s.servePassage)},
		{Path: "/speakers", Serve: s.headers(s.serveSpeakers)},
		{Path: "/speakers/{id}", Serve: s.headers(s.serveSpeaker)},
		{Path: "/sessions", Serve: s.headers(s.serveSessions)},
		{Path: "/sessions/{label}", Serve: s.headers(s.serveSession)},
		{Path: "/embed", Serve: s.headers(s.serveEmbed)},
		{Path: "/widget.js", Serve: s.headers(s.serveWidget)},
		{Path: "/static/{name}", Serve: s.headers(s.serveStatic)},
	}
}

// contentSecurityPolicy of the pages: only our own scripts, styles, images
// and API; no inline script or style, no framing.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

// setHeaders sets the headers of every page response.
func setHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
}

// headers wraps a page handler to set the pages' headers.
func (s *Site) headers(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, env api.Env) error {
		setHeaders(w)
		return h(w, r, env)
	}
}

// ErrorPage renders an error page (api.Pages).
func (s *Site) ErrorPage(w http.ResponseWriter, r *http.Request, status int, message string) {
	setHeaders(w)
	title := http.StatusText(status)
	if title == "" {
		title = "Error"
	}
	data := struct{ Status, Message string }{title, message}
	if err := s.render(w, r, status, "error", title, data); err != nil {
		s.log.ErrorContext(r.Context(), "web error page", "path", r.URL.Path, "err", err)
		http.Error(w, message, status)
	}
}
