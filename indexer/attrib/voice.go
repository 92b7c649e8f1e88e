package attrib

import (
	"strings"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// Rule authorVoice: a write-up whose author signs it ("Posted by Jane
// Roe", lexicon/authorlines.txt) and narrates in the first person ("I
// spent three days in …" in a paragraph nobody speaks) is told in the
// author's voice: a sentence of theirs opening with "I" ("I found this
// the most sobering talk.") after a speaker's sentences is no longer the
// speaker's. In a transcript or a quotation, "I" stays the speaker's:
// the rule needs both the byline and the author's own first-person
// paragraph, never applies in a labelled turn, and never inside
// quotation marks.

// authorLines are the phrases opening a byline (lexicon/authorlines.txt).
var authorLines = lexLines("authorlines.txt")

// maxBylineWords bounds a byline block; maxBylineBlock is how far into
// the document it stands.
const (
	maxBylineWords = 16
	maxBylineBlock = 8
)

// bylineBlock: text opens with a byline phrase and a name ("Posted by
// Jane Roe on the lab blog", "By Jane Roe").
func bylineBlock(text string) bool {
	if len(strings.Fields(text)) > maxBylineWords {
		return false
	}
	toks := tokenize(text)
	for _, ph := range authorLines {
		if len(toks) < len(ph)+2 {
			continue
		}
		ok := true
		for k, w := range ph {
			ok = ok && toks[k].f == w
		}
		if !ok || !isCapitalized(toks[0].text) {
			continue
		}
		e := len(ph)
		for e < len(toks) && e-len(ph) < 4 && isNameWord(toks[e].text) && !lex.titles[toks[e].f] {
			e++
		}
		if e-len(ph) >= 2 && looksLikeName(text[toks[len(ph)].start:toks[e-1].end]) {
			return true
		}
	}
	return false
}

// firstPersonSentence: the sentence's subject is "I", opening it or
// after one opening word and a comma ("Personally, I …"); a quotation
// mark before it makes it someone's words.
func firstPersonSentence(toks []token) bool {
	k := 0
	if len(toks) > 3 && isCapitalized(toks[0].text) && toks[1].f == "," {
		k = 2
	}
	return k+1 < len(toks) && toks[k].text == "I" && isLetter(toks[k+1].f) && !isCapitalized(toks[k+1].text)
}

// detectAuthorVoice: rule authorVoice's evidence, a byline among the
// first blocks and a paragraph of the author's own in the first person
// (its first sentence opens with "I", and it names nobody before it).
func (a *attributor) detectAuthorVoice() bool {
	signed := false
	for i, b := range a.d.Blocks {
		if i >= maxBylineBlock {
			break
		}
		if b.Kind != doc.Heading && bylineBlock(b.Text) {
			signed = true
			break
		}
	}
	if !signed {
		return false
	}
	for _, b := range a.d.Blocks {
		if b.Kind != doc.Paragraph || b.Item {
			continue
		}
		ss := sentences(b.Text)
		if len(ss) == 0 {
			continue
		}
		if firstPersonSentence(tokenize(b.Text[ss[0][0]:ss[0][1]])) {
			return true
		}
	}
	return false
}
