package pdf

import (
	"strings"
	"unicode"
)

// Garbled reports whether s looks like text decoded with the wrong font
// encoding rather than like writing: replacement characters or control
// characters, a high share of symbols, letters of several scripts or of
// random case inside words, or vowels far too rare or too common for an
// alphabetic language. Short strings are judged on junk characters alone.
// It is a heuristic meant for whole pages; it cannot tell a consistent
// substitution cipher (every letter shifted) from real text.
func Garbled(s string) bool {
	var st textStats
	for _, r := range s {
		st.add(r)
	}
	st.endWord()
	return st.garbled()
}

// garbledPage judges the text of a page's glyphs, putting a space between
// glyphs that are apart, and counting dropped characters as junk.
func garbledPage(gs []Glyph, dropped int) bool {
	var st textStats
	st.runes, st.junk = dropped, dropped
	for i, g := range gs {
		if i > 0 {
			p := gs[i-1]
			size := abs(p.Size)
			if abs(g.Y-p.Y) > 0.5*size || g.X-(p.X+p.W) > 0.2*size || g.X < p.X {
				st.add(' ')
			}
		}
		for _, r := range g.S {
			st.add(r)
		}
	}
	st.endWord()
	return st.garbled()
}

type script uint8

const (
	scriptLatin script = 1 << iota
	scriptCyrillic
	scriptGreek
	scriptOther
)

func scriptOf(r rune) script {
	switch {
	case r < 0x250 || r >= 0x1e00 && r < 0x1f00:
		return scriptLatin
	case r >= 0x400 && r < 0x530:
		return scriptCyrillic
	case r >= 0x370 && r < 0x400 || r >= 0x1f00 && r < 0x2000:
		return scriptGreek
	}
	return scriptOther
}

// textStats counts what Garbled judges by.
type textStats struct {
	runes, junk, symbols        int
	latin, vowels               int
	words, mixed, flips         int
	alphaWords, alphaWordLetter int

	// the current word
	wordLetters int
	scripts     script
	prevLower   bool
	flip        bool
}

const vowelSet = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęėįųůőű" + "аеёиоуыэюяіїєў"

func (st *textStats) add(r rune) {
	if unicode.IsSpace(r) {
		st.endWord()
		return
	}
	st.runes++
	switch {
	case junkRune(r):
		st.junk++
		st.endWord()
		return
	case unicode.IsLetter(r):
		st.wordLetters++
		sc := scriptOf(r)
		st.scripts |= sc
		lower := unicode.IsLower(r)
		if unicode.IsUpper(r) && st.prevLower {
			st.flip = true
		}
		st.prevLower = lower
		if sc == scriptLatin || sc == scriptCyrillic {
			st.latin++
			if strings.ContainsRune(vowelSet, unicode.ToLower(r)) {
				st.vowels++
			}
		}
	case unicode.IsDigit(r), unicode.IsPunct(r), unicode.Is(unicode.Sc, r), unicode.Is(unicode.Sm, r), unicode.IsMark(r):
		// ordinary in writing
	default:
		st.symbols++
	}
}

func (st *textStats) endWord() {
	if st.wordLetters > 0 {
		st.words++
		if st.scripts&(st.scripts-1) != 0 {
			st.mixed++
		}
		if st.flip {
			st.flips++
		}
		if st.scripts&^(scriptLatin|scriptCyrillic|scriptGreek) == 0 {
			st.alphaWords++
			st.alphaWordLetter += st.wordLetters
		}
	}
	st.wordLetters, st.scripts, st.prevLower, st.flip = 0, 0, false, false
}

func (st *textStats) garbled() bool {
	n := st.runes
	if n == 0 {
		return false
	}
	if n < 12 {
		return st.junk > 0
	}
	switch {
	case st.junk*20 > n: // over 5% junk
		return true
	case st.symbols*4 > n: // over 25% symbols
		return true
	case st.words >= 8 && st.mixed*5 > st.words: // over 20% words of mixed scripts
		return true
	case st.words >= 8 && st.flips*4 > st.words: // over 25% words like "gArBLe"
		return true
	case st.latin >= 60 && (st.vowels*100 < st.latin*15 || st.vowels*100 > st.latin*75):
		return true
	case st.alphaWordLetter >= 200 && st.alphaWordLetter > 25*st.alphaWords:
		return true // no word breaks at all
	}
	return false
}
