package search

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrBadRequest marks a request parameter the client must fix (400): a
// value out of range, not a number, too long, not UTF-8. ErrBadQuery is
// for the query's own syntax.
var ErrBadRequest = errors.New("invalid request")

// Limits on the parameters of a request, beyond MaxQueryLen, MaxSize,
// MaxOffset and MaxFacetSize. One set for every way in: the API, the
// pages, the command line.
const (
	MaxFilterValues = 50  // values of one facet's filter
	MaxValueLen     = 300 // bytes of a filter value
)

// Searcher is what the servers (packages api and web) read from an index.
// *Index implements it; tests use fakes.
type Searcher interface {
	// Search runs a request; errors wrap ErrBadQuery when the client must
	// fix the query, or the context's error when it ran out of time.
	Search(ctx context.Context, req Request) (*Result, error)
	// Passage returns a passage and the ids of its neighbours in document
	// order ("" at either end); errors wrap ErrNotFound.
	Passage(id string) (p Passage, prev, next string, err error)
	// Documents returns the indexed documents.
	Documents() []Document
	// Speakers returns every speaker in programme order.
	Speakers() []SpeakerSummary
	// Speaker returns a speaker and their passages in document order;
	// errors wrap ErrNotFound.
	Speaker(id string) (SpeakerSummary, []Passage, error)
	// Sessions returns every session in programme order.
	Sessions() []SessionSummary
	// Session returns a session, by label, and its passages in document
	// order; errors wrap ErrNotFound.
	Session(label string) (SessionSummary, []Passage, error)
	// Topics returns every topic with its passage count.
	Topics() []FacetValue
	// Suggest completes a partial query.
	Suggest(ctx context.Context, prefix string, n int) ([]Suggestion, error)
	// Verify finds the passages closest to a quote.
	Verify(ctx context.Context, quote string, n int) ([]Match, error)
	// Generation names the index build being served.
	Generation() string
}

var _ Searcher = (*Index)(nil)

// ParseRequest reads a search from URL query parameters, as the API, the
// search page and the command line take them:
//
//	q           the query (at most MaxQueryLen bytes)
//	session, speaker, topic, kind, doc
//	            filters, each repeatable (at most MaxFilterValues values of
//	            at most MaxValueLen bytes; empty values and repeats dropped)
//	page        1-based page (page × size at most MaxOffset)
//	size        hits per page, 1 to MaxSize (DefaultSize when absent or 0)
//	sort        SortRelevance or SortDocument
//	facet_size  values per facet, 1 to MaxFacetSize
//	prefix      1 (or true) while the last word of q is being typed
//	            (Request.Prefix); 0, false or absent otherwise
//
// Other parameters are ignored. Every value read must be UTF-8 without
// control characters (tab and line breaks aside). Errors wrap ErrBadRequest
// and name the parameter.
func ParseRequest(v url.Values) (Request, error) {
	var r Request
	for _, name := range append([]string{"q", "page", "size", "sort", "facet_size", "prefix"}, FacetNames()...) {
		for _, s := range v[name] {
			if err := checkText(name, s); err != nil {
				return r, err
			}
		}
	}
	r.Query = strings.TrimSpace(v.Get("q"))
	if len(r.Query) > MaxQueryLen {
		return r, badRequest("q: the query is %d bytes long, more than the %d allowed", len(r.Query), MaxQueryLen)
	}
	for _, f := range FacetNames() {
		vals, err := filterValues(f, v[f])
		if err != nil {
			return r, err
		}
		if len(vals) > 0 {
			if r.Filters == nil {
				r.Filters = map[string][]string{}
			}
			r.Filters[f] = vals
		}
	}
	var err error
	if r.Size, err = IntParam(v, "size", DefaultSize, 0, MaxSize); err != nil {
		return r, err
	}
	if r.Size == 0 {
		r.Size = DefaultSize
	}
	if r.Page, err = IntParam(v, "page", 1, 1, MaxOffset); err != nil {
		return r, err
	}
	if r.Page > MaxOffset/r.Size {
		return r, badRequest("page: results beyond the first %d cannot be paged to; refine the query", MaxOffset)
	}
	if r.FacetSize, err = IntParam(v, "facet_size", DefaultFacetSize, 1, MaxFacetSize); err != nil {
		return r, err
	}
	switch r.Sort = strings.TrimSpace(v.Get("sort")); r.Sort {
	case "", SortRelevance, SortDocument:
	default:
		return r, badRequest("sort: must be %q or %q", SortRelevance, SortDocument)
	}
	switch strings.TrimSpace(v.Get("prefix")) { // the page sends prefix=1 while the last word is being typed
	case "", "0", "false":
	case "1", "true":
		r.Prefix = true
	default:
		return r, badRequest("prefix: must be 1 or 0")
	}
	return r, nil
}

// Values returns r as the URL query parameters ParseRequest reads, with
// defaults left out: ParseRequest(r.Values()) gives r back.
func (r Request) Values() url.Values {
	v := url.Values{}
	if r.Query != "" {
		v.Set("q", r.Query)
	}
	for _, f := range FacetNames() {
		for _, val := range r.Filters[f] {
			v.Add(f, val)
		}
	}
	if r.Page > 1 {
		v.Set("page", strconv.Itoa(r.Page))
	}
	if r.Size != 0 && r.Size != DefaultSize {
		v.Set("size", strconv.Itoa(r.Size))
	}
	if r.Sort != "" && r.Sort != SortRelevance {
		v.Set("sort", r.Sort)
	}
	if r.FacetSize != 0 && r.FacetSize != DefaultFacetSize {
		v.Set("facet_size", strconv.Itoa(r.FacetSize))
	}
	if r.Prefix {
		v.Set("prefix", "1")
	}
	return v
}

// badRequest returns an error wrapping ErrBadRequest.
func badRequest(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadRequest, fmt.Sprintf(format, args...))
}

// CheckText returns an error wrapping ErrBadRequest when s, the value of
// parameter name, is not UTF-8 or holds control characters other than tab
// and line breaks (which are fine in a pasted quote).
func CheckText(name, s string) error { return checkText(name, s) }

func checkText(name, s string) error {
	if !utf8.ValidString(s) {
		return badRequest("%s: not valid UTF-8", name)
	}
	if strings.ContainsFunc(s, func(c rune) bool {
		return unicode.IsControl(c) && c != '\t' && c != '\n' && c != '\r'
	}) {
		return badRequest("%s: control characters are not allowed", name)
	}
	return nil
}

// filterValues validates the values of the filter param, dropping empty
// ones and repeats.
func filterValues(param string, vals []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, s := range vals {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			continue
		}
		if len(s) > MaxValueLen {
			return nil, badRequest("%s: a value is longer than %d bytes", param, MaxValueLen)
		}
		seen[s] = true
		out = append(out, s)
	}
	if len(out) > MaxFilterValues {
		return nil, badRequest("%s: more than %d values", param, MaxFilterValues)
	}
	return out, nil
}

// IntParam parses the integer parameter name of v, def when absent or
// empty, which must be within [lo, hi]; errors wrap ErrBadRequest.
func IntParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, badRequest("%s: must be an integer between %d and %d", name, lo, hi)
	}
	if n < lo || n > hi {
		return 0, badRequest("%s: must be between %d and %d", name, lo, hi)
	}
	return n, nil
}
