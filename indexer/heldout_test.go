package indexer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/osce-tools/confsearch/model"
)

// The held-out documents (testdata/heldout, heldout2 … heldout5, each made
// by its make.sh): sets of seven or eight meeting reports written for this
// project by other authors, in the genres of the evaluation suite and
// more, each through another PDF producer, with judged facts in the
// acceptance harness's format. They were written without reading
// indexer/attrib, to find where attribution over-fits, and measured before
// they were used for fixing (docs/quality.md gives those figures).
//
// TestHeldout judges the passages the indexer makes of them as the harness
// does (../shared/tools/evaluate.py): a quote or statement is right when a
// passage holding its text credits the judged speaker (by surname) and none
// credits anybody else; an unattributed sentence must credit no one.
//
//   - A wrong credit fails the test, except the known ones listed in
//     heldoutKnownWrong (each with its cause); when one of those is fixed the
//     test logs it so that it can be removed from the list.
//   - A miss (no credit) is logged; each document's attribution and
//     narrative_clean scores must stay at or above their floor (the scores
//     the system reached when the documents were written): raise the floors
//     as attribution improves.

// heldoutFloors are each document's scores when the test was written.
var heldoutFloors = map[string]struct{ attribution, narrative float64 }{
	"heldout/envoy-interview":       {1.000, 1.000},
	"heldout/hearing-summary":       {1.000, 1.000},
	"heldout/inc-bulletin":          {1.000, 1.000},
	"heldout/minerals-readout":      {1.000, 1.000},
	"heldout/openmap-minutes":       {1.000, 1.000},
	"heldout/quill-summit":          {1.000, 1.000},
	"heldout/water-forum":           {1.000, 1.000},
	"heldout2/board-minutes":        {0.951, 1.000},
	"heldout2/chair-summary":        {0.946, 1.000},
	"heldout2/committee-report":     {1.000, 1.000},
	"heldout2/devconf-blog":         {1.000, 1.000},
	"heldout2/press-readout":        {1.000, 1.000},
	"heldout2/un-bulletin":          {1.000, 1.000},
	"heldout2/workshop-report":      {0.951, 1.000},
	"heldout3/council":              {1.000, 1.000},
	"heldout3/enb-bulletin":         {1.000, 1.000},
	"heldout3/foundation-board":     {0.946, 1.000},
	"heldout3/lang-summit":          {0.951, 1.000},
	"heldout3/leaders-readout":      {0.799, 1.000},
	"heldout3/osce-conference":      {1.000, 1.000},
	"heldout3/press-conference":     {1.000, 1.000},
	"heldout3/symposium":            {0.937, 1.000},
	"heldout4/board-minutes":        {0.956, 1.000},
	"heldout4/council":              {1.000, 1.000},
	"heldout4/enb-daily":            {1.000, 1.000},
	"heldout4/lang-summit":          {1.000, 1.000},
	"heldout4/osce-conference":      {1.000, 1.000},
	"heldout4/readout":              {1.000, 1.000},
	"heldout4/select-committee":     {0.959, 0.799},
	"heldout4/workshop":             {1.000, 1.000},
	"heldout5/devconf-recap":        {0.957, 1.000},
	"heldout5/leaders-summit":       {0.957, 1.000},
	"heldout5/ngo-workshop":         {1.000, 1.000},
	"heldout5/press-briefing":       {0.940, 1.000},
	"heldout5/regulator-hearing":    {1.000, 1.000},
	"heldout5/school-board":         {1.000, 1.000},
	"heldout5/security-council":     {1.000, 0.799},
	"heldout5/society-agm":          {1.000, 1.000},
	"heldout6/agm-report":           {1.000, 0.666},
	"heldout6/au-ministerial":       {1.000, 1.000},
	"heldout6/conf-blog":            {1.000, 1.000},
	"heldout6/ep-plenary":           {0.861, 0.832},
	"heldout6/roundtable":           {1.000, 1.000},
	"heldout6/tribunal-hearing":     {1.000, 1.000},
	"heldout6/trust-board":          {1.000, 0.832},
	"heldout6/wg-call":              {1.000, 1.000},
	"heldout7/committee":            {1.000, 1.000},
	"heldout7/enb-daily":            {0.957, 1.000},
	"heldout7/foundation-board":     {0.949, 1.000},
	"heldout7/lang-summit":          {0.956, 1.000},
	"heldout7/ngo-webinar":          {0.949, 1.000},
	"heldout7/osce-conference":      {1.000, 1.000},
	"heldout7/readout":              {1.000, 1.000},
	"heldout7/town-council":         {0.959, 1.000},
	"heldout8/contact-group":        {1.000, 1.000},
	"heldout8/coop-agm":             {1.000, 1.000},
	"heldout8/core-sprint":          {0.957, 1.000},
	"heldout8/journalism-panel":     {1.000, 0.856},
	"heldout8/mdb-seminar":          {0.904, 1.000},
	"heldout8/planning-committee":   {0.954, 1.000},
	"heldout8/select-committee":     {0.916, 0.749},
	"heldout8/summit-chair":         {0.888, 1.000},
	"heldout11/cyber-conference":    {0.960, 1.000},
	"heldout11/enb-daily":           {1.000, 1.000},
	"heldout11/lang-summit":         {1.000, 1.000},
	"heldout11/leaders-readout":     {0.947, 1.000},
	"heldout11/plenary-debate":      {1.000, 1.000},
	"heldout11/press-briefing":      {1.000, 0.500},
	"heldout11/senate-meeting":      {0.950, 1.000},
	"heldout11/steering-minutes":    {1.000, 1.000},
	"heldout12/assembly-conference": {0.960, 1.000},
	"heldout12/consultation-report": {1.000, 1.000},
	"heldout12/enb-summary":         {0.957, 1.000},
	"heldout12/hearing-summary":     {0.777, 1.000},
	"heldout12/maintainers-summit":  {1.000, 0.857},
	"heldout12/ministerial-readout": {0.961, 1.000},
	"heldout12/trustees-minutes":    {1.000, 1.000},
	"heldout12/webinar-recap":       {1.000, 1.000},
	"heldout13/board-minutes":       {0.956, 1.000},
	"heldout13/call-readout":        {1.000, 1.000},
	"heldout13/committee-hearing":   {1.000, 1.000},
	"heldout13/db-summit":           {0.956, 1.000},
	"heldout13/enb-daily":           {0.904, 1.000},
	"heldout13/media-briefing":      {1.000, 1.000},
	"heldout13/osce-migration":      {1.000, 1.000},
	"heldout13/science-workshop":    {1.000, 1.000},
	"heldout18/city-council":        {1.000, 1.000},
	"heldout18/coe-expert":          {1.000, 1.000},
	"heldout18/committee-minutes":   {0.964, 1.000},
	"heldout18/consortium-notes":    {0.904, 0.857},
	"heldout18/enb-ocean":           {0.962, 1.000},
	"heldout18/hrc-dialogue":        {0.851, 0.800},
	"heldout18/leaders-call":        {1.000, 1.000},
	"heldout18/rust-summit":         {1.000, 0.857},
	"heldout17/advisory-committee":  {0.809, 0.714},
	"heldout17/budget-hearing":      {1.000, 1.000},
	"heldout17/court-argument":      {0.947, 1.000},
	"heldout17/inquiry-minutes":     {0.923, 1.000},
	"heldout17/leaders-readout":     {0.909, 1.000},
	"heldout17/members-forum":       {0.900, 1.000},
	"heldout17/osce-conference":     {1.000, 1.000},
	"heldout17/panel-qa":            {0.850, 0.857},
	"heldout16/bank-minutes":        {1.000, 1.000},
	"heldout16/cluster-notes":       {0.823, 0.857},
	"heldout16/expert-conference":   {1.000, 1.000},
	"heldout16/hearing":             {0.965, 1.000},
	"heldout16/podcast-panel":       {1.000, 1.000},
	"heldout16/school-board":        {0.961, 1.000},
	"heldout16/union-congress":      {1.000, 1.000},
	"heldout16/wha-summary":         {0.888, 1.000},
	"heldout15/committee":           {1.000, 0.833},
	"heldout15/community-call":      {0.904, 1.000},
	"heldout15/council-minutes":     {1.000, 0.833},
	"heldout15/g20-chair":           {1.000, 1.000},
	"heldout15/panel-plenary":       {0.947, 1.000},
	"heldout15/plenary":             {0.965, 1.000},
	"heldout15/roundtable":          {1.000, 1.000},
	"heldout15/tribunal":            {0.904, 1.000},
	"heldout14/agm-summary":         {1.000, 1.000},
	"heldout14/cardio-session":      {0.947, 1.000},
	"heldout14/hansard":             {1.000, 0.666},
	"heldout14/senate-minutes":      {1.000, 1.000},
	"heldout14/summit-presser":      {1.000, 0.666},
	"heldout14/townhall":            {1.000, 1.000},
	"heldout14/unsc-coverage":       {1.000, 0.833},
	"heldout14/wg-minutes":          {1.000, 0.857},
	"heldout9/board-minutes":        {0.943, 1.000},
	"heldout9/care-conference":      {0.966, 1.000},
	"heldout9/committee-evidence":   {1.000, 1.000},
	"heldout9/flood-press":          {1.000, 0.799},
	"heldout9/freshwater-workshop":  {1.000, 1.000},
	"heldout9/minerals-readout":     {0.932, 1.000},
	"heldout9/ocean-bulletin":       {1.000, 0.856},
	"heldout9/quillon-summit":       {1.000, 1.000},
	"heldout10/city-council":        {1.000, 1.000},
	"heldout10/hrc-dialogue":        {1.000, 1.000},
	"heldout10/ietf-wg":             {0.967, 1.000},
	"heldout10/media-panel":         {1.000, 1.000},
	"heldout10/ministerial":         {0.888, 1.000},
	"heldout10/mpc-minutes":         {1.000, 1.000},
	"heldout10/trust-board":         {1.000, 1.000},
	"heldout10/union-congress":      {0.957, 1.000},
}

