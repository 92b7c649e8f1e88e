package indexer

import (
	"github.com/osce-tools/confsearch/indexer/attrib"
	"github.com/osce-tools/confsearch/indexer/doc"
)

// corpusManifest is the corpus folder's optional metadata.
type corpusManifest struct{}

func loadManifest(dir string) (corpusManifest, error) { return corpusManifest{}, nil }

// isData reports whether name is one of the manifest's own data files.
func (m corpusManifest) isData(name string) bool { return false }

// meta merges the manifest's metadata for a file over what the document
// says of itself.
func (m corpusManifest) meta(name string, own doc.Meta) doc.Meta { return own }

func (m corpusManifest) tagger() attrib.Tagger { return nil }
