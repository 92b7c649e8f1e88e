package api

import (
	"context"
	_ "embed"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/osce-tools/confsearch/search"
	"github.com/osce-tools/confsearch/text"
)

// Hit is a search hit with its permalink and citations.
type Hit struct {
	search.Hit
	URL       string           `json:"url"`
	Citations search.Citations `json:"citations"`
}

// SearchResponse is the JSON body of /api/v1/search.
type SearchResponse struct {
	Query  string                         `json:"query"`
	Total  int                            `json:"total"`
	TookMS float64                        `json:"took_ms"`
	Page   int                            `json:"page"`
	Size   int                            `json:"size"`
	Hits   []Hit                          `json:"hits"`
	Facets map[string][]search.FacetValue `json:"facets"`
}

// passage is a passage in a list, with its permalink and citations.
type passage struct {
	search.Passage
	URL       string           `json:"url"`
	Citation  string           `json:"citation"`
	Citations search.Citations `json:"citations"`
}

// match is a verification match with the passage's permalink.
type match struct {
	search.Match
	URL string `json:"url"`
	// Citations are the matched passage's ready-to-paste citations, with
	// its permalink and, for a quote, the quoted words.
	Citations search.Citations `json:"citations"`
}

// The handlers return the index's errors as they are: they name what was
// not found or what is wrong with the query, and their text is what the
// client reads (see toStatus).

// current returns the current index or errNoIndex.
func (s *Server) current() (search.Searcher, error) {
	idx := s.index()
	if idx == nil {
		return nil, errNoIndex
	}
	return idx, nil
}

// searchOutcome is a search's result, the response built from it for a
// site URL and its JSON encoding, as cached.
type searchOutcome struct {
	res  *search.Result
	site string
	resp SearchResponse
	body []byte
}

// search runs req on idx for r, or answers it from the cache. The key is
// the index generation and the canonical request, of which the result is
// a pure function; the site URL of the permalinks is not part of it (a
// client choosing its Host header must not multiply the entries): a
// request for another site than the entry's gets the entry's result with
// its own permalinks, not stored.
func (s *Server) search(r *http.Request, idx search.Searcher, req search.Request) (*searchOutcome, error) {
	site := s.SiteURL(r)
	key := ""
	if s.cache != nil {
		key = idx.Generation() + "\x00" + canonicalQuery(req)
		if out, ok := s.cache.get(key); ok {
			s.metrics.cache.WithLabelValues("hit").Inc()
			if out.site == site {
				return out, nil
			}
			return s.outcome(idx, req, out.res, site)
		}
		s.metrics.cache.WithLabelValues("miss").Inc()
	}
	res, err := idx.Search(r.Context(), req)
	if err != nil {
		return nil, err
	}
	out, err := s.outcome(idx, req, res, site)
	if err == nil && key != "" {
		s.cache.add(key, out)
	}
	return out, err
}

// outcome builds and encodes the response to req from res for site.
func (s *Server) outcome(idx search.Searcher, req search.Request, res *search.Result, site string) (*searchOutcome, error) {
	out := &searchOutcome{res: res, site: site, resp: s.response(idx, req, res, site)}
	var err error
	if out.body, err = encodeJSON(out.resp); err != nil {
		return nil, err
	}
	return out, nil
}

// response builds the API's answer to req from res.
func (s *Server) response(idx search.Searcher, req search.Request, res *search.Result, site string) SearchResponse {
	resp := SearchResponse{
		Query:  res.Query,
		Total:  res.Total,
		TookMS: res.TookMS,
		Page:   max(req.Page, 1),
		Size:   req.Size,
		Hits:   make([]Hit, len(res.Hits)),
		Facets: map[string][]search.FacetValue{},
	}
	if resp.Size == 0 {
		resp.Size = search.DefaultSize
	}
	docs := idx.Documents()
	for i, h := range res.Hits {
		url := site + permalinkPath(h.ID)
		resp.Hits[i] = Hit{Hit: h, URL: url, Citations: search.Cite(h.Passage, document(docs, h.Doc), url)}
	}
	for _, f := range search.FacetNames() {
		resp.Facets[f] = res.Facets[f]
		if resp.Facets[f] == nil {
			resp.Facets[f] = []search.FacetValue{}
		}
	}
	return resp
}

