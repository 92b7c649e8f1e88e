package pdf

import (
	"strings"
	"testing"
)

func TestGarbled(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"empty", "", false},
		{"English", "The participants of the Conference agreed that it is important to develop sector-targeted strategies, informed by data.", false},
		{"Russian", "Участники конференции согласились с тем, что важно разрабатывать отраслевые стратегии на основе данных.", false},
		{"French", "Les participants à la Conférence ont convenu qu'il est important d'élaborer des stratégies ciblées par secteur.", false},
		{"German", "Die Teilnehmenden der Konferenz waren sich einig, dass sektorspezifische Strategien wichtig sind (OSZE, 2024).", false},
		{"numbers", "2019 2020 2021 12,5 % 13,1 % 14,0 % — 1 234 567 € + 3 × 4 = 12", false},
		{"acronyms", "OSCE ODIHR UNODC ILO IOM GRETA CoE OHCHR UNHCR ICMPD ELA EU USA UK", false},
		{"short with replacement character", "Hello\uFFFD", true},
		{"short and clean", "Hello", false},
		{"replacement characters", strings.Repeat("some words here ", 5) + strings.Repeat("\uFFFD", 6), true},
		{"control characters", "\x03\x11\x0f\x14\x03\x12\x11\x03 \x16\x0f\x12\x11\x14\x03\x0f", true},
		{"private use", strings.Repeat("\uf0b7\uf020\uf041 ", 6), true},
		{"symbols", "■□▢▣▤▥▦▧▨▩▪▫ ▬▭▮▯ ▰▱▲△▴▵▶▷", true},
		{"mixed scripts in words", "Тhе qսiсk bгоwn fох јumps оvеr thе lаzу dоg аnd runs аwау intо thе fоrеst", true},
		{"case flips", "tHe qUicK bRowN fOx jUmpS oVeR tHe lAzY dOg aGaiN aNd aGaiN", true},
		{"no vowels", strings.Repeat("thqckbrwn fxjmps vrthlzy dgndrns ", 4), true},
		{"no word breaks", strings.Repeat("thequickbrownfoxjumpsoverthelazydog", 8), true},
		// The limit: a consistent substitution reads as text.
		{"Caesar shift (not caught)", "Uif qbsujdjqbout pg uif Dpogfsfodf bhsffe uibu ju jt jnqpsubou up efwfmpq tfdups-ubshfufe tusbufhjft", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Garbled(tc.s); got != tc.want {
				t.Errorf("Garbled(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

func TestGarbledPage(t *testing.T) {
	// Glyphs one per letter, words apart: spaces are put back by position.
	var gs []Glyph
	x := 0.0
	for _, w := range strings.Fields("Trafficking in persons remains one of the most serious crimes of our time and needs a coordinated answer") {
		for _, r := range w {
			gs = append(gs, Glyph{S: string(r), X: x, Y: 700, W: 5, Size: 10})
			x += 5
		}
		x += 3
	}
	tests := []struct {
		name    string
		glyphs  []Glyph
		dropped int
		want    bool
	}{
		{"words by position", gs, 0, false},
		{"a few dropped characters", gs, 2, false},
		{"mostly dropped", gs[:10], 40, true},
		{"nothing", nil, 0, false},
		{"nothing decodable", nil, 7, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := garbledPage(tc.glyphs, tc.dropped); got != tc.want {
				t.Errorf("garbledPage = %v, want %v", got, tc.want)
			}
		})
	}
}
