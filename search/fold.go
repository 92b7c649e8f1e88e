package search

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/osce-tools/confsearch/text"
)

// foldFilterName is the bleve token filter folding case, accents,
// ligatures and typographic quotes: text.Fold.
const foldFilterName = "confsearch_fold"

// init registers the tokenizer and the fold filter with bleve's analysis
// registry, which is how bleve resolves the analyzers named in a stored
// index mapping; the registration is write-once and both are stateless.
func init() {
	registry.RegisterTokenizer(wordsTokenizerName,
		func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
			return wordsTokenizer{}, nil
		})
	registry.RegisterTokenFilter(foldFilterName,
		func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
			return foldFilter{}, nil
		})
}

// foldFilter folds each token with text.FoldBytes. It runs after the
// tokenizer, so token offsets still point into the original text (a char
// filter would shift them and break highlighting).
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = text.FoldBytes(t.Term)
	}
	return in
}
