package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gorilla/mux"
)

// openAPIDoc is the part of an OpenAPI 3.0 document the tests check.
type openAPIDoc struct {
	OpenAPI string                                 `json:"openapi"`
	Paths   map[string]map[string]openAPIOperation `json:"paths"`
}

type openAPIOperation struct {
	Parameters []openAPIParam `json:"parameters"`
	Responses  map[string]any `json:"responses"`
}

type openAPIParam struct {
	Name     string        `json:"name"`
	In       string        `json:"in"`
	Required bool          `json:"required"`
	Example  any           `json:"example"`
	Schema   openAPISchema `json:"schema"`
}

type openAPISchema struct {
	Type      string   `json:"type"`
	Enum      []string `json:"enum"`
	Maximum   *int     `json:"maximum"`
	MaxLength *int     `json:"maxLength"`
	Items     *openAPISchema
}

func loadOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0.") {
		t.Fatalf("openapi = %q, want 3.0.x", doc.OpenAPI)
	}
	return doc
}

// routeTemplates returns the path templates of s's routes with their methods.
func routeTemplates(t *testing.T, s *Server) map[string][]string {
	t.Helper()
	routes := map[string][]string{}
	err := s.router.Walk(func(route *mux.Route, _ *mux.Router, _ []*mux.Route) error {
		tpl, err := route.GetPathTemplate()
		if err != nil {
			return err
		}
		methods, err := route.GetMethods()
		if err != nil {
			return fmt.Errorf("%s: %w", tpl, err)
		}
		routes[tpl] = methods
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return routes
}

var templateVar = regexp.MustCompile(`\{([^}]+)\}`)

func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	routes := routeTemplates(t, newServer(newFakeIndex(), Config{}))

	var routePaths, docPaths []string
	for p := range routes {
		routePaths = append(routePaths, p)
	}
	for p := range doc.Paths {
		docPaths = append(docPaths, p)
	}
	slices.Sort(routePaths)
	slices.Sort(docPaths)
	if diff := cmp.Diff(routePaths, docPaths); diff != "" {
		t.Fatalf("routes (-) and documented paths (+) differ:\n%s", diff)
	}
	for path, methods := range routes {
		ops := doc.Paths[path]
		if len(ops) != 1 || !slices.Contains(methods, http.MethodGet) {
			t.Errorf("%s: route methods %v, documented operations %v; want GET only", path, methods, ops)
			continue
		}
		op := ops["get"]
		if _, ok := op.Responses["200"]; !ok {
			t.Errorf("%s: no 200 response documented", path)
		}
		var wantVars, gotVars []string
		for _, m := range templateVar.FindAllStringSubmatch(path, -1) {
			wantVars = append(wantVars, m[1])
		}
		for _, p := range op.Parameters {
			if p.In == "path" {
				gotVars = append(gotVars, p.Name)
				if !p.Required {
					t.Errorf("%s: path parameter %s not required", path, p.Name)
				}
			}
		}
		if diff := cmp.Diff(wantVars, gotVars); diff != "" {
			t.Errorf("%s: path variables (-route +documented):\n%s", path, diff)
		}
	}
}

// TestOpenAPIParameters sends each documented query parameter and checks that
// the server reads it: a valid example is accepted and changes the search
// request, and a value breaking a documented limit is refused.
func TestOpenAPIParameters(t *testing.T) {
	doc := loadOpenAPI(t)
	for path, ops := range doc.Paths {
		op := ops["get"]
		base := path
		var required url.Values = url.Values{}
		for _, p := range op.Parameters {
			switch {
			case p.In == "path":
				base = strings.ReplaceAll(base, "{"+p.Name+"}", url.PathEscape(fmt.Sprint(p.Example)))
			case p.Required:
				required.Set(p.Name, fmt.Sprint(p.Example))
			}
		}
		for _, p := range op.Parameters {
			if p.In != "query" {
				continue
			}
			t.Run(path+"?"+p.Name, func(t *testing.T) {
				if p.Example == nil {
					t.Fatalf("no example")
				}
				f := newFakeIndex()
				s := newServer(f, Config{})
				get := func(v url.Values) int {
					all := url.Values{}
					for k, vs := range required {
						all[k] = vs
					}
					for k, vs := range v {
						all[k] = vs
					}
					return serve(s, http.MethodGet, base+"?"+all.Encode()).Code
				}
				if code := get(nil); code != http.StatusOK {
					t.Fatalf("baseline: status %d", code)
				}
				baseline, _ := f.lastRequest()

				v := url.Values{}
				switch ex := p.Example.(type) {
				case []any:
					for _, e := range ex {
						v.Add(p.Name, fmt.Sprint(e))
					}
				default:
					v.Set(p.Name, fmt.Sprint(ex))
				}
				if code := get(v); code != http.StatusOK {
					t.Errorf("example %v: status %d", v, code)
				}
				if got, _ := f.lastRequest(); strings.HasPrefix(path, "/api/v1/search") && p.Name != "format" && cmp.Equal(got, baseline) {
					t.Errorf("example %v did not change the search request %+v", v, got)
				}

				bad := ""
				switch sc := p.Schema; {
				case sc.Maximum != nil:
					bad = fmt.Sprint(*sc.Maximum + 1)
				case sc.MaxLength != nil:
					bad = strings.Repeat("a", *sc.MaxLength+1)
				case len(sc.Enum) > 0:
					bad = "no-such-value"
				case sc.Items != nil && len(sc.Items.Enum) > 0:
					// Filters take any value; an unknown one matches nothing.
				}
				if bad != "" {
					if code := get(url.Values{p.Name: {bad}}); code != http.StatusBadRequest {
						t.Errorf("%s=%.20s… breaks the documented schema: status %d, want 400", p.Name, bad, code)
					}
				}
			})
		}
	}
}

// TestOpenAPIRefs checks that every $ref of the document resolves.
func TestOpenAPIRefs(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				name, ok := strings.CutPrefix(ref, "#/components/schemas/")
				if _, found := schemas[name]; !ok || !found {
					t.Errorf("unresolved $ref %q", ref)
				}
			}
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(doc)
}
