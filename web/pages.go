package web

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"maps"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/search"
)

// contextSize is how many passages the passage page shows before and after
// the passage.
const contextSize = 2

// view is what every page template gets.
type view struct {
	Name  string // the page's template, also its body class
	Site  string // the site's title
	Title string // the page's own title, before the site's; "" on home
	// Base prefixes every root-relative link ("" or "/confsearch").
	Base      string
	Canonical string // absolute URL of the page when BaseURL is absolute
	Data      any
}

// item is a passage with its permalink and citations.
type item struct {
	search.Passage
	URL       string // absolute permalink
	Citation  string
	Citations search.Citations
}

// pageTemplate is one page, parsed with the layout.
type pageTemplate struct{ t *template.Template }

// parseTemplates parses every page of templates/ with the layout.
func parseTemplates(funcs template.FuncMap) map[string]*pageTemplate {
	names, err := fs.Glob(files, "templates/*.html")
	if err != nil {
		panic("web: templates: " + err.Error())
	}
	out := map[string]*pageTemplate{}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t := template.Must(template.New(name).Funcs(funcs).ParseFS(files, "templates/layout.html", n))
		out[name] = &pageTemplate{t}
	}
	return out
}

// funcs are the helpers of the templates.
func (s *Site) funcs() template.FuncMap {
	return template.FuncMap{
		"asset": func(name string) (string, error) {
			a := s.assets[name]
			if a == nil {
				return "", fmt.Errorf("no static file %q", name)
			}
			return s.base + "/static/" + name + "?v=" + a.version, nil
		},
		"root":       func() string { return s.base + "/" },
		"path":       func(p string) string { return s.base + p },
		"passageURL": s.passageURL,
		"speakerURL": s.speakerURL,
		"sessionURL": s.sessionURL,
		"searchURL":  s.searchURL,
		"kindLabel":  kindLabel,
		"pages":      search.PageRange,
		"credit":     credit,
		"short":      search.ShortSession,
		"plural":     plural,
		"openMark":   func(text string) string { return quoteMark(text, "“") },
		"closeMark":  func(text string) string { return quoteMark(text, "”") },
	}
}

// passageURL returns the link to passage id's page.
func (s *Site) passageURL(id string) string { return s.base + "/p/" + url.PathEscape(id) }

// speakerURL returns the link to speaker id's page.
func (s *Site) speakerURL(id string) string { return s.base + "/speakers/" + url.PathEscape(id) }

// sessionURL returns the link to a session's page.
func (s *Site) sessionURL(label string) string {
	return s.base + "/sessions/" + url.PathEscape(label)
}

// searchURL returns the link to the search page with the given parameters,
// as name, value pairs.
func (s *Site) searchURL(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	if len(v) == 0 {
		return s.base + "/"
	}
	return s.base + "/?" + v.Encode()
}

// kindLabel names a passage kind for people.
func kindLabel(kind string) string {
	switch kind {
	case search.KindQuote:
		return "Direct quote"
	case search.KindStatement:
		return "Reported statement"
	case search.KindNarrative:
		return "Report text"
	case search.KindResource:
		return "Resource"
	}
	return kind
}

// credit returns a speaker's role and organisation (or the programme's
// description), those set, joined.
func credit(sp *search.Speaker) string {
	if sp == nil {
		return ""
	}
	var parts []string
	for _, v := range []string{sp.Role, sp.Organisation, sp.Description} {
		if v = strings.TrimSpace(v); v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, ", ")
}

// quoteMark returns mark when a direct quote's text has no quotation marks
// of its own, else "": the marks are drawn once.
func quoteMark(text, mark string) string {
	if search.HasQuoteMarks(text) {
		return ""
	}
	return mark
}

