// Command query measures search latency in process: it opens an index
// with search.Open and runs the benchmark queries through Index.Search
// (facets and highlights included, as the API asks for them), one at a
// time, and prints the latency percentiles as JSON. It also writes the
// same queries as API request paths for the HTTP benchmarks (-urls).
//
// Usage:
//
//	query -index DIR [-n 20] [-warmup 2] [-urls FILE] [-cpuprofile FILE]
//
// The queries are the gold-like queries of the report's evaluation, each
// plain, plus queries filtered by facet values taken from the index (its
// most frequent session, speaker and topic, kinds, its first document).
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/osce-tools/confsearch/search"
)

// goldQueries are the queries of the report's evaluation (dev.json).
var goldQueries = []string{
	"culture of disbelief",
	"golden visas",
	"Bayesian network",
	"women with disabilities armed conflict",
	"Palermo Protocol Article 9",
	"large language models recruitment",
	"financial investigations guide",
	"forced criminality 2% to 24%",
	"Estonia prevention chart",
}

// benchQuery is one query of the benchmark.
type benchQuery struct {
	Name    string              `json:"name"`
	Query   string              `json:"q"`
	Filters map[string][]string `json:"filters,omitempty"`
}

// path returns the API request path of q.
func (q benchQuery) path() string {
	v := url.Values{}
	if q.Query != "" {
		v.Set("q", q.Query)
	}
	for f, vals := range q.Filters {
		for _, s := range vals {
			v.Add(f, s)
		}
	}
	return "/api/v1/search?" + v.Encode()
}

// queries returns the benchmark queries for ix.
func queries(ix *search.Index) []benchQuery {
	var qs []benchQuery
	for _, q := range goldQueries {
		qs = append(qs, benchQuery{Name: "gold", Query: q})
	}
	f := func(name, q string, kv ...string) {
		m := map[string][]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] != "" {
				m[kv[i]] = append(m[kv[i]], kv[i+1])
			}
		}
		qs = append(qs, benchQuery{Name: name, Query: q, Filters: m})
	}
	f("filtered", "prevention", search.FacetKind, search.KindStatement)
	f("filtered", "golden visas", search.FacetKind, search.KindStatement, search.FacetKind, search.KindQuote)
	f("filtered", "trafficking victims", search.FacetTopic, topTopic(ix))
	f("filtered", "survivors", search.FacetSession, topSession(ix))
	f("filtered", "trafficking", search.FacetSpeaker, topSpeaker(ix))
	f("filtered", "culture of disbelief", search.FacetDoc, firstDoc(ix), search.FacetKind, search.KindStatement)
	f("filters only", "", search.FacetKind, search.KindStatement, search.FacetSession, topSession(ix))
	return qs
}

func topTopic(ix *search.Index) string {
	if t := ix.Topics(); len(t) > 0 {
		return t[0].Value
	}
	return ""
}

func topSession(ix *search.Index) string {
	s := ix.Sessions()
	if len(s) == 0 {
		return ""
	}
	return slices.MaxFunc(s, func(a, b search.SessionSummary) int { return cmp.Compare(a.Passages, b.Passages) }).Label
}

func topSpeaker(ix *search.Index) string {
	s := ix.Speakers()
	if len(s) == 0 {
		return ""
	}
	return slices.MaxFunc(s, func(a, b search.SpeakerSummary) int { return cmp.Compare(a.Passages, b.Passages) }).ID
}

func firstDoc(ix *search.Index) string {
	if d := ix.Documents(); len(d) > 0 {
		return d[0].ID
	}
	return ""
}

