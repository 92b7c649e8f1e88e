package attrib

import (
	"strings"
	"testing"
)

// TestWordCounter: before(i) counts the words of text[:i] as strings.Fields
// does, for prefixes asked in order, out of order and cutting a character.
func TestWordCounter(t *testing.T) {
	texts := []string{
		"",
		"one",
		"  two  words ",
		"Ms Roe said:\u00a0“We act.”\u2003Mr Doe\tagreed.\n",
		"caf\xc3\xa9 \xff bad\xe2\x80 bytes\u00a0end",
	}
	for _, text := range texts {
		var is []int
		for i := 0; i <= len(text); i++ {
			is = append(is, i)
		}
		for i := len(text); i >= 0; i -= 3 {
			is = append(is, i) // going back starts over
		}
		w := newWordCounter(text)
		for _, i := range is {
			if got, want := w.before(i), len(strings.Fields(text[:i])); got != want {
				t.Errorf("%q before(%d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
