package indexer

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

// The layout fixtures (testdata/layout, made by its make.sh): short
// documents from the producers whose output showed page furniture,
// epigraphs, block quotes, bold italic headings and programme tables read
// wrongly.
const layoutDir = "../testdata/layout/"

// furnitureText matches what must never be a block's text or inside one:
// Chromium's print header (date) and footer (file URL, "n/N"), and a bare
// page number.
var furnitureText = regexp.MustCompile(`\d+/\d+/\d+, \d+:\d+|file:|^\d+$|^\d+/\d+$`)

// blockIndex returns the index of the first block whose text starts with
// prefix, or -1.
func blockIndex(bs []doc.Block, prefix string) int {
	for i, b := range bs {
		if strings.HasPrefix(b.Text, prefix) {
			return i
		}
	}
	return -1
}

func TestLayoutFixtures(t *testing.T) {
	type check func(t *testing.T, bs []doc.Block)
	// noFurniture: no block holds page furniture.
	noFurniture := func(t *testing.T, bs []doc.Block) {
		for _, b := range bs {
			if furnitureText.MatchString(b.Text) {
				t.Errorf("page furniture in a %s block on page %d: %q", b.Kind, b.Page, b.Text)
			}
		}
	}
	// crosses: the paragraph starting with prefix runs from page 1 to 2,
	// whole (the page number between its halves was furniture).
	crosses := func(prefix string) check {
		return func(t *testing.T, bs []doc.Block) {
			i := blockIndex(bs, prefix)
			if i < 0 {
				t.Fatalf("no block starts with %q", prefix)
			}
			if b := bs[i]; b.Page != 1 || b.PageEnd != 2 || len(b.Breaks) != 1 {
				t.Errorf("%q: pages %d-%d breaks %v, want one paragraph over pages 1-2", prefix, b.Page, b.PageEnd, b.Breaks)
			}
		}
	}
	// lastLabel: the last block is on printed page want (read from the
	// page number in the margin).
	lastLabel := func(want string) check {
		return func(t *testing.T, bs []doc.Block) {
			if b := bs[len(bs)-1]; b.Label != want {
				t.Errorf("printed page of the last block %q: %q, want %q", b.Text, b.Label, want)
			}
		}
	}
	// credited: the block starting with quote is a quote block, and the
	// block right after it is the credit line, whole.
	credited := func(quote, credit string) check {
		return func(t *testing.T, bs []doc.Block) {
			i := blockIndex(bs, quote)
			if i < 0 || i+1 >= len(bs) {
				t.Fatalf("no block starts with %q", quote)
			}
			if bs[i].Kind != doc.Quote {
				t.Errorf("%q is a %s block, want a quote", quote, bs[i].Kind)
			}
			if got := bs[i+1]; got.Text != credit || got.Kind != doc.Paragraph {
				t.Errorf("block after the quote: %s %q, want the paragraph %q", got.Kind, got.Text, credit)
			}
		}
	}
	// headingBefore: the heading comes right before the paragraph.
	headingBefore := func(heading, para string) check {
		return func(t *testing.T, bs []doc.Block) {
			i := blockIndex(bs, heading)
			if i < 0 || bs[i].Kind != doc.Heading || bs[i].Text != heading {
				t.Fatalf("no heading %q: %+v", heading, bs[max(i, 0)])
			}
			if i+1 >= len(bs) || !strings.HasPrefix(bs[i+1].Text, para) {
				t.Errorf("after heading %q comes %q, want %q…", heading, bs[min(i+1, len(bs)-1)].Text, para)
			}
		}
	}
	// table: the cells, in reading order, from the block with the first
	// cell's text on; each row's cells share Row and count Col from 1;
	// the block after the table is the paragraph next.
	table := func(rows [][]string, next string) check {
		return func(t *testing.T, bs []doc.Block) {
			i := blockIndex(bs, rows[0][0])
			if i < 0 {
				t.Fatalf("no block %q", rows[0][0])
			}
			prevRow := 0
			for _, row := range rows {
				for c, cell := range row {
					if i >= len(bs) {
						t.Fatalf("table ends early, at %q", cell)
					}
					b := bs[i]
					if b.Text != cell || b.Kind != doc.Cell || b.Col != c+1 {
						t.Errorf("cell: %s %q col %d, want cell %q col %d", b.Kind, b.Text, b.Col, cell, c+1)
					}
					if c == 0 && b.Row <= prevRow || c > 0 && b.Row != prevRow {
						t.Errorf("cell %q: row %d after row %d", cell, b.Row, prevRow)
					}
					prevRow = b.Row
					i++
				}
			}
			if i >= len(bs) || !strings.HasPrefix(bs[i].Text, next) || bs[i].Kind != doc.Paragraph {
				t.Errorf("after the table: %+v, want the paragraph %q…", bs[min(i, len(bs)-1)], next)
			}
		}
	}
	programme := table([][]string{
		{"Speaker", "Affiliation"},
		{"Marta Quill-Hobson", "Keeper, Northport Light Society, Norway"},
		{"Rafael Onwudiwe", "Engineer, Coastal Signals Office, Portugal"},
		{"Sina Halvorsen-Mbeki", "Historian, Maritime Archive, Denmark"},
	}, "The programme was changed")
	// items: each text is a list item block of its own, with its bullet;
	// the block starting with plain holds no bullet.
	items := func(plain string, texts ...string) check {
		return func(t *testing.T, bs []doc.Block) {
			for _, text := range texts {
				i := blockIndex(bs, "• "+text)
				if i < 0 {
					t.Errorf("no block starts with %q", "• "+text)
					continue
				}
				if b := bs[i]; b.Text != "• "+text || !b.Item {
					t.Errorf("item %q: block %q (item %v)", text, b.Text, b.Item)
				}
			}
			if i := blockIndex(bs, plain); i < 0 || strings.Contains(bs[i].Text, "•") {
				t.Errorf("paragraph %q: want it without a bullet (block %d)", plain, i)
			}
		}
	}
	// links: the block starting with each key links to its URI; the block
	// starting with plain links nowhere.
	links := func(plain string, want map[string]string) check {
		return func(t *testing.T, bs []doc.Block) {
			for prefix, uri := range want {
				if i := blockIndex(bs, prefix); i < 0 || bs[i].Link != uri {
					t.Errorf("block %q: link %q, want %q", prefix, bs[max(i, 0)].Link, uri)
				}
			}
			if i := blockIndex(bs, plain); i < 0 || bs[i].Link != "" {
				t.Errorf("block %q: link %q, want none", plain, bs[max(i, 0)].Link)
			}
		}
	}
	// wordsRead: every text occurs in the document's text (its blocks
	// joined by spaces), and no split form does.
	wordsRead := func(texts map[string]string) check {
		return func(t *testing.T, bs []doc.Block) {
			all := joinBlocks(bs)
			for want, split := range texts {
				if !strings.Contains(all, want) {
					t.Errorf("text %q not found", want)
				}
				if strings.Contains(all, split) {
					t.Errorf("split form %q found", split)
				}
			}
		}
	}
	// paragraphsOf: each paragraph (<p>…</p>) of the HTML source reads
	// whole and in order in the document's text, across column and page
	// breaks.
	paragraphsOf := func(src string) check {
		return func(t *testing.T, bs []doc.Block) {
			b, err := os.ReadFile(layoutDir + "src/" + src)
			if err != nil {
				t.Fatal(err)
			}
			all := joinBlocks(bs)
			ps := htmlParagraph.FindAllStringSubmatch(string(b), -1)
			if len(ps) == 0 {
				t.Fatalf("no paragraph in %s", src)
			}
			for _, m := range ps {
				if !strings.Contains(all, m[1]) {
					t.Errorf("paragraph not read in order: %q", m[1])
				}
			}
		}
	}
	epigraph := credited("“A light that nobody maintains", "– Chair Tomasz Ewell-Baptiste")
	cases := []struct {
		file   string
		checks []check
	}{
		{"short-chromium", []check{noFurniture, crosses("Paragraph 4."), lastLabel("2")}},
		{"short-groff", []check{noFurniture, crosses("The afternoon turned"), lastLabel("2"),
			credited("The instruments are cheap", "— Doctor Ilse Varga-Rowe")}},
		{"lighthouse-odt", []check{noFurniture, epigraph, programme,
			headingBefore("Opening of the assembly", "Marta Quill-Hobson said"), headingBefore("Signals and records", "Rafael Onwudiwe explained")}},
		{"lighthouse-docx", []check{noFurniture, epigraph, programme, headingBefore("Opening of the assembly", "Marta Quill-Hobson said")}},
		{"accents-groff", []check{func(t *testing.T, bs []doc.Block) {
			want := "Milica Vlahović, Jürgen Müller, François Côté and Ana Ñúñez opened the session. Tomáš Novák and Zoë Brontë agreed."
			if i := blockIndex(bs, "Milica"); i < 0 || bs[i].Text != want {
				t.Errorf("accented names: %+v, want %q", bs[max(i, 0)].Text, want)
			}
		}}},
		{"lists-chromium", []check{items("Survey answers by region north",
			"A fund of forty million for harbour repairs in the northern provinces.",
			"A memorandum on fisheries data, to be signed within sixty days.",
			"Training for two hundred port inspectors each year, hosted by the coastal academies.",
			"Quarterly meetings of the technical group.",
			"An annual review of the commitments.",
			"Related documents: the joint statement of the spring summit."),
			links("Related documents, with a link", map[string]string{
				"• Annual Report of the Coastal Partnership": "https://example.org/partnership/annual-report-2025",
				"• Fact Sheet: Harbour Repairs":              "https://example.org/partnership/fact-sheet",
			})}},
		{"kerning-ps", []check{wordsRead(map[string]string{
			"to Truro. Trevithick pushed back": "Tr evithick",
			"took Tyler’s Toyota":              "Tyler ’s",
		})}},
		{"justified-chromium", []check{paragraphsOf("justified-chromium.html")}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := ExtractPDF(context.Background(), layoutDir+c.file+".pdf")
			if err != nil {
				t.Fatal(err)
			}
			for _, ch := range c.checks {
				ch(t, d.Blocks)
			}
		})
	}
}

