package markup

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func TestHTMLPressRelease(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "press-release.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	blocks, meta, err := HTML(f)
	if err != nil {
		t.Fatalf("HTML: %v", err)
	}
	want := []doc.Block{
		heading(1, plain("Beyond awareness-raising: OSCE Alliance conference opens in Vienna")),
		para(plain("15 April 2024")),
		para(plain("VIENNA, 15 April 2024 – The 24th Alliance against Trafficking in Persons Conference opened today with a call to move "),
			ital("beyond awareness-raising"), plain(".")),
		para(bold("Kari Johnstone"),
			plain(", Acting OSCE Special Representative, said prevention must address the root causes of exploitation and the financial incentives behind it.")),
		quote(plain("“Prevention works when it reaches people before traffickers do.”")),
		capt(plain("— Kari Johnstone")),
		heading(2, plain("Programme highlights")),
		item(plain("Panel on "), bold("online scams"), plain(" and forced criminality")),
		item(plain("Discussion on demand")),
		cell(1, 1, plain("Time")),
		cell(1, 2, plain("Session")),
		cell(2, 1, plain("10:00")),
		italicBlock(cell(2, 2, plain("Opening, "), ital("Vienna Hofburg"))),
		capt(plain("Panel on prevention (OSCE/Micky Kroell)")),
		para(plain("Media contact: press@osce.org")),
	}
	if d := diffBlocks(want, blocks); d != "" {
		t.Errorf("blocks (-want +got):\n%s", d)
	}
	if got := blocks[3].BoldRuns(); len(got) != 1 || got[0] != "Kari Johnstone" {
		t.Errorf("speaker bold runs = %q, want [Kari Johnstone]", got)
	}
	wantMeta := doc.Meta{
		Title:     "Beyond awareness-raising: OSCE Alliance conference opens in Vienna | OSCE",
		Publisher: "Organization for Security and Co-operation in Europe",
		Date:      "2024-04-15",
		SourceURL: "https://www.osce.org/cthb/565432",
	}
	if meta != wantMeta {
		t.Errorf("meta = %+v, want %+v", meta, wantMeta)
	}
}

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []doc.Block
	}{
		{"empty", "", nil},
		{"blank", " \n\t ", nil},
		{"text without markup", "Hello,   world", []doc.Block{para(plain("Hello, world"))}},
		{"headings levels", "<h1>A</h1><h3>B <b>c</b></h3><h6>D</h6>",
			[]doc.Block{heading(1, plain("A")), heading(3, plain("B "), bold("c")), heading(6, plain("D"))}},
		{"bare text in divisions", "<div>one <b>two</b><div>three</div>four</div>",
			[]doc.Block{para(plain("one "), bold("two")), para(plain("three")), para(plain("four"))}},
		{"br separates words", "<p>Vienna<br>Hofburg</p>", []doc.Block{para(plain("Vienna Hofburg"))}},
		{"nested emphasis", "<p><strong>Name <em>Surname</em></strong>: text</p>",
			[]doc.Block{boldBlock(para(bold("Name "), doc.Span{Text: "Surname", Bold: true, Italic: true}, plain(": text")))}},
		{"mostly bold paragraph", "<p><b>Ms. Helga Maria Schmid</b>, SG</p>",
			[]doc.Block{boldBlock(para(bold("Ms. Helga Maria Schmid"), plain(", SG")))}},
		{"css bold and normal", `<p><span style="font-weight: 700">A</span> <b style="font-weight:normal">b</b> <span style="FONT-STYLE:italic !important">c</span></p>`,
			[]doc.Block{para(bold("A"), plain(" b "), ital("c"))}},
		{"google docs wrapper is not bold", `<b style="font-weight:normal" id="docs-internal-guid-1"><p>Text</p></b>`,
			[]doc.Block{para(plain("Text"))}},
		{"list item paragraphs join, nested list splits",
			"<ul><li><p>First</p><p>second</p><ul><li>Nested</li></ul>after</li><li>Next</li></ul>",
			[]doc.Block{item(plain("First second")), item(plain("Nested")), item(plain("after")), item(plain("Next"))}},
		{"ordered list and definition list", "<ol><li>One</li></ol><dl><dt>Term</dt><dd>Definition</dd></dl>",
			[]doc.Block{item(plain("One")), para(plain("Term")), para(plain("Definition"))}},
		{"blockquote paragraphs, bare text and footer",
			"<blockquote><p>First.</p><p>Second.</p>Third.<footer>Name</footer></blockquote><p>After</p>",
			[]doc.Block{quote(plain("First.")), quote(plain("Second.")), quote(plain("Third.")), capt(plain("Name")), para(plain("After"))}},
		{"table with colspan, list and heading in cells",
			"<table><caption>Programme</caption><tr><th colspan=2>Day 1</th><th>Room</th></tr>" +
				"<tr><td><h4>10:00</h4></td><td><ul><li>A</li><li>B</li></ul></td><td><p>R1</p><p>R2</p></td></tr></table>",
			[]doc.Block{capt(plain("Programme")), cell(1, 1, plain("Day 1")), cell(1, 3, plain("Room")),
				cell(2, 1, plain("10:00")), cell(2, 2, plain("A B")), cell(2, 3, plain("R1 R2"))}},
		{"rows numbered across tables", "<table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td></tr></table>",
			[]doc.Block{cell(1, 1, plain("a")), para(plain("x")), cell(2, 1, plain("b"))}},
		{"nested table in a cell",
			"<table><tr><td>before<table><tr><td>inner</td></tr></table>after</td><td>next</td></tr></table>",
			[]doc.Block{cell(1, 1, plain("before")), cell(2, 1, plain("inner")), cell(1, 1, plain("after")), cell(1, 2, plain("next"))}},
		{"skipped elements",
			"<nav>Menu</nav><script>x()</script><style>p{}</style><template><p>T</p></template><noscript>JS</noscript>" +
				"<aside>Side</aside><svg><text>S</text></svg><form><button>Go</button><select><option>O</option></select><p>Form text</p></form>" +
				"<p>Keep<img src=x alt=Alt></p>",
			[]doc.Block{para(plain("Form text")), para(plain("Keep"))}},
		{"hidden elements",
			`<p hidden>A</p><p aria-hidden="true">B</p><p aria-hidden="false">C</p><div style="display: none">D</div>` +
				`<span style="visibility:hidden">E</span><div role="navigation">F</div><div role="contentinfo">G</div><p>H</p>`,
			[]doc.Block{para(plain("C")), para(plain("H"))}},
		{"page header and footer skipped, sectioned kept",
			"<header>Site</header><section><header><h2>Title</h2></header><p>Body</p><footer>Posted today</footer></section><footer>Copyright</footer>",
			[]doc.Block{heading(2, plain("Title")), para(plain("Body")), para(plain("Posted today"))}},
		{"pre whitespace collapsed", "<pre>a\n   b\tc</pre>", []doc.Block{para(plain("a b c"))}},
		{"entities and nbsp", "<p>Q&amp;A&nbsp;session &#8211; &lt;live&gt;</p>", []doc.Block{para(plain("Q&A session – <live>"))}},
		{"heading in list item joins", "<ul><li><h3>Title</h3>text</li></ul>", []doc.Block{item(plain("Title text"))}},
		{"unclosed tags", "<p><b>Bold<p>Next", []doc.Block{boldBlock(para(bold("Bold"))), boldBlock(para(bold("Next")))}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := HTML(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if d := diffBlocks(tc.want, got); d != "" {
				t.Errorf("blocks (-want +got):\n%s", d)
			}
		})
	}
}

