// Command gencorpus makes a synthetic corpus of N passages out of a real
// one and indexes it through the same code path as `confsearch index`
// (search.Build with a search.Corpus), for the scale benchmarks of
// bench/run.sh.
//
// Usage:
//
//	gencorpus -from corpus|index -n 100000 [-index DIR] [-out corpus.json] [-stats stats.json]
//
// Each synthetic document is a copy of a source document's structure: the
// same passages in the same order with the same kinds, pages, sections and
// topics, whose texts are the source's sentences of the same kind dealt out
// again in a shuffled order, so every document keeps the source's term
// frequencies and passage lengths. What a corpus of many reports has and a
// copy would not:
//
//   - documents: ids synth-000000, synth-000001, … (N / passages per
//     source document of them);
//   - sessions: each document's own (the label gets the document number);
//   - speakers: a pool of people each speaking in -reuse documents on
//     average; a person keeps the role and organisation of the programme
//     slot they fill but has a name of their own, also in the text;
//   - vocabulary: the source's rare words (in one passage only: names,
//     places, figures) are replaced by made-up words in all but one of
//     sqrt(documents) variants, so the vocabulary grows like Heaps' law
//     (V ~ sqrt(n)) instead of staying the report's;
//   - topics and kinds: shared by all documents, as a corpus-wide taxonomy.
//
// The output is deterministic for a given source, -n and -seed.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/search"
)

// stats is what gencorpus reports (one JSON object on stdout).
type stats struct {
	Passages       int     `json:"passages"`
	Documents      int     `json:"documents"`
	Speakers       int     `json:"speakers"`
	Sessions       int     `json:"sessions"`
	Topics         int     `json:"topics"`
	Words          int     `json:"words"`              // word tokens of all passage texts
	Vocabulary     int     `json:"vocabulary"`         // distinct lower-cased words
	SourceVocab    int     `json:"source_vocab"`       // the same, of the source
	GenSeconds     float64 `json:"gen_seconds"`        // generating in memory
	BuildSeconds   float64 `json:"build_seconds"`      // search.Build alone, wall clock
	BuildCPU       float64 `json:"build_cpu_s"`        // its user+system CPU time
	PassagesPerS   float64 `json:"passages_per_s"`     // Passages / BuildSeconds
	PassagesPerCPU float64 `json:"passages_per_cpu_s"` // Passages / BuildCPU
	IndexBytes     int64   `json:"index_bytes"`        // the generation directory on disk
	BleveBytes     int64   `json:"bleve_bytes"`        // its bleve index alone
	HWMBeforeMB    float64 `json:"hwm_before_build_mb"`
	HWMAfterMB     float64 `json:"hwm_after_build_mb"`
	HeapCorpusMB   float64 `json:"heap_corpus_mb"` // live heap holding the corpus before the build
	GOMAXPROCS     int     `json:"gomaxprocs"`
	Seed           uint64  `json:"seed"`
	SpeakerReuse   float64 `json:"speaker_reuse"`
	SourcePassage  int     `json:"source_passages"`
}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "corpus", "source: a corpus folder (extracted with indexer.Load) or an index directory (search.Open)")
	n := fs.Int("n", 10000, "passages to generate")
	seed := fs.Uint64("seed", 1, "random seed")
	reuse := fs.Float64("reuse", 4, "documents a synthetic speaker speaks in, on average")
	out := fs.String("out", "", "write the corpus as JSON (search.Corpus) to this file")
	indexDir := fs.String("index", "", "build an index of the corpus in this directory with search.Build")
	statsFile := fs.String("stats", "", "also write the stats JSON to this file")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of search.Build to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n <= 0 || *reuse < 1 {
		return errors.New("-n must be positive and -reuse at least 1")
	}
	src, err := loadSource(*from)
	if err != nil {
		return err
	}
	if len(src.Passages) == 0 {
		return fmt.Errorf("%s: no passages", *from)
	}

	start := time.Now()
	g := newGenerator(src, *seed, *reuse)
	c := g.corpus(*n)
	st := stats{
		Passages: len(c.Passages), Documents: len(c.Documents), Speakers: len(c.Speakers),
		Sessions: len(c.Sessions), GenSeconds: time.Since(start).Seconds(),
		GOMAXPROCS: runtime.GOMAXPROCS(0), Seed: *seed, SpeakerReuse: *reuse,
		SourcePassage: len(src.Passages),
	}
	st.Topics, st.Words, st.Vocabulary = termStats(c)
	_, _, st.SourceVocab = termStats(src)

	if *out != "" {
		if err := writeJSON(*out, c); err != nil {
			return err
		}
	}
	if *indexDir != "" {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		st.HeapCorpusMB = float64(ms.HeapAlloc) / (1 << 20)
		st.HWMBeforeMB = hwmMB()
		if *cpuProfile != "" {
			f, err := os.Create(*cpuProfile)
			if err != nil {
				return err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
		}
		t, cpu := time.Now(), cpuSeconds()
		bs, err := search.Build(*indexDir, c)
		if *cpuProfile != "" {
			pprof.StopCPUProfile()
		}
		if err != nil {
			return err
		}
		st.BuildSeconds = time.Since(t).Seconds()
		st.BuildCPU = cpuSeconds() - cpu
		st.PassagesPerS = float64(bs.Passages) / st.BuildSeconds
		st.PassagesPerCPU = float64(bs.Passages) / st.BuildCPU
		st.HWMAfterMB = hwmMB()
		st.IndexBytes = duBytes(bs.Dir)
		st.BleveBytes = duBytes(filepath.Join(bs.Dir, "bleve"))
	}
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\n", b)
	if *statsFile != "" {
		return os.WriteFile(*statsFile, append(b, '\n'), 0o644)
	}
	return nil
}

