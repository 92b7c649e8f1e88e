package search

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	bsearch "github.com/blevesearch/bleve/v2/search"
)

// snippetLen is the length in bytes a highlight aims at; shorter texts are
// shown whole.
const snippetLen = 320

// span is a byte range [start, end) of a passage text.
type span struct{ start, end int }

// markSpans returns the sorted, non-overlapping byte ranges of text that
// bleve's term locations of the text fields mark as matched.
func markSpans(text string, locs bsearch.FieldTermLocationMap) []span {
	var out []span
	for _, field := range [...]string{fieldText, fieldExact} {
		for _, ls := range locs[field] {
			for _, l := range ls {
				s, e := int(l.Start), int(l.End)
				if s < 0 || e > len(text) || s >= e ||
					!utf8.RuneStart(text[s]) || e < len(text) && !utf8.RuneStart(text[e]) {
					continue // not from this text: ignore rather than break the HTML
				}
				out = append(out, span{s, e})
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	merged := out[:1]
	for _, sp := range out[1:] {
		last := &merged[len(merged)-1]
		if sp.start <= last.end {
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
