// Package manifest reads the optional corpus manifest, corpus.json in the
// corpus directory, which gives per-document metadata, and the topic
// taxonomy it names.
//
// The manifest is a JSON object; every key is optional and unknown keys
// are an error, so that a misspelt key does not pass unnoticed:
//
//	{
//	  "documents": {
//	    "report.pdf": {
//	      "title": "24th Alliance against Trafficking in Persons Conference: …",
//	      "publisher": "OSCE Office of the Special Representative …",
//	      "event": "24th Alliance against Trafficking in Persons Conference",
//	      "place": "Vienna",
//	      "date": "15–16 April 2024",
//	      "source_url": "https://www.osce.org/cthb",
//	      "citation": "24th Alliance against Trafficking in Persons Conference, Vienna, 15–16 April 2024, report"
//	    }
//	  },
//	  "taxonomy": "taxonomy.json",
//	  "overrides": {
//	    "report.pdf": {"any": "settings"}
//	  }
//	}
//
// "documents" maps a document's path relative to the corpus directory, with
// forward slashes ("report.pdf", "press/2024-04-15.html"), to its metadata;
// the fields are those of doc.Meta, all optional strings, and "citation"
// overrides how the document is named when cited. "taxonomy" is the path
// of the topic taxonomy (see LoadTaxonomy), relative to the corpus
// directory. "overrides" maps a document path to a JSON object of settings
// for later steps of the pipeline; this package checks only that each is an
// object and passes it on as is.
//
// The taxonomy is a JSON object mapping a topic label to its cue phrases:
//
//	{"forced criminality": ["forced criminality", "criminal exploitation", "forced to commit"], …}
//
// See Taxonomy.Tags for how cues match.
package manifest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// FileName is the name of the manifest file in the corpus directory.
const FileName = "corpus.json"

// Manifest is a parsed corpus manifest. The zero Manifest is empty: it lists
// no documents and names no taxonomy.
type Manifest struct {
	// Path is the manifest file read; "" when the corpus has none.
	Path string
	// Documents maps a document's path relative to the corpus directory,
	// slash-separated and cleaned, to its metadata.
	Documents map[string]doc.Meta
	// Taxonomy is the path of the topic taxonomy, joined to the corpus
	// directory unless absolute; "" when the manifest names none.
	Taxonomy string
	// Overrides maps a document's path (as in Documents) to settings for
	// later pipeline steps, each a JSON object, uninterpreted.
	Overrides map[string]json.RawMessage
}

// file is the manifest as stored.
type file struct {
	Documents map[string]doc.Meta        `json:"documents"`
	Taxonomy  string                     `json:"taxonomy"`
	Overrides map[string]json.RawMessage `json:"overrides"`
}

// Load reads dir/corpus.json. A corpus without a manifest yields an empty
// Manifest and no error; a manifest that cannot be read or is malformed
// (bad JSON, unknown keys, a document path that is absolute or leaves the
// corpus directory, an override that is not an object) yields an error
// naming the file, with line and column for JSON syntax and type errors.
func Load(dir string) (Manifest, error) {
	p := filepath.Join(dir, FileName)
	data, err := readFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return Manifest{}, nil
	}
	if err != nil {
		return Manifest{}, fmt.Errorf("read manifest: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var f file
	if err := decodeStrict(data, &f); err != nil {
		return Manifest{}, fmt.Errorf("read manifest %s: %w", position(p, data, err), err)
	}
	m := Manifest{Path: p}
	for name, meta := range f.Documents {
		key, err := cleanName(name)
		if err != nil {
			return Manifest{}, fmt.Errorf("read manifest %s: documents: %w", p, err)
		}
		if _, dup := m.Documents[key]; dup {
			return Manifest{}, fmt.Errorf("read manifest %s: documents: %q listed twice", p, key)
		}
		if m.Documents == nil {
			m.Documents = make(map[string]doc.Meta, len(f.Documents))
		}
		m.Documents[key] = trimMeta(meta)
	}
	for name, raw := range f.Overrides {
		key, err := cleanName(name)
		if err != nil {
			return Manifest{}, fmt.Errorf("read manifest %s: overrides: %w", p, err)
		}
		if _, dup := m.Overrides[key]; dup {
			return Manifest{}, fmt.Errorf("read manifest %s: overrides: %q listed twice", p, key)
		}
		if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
			return Manifest{}, fmt.Errorf("read manifest %s: overrides: %q is not an object", p, key)
		}
		if m.Overrides == nil {
			m.Overrides = make(map[string]json.RawMessage, len(f.Overrides))
		}
		m.Overrides[key] = raw
	}
	if t := strings.TrimSpace(f.Taxonomy); t != "" {
		if !filepath.IsAbs(t) {
			t = filepath.Join(dir, filepath.FromSlash(t))
		}
		m.Taxonomy = t
	}
	return m, nil
}

// Meta returns the metadata the manifest gives for the document at
// fileName, a path relative to the corpus directory (either separator),
// and whether the manifest lists it.
func (m Manifest) Meta(fileName string) (doc.Meta, bool) {
	key, err := cleanName(fileName)
	if err != nil {
		return doc.Meta{}, false
	}
	meta, ok := m.Documents[key]
	return meta, ok
}

// cleanName returns a document path relative to the corpus directory in
// canonical form: slash-separated and cleaned. It fails for paths that are
// empty, absolute or outside the directory.
func cleanName(name string) (string, error) {
	s := strings.ReplaceAll(strings.TrimSpace(name), `\`, "/")
	c := path.Clean(s)
	switch {
	case s == "" || c == ".":
		return "", errors.New("empty document path")
	case path.IsAbs(c) || filepath.IsAbs(name) || filepath.VolumeName(name) != "":
		return "", fmt.Errorf("document path %q is absolute", name)
	case c == ".." || strings.HasPrefix(c, "../"):
		return "", fmt.Errorf("document path %q is outside the corpus directory", name)
	}
	return c, nil
}

// trimMeta trims white space around every field of m.
func trimMeta(m doc.Meta) doc.Meta {
	for _, f := range []*string{&m.Title, &m.Publisher, &m.Event, &m.Place, &m.Date, &m.SourceURL, &m.Citation} {
		*f = strings.TrimSpace(*f)
	}
	return m
}

// decodeStrict decodes one JSON value from data into v, rejecting unknown
// object keys, an empty file and data after the value.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("empty file")
		}
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the top-level JSON value")
	}
	return nil
}

// position returns name with the line and column of a JSON syntax or type
// error appended, "file.json:3:14", or name alone.
func position(name string, data []byte, err error) string {
	var off int64
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	default:
		return name
	}
	// The offset counts the bytes read, the offending one included.
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := max(1, int(off)-(bytes.LastIndexByte(before, '\n')+1))
	return fmt.Sprintf("%s:%d:%d", name, line, col)
}
