package api

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/osce-tools/confsearch/search"
)

// fakeIndex is a search.Searcher over a few passages held in memory. Search matches
// passages whose text contains the query (case-insensitive) and records the
// request it was given.
type fakeIndex struct {
	gen      string
	docs     []search.Document
	passages []search.Passage
	speakers []search.SpeakerSummary
	sessions []search.SessionSummary
	topics   []search.FacetValue

	// err, when set, is what Search, Suggest and Verify return.
	err error
	// wait makes Search, Suggest and Verify block until their context is
	// done, then return its error.
	wait bool
	// panicking makes Search panic.
	panicking bool
	// blind makes Search find nothing for a non-empty query, as a broken
	// index would.
	blind bool

	mu   sync.Mutex
	reqs []search.Request
}

func newFakeIndex() *fakeIndex {
	ada := &search.Speaker{ID: "ada-lovelace", Name: "Ada Lovelace", Role: "Analyst", Session: "Panel 1: Engines / looms", Doc: "conf-1"}
	bob := &search.Speaker{ID: "bob-babbage", Name: "Bob Babbage", Role: "Engineer", Session: "Opening", Doc: "conf-1"}
	ps := []search.Passage{
		{ID: "conf-1-p1-1", Doc: "conf-1", DocTitle: "Engines Conference", Seq: 0, Page: 1, PageEnd: 1, Session: "Opening", Kind: search.KindNarrative, Topics: []string{"engines"}, Text: "The conference opened with a welcome."},
		{ID: "conf-1-p2-1", Doc: "conf-1", DocTitle: "Engines Conference", Seq: 1, Page: 2, PageEnd: 2, Session: "Opening", Kind: search.KindStatement, Speaker: bob, Topics: []string{"engines"}, Text: "Babbage said the difference engine computes tables."},
		{ID: "conf-1-p3-1", Doc: "conf-1", DocTitle: "Engines Conference", Seq: 2, Page: 3, PageEnd: 3, Session: "Panel 1: Engines / looms", Kind: search.KindQuote, Speaker: ada, Topics: []string{"looms", "engines"}, Quote: "The engine weaves algebraic patterns", Text: "=SUM(A1) The engine weaves algebraic patterns, Lovelace said."},
	}
	return &fakeIndex{
		gen:      "gen-1",
		docs:     []search.Document{{ID: "conf-1", Title: "Engines Conference", File: "conf.pdf", Format: "pdf", Pages: 3, Date: "2024-04-15", Passages: len(ps)}},
		passages: ps,
		speakers: []search.SpeakerSummary{{Speaker: *bob, Passages: 1}, {Speaker: *ada, Passages: 1, Quotes: 1}},
		sessions: []search.SessionSummary{
			{Session: search.Session{Label: "Opening", Doc: "conf-1", Speakers: []string{"bob-babbage"}}, Passages: 2},
			{Session: search.Session{Label: "Panel 1: Engines / looms", Doc: "conf-1", Speakers: []string{"ada-lovelace"}}, Passages: 1},
		},
		topics: []search.FacetValue{{Value: "engines", Count: 3}, {Value: "looms", Count: 1}},
	}
}

// lastRequest returns the last request Search was given.
func (f *fakeIndex) lastRequest() (search.Request, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.reqs) == 0 {
		return search.Request{}, false
	}
	return f.reqs[len(f.reqs)-1], true
}

// fail returns the configured failure for a search-like call.
func (f *fakeIndex) fail(ctx context.Context) error {
	if f.wait {
		<-ctx.Done()
		return fmt.Errorf("fake: %w", ctx.Err())
	}
	return f.err
}

