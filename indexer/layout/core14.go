package layout

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
)

// core14 measures text in the PDF standard 14 fonts (Helvetica, Times,
// Courier and their bold and italic cuts), which producers may use without
// embedding widths. The metrics come from fpdf's built-in core font
// definitions rather than a hand-copied table.
type core14 struct {
	mu     sync.Mutex
	pdf    *fpdf.Fpdf           // created on first use
	widths map[widthKey]float64 // per point of font size; -1: not a core font glyph
}

func newCore14() *core14 {
	return &core14{widths: map[widthKey]float64{}}
}

// coreFont maps a font name to fpdf's family and style, or "" when the
// font is not one of the standard 14.
func coreFont(name string) (family, style string) {
	n := strings.ToLower(name)
	if i := strings.IndexByte(n, '+'); i >= 0 {
		n = n[i+1:]
	}
	switch {
	case strings.HasPrefix(n, "helvetica") || strings.HasPrefix(n, "arial"):
		family = "Helvetica"
	case strings.HasPrefix(n, "times"):
		family = "Times"
	case strings.HasPrefix(n, "courier"):
		family = "Courier"
	default:
		return "", ""
	}
	if strings.Contains(n, "bold") {
		style += "B"
	}
	if strings.Contains(n, "italic") || strings.Contains(n, "oblique") {
		style += "I"
	}
	return family, style
}

// width returns the advance of r in font (per point of size), ok false
// when the font is not a core font or the character is outside its
// encoding.
func (c *core14) width(font string, r rune) (float64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := widthKey{font, r}
	if w, ok := c.widths[k]; ok {
		return w, w >= 0
	}
	fam, style := coreFont(font)
	if fam == "" || r > 0xff || !utf8.ValidRune(r) {
		c.widths[k] = -1
		return 0, false
	}
	if c.pdf == nil {
		c.pdf = fpdf.New("P", "pt", "A4", "")
	}
	c.pdf.SetFont(fam, style, 1000)
	w := c.pdf.GetStringWidth(string(r)) / 1000
	if w <= 0 {
		c.widths[k] = -1
		return 0, false
	}
	c.widths[k] = w
	return w, true
}
