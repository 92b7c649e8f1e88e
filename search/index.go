package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/osce-tools/confsearch/model"
)

// ErrClosed is returned by the searching methods of a closed Index.
var ErrClosed = errors.New("index closed")

// SpeakerSummary is a speaker with the number of passages credited to them.
type SpeakerSummary struct {
	Speaker
	Passages int `json:"passages"`
	Quotes   int `json:"quotes"`
}

// SessionSummary is a session with its number of passages.
type SessionSummary struct {
	Session
	Passages int `json:"passages"`
}

// Index is an opened index generation. The passages and the registry are
// held in memory; bleve answers the searches. All methods are safe for
// concurrent use. Methods that only read the registry keep working after
// Close; Search, Suggest and Verify then fail with ErrClosed.
type Index struct {
	dir, gen string
	bleve    bleve.Index
	english  *analysis.DefaultAnalyzer // analyzerEnglish
	folded   *analysis.DefaultAnalyzer // analyzerFolded

	// mu guards closed: searches hold it for reading, Close for writing,
	// so Close waits for in-flight searches.
	mu     sync.RWMutex
	closed bool

	docs     []Document
	passages []Passage // document order
	pos      map[string]int
	weight   []float64 // by position in passages: rankWeight
	docPos   map[string]int
	speakers []SpeakerSummary // registry order
	spkPos   map[string]int
	sessions []SessionSummary
	topics   []FacetValue
	// allFacets are the facet counts of the empty query.
	allFacets map[string][]FacetValue
	// facetSize is the number of distinct values of each facet.
	facetSize [numFacets]int
	// allCounts are the counts of allFacets by value; postings the
	// positions in passages of the passages with each value, ascending.
	allCounts [numFacets]map[string]int
	postings  [numFacets]map[string][]int32
	vocab     *vocab
	// names are the speakers' names and labels for Suggest, folded.
	names []suggestName
	// proper are the words Verify takes for names (built on first use).
	proper properWords
}

// Open opens the current generation of the index directory dir (written by
// Build) read-only. The error wraps ErrNotFound if dir holds no index.
func Open(dir string) (*Index, error) {
	gen, err := readCurrent(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open index %s: no %s file: %w (%w)", dir, currentFile, ErrNoIndex, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	return openGeneration(dir, gen)
}

func openGeneration(dir, gen string) (*Index, error) {
	genDir := filepath.Join(dir, gen)
	var m meta
	if err := readJSON(filepath.Join(genDir, metaFile), &m); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("%w: %w", err, ErrNotFound)
		}
		return nil, fmt.Errorf("open index %s: %w", genDir, err)
	}
	if m.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("open index %s: schema version %d, this program reads %d: rebuild the index",
			genDir, m.SchemaVersion, SchemaVersion)
	}
	var c Corpus
	if err := readJSON(filepath.Join(genDir, corpusFile), &c); err != nil {
		return nil, fmt.Errorf("open index %s: %w", genDir, err)
	}
	bi, err := bleve.OpenUsing(filepath.Join(genDir, bleveDir), map[string]any{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", genDir, err)
	}
	ix := &Index{dir: dir, gen: gen, bleve: bi}
	if err := ix.load(c); err != nil {
		bi.Close()
		return nil, fmt.Errorf("open index %s: %w", genDir, err)
	}
	return ix, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// load builds the in-memory tables from the generation's corpus, which
// Build wrote in document order.
func (ix *Index) load(c Corpus) error {
	var err error
	if ix.folded, ix.english, err = analyzers(ix.bleve.Mapping()); err != nil {
		return err
	}

	ix.docs = c.Documents
	ix.docPos = make(map[string]int, len(c.Documents))
	for i, d := range c.Documents {
		ix.docPos[d.ID] = i
		ix.docs[i].Published, _ = model.ParseDate(d.Date)
	}
	ix.passages = c.Passages
	ix.pos = make(map[string]int, len(c.Passages))
	ix.weight = make([]float64, len(c.Passages))
	for i, p := range c.Passages {
		ix.pos[p.ID] = i
		ix.weight[i] = rankWeight(&ix.passages[i])
	}

	ix.spkPos = make(map[string]int, len(c.Speakers))
	for _, s := range c.Speakers {
		if _, dup := ix.spkPos[s.ID]; dup || s.ID == "" {
			continue
		}
		ix.spkPos[s.ID] = len(ix.speakers)
		ix.speakers = append(ix.speakers, SpeakerSummary{Speaker: s})
	}
	sessPos := make(map[string]int, len(c.Sessions))
	for _, s := range c.Sessions {
		if _, dup := sessPos[s.Label]; dup || s.Label == "" {
			continue
		}
		sessPos[s.Label] = len(ix.sessions)
		ix.sessions = append(ix.sessions, SessionSummary{Session: s})
	}
	for _, p := range c.Passages {
		if s := p.Speaker; s != nil && s.ID != "" {
			i, ok := ix.spkPos[s.ID]
			if !ok { // credited but missing from the registry
				i = len(ix.speakers)
				ix.spkPos[s.ID] = i
				ix.speakers = append(ix.speakers, SpeakerSummary{Speaker: *s})
			}
			ix.speakers[i].Passages++
			if p.Kind == KindQuote {
				ix.speakers[i].Quotes++
			}
		}
		if p.Session != "" {
			i, ok := sessPos[p.Session]
			if !ok {
				i = len(ix.sessions)
				sessPos[p.Session] = i
				ix.sessions = append(ix.sessions, SessionSummary{Session: Session{Label: p.Session, Doc: p.Doc}})
			}
			ix.sessions[i].Passages++
		}
	}
	ix.loadFacets()
	ix.topics = ix.allFacets[FacetTopic]
	ix.names = ix.suggestNames()
	ix.vocab, err = loadVocab(ix.bleve, ix.english)
	return err
}

// Close releases the bleve index, waiting for in-flight searches. It is
// safe to call more than once.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	return ix.bleve.Close()
}

