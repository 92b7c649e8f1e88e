package search

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestIsLabel(t *testing.T) {
	long := strings.Repeat("word ", labelMaxWords+1)
	tests := []struct {
		kind, text string
		want       bool
	}{
		// labels: titles, list entries, captions, lead-ins, front matter
		{KindNarrative, "SCP-012: Joint redesign of the standard library's date handling", true},
		{KindNarrative, "• Report of the Expert Panel on Coastal Flooding (Released May 3, 2022)", true},
		{KindNarrative, "Dana Okafor, Riverside Housing Trust", true},
		{KindNarrative, "The following motions were carried:", true},
		{KindNarrative, "Prevention", true},
		{KindNarrative, "Photo: a panel on the second day", true},
		{KindResource, "A handbook on labour inspection. https://example.org/handbook", true},
		// prose
		{KindNarrative, "The board adopted the budget.", false},
		{KindNarrative, "Delegates met in Geneva on Monday!", false},
		{KindNarrative, "The panel asked “who pays?”", false},
		{KindNarrative, "The fund grew. Members want more of it", false},
		{KindNarrative, "The fund grew. “More,” said one", false},
		{KindNarrative, strings.TrimSpace(long), false}, // a long sentence that lost its stop
		// speech is never a label
		{KindStatement, "Dana Okafor, Riverside Housing Trust", false},
		{KindQuote, "More data", false},
	}
	for _, tt := range tests {
		if got := isLabel(&Passage{Kind: tt.kind, Text: tt.text}); got != tt.want {
			t.Errorf("isLabel(%s %q) = %v, want %v", tt.kind, tt.text, got, tt.want)
		}
	}
}

// TestLabelsRankAfterProse: a short title holding the query's words ranks
// after the paragraph that discusses them, though BM25 alone puts the
// title first; with no prose holding the words, the title still comes.
func TestLabelsRankAfterProse(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i, text := range []string{
		"• Harbour Dredging Plan for the Northern Basin",
		"Several members discussed the timetable of the works, the cost of the contracts and the disposal of the spoil. " +
			"The engineer said the harbour dredging plan would take two winters in the northern basin, and that the fishermen would be consulted first.",
		"• Annual Report of the Port Authority",
	} {
		c.Passages = append(c.Passages, Passage{ID: fmt.Sprint("p", i), Doc: "d", Seq: i, Kind: KindNarrative, Text: text})
	}
	ix := buildOpen(t, c)
	if got, want := searchIDs(t, ix, Request{Query: "harbour dredging plan"}), []string{"p1", "p0"}; !slices.Equal(got, want) {
		t.Errorf("Search(harbour dredging plan) = %v, want %v (the prose, then the title)", got, want)
	}
	if got, want := searchIDs(t, ix, Request{Query: "annual report"}), []string{"p2"}; !slices.Equal(got, want) {
		t.Errorf("Search(annual report) = %v, want %v", got, want)
	}
}

