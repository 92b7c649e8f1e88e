package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/osce-tools/confsearch/search"
)

// newE2EServer serves an index built from the shared fixture corpus.
func newE2EServer(t *testing.T) (*httptest.Server, *search.Index) {
	t.Helper()
	b, err := os.ReadFile("../testdata/fixture-corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var c search.Corpus
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := search.Build(dir, c); err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ts := httptest.NewServer(New(func() search.Searcher { return ix }, Config{SearchTimeout: 5 * time.Second}))
	t.Cleanup(ts.Close)
	return ts, ix
}

// getJSON fetches url from ts, wanting 200, and decodes the body into v.
func getJSON(t *testing.T, ts *httptest.Server, target string, v any) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + target)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
}

func TestEndToEnd(t *testing.T) {
	ts, ix := newE2EServer(t)

	t.Run("search", func(t *testing.T) {
		var res SearchResponse
		getJSON(t, ts, "/api/v1/search?q=trafficking&size=5", &res)
		if res.Total == 0 || len(res.Hits) == 0 || len(res.Hits) > 5 {
			t.Fatalf("total %d, %d hits", res.Total, len(res.Hits))
		}
		for _, h := range res.Hits {
			if h.URL != ts.URL+"/p/"+h.ID || h.Citation == "" || !strings.Contains(h.Highlight, "<mark>") {
				t.Errorf("hit %s: url %q citation %q highlight %q", h.ID, h.URL, h.Citation, h.Highlight)
			}
		}
		for _, f := range search.FacetNames() {
			if res.Facets[f] == nil {
				t.Errorf("facet %s missing", f)
			}
		}
	})

	t.Run("filters of one facet combine with OR", func(t *testing.T) {
		var sp struct{ Speakers []search.SpeakerSummary }
		getJSON(t, ts, "/api/v1/speakers", &sp)
		var ids []string
		want := 0
		for _, s := range sp.Speakers {
			if s.Passages > 0 && len(ids) < 2 {
				ids = append(ids, s.ID)
				want += s.Passages
			}
		}
		if len(ids) < 2 {
			t.Fatalf("fewer than two speakers with passages: %+v", sp.Speakers)
		}
		var res SearchResponse
		getJSON(t, ts, "/api/v1/search?size=100&speaker="+ids[0]+"&speaker="+ids[1], &res)
		if res.Total != want {
			t.Errorf("speakers %v: total %d, want %d", ids, res.Total, want)
		}
		for _, h := range res.Hits {
			if h.Speaker == nil || !slices.Contains(ids, h.Speaker.ID) {
				t.Errorf("hit %s by %v", h.ID, h.Speaker)
			}
		}
	})

	t.Run("passage", func(t *testing.T) {
		ps := ix.Passages()
		p := ps[1]
		var got struct {
			Passage       search.Passage
			Prev, Next    *string
			Citation, URL string
		}
		getJSON(t, ts, "/api/v1/passages/"+p.ID, &got)
		if got.Passage.ID != p.ID || got.Prev == nil || *got.Prev != ps[0].ID || got.Citation == "" || got.URL != ts.URL+"/p/"+p.ID {
			t.Errorf("got %+v", got)
		}
	})

	t.Run("speaker, session, topics, documents", func(t *testing.T) {
		sp := ix.Speakers()[0]
		var speaker struct {
			Speaker  search.SpeakerSummary
			Passages []passage
		}
		getJSON(t, ts, "/api/v1/speakers/"+sp.ID, &speaker)
		if speaker.Speaker.ID != sp.ID || len(speaker.Passages) != sp.Passages {
			t.Errorf("speaker %s: %+v with %d passages, want %d", sp.ID, speaker.Speaker, len(speaker.Passages), sp.Passages)
		}
		for _, s := range ix.Sessions() {
			var session struct {
				Session  search.SessionSummary
				Passages []passage
			}
			getJSON(t, ts, "/api/v1/sessions/"+url.PathEscape(s.Label), &session)
			if session.Session.Label != s.Label || len(session.Passages) != s.Passages {
				t.Errorf("session %q: %q with %d passages, want %d", s.Label, session.Session.Label, len(session.Passages), s.Passages)
			}
		}
		var topics struct{ Topics []search.FacetValue }
		getJSON(t, ts, "/api/v1/topics", &topics)
		var docs struct{ Documents []search.Document }
		getJSON(t, ts, "/api/v1/documents", &docs)
		if len(docs.Documents) != len(ix.Documents()) {
			t.Errorf("%d documents, want %d", len(docs.Documents), len(ix.Documents()))
		}
	})

	t.Run("suggest and verify", func(t *testing.T) {
		sp := ix.Speakers()[0]
		var sugg struct{ Suggestions []search.Suggestion }
		getJSON(t, ts, "/api/v1/suggest?q="+url.QueryEscape(sp.Name[:4]), &sugg)
		if !slices.ContainsFunc(sugg.Suggestions, func(s search.Suggestion) bool { return s.ID == sp.ID }) {
			t.Errorf("suggestions for %q lack %s: %+v", sp.Name[:4], sp.ID, sugg.Suggestions)
		}
		p := ix.Passages()[2]
		var ver struct {
			Quote   string
			Matches []match
		}
		getJSON(t, ts, "/api/v1/verify?quote="+url.QueryEscape(p.Text), &ver)
		if len(ver.Matches) == 0 || ver.Matches[0].Passage.ID != p.ID || ver.Matches[0].Verdict != "exact" || ver.Matches[0].URL != ts.URL+"/p/"+p.ID {
			t.Errorf("verify passage %s: %+v", p.ID, ver.Matches)
		}
		if len(ver.Matches) > 0 && !strings.Contains(ver.Matches[0].Citations.Plain, ts.URL+"/p/"+p.ID) {
			t.Errorf("verify passage %s: citation %q lacks the permalink", p.ID, ver.Matches[0].Citations.Plain)
		}
	})

	t.Run("prefix while typing", func(t *testing.T) {
		var res SearchResponse
		getJSON(t, ts, "/api/v1/search?q=zimmer&prefix=1", &res)
		if res.Total == 0 || res.Hits[0].Speaker == nil || res.Hits[0].Speaker.ID != "cathy-zimmerman" {
			t.Errorf("zimmer as typed: %d hits, want Cathy Zimmerman's first", res.Total)
		}
		getJSON(t, ts, "/api/v1/search?q=zimmer", &res)
		if res.Total != 0 {
			t.Errorf("zimmer as a whole word: %d hits, want none", res.Total)
		}
		resp, err := ts.Client().Get(ts.URL + "/api/v1/search?q=zimmer&prefix=yes")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("prefix=yes: status %d, want 400", resp.StatusCode)
		}
	})

	t.Run("verify an altered quote", func(t *testing.T) {
		var ver struct {
			Quote, Verdict string
			Matches        []match
		}
		getJSON(t, ts, "/api/v1/verify?quote="+url.QueryEscape("“We thought empowerment would not miraculously prevent human trafficking…”"), &ver)
		if ver.Verdict != search.VerdictAltered || len(ver.Matches) == 0 {
			t.Fatalf("verdict %q, %d matches", ver.Verdict, len(ver.Matches))
		}
		want := []search.Segment{{Op: search.OpInserted, Quote: "not", Meaning: true, Change: search.ChangeNegation}}
		if d := cmp.Diff(want, ver.Matches[0].Differences); d != "" {
			t.Errorf("differences (-want +got):\n%s", d)
		}
		getJSON(t, ts, "/api/v1/verify?quote="+url.QueryEscape("the cat sat on the mat"), &ver)
		if ver.Verdict != search.VerdictNotFound || len(ver.Matches) != 0 {
			t.Errorf("unrelated quote: verdict %q, %d matches", ver.Verdict, len(ver.Matches))
		}
	})

	t.Run("csv and atom", func(t *testing.T) {
		resp, err := ts.Client().Get(ts.URL + "/api/v1/search?q=prevention&format=csv&size=3")
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(resp.Body).ReadAll()
		resp.Body.Close()
		if err != nil || len(rows) != 4 || !slices.Equal(rows[0], csvHeader) {
			t.Errorf("CSV: %v, %d rows, header %v", err, len(rows), rows[:min(1, len(rows))])
		}
		resp, err = ts.Client().Get(ts.URL + "/api/v1/search.atom?q=prevention&size=3")
		if err != nil {
			t.Fatal(err)
		}
		var feed struct {
			Entries []struct {
				ID string `xml:"id"`
			} `xml:"entry"`
		}
		err = xml.NewDecoder(resp.Body).Decode(&feed)
		resp.Body.Close()
		if err != nil || len(feed.Entries) != 3 {
			t.Errorf("Atom: %v, %d entries", err, len(feed.Entries))
		}
	})

	t.Run("errors", func(t *testing.T) {
		for target, want := range map[string]int{
			"/api/v1/passages/no-such-passage": 404,
			"/api/v1/speakers/no-such-speaker": 404,
			"/api/v1/sessions/No%20such":       404,
			"/api/v1/search?size=101":          400,
			"/api/v1/nope":                     404,
		} {
			resp, err := ts.Client().Get(ts.URL + target)
			if err != nil {
				t.Fatal(err)
			}
			var body struct{ Error Error }
			json.NewDecoder(resp.Body).Decode(&body)
			resp.Body.Close()
			if resp.StatusCode != want || body.Error.Code == "" {
				t.Errorf("%s: %d %+v, want %d", target, resp.StatusCode, body, want)
			}
		}
	})
}

// TestEndToEndHostile sends the hostile requests as raw HTTP to a server
// over a real index: bleve's query parsing and net/http's request parsing
// are in the loop.
func TestEndToEndHostile(t *testing.T) {
	ts, _ := newE2EServer(t)
	addr := ts.Listener.Addr().String()
	checkHostile(t, func(target string) (int, string, bool) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			return 0, err.Error(), false
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body), resp.Header.Get("Content-Security-Policy") != ""
	})
}
