package indexer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/osce-tools/confsearch/indexer/attrib"
	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/indexer/manifest"
	"github.com/osce-tools/confsearch/indexer/topics"
)

// defaultTaxonomy is read when the manifest names no taxonomy.
const defaultTaxonomy = "taxonomy.json"

// corpusManifest is the corpus folder's optional metadata and taxonomy.
type corpusManifest struct {
	m   manifest.Manifest
	tax *topics.Taxonomy
}

func loadManifest(dir string) (corpusManifest, error) {
	m, err := manifest.Load(dir)
	if err != nil {
		return corpusManifest{}, err
	}
	cm := corpusManifest{m: m}
	path := m.Taxonomy
	if path == "" {
		path = filepath.Join(dir, defaultTaxonomy)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return cm, nil
		}
	}
	t, err := manifest.LoadTaxonomy(path)
	if err != nil {
		return corpusManifest{}, err
	}
	cm.tax = &t
	return cm, nil
}

// meta merges the manifest's metadata for a file over what the document
// says of itself: fields the manifest leaves empty keep the document's.
func (c corpusManifest) meta(name string, own doc.Meta) doc.Meta {
	m, ok := c.m.Meta(name)
	if !ok {
		return own
	}
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	return doc.Meta{
		Title:     pick(m.Title, own.Title),
		Publisher: pick(m.Publisher, own.Publisher),
		Event:     pick(m.Event, own.Event),
		Place:     pick(m.Place, own.Place),
		Date:      pick(m.Date, own.Date),
		SourceURL: pick(m.SourceURL, own.SourceURL),
		Citation:  pick(m.Citation, own.Citation),
	}
}

// tagger returns the taxonomy, or nil when the corpus has none.
func (c corpusManifest) tagger() attrib.Tagger {
	if c.tax == nil {
		return nil
	}
	return c.tax
}

// overrides returns the attribution overrides the manifest gives for a
// file, if any.
func (c corpusManifest) overrides(name string) (attrib.Overrides, error) {
	var o attrib.Overrides
	raw, ok := c.m.Overrides[name]
	if !ok {
		return o, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return o, fmt.Errorf("%s: overrides for %s: %w", c.m.Path, name, err)
	}
	return o, nil
}
