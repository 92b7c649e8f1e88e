package indexer

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gosimple/unidecode"

	"github.com/osce-tools/confsearch/indexer/attrib"
)

// DocID derives a document's id from its file name alone: the extension
// dropped, letters of other scripts transliterated to Latin (unidecode:
// "доклад.pdf" → "doklad", "报告.pdf" → "bao-gao"), then attrib.Slug
// ("Report 2024.pdf" → "report-2024"). A name with nothing left (only
// symbols or unassigned characters) gets "doc-" and a hash of the name.
// Latin names keep the ids they always had. Within a corpus, DocIDs
// resolves names whose ids collide.
func DocID(path string) string {
	base := filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if id := attrib.Slug(transliterate(stem)); id != "" {
		return id
	}
	return "doc-" + nameHash(base, 8)
}

// transliterate replaces each run of characters that attrib.Slug would
// drop, other than ASCII, by its Latin transliteration; letters Slug
// folds itself (Latin with diacritics) are left to it, so that Latin
// names keep their ids.
func transliterate(s string) string {
	var b, run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			b.WriteString(unidecode.Unidecode(run.String()))
			run.Reset()
		}
	}
	for _, r := range s {
		if r < 0x80 || attrib.Slug(string(r)) != "" {
			flush()
			b.WriteRune(r)
			continue
		}
		run.WriteRune(r)
	}
	flush()
	return b.String()
}

// nameHash is the first n hex digits of the SHA-256 of a file name.
func nameHash(name string, n int) string {
	h := sha256.Sum256([]byte(name))
	return hex.EncodeToString(h[:])[:n]
}

// formatRank orders the files whose ids collide: the one of the lowest
// rank keeps the plain id (a report's PDF before its HTML, Markdown or
// text version).
func formatRank(name string) int {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return 0
	case ".html", ".htm":
		return 1
	case ".md", ".markdown":
		return 2
	}
	return 3
}

// DocIDs gives each file of a corpus a distinct id. A file whose DocID no
// other file shares keeps it, so ids do not change when files are added
// unless their names collide. Among files whose names give the same id
// ("report.pdf" and "report.md"; "Report 2024.pdf" and
// "report_2024.pdf"), the first by format (PDF, HTML, Markdown, text) and
// then by name keeps it; each other one gets the id and its extension
// ("report-md") when no other file has it, else the id and a hash of its
// file name ("report-2024-0ca43f09"). The ids depend only on the set of
// names, so a rebuild of the same files gives the same ids.
func DocIDs(paths []string) []string {
	ids := make([]string, len(paths))
	groups := map[string][]int{}
	for i, p := range paths {
		ids[i] = DocID(p)
		groups[ids[i]] = append(groups[ids[i]], i)
	}
	taken := map[string]bool{}
	var rest []int
	for id, g := range groups {
		taken[id] = true
		sort.Slice(g, func(a, b int) bool {
			na, nb := filepath.Base(paths[g[a]]), filepath.Base(paths[g[b]])
			if ra, rb := formatRank(na), formatRank(nb); ra != rb {
				return ra < rb
			}
			return na < nb
		})
		rest = append(rest, g[1:]...)
	}
	// The others in a fixed order: by name.
	sort.Slice(rest, func(a, b int) bool {
		return filepath.Base(paths[rest[a]]) < filepath.Base(paths[rest[b]])
	})
	for _, i := range rest {
		base := filepath.Base(paths[i])
		id := ids[i]
		exts := 0
		for _, j := range groups[id] {
			if strings.EqualFold(filepath.Ext(paths[j]), filepath.Ext(base)) {
				exts++
			}
		}
		cand := ""
		if ext := attrib.Slug(strings.TrimPrefix(filepath.Ext(base), ".")); ext != "" && exts == 1 {
			cand = id + "-" + ext
		}
		for n := 8; cand == "" || taken[cand]; n += 8 {
			if n <= 64 {
				cand = id + "-" + nameHash(base, n)
			} else { // the names differ, so their hashes do: unreachable
				cand = id + "-" + nameHash(base, 8) + "-" + strconv.Itoa(n)
			}
		}
		ids[i] = cand
		taken[cand] = true
	}
	return ids
}