// loadSource reads the source corpus: an index directory (it has a
// CURRENT file) through search.Open, anything else as a corpus folder
// through indexer.Load.
func loadSource(dir string) (search.Corpus, error) {
	if _, err := os.Stat(filepath.Join(dir, "CURRENT")); err == nil {
		ix, err := search.Open(dir)
		if err != nil {
			return search.Corpus{}, err
		}
		defer ix.Close()
		c := search.Corpus{Documents: ix.Documents(), Passages: ix.Passages()}
		for _, s := range ix.Speakers() {
			c.Speakers = append(c.Speakers, s.Speaker)
		}
		for _, s := range ix.Sessions() {
			c.Sessions = append(c.Sessions, s.Session)
		}
		return c, nil
	}
	var sum indexer.Summary
	c, err := indexer.Load(context.Background(), dir, indexer.Options{}, &sum)
	for _, s := range sum.Skipped {
		fmt.Fprintf(os.Stderr, "gencorpus: skipped %s: %v\n", s.File, s.Reason)
	}
	return c, err
}

// generator deals out synthetic documents modelled on the source's.
type generator struct {
	rng    *rand.Rand
	reuse  float64
	docs   []srcDoc
	rare   map[string]bool // lower-cased words found in one source passage only
	people []search.Speaker
	// variants is the number of spellings each rare word has in the
	// synthetic corpus (sqrt of the documents).
	variants int
}

// srcDoc is a source document with its passages and sentence pools.
type srcDoc struct {
	doc      search.Document
	passages []search.Passage
	sessions []search.Session
	speakers []search.Speaker
	// units[i] are the sentences of passage i; a resource entry is one unit.
	units [][]string
	// pool holds the units of each kind, for dealing out again.
	pool map[string][]string
}

func newGenerator(src search.Corpus, seed uint64, reuse float64) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), reuse: reuse}
	byDoc := map[string]int{}
	for _, d := range src.Documents {
		byDoc[d.ID] = len(g.docs)
		g.docs = append(g.docs, srcDoc{doc: d, pool: map[string][]string{}})
	}
	for _, p := range src.Passages {
		i, ok := byDoc[p.Doc]
		if !ok {
			i = len(g.docs)
			byDoc[p.Doc] = i
			g.docs = append(g.docs, srcDoc{doc: search.Document{ID: p.Doc, Title: p.DocTitle}, pool: map[string][]string{}})
		}
		d := &g.docs[i]
		u := []string{p.Text}
		if p.Kind != search.KindResource {
			u = sentences(p.Text)
		}
		d.passages = append(d.passages, p)
		d.units = append(d.units, u)
		d.pool[p.Kind] = append(d.pool[p.Kind], u...)
	}
	for _, s := range src.Sessions {
		if i, ok := byDoc[s.Doc]; ok {
			g.docs[i].sessions = append(g.docs[i].sessions, s)
		}
	}
	for _, s := range src.Speakers {
		i, ok := byDoc[s.Doc]
		if !ok && len(g.docs) == 1 {
			i, ok = 0, true
		}
		if ok {
			g.docs[i].speakers = append(g.docs[i].speakers, s)
		}
	}
	// Rare words: in exactly one source passage.
	df := map[string]int{}
	for _, p := range src.Passages {
		seen := map[string]bool{}
		for _, w := range words(p.Text) {
			if lw := strings.ToLower(w); !seen[lw] {
				seen[lw] = true
				df[lw]++
			}
		}
	}
	g.rare = map[string]bool{}
	for w, n := range df {
		if n == 1 && len(w) >= 4 {
			g.rare[w] = true
		}
	}
	return g
}

