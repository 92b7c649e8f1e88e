package search

import (
	"errors"

	"github.com/osce-tools/confsearch/search/query"
)

// Sentinel errors; api maps them to HTTP statuses in one table.
var (
	// ErrBadQuery marks a request the client must fix (400); it is
	// query.ErrBadQuery.
	ErrBadQuery = query.ErrBadQuery
	// ErrNotFound marks an unknown passage, speaker, session or document (404).
	ErrNotFound = errors.New("not found")
	// ErrNoIndex marks a directory without an index (Open); such errors
	// wrap ErrNotFound too.
	ErrNoIndex = errors.New("no index")
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortDocument  = "document"
)

// Facet names, as used in Request filters and Result.Facets.
const (
	FacetSession = "session"
	FacetSpeaker = "speaker"
	FacetTopic   = "topic"
	FacetKind    = "kind"
	FacetDoc     = "doc"
)

// Request is a search. Filters of one facet combine with OR, filters of
// different facets with AND. An empty Query with filters lists passages in
// document order.
type Request struct {
	Query string
	// Filters by facet name (FacetSession, …) to the wanted values. Speaker
	// filters take speaker ids; the others take the values shown in facets.
	Filters map[string][]string
	// Page is the 1-based page of results; Size the hits per page (≤ MaxSize).
	Page int
	Size int
	// Sort is SortRelevance (default) or SortDocument.
	Sort string
	// FacetSize is how many values of each facet to return, most frequent
	// first (DefaultFacetSize when 0, at most MaxFacetSize); the selected
	// values of a filter are returned in addition when they are not among
	// them.
	FacetSize int
	// Prefix says the last word of Query is still being typed (results
	// as you type): if it is a plain word (not quoted, not excluded, not
	// a stop word) of at least MinPrefixLen letters or digits and Query
	// ends with it, it also matches the words it begins ("lindq" finds
	// "Lindqvist"), ranked below the word itself; at most MaxPrefixTerms
	// such words, the most frequent.
	Prefix bool
}

// Limits on requests.
const (
	MaxQueryLen = query.MaxLen // bytes
	MaxSize     = 100
	MaxOffset   = 10000 // (Page-1)*Size + Size must not exceed this

	DefaultFacetSize = 50
	MaxFacetSize     = 1000

	MinPrefixLen   = 3  // runes of a word being typed that expands (Request.Prefix)
	MaxPrefixTerms = 32 // words a word being typed expands to
)

// Hit is one matching passage.
type Hit struct {
	Passage
	Score float64 `json:"score"`
	// Highlight is an HTML snippet of the text with the matched words in
	// <mark>…</mark>; everything else is escaped.
	Highlight string `json:"highlight"`
	Citation  string `json:"citation"`
}

// FacetValue is one value of a facet with the number of matching passages.
type FacetValue struct {
	Value string `json:"value"`
	// Label is a display name when Value is an id (speakers).
	Label string `json:"label,omitempty"`
	Count int    `json:"count"`
}

// Result answers a Request.
type Result struct {
	Query  string                  `json:"query"`
	Total  int                     `json:"total"`
	TookMS float64                 `json:"took_ms"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetValue `json:"facets"`
}

// Suggestion is a completion for a partial query.
type Suggestion struct {
	Text string `json:"text"`
	Type string `json:"type"` // "speaker", "topic", "session" or "term"
	ID   string `json:"id,omitempty"`
}

// Match grades a passage against a quote a user wants to verify.
type Match struct {
	Passage Passage `json:"passage"`
	// Similarity is 1 for an exact quote; for an altered one, the share of
	// the aligned words that match; for a paraphrase, the share of the
	// quote's content words the passage holds.
	Similarity float64 `json:"similarity"` // 0..1
	// Verdict is VerdictExact, VerdictAltered or VerdictParaphrase.
	Verdict  string `json:"verdict"`
	Citation string `json:"citation"`
	// Differences are the inserted, deleted and replaced words of an
	// altered quote (empty otherwise), in quote order.
	Differences []Segment `json:"differences"`
	// Through is the id of the passage the quote runs on into, when it
	// runs across a paragraph break (the alignment then covers both).
	Through string `json:"through,omitempty"`
	// Quoted is the words checked when they are the parts of the text
	// inside quotation marks, the words around them (“…,” she said) left
	// out; empty when the whole text was checked.
	Quoted string `json:"quoted,omitempty"`
	// Alignment is the quote aligned with the passage, segment by segment
	// (same words, differences, elisions, bracketed insertions); empty for
	// a paraphrase.
	Alignment []Segment `json:"alignment,omitempty"`
}
