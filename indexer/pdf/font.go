package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// maxStreamSize bounds one decoded stream (a zip bomb costs at most this,
// twice over while its buffer grows). A page's streams together are bounded
// by maxPageBytes.
const maxStreamSize = 32 << 20

// maxCMapSize bounds a decoded ToUnicode CMap: the largest real ones (CJK
// fonts of tens of thousands of glyphs) take well under a megabyte.
const maxCMapSize = 4 << 20

// readStream returns the decoded data of a stream. On a decoding error it
// returns what was decoded before it, with the error. A flate stream that
// merely ends early or lacks its checksum is not an error: producers do that
// and the data is complete. A checksum that does not match is
// errBadChecksum, with all the data: changed bytes often still inflate, to
// text that is right up to the damage.
func readStream(v lpdf.Value) (data []byte, err error) {
	return readStreamLimit(v, maxStreamSize)
}

// readStreamLimit is readStream keeping at most limit bytes.
func readStreamLimit(v lpdf.Value, limit int) (data []byte, err error) {
	var buf bytes.Buffer
	defer func() {
		if r := recover(); r != nil {
			data, err = buf.Bytes(), panicError(r)
		}
	}()
	if v.Kind() != lpdf.Stream {
		return nil, errors.New("not a stream")
	}
	rc := v.Reader()
	defer rc.Close()
	_, err = buf.ReadFrom(io.LimitReader(rc, int64(limit)+1))
	if buf.Len() > limit {
		return buf.Bytes()[:limit], fmt.Errorf("more than %d MiB decoded, the rest left out", limit>>20)
	}
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = nil
	case errors.Is(err, zlib.ErrChecksum):
		err = errBadChecksum
	}
	return buf.Bytes(), err
}

// errBadChecksum: a flate stream's data does not match its checksum.
var errBadChecksum = errors.New("checksum mismatch: the data is damaged")

// font is what the interpreter needs of a font, computed once per document
// and read-only afterwards, so pages may share it across goroutines.
type font struct {
	name      string
	simple    bool
	text      [256]string  // simple fonts: text per code, "" when unusable
	width     [256]float64 // simple fonts: advance per unit of font size
	enc       *cmap        // composite fonts: code space (nil: 2 bytes)
	uni       *cmap        // composite fonts: ToUnicode
	ucs2      bool         // composite fonts: codes are UCS-2 when no ToUnicode
	identity  bool         // composite fonts: code = CID
	cidw      map[uint32]float64
	dw        float64
	sizeScale float64 // font size = Tfs × sizeScale (Type 3 fonts differ)
}

// junkFont stands for a font that cannot be loaded: every code it shows is
// counted as dropped.
func junkFont(name string) *font {
	return &font{name: name, simple: true, sizeScale: 1}
}

// fallbackFont stands for a font that is missing (lost with a damaged or
// truncated file, or never set): codes are read as Latin-1, which is right
// for most simple fonts and is caught by Garbled when it is not.
func fallbackFont(name string) *font {
	f := &font{name: name, simple: true, sizeScale: 1}
	for c := 0x20; c < 0x100; c++ {
		if c < 0x7f || c >= 0xa0 {
			f.text[c] = string(rune(c))
		}
	}
	return f
}

// loadFont reads a font dictionary. It does not fail: what cannot be read
// decodes to nothing.
func loadFont(v lpdf.Value, resName string) (f *font) {
	defer func() {
		if r := recover(); r != nil {
			f = junkFont(resName)
		}
	}()
	f = &font{sizeScale: 1}
	f.name = v.Key("BaseFont").Name()
	if i := strings.IndexByte(f.name, '+'); i >= 0 {
		f.name = f.name[i+1:]
	}
	if f.name == "" {
		f.name = resName
	}
	var uni *cmap
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		// A CMap larger than any real one (a flate bomb) or one that
		// maps nothing is no ToUnicode: the font's encoding is used.
		if data, _ := readStreamLimit(tu, maxCMapSize); len(data) > 0 && len(data) < maxCMapSize {
			if m := parseCMap(data); len(m.chars) > 0 || len(m.ranges) > 0 {
				uni = m
			}
		}
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.loadComposite(v, uni)
	} else {
		f.loadSimple(v, uni)
	}
	return f
}

