package attrib

// floorPatterns: lexicon/floor.txt, each pattern split at its X into the
// words before and the words after the person.
var floorPatterns = func() (out [][2][]string) {
	for _, ws := range lexLines("floor.txt") {
		for i, w := range ws {
			if w == "X" {
				out = append(out, [2][]string{ws[:i], ws[i+1:]})
				break
			}
		}
	}
	return out
}()

// wordsAt reports whether toks from k read ws.
func wordsAt(toks []token, k int, ws []string) bool {
	if k < 0 || k+len(ws) > len(toks) {
		return false
	}
	for i, w := range ws {
		if toks[k+i].f != w {
			return false
		}
	}
	return true
}

// floorObject (rule floorObject) returns where the person a sentence hands
// the floor to is named: a name starting at a token of starts (its titles
// may come between) that follows a pattern's opening words and is
// followed by its closing words ("invited Ms Ann Roe to present …").
// ok is false when the sentence hands the floor to no one named.
func floorObject(toks []token, starts, ends []int) (at int, ok bool) {
	for _, pat := range floorPatterns {
		before, after := pat[0], pat[1]
		for k := range toks {
			if !wordsAt(toks, k, before) {
				continue
			}
			j := k + len(before)
			for n, s := range starts {
				if s < j || !titlesOnly(toks[j:s]) {
					continue
				}
				// an origin or a bracket may stand between the name and
				// the closing words ("Dr Roe of Chile to present")
				e := ends[n]
				for e < len(toks) && e < ends[n]+8 && !wordsAt(toks, e, after) &&
					(npWord(toks[e]) || toks[e].f == "(" || toks[e].f == ")") {
					e++
				}
				if wordsAt(toks, e, after) {
					return n, true
				}
			}
		}
	}
	return 0, false
}

// floorName returns the name of the person toks hand the floor to when
// the registry does not know them yet, titled or of two words at least
// (rule floorObject).
func (a *attributor) floorName(toks []token) (nameRun, bool) {
	runs := a.unknownNames(toks, make([]bool, len(toks)), subjectStart(toks))
	starts, ends := make([]int, len(runs)), make([]int, len(runs))
	for i, r := range runs {
		starts[i], ends[i] = r.start, r.end
	}
	n, ok := floorObject(toks, starts, ends)
	if !ok {
		return nameRun{}, false
	}
	r := runs[n]
	if r.nameStart == r.start && r.end-r.nameStart < 2 {
		return nameRun{}, false // a single untitled word: too little for a name
	}
	return r, true
}