// runSearch parses the search parameters of r and runs the search.
func (s *Server) runSearch(r *http.Request) (searchParams, *search.Result, error) {
	p, err := parseSearchParams(r)
	if err != nil {
		return p, nil, err
	}
	idx, err := s.current()
	if err != nil {
		return p, nil, err
	}
	res, err := idx.Search(r.Context(), p.Request)
	if err != nil {
		return p, nil, err
	}
	return p, res, nil
}

func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) error {
	p, err := parseSearchParams(r)
	if err != nil {
		return err
	}
	idx, err := s.current()
	if err != nil {
		return err
	}
	if p.Format == formatCSV {
		res, err := idx.Search(r.Context(), p.Request)
		if err != nil {
			return err
		}
		return s.writeCSV(w, r, res)
	}
	out, err := s.search(r, idx, p.Request)
	if err != nil {
		return err
	}
	writeBody(w, http.StatusOK, "application/json; charset=utf-8", out.body)
	return nil
}

func (s *Server) servePassage(w http.ResponseWriter, r *http.Request) error {
	id, err := idVar(r, "id")
	if err != nil {
		return err
	}
	idx, err := s.current()
	if err != nil {
		return err
	}
	p, prev, next, err := idx.Passage(id)
	if err != nil {
		return err
	}
	url := s.permalink(r, p.ID)
	d := document(idx.Documents(), p.Doc)
	return writeJSON(w, http.StatusOK, struct {
		Passage   search.Passage   `json:"passage"`
		Prev      *string          `json:"prev"`
		Next      *string          `json:"next"`
		Citation  string           `json:"citation"`
		Citations search.Citations `json:"citations"`
		URL       string           `json:"url"`
	}{p, nullable(prev), nullable(next), search.Citation(p, d), search.Cite(p, d, url), url})
}

// nullable returns nil for "", so that JSON says null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// document returns the document id of docs, or a zero Document.
func document(docs []search.Document, id string) search.Document {
	for _, d := range docs {
		if d.ID == id {
			return d
		}
	}
	return search.Document{}
}

// passages adds permalinks and citations to ps.
func (s *Server) passages(r *http.Request, idx search.Searcher, ps []search.Passage) []passage {
	docs := idx.Documents()
	site := s.SiteURL(r)
	out := make([]passage, len(ps))
	for i, p := range ps {
		d := document(docs, p.Doc)
		url := site + permalinkPath(p.ID)
		out[i] = passage{p, url, search.Citation(p, d), search.Cite(p, d, url)}
	}
	return out
}

func (s *Server) serveSpeakers(w http.ResponseWriter, r *http.Request) error {
	idx, err := s.current()
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Speakers []search.SpeakerSummary `json:"speakers"`
	}{nonNil(idx.Speakers())})
}

func (s *Server) serveSpeaker(w http.ResponseWriter, r *http.Request) error {
	id, err := idVar(r, "id")
	if err != nil {
		return err
	}
	idx, err := s.current()
	if err != nil {
		return err
	}
	sp, ps, err := idx.Speaker(id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Speaker  search.SpeakerSummary `json:"speaker"`
		Passages []passage             `json:"passages"`
	}{sp, s.passages(r, idx, ps)})
}

func (s *Server) serveSessions(w http.ResponseWriter, r *http.Request) error {
	idx, err := s.current()
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Sessions []search.SessionSummary `json:"sessions"`
	}{nonNil(idx.Sessions())})
}

func (s *Server) serveSession(w http.ResponseWriter, r *http.Request) error {
	label, err := labelVar(r, "label")
	if err != nil {
		return err
	}
	idx, err := s.current()
	if err != nil {
		return err
	}
	sess, ps, err := idx.Session(label)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Session  search.SessionSummary `json:"session"`
		Passages []passage             `json:"passages"`
	}{sess, s.passages(r, idx, ps)})
}

func (s *Server) serveTopics(w http.ResponseWriter, r *http.Request) error {
	idx, err := s.current()
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Topics []search.FacetValue `json:"topics"`
	}{nonNil(idx.Topics())})
}

func (s *Server) serveDocuments(w http.ResponseWriter, r *http.Request) error {
	idx, err := s.current()
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Documents []search.Document `json:"documents"`
	}{nonNil(idx.Documents())})
}

