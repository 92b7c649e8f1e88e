package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
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

// buildBatchSize is the most passages per bleve batch, buildBatchBytes the
// most passage text: a batch is held in memory whole while it is
// analysed, so a corpus of long passages is indexed in smaller batches.
const (
	buildBatchSize  = 1000
	buildBatchBytes = 4 << 20
)

// batchBounds cuts ps into batches of at most buildBatchSize passages and
// about buildBatchBytes of text (a longer passage is a batch of its own):
// batch k is ps[b[k]:b[k+1]].
func batchBounds(ps []Passage) []int {
	b := []int{0}
	n, size := 0, 0
	for i := range ps {
		if n > 0 && (n == buildBatchSize || size+len(ps[i].Text) > buildBatchBytes) {
			b = append(b, i)
			n, size = 0, 0
		}
		n++
		size += len(ps[i].Text)
	}
	if len(ps) > 0 {
		b = append(b, len(ps))
	}
	return b
}

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

	if err := writeBleve(filepath.Join(genDir, bleveDir), c); err != nil {
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
	for i := range ps {
		// JSON clients get [] rather than null.
		if ps[i].Topics == nil {
			ps[i].Topics = []string{}
		}
		if ps[i].Mentions == nil {
			ps[i].Mentions = []string{}
		}
	}
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

// writeBleve indexes c's passages (in document order) into a new bleve
// index at path. Workers (one per CPU) turn chunks of passages into bleve
// documents and index them as batches, concurrently.
func writeBleve(path string, c Corpus) error {
	ps := c.Passages
	m, err := newMapping()
	if err != nil {
		return err
	}
	idx, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, map[string]any{
		// Batch returns once the batch is searchable in memory; the
		// persisted callbacks say when it is on disk. Nothing reads the
		// index while it is built, and syncTree makes it durable before it
		// becomes current.
		"unsafe_batch": true,
	})
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	db, err := newDocBuilder(m, c)
	if err != nil {
		idx.Close()
		return err
	}

	bounds := batchBounds(ps)
	chunks := len(bounds) - 1
	// Each chunk reports once; the spare room keeps a callback that fires
	// after a failed Batch from blocking.
	persisted := make(chan error, 2*chunks+1)
	next := make(chan int)
	errc := make(chan error, 1)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Go(func() {
			stems := stemCache{}
			for chunk := range next {
				b := idx.NewBatch()
				var err error
				for i := bounds[chunk]; i < bounds[chunk+1]; i++ {
					if err = b.IndexAdvanced(db.document(&ps[i], i, stems)); err != nil {
						err = fmt.Errorf("passage %s: %w", ps[i].ID, err)
						break
					}
				}
				if err == nil {
					b.SetPersistedCallback(func(err error) { persisted <- err })
					if err = idx.Batch(b); err != nil {
						err = fmt.Errorf("index batch: %w", err)
					}
				}
				if err != nil {
					persisted <- nil
					sendErr(errc, err)
				}
			}
		})
	}
	for chunk := range chunks {
		next <- chunk
	}
	close(next)
	wg.Wait()
	select {
	case err := <-errc:
		idx.Close()
		return err
	default:
	}
	// A last batch records the schema version; it is persisted after
	// everything before it, the mapping bleve wrote at creation included
	// (which an empty corpus would otherwise not wait for).
	b := idx.NewBatch()
	b.SetInternal([]byte("confsearch_schema"), []byte(strconv.Itoa(SchemaVersion)))
	b.SetPersistedCallback(func(err error) { persisted <- err })
	if err := idx.Batch(b); err != nil {
		idx.Close()
		return fmt.Errorf("index batch: %w", err)
	}
	for range chunks + 1 {
		if err := <-persisted; err != nil {
			idx.Close()
			return fmt.Errorf("persist index: %w", err)
		}
	}
	if err := idx.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

// sendErr records the first error of the build workers.
func sendErr(errc chan error, err error) {
	select {
	case errc <- err:
	default:
	}
}

// docBuilder makes the bleve documents of passages directly rather than
// through the mapping's reflection, analysing each passage text once: the
// exact field's tokens are the folded analyzer's, and the text field's are
// those same tokens passed through the rest of the English analyzer.
type docBuilder struct {
	folded, english *analysis.DefaultAnalyzer
	opts            map[string]index.FieldIndexingOptions
	speakers        map[string]*Speaker
}

func newDocBuilder(m *mapping.IndexMappingImpl, c Corpus) (*docBuilder, error) {
	db := &docBuilder{opts: map[string]index.FieldIndexingOptions{}, speakers: map[string]*Speaker{}}
	var err error
	if db.folded, db.english, err = analyzers(m); err != nil {
		return nil, err
	}
	for name, dm := range m.DefaultMapping.Properties {
		if len(dm.Fields) == 1 {
			db.opts[name] = dm.Fields[0].Options()
		}
	}
	for i := range c.Speakers {
		db.speakers[c.Speakers[i].ID] = &c.Speakers[i]
	}
	for i := range c.Passages {
		if s := c.Passages[i].Speaker; s != nil && s.ID != "" && db.speakers[s.ID] == nil {
			db.speakers[s.ID] = s
		}
	}
	return db, nil
}

