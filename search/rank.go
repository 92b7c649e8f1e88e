package search

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/osce-tools/confsearch/search/lexicon"
)

// rankWeight is what a passage's relevance score is multiplied by when
// results are ranked: labelWeight for a label, questionWeight for a
// question, 1 otherwise.
func rankWeight(p *Passage) float64 {
	switch {
	case isLabel(p):
		return labelWeight
	case isQuestion(p):
		return questionWeight
	}
	return 1
}

// A label is a passage that names something rather than says something: a
// title in a list of references or proposals, an entry of a participants
// list, a caption, a lead-in ending in a colon, a line of front matter, a
// publication (kind resource). Users search what was said, so a label
// ranks after the prose holding the same words: its relevance score is
// multiplied by labelWeight. BM25's length normalisation would otherwise
// put a ten-word title that repeats the query's words above the paragraph
// that discusses them (a title is typically a quarter of a paragraph's
// length, which BM25 rewards by a factor of 2 to 3.5; labelWeight undoes
// that much). A label still ranks first when no prose holds the words.
const (
	labelWeight   = 0.25
	labelMaxWords = 24 // a label fits in about two lines
)

// A question is a passage that asks rather than says: every sentence of it
// is a question ("Is the fund …?") or reports one ("She asked whether the
// fund …", lexicon/questions.txt). Its words restate the topic a search
// names, which the answer then speaks to, so a question ranks after
// passages holding the same words: its score is multiplied by
// questionWeight. Over the judged searches of the suite and the held-out
// sets (425, `testdata/search-mrr.py`), 0.5 moved six wanted answers
// above their questions and one wanted passage below a question (mrr10
// 0.926 → 0.933); lower weights gained little more.
const questionWeight = 0.5

// isQuestion reports whether p is a question: a quote, statement or
// narrative passage that opens with a reporter's turn label ("Q:",
// "QUESTION (Jane Roe, Daily Example):") or a committee's numbered
// question ("Q51 Chair:"), or each of whose sentences ends
// with a question mark or
// holds a verb of asking followed, within four words, by a word opening
// the question ("asked whether", "asked the Minister about").
func isQuestion(p *Passage) bool {
	if p.Kind == KindResource {
		return false
	}
	text := strings.TrimSpace(p.Text)
	if questionLabel(text) {
		return true // "Q: …", "QUESTION (Jane Roe, Daily Example): …"
	}
	sents := sentenceTexts(text)
	for _, s := range sents {
		if !questionSentence(s) {
			return false
		}
	}
	return len(sents) > 0
}

// questionLabel: text opens with a reporter's turn label, "Q" or
// "Question" (any case) before a colon or a bracket.
func questionLabel(text string) bool {
	w, rest, _ := strings.Cut(text, " ")
	if i := strings.IndexAny(w, ":("); i > 0 {
		w, rest = w[:i], w[i:]
	}
	if len(w) > 1 && len(w) <= 5 && w[0] == 'Q' && strings.Trim(w[1:], "0123456789") == "" {
		// a committee's numbered question, "Q51 Chair: …", "Q53 Mr Roe: …"
		label, _, ok := strings.Cut(rest, ":")
		return ok && len(strings.Fields(label)) <= 5
	}
	if w != "Q" && w != "QUESTION" && w != "Question" {
		return false
	}
	rest = strings.TrimSpace(rest)
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "(") && strings.Contains(rest, "):")
}

// questionSentence: s ends with a question mark, opens with a quoted
// question, or reports a question.
func questionSentence(s string) bool {
	if strings.HasSuffix(strings.TrimRight(s, closers), "?") {
		return true
	}
	// a quoted question and its cue: "“Who pays?” she asked."
	if rs := []rune(s); len(rs) > 0 && strings.ContainsRune("\"“‘'", rs[0]) {
		for i := 1; i+1 < len(rs); i++ {
			if rs[i] == '?' && strings.ContainsRune(closers, rs[i+1]) {
				return true
			}
			if strings.ContainsRune(closers, rs[i]) {
				break
			}
		}
	}
	// words, with a clause break (a comma, a semicolon) as a word of its
	// own: the question word must follow the verb inside its clause
	ws := strings.FieldsFunc(strings.ToLower(strings.NewReplacer(",", " , ", ";", " ; ").Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != ',' && r != ';'
	})
	for i, w := range ws {
		if !lexicon.QuestionVerb(w) {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+5)] {
			if x == "," || x == ";" {
				break // "She asked for support, which was granted."
			}
			if lexicon.QuestionWord(x) {
				return true
			}
		}
	}
	return false
}