func (s *Server) serveSuggest(w http.ResponseWriter, r *http.Request) error {
	v, err := parseQuery(r)
	if err != nil {
		return err
	}
	prefix, err := textParam(v, "q", search.MaxQueryLen)
	if err != nil {
		return err
	}
	n, err := search.IntParam(v, "size", search.DefaultSuggestions, 1, search.MaxSuggestions)
	if err != nil {
		return err
	}
	idx, err := s.current()
	if err != nil {
		return err
	}
	var sugg []search.Suggestion
	if prefix != "" {
		if sugg, err = idx.Suggest(r.Context(), prefix, n); err != nil {
			return err
		}
	}
	return writeJSON(w, http.StatusOK, struct {
		Suggestions []search.Suggestion `json:"suggestions"`
	}{nonNil(sugg)})
}

func (s *Server) serveVerify(w http.ResponseWriter, r *http.Request) error {
	v, err := parseQuery(r)
	if err != nil {
		return err
	}
	quote, err := textParam(v, "quote", search.MaxQuoteLen)
	if err != nil {
		return err
	}
	if quote == "" {
		return badParam("quote: required")
	}
	n, err := search.IntParam(v, "size", search.DefaultMatches, 1, search.MaxMatches)
	if err != nil {
		return err
	}
	idx, err := s.current()
	if err != nil {
		return err
	}
	ms, err := idx.Verify(r.Context(), quote, n)
	if err != nil {
		return err
	}
	out := make([]match, len(ms))
	verdict := search.VerdictNotFound
	docs := idx.Documents()
	for i, m := range ms {
		url := s.permalink(r, m.Passage.ID)
		out[i] = match{m, url, search.Cite(m.Passage, document(docs, m.Passage.Doc), url)}
		if i == 0 {
			verdict = m.Verdict
		}
	}
	return writeJSON(w, http.StatusOK, struct {
		Quote string `json:"quote"`
		// Verdict is the best match's, or "not found".
		Verdict string  `json:"verdict"`
		Matches []match `json:"matches"`
	}{quote, verdict, out})
}

// healthTimeout bounds the search of /healthz.
const healthTimeout = 5 * time.Second

// serveHealth runs real searches: the first passage in document order, then
// the index query for a word of it, which must find it.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) error {
	idx, err := s.current()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), min(healthTimeout, s.cfg.SearchTimeout))
	defer cancel()
	first, err := idx.Search(ctx, search.Request{Size: 1, Sort: search.SortDocument})
	if err != nil {
		return fmt.Errorf("%w: list passages: %v", errUnhealthy, err)
	}
	var probe string
	if len(first.Hits) > 0 {
		probe = probeWord(first.Hits[0].Text)
	}
	if probe != "" {
		res, err := idx.Search(ctx, search.Request{Query: probe, Size: 1})
		if err != nil {
			return fmt.Errorf("%w: search %q: %v", errUnhealthy, probe, err)
		}
		if res.Total == 0 {
			return fmt.Errorf("%w: search %q finds nothing, yet passage %s has it", errUnhealthy, probe, first.Hits[0].ID)
		}
	}
	return writeJSON(w, http.StatusOK, struct {
		Status   string `json:"status"`
		Passages int    `json:"passages"`
		Probe    string `json:"probe"`
	}{"ok", first.Total, probe})
}

// probeWord returns the longest word of s (text.Words) that is no number
// (at most 40 bytes), or "".
func probeWord(s string) string {
	best := ""
	for _, sp := range text.Words(s, nil) {
		if w := s[sp.Start:sp.End]; len(w) > len(best) && len(w) <= 40 && !text.IsNumber(w) {
			best = w
		}
	}
	return best
}

// serveReady says whether an index is loaded.
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) error {
	idx, err := s.current()
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Ready      bool   `json:"ready"`
		Generation string `json:"generation"`
		Passages   int    `json:"passages"`
	}{true, idx.Generation(), passageCount(idx)})
}

// passageCount returns the number of passages of idx.
func passageCount(idx search.Searcher) int {
	n := 0
	for _, d := range idx.Documents() {
		n += d.Passages
	}
	return n
}

//go:embed openapi.json
var openAPI []byte

func (s *Server) serveOpenAPI(w http.ResponseWriter, r *http.Request) error {
	writeBody(w, http.StatusOK, "application/json; charset=utf-8", openAPI)
	return nil
}

// permalink returns the absolute URL of passage id's page for r.
func (s *Server) permalink(r *http.Request, id string) string {
	return s.SiteURL(r) + permalinkPath(id)
}

// permalinkPath returns the path of passage id's page below the site's root.
func permalinkPath(id string) string {
	return "/p/" + url.PathEscape(id)
}

// nonNil returns s, or an empty slice for nil, so that JSON says [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
