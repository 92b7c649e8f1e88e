package web

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/osce-tools/confsearch/search"
)

// fakeSource is a search.Searcher over a few passages held in memory.
type fakeSource struct {
	docs     []search.Document
	speakers []search.SpeakerSummary
	sessions []search.SessionSummary
	passages []search.Passage // document order
}

func (f *fakeSource) Passage(id string) (search.Passage, string, string, error) {
	i := slices.IndexFunc(f.passages, func(p search.Passage) bool { return p.ID == id })
	if i < 0 {
		return search.Passage{}, "", "", fmt.Errorf("passage %q: %w", id, search.ErrNotFound)
	}
	p := f.passages[i]
	var prev, next string
	if i > 0 && f.passages[i-1].Doc == p.Doc {
		prev = f.passages[i-1].ID
	}
	if i+1 < len(f.passages) && f.passages[i+1].Doc == p.Doc {
		next = f.passages[i+1].ID
	}
	return p, prev, next, nil
}

func (f *fakeSource) Speaker(id string) (search.SpeakerSummary, []search.Passage, error) {
	i := slices.IndexFunc(f.speakers, func(s search.SpeakerSummary) bool { return s.ID == id })
	if i < 0 {
		return search.SpeakerSummary{}, nil, fmt.Errorf("speaker %q: %w", id, search.ErrNotFound)
	}
	var ps []search.Passage
	for _, p := range f.passages {
		if p.Speaker != nil && p.Speaker.ID == id {
			ps = append(ps, p)
		}
	}
	return f.speakers[i], ps, nil
}

func (f *fakeSource) Speakers() []search.SpeakerSummary { return f.speakers }

func (f *fakeSource) Session(label string) (search.SessionSummary, []search.Passage, error) {
	i := slices.IndexFunc(f.sessions, func(s search.SessionSummary) bool { return s.Label == label })
	if i < 0 {
		return search.SessionSummary{}, nil, fmt.Errorf("session %q: %w", label, search.ErrNotFound)
	}
	var ps []search.Passage
	for _, p := range f.passages {
		if p.Session == label {
			ps = append(ps, p)
		}
	}
	return f.sessions[i], ps, nil
}

func (f *fakeSource) Sessions() []search.SessionSummary { return f.sessions }

func (f *fakeSource) Documents() []search.Document { return f.docs }

// Labels of the fake's sessions.
const (
	panel2  = "Panel 2: Bridging gaps for more impactful prevention"
	slashed = "Q&A / closing remarks"
)

// newFake returns a small report: a narrative passage, three passages of
// Cathy Zimmerman in two sessions, and a passage by a speaker whose name
// and text try to inject markup.
func newFake() *fakeSource {
	cathy := search.Speaker{ID: "cathy-zimmerman", Name: "Cathy Zimmerman", Role: "Professor",
		Organisation: "London School of Hygiene and Tropical Medicine", Session: panel2, Part: "speaker", Doc: "r24"}
	evil := search.Speaker{ID: "evil", Name: `Mallory "><script>alert(1)</script>`, Role: `<b>Role</b>`,
		Organisation: "Acme & Co", Session: slashed, Doc: "r24"}
	title := "Beyond Awareness-Raising"
	p := func(id string, seq, page int, sess, kind string, sp *search.Speaker, text string) search.Passage {
		return search.Passage{ID: id, Doc: "r24", DocTitle: title, Seq: seq, Page: page, PageEnd: page,
			Session: sess, Kind: kind, Speaker: sp, Topics: []string{"prevention"}, Text: text}
	}
	return &fakeSource{
		docs: []search.Document{{ID: "r24", Title: title, Event: "24th Alliance against Trafficking in Persons Conference",
			Place: "Vienna", Date: "15–16 April 2024",
			Citation:  "24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, report",
			SourceURL: "https://www.osce.org/cthb", Pages: 30, Passages: 7}},
		speakers: []search.SpeakerSummary{
			{Speaker: cathy, Passages: 4, Quotes: 2},
			{Speaker: evil, Passages: 1},
		},
		sessions: []search.SessionSummary{
			{Session: search.Session{Label: panel2, Doc: "r24", Speakers: []string{"cathy-zimmerman", "ghost"}}, Passages: 2},
			{Session: search.Session{Label: slashed, Doc: "r24", Speakers: []string{"evil"}}, Passages: 2},
		},
		passages: []search.Passage{
			p("r-0", 0, 4, "", search.KindNarrative, nil, "Trafficking thrives on inequalities, poverty, and discrimination."),
			p("r-1", 1, 15, panel2, search.KindStatement, &cathy, "Ms. Zimmerman stressed that prevention must be evidence-based."),
			p("r-2", 2, 15, panel2, search.KindQuote, &cathy, "Our interventions should also aim to reduce the most harmful aspects."),
			p("r-3", 3, 16, slashed, search.KindStatement, &cathy, "She closed with a call for research and development."),
			p("r-4", 4, 17, slashed, search.KindStatement, &evil, `He said <script>alert("x")</script> & left.`),
			p("r-5", 5, 18, "", search.KindNarrative, nil, "The conference closed."),
			p("r-6", 6, 18, "", search.KindQuote, &cathy, "“Harm is harm,” she said."),
		},
	}
}

// Search matches the passages whose text holds the query (case aside) and
// that pass the filters; a query of punctuation alone is a bad query.
func (f *fakeSource) Search(_ context.Context, r search.Request) (*search.Result, error) {
	q := strings.ToLower(strings.TrimSpace(r.Query))
	if q != "" && strings.Trim(q, `"-() `) == "" {
		return nil, fmt.Errorf("%w: the query has no words", search.ErrBadQuery)
	}
	var hits []search.Hit
	for _, p := range f.passages {
		if !strings.Contains(strings.ToLower(p.Text), q) {
			continue
		}
		pass := true
		for facet, vals := range r.Filters {
			var have string
			switch facet {
			case search.FacetSpeaker:
				if p.Speaker != nil {
					have = p.Speaker.ID
				}
			case search.FacetSession:
				have = p.Session
			case search.FacetKind:
				have = p.Kind
			case search.FacetDoc:
				have = p.Doc
			}
			pass = pass && slices.Contains(vals, have)
		}
		if pass {
			hits = append(hits, search.Hit{Passage: p})
		}
	}
	res := &search.Result{Query: r.Query, Total: len(hits)}
	from := (max(r.Page, 1) - 1) * r.Size
	res.Hits = hits[min(from, len(hits)):min(from+r.Size, len(hits))]
	return res, nil
}

func (f *fakeSource) Topics() []search.FacetValue { return nil }

func (f *fakeSource) Suggest(context.Context, string, int) ([]search.Suggestion, error) {
	return nil, nil
}

func (f *fakeSource) Verify(context.Context, string, int) ([]search.Match, error) { return nil, nil }

func (f *fakeSource) Generation() string { return "fake" }