// sentenceTexts splits text at each sentence end: a stop, closers, a space
// and a capital letter or an opening quote.
func sentenceTexts(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	for i, r := range rs {
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(closers, rs[j]) {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < len(rs) && (unicode.IsUpper(rs[k]) || strings.ContainsRune("\"“‘'", rs[k])) {
			out = append(out, string(rs[start:j]))
			start = k
		}
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// isLabel reports whether p is a label: a narrative passage or a resource
// that is short, holds no sentence boundary and does not end as a
// sentence does (a lead-in ending in a colon does not). Quotes and
// statements are never labels: they are what someone said.
func isLabel(p *Passage) bool {
	switch p.Kind {
	case KindResource:
		return true
	case KindNarrative:
	default:
		return false
	}
	text := strings.TrimSpace(p.Text)
	if len(strings.Fields(text)) > labelMaxWords {
		return false
	}
	return !endsSentence(text) && !holdsSentenceEnd(text)
}

// closers may follow a sentence's final stop.
const closers = "\"'”’)]»"

// endsSentence reports whether text ends with a sentence's final stop,
// perhaps followed by closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, closers)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") ||
		strings.HasSuffix(text, "?") || strings.HasSuffix(text, "…")
}

// holdsSentenceEnd reports whether a sentence ends inside text: a stop,
// closers, a space and a capital letter or an opening quote.
func holdsSentenceEnd(text string) bool {
	return len(sentenceTexts(text)) > 1
}

// rankWindow is the fewest matches reranked for a page; maxRankWindow the
// most (MaxOffset plus a page: any page a request may ask for).
const (
	rankWindow    = 50
	maxRankWindow = MaxOffset + MaxSize
)

// ranked runs req, a relevance-sorted search for the page [from,
// from+size), and returns that page with labels weighted down. It asks
// bleve for a window of the best matches from the first, reweights and
// re-sorts them, and widens the window until no match beyond it could
// enter the page: a match outside scores at most the window's lowest
// score, so the page is exact once its last hit scores at least that.
// The result's Hits are the page; Total, facets and the rest are bleve's.
func (ix *Index) ranked(ctx context.Context, req *bleve.SearchRequest, from, size int) (*bleve.SearchResult, error) {
	window := max(rankWindow, 2*(from+size))
	for {
		window = min(window, maxRankWindow)
		req.From, req.Size = 0, window
		sr, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		hits := ix.reweigh(sr.Hits)
		exhausted := len(sr.Hits) < window || window == maxRankWindow
		end := min(from+size, len(hits))
		if exhausted || end > 0 && hits[end-1].Score >= sr.Hits[len(sr.Hits)-1].Score {
			if from >= len(hits) {
				hits = nil
			} else {
				hits = hits[from:end]
			}
			sr.Hits = hits
			return sr, nil
		}
		window *= 4
	}
}

// reweigh returns hits (sorted by score, best first) with each label's
// score multiplied by labelWeight and each question's by questionWeight
// (rankWeight), sorted again; equal scores keep bleve's order.
func (ix *Index) reweigh(hits bsearch.DocumentMatchCollection) bsearch.DocumentMatchCollection {
	out := slices.Clone(hits)
	for i, h := range out {
		if j, ok := ix.pos[h.ID]; ok && ix.weight[j] != 1 {
			c := *h
			c.Score *= ix.weight[j]
			out[i] = &c
		}
	}
	slices.SortStableFunc(out, func(a, b *bsearch.DocumentMatch) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	return out
}
