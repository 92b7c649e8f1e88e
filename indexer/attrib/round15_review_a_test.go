package attrib

// A third reviewer's cases (round 15), batch A: quoteAfterTopic, bareCue,
// handleGivenName. The wrong credits they found are fixed (a bare cue
// continues only into a sentence that refers back to its source; a
// quotation follows a sentence that opens with its one person; a short
// given name that begins several given names names no one).
// Invented sentences; each want is what a careful reader would credit.
// REVIEW_DUMP=1 prints every passage.

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

var r1202cMinutes = para("Present: Councillor Jane Roe (Chair), Councillor Tomas Brandt, Councillor Ilse Moreau, Ms Priya Nair (Clerk).")

var review1202cA = []ruleCase{
	// --- quoteAfterTopic
	{
		name: "quoteAfterTopic: a quotation after a sentence about someone else",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Brandt said the hall needed a new roof. The long-service award went to Priya Nair. “Every one of these twenty years has been a joy to me.”")},
		want: []passageWant{{"twenty years has been", "", "narrative"}},
	},
	{
		name: "quoteAfterTopic: Roe's daughter (pre-existing: the name-first sentence carries)",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Roe said the grant would be renewed. Councillor Roe’s daughter was in the audience. “Mum never misses a vote, even with a broken leg.”")},
		want: []passageWant{{"never misses a vote", "", "narrative"}},
	},
	{
		name: "quoteAfterTopic: a plaque inscription after a sentence about the speaker",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Moreau thanked the volunteers. A plaque was unveiled in memory of Tomas Brandt. “Forty years of quiet devotion to this town and its people.”")},
		want: []passageWant{{"quiet devotion", "", "narrative"}},
	},
	{
		name: "quoteAfterTopic: a quoted letter from residents after a sentence about one councillor",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Moreau said she had received many letters. One was addressed to Councillor Brandt. “The potholes on Mill Lane are a danger to every cyclist.”")},
		want: []passageWant{{"potholes on Mill Lane", "", "narrative"}},
	},
	{
		name: "quoteAfterTopic: Roe's daughter after a sentence that stops the carry",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Roe said the grant would be renewed. The public gallery was full. Among the guests was the daughter of Councillor Roe. “Mum never misses a vote, even with a broken leg.”")},
		want: []passageWant{{"never misses a vote", "", "narrative"}},
	},
	{
		name: "quoteAfterTopic: a resident's words after a sentence about the councillor",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Moreau said she had received many letters. A resident wrote to Councillor Moreau last week. “Mill Lane is a danger to every cyclist in the village.”")},
		want: []passageWant{{"danger to every cyclist", "", "narrative"}},
	},
	{
		name: "quoteAfterTopic: a quotation after a sentence naming only someone other than the last source",
		blocks: []doc.Block{r1202cMinutes,
			para("Councillor Brandt said the hall needed a new roof. The gallery was full. A bouquet was presented to Priya Nair. “Twenty years in this job have been a joy.”")},
		want: []passageWant{{"Twenty years in this job", "", "narrative"}},
	},
	{
		name:   "quoteAfterTopic: a sign's words after the sentence about who unveiled it",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Brandt said the works were finished. Councillor Roe unveiled the new sign at the bridge. “Welcome to Millbrook, a town of gardens and good neighbours.”")},
		want:   []passageWant{{"town of gardens", "", "narrative"}},
	},
	{
		name:   "quoteAfterTopic: a question from the floor after the chair took questions",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Brandt said the works were finished. Councillor Roe then took questions from the public. “Why is the library closed on Saturdays now?”")},
		want:   []passageWant{{"library closed on Saturdays", "", "narrative"}},
	},
	// --- bareCue
	{
		name:   "bareCue: narration after a bare cue (the meeting adjourned)",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Brandt agreed. The meeting then adjourned at 9.15 pm.")},
		want:   []passageWant{{"adjourned at 9.15", "", "narrative"}},
	},
	{
		name:   "bareCue: a vote after a bare cue",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Moreau objected. The motion was carried by five votes to two.")},
		want:   []passageWant{{"carried by five votes", "", "narrative"}},
	},
	{
		name:   "bareCue: they after a bare cue",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Moreau disagreed. They voted on the amendment at once.")},
		want:   []passageWant{{"voted on the amendment", "", "narrative"}},
	},
	{
		name:   "bareCue: reception after a bare cue",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Brandt spoke briefly. His remarks drew applause from the gallery.")},
		want:   []passageWant{{"drew applause", "", "narrative"}},
	},
	{
		name:   "bareCue: an item heading-like sentence after a bare cue",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Roe concurred. Item 7 was deferred to the March meeting.")},
		want:   []passageWant{{"deferred to the March", "", "narrative"}},
	},
	{
		name:   "bareCue: the clerk's action after a bare cue",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Brandt agreed. Copies of the report were circulated to members.")},
		want:   []passageWant{{"were circulated", "", "narrative"}},
	},
	{
		name:   "bareCue: 'X arrived' is no cue (control)",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Brandt arrived late. The accounts were approved.")},
		want:   []passageWant{{"accounts were approved", "", "narrative"}},
	},
	{
		name:   "bareCue: seconded",
		blocks: []doc.Block{r1202cMinutes, para("Councillor Roe proposed that the accounts be approved. Councillor Brandt seconded. All were in favour.")},
		want:   []passageWant{{"All were in favour", "", "narrative"}},
	},
	{
		name:   "bareCue: thanked everyone",
		blocks: []doc.Block{r1202cMinutes, para("The Chair thanked everyone. The next meeting will be held on 4 May.")},
		want:   []passageWant{{"next meeting will be held", "", "narrative"}},
	},
	{
		name: "bareCue: a bulletin's narration after a party's bare cue",
		blocks: []doc.Block{para("NORWAY said the text was balanced. CHILE stressed funds. KENYA noted gaps in the data."),
			para("BRAZIL objected. Informal consultations continued into the night.")},
		want: []passageWant{{"consultations continued", "", "narrative"}},
	},
	// --- handleGivenName
	{
		name: "handleGivenName: a handle prefix that begins two attendees' given names",
		blocks: []doc.Block{
			para("Attendees: Christina Okafor (@chris-ok), Christopher Lund, Maya Berg (@mberg)."),
			para("Chris asked whether the release could slip a week. Maya disagreed."),
		},
		want: []passageWant{{"release could slip", "", "narrative"}},
	},
	{
		name: "handleGivenName: two handles with the same prefix",
		blocks: []doc.Block{
			para("Attendees: Alexandra Petrov (@alex-p), Alexander Quist (@alexq), Maya Berg (@mberg)."),
			para("Alex said the benchmarks were flaky on ARM."),
		},
		want: []passageWant{{"benchmarks were flaky", "", "narrative"}},
	},
	{
		name: "handleGivenName: the short name is another attendee's surname",
		blocks: []doc.Block{
			para("Attendees: Leena Sorensen (@lee-s), Kim Lee (@kimlee), Maya Berg (@mberg)."),
			para("Kim Lee opened the call. Lee said the mirrors were out of date."),
		},
		want: []passageWant{{"mirrors were out of date", "Kim Lee", "statement"}},
	},
	{
		name: "handleGivenName: a short name that is a common word",
		blocks: []doc.Block{
			para("Attendees: William Osei (@will-o), Maya Berg (@mberg)."),
			para("Maya presented the roadmap. Will the new CI runners be ready in time, asked the chair."),
		},
		want: []passageWant{{"CI runners", "", "narrative"}},
	},
	{
		name: "handleGivenName: control, the short name",
		blocks: []doc.Block{
			para("Attendees: Oluwaseun Adebanjo (@seun-a), Maya Berg (@mberg)."),
			para("Seun said the docs build was broken on main."),
		},
		want: []passageWant{{"docs build", "Oluwaseun Adebanjo", "statement"}},
	},
}

func TestRound15ReviewA(t *testing.T) {
	reviewDump(t, review1202cA)
	runRuleCases(t, review1202cA, false)
}

var _ = doc.Paragraph
