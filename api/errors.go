package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/search"
)

// Error is the body of every error response: {"error": Error}.
type Error struct {
	// Code is a short machine-readable string: "bad_request", "bad_query",
	// "not_found", "method_not_allowed", "rate_limited", "timeout",
	// "not_ready", "unhealthy" or "internal".
	Code string `json:"code"`
	// Message says what went wrong, for people.
	Message string `json:"message"`
}

// Errors of the api package; search's sentinels are in statusTable too.
var (
	errNoRoute     = errors.New("no such API endpoint")
	errNoPage      = errors.New("page not found")
	errMethod      = errors.New("method not allowed")
	errRateLimited = errors.New("too many requests, slow down")
	errNoIndex     = errors.New("no index is loaded")
	errUnhealthy   = errors.New("unhealthy")
)

// ErrNoIndex is returned by a page that needs the index while none is
// loaded (503).
var ErrNoIndex = errNoIndex

// statusTable maps errors to a status, a code and the sentence an error
// page shows; the first entry the error matches (errors.Is) wins, and an
// error matching none is a 500. It is the only place statuses are chosen
// for errors: serveError renders the entry as JSON for the API and as an
// HTML page for the pages.
var statusTable = []struct {
	err    error
	status int
	code   string
	// message replaces the error's text in a JSON response when set.
	message string
	// page is the error page's sentence; "" shows the JSON message.
	page string
}{
	{search.ErrBadRequest, http.StatusBadRequest, "bad_request", "", ""},
	{search.ErrBadQuery, http.StatusBadRequest, "bad_query", "", ""},
	{search.ErrNotFound, http.StatusNotFound, "not_found", "", pageGone},
	{errNoRoute, http.StatusNotFound, "not_found", "", pageGone},
	{errNoPage, http.StatusNotFound, "not_found", "", pageGone},
	{errMethod, http.StatusMethodNotAllowed, "method_not_allowed", "", "This page can only be read."},
	{errRateLimited, http.StatusTooManyRequests, "rate_limited", "", "Too many searches in a short time. Please wait a moment and try again."},
	{context.DeadlineExceeded, http.StatusServiceUnavailable, "timeout", "search took too long", "The search took too long. Please try again, or use fewer words."},
	{errNoIndex, http.StatusServiceUnavailable, "not_ready", "", pageLoading},
	// An index closed by a reload under a very slow request.
	{search.ErrClosed, http.StatusServiceUnavailable, "not_ready", "the index was replaced; retry", pageLoading},
	{errUnhealthy, http.StatusServiceUnavailable, "unhealthy", "", ""},
	// The client went away; nobody reads this status (nginx's 499).
	{context.Canceled, 499, "canceled", "request canceled", ""},
}

// Sentences of error pages shared by several errors.
const (
	pageGone    = "There is no such page. It may have moved when the index was rebuilt."
	pageLoading = "The search index is being loaded. Please try again in a moment."
	pageBroken  = "Something went wrong on our side. Please try again later."
)

// toStatus returns the status, code, public message and error page
// sentence for err.
func toStatus(err error) (status int, code, message, page string) {
	for _, e := range statusTable {
		if errors.Is(err, e.err) {
			msg := e.message
			if msg == "" {
				msg = publicMessage(err)
			}
			page := e.page
			if page == "" {
				page = msg
			}
			return e.status, e.code, msg, page
		}
	}
	return http.StatusInternalServerError, "internal", "internal server error", pageBroken
}

// maxMessage bounds an error message, which may quote client input.
const maxMessage = 300

// publicMessage returns err's text, valid UTF-8, at most maxMessage bytes.
func publicMessage(err error) string {
	msg := strings.ToValidUTF8(err.Error(), "\uFFFD")
	if len(msg) > maxMessage {
		cut := maxMessage
		for cut > 0 && !utf8.RuneStart(msg[cut]) {
			cut--
		}
		msg = msg[:cut] + "…"
	}
	return msg
}

// badParam returns an error for a request parameter the client must fix.
func badParam(format string, args ...any) error {
	return fmt.Errorf("%w: %s", search.ErrBadRequest, fmt.Sprintf(format, args...))
}

// handlerFunc is an API handler: it writes a response or returns an error,
// which handle turns into a JSON error response.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts h to http.Handler.
func (s *Server) handle(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.serveError(w, r, err)
		}
	})
}

// errorBody is the JSON body of an error response.
type errorBody struct {
	Error Error `json:"error"`
}

// errorStatus returns the status, code and public message of err for r,
// logging server errors. A search error that is not the context's own
// still means the time limit was hit when the context expired.
func (s *Server) errorStatus(r *http.Request, err error) (status int, code, msg string) {
	status, code, msg, _ = s.classify(r, err)
	return status, code, msg
}

func (s *Server) classify(r *http.Request, err error) (status int, code, msg, page string) {
	if ctxErr := r.Context().Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
		err = fmt.Errorf("%w (%w)", ctxErr, err)
	}
	status, code, msg, page = toStatus(err)
	switch {
	case status == http.StatusInternalServerError:
		s.log.ErrorContext(r.Context(), "server error", "path", r.URL.Path, "err", err)
	case status >= 500:
		s.log.WarnContext(r.Context(), "unavailable", "path", r.URL.Path, "err", err)
	}
	if code == "timeout" {
		s.metrics.timeouts.Inc()
	}
	return status, code, msg, page
}

// serveError writes err as an error response: an HTML page for a page's
// path when there are pages, else JSON.
func (s *Server) serveError(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg, page := s.classify(r, err)
	if status == http.StatusMethodNotAllowed {
		allow := "GET, HEAD"
		if isAPIPath(r.URL.Path) {
			allow = corsMethods // the API answers preflights too
		}
		w.Header().Set("Allow", allow)
	}
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", "5")
	}
	if s.cfg.Pages != nil && isPagePath(r.URL.Path) {
		s.cfg.Pages.ErrorPage(w, r, status, page)
		return
	}
	writeJSON(w, status, errorBody{Error{Code: code, Message: msg}})
}

// methodNotAllowed is the handler of a known path with a wrong method.
func methodNotAllowed(http.ResponseWriter, *http.Request) error { return errMethod }

// writeJSON encodes v into a buffer, then writes headers and body, so that an
// encoding error leaves nothing written and can still become an error
// response.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	body, err := encodeJSON(v)
	if err != nil {
		return err
	}
	writeBody(w, status, "application/json; charset=utf-8", body)
	return nil
}

// encodeJSON encodes v as the API writes it.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return nil, fmt.Errorf("encode response: %w", err)
	}
	return buf.Bytes(), nil
}

// writeBody writes a complete response.
func writeBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}
