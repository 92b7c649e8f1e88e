// Package search owns the on-disk index: Build writes a Corpus of attributed
// passages into a bleve index directory, and Open serves faceted,
// typo-tolerant searches over it with our own result types.
package search
