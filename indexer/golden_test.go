package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
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
		// One passage a line: the diff names the passages that changed,
		// field by field.
		t.Errorf("passages differ from %s (-want +got; run go test ./indexer -run Golden -update after an intended change):\n%s",
			golden, cmp.Diff(passageLines(t, want), passageLines(t, got.Bytes())))
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

// passageLines decodes a golden file, one JSON object a line, into
// generic maps so that cmp.Diff shows the fields that differ.
func passageLines(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, l := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var m map[string]any
		if err := json.Unmarshal(l, &m); err != nil {
			t.Fatalf("golden line %q: %v", l, err)
		}
		out = append(out, m)
	}
	return out
}