// passageFields are the values a passage gives the index's fields
// (field* in schema.go); TestDocumentsAgreeWithMapping checks that
// document indexes them as the mapping would.
type passageFields struct {
	text        string // fieldText and fieldExact
	speakerText string
	context     string
	facets      [numFacets][]string // facetValues: fieldSession, fieldSpeaker, …
	page        int
	ord         string
}

// fields returns the values of p's fields, at position ord in document
// order.
func (db *docBuilder) fields(p *Passage, ord int) passageFields {
	pf := passageFields{text: p.Text, page: p.Page, ord: ordKey(ord)}
	if s := p.Speaker; s != nil {
		pf.speakerText = joinNonEmpty(" ", s.Honorific, s.Name, s.Role, s.Organisation, s.Country, s.Description)
	}
	ctx := []string{p.Session, p.Section}
	ctx = append(ctx, p.Topics...)
	if p.Resource != nil {
		ctx = append(ctx, p.Resource.Title)
	}
	if p.Quote != "" && !strings.Contains(p.Text, p.Quote) {
		ctx = append(ctx, p.Quote)
	}
	for _, id := range p.Mentions {
		if s, ok := db.speakers[id]; ok {
			ctx = append(ctx, s.Name)
		} else {
			ctx = append(ctx, id)
		}
	}
	pf.context = joinNonEmpty("\n", ctx...)
	for f := range numFacets {
		pf.facets[f] = facetValues(p, f)
	}
	return pf
}

// document returns the bleve document of p, at position ord in document
// order.
func (db *docBuilder) document(p *Passage, ord int, stems stemCache) *document.Document {
	pf := db.fields(p, ord)
	d := document.NewDocument(p.ID)
	folded := db.folded.Analyze([]byte(pf.text))
	stemmed := stems.filter(db.english, folded)
	text := []byte(pf.text)
	d.AddField(document.NewTextFieldCustom(fieldExact, nil, text, db.opts[fieldExact], analyzed(folded)))
	d.AddField(document.NewTextFieldCustom(fieldText, nil, text, db.opts[fieldText], analyzed(stemmed)))
	if p.Speaker != nil {
		d.AddField(document.NewTextFieldCustom(fieldSpeakerText, nil, []byte(pf.speakerText), db.opts[fieldSpeakerText], db.folded))
	}
	if pf.context != "" {
		d.AddField(document.NewTextFieldCustom(fieldContext, nil, []byte(pf.context), db.opts[fieldContext], db.english))
	}
	for f := range numFacets {
		for i, v := range pf.facets[f] {
			d.AddField(db.keyword(facetName(f), v, i))
		}
	}
	d.AddField(document.NewNumericFieldWithIndexingOptions(fieldPage, nil, float64(pf.page), db.opts[fieldPage]))
	d.AddField(db.keyword(fieldOrd, pf.ord, 0))
	return d
}

// keyword returns a keyword field: the value is the one term (a nil
// analyzer in bleve).
func (db *docBuilder) keyword(name, v string, i int) *document.TextField {
	var ap []uint64
	if i > 0 {
		ap = []uint64{uint64(i)}
	}
	return document.NewTextFieldCustom(name, ap, []byte(v), db.opts[name], nil)
}

// stemCache maps folded terms to what the English analyzer's filters make
// of them. All those filters look at one token at a time, so a build can
// stem each distinct word once rather than at each occurrence.
type stemCache map[string]stemmed

type stemmed struct {
	term []byte
	drop bool // a stop word
}

// maxStemCache bounds a stemCache; it starts over when full.
const maxStemCache = 1 << 18

// filter returns the English tokens of the folded tokens f.
func (c stemCache) filter(english *analysis.DefaultAnalyzer, f analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(f))
	buf := make([]analysis.Token, len(f))
	for i, t := range f {
		s, ok := c[string(t.Term)]
		if !ok {
			tok := *t
			tok.Term = slices.Clone(t.Term)
			ts := analysis.TokenStream{&tok}
			for _, tf := range english.TokenFilters {
				ts = tf.Filter(ts)
			}
			s.drop = len(ts) == 0
			if !s.drop {
				s.term = ts[0].Term
			}
			if len(c) >= maxStemCache {
				clear(c)
			}
			c[string(t.Term)] = s
		}
		if s.drop {
			continue
		}
		buf[i] = *t
		buf[i].Term = s.term
		out = append(out, &buf[i])
	}
	return out
}

// analyzed is an analyzer returning tokens analysed beforehand.
type analyzed analysis.TokenStream

func (a analyzed) Analyze([]byte) analysis.TokenStream { return analysis.TokenStream(a) }

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
