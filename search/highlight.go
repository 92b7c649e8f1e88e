package search

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/osce-tools/confsearch/search/query"
	txt "github.com/osce-tools/confsearch/text"
)

// snippetLen is the length in bytes a highlight aims at; shorter texts are
// shown whole.
const snippetLen = 320

// span is a byte range [start, end) of a passage text.
type span struct{ start, end int }

// marker finds the words of a passage a query matched, for highlighting:
// re-analysing a hit's text is cheaper than having bleve index and return
// term locations.
type marker struct {
	// exact are the folded words to mark: the query's, those of the same
	// stem and the matched misspellings.
	exact map[string]bool
	seqs  [][]string // phrases, marked where they occur in full
}

// add records a plain word, the words of its stem and its spellings.
func (m *marker) add(w query.Word, sameStem []string, spellings []fuzzyTerm) {
	if m.exact == nil {
		m.exact = map[string]bool{}
	}
	m.exact[w.Exact] = true
	for _, t := range sameStem {
		m.exact[t] = true
	}
	for _, ft := range spellings {
		if ft.in&inExact != 0 {
			m.exact[ft.term] = true
		}
	}
}

// spans returns the sorted, non-overlapping byte ranges of text to mark.
func (ix *Index) spans(m *marker, text string) []span {
	if m == nil {
		return nil
	}
	var buf [128]word
	words := scanWords(text, buf[:])
	var out []span
	for _, w := range words {
		if m.exact[w.term] {
			out = append(out, span{w.start, w.end})
			continue
		}
		// a part of a compound word, as the index holds it
		txt.EachPart(text[w.start:w.end], func(ps, pe int) {
			if m.exact[txt.Fold(text[w.start+ps:w.start+pe])] {
				out = append(out, span{w.start + ps, w.start + pe})
			}
		})
	}
	for _, seq := range m.seqs {
		for i := 0; i+len(seq) <= len(words); i++ {
			ok := true
			for k, w := range seq {
				if words[i+k].term != w {
					ok = false
					break
				}
			}
			if ok {
				for _, w := range words[i : i+len(seq)] {
					out = append(out, span{w.start, w.end})
				}
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	// Merge overlapping marks, and marks apart by spaces only: one mark
	// for "forced criminality".
	merged := out[:1]
	for _, sp := range out[1:] {
		last := &merged[len(merged)-1]
		if sp.start <= last.end || strings.TrimSpace(text[last.end:sp.start]) == "" {
			last.end = max(last.end, sp.end)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// highlight returns an HTML snippet of text of about n bytes around the
// most marks, with the marked spans in <mark>…</mark> and everything else
// escaped; "…" shows where text was cut.
func highlight(text string, marks []span, n int) string {
	from, to := 0, len(text)
	if len(text) > n {
		from, to = window(text, marks, n)
	}
	var b strings.Builder
	b.Grow(to - from + len(marks)*13 + 8)
	if from > 0 {
		b.WriteString("…")
	}
	at := from
	for _, m := range marks {
		if m.start < from || m.end > to {
			continue
		}
		b.WriteString(html.EscapeString(text[at:m.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[m.start:m.end]))
		b.WriteString("</mark>")
		at = m.end
	}
	b.WriteString(html.EscapeString(text[at:to]))
	if to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// window chooses the byte range of about n bytes of text holding the most
// marks, starting a little before the first of them, cut at spaces.
func window(text string, marks []span, n int) (from, to int) {
	const lead = 60 // context before the first mark
	best, bestCount := 0, 0
	for i, m := range marks {
		c := 0
		for _, o := range marks[i:] {
			if o.end-m.start > n-lead {
				break
			}
			c++
		}
		if c > bestCount {
			best, bestCount = m.start, c
		}
	}
	from = max(best-lead, 0)
	if from+n > len(text) {
		from = max(len(text)-n, 0)
	}
	to = min(from+n, len(text))
	// Cut at word boundaries, never inside a mark.
	if from > 0 {
		if i := strings.IndexFunc(text[from:], unicode.IsSpace); i >= 0 && from+i < best {
			from += i + 1
		}
	}
	if to < len(text) {
		if i := strings.LastIndexFunc(text[:to], unicode.IsSpace); i > from {
			to = i
		}
	}
	for _, m := range marks {
		if m.start < to && m.end > to {
			to = m.start
		}
		if m.start < from && m.end > from {
			from = m.end
		}
	}
	for from < len(text) && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > from && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	return from, to
}
