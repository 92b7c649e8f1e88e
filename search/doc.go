// Package search owns the on-disk index: Build writes a Corpus of attributed
// passages into a bleve index directory, and Open serves faceted,
// typo-tolerant searches over it with our own result types.
//
// # On disk
//
// An index directory holds generations and a pointer to the current one:
//
//	dir/CURRENT            name of the current generation ("gen-<unixnano>")
//	dir/gen-…/meta.json    SchemaVersion, build time, counts
//	dir/gen-…/corpus.json  the Corpus: documents, speakers, sessions and the
//	                       passages in document order (loaded at Open)
//	dir/gen-…/bleve/       the bleve (scorch) index of the passages
//
// Build writes a new generation and switches CURRENT atomically; Open reads
// whichever generation CURRENT names; a Holder swaps generations under a
// running server (Reload, Watch) without failing requests.
//
// # Fields
//
// The bleve index has, per passage: text (English analyzer: stemmed, stop
// words removed), exact (the same text folded but unstemmed: phrases, typo
// tolerance, completions), speaker_text (the speaker's name, role and
// organisation, folded; boosted), context (session, section, topics,
// resource title, mentioned names; stemmed, low boost), the keyword facets
// session, speaker (id), topic, kind and doc, page (a number) and ord (the
// position in document order, for sorting). Every analyzer lower-cases and
// folds accents and ligatures, at index and query time alike. Nothing is
// stored in bleve: hits are rendered from corpus.json.
//
// # Queries
//
// Users' queries are parsed here, never by bleve's query-string syntax:
// plain words (all should match: only the passages with every word when
// at least ten hold them all, else those with any, every word first),
// "quoted phrases" (must occur as written, case and accents aside),
// -exclusions (-word, -"phrase", NOT word). Words of four letters or more
// also match spellings one edit away (two from eight letters), below exact
// matches. Nothing is a wildcard or a regular expression.
package search