// summary is the latency distribution of a set of searches, in ms.
type summary struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50_ms"`
	P90 float64 `json:"p90_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

func summarize(ms []float64) summary {
	if len(ms) == 0 {
		return summary{}
	}
	s := slices.Clone(ms)
	slices.Sort(s)
	return summary{N: len(s), P50: pct(s, 50), P90: pct(s, 90), P99: pct(s, 99), Max: s[len(s)-1]}
}

// pct returns the p-th percentile of sorted s (nearest rank).
func pct(s []float64, p float64) float64 {
	i := int(float64(len(s))*p/100+0.999999) - 1
	return s[min(max(i, 0), len(s)-1)]
}

type queryResult struct {
	benchQuery
	Total int `json:"total"`
	summary
}

type report struct {
	Index      string        `json:"index"`
	Passages   int           `json:"passages"`
	Documents  int           `json:"documents"`
	OpenS      float64       `json:"open_s"`
	HeapMB     float64       `json:"heap_after_open_mb"`
	RSSMB      float64       `json:"rss_after_open_mb"`
	Iterations int           `json:"iterations"`
	All        summary       `json:"all"`
	Gold       summary       `json:"gold"`
	Filtered   summary       `json:"filtered"`
	CPUPerQMS  float64       `json:"cpu_ms_per_query"`
	Queries    []queryResult `json:"queries"`
}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "query:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("index", "index", "index directory")
	n := fs.Int("n", 20, "timed rounds over the queries")
	warmup := fs.Int("warmup", 2, "untimed rounds first")
	urls := fs.String("urls", "", "write the queries' API request paths, one a line, to this file")
	urlsOnly := fs.Bool("urls-only", false, "write -urls and exit")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the timed rounds to this file")
	only := fs.String("only", "", "run only the queries whose API path matches this regular expression")
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	ix, err := search.Open(*dir)
	if err != nil {
		return err
	}
	defer ix.Close()
	rep := report{Index: *dir, OpenS: time.Since(start).Seconds(), Iterations: *n, Passages: len(ix.Passages()), Documents: len(ix.Documents())}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rep.HeapMB = float64(ms.HeapAlloc) / (1 << 20)
	rep.RSSMB = procStatusMB("VmRSS")

	qs := queries(ix)
	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			return fmt.Errorf("-only: %w", err)
		}
		qs = slices.DeleteFunc(qs, func(q benchQuery) bool { return !re.MatchString(q.path()) })
		if len(qs) == 0 {
			return fmt.Errorf("-only %q matches no query", *only)
		}
	}
	if *urls != "" {
		var b strings.Builder
		for _, q := range qs {
			b.WriteString(q.path() + "\n")
		}
		if err := os.WriteFile(*urls, []byte(b.String()), 0o644); err != nil {
			return err
		}
		if *urlsOnly {
			return nil
		}
	}

	ctx := context.Background()
	lat := make([][]float64, len(qs))
	totals := make([]int, len(qs))
	search1 := func(i int) (float64, error) {
		q := qs[i]
		t := time.Now()
		res, err := ix.Search(ctx, search.Request{Query: q.Query, Filters: q.Filters})
		d := time.Since(t)
		if err != nil {
			return 0, fmt.Errorf("%q %v: %w", q.Query, q.Filters, err)
		}
		totals[i] = res.Total
		return float64(d.Microseconds()) / 1000, nil
	}
	for range *warmup {
		for i := range qs {
			if _, err := search1(i); err != nil {
				return err
			}
		}
	}
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
	cpu := cpuSeconds()
	for range *n {
		for i := range qs {
			d, err := search1(i)
			if err != nil {
				return err
			}
			lat[i] = append(lat[i], d)
		}
	}
	cpu = cpuSeconds() - cpu
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	rep.CPUPerQMS = cpu * 1000 / float64(*n*len(qs))

	var all, gold, filtered []float64
	for i, q := range qs {
		rep.Queries = append(rep.Queries, queryResult{benchQuery: q, Total: totals[i], summary: summarize(lat[i])})
		all = append(all, lat[i]...)
		if len(q.Filters) > 0 {
			filtered = append(filtered, lat[i]...)
		} else {
			gold = append(gold, lat[i]...)
		}
	}
	rep.All, rep.Gold, rep.Filtered = summarize(all), summarize(gold), summarize(filtered)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// cpuSeconds returns the user and system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// procStatusMB returns a kB field of /proc/self/status in MiB, 0 if absent.
func procStatusMB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb float64
			fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), &kb)
			return kb / 1024
		}
	}
	return 0
}
