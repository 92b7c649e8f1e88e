package layout

import (
	"unicode"

	"github.com/osce-tools/confsearch/indexer/pdf"
)

// minLinkShare is the share of a block's letters one web link must cover
// for the block to be that link's text (a title in a list of references),
// not text that merely holds a link; minItemLinkShare is that share for a
// list item, whose title is often followed by a date or a source outside
// the link ("… Report 2021 (Released Dec. 14, 2021)").
const (
	minLinkShare     = 0.9
	minItemLinkShare = 0.6
)

// blockLink returns the URI of the web link that covers the text of b —
// at least minLinkShare of its letters, a list bullet aside — or "". A
// word is covered when its middle lies in the link's rectangle.
func blockLink(b *blk, links map[int][]pdf.Link) string {
	if len(links) == 0 {
		return ""
	}
	total := 0
	by := map[string]int{}
	for _, l := range b.all() {
		pl := links[l.page]
		for _, w := range l.words {
			n := 0
			for _, r := range w.text() {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					n++
				}
			}
			if n == 0 {
				continue // a bullet, a dash
			}
			total += n
			x, y := (w.x0+w.x1)/2, w.y+0.3*w.size
			for _, k := range pl {
				if x >= k.X0 && x <= k.X1 && y >= k.Y0 && y <= k.Y1 {
					by[k.URI] += n
					break
				}
			}
		}
	}
	best, bestN := "", 0
	for uri, n := range by {
		if n > bestN || n == bestN && uri < best {
			best, bestN = uri, n
		}
	}
	share := minLinkShare
	if b.item {
		share = minItemLinkShare
	}
	if total == 0 || float64(bestN) < share*float64(total) {
		return ""
	}
	return best
}
