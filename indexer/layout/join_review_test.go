package layout

import "testing"

// TestJoinAcrossNoteReview: a reviewer's cases for joinBroken. A body
// line cut before a capitalised word (ragged right, a long word that did
// not fit; a full-width single line cut before a name or "I") still joins
// its continuation across a note: commit acbf940 split them, and only a
// centred single line (a dateline) stays apart now (TestDatelineAboveNote).
func TestJoinAcrossNoteReview(t *testing.T) {
	const body, italic, size, lead = "Times-Roman", "Times-Italic", 10.0, 12.0
	cases := []struct {
		name  string
		above []string // body lines above the note, flush left at 72
		note  string
		below []string // body lines after the note
	}{
		{
			name: "ragged right: a line left short by a long capitalised word",
			above: []string{
				"The second session turned to the recruitment of seasonal workers in agriculture,",
				"where delegates heard that fees charged by agencies had doubled since 2021. The",
				"inspection reports were presented to the delegates on behalf of the", // 67 chars: "International" (13) did not fit in 80
			},
			note: "Figure 3 shows the fees charged per worker in each region.",
			below: []string{
				"International Labour Organization by its regional coordinator, who answered",
				"questions from the floor for most of the afternoon and promised a written reply.",
			},
		},
		{
			name:  "a single full-width line cut before a name",
			above: []string{"Opening the second day, the Minister of Labour told the delegates that the ministry of"},
			note:  "Photo: delegates arriving at the conference centre on the second day.",
			below: []string{
				"Romania would double the number of labour inspectors by the end of the year and",
				"publish the results of every inspection within a month of its completion.",
			},
		},
		{
			name:  "a single full-width line cut before 'I'",
			above: []string{"Asked about the delays in the programme, the coordinator replied that neither she nor"},
			note:  "Photo: the coordinator answering questions from the press after the session.",
			below: []string{
				"I had been told of the audit before it was published, and that she regretted it",
				"deeply because the findings concerned every partner of the programme.",
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ts typeset
			y := 760.0
			for i := 0; i < 4; i++ { // an earlier paragraph
				ts.line(72, y, size, body, sentence("bd", i*9, 9))
				y -= lead
			}
			ts.line(72, y, size, body, "end of the introduction.")
			y -= 2 * lead
			for _, l := range tc.above {
				ts.line(72, y, size, body, l)
				y -= lead
			}
			y -= lead
			ts.line(90, y, size, italic, tc.note)
			y -= 2 * lead
			for _, l := range tc.below {
				ts.line(72, y, size, body, l)
				y -= lead
			}
			want := ""
			for _, l := range append(append([]string{}, tc.above...), tc.below...) {
				if want != "" {
					want += " "
				}
				want += l
			}
			bs := ts.blocks()
			for _, b := range bs {
				if b.Text == want {
					return
				}
			}
			logBlocks(t, bs)
			t.Errorf("no block %q", want)
		})
	}
}
