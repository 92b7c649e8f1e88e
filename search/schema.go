package search

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// SchemaVersion is the version of the on-disk index layout: the bleve
// mapping below, the generation directory and its JSON files. Open refuses
// an index written with another version; rebuild it with Build.
//
// Changelog:
//
//	1: first version: text (English, stemmed), exact (folded, positions),
//	   speaker_text, context, keyword facets and ord, page number;
//	   passages and registry in corpus.json
const SchemaVersion = 1

// Index field names.
const (
	fieldText        = "text"         // passage text, English analyser (stemmed)
	fieldExact       = "exact"        // passage text, folded, unstemmed: phrases, fuzzy, terms
	fieldSpeakerText = "speaker_text" // speaker name, role, organisation (folded)
	fieldContext     = "context"      // session, section, topics, resource title, mentions (stemmed)
	fieldSession     = "session"      // keyword facets and filters …
	fieldSpeaker     = "speaker"
	fieldTopic       = "topic"
	fieldKind        = "kind"
	fieldDoc         = "doc"
	fieldPage        = "page" // number
	fieldOrd         = "ord"  // keyword: position in document order (ordKey), for sorting
)

// ordKey encodes a position in document order as a keyword that sorts
// like the number: one term per passage, where a numeric field would index
// sixteen.
func ordKey(ord int) string { return fmt.Sprintf("%010d", ord) }

// Analyzer names, stored in the index mapping; both fold accents and
// ligatures so that "Dvorak" and "Dvořák" are the same word.
const (
	analyzerEnglish = "confsearch_en"     // words, to_lower, fold, possessive, stop, snowball
	analyzerFolded  = "confsearch_folded" // words, to_lower, fold
)

// numFacets is the number of facets; facet i is named facetName(i).
const numFacets = 5

// facetName returns the name of facet i, in the order facets are computed.
func facetName(i int) string {
	return [numFacets]string{FacetSession, FacetSpeaker, FacetTopic, FacetKind, FacetDoc}[i]
}

// FacetNames returns the names of the facets (FacetSession, …), in the
// order Result.Facets are computed.
func FacetNames() []string {
	out := make([]string, numFacets)
	for i := range out {
		out[i] = facetName(i)
	}
	return out
}

// facetIndex returns the position of the named facet, or -1.
func facetIndex(name string) int {
	for i := range numFacets {
		if facetName(i) == name {
			return i
		}
	}
	return -1
}

// newMapping returns the index mapping of SchemaVersion.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := mapping.NewIndexMapping()
	m.ScoringModel = index.BM25Scoring
	if err := m.AddCustomAnalyzer(analyzerFolded, map[string]any{
		"type":          custom.Name,
		"tokenizer":     wordsTokenizerName,
		"token_filters": []any{lowercase.Name, foldFilterName},
	}); err != nil {
		return nil, fmt.Errorf("analyzer %s: %w", analyzerFolded, err)
	}
	if err := m.AddCustomAnalyzer(analyzerEnglish, map[string]any{
		"type":      custom.Name,
		"tokenizer": wordsTokenizerName,
		"token_filters": []any{lowercase.Name, foldFilterName,
			en.PossessiveName, en.StopName, en.SnowballStemmerName},
	}); err != nil {
		return nil, fmt.Errorf("analyzer %s: %w", analyzerEnglish, err)
	}

	text := func(analyzer string, vectors bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = vectors
		f.DocValues = false
		return f
	}
	kw := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = true
		f.SkipFreqNorm = true
		return f
	}
	num := func() *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	dm := mapping.NewDocumentStaticMapping()
	// No term vectors for the stemmed text: highlighting re-analyses the
	// hits' text, and only the exact field answers phrases.
	dm.AddFieldMappingsAt(fieldText, text(analyzerEnglish, false))
	dm.AddFieldMappingsAt(fieldExact, text(analyzerFolded, true))
	dm.AddFieldMappingsAt(fieldSpeakerText, text(analyzerFolded, true))
	dm.AddFieldMappingsAt(fieldContext, text(analyzerEnglish, false))
	for _, f := range []string{fieldSession, fieldSpeaker, fieldTopic, fieldKind, fieldDoc, fieldOrd} {
		dm.AddFieldMappingsAt(f, kw())
	}
	dm.AddFieldMappingsAt(fieldPage, num())

	dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	m.DefaultMapping = dm
	m.DefaultAnalyzer = analyzerEnglish
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	return m, nil
}

// analyzers returns the folded and English analyzers of m, checking that
// the English one is the folded one plus token filters (see stemCache).
func analyzers(m mapping.IndexMapping) (folded, english *analysis.DefaultAnalyzer, err error) {
	folded, ok1 := m.AnalyzerNamed(analyzerFolded).(*analysis.DefaultAnalyzer)
	english, ok2 := m.AnalyzerNamed(analyzerEnglish).(*analysis.DefaultAnalyzer)
	if !ok1 || !ok2 || len(folded.CharFilters)+len(english.CharFilters) > 0 ||
		fmt.Sprintf("%T", folded.Tokenizer) != fmt.Sprintf("%T", english.Tokenizer) {
		return nil, nil, fmt.Errorf("index mapping: analyzers %s and %s are not as expected", analyzerFolded, analyzerEnglish)
	}
	return folded, english, nil
}
