package markup

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// Text converts plain text into blocks and reads its title.
//
// Blank lines separate groups of lines. Within a group, hard-wrapped lines
// join with a space; a line ending in a hyphen joins the next without one,
// and the hyphen is dropped when the letters before it are lower case, the
// next line starts in lower case and the hyphenated word occurs nowhere in
// the text ("exploita-" + "tion"), and kept otherwise ("anti-" +
// "trafficking"). A line ending in a soft hyphen joins without one.
//
// A Heading is
//   - the first line of a group if it is short (80 characters at most) and
//     in capitals: Level 1;
//   - a short line underlined with "===" (Level 1) or "---" (Level 2),
//     unless it continues a paragraph;
//   - a group of one short line with a letter and without terminal
//     punctuation (. , ; : ! ? …): Level 2.
//
// A line starting with a bullet (- * • ◦ ▪ ‣ · – —, then a space) starts a
// ListItem, without the bullet; a line starting with a time of day ("09:00",
// "9:30–10:00") starts a Paragraph of its own and is never a heading, so
// that programme entries stay apart. Lines of only "-", "=", "*", "_" or
// "~" are separators and yield no block.
//
// Meta.Title is the first heading, else the first line (cut at a word
// boundary after 200 characters); no other field is set. The input must be
// valid UTF-8 without NUL bytes, else the error wraps ErrNotText.
func Text(r io.Reader) ([]doc.Block, doc.Meta, error) {
	blocks, meta, _, err := TextLimited(r, 0)
	return blocks, meta, err
}

// TextLimited is Text keeping about max characters other than white
// space (all when max is 0; see Limited): it reports whether it left text
// out.
func TextLimited(r io.Reader, max int) ([]doc.Block, doc.Meta, bool, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("text: %w", err)
	}
	if err := checkText(b); err != nil {
		return nil, doc.Meta{}, false, fmt.Errorf("text: %w", err)
	}
	b = trimBOM(b)
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, doc.Meta{}, false, nil
	}
	s := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(string(b))
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = cleanLine(l)
	}
	t := &textConv{e: newEmitter(max), hyphenated: hyphenatedWords(lines)}
	start := 0
	for i := 0; i <= len(lines) && !t.e.full; i++ {
		if i == len(lines) || lines[i] == "" {
			if i > start {
				t.group(lines[start:i])
			}
			start = i + 1
		}
	}
	blocks := t.e.finish()
	var meta doc.Meta
	for _, b := range blocks {
		if b.Kind == doc.Heading {
			meta.Title = b.Text
			break
		}
	}
	if meta.Title == "" {
		for _, l := range lines {
			if l = normalize(l); l != "" {
				meta.Title = cutWords(l, 200)
				break
			}
		}
	}
	return blocks, meta, t.e.full, nil
}

// maxHeading is the longest line, in characters, that can be a heading.
const maxHeading = 80

// textConv converts the groups of lines of one text.
type textConv struct {
	e          *emitter
	hyphenated map[string]bool // lower-cased words written with a hyphen
}

// group converts one group of non-blank lines.
func (t *textConv) group(lines []string) {
	if len(lines) == 1 {
		l := lines[0]
		if isRule(l) {
			return
		}
		if _, ok := cutBullet(l); !ok && !startsWithTime(l) {
			if isCaps(l) {
				t.block(doc.Heading, 1, l)
				return
			}
			if isTitle(l) {
				t.block(doc.Heading, 2, l)
				return
			}
		}
	}
	var cur []string
	kind := doc.Paragraph
	flush := func() {
		if len(cur) > 0 {
			t.block(kind, 0, t.join(cur))
		}
		cur, kind = nil, doc.Paragraph
	}
	for i, l := range lines {
		if isRule(l) {
			if len(cur) == 1 && cur[0] == lines[i-1] && kind == doc.Paragraph && !startsWithTime(cur[0]) &&
				utf8.RuneCountInString(cur[0]) <= maxHeading && (l[0] == '=' || l[0] == '-') {
				level := 1
				if l[0] == '-' {
					level = 2
				}
				t.block(doc.Heading, level, cur[0])
				cur = nil
				continue
			}
			flush()
			continue
		}
		if item, ok := cutBullet(l); ok {
			flush()
			cur, kind = []string{item}, doc.ListItem
			continue
		}
		if startsWithTime(l) {
			flush()
			cur = []string{l}
			continue
		}
		if i == 0 && isCaps(l) {
			t.block(doc.Heading, 1, l)
			continue
		}
		cur = append(cur, l)
	}
	flush()
}

