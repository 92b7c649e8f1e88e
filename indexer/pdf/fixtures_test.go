package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
)

// Fixtures are generated at test time: fpdf for documents of another
// producer, pdfcpu for encryption, and buildPDF for hand-written structures
// (cyclic page trees, forms, fonts) that no producer writes on purpose.

var fixedTime = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

// pageTexts are the texts of the generated multi-page documents.
var pageTexts = []string{
	"First page of the conference report",
	"Second page about trafficking in persons",
	"Third page with recommendations",
}

type fpdfOpts struct {
	compress      bool
	userPW, owner string // fpdf's RC4 protection when owner != ""
	image         bool   // an image-only page instead of text
}

// fpdfDoc returns a PDF written by fpdf, one page per text.
func fpdfDoc(tb testing.TB, texts []string, o fpdfOpts) []byte {
	tb.Helper()
	p := fpdf.New("P", "pt", "A4", "")
	p.SetCompression(o.compress)
	p.SetCreationDate(fixedTime)
	p.SetModificationDate(fixedTime)
	p.SetCatalogSort(true)
	p.SetProducer("fpdf test", false)
	p.SetTitle("Fixture report", false)
	if o.owner != "" {
		p.SetProtection(fpdf.CnProtectPrint, o.userPW, o.owner)
	}
	if o.image {
		img := image.NewGray(image.Rect(0, 0, 16, 16))
		for i := range img.Pix {
			img.Pix[i] = uint8(i * 7)
		}
		img.Set(3, 3, color.Gray{Y: 255})
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			tb.Fatal(err)
		}
		opt := fpdf.ImageOptions{ImageType: "PNG"}
		p.RegisterImageOptionsReader("scan", opt, &buf)
		p.AddPage()
		p.ImageOptions("scan", 50, 50, 400, 400, false, opt, 0, "")
	}
	for _, s := range texts {
		p.AddPage()
		p.SetFont("Helvetica", "", 12)
		p.Text(72, 100, s)
		p.SetFont("Helvetica", "B", 16)
		p.Text(72, 60, "Heading")
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// encrypt encrypts data with pdfcpu (AES-256).
func encrypt(tb testing.TB, data []byte, userPW, ownerPW string) []byte {
	tb.Helper()
	conf := cpuConfig()
	conf.UserPW, conf.OwnerPW = userPW, ownerPW
	conf.EncryptUsingAES, conf.EncryptKeyLength = true, 256
	var out bytes.Buffer
	if err := api.Encrypt(bytes.NewReader(data), &out, conf); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// buildPDF writes objects 1…n (object 1 is the catalog) with a correct
// cross-reference table. A "%STREAM%" in an object is replaced by a stream
// of the text that follows it, with its /Length.
func buildPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		if dict, data, ok := strings.Cut(o, "%STREAM%"); ok {
			o = fmt.Sprintf("%s/Length %d>>\nstream\n%s\nendstream", dict, len(data), data)
		}
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// helvetica is a font dictionary for buildPDF documents.
const helvetica = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"

// onePage returns a one-page document drawing content with the resources
// res (a dictionary body), and extra objects numbered from 4 on.
func onePage(res, content string, extra ...string) []byte {
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 800]/Resources<<" + res + ">>/Contents " + fmt.Sprint(4+len(extra)) + " 0 R>>",
	}
	objs = append(objs, extra...)
	objs = append(objs, "<<%STREAM%"+content)
	return buildPDF(objs...)
}

// cyclicTree returns a document whose page tree has a Pages node whose Kids
// point back to the root, with wrong /Count values.
func cyclicTree() []byte {
	return buildPDF(
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R 4 0 R]/Count 9>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 800]/Resources<</Font<</F1 6 0 R>>>>/Contents 7 0 R>>",
		"<</Type/Pages/Parent 2 0 R/Kids[5 0 R 2 0 R 4 0 R]/Count 9>>",
		"<</Type/Page/Parent 4 0 R/MediaBox[0 0 600 800]/Resources<</Font<</F1 6 0 R>>>>/Contents 8 0 R>>",
		helvetica,
		"<<%STREAM%BT /F1 12 Tf 72 700 Td (Page one text) Tj ET",
		"<<%STREAM%BT /F1 12 Tf 72 700 Td (Page two text) Tj ET",
	)
}

// nthStream returns the offset of the data of the n-th (1-based) stream.
func nthStream(data []byte, n int) int {
	off := 0
	for i := 0; i < n; {
		j := bytes.Index(data[off:], []byte("stream\n"))
		if j < 0 {
			return -1
		}
		if off+j == 0 || data[off+j-1] != 'd' { // not endstream
			i++
		}
		off += j + len("stream\n")
	}
	return off
}

// breakStream overwrites the start of the n-th stream's data (after the
// zlib header) with bytes that are not deflate data.
func breakStream(tb testing.TB, data []byte, n int) []byte {
	tb.Helper()
	out := bytes.Clone(data)
	off := nthStream(out, n)
	if off < 0 {
		tb.Fatalf("no stream %d", n)
	}
	copy(out[off+2:], "\xff\xff\xff\xff\xff\xff")
	return out
}

// damage flips a few bytes at seeded random places after the header.
func damage(data []byte, seed int64, n int) []byte {
	out := bytes.Clone(data)
	rng := rand.New(rand.NewSource(seed))
	for i := 0; i < n; i++ {
		out[16+rng.Intn(len(out)-16)] ^= byte(1 + rng.Intn(255))
	}
	return out
}

func randomBytes(seed int64, n int) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(seed)).Read(b)
	return b
}

// pageText joins the glyphs of a page.
func pageText(p Page) string {
	var b strings.Builder
	for _, g := range p.Glyphs {
		b.WriteString(g.S)
	}
	return b.String()
}