// TestProgrammeTable: a programme printed as a table of two columns (name |
// role, organisation, country), from LibreOffice (ODT through Ghostscript,
// and DOCX), registers each person with the words of their row (as role,
// organisation and country, or one description), in the session of the
// table's heading.
func TestProgrammeTable(t *testing.T) {
	want := map[string]string{ // the row's second cell
		"Marta Quill-Hobson":   "Keeper, Northport Light Society, Norway",
		"Rafael Onwudiwe":      "Engineer, Coastal Signals Office, Portugal",
		"Sina Halvorsen-Mbeki": "Historian, Maritime Archive, Denmark",
	}
	for _, name := range []string{"lighthouse-odt", "lighthouse-docx"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			b, err := os.ReadFile(layoutDir + name + ".pdf")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name+".pdf"), b, 0o644); err != nil {
				t.Fatal(err)
			}
			var sum Summary
			c, err := Load(context.Background(), dir, Options{}, &sum)
			if err != nil {
				t.Fatal(err)
			}
			found := 0
			for _, s := range c.Speakers {
				w, ok := want[s.Name]
				if !ok {
					continue
				}
				found++
				got := s.Description
				if got == "" {
					var parts []string
					for _, v := range []string{s.Role, s.Organisation, s.Country} {
						if v != "" {
							parts = append(parts, v)
						}
					}
					got = strings.Join(parts, ", ")
				}
				if got != w || s.Session != "Programme" {
					t.Errorf("%s: %q in session %q, want %q in the session Programme", s.Name, got, s.Session, w)
				}
			}
			if found != len(want) {
				t.Errorf("%d of the %d programme people registered from the table: %+v", found, len(want), c.Speakers)
			}
		})
	}
}

// htmlParagraph matches a paragraph of a fixture's HTML source.
var htmlParagraph = regexp.MustCompile(`<p>([^<]*)</p>`)

// joinBlocks is the text of blocks joined by spaces.
func joinBlocks(bs []doc.Block) string {
	ts := make([]string, len(bs))
	for i, b := range bs {
		ts[i] = b.Text
	}
	return strings.Join(ts, " ")
}