// corpus returns n synthetic passages in documents modelled on the
// source's in turn.
func (g *generator) corpus(n int) search.Corpus {
	per := 0
	for _, d := range g.docs {
		per += len(d.passages)
	}
	ndocs := 0
	for left, i := n, 0; left > 0; i++ {
		left -= len(g.docs[i%len(g.docs)].passages)
		ndocs++
	}
	g.variants = max(1, int(math.Ceil(math.Sqrt(float64(ndocs)))))
	slots := 0
	for i := len(g.docs); i < ndocs; i++ {
		slots += len(g.docs[i%len(g.docs)].speakers)
	}
	g.people = make([]search.Speaker, max(1, int(math.Ceil(float64(slots)/g.reuse))))
	for i := range g.people {
		g.people[i] = search.Speaker{ID: fmt.Sprintf("person-%06d", i)}
	}

	c := search.Corpus{Passages: make([]search.Passage, 0, n)}
	for d := 0; len(c.Passages) < n; d++ {
		g.document(&c, d, &g.docs[d%len(g.docs)], n-len(c.Passages))
	}
	// The registry: everyone who spoke, in order of first appearance.
	seen := map[string]bool{}
	for _, p := range c.Passages {
		if s := p.Speaker; s != nil && !seen[s.ID] {
			seen[s.ID] = true
			c.Speakers = append(c.Speakers, *s)
		}
	}
	return c
}

// document appends synthetic document number d, a copy of src's
// structure, with at most limit passages.
func (g *generator) document(c *search.Corpus, d int, src *srcDoc, limit int) {
	id := fmt.Sprintf("synth-%06d", d)
	doc := src.doc
	doc.ID, doc.File, doc.Passages = id, id+".pdf", 0
	doc.Title = fmt.Sprintf("%s (synthetic %d)", src.doc.Title, d)
	doc.Date = fmt.Sprint(2000 + d%25)
	c.Documents = append(c.Documents, doc)

	session := func(label string) string {
		if label == "" {
			return ""
		}
		return fmt.Sprintf("%s (%d)", label, d)
	}
	for _, s := range src.sessions {
		s.Label, s.Doc = session(s.Label), id
		c.Sessions = append(c.Sessions, s)
	}
	// The first copy of a source document keeps its speakers, so their
	// names stay findable; the others fill the programme's slots with
	// people of the pool. A person keeps their name everywhere and takes
	// the slot's role.
	who := map[string]*search.Speaker{}
	var renames []rename
	for _, s := range src.speakers {
		sp := s
		sp.Session, sp.Doc = session(s.Session), id
		if d >= len(g.docs) {
			k := int(hash64(d, s.ID) % uint64(len(g.people)))
			person := &g.people[k]
			if person.Name == "" {
				person.Name = personName(s.Name, k)
			}
			sp.ID, sp.Name = person.ID, person.Name
			renames = append(renames, nameRenames(s.Name, sp.Name)...)
		}
		who[s.ID] = &sp
	}
	variant := d % g.variants

	// Deal the units of each kind out again in a shuffled order.
	pool := map[string][]string{}
	for k, u := range src.pool {
		pool[k] = shuffled(g.rng, u)
	}
	for i, p := range src.passages {
		if i >= limit {
			break
		}
		units := pool[p.Kind][:len(src.units[i])]
		pool[p.Kind] = pool[p.Kind][len(src.units[i]):]
		text := strings.Join(units, " ")
		text = g.vary(applyRenames(text, renames), variant)

		q := p
		q.ID = id + strings.TrimPrefix(p.ID, p.Doc)
		q.Doc, q.DocTitle = id, doc.Title
		q.Session = session(p.Session)
		q.Text = text
		if p.Quote != "" && !strings.Contains(text, p.Quote) {
			q.Quote = ""
		}
		if p.Resource != nil && len(units) == 1 {
			// A resource entry moves with its text.
			for j, u := range src.units {
				if src.passages[j].Kind == search.KindResource && len(u) == 1 && u[0] == units[0] {
					q.Resource = src.passages[j].Resource
					break
				}
			}
		}
		if p.Speaker != nil {
			if s, ok := who[p.Speaker.ID]; ok {
				q.Speaker = s
			} else {
				s := *p.Speaker
				s.ID, s.Doc, s.Session = s.ID+"-"+id, id, session(s.Session)
				q.Speaker = &s
			}
		}
		q.Mentions = make([]string, 0, len(p.Mentions))
		for _, m := range p.Mentions {
			if s, ok := who[m]; ok {
				m = s.ID
			}
			q.Mentions = append(q.Mentions, m)
		}
		c.Passages = append(c.Passages, q)
		c.Documents[len(c.Documents)-1].Passages++
	}
}

