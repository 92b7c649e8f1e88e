package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/google/go-cmp/cmp"
)

// TestDocumentsAgreeWithMapping checks that the bleve documents Build
// makes by hand (docBuilder.document: each text analysed once, stems
// cached, keywords unanalysed) hold, field by field, what bleve makes of
// the same values through the index mapping (newMapping): the same
// fields, options, array positions, terms, frequencies and positions.
func TestDocumentsAgreeWithMapping(t *testing.T) {
	for f := range numFacets {
		if !slices.Contains([]string{fieldSession, fieldSpeaker, fieldTopic, fieldKind, fieldDoc}, facetName(f)) {
			t.Fatalf("facet %q has no keyword field of its name", facetName(f))
		}
	}
	c, err := normalize(loadFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	db, err := newDocBuilder(m, c)
	if err != nil {
		t.Fatal(err)
	}
	stems := stemCache{}
	for i := range c.Passages {
		p := &c.Passages[i]
		got := db.document(p, i, stems)
		want := document.NewDocument(p.ID)
		if err := m.MapDocument(want, db.fields(p, i).values(p)); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(describe(want), describe(got)); d != "" {
			t.Errorf("passage %s: the built document differs from the mapping's (-mapping +built):\n%s", p.ID, d)
		}
	}
}

// values returns pf as the mapping reads a document: by field name.
func (pf passageFields) values(p *Passage) map[string]any {
	v := map[string]any{
		fieldText:  pf.text,
		fieldExact: pf.text,
		fieldPage:  float64(pf.page),
		fieldOrd:   pf.ord,
	}
	if p.Speaker != nil {
		v[fieldSpeakerText] = pf.speakerText
	}
	if pf.context != "" {
		v[fieldContext] = pf.context
	}
	for f := range numFacets {
		switch vals := pf.facets[f]; {
		case len(vals) == 1 && facetName(f) != fieldTopic:
			v[facetName(f)] = vals[0]
		case len(vals) > 0:
			v[facetName(f)] = vals
		}
	}
	return v
}

// describe lists a document's analysed fields, sorted, one string each.
// The values are left out, as the index stores none (and the mapping's
// analysis lower-cases them in place), and so are the array positions of
// a field without term vectors, which the index keeps nowhere.
func describe(d *document.Document) []string {
	var out []string
	for _, f := range d.Fields {
		f.Analyze()
		ap := f.ArrayPositions()
		if !f.Options().IncludeTermVectors() && !f.Options().IsStored() {
			ap = nil
		}
		var terms []string
		for term, tf := range f.AnalyzedTokenFrequencies() {
			var locs []string
			for _, l := range tf.Locations {
				locs = append(locs, fmt.Sprintf("%d@%d-%d%v", l.Position, l.Start, l.End, l.ArrayPositions))
			}
			terms = append(terms, fmt.Sprintf("%q×%d[%s]", term, tf.Frequency(), strings.Join(locs, " ")))
		}
		slices.Sort(terms)
		out = append(out, fmt.Sprintf("%s%v opts=%d len=%d type=%c terms=%s",
			f.Name(), ap, f.Options(), f.AnalyzedLength(), f.EncodedFieldType(), strings.Join(terms, " ")))
	}
	slices.Sort(out)
	return out
}