func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want doc.Meta
	}{
		{"title element wins", "<title> Press \n release </title><h1>Heading</h1>", doc.Meta{Title: "Press release"}},
		{"first h1 without title", "<h2>Sub</h2><h1>First</h1><h1>Second</h1>", doc.Meta{Title: "First"}},
		{"og:title last", `<meta property="og:title" content="OG"><h2>Sub</h2>`, doc.Meta{Title: "OG"}},
		{"publisher from site name before author",
			`<meta name="author" content="Press Office"><meta property="og:site_name" content="OSCE">`,
			doc.Meta{Publisher: "OSCE"}},
		{"publisher from author", `<meta name="Author" content="Press Office">`, doc.Meta{Publisher: "Press Office"}},
		{"date variants", `<meta property="article:published_time" content="2024-04-15T10:00"><meta name="DC.date" content="2024-04-14">`,
			doc.Meta{Date: "2024-04-14"}},
		{"relative canonical ignored", `<link rel="canonical" href="/cthb"><meta property="og:url" content="https://osce.org/x">`,
			doc.Meta{SourceURL: "https://osce.org/x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got, err := HTML(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if got != tc.want {
				t.Errorf("meta = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestHTMLInput(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    []doc.Block
		wantErr error
	}{
		{"declared windows-1251", []byte("<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"),
			[]doc.Block{para(plain("Привет"))}, nil},
		{"undeclared latin-1 read as windows-1252", []byte("<p>Caf\xe9 \x93quoted\x94</p>"),
			[]doc.Block{para(plain("Café “quoted”"))}, nil},
		{"UTF-16 with byte order mark", []byte("\xff\xfe<\x00p\x00>\x00H\x00i\x00"), []doc.Block{para(plain("Hi"))}, nil},
		{"UTF-8 byte order mark", []byte("\xef\xbb\xbf<p>Hi</p>"), []doc.Block{para(plain("Hi"))}, nil},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, ErrNotText},
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), nil, ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := HTML(bytes.NewReader(tc.in))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("HTML error = %v, want %v", err, tc.wantErr)
			}
			if d := diffBlocks(tc.want, got); d != "" {
				t.Errorf("blocks (-want +got):\n%s", d)
			}
		})
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	nest := func(depth int) string {
		return strings.Repeat("<div><blockquote><b>", depth) + "deep" + strings.Repeat("</b></blockquote></div>", depth)
	}
	got, _, err := HTML(strings.NewReader(nest(100)))
	if err != nil {
		t.Fatalf("HTML, 300 levels: %v", err)
	}
	if want := []doc.Block{boldBlock(quote(bold("deep")))}; diffBlocks(want, got) != "" {
		t.Errorf("HTML, 300 levels: blocks (-want +got):\n%s", diffBlocks(want, got))
	}
}