// vary replaces the rare words of text by their spelling in variant v
// (variant 0 is the source's).
func (g *generator) vary(text string, v int) string {
	if v == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 16)
	last := 0
	forWords(text, func(from, to int) {
		w := text[from:to]
		if !g.rare[strings.ToLower(w)] {
			return
		}
		b.WriteString(text[last:from])
		b.WriteString(pseudoWord(w, v))
		last = to
	})
	b.WriteString(text[last:])
	return b.String()
}

// personName makes the name of person k from a source name: the source's
// given names and a made-up surname.
func personName(srcName string, k int) string {
	f := strings.Fields(srcName)
	if len(f) == 0 {
		return fmt.Sprintf("Person %d", k)
	}
	f[len(f)-1] = pseudoWord(f[len(f)-1], k+1)
	return strings.Join(f, " ")
}

// rename is a replacement of a speaker's name in a text.
type rename struct{ old, new string }

// nameRenames returns the replacements of a source speaker's full name
// and surname by the synthetic person's.
func nameRenames(old, new string) []rename {
	if old == new || old == "" {
		return nil
	}
	r := []rename{{old, new}}
	of, nf := strings.Fields(old), strings.Fields(new)
	if len(of) > 1 && len(nf) > 1 {
		r = append(r, rename{of[len(of)-1], nf[len(nf)-1]})
	}
	return r
}

func applyRenames(text string, rs []rename) string {
	for _, r := range rs {
		if strings.Contains(text, r.old) {
			text = strings.ReplaceAll(text, r.old, r.new)
		}
	}
	return text
}

// Syllables of made-up words.
var (
	onsets = []string{"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kl", "st", "tr", "sh"}
	nuclei = []string{"a", "e", "i", "o", "u", "ai", "ou", "ei"}
)

// pseudoWord returns a made-up word standing for w in variant v: about as
// long as w, far from other made-up words, capitalised like w; digits
// become other digits.
func pseudoWord(w string, v int) string {
	h := hash64(v, w)
	if isNumber(w) {
		return fmt.Sprint(h % uint64(math.Pow10(min(len(w), 9))))
	}
	var b strings.Builder
	for b.Len() < max(len(w), 4) {
		b.WriteString(onsets[h%uint64(len(onsets))])
		h /= uint64(len(onsets))
		b.WriteString(nuclei[h%uint64(len(nuclei))])
		h /= uint64(len(nuclei))
		if h < 64 {
			h = hash64(v+b.Len(), w)
		}
	}
	s := b.String()
	if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func hash64(n int, s string) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s", n, s)
	return h.Sum64()
}

func shuffled(rng *rand.Rand, s []string) []string {
	out := append([]string(nil), s...)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// sentences splits text after '.', '!' or '?' (and a closing quote or
// bracket) followed by a space and an upper-case letter, a digit or an
// opening quote.
func sentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	for i := 0; i < len(rs)-2; i++ {
		if !strings.ContainsRune(".!?", rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"'”’)", rs[j]) {
			j++
		}
		if j+1 >= len(rs) || rs[j] != ' ' {
			continue
		}
		next := rs[j+1]
		if unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'", next) {
			if s := strings.TrimSpace(string(rs[start:j])); s != "" {
				out = append(out, s)
			}
			start = j + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

// forWords calls f with the byte range of each word (letters and digits)
// of text.
func forWords(text string, f func(from, to int)) {
	from := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case in && from < 0:
			from = i
		case !in && from >= 0:
			f(from, i)
			from = -1
		}
	}
	if from >= 0 {
		f(from, len(text))
	}
}

func words(text string) []string {
	var out []string
	forWords(text, func(from, to int) { out = append(out, text[from:to]) })
	return out
}

// termStats counts c's distinct topics, its word tokens and its distinct
// lower-cased words.
func termStats(c search.Corpus) (topics, tokens, vocab int) {
	ts := map[string]bool{}
	vs := map[string]struct{}{}
	for _, p := range c.Passages {
		for _, t := range p.Topics {
			ts[t] = true
		}
		forWords(p.Text, func(from, to int) {
			tokens++
			vs[strings.ToLower(p.Text[from:to])] = struct{}{}
		})
	}
	return len(ts), tokens, len(vs)
}

// hwmMB returns the process's peak resident set size (VmHWM) in MiB, 0 if
// /proc is not there.
func hwmMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb float64
			fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), &kb)
			return kb / 1024
		}
	}
	return 0
}

// cpuSeconds returns the user and system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// duBytes returns the size of the files under root.
func duBytes(root string) int64 {
	var n int64
	filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func writeJSON(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