// plural returns "1 passage" or "n passages".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// render executes page name into a buffer and writes it with status.
func (s *Site) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) error {
	pt := s.pages[name]
	if pt == nil {
		return fmt.Errorf("no template %q", name)
	}
	v := view{Name: name, Site: s.opts.Title, Title: title, Base: s.base, Data: data}
	if s.abs != "" && status == http.StatusOK {
		v.Canonical = s.abs + s.base + r.URL.EscapedPath()
	}
	var buf bytes.Buffer
	if err := pt.t.ExecuteTemplate(&buf, "layout", v); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	if status == http.StatusOK {
		h.Set("Cache-Control", "no-cache")
	} else {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
	return nil
}

// index returns env's index or api.ErrNoIndex.
func index(env api.Env) (search.Searcher, error) {
	if env.Index == nil {
		return nil, api.ErrNoIndex
	}
	return env.Index, nil
}

// citer cites passages in the documents of an index, with permalinks on a
// site.
type citer struct {
	docs map[string]search.Document
	site string
}

func newCiter(src search.Searcher, site string) citer {
	c := citer{docs: map[string]search.Document{}, site: site}
	for _, d := range src.Documents() {
		c.docs[d.ID] = d
	}
	return c
}

func (c citer) item(p search.Passage) item {
	d := c.docs[p.Doc]
	url := c.site + "/p/" + url.PathEscape(p.ID)
	return item{p, url, search.Citation(p, d), search.Cite(p, d, url)}
}

func (c citer) items(ps []search.Passage) []item {
	out := make([]item, len(ps))
	for i, p := range ps {
		out[i] = c.item(p)
	}
	return out
}

// SearchPage renders the search page (api.Pages): the query in the form,
// and the results of the search the server ran, in a noscript element for
// a browser without JavaScript and as the API's JSON for the script, which
// renders them without searching again.
func (s *Site) SearchPage(w http.ResponseWriter, r *http.Request, env api.Env, sp api.SearchPage) error {
	setHeaders(w)
	data := struct {
		Query     string
		Documents []search.Document
		Ready     bool
		Results   *noScriptResults
		JSON      string // the API's answer, for the script
	}{Query: sp.Request.Query, JSON: string(sp.JSON)}
	if env.Index != nil {
		data.Documents, data.Ready = env.Index.Documents(), true
	}
	data.Results = s.noScriptResults(r, sp)
	return s.render(w, r, sp.Status, "search", "", data)
}

// noScriptResults is a page of results rendered by the server.
type noScriptResults struct {
	Total      int
	Items      []item
	Filters    []string // "kind: quote"
	Error      string   // what to fix in the query
	Page       int
	Prev, Next string // links to the neighbouring pages, "" for none
}

// noScriptResults returns the results of the page's search for a browser
// without JavaScript: nil when the address asks for no query and no
// filter.
func (s *Site) noScriptResults(r *http.Request, sp api.SearchPage) *noScriptResults {
	req := sp.Request
	res := &noScriptResults{Page: max(req.Page, 1), Error: sp.Error}
	for _, f := range search.FacetNames() {
		for _, val := range req.Filters[f] {
			res.Filters = append(res.Filters, f+": "+val)
		}
	}
	if sp.Error != "" {
		return res
	}
	if req.Query == "" && len(res.Filters) == 0 || sp.Response == nil {
		return nil
	}
	found := sp.Response
	res.Total = found.Total
	for _, h := range found.Hits {
		res.Items = append(res.Items, item{h.Passage, h.URL, h.Citation, h.Citations})
	}
	v := r.URL.Query()
	pageURL := func(n int) string {
		u := maps.Clone(v)
		u.Set("page", strconv.Itoa(n))
		return s.base + "/?" + u.Encode()
	}
	size := max(req.Size, 1)
	if req.Page > 1 {
		res.Prev = pageURL(req.Page - 1)
	}
	if req.Page*size < found.Total && (req.Page+1)*size <= search.MaxOffset {
		res.Next = pageURL(req.Page + 1)
	}
	return res
}

// servePassage serves /p/{id}: the passage with the passages around it.
func (s *Site) servePassage(w http.ResponseWriter, r *http.Request, env api.Env) error {
	src, err := index(env)
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	p, prev, next, err := src.Passage(id)
	if err != nil {
		return fmt.Errorf("passage %q: %w", id, err)
	}
	c := newCiter(src, env.Site)
	data := struct {
		Passage       item
		Doc           search.Document
		Before, After []item
	}{Passage: c.item(p), Doc: c.docs[p.Doc]}
	for i := 0; i < contextSize && prev != ""; i++ {
		q, pp, _, err := src.Passage(prev)
		if err != nil {
			break
		}
		data.Before = append([]item{c.item(q)}, data.Before...)
		prev = pp
	}
	for i := 0; i < contextSize && next != ""; i++ {
		q, _, nn, err := src.Passage(next)
		if err != nil {
			break
		}
		data.After = append(data.After, c.item(q))
		next = nn
	}
	return s.render(w, r, http.StatusOK, "passage", passageTitle(p), data)
}

// passageTitle names a passage in the page title.
func passageTitle(p search.Passage) string {
	var who string
	switch {
	case p.Speaker != nil && p.Speaker.Name != "":
		who = p.Speaker.Name
	case p.Resource != nil && p.Resource.Title != "":
		who = p.Resource.Title
	case p.Section != "":
		who = p.Section
	default:
		who = p.DocTitle
	}
	if pg := search.PageRange(p.Page, p.PageEnd); pg != "" {
		return who + ", " + pg
	}
	return who
}

// group is a list of passages under a heading.
type group struct {
	Label    string // a session label; "" for passages outside sessions
	Passages []item
}

// groupBySession groups passages by session, in the order the sessions
// first appear.
func groupBySession(items []item) []group {
	var out []group
	at := map[string]int{}
	for _, it := range items {
		i, ok := at[it.Session]
		if !ok {
			i = len(out)
			at[it.Session] = i
			out = append(out, group{Label: it.Session})
		}
		out[i].Passages = append(out[i].Passages, it)
	}
	return out
}

// serveSpeaker serves /speakers/{id}: the profile and every passage credited
// to the speaker, by session.
func (s *Site) serveSpeaker(w http.ResponseWriter, r *http.Request, env api.Env) error {
	src, err := index(env)
	if err != nil {
		return err
	}
	id := r.PathValue("id")
	sp, ps, err := src.Speaker(id)
	if err != nil {
		return fmt.Errorf("speaker %q: %w", id, err)
	}
	c := newCiter(src, env.Site)
	data := struct {
		Speaker search.SpeakerSummary
		Doc     search.Document
		Groups  []group
		Count   int
	}{Speaker: sp, Doc: c.docs[sp.Doc], Groups: groupBySession(c.items(ps)), Count: len(ps)}
	return s.render(w, r, http.StatusOK, "speaker", sp.Name, data)
}

// serveSpeakers serves /speakers: every speaker, by session.
func (s *Site) serveSpeakers(w http.ResponseWriter, r *http.Request, env api.Env) error {
	src, err := index(env)
	if err != nil {
		return err
	}
	type speakers struct {
		Label    string
		Speakers []search.SpeakerSummary
	}
	var groups []speakers
	at := map[string]int{}
	for _, sp := range src.Speakers() {
		i, ok := at[sp.Session]
		if !ok {
			i = len(groups)
			at[sp.Session] = i
			groups = append(groups, speakers{Label: sp.Session})
		}
		groups[i].Speakers = append(groups[i].Speakers, sp)
	}
	return s.render(w, r, http.StatusOK, "speakers", "Speakers", groups)
}

// serveSession serves /sessions/{label}: the session, its speakers and its
// passages in document order.
func (s *Site) serveSession(w http.ResponseWriter, r *http.Request, env api.Env) error {
	src, err := index(env)
	if err != nil {
		return err
	}
	label := r.PathValue("label")
	sess, ps, err := src.Session(label)
	if err != nil {
		return fmt.Errorf("session %q: %w", label, err)
	}
	byID := map[string]search.SpeakerSummary{}
	for _, sp := range src.Speakers() {
		byID[sp.ID] = sp
	}
	c := newCiter(src, env.Site)
	data := struct {
		Session  search.SessionSummary
		Doc      search.Document
		Speakers []search.SpeakerSummary
		Passages []item
	}{Session: sess, Doc: c.docs[sess.Doc], Passages: c.items(ps)}
	for _, id := range sess.Speakers {
		sp, ok := byID[id]
		if !ok {
			sp = search.SpeakerSummary{Speaker: search.Speaker{ID: id, Name: id}}
		}
		data.Speakers = append(data.Speakers, sp)
	}
	return s.render(w, r, http.StatusOK, "session", sess.Label, data)
}

// serveSessions serves /sessions: every session, by document.
func (s *Site) serveSessions(w http.ResponseWriter, r *http.Request, env api.Env) error {
	src, err := index(env)
	if err != nil {
		return err
	}
	type sessions struct {
		Doc      search.Document
		Sessions []search.SessionSummary
	}
	c := newCiter(src, env.Site)
	var groups []sessions
	at := map[string]int{}
	for _, sess := range src.Sessions() {
		i, ok := at[sess.Doc]
		if !ok {
			i = len(groups)
			at[sess.Doc] = i
			d, known := c.docs[sess.Doc]
			if !known {
				d = search.Document{ID: sess.Doc, Title: sess.Doc}
			}
			groups = append(groups, sessions{Doc: d})
		}
		groups[i].Sessions = append(groups[i].Sessions, sess)
	}
	return s.render(w, r, http.StatusOK, "sessions", "Sessions", groups)
}

// serveEmbed serves /embed: the snippet that puts the search box on another
// site, and the box itself.
func (s *Site) serveEmbed(w http.ResponseWriter, r *http.Request, env api.Env) error {
	return s.render(w, r, http.StatusOK, "embed", "Add the search box to your site", EmbedSnippet(env.Site))
}

// Snippet is the markup a partner site pastes to embed the search box.
type Snippet struct {
	// Script loads the widget; Box is where it shows, with a fallback link
	// that stays when the script cannot load.
	Script, Box string
}

// EmbedSnippet returns the markup that embeds the search box of the site at
// endpoint (its absolute root URL, like "https://search.example.org").
func EmbedSnippet(endpoint string) Snippet {
	endpoint = html.EscapeString(strings.TrimRight(endpoint, "/"))
	return Snippet{
		Script: `<script src="` + endpoint + `/widget.js" data-endpoint="` + endpoint + `" async></script>`,
		Box:    `<confsearch-box><a href="` + endpoint + `/">Search the conference report</a></confsearch-box>`,
	}
}
