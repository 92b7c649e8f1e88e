package manifest

import (
	"bytes"
	"fmt"

	"github.com/osce-tools/confsearch/indexer/topics"
)

// LoadTaxonomy reads a taxonomy file: a JSON object mapping each topic label
// to its list of cue phrases (see topics.New). Errors name the file.
func LoadTaxonomy(path string) (topics.Taxonomy, error) {
	data, err := readFile(path)
	if err != nil {
		return topics.Taxonomy{}, fmt.Errorf("read taxonomy: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var cues map[string][]string
	if err := decodeStrict(data, &cues); err != nil {
		return topics.Taxonomy{}, fmt.Errorf("read taxonomy %s: %w", position(path, data, err), err)
	}
	t, err := topics.New(cues)
	if err != nil {
		return topics.Taxonomy{}, fmt.Errorf("read taxonomy %s: %w", path, err)
	}
	return t, nil
}
