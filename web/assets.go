package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/search"
)

// files are the templates and the static files, embedded in the binary.
//
//go:embed templates/*.html static/*
var files embed.FS

// asset is a static file with its precomputed gzip encoding and version.
type asset struct {
	name, contentType string
	body, gz          []byte // gz is nil when gzip does not make it smaller
	// version is a hash of body: the ETag and the ?v= of links to it.
	version string
}

// loadAssets reads and compresses every static file.
func loadAssets() map[string]*asset {
	entries, err := fs.ReadDir(files, "static")
	if err != nil {
		panic("web: embedded static files: " + err.Error())
	}
	out := make(map[string]*asset, len(entries))
	for _, e := range entries {
		body, err := fs.ReadFile(files, "static/"+e.Name())
		if err != nil {
			panic("web: embedded static files: " + err.Error())
		}
		sum := sha256.Sum256(body)
		a := &asset{
			name:        e.Name(),
			contentType: contentType(e.Name()),
			body:        body,
			version:     hex.EncodeToString(sum[:6]),
		}
		if gz := gzipBytes(body); len(gz) < len(body) {
			a.gz = gz
		}
		out[e.Name()] = a
	}
	return out
}

// contentType returns the media type of a static file by its extension.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// gzipBytes compresses b at the best compression.
func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// Cache lifetimes of static files.
const (
	// cacheVersioned is for a link that names the file's version: it
	// never changes.
	cacheVersioned = "public, max-age=31536000, immutable"
	// cacheShort is for unversioned links, such as partners' widget.js.
	cacheShort = "public, max-age=3600"
)

// serveStatic serves /static/{name}.
func (s *Site) serveStatic(w http.ResponseWriter, r *http.Request, _ api.Env) error {
	name := r.PathValue("name")
	a := s.assets[name]
	if a == nil || a.name == widgetFile {
		return fmt.Errorf("static file %q: %w", name, search.ErrNotFound)
	}
	cache := cacheShort
	if r.URL.Query().Get("v") == a.version {
		cache = cacheVersioned
	}
	s.writeAsset(w, r, a, cache)
	return nil
}

// widgetFile is the static file served at /widget.js.
const widgetFile = "widget.js"

// serveWidget serves /widget.js, which partner sites load from their own
// pages: any origin may load and read it.
func (s *Site) serveWidget(w http.ResponseWriter, r *http.Request, _ api.Env) error {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	s.writeAsset(w, r, s.assets[widgetFile], cacheShort)
	return nil
}

// writeAsset writes a, gzipped when the client accepts it, answering a
// matching If-None-Match with 304.
func (s *Site) writeAsset(w http.ResponseWriter, r *http.Request, a *asset, cache string) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", cache)
	h.Set("Vary", "Accept-Encoding")
	body, etag := a.body, `"`+a.version+`"`
	if a.gz != nil && acceptsGzip(r) {
		body, etag = a.gz, `"`+a.version+`-gz"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, etag) {
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// acceptsGzip reports whether r's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			return strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0"
		}
	}
	return false
}

// etagMatch reports whether an If-None-Match header lists etag.
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