func (f *fakeIndex) Search(ctx context.Context, req search.Request) (*search.Result, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.mu.Unlock()
	if f.panicking {
		panic("fake: search exploded")
	}
	if err := f.fail(ctx); err != nil {
		return nil, err
	}
	res := &search.Result{Query: req.Query, TookMS: 0.5, Facets: map[string][]search.FacetValue{}}
	q := strings.ToLower(req.Query)
	for _, p := range f.passages {
		if !strings.Contains(strings.ToLower(p.Text), q) || f.blind && q != "" {
			continue
		}
		if sp := req.Filters[search.FacetSpeaker]; len(sp) > 0 && (p.Speaker == nil || !slices.Contains(sp, p.Speaker.ID)) {
			continue
		}
		if k := req.Filters[search.FacetKind]; len(k) > 0 && !slices.Contains(k, p.Kind) {
			continue
		}
		res.Total++
		res.Hits = append(res.Hits, search.Hit{Passage: p, Score: 1, Highlight: p.Text, Citation: "Engines Conference, p. " + fmt.Sprint(p.Page)})
	}
	res.Facets[search.FacetKind] = []search.FacetValue{{Value: search.KindQuote, Count: 1}}
	start := min(len(res.Hits), (max(req.Page, 1)-1)*req.Size)
	res.Hits = res.Hits[start:min(len(res.Hits), start+req.Size)]
	return res, nil
}

func (f *fakeIndex) Passage(id string) (p search.Passage, prev, next string, err error) {
	i := slices.IndexFunc(f.passages, func(p search.Passage) bool { return p.ID == id })
	if i < 0 {
		return p, "", "", fmt.Errorf("passage %q: %w", id, search.ErrNotFound)
	}
	if i > 0 {
		prev = f.passages[i-1].ID
	}
	if i+1 < len(f.passages) {
		next = f.passages[i+1].ID
	}
	return f.passages[i], prev, next, nil
}

func (f *fakeIndex) Documents() []search.Document      { return f.docs }
func (f *fakeIndex) Speakers() []search.SpeakerSummary { return f.speakers }
func (f *fakeIndex) Sessions() []search.SessionSummary { return f.sessions }
func (f *fakeIndex) Topics() []search.FacetValue       { return f.topics }
func (f *fakeIndex) Generation() string                { return f.gen }

func (f *fakeIndex) Speaker(id string) (search.SpeakerSummary, []search.Passage, error) {
	for _, s := range f.speakers {
		if s.ID == id {
			var ps []search.Passage
			for _, p := range f.passages {
				if p.Speaker != nil && p.Speaker.ID == id {
					ps = append(ps, p)
				}
			}
			return s, ps, nil
		}
	}
	return search.SpeakerSummary{}, nil, fmt.Errorf("speaker %q: %w", id, search.ErrNotFound)
}

func (f *fakeIndex) Session(label string) (search.SessionSummary, []search.Passage, error) {
	for _, s := range f.sessions {
		if s.Label == label {
			var ps []search.Passage
			for _, p := range f.passages {
				if p.Session == label {
					ps = append(ps, p)
				}
			}
			return s, ps, nil
		}
	}
	return search.SessionSummary{}, nil, fmt.Errorf("session %q: %w", label, search.ErrNotFound)
}

func (f *fakeIndex) Suggest(ctx context.Context, prefix string, n int) ([]search.Suggestion, error) {
	if err := f.fail(ctx); err != nil {
		return nil, err
	}
	var out []search.Suggestion
	for _, s := range f.speakers {
		if strings.HasPrefix(strings.ToLower(s.Name), strings.ToLower(prefix)) && len(out) < n {
			out = append(out, search.Suggestion{Text: s.Name, Type: "speaker", ID: s.ID})
		}
	}
	return out, nil
}

func (f *fakeIndex) Verify(ctx context.Context, quote string, n int) ([]search.Match, error) {
	if err := f.fail(ctx); err != nil {
		return nil, err
	}
	var out []search.Match
	for _, p := range f.passages {
		if strings.Contains(p.Text, quote) && len(out) < n {
			out = append(out, search.Match{Passage: p, Similarity: 1, Verdict: "exact", Citation: "Engines Conference, p. " + fmt.Sprint(p.Page)})
		}
	}
	return out, nil
}
