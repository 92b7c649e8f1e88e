package api

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/mux"
)

// routes returns the router with every route of the server. It is the only
// place routes are declared; openapi_test.go checks the OpenAPI document
// against it.
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
	r.NotFoundHandler = chain(http.HandlerFunc(s.fallback), global...)
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
	return r
}

// fallback serves requests no route matched: the web handler gets everything
// outside the API, the rest is a JSON 404.
func (s *Server) fallback(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Web != nil && !isAPIPath(r.URL.Path) {
		s.cfg.Web.ServeHTTP(w, r)
		return
	}
	s.serveError(w, r, errNoRoute)
}

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
