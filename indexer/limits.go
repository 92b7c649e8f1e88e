package indexer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// MaxBlockChars bounds the characters of one block given to attribution,
// and so of one passage: a longer block (a document of one paragraph, a
// page of text with no line break) is split into blocks of this size at
// most, at a sentence end where there is one in its second half, else at
// a space, else anywhere. Real paragraphs hold a few thousand characters
// at most (the report's longest: 2,650); an unbounded passage costs the
// indexer memory (bleve holds its terms and positions) and quote
// verification time.
const MaxBlockChars = 1 << 14

// MaxDocumentWords bounds the words of one document given to attribution
// and the index, whatever its format: the index takes a few hundred bytes
// of the indexer's memory for each word of a passage, and a document of
// one-letter words ("a a a …", "|a|a|…") would otherwise hold a million
// of them. A real document of MaxDocumentGlyphs characters has about
// 170,000.
const MaxDocumentWords = 1 << 18

// capWords keeps the blocks of a document up to max words (runs of
// letters or digits), the block that passes the limit cut before the
// word that does, and reports whether anything was left out.
func capWords(blocks []doc.Block, limit int) ([]doc.Block, bool) {
	n := 0
	for i, b := range blocks {
		in := false
		for j, r := range b.Text {
			w := unicode.IsLetter(r) || unicode.IsDigit(r)
			if w && !in {
				if n++; n > limit {
					out := blocks[:i]
					if part := cutBlock(b, j)[0]; part.Text != "" {
						out = append(out, part)
					}
					return out, true
				}
			}
			in = w
		}
	}
	return blocks, false
}

// capBlocks keeps the blocks of a document up to max characters (not
// counting spaces, as MaxDocumentGlyphs counts a PDF's glyphs): the block
// that passes the limit is cut at the end of its last word within it (a
// document's first word longer than that is cut), and the blocks after
// it are left out. It reports whether anything was left out.
func capBlocks(blocks []doc.Block, limit int) ([]doc.Block, bool) {
	n := 0
	for i, b := range blocks {
		c := nonSpace(b.Text)
		if n+c <= limit {
			n += c
			continue
		}
		// Cut b after limit-n non-space characters, at the space before.
		left, end := limit-n, 0
		for j, r := range b.Text {
			if !unicode.IsSpace(r) {
				if left == 0 {
					break
				}
				left--
			}
			end = j + utf8.RuneLen(r)
		}
		if r, _ := utf8.DecodeRuneInString(b.Text[end:]); end < len(b.Text) && !unicode.IsSpace(r) {
			// inside a word: leave it out, unless it is the document's first
			if k := strings.LastIndexFunc(b.Text[:end], unicode.IsSpace); k > 0 || i > 0 {
				end = max(k, 0)
			}
		}
		out := blocks[:i]
		if end > 0 {
			if part := cutBlock(b, end)[0]; part.Text != "" {
				out = append(out, part)
			}
		}
		return out, true
	}
	return blocks, false
}

// nonSpace counts the characters of s other than white space.
func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// splitLongBlocks splits every block longer than max characters (see
// MaxBlockChars).
func splitLongBlocks(blocks []doc.Block, max int) []doc.Block {
	long := false
	for _, b := range blocks {
		if len(b.Text) > max && utf8.RuneCountInString(b.Text) > max {
			long = true
			break
		}
	}
	if !long {
		return blocks
	}
	out := make([]doc.Block, 0, len(blocks)+1)
	for _, b := range blocks {
		for len(b.Text) > max && utf8.RuneCountInString(b.Text) > max {
			parts := cutBlock(b, splitPoint(b.Text, max))
			out = append(out, parts[0])
			b = parts[1]
		}
		out = append(out, b)
	}
	return out
}

// splitPoint returns the byte offset at which to cut s, longer than max
// characters, so that the part before holds at most max: after the last
// sentence end (". ", "? ", "! ", a closing quotation mark after one) in
// the second half of that part, else at its last space, else after max
// characters.
func splitPoint(s string, max int) int {
	end := 0
	for i := range s {
		if max == 0 {
			end = i
			break
		}
		max--
	}
	head := s[:end]
	sentence, space := -1, -1
	for i, r := range head {
		if !unicode.IsSpace(r) || i < len(head)/2 {
			continue
		}
		space = i
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(head[:i], "”’\"')]"))
		if before == '.' || before == '?' || before == '!' || before == '…' {
			sentence = i
		}
	}
	switch {
	case sentence > 0:
		return sentence
	case space > 0:
		return space
	}
	return end
}

// cutBlock splits b at byte offset at of its text into two blocks of the
// same kind: the white space at the cut is dropped, spans are cut with
// the text (when they spell it, as they do for every extractor), and the
// page breaks inside b go to the part they fall in, so that each part
// starts and ends on its own pages.
func cutBlock(b doc.Block, at int) [2]doc.Block {
	text := b.Text
	left := strings.TrimRightFunc(text[:at], unicode.IsSpace)
	rest := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
	restAt := len(text) - len(rest)
	parts := [2]doc.Block{b, b}
	parts[0].Text, parts[1].Text = left, rest
	parts[0].Spans, parts[1].Spans = nil, nil
	if spansSpell(b.Spans, text) {
		parts[0].Spans = sliceSpans(b.Spans, 0, len(left))
		parts[1].Spans = sliceSpans(b.Spans, restAt, len(text))
	}
	// Page breaks: Words counts the words before a break, so word k is
	// on the page of the last break with Words <= k.
	words := len(strings.Fields(left))
	parts[0].Breaks, parts[1].Breaks = nil, nil
	parts[0].PageEnd, parts[0].LabelEnd = b.Page, b.Label
	for _, br := range b.Breaks {
		switch {
		case br.Words < words:
			parts[0].Breaks = append(parts[0].Breaks, br)
			parts[0].PageEnd, parts[0].LabelEnd = br.Page, br.Label
			parts[1].Page, parts[1].Label = br.Page, br.Label
		case br.Words == words:
			parts[1].Page, parts[1].Label = br.Page, br.Label
		default:
			br.Words -= words
			parts[1].Breaks = append(parts[1].Breaks, br)
		}
	}
	return parts
}

// spansSpell reports whether the spans' texts concatenate to text.
func spansSpell(spans []doc.Span, text string) bool {
	if len(spans) == 0 {
		return false
	}
	for _, s := range spans {
		if !strings.HasPrefix(text, s.Text) {
			return false
		}
		text = text[len(s.Text):]
	}
	return text == ""
}

// sliceSpans returns the spans covering bytes [from, to) of their
// concatenated text, cut at the ends.
func sliceSpans(spans []doc.Span, from, to int) []doc.Span {
	var out []doc.Span
	pos := 0
	for _, s := range spans {
		a, z := pos, pos+len(s.Text)
		pos = z
		if z <= from || a >= to {
			continue
		}
		s.Text = s.Text[max(from, a)-a : min(to, z)-a]
		if s.Text != "" {
			out = append(out, s)
		}
	}
	return out
}