func (f *font) loadSimple(v lpdf.Value, uni *cmap) {
	f.simple = true
	scale := 0.001
	if v.Key("Subtype").Name() == "Type3" {
		if fm := v.Key("FontMatrix"); fm.Len() == 6 {
			scale = fm.Index(0).Float64()
			if d := fm.Index(3).Float64(); d != 0 {
				f.sizeScale = abs(d) * 1000
			}
		}
	}
	first := int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	if ws.Kind() == lpdf.Array {
		for i := 0; i < ws.Len() && first+i < 256; i++ {
			if c := first + i; c >= 0 {
				f.width[c] = ws.Index(i).Float64() * scale
			}
		}
	}

	var diffs [256]string
	enc := v.Key("Encoding")
	if d := enc.Key("Differences"); d.Kind() == lpdf.Array {
		code := 0
		for i := 0; i < d.Len(); i++ {
			switch x := d.Index(i); x.Kind() {
			case lpdf.Integer:
				code = int(x.Int64())
			case lpdf.Name:
				if code >= 0 && code < 256 {
					diffs[code] = x.Name()
				}
				code++
			}
		}
	}
	// Without a ToUnicode map, an embedded Type 1 font whose encoding is
	// its own (no /Encoding, or Differences on no BaseEncoding) is read by
	// the glyph names of its program's built-in encoding.
	var builtin [256]string
	if uni == nil && v.Key("Subtype").Name() == "Type1" &&
		(enc.Kind() == lpdf.Null || enc.Kind() == lpdf.Dict && enc.Key("BaseEncoding").Kind() == lpdf.Null) {
		builtin, _ = type1Encoding(v.Key("FontDescriptor").Key("FontFile"))
	}
	lib := libEncoder(v, uni != nil)
	// With an encoding dictionary, the library reads the Differences by
	// glyph name (scanning the whole array for each code: slow) and every
	// other code as Latin-1, whatever the BaseEncoding. Codes the
	// Differences name go to it in one call; the others take the
	// BaseEncoding here.
	base := func(c byte) string { return string(rune(c)) }
	isDict := enc.Kind() == lpdf.Dict
	if isDict {
		switch enc.Key("BaseEncoding").Name() {
		case "WinAnsiEncoding":
			base = func(c byte) string { return string(charmap.Windows1252.DecodeByte(c)) }
		case "MacRomanEncoding":
			base = func(c byte) string { return string(charmap.Macintosh.DecodeByte(c)) }
		}
	}
	var byName []byte // codes whose Differences name the library resolves
	var one [1]byte
	for c := 0; c < 256; c++ {
		if uni != nil {
			if s, ok := uni.lookup(1, uint32(c)); ok {
				f.text[c] = cleanText(s)
				continue
			}
			if s, ok := uni.lookup(2, uint32(c)); ok {
				f.text[c] = cleanText(s)
				continue
			}
		}
		if name := diffs[c]; name != "" {
			if r, ok := glyphNameRune(name); ok {
				f.text[c] = cleanText(string(r))
				continue
			}
			if s, ok := glyphText(name); ok {
				f.text[c] = cleanText(s)
				continue
			}
			if opaqueGlyphName(name) {
				continue // "g123": the name tells nothing
			}
			if isDict {
				byName = append(byName, byte(c))
				continue
			}
		}
		if name := builtin[c]; name != "" && diffs[c] == "" {
			if s, ok := glyphText(name); ok {
				f.text[c] = cleanText(s)
				continue
			}
		}
		switch {
		case isDict:
			f.text[c] = cleanText(base(byte(c)))
		case lib != nil:
			one[0] = byte(c)
			f.text[c] = cleanText(safeDecode(lib, string(one[:])))
		}
	}
	if len(byName) > 0 && lib != nil {
		// The library's dictionary decoder gives one character per byte.
		if rs := []rune(safeDecode(lib, string(byName))); len(rs) == len(byName) {
			for i, c := range byName {
				f.text[c] = cleanText(string(rs[i]))
			}
		}
	}
	if v.Key("Subtype").Name() == "Type3" {
		f.sizeScale = type3SizeScale(f.sizeScale, &f.width)
	}
	// The standard 14 fonts may come without widths: they are known.
	if ws.Kind() != lpdf.Array && v.Key("Subtype").Name() != "Type3" {
		if key := std14Key(f.name); key != "" {
			for c := range f.text {
				if w, ok := std14Width(key, f.text[c]); ok {
					f.width[c] = w
				}
			}
		}
	}
}

// libEncoder returns the library's decoder for a simple font (base
// encodings and Differences by glyph name), or nil. hasUni tells whether
// the font's ToUnicode CMap is usable: when it is not (see loadFont), the
// library, which would read the CMap whole to decode with it, is not
// asked, and codes are read as PDFDocEncoding as the library does for a
// font without one (Latin-1 for what matters here).
func libEncoder(v lpdf.Value, hasUni bool) (enc lpdf.TextEncoding) {
	defer func() {
		if recover() != nil {
			enc = nil
		}
	}()
	if e := v.Key("Encoding"); !hasUni && v.Key("ToUnicode").Kind() == lpdf.Stream &&
		(e.Kind() == lpdf.Null || e.Kind() == lpdf.Name && e.Name() == "Identity-H") {
		return latin1{}
	}
	lf := lpdf.Font{V: v}
	return lf.Encoder()
}

// latin1 decodes each byte as the code point of its value.
type latin1 struct{}

func (latin1) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := range len(raw) {
		r[i] = rune(raw[i])
	}
	return string(r)
}

