package api

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/osce-tools/confsearch/search"
)

// Pages are the HTML pages served beside the API by the same router,
// behind the same middleware. Package web implements it.
type Pages interface {
	// Routes returns the page routes other than the search page ("/").
	Routes() []Page
	// SearchPage renders the search page with the search its address asks
	// for (see SearchPage); it writes sp.Status.
	SearchPage(w http.ResponseWriter, r *http.Request, env Env, sp SearchPage) error
	// ErrorPage renders an error page with status and a sentence for
	// people.
	ErrorPage(w http.ResponseWriter, r *http.Request, status int, message string)
}

// Env is what the server hands a page: the index and the site's URL.
type Env struct {
	// Index is the current index, nil while none is loaded.
	Index search.Searcher
	// Site is the public root URL of the site, absolute, without a final
	// slash (Server.SiteURL): permalinks and citations start with it.
	Site string
}

// Page is a page route.
type Page struct {
	// Path is a gorilla/mux path template, like "/p/{id}"; the handler
	// reads its variables, unescaped, with r.PathValue.
	Path string
	// Serve writes the page, or returns an error for the error page
	// (ErrNoIndex when it needs the index and env.Index is nil).
	Serve func(w http.ResponseWriter, r *http.Request, env Env) error
}

// SearchPageSize is the number of hits on a page of the search page when
// its address does not say (the page's script asks for as many).
const SearchPageSize = 20

// SearchPage is the search of a search page view: the server runs it once,
// through the API's cache, and the page shows its hits to a browser without
// JavaScript and hands JSON to its script, which then does not search again.
type SearchPage struct {
	Request search.Request
	// Searched is false when no index is loaded or the request is invalid.
	Searched bool
	// Response is the API's answer to Request (when Searched).
	Response *SearchResponse
	// JSON is the body /api/v1/search answers for the same request: the
	// encoded Response, or the error.
	JSON []byte
	// Status is the page's HTTP status: 200, or the error's.
	Status int
	// Error is what the reader must know when the search failed: the
	// query to fix, or the service's state.
	Error string
}

// serveSearchPage serves "/": the page, with the search of its address.
func (s *Server) serveSearchPage(w http.ResponseWriter, r *http.Request) error {
	sp := SearchPage{Status: http.StatusOK}
	idx := s.index()
	v, err := parseQuery(r)
	if err == nil {
		if !v.Has("size") {
			v.Set("size", strconv.Itoa(SearchPageSize))
		}
		sp.Request, err = search.ParseRequest(v)
	}
	if err == nil && idx == nil {
		err = errNoIndex
	}
	if err == nil {
		var out *searchOutcome
		if out, err = s.search(r, idx, sp.Request); err == nil {
			sp.Searched, sp.Response, sp.JSON = true, &out.resp, out.body
		}
	}
	if err != nil {
		status, code, msg := s.errorStatus(r, err)
		sp.Error = msg
		for _, e := range []error{search.ErrBadQuery, search.ErrBadRequest} {
			sp.Error = strings.TrimPrefix(sp.Error, e.Error()+": ")
		}
		sp.JSON, _ = encodeJSON(errorBody{Error{Code: code, Message: msg}})
		// The page itself is fine while the index loads: it says so.
		if !errors.Is(err, errNoIndex) {
			sp.Status = status
		}
	}
	return s.cfg.Pages.SearchPage(w, r, Env{idx, s.SiteURL(r)}, sp)
}

// pageHandler adapts a page route: path variables become r.PathValue, and
// errors become error pages.
func (s *Server) pageHandler(p Page) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := setPathValues(r); err != nil {
			s.serveError(w, r, err)
			return
		}
		if err := p.Serve(w, r, Env{s.index(), s.SiteURL(r)}); err != nil {
			s.serveError(w, r, err)
		}
	})
}

// setPathValues copies r's route variables, unescaped, to r.PathValue.
func setPathValues(r *http.Request) error {
	for name := range routeVars(r) {
		v, err := pathVar(r, name)
		if err != nil {
			return err
		}
		r.SetPathValue(name, v)
	}
	return nil
}

// SplitBaseURL splits a BaseURL into its scheme and host ("" when it has
// none) and its path, both without a final slash.
func SplitBaseURL(baseURL string) (abs, path string) {
	baseURL = strings.TrimRight(strings.TrimSpace(baseURL), "/")
	if u, err := url.Parse(baseURL); err == nil && u.Scheme != "" && u.Host != "" {
		return u.Scheme + "://" + u.Host, strings.TrimRight(u.EscapedPath(), "/")
	}
	if baseURL != "" && !strings.HasPrefix(baseURL, "/") {
		baseURL = "/" + baseURL
	}
	return "", baseURL
}

// SiteURL returns the public root URL of the site for r, without a final
// slash: Config.BaseURL when it has a scheme and host, else the request's
// scheme and host followed by BaseURL's path. The host is the request's Host
// header, or with Config.TrustProxy a valid X-Forwarded-Host (and
// X-Forwarded-Proto "http" or "https").
func (s *Server) SiteURL(r *http.Request) string {
	if s.abs != "" {
		return s.abs + s.base
	}
	scheme, host := "http", r.Host
	if r.TLS != nil {
		scheme = "https"
	}
	if s.cfg.TrustProxy {
		if h := lastValue(r.Header.Values("X-Forwarded-Host")); validHost(h) {
			host = h
		}
		if p := strings.ToLower(lastValue(r.Header.Values("X-Forwarded-Proto"))); p == "http" || p == "https" {
			scheme = p
		}
	}
	if !validHost(host) {
		host = "localhost"
	}
	return scheme + "://" + host + s.base
}

// lastValue returns the last comma-separated value of a header's values.
func lastValue(vals []string) string {
	if len(vals) == 0 {
		return ""
	}
	last := vals[len(vals)-1]
	if i := strings.LastIndexByte(last, ','); i >= 0 {
		last = last[i+1:]
	}
	return strings.TrimSpace(last)
}

// validHost reports whether h is a plausible host[:port]: letters, digits,
// '.', '-', ':' and IPv6 brackets, at most 255 bytes.
func validHost(h string) bool {
	if h == "" || len(h) > 255 {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == ':' || c == '[' || c == ']') {
			return false
		}
	}
	return true
}