// heldoutKnownWrong are the wrong credits of the held-out documents when the
// test was written (judged text → what the system credits and why). They
// are to be fixed in indexer/attrib, not tolerated: empty this list.
var heldoutKnownWrong = map[string]string{
	"That observation, more than anything, seemed to shift the mood":                   "heldout18 rust-summit: the author's comment closes a speaker's paragraph and carries on her passage (a passage cannot tell the author's remark from a sentence continuing her account)",
	"the Committee's mandate was limited to scientific risk assessment":                "heldout17 advisory-committee: 'The Chair' has two holders, the members list's '(Chair)' and the Vice-Chair who chairs a working group in this section; the section's one wins. Preferring a list's holder broke a readout of set 9 (measured): left",
	"The minutes of the 40th meeting were approved with one correction":                "heldout17 advisory-committee: 'a correction proposed by Dr. Brekke' credits Brekke as a passive cue's agent; the judge reads the minutes' approval as their own voice (a strict call)",
	"set the tone for the whole afternoon":                                             "heldout17 members-forum: '…, and the answers, she said, set the tone' inside a sentence whose subject is Rangi (gender never stated) goes to Rangi; the judge reads it as the rapporteur's report (its author calls it ambiguous)",
	"which most people in the room seemed to like":                                     "heldout12 maintainers-summit: the author's relative clause ends the speaker's sentence; a passage cannot split a sentence",
	"The Mayor began with an update on the clean-up":                                   "heldout9 flood-press: 'began with' is a framing cue and the Mayor is the one holder of the office; its author judges the description of what she did as narration (and calls it debatable)",
	"an idea that several delegates greeted with visible scepticism":                   "heldout9 ocean-bulletin: a narrative clause inside CANADA's sentence; a passage cannot split a sentence",
	"an insurance company for foreign investors":                                       "heldout8 mdb-seminar: credited to Cheng Weiguo, the right person; the judge names him by his family name, written first, and surname matching takes the last word",
	"domestic investors in borrowing countries be counted in the mobilization figures": "heldout8 mdb-seminar: as above (Cheng Weiguo)",
	"the Department was reviewing it and would publish proposals in the spring":        "heldout8 select-committee: 'X pressed the Minister … He told her that …' — the he/she goes to the asker; an object pronoun ('her') naming the subject of the sentence before is not read",
	"all three named stories that had been paid for by someone other than readers":     "heldout8 journalism-panel: the narration ends a speaker's paragraph and carries on her passage",
	"who retired in December after thirty-one years with the company":                  "heldout6 agm-report: a relative clause inside the Chair's sentence 'She paid tribute to X, who retired …' — the passage is the sentence, and the judge reads the clause as narration",
	"had completed its first fully autonomous mapping mission":                         "heldout6 agm-report: as above, a clause of the Chair's credited sentence",
	"to applause from the centre of the Chamber":                                       "heldout6 ep-plenary: narration inside the sentence of a quote ('…,” she said, to applause from …')",
	"The Company Secretary presented the updated risk register":                        "heldout6 trust-board: 'presented' is a speech cue and the Company Secretary is Ruth Amankwah ('In attendance: Ruth Amankwah (Company Secretary, minutes)'); the judge reads the minute-taker's presentation as the minutes' own voice",
	"The Minister has agreed to provide the requested estimates by 6 March":            "heldout4 select-committee: a sentence of a 'Next steps' section with the Minister as subject and a cue (agreed) is the Minister's; the judge reads the section as the report's own voice",
}

