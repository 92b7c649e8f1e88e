package main

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/indexer/isolate"
)

// writeSummary prints the one-line summary of a build, in the singular for
// one of a thing: "indexed 1 document, 12 pages, …".
func writeSummary(w io.Writer, s indexer.Summary) {
	fmt.Fprintf(w, "indexed %s, %s, %s, %s, %s in %s",
		count(s.Documents, "document"), count(s.Pages, "page"), count(s.Passages, "passage"),
		count(s.Speakers, "speaker"), count(s.Quotes, "quote"), s.Took.Round(time.Millisecond))
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "; skipped %d", len(s.Skipped))
	}
	if s.IndexerMemory > 0 || s.PeakMemory > 0 {
		fmt.Fprintf(w, "; peak memory: indexer %s, one document %s (%s)",
			isolate.Bytes(s.IndexerMemory), isolate.Bytes(s.PeakMemory), s.PeakMemoryFile)
	}
	fmt.Fprintln(w)
}

// count returns "1 word" or "n words".
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
