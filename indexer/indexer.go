// Package indexer turns a corpus folder of conference reports (PDF, HTML,
// Markdown, plain text) into attributed passages and builds the search
// index from them: extraction → layout → attribution → index.
package indexer
