package pdf

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

//go:generate go run gen_std14.go

// std14Key maps a font name to its key in std14Widths ("Helvetica/B"), or
// "" when the font is not one of the standard text fonts. Arial and Times
// New Roman have the metrics of Helvetica and Times.
func std14Key(name string) string {
	n := strings.ToLower(name)
	if i := strings.IndexByte(n, '+'); i >= 0 {
		n = n[i+1:]
	}
	var fam string
	switch {
	case strings.HasPrefix(n, "helvetica") || strings.HasPrefix(n, "arial"):
		fam = "Helvetica"
	case strings.HasPrefix(n, "times"):
		fam = "Times"
	case strings.HasPrefix(n, "courier"):
		fam = "Courier"
	default:
		return ""
	}
	style := ""
	if strings.Contains(n, "bold") {
		style += "B"
	}
	if strings.Contains(n, "italic") || strings.Contains(n, "oblique") {
		style += "I"
	}
	return fam + "/" + style
}

// std14Width returns the advance width of the text s (one character) per
// unit of font size in the standard font of key std14Key, ok false when s is
// not one character of Windows-1252.
func std14Width(key, s string) (float64, bool) {
	ws := std14Widths[key]
	r, n := utf8.DecodeRuneInString(s)
	if ws == nil || n != len(s) || r == utf8.RuneError {
		return 0, false
	}
	b, ok := charmap.Windows1252.EncodeRune(r)
	if !ok || b < 0x20 {
		return 0, false
	}
	if w := ws[b-0x20]; w > 0 {
		return float64(w) / 1000, true
	}
	return 0, false
}