// acquire marks the start of a search; it reports false if ix is closed.
// A true result must be paired with ix.release().
func (ix *Index) acquire() bool {
	ix.mu.RLock()
	if ix.closed {
		ix.mu.RUnlock()
		return false
	}
	return true
}

func (ix *Index) release() { ix.mu.RUnlock() }

// Generation names the opened generation (a directory of the index dir).
func (ix *Index) Generation() string { return ix.gen }

// Passages returns all passages in document order. The slice is shared:
// callers must not modify it.
func (ix *Index) Passages() []Passage { return ix.passages }

// Passage returns the passage with the given id and the ids of the
// passages before and after it in its document ("" at either end). The
// error wraps ErrNotFound for an unknown id.
func (ix *Index) Passage(id string) (p Passage, prev, next string, err error) {
	i, ok := ix.pos[id]
	if !ok {
		return Passage{}, "", "", fmt.Errorf("passage %q: %w", id, ErrNotFound)
	}
	p = ix.passages[i]
	if i > 0 && ix.passages[i-1].Doc == p.Doc {
		prev = ix.passages[i-1].ID
	}
	if i+1 < len(ix.passages) && ix.passages[i+1].Doc == p.Doc {
		next = ix.passages[i+1].ID
	}
	return p, prev, next, nil
}

// Documents returns the indexed documents in index order, with their
// passage counts.
func (ix *Index) Documents() []Document { return slices.Clone(ix.docs) }

// Document returns the document with the given id; the error wraps
// ErrNotFound for an unknown id.
func (ix *Index) Document(id string) (Document, error) {
	i, ok := ix.docPos[id]
	if !ok {
		return Document{}, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	return ix.docs[i], nil
}

// Speakers returns the registry in programme order with passage and quote
// counts; speakers credited on passages but missing from the registry
// follow.
func (ix *Index) Speakers() []SpeakerSummary { return slices.Clone(ix.speakers) }

// Speaker returns a speaker and their passages in document order. The
// error wraps ErrNotFound for an unknown id.
func (ix *Index) Speaker(id string) (SpeakerSummary, []Passage, error) {
	i, ok := ix.spkPos[id]
	if !ok {
		return SpeakerSummary{}, nil, fmt.Errorf("speaker %q: %w", id, ErrNotFound)
	}
	return ix.speakers[i], ix.passagesWith(FacetSpeaker, id), nil
}

// passagesWith returns the passages with value v of facet name, in
// document order.
func (ix *Index) passagesWith(name, v string) []Passage {
	var ps []Passage
	for _, i := range ix.postings[facetIndex(name)][v] {
		ps = append(ps, ix.passages[i])
	}
	return ps
}

// Sessions returns the sessions in programme order with passage counts.
func (ix *Index) Sessions() []SessionSummary { return slices.Clone(ix.sessions) }

// Session returns a session, named by its full label or, when that is
// unambiguous, by its short label (the part before ":", case-insensitive,
// "Panel 2"), and its passages in document order. The error wraps
// ErrNotFound for an unknown session.
func (ix *Index) Session(label string) (SessionSummary, []Passage, error) {
	i := slices.IndexFunc(ix.sessions, func(s SessionSummary) bool { return s.Label == label })
	if i < 0 {
		for j, s := range ix.sessions {
			if strings.EqualFold(ShortSession(s.Label), strings.TrimSpace(label)) {
				if i >= 0 {
					return SessionSummary{}, nil, fmt.Errorf("session %q is ambiguous: %w", label, ErrNotFound)
				}
				i = j
			}
		}
	}
	if i < 0 {
		return SessionSummary{}, nil, fmt.Errorf("session %q: %w", label, ErrNotFound)
	}
	s := ix.sessions[i]
	return s, ix.passagesWith(FacetSession, s.Label), nil
}

// Topics returns every topic with its number of passages, most frequent
// first.
func (ix *Index) Topics() []FacetValue { return slices.Clone(ix.topics) }
