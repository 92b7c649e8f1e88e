package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/osce-tools/confsearch/indexer"
	"github.com/osce-tools/confsearch/indexer/attrib"
	"github.com/osce-tools/confsearch/indexer/doc"
	"github.com/osce-tools/confsearch/text"
)

// paras returns the text of every non-heading block of a suite PDF.
func paras(file string) []string {
	d, err := indexer.Extract(context.Background(), file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var out []string
	for _, b := range d.Blocks {
		if b.Kind != doc.Heading {
			out = append(out, b.Text)
		}
	}
	return out
}

type gold struct {
	Quotes     []struct{ Text, Speaker string } `json:"quotes"`
	Statements []struct{ Text, Speaker string } `json:"statements"`
}

// Command prose-eval compares github.com/jdkato/prose/v2 with the
// attribution's own rules on the evaluation suite: sentence segmentation
// (judged snippets cut by a sentence boundary, speed) and PERSON/GPE
// entities (judged speakers found, entities seen, speed).
//
//	cd bench/prose-eval && go run . ../../../shared
func main() {
	suite := "../../../shared"
	if len(os.Args) > 1 {
		suite = os.Args[1]
	}
	t0 := time.Now()
	d, _ := prose.NewDocument("Warm up. Jane Roe said so.")
	_ = d
	fmt.Printf("prose first NewDocument (model load): %v\n", time.Since(t0))
	docs := []string{"enb-12631", "psf-summit-2023", "psf-summit-2024", "scala-board-2016", "wh-mef-2021", "wh-pitf-2022"}
	var mineT, proseSegT, proseNERT time.Duration
	cutMine, cutProse, nSnip := 0, 0, 0
	sentMine, sentProse := 0, 0
	hit, total, ents := 0, 0, 0
	for _, name := range docs {
		ps := paras(filepath.Join(suite, "corpus-dev", name+".pdf"))
		var g gold
		b, _ := os.ReadFile(filepath.Join(suite, "eval", "dev-"+name+".json"))
		json.Unmarshal(b, &g)
		// sentence boundaries
		var mineS, proseS []string
		for _, p := range ps {
			t := time.Now()
			for _, r := range attrib.Sentences(p) {
				mineS = append(mineS, p[r[0]:r[1]])
			}
			mineT += time.Since(t)
			t = time.Now()
			pd, err := prose.NewDocument(p, prose.WithTagging(false), prose.WithExtraction(false))
			proseSegT += time.Since(t)
			if err == nil {
				for _, s := range pd.Sentences() {
					proseS = append(proseS, s.Text)
				}
			}
		}
		sentMine += len(mineS)
		sentProse += len(proseS)
		inOne := func(ss []string, snip string) bool {
			for _, s := range ss {
				if strings.Contains(nrm(s), nrm(snip)) {
					return true
				}
			}
			return false
		}
		all := map[string]bool{}
		for _, q := range g.Quotes {
			all[q.Text] = true
		}
		for _, q := range g.Statements {
			all[q.Text] = true
		}
		full := nrm(strings.Join(ps, " "))
		for snip := range all {
			if !strings.Contains(full, nrm(snip)) {
				continue
			}
			nSnip++
			if !inOne(mineS, snip) {
				cutMine++
			}
			if !inOne(proseS, snip) {
				cutProse++
			}
		}
		// PERSON entities vs the judged speakers
		speakers := map[string]bool{}
		for _, q := range g.Quotes {
			speakers[nrm(q.Speaker)] = true
		}
		for _, q := range g.Statements {
			speakers[nrm(q.Speaker)] = true
		}
		found := map[string]bool{}
		t := time.Now()
		for _, p := range ps {
			pd, err := prose.NewDocument(p)
			if err != nil {
				continue
			}
			for _, e := range pd.Entities() {
				if e.Label == "PERSON" || e.Label == "GPE" {
					ents++
					for s := range speakers {
						if strings.HasSuffix(nrm(e.Text), s) {
							found[s] = true
						}
					}
				}
			}
		}
		proseNERT += time.Since(t)
		hit += len(found)
		total += len(speakers)
		fmt.Printf("%s: judged speakers found as PERSON/GPE entities %d/%d\n", name, len(found), len(speakers))
	}
	fmt.Printf("sentences: mine %d in %v, prose %d in %v (segmentation only); prose with tagging+NER %v\n", sentMine, mineT, sentProse, proseSegT, proseNERT)
	fmt.Printf("judged snippets cut by a sentence boundary: mine %d/%d, prose %d/%d\n", cutMine, nSnip, cutProse, nSnip)
	fmt.Printf("judged speakers found by prose NER: %d/%d (entities seen: %d)\n", hit, total, ents)
}

func nrm(s string) string {
	var b strings.Builder
	for _, r := range text.Fold(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