type heldoutGold struct {
	NameMatch string `json:"name_match"`
	Quotes    []struct {
		Text, Speaker string
	} `json:"quotes"`
	Statements []struct {
		Text, Speaker string
	} `json:"statements"`
	Unattributed []struct {
		Text string
	} `json:"unattributed"`
}

// heldoutNorm folds text as the harness does: NFKC, then NFKD without
// combining marks, lower case, ASCII letters and digits only.
func heldoutNorm(s string) string {
	s = norm.NFKD.String(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestHeldout(t *testing.T) {
	// testdata/heldout*: each set written by another author, the later
	// ones while the earlier were being fixed.
	pdfs, err := filepath.Glob(filepath.Join("..", "testdata", "heldout*", "*.pdf"))
	if err != nil || len(pdfs) < 3 {
		t.Fatalf("too few held-out PDFs under testdata/heldout* (%v)", err)
	}
	// Each set is a corpus of its own (sets reuse document names): a
	// document's id here is "set/name".
	setOf := func(f string) string { return filepath.Base(filepath.Dir(f)) }
	idOf := func(f string) string { return setOf(f) + "/" + strings.TrimSuffix(filepath.Base(f), ".pdf") }
	tmp := t.TempDir()
	for _, f := range pdfs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(tmp, setOf(f))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sets, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]model.Passage{}
	for _, set := range sets {
		var sum Summary
		c, err := Load(context.Background(), filepath.Join(tmp, set.Name()), Options{}, &sum)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.Passages {
			id := set.Name() + "/" + p.Doc
			byDoc[id] = append(byDoc[id], p)
		}
	}
	stillWrong := map[string]bool{}
	for _, f := range pdfs {
		id := idOf(f)
		t.Run(id, func(t *testing.T) {
			var g heldoutGold
			b, err := os.ReadFile(strings.TrimSuffix(f, ".pdf") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &g); err != nil {
				t.Fatal(err)
			}
			floor, ok := heldoutFloors[id]
			if !ok {
				t.Fatalf("no floor for %s in heldoutFloors", id)
			}
			ps := byDoc[id]
			if len(ps) == 0 {
				t.Fatalf("no passages for %s", id)
			}
			folded := make([]string, len(ps))
			for i, p := range ps {
				folded[i] = heldoutNorm(p.Text)
			}
			containing := func(s string) []model.Passage {
				n := heldoutNorm(s)
				var out []model.Passage
				for i := range ps {
					if strings.Contains(folded[i], n) {
						out = append(out, ps[i])
					}
				}
				return out
			}
			same := func(name, judged string) bool {
				if g.NameMatch == "surname" {
					return name != "" && strings.HasSuffix(heldoutNorm(name), heldoutNorm(judged))
				}
				return name != "" && heldoutNorm(name) == heldoutNorm(judged)
			}
			speaker := func(p model.Passage) string {
				if p.Speaker == nil {
					return ""
				}
				return p.Speaker.Name
			}
			wrongCredit := func(text, msg string) {
				if cause, known := heldoutKnownWrong[text]; known {
					stillWrong[text] = true
					t.Logf("known wrong credit: %s (%s)", msg, cause)
					return
				}
				t.Errorf("wrong credit: %s", msg)
			}
			right, n := 0, 0
			for _, set := range []struct {
				kind  string
				items []struct{ Text, Speaker string }
			}{{"quote", g.Quotes}, {"statement", g.Statements}} {
				kind := set.kind
				for _, it := range set.items {
					n++
					hits := containing(it.Text)
					good, wrong := false, ""
					for _, p := range hits {
						switch sp := speaker(p); {
						case sp == "":
						case !same(sp, it.Speaker):
							wrong = sp
						case kind == "statement" || p.Kind == model.KindQuote:
							good = true
						}
					}
					switch {
					case wrong != "":
						wrongCredit(it.Text, kind+" "+it.Text+" → "+it.Speaker+", credited to "+wrong)
					case good:
						right++
					case len(hits) == 0:
						t.Logf("miss %s: %q → %s: no passage holds it", kind, it.Text, it.Speaker)
					default:
						t.Logf("miss %s: %q → %s: %s passage credited to %q", kind, it.Text, it.Speaker, hits[0].Kind, speaker(hits[0]))
					}
				}
			}
			clean := 0
			for _, it := range g.Unattributed {
				hits := containing(it.Text)
				credited := ""
				for _, p := range hits {
					if sp := speaker(p); sp != "" {
						credited = sp
					}
				}
				switch {
				case credited != "":
					wrongCredit(it.Text, "unattributed "+it.Text+", credited to "+credited)
				case len(hits) == 0:
					t.Logf("miss unattributed: %q: no passage holds it", it.Text)
				default:
					clean++
				}
			}
			attribution := float64(right) / float64(max(n, 1))
			narrative := float64(clean) / float64(max(len(g.Unattributed), 1))
			t.Logf("attribution %.3f (%d/%d), narrative_clean %.3f", attribution, right, n, narrative)
			if attribution < floor.attribution {
				t.Errorf("attribution %.3f is below its floor %.3f", attribution, floor.attribution)
			}
			if narrative < floor.narrative {
				t.Errorf("narrative_clean %.3f is below its floor %.3f", narrative, floor.narrative)
			}
		})
	}
	for text := range heldoutKnownWrong {
		if !stillWrong[text] {
			t.Logf("fixed: %q is no longer credited wrongly; remove it from heldoutKnownWrong", text)
		}
	}
}
