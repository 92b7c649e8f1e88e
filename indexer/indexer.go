// Package indexer turns a corpus folder of conference reports (PDF, HTML,
// Markdown, plain text) into attributed passages and builds the search
// index from them: extraction → layout → attribution → index. Documents
// are hostile input: with Options.WorkerCommand, each is read in a worker
// process of its own (ServeWorker, package isolate) bounded in time and
// memory, so that one document cannot take the build down.
package indexer
