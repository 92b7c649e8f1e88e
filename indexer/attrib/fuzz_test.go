package attrib

import (
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// FuzzAttribute: any text, split into headings, quotes and paragraphs,
// attributes without a panic, and every passage's text comes from the
// input.
func FuzzAttribute(f *testing.F) {
	for _, s := range []string{
		"Maria Lopez, Chair of X, said “so”.\nShe added, while CHILE noted; he",
		"# Jane Roe: Talk\n“Quote here now.”\n– Vice President Jane Roe\nJane asked:",
		", , ( ) ) ( “ ” \" ' – -- who said by the of",
		"NORWAY said. CHILE said. KENYA said. The EU, opposed by INDIA and, said",
		"A, B and the C, said. With D underscoring, he. The Minister added.",
		"While A, ; Whereas , It was noted by the . by Mr and\nDr A B; Ms C; moderated by\nThe professor replied. In her view, Secretary",
		"Kim: Some say. X is worried that\nJane thanked and announced; and said",
		"Present: Anna Berg (Chair), Tom Lind – Treasurer; Eva Dahl (X; Secretary), the Rapporteur (Olaf Dahl)\nIn the Chair: Ann Roe\nSir Tom asked. Van der Berg said. In the Chair's view, so. Moved by the Chair, seconded by Eva Dahl, that\n# S\nModerator: Ms Ann Berg, Senior\nThe moderator asked. It was proposed by the Director of Parks that. Lord Mayor Ann said (",
		"Posted by Ann Roe on a blog\nI went there. (@\n• Ann Roe (@aroe) — chair; @ (@x) @aroe (Ann Roe\n@aroe: I think so too. @aroe said. x@y @\nThe representative of Peru, Ambassador Ann Roe, argued. Peru, for its part, said. I found it (@",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var bs []doc.Block
		for _, l := range strings.Split(s, "\n") {
			switch {
			case strings.HasPrefix(l, "# "):
				bs = append(bs, doc.Block{Kind: doc.Heading, Size: 14, Text: l[2:]})
			case strings.HasPrefix(l, "“"):
				bs = append(bs, doc.Block{Kind: doc.Quote, Text: l})
			default:
				bs = append(bs, doc.Block{Kind: doc.Paragraph, Size: 10, Text: l})
			}
		}
		res := Attribute(doc.Document{ID: "f", Blocks: bs}, "F", nil)
		for _, p := range res.Passages {
			if !strings.Contains(s, p.Text) {
				t.Errorf("passage %q is not from the input", p.Text)
			}
		}
	})
}
