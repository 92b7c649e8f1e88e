package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Files of an index directory. dir/CURRENT names the generation being
// served; each generation directory holds the bleve index and the corpus.
const (
	currentFile = "CURRENT"
	genPrefix   = "gen-"
	bleveDir    = "bleve"
	corpusFile  = "corpus.json"
	metaFile    = "meta.json"
)

// buildBatchSize is the number of passages per bleve batch.
const buildBatchSize = 1000

// BuildStats summarises a Build.
type BuildStats struct {
	Documents int `json:"documents"`
	Passages  int `json:"passages"`
	Speakers  int `json:"speakers"`
	Quotes    int `json:"quotes"`
	// Dir is the generation directory written.
	Dir string `json:"dir"`
}

// meta is the generation's meta.json.
type meta struct {
	SchemaVersion int       `json:"schema_version"`
	Generation    string    `json:"generation"`
	Built         time.Time `json:"built"`
	Documents     int       `json:"documents"`
	Passages      int       `json:"passages"`
}

// Build writes c as a new index generation inside dir (created if needed)
// and makes it current. It builds into a fresh directory dir/gen-<unixnano>,
// syncs it to disk and only then replaces dir/CURRENT atomically (write a
// temporary file, rename), so a failed Build never touches the index being
// served and a reader never sees a half-written one. The previous
// generation is kept, since a running server may still read it; older ones
// are deleted. Builds into the same dir must not run concurrently.
//
// Passages are indexed in document order: documents in c.Documents order
// (documents only named by passages follow, in order of appearance), then
// by Seq. Passage IDs must be unique and non-empty.
func Build(dir string, c Corpus) (st BuildStats, err error) {
	c, err = normalize(c)
	if err != nil {
		return BuildStats{}, fmt.Errorf("build %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return BuildStats{}, fmt.Errorf("build: %w", err)
	}
	prev, _ := readCurrent(dir) // "" when there is none

	gen, genDir, err := newGenDir(dir)
	if err != nil {
		return BuildStats{}, fmt.Errorf("build: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(genDir)
		}
	}()

	if err := writeBleve(filepath.Join(genDir, bleveDir), c.Passages); err != nil {
		return BuildStats{}, fmt.Errorf("build %s: %w", genDir, err)
	}
	if err := writeJSON(filepath.Join(genDir, corpusFile), c); err != nil {
		return BuildStats{}, fmt.Errorf("build %s: %w", genDir, err)
	}
	m := meta{
		SchemaVersion: SchemaVersion,
		Generation:    gen,
		Built:         time.Now().UTC(),
		Documents:     len(c.Documents),
		Passages:      len(c.Passages),
	}
	if err := writeJSON(filepath.Join(genDir, metaFile), m); err != nil {
		return BuildStats{}, fmt.Errorf("build %s: %w", genDir, err)
	}
	if err := syncTree(genDir); err != nil {
		return BuildStats{}, fmt.Errorf("build %s: sync: %w", genDir, err)
	}
	if err := writeCurrent(dir, gen); err != nil {
		return BuildStats{}, fmt.Errorf("build %s: %w", dir, err)
	}
	removeOldGenerations(dir, gen, prev)

	st = BuildStats{
		Documents: len(c.Documents),
		Passages:  len(c.Passages),
		Speakers:  len(c.Speakers),
		Dir:       genDir,
	}
	for i := range c.Passages {
		if c.Passages[i].Kind == KindQuote {
			st.Quotes++
		}
	}
	return st, nil
}

// normalize returns a copy of c with passages in document order, documents
// for every passage and Document.Passages counted.
func normalize(c Corpus) (Corpus, error) {
	docs := slices.Clone(c.Documents)
	docPos := make(map[string]int, len(docs))
	for i, d := range docs {
		if d.ID == "" {
			return Corpus{}, fmt.Errorf("document %d has no id", i)
		}
		if _, dup := docPos[d.ID]; dup {
			return Corpus{}, fmt.Errorf("duplicate document id %q", d.ID)
		}
		docPos[d.ID] = i
		docs[i].Passages = 0
	}
	ids := make(map[string]bool, len(c.Passages))
	for i, p := range c.Passages {
		if p.ID == "" {
			return Corpus{}, fmt.Errorf("passage %d has no id", i)
		}
		if ids[p.ID] {
			return Corpus{}, fmt.Errorf("duplicate passage id %q", p.ID)
		}
		ids[p.ID] = true
		if _, ok := docPos[p.Doc]; !ok {
			docPos[p.Doc] = len(docs)
			docs = append(docs, Document{ID: p.Doc, Title: p.DocTitle})
		}
		docs[docPos[p.Doc]].Passages++
	}
	ps := slices.Clone(c.Passages)
	slices.SortStableFunc(ps, func(a, b Passage) int {
		if d := docPos[a.Doc] - docPos[b.Doc]; d != 0 {
			return d
		}
		return a.Seq - b.Seq
	})
	return Corpus{
		Documents: docs,
		Speakers:  slices.Clone(c.Speakers),
		Sessions:  slices.Clone(c.Sessions),
		Passages:  ps,
	}, nil
}

// newGenDir creates a fresh generation directory inside dir.
func newGenDir(dir string) (gen, path string, err error) {
	for n := time.Now().UnixNano(); ; n++ {
		gen = genPrefix + strconv.FormatInt(n, 10)
		path = filepath.Join(dir, gen)
		err = os.Mkdir(path, 0o755)
		if !errors.Is(err, os.ErrExist) {
			return gen, path, err
		}
	}
}

// writeBleve indexes ps (in document order) into a new bleve index at path.
func writeBleve(path string, ps []Passage) error {
	m, err := newMapping()
	if err != nil {
		return err
	}
	idx, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, map[string]any{
		// Nothing reads the index while it is built, and syncTree makes it
		// durable before it becomes current.
		"unsafe_batch": false,
	})
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	speakers := make(map[string]*Speaker)
	for i := range ps {
		if s := ps[i].Speaker; s != nil && s.ID != "" {
			speakers[s.ID] = s
		}
	}
	b := idx.NewBatch()
	for i := range ps {
		if err := b.Index(ps[i].ID, newIndexDoc(&ps[i], i, speakers)); err != nil {
			idx.Close()
			return fmt.Errorf("passage %s: %w", ps[i].ID, err)
		}
		if b.Size() >= buildBatchSize || i == len(ps)-1 {
			if err := idx.Batch(b); err != nil {
				idx.Close()
				return fmt.Errorf("index batch: %w", err)
			}
			b.Reset()
		}
	}
	if err := idx.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

// newIndexDoc returns what bleve indexes for p, at position ord in
// document order.
func newIndexDoc(p *Passage, ord int, speakers map[string]*Speaker) indexDoc {
	d := indexDoc{
		Text:  p.Text,
		Exact: p.Text,
		Topic: p.Topics,
		Kind:  p.Kind,
		Doc:   p.Doc,
		Page:  float64(p.Page),
		Ord:   float64(ord),
	}
	d.Session = p.Session
	if s := p.Speaker; s != nil {
		d.Speaker = s.ID
		d.SpeakerText = joinNonEmpty(" ", s.Honorific, s.Name, s.Role, s.Organisation, s.Country)
	}
	var ctx []string
	ctx = append(ctx, p.Session, p.Section)
	ctx = append(ctx, p.Topics...)
	if p.Resource != nil {
		ctx = append(ctx, p.Resource.Title)
	}
	if p.Quote != "" && !strings.Contains(p.Text, p.Quote) {
		ctx = append(ctx, p.Quote)
	}
	for _, id := range p.Mentions {
		if s, ok := speakers[id]; ok {
			ctx = append(ctx, s.Name)
		} else {
			ctx = append(ctx, id)
		}
	}
	d.Context = joinNonEmpty("\n", ctx...)
	return d
}

func joinNonEmpty(sep string, parts ...string) string {
	var b strings.Builder
	for _, s := range parts {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return b.String()
}

// writeJSON writes v to a new file at path.
func writeJSON(path string, v any) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	if err := enc.Encode(v); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// syncTree fsyncs every file and directory under root.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(path string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return syncPath(path)
	})
}

func syncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// readCurrent returns the generation named by dir/CURRENT.
func readCurrent(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, currentFile))
	if err != nil {
		return "", err
	}
	gen := strings.TrimSpace(string(b))
	if !strings.HasPrefix(gen, genPrefix) || strings.ContainsAny(gen, `/\`) || gen == genPrefix {
		return "", fmt.Errorf("%s: bad generation %q", filepath.Join(dir, currentFile), gen)
	}
	return gen, nil
}

// writeCurrent atomically points dir/CURRENT at gen.
func writeCurrent(dir, gen string) error {
	f, err := os.CreateTemp(dir, currentFile+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.WriteString(gen + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, currentFile))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", currentFile, err)
	}
	return syncPath(dir)
}

// removeOldGenerations deletes the generations of dir other than cur and
// prev that are older than cur (newer ones may be concurrent builds).
// Failures are ignored: a leftover directory costs disk space only.
func removeOldGenerations(dir, cur, prev string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	curN, _ := strconv.ParseInt(strings.TrimPrefix(cur, genPrefix), 10, 64)
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, genPrefix) || name == cur || name == prev {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimPrefix(name, genPrefix), 10, 64)
		if err != nil || n > curN {
			continue
		}
		os.RemoveAll(filepath.Join(dir, name))
	}
}
