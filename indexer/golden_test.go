package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/osce-tools/confsearch/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestPassagesGolden pins the passages of the default corpus (the report,
// its manifest and taxonomy): ids, pages, kinds, speakers, sessions,
// sections, topics and text. Run with -update after an
// intended change and review the diff.
func TestPassagesGolden(t *testing.T) {
	var sum Summary
	c, err := Load(context.Background(), "../corpus", Options{}, &sum)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Skipped) > 0 {
		t.Fatalf("skipped: %v", sum.Skipped)
	}
	var got bytes.Buffer
	enc := json.NewEncoder(&got)
	enc.SetEscapeHTML(false)
	for _, p := range c.Passages {
		if err := enc.Encode(p); err != nil {
			t.Fatal(err)
		}
	}
	golden := "../testdata/report-passages.golden"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./indexer -run Golden -update)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		diffPassages(t, golden, c.Passages, want)
	}
	// The registry: every person of the programme, with role.
	if n := len(c.Speakers); n != 28 {
		t.Errorf("registry has %d people, want the programme's 28", n)
	}
	for _, s := range c.Speakers {
		if s.Role == "" && s.Description == "" || s.Session == "" {
			t.Errorf("speaker %s lacks role or session: %+v", s.Name, s)
		}
	}
}

// diffPassages reports, with a go-cmp diff each, every passage of got
// that differs from the golden file's, every passage new in got and
// every passage gone from it (by id), then how to accept the change.
func diffPassages(t *testing.T, golden string, got []model.Passage, data []byte) {
	t.Helper()
	var want []model.Passage
	dec := json.NewDecoder(bytes.NewReader(data))
	for dec.More() {
		var p model.Passage
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("%s: %v (run go test ./indexer -run Golden -update)", golden, err)
		}
		want = append(want, p)
	}
	byID := make(map[string]model.Passage, len(want))
	for _, p := range want {
		byID[p.ID] = p
	}
	seen := map[string]bool{}
	n := 0
	for _, p := range got {
		seen[p.ID] = true
		w, ok := byID[p.ID]
		switch {
		case !ok:
			t.Errorf("passage %s is new: %s", p.ID, p.Text)
			n++
		default:
			if d := cmp.Diff(w, p); d != "" {
				t.Errorf("passage %s differs (-want +got):\n%s", p.ID, d)
				n++
			}
		}
	}
	for _, p := range want {
		if !seen[p.ID] {
			t.Errorf("passage %s is gone: %s", p.ID, p.Text)
			n++
		}
	}
	if n == 0 {
		// Same passages, another order or encoding.
		ids := func(ps []model.Passage) []string {
			var out []string
			for _, p := range ps {
				out = append(out, p.ID)
			}
			return out
		}
		if d := cmp.Diff(ids(want), ids(got)); d != "" {
			t.Errorf("the passages are in another order (-want +got):\n%s", d)
		} else {
			t.Errorf("the passages are the same but %s is not written as the test writes it", golden)
		}
	}
	t.Errorf("%d of %d passages differ from %s; if intended, run go test ./indexer -run Golden -update and review the diff", n, len(got), golden)
}
