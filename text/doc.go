// Package text is the one text analysis of confsearch: how a text splits
// into words (Words, Tokens), how a word is folded for comparison (Fold)
// and how far apart two spellings are (Distance). The index's analyzers
// (package search registers them with bleve), the query parser, quote
// verification, topic tagging and speech attribution all use it, so a
// word is the same word everywhere: "Æsir", "AESIR" and "Æsir" with a
// combining accent all fold to "aesir".
//
// text is a leaf: it imports no bleve package, so that the indexer's
// text packages stay free of the search engine.
package text

//go:generate go run gen_fold.go
