package search

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
)

// A label is a passage that names something rather than says something: a
// title in a list of references or proposals, an entry of a participants
// list, a caption, a lead-in ending in a colon, a line of front matter, a
// publication (kind resource). Users search what was said, so a label
// ranks after the prose holding the same words: its relevance score is
// multiplied by labelWeight. BM25's length normalisation would otherwise
// put a ten-word title that repeats the query's words above the paragraph
// that discusses them (a title is typically a quarter of a paragraph's
// length, which BM25 rewards by a factor of 2 to 3.5; labelWeight undoes
// that much). A label still ranks first when no prose holds the words.
const (
	labelWeight   = 0.25
	labelMaxWords = 24 // a label fits in about two lines
)

// isLabel reports whether p is a label: a narrative passage or a resource
// that is short, holds no sentence boundary and does not end as a
// sentence does (a lead-in ending in a colon does not). Quotes and
// statements are never labels: they are what someone said.
func isLabel(p *Passage) bool {
	switch p.Kind {
	case KindResource:
		return true
	case KindNarrative:
	default:
		return false
	}
	text := strings.TrimSpace(p.Text)
	if len(strings.Fields(text)) > labelMaxWords {
		return false
	}
	return !endsSentence(text) && !holdsSentenceEnd(text)
}

// closers may follow a sentence's final stop.
const closers = "\"'”’)]»"

// endsSentence reports whether text ends with a sentence's final stop,
// perhaps followed by closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, closers)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") ||
		strings.HasSuffix(text, "?") || strings.HasSuffix(text, "…")
}

// holdsSentenceEnd reports whether a sentence ends inside text: a stop,
// closers, a space and a capital letter or an opening quote.
func holdsSentenceEnd(text string) bool {
	rs := []rune(text)
	for i, r := range rs {
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(closers, rs[j]) {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			j++
		}
		if j < len(rs) && (unicode.IsUpper(rs[j]) || strings.ContainsRune("\"“‘'", rs[j])) {
			return true
		}
	}
	return false
}

// rankWindow is the fewest matches reranked for a page; maxRankWindow the
// most (MaxOffset plus a page: any page a request may ask for).
const (
	rankWindow    = 50
	maxRankWindow = MaxOffset + MaxSize
)

// ranked runs req, a relevance-sorted search for the page [from,
// from+size), and returns that page with labels weighted down. It asks
// bleve for a window of the best matches from the first, reweights and
// re-sorts them, and widens the window until no match beyond it could
// enter the page: a match outside scores at most the window's lowest
// score, so the page is exact once its last hit scores at least that.
// The result's Hits are the page; Total, facets and the rest are bleve's.
func (ix *Index) ranked(ctx context.Context, req *bleve.SearchRequest, from, size int) (*bleve.SearchResult, error) {
	window := max(rankWindow, 2*(from+size))
	for {
		window = min(window, maxRankWindow)
		req.From, req.Size = 0, window
		sr, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		hits := ix.reweigh(sr.Hits)
		exhausted := len(sr.Hits) < window || window == maxRankWindow
		end := min(from+size, len(hits))
		if exhausted || end > 0 && hits[end-1].Score >= sr.Hits[len(sr.Hits)-1].Score {
			if from >= len(hits) {
				hits = nil
			} else {
				hits = hits[from:end]
			}
			sr.Hits = hits
			return sr, nil
		}
		window *= 4
	}
}

// reweigh returns hits (sorted by score, best first) with each label's
// score multiplied by labelWeight, sorted again; equal scores keep bleve's
// order.
func (ix *Index) reweigh(hits bsearch.DocumentMatchCollection) bsearch.DocumentMatchCollection {
	out := slices.Clone(hits)
	for i, h := range out {
		if j, ok := ix.pos[h.ID]; ok && ix.label[j] {
			c := *h
			c.Score *= labelWeight
			out[i] = &c
		}
	}
	slices.SortStableFunc(out, func(a, b *bsearch.DocumentMatch) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	return out
}
