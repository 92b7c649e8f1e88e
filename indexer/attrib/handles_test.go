package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestHandleRules: rule handleName on invented community-call notes.
func TestHandleRules(t *testing.T) {
	type want struct{ fragment, speaker, kind string }
	attendees := []doc.Block{
		para("Attendees:"),
		item("• Maria Lopez (@mlopez) — chair"),
		item("• Tomas Berg (@tberg)"),
		item("• Ines Okafor (@inok)"),
	}
	tests := []struct {
		name   string
		blocks []doc.Block
		want   []want
	}{
		{
			name:   "a handle the attendee list pairs with a name is that person",
			blocks: []doc.Block{para("@tberg said the cache was flushed twice a day.")},
			want:   []want{{"flushed twice", "Tomas Berg", "statement"}},
		},
		{
			name:   "a paragraph of two speakers splits at the handle's sentence",
			blocks: []doc.Block{para("Maria asked about the latency numbers. @inok said her team measured about two seconds. Maria wanted to know whether that was typical; it is not.")},
			want: []want{
				{"latency numbers", "Maria Lopez", "statement"},
				{"two seconds", "Ines Okafor", "statement"},
				{"whether that was typical", "Maria Lopez", "statement"},
			},
		},
		{
			name:   "a handle after a semicolon is the clause's source",
			blocks: []doc.Block{para("Tomas reported that the freeze is set for May; @mlopez asked whether that clashes with the holidays.")},
			want:   []want{{"freeze is set", "Tomas Berg", "statement"}, {"clashes with the holidays", "Maria Lopez", "statement"}},
		},
		{
			name:   "the handle written before the name in brackets",
			blocks: []doc.Block{para("Notes by @mlopez (Maria Lopez)."), para("Tomas Berg opened the call."), para("@mlopez noted that the tests were green.")},
			want:   []want{{"tests were green", "Maria Lopez", "statement"}},
		},
		{
			name:   "a pronoun after a handle's sentence continues the handle's person",
			blocks: []doc.Block{para("Maria Lopez summarised the options. She thinks the old API should go."), para("@tberg argued against removing it."), para("“Users would lose raw access,” he said.")},
			want:   []want{{"against removing", "Tomas Berg", "statement"}, {"lose raw access", "Tomas Berg", "quote"}},
		},
		{
			name:   "a handle nobody pairs is nobody we can name and stops the carry-over",
			blocks: []doc.Block{para("Maria Lopez summarised the options. @zed99 argued against removing it. “Users would lose raw access,” he said.")},
			want:   []want{{"summarised the options", "Maria Lopez", "statement"}, {"against removing", "", "narrative"}, {"lose raw access", "", "narrative"}},
		},
		{
			name:   "a handle as a turn's label",
			blocks: []doc.Block{para("@inok: I think the cache should be flushed hourly instead."), para("@zed99: I think the cache is fine as it is today.")},
			want:   []want{{"flushed hourly", "Ines Okafor", "statement"}, {"fine as it is", "", "narrative"}},
		},
		{
			name:   "an unpaired handle opening a sentence without a cue stops the carry-over",
			blocks: []doc.Block{para("Maria Lopez said the build was red. @zed99 fixed the flaky test. He thinks the cache caused it.")},
			want:   []want{{"build was red", "Maria Lopez", "statement"}, {"fixed the flaky test", "", "narrative"}, {"cache caused it", "", "narrative"}},
		},
		{
			name:   "a paired handle opening a sentence without a cue is who a pronoun continues",
			blocks: []doc.Block{para("Maria Lopez said the build was red. @tberg fixed the flaky test. He thinks the cache caused it.")},
			want:   []want{{"build was red", "Maria Lopez", "statement"}, {"cache caused it", "Tomas Berg", "statement"}},
		},
		{
			name:   "an e-mail address is no handle",
			blocks: []doc.Block{para("Maria Lopez said questions go to help@tberg.example, not to the list.")},
			want:   []want{{"questions go to", "Maria Lopez", "statement"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			blocks := append(append([]doc.Block{}, attendees...), tc.blocks...)
			res := Attribute(doc.Document{ID: "t", Blocks: blocks}, "Test", nil)
			for _, w := range tc.want {
				checkPassage(t, res, w.fragment, w.speaker, w.kind)
			}
		})
	}
}

func TestHandleAt(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"@jroe said", "jroe"},
		{"@obi-ach opened", "obi-ach"},
		{"help@jroe.example", ""}, // the "@" is no token opening a handle
		{"@ jroe", ""},
		{"@42 is a number", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text)
		got := ""
		for i := range toks {
			if h, ok := handleAt(toks, i); ok && (i == 0 || toks[i-1].end != toks[i].start) {
				got = h
				break
			}
		}
		if got != tc.want {
			t.Errorf("handleAt(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
