package pdf

import (
	"bytes"
	"strconv"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"
)

//go:generate go run gen_glyphnames.go

var (
	glyphOnce  sync.Once
	glyphTable map[string]rune
)

// glyphText returns the text of a glyph name as the Adobe Glyph List
// specification reads it: the part before a period ("fi.alt" is "fi"),
// each part between underscores a character ("f_f_i" is "ffi"), a part
// named in the list or spelling its code point ("uni2010", "u1F600").
func glyphText(name string) (string, bool) {
	glyphOnce.Do(func() {
		glyphTable = make(map[string]rune, 4300)
		for _, line := range strings.Split(glyphList, "\n") {
			n, hex, ok := strings.Cut(line, " ")
			if !ok {
				continue
			}
			if x, err := strconv.ParseUint(hex, 16, 32); err == nil {
				glyphTable[n] = rune(x)
			}
		}
	})
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	if name == "" || len(name) > 64 {
		return "", false
	}
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		if r, ok := glyphTable[part]; ok {
			b.WriteRune(r)
			continue
		}
		if r, ok := glyphNameRune(part); ok {
			b.WriteRune(r)
			continue
		}
		return "", false
	}
	return b.String(), true
}

// maxType1Clear bounds the bytes of an embedded Type 1 font program read
// for its built-in encoding (the cleartext part before eexec, a few KiB).
const maxType1Clear = 256 << 10

// type1Encoding reads the built-in encoding of an embedded Type 1 font
// program (FontFile): the glyph name of each code its cleartext part sets
// with "dup CODE /name put" ("/Encoding 256 array … readonly def"). TeX's
// fonts (Computer Modern in OT1, AMS, many others) carry their encoding
// so, and pdfTeX writes no /Encoding for them: without a ToUnicode map,
// this is where "fi" at code 12 and "quotedblleft" at 92 are known. A font
// whose encoding is StandardEncoding, or that sets none, gives nothing.
func type1Encoding(ff lpdf.Value) (enc [256]string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if ff.Kind() != lpdf.Stream {
		return enc, false
	}
	data, _ := readStreamLimit(ff, maxType1Clear)
	if n := ff.Key("Length1").Int64(); n > 0 && n < int64(len(data)) {
		data = data[:n]
	}
	if i := bytes.Index(data, []byte("eexec")); i >= 0 {
		data = data[:i]
	}
	i := bytes.Index(data, []byte("/Encoding"))
	if i < 0 {
		return enc, false
	}
	data = data[i+len("/Encoding"):]
	if j := bytes.Index(data, []byte(" def")); j >= 0 && !bytes.Contains(data[:j], []byte("dup")) {
		return enc, false // "/Encoding StandardEncoding def"
	}
	f := bytes.Fields(data)
	for k := 0; k+3 < len(f); k++ {
		if string(f[k]) == "def" || string(f[k]) == "readonly" && k+1 < len(f) && string(f[k+1]) == "def" {
			break
		}
		if string(f[k]) != "dup" || string(f[k+3]) != "put" || len(f[k+2]) < 2 || f[k+2][0] != '/' {
			continue
		}
		code, err := strconv.Atoi(string(f[k+1]))
		if err != nil || code < 0 || code > 255 {
			continue
		}
		enc[code] = string(f[k+2][1:])
		ok = true
		k += 3
	}
	return enc, ok
}