// TestHTMLTooDeep: the parser refuses more than 512 open elements; such a
// document is read flattened, its text kept, in order, with blocks still
// apart where its divisions were, and what the walk skips still skipped.
func TestHTMLTooDeep(t *testing.T) {
	items := func(n int, open, text string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(open)
			b.WriteString(strings.ReplaceAll(text, "#", strconv.Itoa(i)))
		}
		return b.String()
	}
	for _, tc := range []struct {
		name  string
		in    string
		want  []string // texts of some blocks, in order
		count int      // blocks holding "point": at least
		not   []string // text that must not appear
	}{
		{"unclosed div and span (a template bug)",
			"<html><body>" + items(300, "<div class=item><span>", "Jane Roe said that point # matters.") + "</body></html>",
			[]string{"Jane Roe said that point 0 matters.", "Jane Roe said that point 299 matters."}, 300, nil},
		{"deep blockquotes, closed",
			strings.Repeat("<div><blockquote><b>", 1<<12) + "deep" + strings.Repeat("</b></blockquote></div>", 1<<12),
			[]string{"deep"}, 0, nil},
		{"unclosed inline elements join one paragraph",
			"<p>" + items(1000, "<span><a href=x>", "point # ") + "</p>",
			[]string{strings.TrimSpace(items(1000, "", "point # "))}, 1, nil},
		{"skipped content stays skipped past the limit",
			items(600, "<div>", "point # ") + "<script>var secret = 1;</script><nav>menu</nav><div hidden>hidden text</div><p>after</p>",
			[]string{"point 599", "after"}, 600, []string{"secret", "menu", "hidden text"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks, _, err := HTML(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			checkBlocks(t, blocks)
			var texts []string
			n := 0
			for _, b := range blocks {
				texts = append(texts, b.Text)
				if strings.Contains(b.Text, "point") {
					n++
				}
			}
			all := strings.Join(texts, "\n")
			at := 0
			for _, w := range tc.want {
				i := strings.Index(all[at:], w)
				if i < 0 {
					t.Errorf("%.60q… not found in order", w)
					continue
				}
				at += i + len(w)
			}
			if n < tc.count {
				t.Errorf("%d blocks hold a point, want %d", n, tc.count)
			}
			for _, w := range tc.not {
				if strings.Contains(all, w) {
					t.Errorf("%q read", w)
				}
			}
		})
	}
}

func FuzzHTML(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "press-release.html"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("<table><tr><td colspan=99999>a<table><td>b</table></td></tr></table>"))
	f.Add([]byte("<blockquote><footer><li><h1>x</h1></li></footer></blockquote>"))
	f.Add([]byte("\xff\xfe\x00<"))
	f.Fuzz(func(t *testing.T, in []byte) {
		blocks, _, err := HTML(bytes.NewReader(in))
		if err != nil {
			return
		}
		checkBlocks(t, blocks)
	})
}
