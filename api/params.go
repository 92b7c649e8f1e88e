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

// Limits on parameters, beyond search's own (search.ParseRequest).
const (
	maxIDLen = 200 // bytes of a passage or speaker id
)

// Formats of a search response.
const (
	formatJSON = "json"
	formatCSV  = "csv"
)

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
			if err := search.CheckText(safeName(name), s); err != nil {
				return nil, err
			}
		}
	}
	return v, nil
}

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
	p := searchParams{Format: formatJSON}
	v, err := parseQuery(r)
	if err != nil {
		return p, err
	}
	if p.Request, err = search.ParseRequest(v); err != nil {
		return p, err
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
	case strings.TrimSpace(label) == "" || len(label) > search.MaxValueLen:
		return "", badParam("%s: must be 1 to %d bytes", name, search.MaxValueLen)
	case !utf8.ValidString(label):
		return "", badParam("%s: not valid UTF-8", name)
	case strings.ContainsFunc(label, unicode.IsControl):
		return "", badParam("%s: control characters are not allowed", name)
	}
	return label, nil
}
