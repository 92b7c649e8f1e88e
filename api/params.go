package api

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/search"
)

// Limits on parameters, beyond search's own.
const (
	defaultSize     = 10
	maxFilterValues = 50  // values of one facet filter
	maxValueLen     = 300 // bytes of a filter value or a session label
	maxIDLen        = 200 // bytes of a passage or speaker id
)

// Formats of a search response.
const (
	formatJSON = "json"
	formatCSV  = "csv"
)

// filterParams are the query parameters that filter a search, by facet;
// each may be repeated (OR within the facet).
var filterParams = []string{search.FacetSpeaker, search.FacetSession, search.FacetTopic, search.FacetKind, search.FacetDoc}

// searchParams are the validated parameters of /search and /search.atom.
type searchParams struct {
	search.Request
	Format string // formatJSON or formatCSV
}

// parseQuery parses r's query string strictly: a malformed escape is an
// error, as is any value that is not UTF-8 or holds control characters.
func parseQuery(r *http.Request) (url.Values, error) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badParam("malformed query string")
	}
	for name, vals := range v {
		for _, s := range vals {
			if !utf8.ValidString(s) {
				return nil, badParam("%s: not valid UTF-8", safeName(name))
			}
			if strings.ContainsFunc(s, isControl) {
				return nil, badParam("%s: control characters are not allowed", safeName(name))
			}
		}
	}
	return v, nil
}

// isControl reports whether c is a control character other than tab and
// newline, which are fine in a pasted quote.
func isControl(c rune) bool { return unicode.IsControl(c) && c != '\t' && c != '\n' && c != '\r' }

// safeName makes a parameter name fit for an error message: quoted unless
// it is a plain word, and cut short.
func safeName(name string) string {
	if len(name) > 40 {
		name = name[:40] + "…"
	}
	plainWord := name != "" && !strings.ContainsFunc(name, func(c rune) bool {
		return !('a' <= c && c <= 'z' || c == '_')
	})
	if plainWord {
		return name
	}
	return strconv.Quote(strings.ToValidUTF8(name, "\uFFFD"))
}

// parseSearchParams reads and validates the parameters of a search.
func parseSearchParams(r *http.Request) (searchParams, error) {
	v, err := parseQuery(r)
	if err != nil {
		return searchParams{}, err
	}
	p := searchParams{Format: formatJSON}
	p.Query = strings.TrimSpace(v.Get("q"))
	if len(p.Query) > search.MaxQueryLen {
		return p, badParam("q: the query is %d bytes long, more than the %d allowed", len(p.Query), search.MaxQueryLen)
	}
	for _, f := range filterParams {
		vals, err := filterValues(f, v[f])
		if err != nil {
			return p, err
		}
		if len(vals) > 0 {
			if p.Filters == nil {
				p.Filters = map[string][]string{}
			}
			p.Filters[f] = vals
		}
	}
	if p.Size, err = intParam(v, "size", defaultSize, 0, search.MaxSize); err != nil {
		return p, err
	}
	if p.Size == 0 {
		p.Size = defaultSize
	}
	if p.Page, err = intParam(v, "page", 1, 1, search.MaxOffset); err != nil {
		return p, err
	}
	if p.Page*p.Size > search.MaxOffset {
		return p, badParam("page: results beyond the first %d cannot be paged to; refine the query", search.MaxOffset)
	}
	if p.FacetSize, err = intParam(v, "facet_size", search.DefaultFacetSize, 1, search.MaxFacetSize); err != nil {
		return p, err
	}
	switch p.Sort = v.Get("sort"); p.Sort {
	case "", search.SortRelevance, search.SortDocument:
	default:
		return p, badParam("sort: must be %q or %q", search.SortRelevance, search.SortDocument)
	}
	switch v.Get("prefix") { // the page sends prefix=1 while the last word is being typed
	case "", "0", "false":
	case "1", "true":
		p.Prefix = true
	default:
		return p, badParam("prefix: must be 1 or 0")
	}
	switch f := v.Get("format"); f {
	case "", formatJSON:
	case formatCSV:
		p.Format = formatCSV
	default:
		return p, badParam("format: must be %q or %q", formatJSON, formatCSV)
	}
	return p, nil
}

// filterValues validates the values of the filter param, dropping empty ones
// and duplicates.
func filterValues(param string, vals []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, s := range vals {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			continue
		}
		if len(s) > maxValueLen {
			return nil, badParam("%s: a value is longer than %d bytes", param, maxValueLen)
		}
		seen[s] = true
		out = append(out, s)
	}
	if len(out) > maxFilterValues {
		return nil, badParam("%s: more than %d values", param, maxFilterValues)
	}
	return out, nil
}

// intParam parses the integer parameter name, def when absent or empty,
// which must be within [lo, hi].
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, badParam("%s: must be an integer between %d and %d", name, lo, hi)
	}
	if n < lo || n > hi {
		return 0, badParam("%s: must be between %d and %d", name, lo, hi)
	}
	return n, nil
}

// textParam returns the trimmed parameter name, at most maxLen bytes.
func textParam(v url.Values, name string, maxLen int) (string, error) {
	s := strings.TrimSpace(v.Get(name))
	if len(s) > maxLen {
		return "", badParam("%s: longer than %d bytes", name, maxLen)
	}
	return s, nil
}

// idVar returns the path variable name of r, validated as an id: 1 to
// maxIDLen bytes of ASCII letters, digits, '.', '_' and '-'.
func idVar(r *http.Request, name string) (string, error) {
	id, err := pathVar(r, name)
	if err != nil {
		return "", err
	}
	if id == "" || len(id) > maxIDLen {
		return "", badParam("%s: must be 1 to %d characters", name, maxIDLen)
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return "", badParam("%s: only letters, digits, '.', '_' and '-' are allowed", name)
		}
	}
	return id, nil
}

// labelVar returns the path variable name of r, validated as a session
// label: non-empty UTF-8 text without control characters.
func labelVar(r *http.Request, name string) (string, error) {
	label, err := pathVar(r, name)
	if err != nil {
		return "", err
	}
	switch {
	case strings.TrimSpace(label) == "" || len(label) > maxValueLen:
		return "", badParam("%s: must be 1 to %d bytes", name, maxValueLen)
	case !utf8.ValidString(label):
		return "", badParam("%s: not valid UTF-8", name)
	case strings.ContainsFunc(label, unicode.IsControl):
		return "", badParam("%s: control characters are not allowed", name)
	}
	return label, nil
}
