package api

import (
	"bytes"
	"context"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// redoclyCLI is the pinned version of Redocly's OpenAPI linter.
const redoclyCLI = "@redocly/cli@2.77.0"

// TestOpenAPILint runs Redocly's linter (its recommended rules) on
// openapi.json: no error. It skips without npx, or with -short (the first
// run downloads the linter from the npm registry).
func TestOpenAPILint(t *testing.T) {
	npx, err := exec.LookPath("npx")
	if err != nil {
		t.Skip("npx is missing (apt-get install npm); skipping the OpenAPI lint")
	}
	if testing.Short() {
		t.Skip("-short: skipping the OpenAPI lint")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	path, err := filepath.Abs("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, npx, "-y", redoclyCLI, "lint", "--format=summary", path)
	cmd.Dir = t.TempDir() // no redocly.yaml: the recommended rules
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("npx %s lint: %v\n%s", redoclyCLI, err, out)
	}
	if bytes.Contains(out, []byte("error ")) {
		t.Errorf("lint errors:\n%s", out)
	}
}

// TestMetricsPromtool checks /metrics with Prometheus' promtool after
// requests to the API and to the pages. It skips without promtool
// (apt-get install prometheus).
func TestMetricsPromtool(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Skip("promtool is missing (apt-get install prometheus); skipping")
	}
	slow := newFakeIndex()
	s := newServer(slow, Config{Pages: &fakePages{}, Reloads: func() (int64, int64) { return 3, 1 }, SearchTimeout: 20 * time.Millisecond})
	slow.wait = true
	serve(s, http.MethodGet, "/api/v1/suggest?q=eng")
	slow.wait = false
	for _, target := range []string{"/", "/?q=engine", "/?q=engine", "/p/conf-1-p1-1", "/widget.js", "/nope", "/api/v1/search?q=engine"} {
		serve(s, http.MethodGet, target)
	}
	w := serve(s, http.MethodGet, "/metrics")
	body := w.Body.String()
	for _, want := range []string{
		`confsearch_http_requests_total{code="200",route="/"} 3`,
		`confsearch_http_requests_total{code="200",route="/p/{id}"} 1`,
		`confsearch_http_requests_total{code="200",route="/widget.js"} 1`,
		`confsearch_http_requests_total{code="404",route="other"} 1`,
		`confsearch_search_cache_requests_total{result="hit"} 1`,
		`confsearch_search_cache_requests_total{result="miss"} 3`,
		`confsearch_search_timeouts_total 1`,
		`confsearch_index_reloads_total 3`,
		`confsearch_index_reload_failures_total 1`,
		`confsearch_build_info{`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = strings.NewReader(body)
	if out, err := cmd.CombinedOutput(); err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("promtool check metrics: %v\n%s", err, out)
	}
}
