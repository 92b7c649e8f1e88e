package attrib

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// TestLexiconEntriesCanMatch: every entry of a folded word list is written
// as the tokenizer folds it, so that none is dead (a list entry such as
// "stated," can never match a token).
func TestLexiconEntriesCanMatch(t *testing.T) {
	for _, file := range []string{"cues.txt", "between.txt", "groups.txt", "titles.txt", "pronouns.txt", "passive.txt",
		"openers.txt", "possessive.txt", "prepositions.txt", "organisations.txt", "documents.txt", "determiners.txt", "courtesy.txt", "bylines.txt", "absence.txt", "presiding.txt", "possessives.txt", "attitude.txt", "copulas.txt", "procedural.txt", "delegates.txt", "predicate.txt", "authorlines.txt", "sectional.txt", "outcomes.txt", "sequence.txt", "locative.txt", "reception.txt", "motions.txt", "evidence.txt"} {
		for _, ws := range lexLines(file) {
			for _, w := range ws {
				w = strings.TrimLeft(w, "~^+=*!")
				if (file == "pronouns.txt" || file == "possessives.txt") && (w == "m" || w == "f") {
					continue
				}
				for _, part := range strings.Split(w, "_") {
					toks := tokenize(part)
					if len(toks) != 1 || toks[0].f != part {
						t.Errorf("%s: entry %q does not fold to one token equal to itself (%v)", file, w, toks)
					}
				}
			}
		}
	}
	for name := range lex.parties {
		if name == "" {
			t.Error("parties.txt: empty entry")
		}
	}
}

// TestTitleAliases: the office a title line or a verb of presiding names
// is a title itself.
func TestTitleAliases(t *testing.T) {
	for w, full := range lex.titleAlias {
		if !lex.titles[full] {
			t.Errorf("titles.txt: %q names %q, which is no title", w, full)
		}
	}
	for w, office := range presidingOffices {
		if !lex.titles[office] {
			t.Errorf("presiding.txt: %q names %q, which is no title", w, office)
		}
	}
	for office := range sectionalOffices {
		if !lex.titles[office] {
			t.Errorf("sectional.txt: %q is no title", office)
		}
	}
}

func TestVerbForms(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"note", []string{"note", "notes", "noted", "noting"}},
		{"clarify", []string{"clarify", "clarifies", "clarified", "clarifying"}},
		{"stress", []string{"stress", "stresses", "stressed", "stressing"}},
		{"ask", []string{"ask", "asks", "asked", "asking"}},
		{"agree", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"convey", []string{"convey", "conveys", "conveyed", "conveying"}},
	}
	for _, tc := range tests {
		if got := verbForms(tc.base); strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("verbForms(%q) = %v, want %v", tc.base, got, tc.want)
		}
	}
}

