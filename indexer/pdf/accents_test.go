package pdf

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestComposeAccents(t *testing.T) {
	g := func(s string, x float64) Glyph { return Glyph{S: s, X: x, Y: 700, W: 5, Size: 10} }
	tests := []struct {
		name string
		gs   []Glyph
		want string
	}{
		{"an accent over the letter before it (gropdf)", []Glyph{g("i", 0), g("c", 5), g("´", 5.5)}, "ić"},
		{"an accent drawn before its letter", []Glyph{g("ˇ", 0.5), g("s", 0), g("a", 5)}, "ša"},
		{"two accents", []Glyph{g("e", 0), g("´", 0.5), g("u", 5), g("¨", 5.5)}, "éü"},
		{"an accent beside letters, not over one", []Glyph{g("a", 0), g("´", 12), g("b", 20)}, "a´b"},
		{"an accent on another line", []Glyph{g("c", 0), {S: "´", X: 0.5, Y: 680, W: 5, Size: 10}}, "c´"},
		{"ASCII look-alikes stay", []Glyph{g("a", 0), g("^", 0.5), g("~", 5)}, "a^~"},
		{"no accents", []Glyph{g("a", 0), g("b", 5)}, "ab"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, gl := range composeAccents(tt.gs) {
			b.WriteString(gl.S)
		}
		if got := norm.NFC.String(b.String()); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
