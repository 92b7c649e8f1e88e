package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/registry"
)

// foldFilterName is the bleve token filter folding accents and ligatures.
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

// foldFilter folds each token with foldBytes. It runs after the tokenizer,
// so token offsets still point into the original text (a char filter would
// shift them and break highlighting).
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = foldBytes(t.Term)
	}
	return in
}

// foldBytes lower-cases b, removes combining marks and maps letters with
// diacritics, ligatures and typographic quotes to ASCII ("Dvořák" →
// "dvorak", "ﬁnancial" → "financial", "’" → "'"). ASCII input is
// returned as is (lower-cased in place).
func foldBytes(b []byte) []byte {
	ascii := true
	for i, c := range b {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	if ascii {
		return b
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for _, r := range string(b) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	// bleve's port of Lucene's ASCIIFoldingFilter: stateless, no allocation
	// to construct.
	return asciifolding.New().Filter([]byte(sb.String()))
}

// fold returns s lower-cased and folded like the index's analyzers fold
// tokens.
func fold(s string) string {
	return string(foldBytes([]byte(s)))
}