func safeDecode(enc lpdf.TextEncoding, raw string) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return enc.Decode(raw)
}

func (f *font) loadComposite(v lpdf.Value, uni *cmap) {
	f.uni = uni
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case lpdf.Name:
		name := enc.Name()
		f.identity = name == "Identity-H" || name == "Identity-V"
		f.ucs2 = strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16")
		if !f.identity && uni != nil && len(uni.space) > 0 {
			f.enc = uni // a predefined CMap we do not ship: trust ToUnicode's code space
		}
	case lpdf.Stream:
		if data, _ := readStream(enc); len(data) > 0 {
			if m := parseCMap(data); len(m.space) > 0 {
				f.enc = m
			}
		}
	}
	if uni != nil {
		for k, s := range uni.chars {
			uni.chars[k] = cleanText(s)
		}
	}
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
		f.dw = dw.Float64()
	}
	f.dw *= 0.001
	f.cidw = map[uint32]float64{}
	w := desc.Key("W")
	for i := 0; i < w.Len() && len(f.cidw) < maxCMapEntries; {
		c := w.Index(i)
		if c.Kind() != lpdf.Integer {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			for j := 0; j < next.Len() && j < maxCodeSpan; j++ {
				f.cidw[uint32(c.Int64())+uint32(j)] = next.Index(j).Float64() * 0.001
			}
			i += 2
			continue
		}
		last, width := next.Int64(), w.Index(i+2).Float64()*0.001
		for cid := c.Int64(); cid <= last && cid-c.Int64() < maxCodeSpan; cid++ {
			f.cidw[uint32(cid)] = width
		}
		i += 3
	}
}

// type3SizeScale checks the size a Type 3 font's matrix gives (scale: a
// glyph space of 1000 units to the em, the common case) against its
// advances (per unit of font size): text advances by about half an em a
// glyph. A glyph space of another unit (pdfTeX's bitmap fonts measure in
// device pixels, FontMatrix 0.015 for 66 pixels to the em) would make the
// size many times too large or small; the advances then give it.
func type3SizeScale(scale float64, width *[256]float64) float64 {
	var ws []float64
	for _, w := range width {
		if w > 0 && !math.IsInf(w, 0) {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return scale
	}
	sort.Float64s(ws)
	est := ws[len(ws)/2] / 0.5
	if est <= 0 || scale > 0 && scale/est >= 1.0/3 && scale/est <= 3 {
		return scale // the matrix agrees with the advances
	}
	return math.Min(math.Max(est, 0.01), 100)
}

// codeLen returns the length of the code at the start of b.
func (f *font) codeLen(b []byte) int {
	if f.simple {
		return 1
	}
	if f.enc != nil {
		if n := f.enc.codeLen(b); n > 0 {
			return n
		}
		if n := f.enc.minCodeLen(); n > 0 {
			return min(n, len(b))
		}
	}
	return min(2, len(b))
}

// decode returns the text and advance width (per unit of font size) of one
// code.
func (f *font) decode(code []byte) (string, float64) {
	if f.simple {
		c := code[0]
		return f.text[c], f.width[c]
	}
	n, c := len(code), codeOf(code)
	w := f.dw
	if f.identity {
		if x, ok := f.cidw[c]; ok {
			w = x
		}
	}
	if f.uni != nil {
		if s, ok := f.uni.lookup(n, c); ok {
			if len(f.uni.ranges) > 0 {
				s = cleanText(s)
			}
			return s, w
		}
	}
	if f.ucs2 && n == 2 {
		return cleanText(string(rune(c))), w
	}
	return "", w
}

// junkRune reports a character that carries no text: the replacement
// character, control characters, private-use code points, noncharacters.
func junkRune(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return true
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	case r >= 0xe000 && r <= 0xf8ff:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true
	}
	return false
}

// cleanText drops junk characters from s; a tab becomes a space.
func cleanText(s string) string {
	clean := true
	for _, r := range s {
		if junkRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case !junkRune(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// glyphNameRune handles the glyph names that spell their code point:
// uniXXXX and uXXXX[XX].
func glyphNameRune(name string) (rune, bool) {
	var hex string
	switch {
	case strings.HasPrefix(name, "uni") && len(name) == 7:
		hex = name[3:]
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		hex = name[1:]
	default:
		return 0, false
	}
	x, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || x == 0 || x > utf8.MaxRune {
		return 0, false
	}
	return rune(x), true
}

// opaqueGlyphName reports names made of a prefix and a glyph index ("g12",
// "cid123", "glyph7", "index42", "#34"), which say nothing of the text.
func opaqueGlyphName(name string) bool {
	for _, p := range []string{"glyph", "index", "cid", "gid", "g", "c", "G", "C", "#"} {
		rest, ok := strings.CutPrefix(name, p)
		if !ok || rest == "" {
			continue
		}
		if strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
