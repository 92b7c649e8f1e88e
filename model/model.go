// Package model is the data model shared by the indexer and the search
// index: passages, speakers, sessions, documents and the corpus that carries
// them from one to the other. It is a leaf: it imports nothing of the project
// and nothing of bleve.
package model

import "time"

// Speaker is a person of a document's registry, as credited on a passage.
type Speaker struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Honorific    string `json:"honorific,omitempty"`
	Role         string `json:"role,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	Country      string `json:"country,omitempty"`
	// Description is the programme's words after the name, as printed,
	// when they do not split unambiguously into role, organisation and
	// country.
	Description string `json:"description,omitempty"`
	Session     string `json:"session,omitempty"`
	// Part is the programme slot: speaker, moderator, keynote, welcome,
	// opening, … ("" when the person was found in the text only).
	Part string `json:"part,omitempty"`
	Doc  string `json:"doc,omitempty"`
}

// Resource is a publication listed in a document (kind "resource").
type Resource struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// Passage kinds.
const (
	KindQuote     = "quote"
	KindStatement = "statement"
	KindNarrative = "narrative"
	KindResource  = "resource"
)

// Passage is the unit of search and of credit: one statement, quote,
// narrative paragraph or resource entry, with where it stands and who said it.
// `confsearch passages` prints these, one JSON object per line, and the API
// returns the same objects.
type Passage struct {
	ID       string    `json:"id"`
	Doc      string    `json:"doc"`
	DocTitle string    `json:"doc_title"`
	Seq      int       `json:"seq"` // position in the document, from 0
	Page     int       `json:"page"`
	PageEnd  int       `json:"page_end"`
	Session  string    `json:"session,omitempty"`
	Section  string    `json:"section,omitempty"`
	Topics   []string  `json:"topics"`
	Kind     string    `json:"kind"`
	Speaker  *Speaker  `json:"speaker"`
	Mentions []string  `json:"mentions"`
	Quote    string    `json:"quote,omitempty"`
	Resource *Resource `json:"resource,omitempty"`
	Text     string    `json:"text"`
}

// Document describes an indexed document.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	File      string `json:"file"`
	Format    string `json:"format"`
	Pages     int    `json:"pages"`
	Publisher string `json:"publisher,omitempty"`
	Event     string `json:"event,omitempty"`
	Place     string `json:"place,omitempty"`
	Date      string `json:"date,omitempty"`
	SourceURL string `json:"source_url,omitempty"`
	Citation  string `json:"citation,omitempty"`
	Passages  int    `json:"passages"`
	// Published is the day Date names (ParseDate), parsed once when the
	// index is loaded; zero when Date names none. Not stored: Date is.
	Published time.Time `json:"-"`
}

// Session is a programme session of a document.
type Session struct {
	Label    string   `json:"label"` // e.g. "Panel 2: Closing the data gap"
	Doc      string   `json:"doc"`
	Speakers []string `json:"speakers"` // speaker ids in programme order
}

// Corpus is everything the indexer hands to the index besides passages'
// full text: the registry, the programme and the documents.
type Corpus struct {
	Documents []Document `json:"documents"`
	Speakers  []Speaker  `json:"speakers"`
	Sessions  []Session  `json:"sessions"`
	Passages  []Passage  `json:"passages"`
}