// block emits one block of the given kind.
func (t *textConv) block(kind doc.Kind, level int, s string) {
	t.e.push(context{kind: kind, level: level, atomic: true, absorb: true})
	t.e.text(s, false, false)
	t.e.pop()
}

// join joins hard-wrapped lines (see Text).
func (t *textConv) join(lines []string) string {
	var b []byte
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			switch {
			case strings.HasSuffix(prev, "\u00AD"):
				// Soft hyphen: a word broken at the line end.
			case strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -") && len(prev) > 1:
				if t.dropHyphen(prev, l) {
					b = b[:len(b)-1]
				}
			default:
				b = append(b, ' ')
			}
		}
		b = append(b, l...)
	}
	return string(b)
}

// dropHyphen reports whether the hyphen ending prev divides a word rather
// than joining a compound (see Text).
func (t *textConv) dropHyphen(prev, next string) bool {
	head := prev[:len(prev)-1]
	if i := strings.LastIndexAny(head, " -"); i >= 0 {
		head = head[i+1:]
	}
	if head == "" || !allLower(head) {
		return false
	}
	tail := next
	if i := strings.IndexFunc(tail, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		tail = tail[:i]
	}
	if tail == "" || !allLower(tail) {
		return false
	}
	word := prev[:len(prev)-1]
	if i := strings.LastIndexByte(word, ' '); i >= 0 {
		word = word[i+1:]
	}
	return !t.hyphenated[strings.ToLower(trimPunct(word)+"-"+tail)]
}

// hyphenatedWords returns the words written with an inner hyphen anywhere
// in lines, lower-cased.
func hyphenatedWords(lines []string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lines {
		for _, f := range strings.Fields(l) {
			f = trimPunct(f)
			if i := strings.IndexByte(f, '-'); i > 0 && i < len(f)-1 {
				m[strings.ToLower(f)] = true
			}
		}
	}
	return m
}

// trimPunct trims leading and trailing punctuation other than hyphens.
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return r != '-' && (unicode.IsPunct(r) || unicode.IsSymbol(r))
	})
}

// allLower reports whether s is all lower-case letters.
func allLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// cleanLine applies NFKC to l, turns white space into spaces and trims it.
// Soft hyphens stay: join needs them.
func cleanLine(l string) string {
	l = norm.NFKC.String(l)
	l = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, l)
	return strings.TrimSpace(l)
}

// isRule reports whether l is a separator line: three or more of one of
// "-", "=", "*", "_", "~", maybe spaced.
func isRule(l string) bool {
	l = strings.ReplaceAll(l, " ", "")
	if len(l) < 3 || !strings.ContainsRune("-=*_~", rune(l[0])) {
		return false
	}
	return strings.Count(l, l[:1]) == len(l)
}

// cutBullet returns l without its list bullet, if it starts with one.
func cutBullet(l string) (string, bool) {
	for _, b := range []string{"- ", "* ", "• ", "◦ ", "▪ ", "‣ ", "· ", "– ", "— "} {
		if rest, ok := strings.CutPrefix(l, b); ok {
			if rest = strings.TrimSpace(rest); rest != "" {
				return rest, true
			}
		}
	}
	return "", false
}

// startsWithTime reports whether l starts with a time of day, H:MM or
// HH:MM.
func startsWithTime(l string) bool {
	digits := func(s string) int {
		n := 0
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		return n
	}
	h := digits(l)
	if h < 1 || h > 2 || len(l) <= h || l[h] != ':' {
		return false
	}
	m := digits(l[h+1:])
	return m == 2 && (len(l) == h+3 || !unicode.IsDigit(rune(l[h+3])))
}

// isCaps reports whether l is a short line in capitals (two letters at
// least, none lower case).
func isCaps(l string) bool {
	if utf8.RuneCountInString(l) > maxHeading || startsWithTime(l) {
		return false
	}
	letters := 0
	for _, r := range l {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isTitle reports whether l is short, has a letter and lacks terminal
// punctuation.
func isTitle(l string) bool {
	if utf8.RuneCountInString(l) > maxHeading || strings.IndexFunc(l, unicode.IsLetter) < 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, "\u00AD"))
	return !strings.ContainsRune(".,;:!?…-", last)
}

// cutWords shortens s to at most n runes, at a word boundary, marking the
// cut with "…".
func cutWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			s = s[:j]
			break
		}
		i++
	}
	if k := strings.LastIndexByte(s, ' '); k > 0 {
		s = s[:k]
	}
	return s + "…"
}
