package api

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/mux"
)

// routes returns the router with every route of the server, the API's and
// the pages'. It is the only place routes are declared; openapi_test.go
// checks the OpenAPI document against it. Every route that searches (the
// API and the search page) runs behind the rate limit and the time limit.
func (s *Server) routes() *mux.Router {
	r := mux.NewRouter()
	// Match on the escaped path so that a session label may contain an
	// escaped slash; vars are unescaped by pathVar.
	r.UseEncodedPath()

	// Outermost first: the log and the metrics see the status the recovery
	// writes after a panic.
	global := []mux.MiddlewareFunc{s.logRequests, s.metrics.measure, s.securityHeaders, s.recoverPanics}
	r.Use(global...)
	// mux runs no middleware for these two, so they get the chain here.
	r.NotFoundHandler = chain(s.handle(s.notFound), global...)
	r.MethodNotAllowedHandler = chain(s.handle(methodNotAllowed), global...)

	r.Handle("/healthz", s.handle(s.serveHealth)).Methods(http.MethodGet, http.MethodHead)
	r.Handle("/readyz", s.handle(s.serveReady)).Methods(http.MethodGet, http.MethodHead)
	r.Handle("/metrics", s.metrics.handler()).Methods(http.MethodGet, http.MethodHead)

	// No subrouter for /api/v1: mux loses a method mismatch (405) when the
	// routes after the one that matched the path share a prefix matcher.
	api := []mux.MiddlewareFunc{s.cors, s.rateLimit, s.timeLimit}
	get := func(path string, h handlerFunc) {
		r.Handle("/api/v1"+path, chain(s.handle(h), api...)).
			Methods(http.MethodGet, http.MethodHead, http.MethodOptions)
	}
	get("/search", s.serveSearch)
	get("/search.atom", s.serveSearchAtom)
	get("/passages/{id}", s.servePassage)
	get("/speakers", s.serveSpeakers)
	get("/speakers/{id}", s.serveSpeaker)
	get("/sessions", s.serveSessions)
	get("/sessions/{label}", s.serveSession)
	get("/topics", s.serveTopics)
	get("/documents", s.serveDocuments)
	get("/suggest", s.serveSuggest)
	get("/verify", s.serveVerify)
	get("/openapi.json", s.serveOpenAPI)

	if s.cfg.Pages != nil {
		searching := []mux.MiddlewareFunc{s.rateLimit, s.timeLimit}
		r.Handle("/", chain(s.handle(s.serveSearchPage), searching...)).Methods(http.MethodGet, http.MethodHead)
		for _, p := range s.cfg.Pages.Routes() {
			r.Handle(p.Path, s.pageHandler(p)).Methods(http.MethodGet, http.MethodHead)
		}
	}
	return r
}

// notFound answers requests no route matched: an error page for a page's
// path, else a JSON 404.
func (s *Server) notFound(_ http.ResponseWriter, r *http.Request) error {
	if s.cfg.Pages != nil && isPagePath(r.URL.Path) {
		return errNoPage
	}
	return errNoRoute
}

// isPagePath reports whether path is outside the API's namespace and the
// operators' endpoints: a page's.
func isPagePath(path string) bool {
	switch path {
	case "/healthz", "/readyz", "/metrics":
		return false
	}
	return !isAPIPath(path)
}

// routeVars returns the (escaped) variables of r's route.
func routeVars(r *http.Request) map[string]string { return mux.Vars(r) }

// isAPIPath reports whether path belongs to the API's namespace.
func isAPIPath(path string) bool {
	return path == "/api" || strings.HasPrefix(path, "/api/")
}

// chain wraps h in middleware, the first outermost (as Router.Use does).
func chain(h http.Handler, mw ...mux.MiddlewareFunc) http.Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return h
}

// pathVar returns the unescaped path variable name of r's route.
func pathVar(r *http.Request, name string) (string, error) {
	v, err := url.PathUnescape(mux.Vars(r)[name])
	if err != nil {
		return "", badParam("%s: invalid escape", name)
	}
	return v, nil
}

// routeName returns r's route template, like "/api/v1/passages/{id}", or
// "" when no route matched (the web handler, 404s and 405s).
func routeName(r *http.Request) string {
	if rt := mux.CurrentRoute(r); rt != nil {
		if t, err := rt.GetPathTemplate(); err == nil {
			return t
		}
	}
	return ""
}
