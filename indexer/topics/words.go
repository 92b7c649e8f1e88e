package topics

// irregularPlurals maps an irregular English plural, which the plural
// stemmer leaves as it is, to its singular.
var irregularPlurals = map[string]string{
	"children": "child",
	"women":    "woman",
	"men":      "man",
	"people":   "person",
}

// invariant are words ending in "s" that are no plural ("news" is not
// "new"s) and that the plural stemmer would cut to another word (it
// keeps words ending in "ss" and "us" itself).
var invariant = map[string]bool{
	"news": true, "series": true, "species": true, "means": true, "perhaps": true,
	"always": true, "whereas": true, "lens": true,
	"bias": true, "atlas": true, "alias": true, "canvas": true, "chaos": true,
	"ethos": true, "kudos": true, "aids": true,
}
