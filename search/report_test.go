package search_test

import (
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/search"
	"github.com/osce-tools/confsearch/search/lexicon"
)

// openReport builds the index of the project's corpus (corpus/report.pdf)
// into a temporary directory and opens it.
func openReport(t *testing.T) *search.Index {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	if _, err := indexer.Build(context.Background(), filepath.Join("..", "corpus"), dir, indexer.Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// TestVerifyReport is the verification table over the report: faithful
// quotes (case, quotation marks, spacing, dashes, elisions, bracketed
// insertions) are exact and credited to the right speaker; altered ones
// (a negation added or removed, an antonym, a changed number, person or
// group, a swapped word) are altered, name the changed words and say
// whether the change may alter the meaning.
func TestVerifyReport(t *testing.T) {
	ix := openReport(t)
	tests := []struct {
		name    string
		quote   string
		passage string // the passage of the top match
		speaker string // its speaker, "" for the report's own words
		verdict string
		changed []string // words named by the differences (either side)
		change  string   // the change of the first difference with Meaning, if any
	}{
		// faithful
		{"exact sentence", "We thought empowerment would miraculously prevent human trafficking.",
			"report-p26-6", "Cathy Zimmerman", search.VerdictExact, nil, ""},
		{"case and curly marks", "“WE NEED SPECIFIC INVESTMENT IN R&D ON PREVENTION”",
			"report-p26-6", "Cathy Zimmerman", search.VerdictExact, nil, ""},
		{"straight marks, spacing, en dash", "\"Harm  is\nharm. We need to create equity in anti–trafficking work\"",
			"report-p13-1", "Rafael Bautista", search.VerdictExact, nil, ""},
		{"elision …", "We have reached a defining moment … It is imperative that we adopt a fresh strategic vision",
			"report-p7-4", "Kari Johnstone", search.VerdictExact, nil, ""},
		{"elision […]", "The Roma community is at risk of human trafficking for two main reasons: […] there is a lack of integration of anti-trafficking initiatives into broader social support services.",
			"report-p26-7", "Elżbieta Mirga-Wójtowicz", search.VerdictExact, nil, ""},
		{"elision ...", "Social prevention is very effective in the long term... We also need to provide education, legal assistance, and social support services.",
			"report-p26-4", "Valentin Vătăjelu", search.VerdictExact, nil, ""},
		{"elision at both ends", "…it is imperative that we adopt a fresh strategic vision…",
			"report-p7-4", "Kari Johnstone", search.VerdictExact, nil, ""},
		{"bracketed insertion", "It is our shared responsibility to combat this problem [human trafficking] which prays on the most vulnerable segments of society.",
			"report-p26-2", "Helga Maria Schmid", search.VerdictExact, nil, ""},
		{"bracketed replacement", "[Kazakhstan's new law] and its structure will work to prevent trafficking in human beings",
			"report-p27-2", "Marat Bashimov", search.VerdictExact, nil, ""},
		{"bracketed letter", "[w]hen we do nothing, we are perpetrating the same violence that was done to us in the past.",
			"report-p27-7", "Rafael Bautista", search.VerdictExact, nil, ""},
		{"accents dropped", "Elzbieta Mirga-Wojtowicz, 48 per cent of victims identified in Roma communities in Romania were children",
			"report-p12-4", "Elżbieta Mirga-Wójtowicz", search.VerdictExact, nil, ""},
		{"percent sign", "48% of victims identified in Roma communities in Romania were children",
			"report-p12-4", "Elżbieta Mirga-Wójtowicz", search.VerdictExact, nil, ""},
		{"straight apostrophe", "Journalists must balance the need to expose these atrocities with the ethical considerations of protecting survivors' identities",
			"report-p24-5", "Leif Coorlim", search.VerdictExact, nil, ""},
		{"inside curly marks", "“The voices of these children show a culture of disbelief that permeates the system”",
			"report-p19-4", "Nick Hobbs", search.VerdictExact, nil, ""},
		{"numbers and percent signs", "a significant increase in the rate of forced criminality, from 2% to 24%",
			"report-p27-4", "Hatun Demirer", search.VerdictExact, nil, ""},
		{"curly apostrophe", "The OSCE’s unique comprehensive approach to security equips us with necessary tools",
			"report-p4-5", "Ian Borg", search.VerdictExact, nil, ""},
		{"elision and bracket", "Businesses and workers have never been so mobile as they are today … [this] requires coordinated efforts and strong international cooperation",
			"report-p26-9", "Pedro Assares Rodrigues", search.VerdictExact, nil, ""},
		{"the report's own words", "The latest estimates of the illegal profits from human trafficking have increased by at least 37 percent over the past 10 years",
			"report-p6-1", "", search.VerdictExact, nil, ""},

		{"across a paragraph break", "This staggering amount is higher than the national economies of 35 OSCE participating States, and it exceeds 17 States' economies combined. The profits generated from the exploitation of each victim have also risen significantly – by 21 percent",
			"report-p6-1", "", search.VerdictExact, nil, ""},
		{"attribution outside the quotation marks", "“We need specific investment in R&D on prevention,” said Professor Zimmerman.",
			"report-p26-6", "Cathy Zimmerman", search.VerdictExact, nil, ""},
		{"quoted parts of a sentence", "Zimmerman said that “we need the R&D process to improve those good guesses” and called for “specific investment in R&D on prevention”.",
			"report-p26-6", "Cathy Zimmerman", search.VerdictExact, nil, ""},
		{"quotation marks inside the quote", "We truly need a “whole-of-society” approach to prevention",
			"report-p11-1", "Dominique Hasler", search.VerdictExact, nil, ""},

		// altered
		{"altered inside quotation marks", "“We need general investment in R&D on prevention,” said Professor Zimmerman.",
			"report-p26-6", "Cathy Zimmerman", search.VerdictAltered, []string{"general", "specific"}, search.ChangeAntonym},
		{"altered across a paragraph break", "This staggering amount is higher than the national economies of 35 OSCE participating States, and it exceeds 17 States' economies combined. The profits generated from the exploitation of each victim have also fallen significantly",
			"report-p6-1", "", search.VerdictAltered, []string{"fallen", "risen"}, search.ChangeAntonym},
		{"antonym: decreased", "The latest estimates of the illegal profits from human trafficking have decreased by at least 37 percent over the past 10 years",
			"report-p6-1", "", search.VerdictAltered, []string{"decreased", "increased"}, search.ChangeAntonym},
		{"number: 73 for 37", "The latest estimates of the illegal profits from human trafficking have increased by at least 73 percent over the past 10 years",
			"report-p6-1", "", search.VerdictAltered, []string{"73", "37"}, search.ChangeNumber},
		{"antonym: lower", "This staggering amount is lower than the national economies of 35 OSCE participating States",
			"report-p6-1", "", search.VerdictAltered, []string{"lower", "higher"}, search.ChangeAntonym},
		{"number word: million", "reaching 236 million US dollars annually",
			"report-p6-1", "", search.VerdictAltered, []string{"million", "billion"}, search.ChangeNumber},
		{"negation removed", "public awareness increases peoples’ ability to identify what trafficking is, it does necessarily prevent it",
			"report-p11-4", "Ugochi Daniels", search.VerdictAltered, []string{"not"}, search.ChangeNegation},
		{"negation added", "It is important that we do not listen to survivors.",
			"report-p11-1", "Dominique Hasler", search.VerdictAltered, []string{"not"}, search.ChangeNegation},
		{"negation added by n't", "We didn't think empowerment would miraculously prevent human trafficking.",
			"report-p26-6", "Cathy Zimmerman", search.VerdictAltered, []string{"didn't"}, search.ChangeNegation},
		{"never removed", "Businesses and workers have been so mobile as they are today",
			"report-p26-9", "Pedro Assares Rodrigues", search.VerdictAltered, []string{"never"}, search.ChangeNegation},
		{"number: 42% for 24%", "a significant increase in the rate of forced criminality, from 2% to 42%",
			"report-p27-4", "Hatun Demirer", search.VerdictAltered, []string{"42", "24"}, search.ChangeNumber},
		{"number word: three for two", "The Roma community is at risk of human trafficking for three main reasons",
			"report-p26-7", "Elżbieta Mirga-Wójtowicz", search.VerdictAltered, []string{"three", "two"}, search.ChangeNumber},
		{"group changed", "The Muslim community is at risk of human trafficking for two main reasons",
			"report-p26-7", "Elżbieta Mirga-Wójtowicz", search.VerdictAltered, []string{"Muslim", "Roma"}, search.ChangePerson},
		{"country changed", "Germany is proud to have made combating trafficking in persons a thematic priority for the OSCE this year.",
			"report-p26-3", "Ian Borg", search.VerdictAltered, []string{"Germany", "Malta"}, search.ChangePerson},
		{"country changed mid-sentence", "95 percent of registered trafficking victims in Italy belonged to the refugee and immigrant community",
			"report-p12-2", "Sofia Voultepsi", search.VerdictAltered, []string{"Italy", "Greece"}, search.ChangePerson},
		{"pronoun changed", "When they do nothing, they are perpetrating the same violence that was done to us in the past.",
			"report-p27-7", "Rafael Bautista", search.VerdictAltered, []string{"they", "we"}, search.ChangePerson},
		{"antonym: highest to lowest", "We know that women and children with disabilities face the lowest risk of human trafficking",
			"report-p26-5", "Heba Hagrass", search.VerdictAltered, []string{"lowest", "highest"}, search.ChangeAntonym},
		{"antonym: more to less", "persons with disabilities in conditions of poverty are also less vulnerable to begging and to human trafficking",
			"report-p26-5", "Heba Hagrass", search.VerdictAltered, []string{"less", "more"}, search.ChangeAntonym},
		{"group: men for women", "We know that men and children with disabilities face the highest risk of human trafficking",
			"report-p26-5", "Heba Hagrass", search.VerdictAltered, []string{"men", "women"}, search.ChangeAntonym},
		{"swapped word", "Journalists must balance the need to expose these crimes with the ethical considerations of protecting survivors’ identities",
			"report-p24-5", "Leif Coorlim", search.VerdictAltered, []string{"crimes", "atrocities"}, ""},
		{"word left out", "Social prevention is effective in the long term.",
			"report-p26-4", "Valentin Vătăjelu", search.VerdictAltered, []string{"very"}, ""},
		{"elision with a negation added", "We have reached a defining moment … It is not imperative that we adopt a fresh strategic vision",
			"report-p7-4", "Kari Johnstone", search.VerdictAltered, []string{"not"}, search.ChangeNegation},

		// neither
		{"paraphrase", "We believed that empowerment would magically stop human trafficking. But we need an R&D process to improve these guesses.",
			"report-p26-6", "Cathy Zimmerman", search.VerdictParaphrase, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := ix.Verify(context.Background(), tc.quote, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) == 0 {
				t.Fatalf("no match, want %s in %s", tc.verdict, tc.passage)
			}
			m := ms[0]
			speaker := ""
			if m.Passage.Speaker != nil {
				speaker = m.Passage.Speaker.Name
			}
			if m.Verdict != tc.verdict || m.Passage.ID != tc.passage || speaker != tc.speaker {
				t.Errorf("top match %s %s (%s, %.3f), want %s %s (%s); differences %+v",
					m.Verdict, m.Passage.ID, speaker, m.Similarity, tc.verdict, tc.passage, tc.speaker, m.Differences)
			}
			if m.Citation == "" || m.Passage.Page == 0 {
				t.Errorf("match without citation or page: %+v", m)
			}
			if tc.verdict == search.VerdictExact && len(m.Differences) > 0 {
				t.Errorf("exact with differences %+v", m.Differences)
			}
			if tc.verdict != search.VerdictAltered {
				return
			}
			if len(m.Differences) == 0 {
				t.Fatal("altered without differences")
			}
			for _, w := range tc.changed {
				if !differencesName(m.Differences, w) {
					t.Errorf("differences %+v do not name %q", m.Differences, w)
				}
			}
			got := ""
			for _, d := range m.Differences {
				if d.Meaning {
					got = d.Change
					break
				}
			}
			if got != tc.change {
				t.Errorf("meaning change %q, want %q (differences %+v)", got, tc.change, m.Differences)
			}
		})
	}
}

// differencesName reports whether one of the differences has w among its
// words (either side).
func differencesName(ds []search.Segment, w string) bool {
	for _, d := range ds {
		for _, s := range []string{d.Quote, d.Passage} {
			for _, x := range strings.Fields(s) {
				if strings.EqualFold(strings.Trim(x, ".,;:!?\"“”'’"), w) {
					return true
				}
			}
		}
	}
	return false
}

// TestPrefixReport: with results as you type, a name begun finds its
// speaker's passages in the results.
func TestPrefixReport(t *testing.T) {
	ix := openReport(t)
	for q, want := range map[string]string{
		"zimmer":        "Cathy Zimmerman",
		"voultep":       "Sofia Voultepsi",
		"hagr":          "Heba Hagrass",
		"greek voultep": "Sofia Voultepsi",
	} {
		res, err := ix.Search(context.Background(), search.Request{Query: q, Prefix: true, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Speaker == nil || res.Hits[0].Speaker.Name != want {
			t.Errorf("%q as typed: %d hits, want %s first", q, res.Total, want)
		}
		whole, err := ix.Search(context.Background(), search.Request{Query: q, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		if whole.Total != 0 && !strings.Contains(q, " ") {
			t.Errorf("%q as a whole word: %d hits, want none", q, whole.Total)
		}
	}
}

// TestVerifyPerturbed perturbs one sentence of every passage of the report
// the way a misquote does and checks that none of them is exact and the
// differences name the changed word; the same sentence upper-cased, or with
// its middle elided, is exact. A property over the whole report, not a
// table of chosen quotes.
func TestVerifyPerturbed(t *testing.T) {
	ix := openReport(t)
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	verbs := map[string]bool{"is": true, "are": true, "was": true, "were": true, "will": true, "can": true, "should": true, "must": true, "has": true, "have": true}
	checked := 0
	for _, p := range ix.Passages() {
		if p.Kind == search.KindResource {
			continue
		}
		// the passage's longest sentence of 8 to 40 words
		var s []string
		for _, sent := range sentenceRE.Split(p.Text, -1) {
			w := strings.Fields(strings.Trim(sent, "\"“” "))
			if len(w) >= 8 && len(w) <= 40 && len(w) > len(s) {
				s = w
			}
		}
		if s == nil {
			continue
		}
		type perturbed struct {
			how, quote, verdict, word string
		}
		mid := len(s) / 2 // a word (not a dash) near the middle
		for mid < len(s)-1 && !strings.ContainsFunc(s[mid], unicode.IsLetter) {
			mid++
		}
		// an elision that leaves out a negation or a number may change
		// what the sentence says: exact, or altered with the meaning
		// flagged
		elided := search.VerdictExact
		for _, w := range s[3 : len(s)-3] {
			w = strings.ToLower(strings.Trim(w, ".,;:!?\"“”'’()"))
			if lexicon.Negation(w) || lexicon.Number(w) {
				elided = exactOrMeaning
			}
		}
		cases := []perturbed{
			{"upper case", strings.ToUpper(strings.Join(s, " ")), search.VerdictExact, ""},
			{"elided", strings.Join(s[:3], " ") + " … " + strings.Join(s[len(s)-3:], " "), elided, ""},
			{"word left out", strings.Join(append(slices.Clone(s[:mid]), s[mid+1:]...), " "), search.VerdictAltered, s[mid]},
			{"word added", strings.Join(append(append(slices.Clone(s[:mid]), "allegedly"), s[mid:]...), " "), search.VerdictAltered, "allegedly"},
		}
		for i, w := range s {
			if verbs[strings.ToLower(w)] && i+1 < len(s) {
				cases = append(cases, perturbed{"negation added", strings.Join(append(append(slices.Clone(s[:i+1]), "not"), s[i+1:]...), " "), search.VerdictAltered, "not"})
				break
			}
		}
		for i, w := range s {
			if n, err := strconv.Atoi(strings.TrimRight(w, "%,.;:")); err == nil && n > 0 {
				changed := strconv.Itoa(n + 3)
				cases = append(cases, perturbed{"number changed", strings.Join(append(append(slices.Clone(s[:i]), changed), s[i+1:]...), " "), search.VerdictAltered, changed})
				break
			}
		}
		for _, tc := range cases {
			checked++
			ms, err := ix.Verify(context.Background(), tc.quote, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) == 0 {
				t.Errorf("%s, %s: %q not found", p.ID, tc.how, tc.quote)
				continue
			}
			if tc.verdict != search.VerdictExact && tc.verdict != exactOrMeaning && ms[0].Verdict == search.VerdictExact {
				t.Errorf("%s, %s: %q is exact (%s)", p.ID, tc.how, tc.quote, ms[0].Passage.ID)
				continue
			}
			// p, or a passage holding the same sentence, is among the
			// best: first for an exact quote
			k := slices.IndexFunc(ms, func(m search.Match) bool {
				return m.Passage.ID == p.ID || m.Through == p.ID || strings.Contains(norm(m.Passage.Text), norm(strings.Join(s, " ")))
			})
			if k < 0 || tc.verdict == search.VerdictExact && k > 0 {
				t.Errorf("%s, %s: top match %s", p.ID, tc.how, ms[0].Passage.ID)
				continue
			}
			m := ms[k]
			if tc.verdict == exactOrMeaning {
				if m.Verdict != search.VerdictExact && !slices.ContainsFunc(m.Differences, func(d search.Segment) bool { return d.Meaning }) {
					t.Errorf("%s, %s: %q is %s without a change of meaning (%+v)", p.ID, tc.how, tc.quote, m.Verdict, m.Differences)
				}
				continue
			}
			if m.Verdict != tc.verdict {
				t.Errorf("%s, %s: %q is %s, want %s (%+v)", p.ID, tc.how, tc.quote, m.Verdict, tc.verdict, m.Differences)
				continue
			}
			if tc.word != "" && !differencesName(m.Differences, strings.Trim(tc.word, "%,.;:\"“”")) {
				t.Errorf("%s, %s: differences %+v do not name %q", p.ID, tc.how, m.Differences, tc.word)
			}
		}
	}
	if checked < 300 {
		t.Errorf("only %d perturbed quotes checked", checked)
	}
	t.Logf("%d perturbed quotes checked", checked)
}

// exactOrMeaning is the verdict of TestVerifyPerturbed's elided sentence
// when the elision leaves out a negation or a number: exact, or altered
// with a change of meaning.
const exactOrMeaning = "exact or meaning"

// sentenceRE splits a text into sentences.
var sentenceRE = regexp.MustCompile(`[.!?]["”]?\s+`)