// TestCueClasses: one case per class of entry of cues.txt.
func TestCueClasses(t *testing.T) {
	tests := []struct {
		sentence string
		word     string // the token to test
		want     bool
	}{
		{"Jane noted that funds matter.", "noted", true},          // regular, past
		{"Jane notes that funds matter.", "notes", true},          // regular, present
		{"Jane, noting that funds matter, left.", "noting", true}, // regular, participle
		{"Jane said that funds matter.", "said", true},            // irregular line
		{"Jane told the room that funds matter.", "told", true},   // irregular line
		{"Jane laid out three plans.", "laid", true},              // phrasal verb
		{"Jane laid the table.", "laid", false},                   // its first word alone
		{"Jane opened the meeting by asking questions.", "opened", true},
		{"Jane opened the window.", "opened", false}, // framing verb without "by" or a cue
		{"State Counsellor Jane spoke.", "State", false},
		{"Jane favoured a cap.", "favoured", true},                // preference
		{"Jane preferred a cap.", "preferred", true},              // preference, doubled consonant
		{"Jane attributed the loss to rain.", "attributed", true}, // attribution of a cause
		{"Jane undertook to write.", "undertook", true},           // commitment, irregular
		{"Jane thanked the hosts.", "thanked", true},              // gratitude
		{"Jane concurred.", "concurred", true},                    // assent
		{"Jane introduced a plan.", "introduced", true},           // presenting
		{"Jane demoed a tool.", "demoed", true},                   // presenting, irregular line
		{"Jane was sceptical: costs will rise.", "was", true},     // attitude before a colon
		{"Jane was not convinced: costs will rise.", "was", true}, // attitude, "not", colon
		{"The room was quiet: nobody spoke.", "was", false},       // no attitude
		{"Jane demonstrated a tool.", "demonstrated", true},       // presenting
		{"Jane briefed the board.", "briefed", true},              // presenting
		{"Jane rejected the plan.", "rejected", true},             // rejecting
		{"Jane moves that the plan be adopted.", "moves", true},   // motion, "that"
		{"Jane moved to approve the plan.", "moved", true},        // motion, "to" + verb
		{"Jane moved to the next item.", "moved", false},          // motion verb, no motion
		{"Jane moved to Paris.", "moved", false},                  // motion verb, no motion
		{"Moved by Jane, seconded by Tom, that the plan be adopted.", "Moved", true},
		{"Moved by Jane, seconded by Tom; carried.", "Moved", false}, // a record of the vote
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence)
		found := false
		for i, tk := range toks {
			if tk.text == tc.word {
				found = true
				if got := isCue(toks, i); got != tc.want {
					t.Errorf("%q: isCue(%q) = %v, want %v", tc.sentence, tc.word, got, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q has no token %q", tc.sentence, tc.word)
		}
	}
}

func TestPartyAt(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"NEW ZEALAND", "New Zealand"},
		{"the Russian Federation", "Russian Federation"},
		{"G-77/CHINA", "G-77/China"},
		{"the EU", "EU"},
		{"Ruritania", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text)
		if got, _ := partyAt(toks, len(toks)); got != tc.want {
			t.Errorf("partyAt(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWordListClasses: one attribution case per word list.
func TestWordListClasses(t *testing.T) {
	tests := []struct {
		list     string
		blocks   []doc.Block
		fragment string
		speaker  string
		kind     string
	}{
		{"between.txt", []doc.Block{para("Maria Lopez then argued that budgets matter.")}, "budgets matter", "Maria Lopez", "statement"},
		{"between.txt (phrase)", []doc.Block{para("Maria Lopez was next up and asked about budgets.")}, "about budgets", "Maria Lopez", "statement"},
		{"groups.txt", []doc.Block{para("Maria Lopez argued for budgets."), para("Participants stressed that plans matter.")}, "plans matter", "", "narrative"},
		{"titles.txt", []doc.Block{para("Deputy Minister Maria Lopez argued for budgets.")}, "argued for budgets", "Maria Lopez", "statement"},
		{"titles.txt (an anonymous official's label)", []doc.Block{para("PRESIDENT ALDO WHITCOMBE: We agreed on a patrol arrangement today."), para("SENIOR ADMINISTRATION OFFICIAL: The conversation on Ukraine focused on energy infrastructure.")}, "energy infrastructure", "", "narrative"},
		{"pronouns.txt", []doc.Block{para("Maria Lopez argued for budgets."), para("She added that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"passive.txt", []doc.Block{para("Maria Lopez argued for budgets."), para("The need for plans was stressed by Maria Lopez.")}, "need for plans", "Maria Lopez", "statement"},
		{"passive.txt (not)", []doc.Block{para("Maria Lopez argued for budgets."), para("The plan, opposed by Maria Lopez, passed.")}, "the plan", "", "narrative"},
		{"openers.txt", []doc.Block{para("However Maria Lopez argued for budgets.")}, "argued for budgets", "Maria Lopez", "statement"},
		{"possessive.txt", []doc.Block{para("Maria Lopez argued for budgets."), para("Lopez's view was that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"prepositions.txt", []doc.Block{para("Maria Lopez argued for budgets."), para("A survey by Maria Lopez reveals that plans matter.")}, "plans matter", "", "narrative"},
		{"parties.txt", []doc.Block{para("NORWAY said plans matter. CHILE stressed funds. KENYA noted gaps. Chile added that money counts.")}, "money counts", "Chile", "statement"},
		{"cues.txt", []doc.Block{para("Maria Lopez quipped that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"motions.txt", []doc.Block{para("Eva Lindqvist moved an amendment, seconded by Piet Olsen, that the change be deferred.")}, "change be deferred", "Eva Lindqvist", "statement"},
		{"motions.txt (not)", []doc.Block{para("Eva Lindqvist said the room was small."), para("Eva Lindqvist moved the chairs to make room for the press.")}, "make room", "", "narrative"},
		{"reception.txt", []doc.Block{para("Maria Lopez argued for budgets. Her remarks drew long applause.")}, "long applause", "", "narrative"},
		{"reception.txt (passive)", []doc.Block{para("Maria Lopez argued for budgets. Her proposal was met with silence.")}, "met with silence", "", "narrative"},
		{"reception.txt (not)", []doc.Block{para("Maria Lopez argued for budgets. Her data show a rise.")}, "show a rise", "Maria Lopez", "statement"},
		{"determiners.txt", []doc.Block{para("Maria Lopez argued for budgets. One delegate noted that plans matter.")}, "plans matter", "", "narrative"},
		{"organisations.txt", []doc.Block{para("Maria Lopez, Global Energy Agency (GEA), reported that costs fall.")}, "costs fall", "Maria Lopez", "statement"},
		{"documents.txt", []doc.Block{para("Maria Lopez argued for budgets."), para("The new Action Plan emphasizes prevention.")}, "emphasizes prevention", "", "narrative"},
		{"titles.txt (councillor)", []doc.Block{para("Councillor Maria Lopez argued for budgets. Tomas Berg asked why."), para("The councillor replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (treasurer)", []doc.Block{para("Treasurer Maria Lopez argued for budgets. Tomas Berg asked why."), para("The treasurer replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (vice-president)", []doc.Block{para("Executive Vice-President Maria Lopez argued for budgets. Tomas Berg asked why."), para("The Vice-President replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (convenor)", []doc.Block{para("Convenor Maria Lopez argued for budgets. Tomas Berg asked why."), para("The convenor replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (lead)", []doc.Block{para("The idea was welcomed by the docs team. Their lead, Maria Lopez, said a rewrite was planned.")}, "rewrite was planned", "Maria Lopez", "statement"},
		{"titles.txt (secretary-treasurer)", []doc.Block{para("Secretary-Treasurer Maria Lopez argued for budgets. Tomas Berg asked why."), para("The secretary-treasurer replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"cues.txt (motion)", []doc.Block{para("Present: Maria Lopez, Tomas Berg."), para("Maria Lopez spoke. Moved by Tomas Berg, seconded by Maria Lopez, that the plan be adopted.")}, "plan be adopted", "Tomas Berg", "statement"},
		{"cues.txt (motion, no clause)", []doc.Block{para("Maria Lopez argued for budgets. Moved by Tomas Berg, seconded by Maria Lopez; carried.")}, "carried", "", "narrative"},
		{"cues.txt (not a presenting cue)", []doc.Block{para("Maria Lopez argued for budgets."), para("The government introduced a bill.")}, "introduced a bill", "", "narrative"},
		{"cues.txt (brief as an adjective)", []doc.Block{para("Maria Lopez argued for budgets."), para("A brief statement followed.")}, "brief statement", "", "narrative"},
		{"titles.txt (gendered form)", []doc.Block{para("Present: Maria Lopez (Chairwoman), Tomas Berg."), para("Tomas Berg asked why. The Chair replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (spelling)", []doc.Block{para("Staff: Maria Lopez, Policy Advisor; Tomas Berg, Clerk."), para("Tomas Berg asked why. The Policy Adviser replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (officer of a body)", []doc.Block{para("Staff: Maria Lopez, City Clerk; Tomas Berg, Engineer."), para("Tomas Berg asked why. The Clerk replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (military rank)", []doc.Block{para("Rear Admiral Maria Lopez argued for budgets. Tomas Berg asked why."), para("Rear Admiral Lopez replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (abbreviation)", []doc.Block{para("Prof. Maria Lopez argued for budgets. Tomas Berg asked why."), para("The professor replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"titles.txt (abbreviation of an office: Cllr)", []doc.Block{para("Cllr Maria Lopez argued for budgets. Tomas Berg asked why."), para("The councillor replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"courtesy.txt", []doc.Block{para("Ms Maria Lopez argued for budgets. Tomas Berg asked why."), para("The Ms replied that plans matter.")}, "plans matter", "", "narrative"},
		{"possessives.txt", []doc.Block{para("Maria Lopez argued for budgets. In her view, plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"possessives.txt (gender)", []doc.Block{para("Maria Lopez argued for budgets. She added more. In his view, plans matter.")}, "plans matter", "", "narrative"},
		{"attitude.txt, copulas.txt", []doc.Block{para("Maria Lopez was sceptical that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"cues.txt (preference)", []doc.Block{para("Maria Lopez backed a joint fund for small ports.")}, "joint fund", "Maria Lopez", "statement"},
		{"cues.txt (back, no subject)", []doc.Block{para("Maria Lopez argued for budgets."), para("The team went back to the plan.")}, "back to the plan", "", "narrative"},
		{"cues.txt (verb phrase)", []doc.Block{para("Maria Lopez made the case that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"cues.txt (contesting)", []doc.Block{para("Maria Lopez challenged the figures and asked for a new plan.")}, "the figures", "Maria Lopez", "statement"},
		{"cues.txt (cross-examination)", []doc.Block{para("Maria Lopez asked about shifts. Tomas Berg spoke next. Lopez put it to him that he had read the letter.")}, "read the letter", "Maria Lopez", "statement"},
		{"rule nameFrom: a name before 'from' and a place", []doc.Block{para("Councillor Maria Lopez from Ostravia said plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"rule nameFrom: not after a verb", []doc.Block{para("Tomas Berg argued for budgets."), para("The board met Maria Lopez from Ostravia and heard that plans matter.")}, "plans matter", "", "narrative"},
		{"abbreviations: 'Hon.' inside an apposition", []doc.Block{para("The Minister of Ports of Ostravia, Hon. Maria Lopez, pointed out that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"cues.txt (finding, before that)", []doc.Block{para("Maria Lopez found that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"cues.txt (finding, parenthetical after he/she)", []doc.Block{para("Dr Maria Lopez presented her survey. Farms that share water, she found, were twice as likely to survive.")}, "twice as likely", "Maria Lopez", "statement"},
		{"cues.txt (finding, parenthetical after a noun)", []doc.Block{para("Dr Maria Lopez presented her survey. Farms that share water, the study found, were twice as likely to survive.")}, "twice as likely", "", "narrative"},
		{"cues.txt (worry, before that)", []doc.Block{para("Maria Lopez worried that authors would be blamed.")}, "authors would be blamed", "Maria Lopez", "statement"},
		{"cues.txt (worry, no that)", []doc.Block{para("Maria Lopez argued for budgets."), para("The delay worried the markets.")}, "worried the markets", "", "narrative"},
		{"cues.txt (framing, wrap up)", []doc.Block{para("Maria Lopez wrapped up by asking each panellist for a prediction.")}, "each panellist", "Maria Lopez", "statement"},
		{"cues.txt (contesting, push back)", []doc.Block{para("Maria Lopez pushed back on that gloom.")}, "that gloom", "Maria Lopez", "statement"},
		{"cues.txt (cross-examination, the office)", []doc.Block{para("Maria Lopez put it to the Minister that the plan had been promised twice.")}, "promised twice", "Maria Lopez", "statement"},
		{"cues.txt (finding, before how)", []doc.Block{para("Maria Lopez traced how unpaid care disappears from the accounts.")}, "unpaid care disappears", "Maria Lopez", "statement"},
		{"possessive.txt (in her view)", []doc.Block{para("Maria Lopez argued for budgets. Policy, in her view, follows what is measured.")}, "follows what is measured", "Maria Lopez", "statement"},
		{"outcomes.txt", []doc.Block{para("Maria Lopez reported for the first group. There was no consensus on whether to publish.")}, "no consensus", "", "narrative"},
		{"cues.txt (verb phrase, a statement)", []doc.Block{para("Maria Lopez made a statement after the adoption, indicating that she joined the consensus.")}, "joined the consensus", "Maria Lopez", "statement"},
		{"cues.txt (finding, no that)", []doc.Block{para("Maria Lopez found the venue small.")}, "venue small", "", "narrative"},
		{"cues.txt (submission, before that)", []doc.Block{para("Maria Lopez submitted that the notice was late.")}, "notice was late", "Maria Lopez", "statement"},
		{"cues.txt (concession, before that)", []doc.Block{para("Maria Lopez accepted that the notice was late.")}, "notice was late", "Maria Lopez", "statement"},
		{"cues.txt (concession, no that)", []doc.Block{para("Maria Lopez accepted the offer of a room.")}, "offer of a room", "", "narrative"},
		{"titles.txt (witness), sectional.txt", []doc.Block{para("The next witness was Dr Maria Lopez, an engineer."), para("Tomas Berg asked about the dam. The witness replied that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"cues.txt (submission, no that)", []doc.Block{para("Maria Lopez submitted a report on fees.")}, "report on fees", "", "narrative"},
		{"predicate.txt (floor words)", []doc.Block{para("Maria Lopez rose again to say that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"predicate.txt (irregular past)", []doc.Block{para("Maria Lopez took the floor to stress that plans matter.")}, "plans matter", "Maria Lopez", "statement"},
		{"predicate.txt (an object before the infinitive)", []doc.Block{para("Maria Lopez implored the delegates to reject that plan.")}, "reject that plan", "Maria Lopez", "statement"},
		{"delegates.txt", []doc.Block{para("The delegate of Ostravia said plans matter.")}, "plans matter", "Ostravia", "statement"},
		{"delegates.txt (modifier)", []doc.Block{para("The deputy representative of Ostravia said plans matter.")}, "plans matter", "Ostravia", "statement"},
		{"delegates.txt (polity)", []doc.Block{para("The observer for the State of Ostravia said plans matter.")}, "plans matter", "State of Ostravia", "statement"},
		{"delegates.txt (capitalised: an office)", []doc.Block{para("The Observer of Ostravia said plans matter.")}, "plans matter", "", "narrative"},
		{"documents.txt (fact sheet)", []doc.Block{para("Fact Sheet: Expanding the Coastal Partnership in the North")}, "Coastal Partnership", "", "narrative"},
		{"documents.txt (report)", []doc.Block{para("Annual Report: Results of the fisheries programme")}, "fisheries programme", "", "narrative"},
		{"documents.txt (statement)", []doc.Block{para("Joint Statement: Leaders agree on the coastal plan")}, "coastal plan", "", "narrative"},
		{"documents.txt (readout)", []doc.Block{para("Ministerial Readout: Talks with partners on fisheries")}, "partners on fisheries", "", "narrative"},
		{"documents.txt (annex)", []doc.Block{para("Technical Annex: Figures for the coastal fund")}, "coastal fund", "", "narrative"},
		{"documents.txt (press release)", []doc.Block{para("Press Release: New funding for rural clinics")}, "rural clinics", "", "narrative"},
		{"pronouns.txt (gender)", []doc.Block{para("Maria Lopez argued for budgets. She added more."), para("He warned that plans matter.")}, "plans matter", "", "narrative"},
	}
	for _, tc := range tests {
		t.Run(tc.list, func(t *testing.T) {
			checkPassage(t, Attribute(doc.Document{ID: "t", Blocks: tc.blocks}, "Test", nil), tc.fragment, tc.speaker, tc.kind)
		})
	}
}

// checkPassage asserts that the passage holding fragment is credited to
// speaker ("" for no one) with kind.
func checkPassage(t *testing.T, res Result, fragment, speaker, kind string) {
	t.Helper()
	for _, p := range res.Passages {
		if !containsFold(p.Text, fragment) {
			continue
		}
		got := ""
		if p.Speaker != nil {
			got = p.Speaker.Name
		}
		if got != speaker || p.Kind != kind {
			t.Errorf("passage %q: speaker %q kind %s, want %q %s", p.Text, got, p.Kind, speaker, kind)
		}
		return
	}
	var texts []string
	for _, p := range res.Passages {
		texts = append(texts, p.Text)
	}
	t.Errorf("no passage holds %q; passages: %q", fragment, texts)
}
