package search

import "github.com/osce-tools/confsearch/model"

// The data model lives in package model, a leaf that the indexer imports
// without linking bleve; these aliases keep search's own signatures short.
type (
	Speaker  = model.Speaker
	Resource = model.Resource
	Passage  = model.Passage
	Document = model.Document
	Session  = model.Session
	Corpus   = model.Corpus
)

// Passage kinds (see model).
const (
	KindQuote     = model.KindQuote
	KindStatement = model.KindStatement
	KindNarrative = model.KindNarrative
	KindResource  = model.KindResource
)
