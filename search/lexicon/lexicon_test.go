package lexicon

import (
	"strings"
	"testing"
)

// One table per entry class; each also names words that must not be in it.
func TestNegation(t *testing.T) {
	for w, want := range map[string]bool{
		"not": true, "no": true, "never": true, "without": true, "nor": true,
		"nothing": true, "cannot": true, "don't": true, "isn't": true, "won't": true, "doesn’t": true,
		"now": false, "note": false, "know": false, "nation": false, "only": false, "innocent": false,
	} {
		if got := Negation(w); got != want {
			t.Errorf("Negation(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"37": true, "10,000": true, "2.5": true, "2023": true, "seven": true, "million": true,
		"half": true, "twice": true, "thousands": true, "percent": true, "forty-eight": true,
		"per": false, "some": false, "many": false, "often": false, "seventh-day": false, "ten-two": false, "one-third": false,
	} {
		if got := Number(w); got != want {
			t.Errorf("Number(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPronoun(t *testing.T) {
	for w, want := range map[string]bool{
		"we": true, "they": true, "she": true, "his": true, "our": true,
		"the": false, "minister": false, "it": false,
	} {
		if got := Pronoun(w); got != want {
			t.Errorf("Pronoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAntonyms(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		// WordNet's direct antonyms, base forms
		{"increase", "decrease", true},
		{"high", "low", true},
		{"more", "less", true},
		{"rise", "fall", true},
		{"legal", "illegal", true},
		{"effective", "ineffective", true},
		{"strong", "weak", true},
		{"buy", "sell", true},
		// inflected by morphy's rules
		{"increased", "decreased", true},
		{"increasing", "decreases", true},
		{"higher", "lower", true},
		{"highest", "lowest", true},
		{"bigger", "smaller", true},
		{"rising", "falling", true},
		// inflected irregularly (WordNet's exception lists)
		{"better", "worse", true},
		{"best", "worst", true},
		{"rose", "fell", true},
		{"men", "women", true},
		// antonyms-extra.txt
		{"always", "never", true},
		{"before", "after", true},
		{"children", "adults", true},
		{"grew", "declined", true},
		{"support", "opposed", true},
		// not antonyms
		{"increase", "increase", false},
		{"increase", "raise", false},
		{"high", "tall", false},
		{"trafficking", "exploitation", false},
		{"men", "man", false},
		{"the", "a", false},
	}
	for _, tc := range tests {
		if got := Antonyms(tc.a, tc.b); got != tc.want {
			t.Errorf("Antonyms(%q, %q) = %v, want %v (bases %v, %v)", tc.a, tc.b, got, tc.want, Bases(tc.a), Bases(tc.b))
		}
		if got := Antonyms(tc.b, tc.a); got != tc.want {
			t.Errorf("Antonyms(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestAnyAntonyms(t *testing.T) {
	if !AnyAntonyms([]string{"have", "decreased"}, []string{"have", "increased"}) {
		t.Error("have decreased / have increased: want antonyms")
	}
	if AnyAntonyms([]string{"have", "grown"}, []string{"have", "increased"}) {
		t.Error("have grown / have increased: want none")
	}
	if AnyAntonyms(nil, []string{"high"}) || AnyAntonyms([]string{"low"}, nil) {
		t.Error("empty side: want none")
	}
}

func TestExpand(t *testing.T) {
	for w, want := range map[string]string{
		"doesn't": "does not", "don’t": "do not", "can't": "can not", "cannot": "can not",
		"won't": "will not", "seven": "7", "twenty": "20", "37": "37", "trafficking": "trafficking",
	} {
		if got := strings.Join(Expand(w), " "); got != want {
			t.Errorf("Expand(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestEditorial(t *testing.T) {
	for w, want := range map[string]bool{
		"sic": true, "emphasis": true, "added": true, "laughter": true, "applause": true, "inaudible": true,
		"the": false, "minister": false, "not": false, "said": false,
	} {
		if got := Editorial(w); got != want {
			t.Errorf("Editorial(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestExpandContractionsCompounds(t *testing.T) {
	for w, want := range map[string]string{
		// contractions
		"doesn't": "does not", "can't": "can not", "won't": "will not", "cannot": "can not",
		"i've": "i have", "we’re": "we are", "they'll": "they will", "i'm": "i am",
		"it's": "it's", "we'd": "we'd", // 's and 'd stand for two words each
		// numbers
		"seven": "7", "ninety": "90", "forty-eight": "48", "twenty-one": "21",
		"ten-two": "ten-two", "forty-zero": "forty-zero", "one-third": "one-third",
		// other words
		"have": "have", "ll": "ll",
	} {
		if got := strings.Join(Expand(w), " "); got != want {
			t.Errorf("Expand(%q) = %q, want %q", w, got, want)
		}
	}
}
