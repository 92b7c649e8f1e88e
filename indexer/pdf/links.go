package pdf

import (
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// Link is a web link on a page: a link annotation whose action opens a
// URI, and the rectangle it covers in page space.
type Link struct {
	X0, Y0, X1, Y1 float64
	URI            string
}

// Bounds on what a page's annotations may cost.
const (
	maxAnnots  = 2000 // annotations looked at per page
	maxLinks   = 1000 // links kept per page
	maxURILen  = 2048
	minLinkDim = 1.0 // points: a link narrower or lower covers no text
)

// pageLinks returns the web links of page p: /Link annotations with a URI
// action ("http", "https" or "mailto"; other schemes are dropped, as is a
// link whose rectangle is not a rectangle on the page).
func pageLinks(p *pageRef) []Link {
	annots := p.v.Key("Annots")
	if annots.Kind() != lpdf.Array {
		return nil
	}
	var out []Link
	for i := range min(annots.Len(), maxAnnots) {
		a := annots.Index(i)
		if a.Kind() != lpdf.Dict || a.Key("Subtype").Name() != "Link" {
			continue
		}
		act := a.Key("A")
		if act.Kind() != lpdf.Dict || act.Key("S").Name() != "URI" {
			continue
		}
		uri := strings.TrimSpace(act.Key("URI").RawString())
		if len(uri) > maxURILen || !webURI(uri) {
			continue
		}
		r := a.Key("Rect")
		if r.Len() != 4 {
			continue
		}
		x0, y0, x1, y1 := r.Index(0).Float64(), r.Index(1).Float64(), r.Index(2).Float64(), r.Index(3).Float64()
		x0, x1 = min(x0, x1), max(x0, x1)
		y0, y1 = min(y0, y1), max(y0, y1)
		if !finite(x0, y0, x1, y1) || x1-x0 < minLinkDim || y1-y0 < minLinkDim ||
			abs(x0) > maxPageSide || abs(y0) > maxPageSide || x1-x0 > maxPageSide || y1-y0 > maxPageSide {
			continue
		}
		out = append(out, Link{x0, y0, x1, y1, uri})
		if len(out) == maxLinks {
			break
		}
	}
	return out
}

// webURI reports whether uri opens a web page or a mail address.
func webURI(uri string) bool {
	l := strings.ToLower(uri)
	for _, scheme := range []string{"http://", "https://", "mailto:"} {
		if strings.HasPrefix(l, scheme) && len(l) > len(scheme) {
			return !strings.ContainsAny(uri, " \t\r\n\x00")
		}
	}
	return false
}