// TestRankedPagesAgree: the reweighted ranking is one ranking whatever
// the page size: every page is the matching slice of the whole list, also
// for pages past the first window.
func TestRankedPagesAgree(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	n := 3 * rankWindow
	for i := range n {
		text := fmt.Sprintf("The committee discussed the budget for item %d at length and agreed on it.", i)
		if i%3 == 0 {
			text = fmt.Sprintf("Budget item %d", i) // a label
		}
		if i%7 == 0 {
			text += " budget budget" // more of the word: a higher score
		}
		c.Passages = append(c.Passages, Passage{ID: fmt.Sprint("p", i), Doc: "d", Seq: i, Kind: KindNarrative, Text: text})
	}
	ix := buildOpen(t, c)
	all := searchIDs(t, ix, Request{Query: "budget", Size: MaxSize})
	res, err := ix.Search(context.Background(), Request{Query: "budget", Size: MaxSize, Page: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		all = append(all, h.ID)
	}
	if len(all) != n {
		t.Fatalf("two pages of %d hold %d hits, want %d", MaxSize, len(all), n)
	}
	seen := map[string]bool{}
	for _, id := range all {
		if seen[id] {
			t.Fatalf("%s on two pages", id)
		}
		seen[id] = true
	}
	for _, size := range []int{1, 7, 10, 40} {
		for page := 1; (page-1)*size < n; page++ {
			res, err := ix.Search(context.Background(), Request{Query: "budget", Size: size, Page: page})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			from := (page - 1) * size
			if want := all[from:min(from+size, n)]; !slices.Equal(got, want) {
				t.Fatalf("page %d of size %d = %v, want %v", page, size, got, want)
			}
		}
	}
	// with the same words, every prose passage ranks before every label
	plain := func(id string) bool { return !strings.Contains(ix.passages[ix.pos[id]].Text, "budget budget") }
	lastProse, firstLabel := -1, len(all)
	for i, id := range all {
		switch {
		case !plain(id):
		case ix.weight[ix.pos[id]] == labelWeight:
			firstLabel = min(firstLabel, i)
		default:
			lastProse = i
		}
	}
	if lastProse > firstLabel {
		t.Errorf("a label ranks %d, before prose at %d", firstLabel+1, lastProse+1)
	}
}

func TestIsQuestion(t *testing.T) {
	tests := []struct {
		kind, text string
		want       bool
	}{
		{KindStatement, "Dana Okafor asked whether the fund would be renewed.", true},
		{KindStatement, "He asked the Minister about the delay to the ferry.", true},
		{KindStatement, "Q: Will the bridge reopen before winter?", true},
		{KindStatement, "Ms Okafor wondered how the levy would be collected. She asked if councils would keep it.", true},
		{KindQuote, "“Who pays for the repairs?” she asked.", true},
		{KindStatement, "QUESTION (Ana Lind, Daily Example): Thank you. On Sudan, the appeal is underfunded. Is it enough?", true},
		{KindStatement, "Q: Thank you. Will the bridge reopen?", true},
		{KindStatement, "Q51 Chair: Can I bring in the question of fares. The cap has been extended again. Has it made a difference?", true},
		{KindStatement, "Q53 Mr Roe: Should the money be redirected to frequency, then?", true},
		{KindNarrative, "Q1 2024 was the best quarter on record: revenue rose by four per cent and costs fell.", false},
		// an answer, a request, a mixed passage
		{KindStatement, "Questions of funding were raised by the Minister.", false},
		{KindStatement, "She asked for support, which was granted.", false},
		{KindStatement, "The Minister replied that the fund would be renewed.", false},
		{KindStatement, "Dana Okafor asked the Council to renew the fund.", false},
		{KindStatement, "She asked whether the fund would be renewed. The Minister said it would.", false},
		{KindNarrative, "The panel answered “who pays?” at length.", false},
		{KindResource, "Who pays? A report on levies. https://example.org/levies", false},
	}
	for _, tt := range tests {
		if got := isQuestion(&Passage{Kind: tt.kind, Text: tt.text}); got != tt.want {
			t.Errorf("isQuestion(%s %q) = %v, want %v", tt.kind, tt.text, got, tt.want)
		}
	}
}

// TestQuestionsRankAfterAnswers: a question repeating a search's words
// ranks after the answer holding the same words, though BM25 alone puts
// the shorter question first; with no answer, the question still comes.
func TestQuestionsRankAfterAnswers(t *testing.T) {
	c := Corpus{Documents: []Document{{ID: "d", Title: "D"}}}
	for i, text := range []string{
		"Dana Okafor asked whether the ferry subsidy would be renewed.",
		"The Minister replied that the ferry subsidy would be renewed for two years, with the operators paying a larger share of the costs after an audit of the routes.",
		"Tom Reyes asked how the harbour levy would be collected.",
	} {
		c.Passages = append(c.Passages, Passage{ID: fmt.Sprint("p", i), Doc: "d", Seq: i, Kind: KindStatement, Text: text})
	}
	ix := buildOpen(t, c)
	if got, want := searchIDs(t, ix, Request{Query: "ferry subsidy renewed"}), []string{"p1", "p0"}; !slices.Equal(got, want) {
		t.Errorf("Search(ferry subsidy renewed) = %v, want %v (the answer, then the question)", got, want)
	}
	if got, want := searchIDs(t, ix, Request{Query: "harbour levy"}), []string{"p2"}; !slices.Equal(got, want) {
		t.Errorf("Search(harbour levy) = %v, want %v", got, want)
	}
}
