package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"
)

// recorder is a ResponseWriter that remembers the status and size written.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

// record returns w as a recorder, wrapping it unless it already is one.
func record(w http.ResponseWriter) *recorder {
	if rec, ok := w.(*recorder); ok {
		return rec
	}
	return &recorder{ResponseWriter: w}
}

func (rec *recorder) WriteHeader(status int) {
	if rec.status == 0 {
		rec.status = status
	}
	rec.ResponseWriter.WriteHeader(status)
}

func (rec *recorder) Write(b []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	n, err := rec.ResponseWriter.Write(b)
	rec.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// code returns the status written so far (200 when nothing was).
func (rec *recorder) code() int {
	if rec.status == 0 {
		return http.StatusOK
	}
	return rec.status
}

// maxLoggedQuery bounds the query string in the request log.
const maxLoggedQuery = 200

// logRequests logs one line per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := record(w)
		next.ServeHTTP(rec, r)
		query := r.URL.RawQuery
		if len(query) > maxLoggedQuery {
			query = query[:maxLoggedQuery] + "…"
		}
		level := slog.LevelInfo
		if rec.code() >= 500 {
			level = slog.LevelWarn
		}
		s.log.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.EscapedPath()),
			slog.String("query", query),
			slog.Int("status", rec.code()),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
			slog.String("remote", r.RemoteAddr),
		)
	})
}

// recoverPanics turns a panic into a logged 500. A panic is a bug: no input
// should cause one.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := record(w)
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.ErrorContext(r.Context(), "panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rec.status == 0 {
				s.serveError(rec, r, errors.New("panic"))
			}
		}()
		next.ServeHTTP(rec, r)
	})
}

// Security headers of every response. The Content-Security-Policy fits both
// JSON (which loads nothing) and the web page (which loads only its own
// scripts, styles and images); the web handler may set a stricter or looser
// one of its own.
var securityHeaders = map[string]string{
	"X-Content-Type-Options":     "nosniff",
	"Referrer-Policy":            "strict-origin-when-cross-origin",
	"Content-Security-Policy":    "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
	"X-Frame-Options":            "DENY",
	"Cross-Origin-Opener-Policy": "same-origin",
}

// securityHeaders sets securityHeaders on every response.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for k, v := range securityHeaders {
			h.Set(k, v)
		}
		next.ServeHTTP(w, r)
	})
}

// CORS response headers.
const (
	corsMethods = "GET, HEAD, OPTIONS"
	corsMaxAge  = "600"
	corsExpose  = "Content-Disposition, Retry-After"
)

// cors lets the allowed origins read the API from a browser and answers
// preflight requests. Requests from other origins are served, but without
// the headers that let a browser hand the response to the page.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		origin := r.Header.Get("Origin")
		if !s.anyOrigin {
			h.Add("Vary", "Origin")
		}
		allowed := origin != "" && (s.anyOrigin || s.origins[origin])
		if allowed {
			if s.anyOrigin {
				h.Set("Access-Control-Allow-Origin", "*")
			} else {
				h.Set("Access-Control-Allow-Origin", origin)
			}
			h.Set("Access-Control-Expose-Headers", corsExpose)
		}
		if r.Method != http.MethodOptions {
			next.ServeHTTP(w, r)
			return
		}
		// A preflight, or a plain OPTIONS: say what is allowed.
		h.Set("Allow", corsMethods)
		if allowed && r.Header.Get("Access-Control-Request-Method") != "" {
			if !s.anyOrigin {
				h.Add("Vary", "Access-Control-Request-Method")
				h.Add("Vary", "Access-Control-Request-Headers")
			}
			h.Set("Access-Control-Allow-Methods", corsMethods)
			if hdrs := r.Header.Get("Access-Control-Request-Headers"); hdrs != "" {
				h.Set("Access-Control-Allow-Headers", hdrs)
			}
			h.Set("Access-Control-Max-Age", corsMaxAge)
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// timeLimit bounds the work of an API request by Config.SearchTimeout; the
// handlers pass the request's context to the index.
func (s *Server) timeLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.SearchTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
