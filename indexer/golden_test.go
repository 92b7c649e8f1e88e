package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"testing"
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
		gl, wl := bytes.Split(got.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w []byte
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if !bytes.Equal(g, w) {
				t.Fatalf("passages differ from %s at line %d:\n-want %s\n+got  %s", golden, i+1, w, g)
			}
		}
	}
	// The registry: every person of the programme, with role.
	if n := len(c.Speakers); n != 28 {
		t.Errorf("registry has %d people, want the programme's 28", n)
	}
	for _, s := range c.Speakers {
		if s.Role == "" || s.Session == "" {
			t.Errorf("speaker %s lacks role or session: %+v", s.Name, s)
		}
	}
}
