package pdf

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pageResult is what a test expects of one page: its text (glyphs joined)
// or the reason of its error.
type pageResult struct {
	text   string
	reason Reason
}

func wantPages(texts ...string) []pageResult {
	var out []pageResult
	for _, t := range texts {
		out = append(out, pageResult{text: t})
	}
	return out
}

// fpdfPages are the texts of fpdfDoc(pageTexts) pages: the body line, then
// the heading.
func fpdfPages() []pageResult {
	var out []pageResult
	for _, t := range pageTexts {
		out = append(out, pageResult{text: t + "Heading"})
	}
	return out
}

// TestOpenBadInput opens one document per class of bad input and checks the
// class of the error, or the pages that survive and what the warnings say.
func TestOpenBadInput(t *testing.T) {
	plain := fpdfDoc(t, pageTexts, fpdfOpts{compress: true})
	uncompressed := fpdfDoc(t, pageTexts, fpdfOpts{})
	tests := []struct {
		name     string
		data     func(t *testing.T) []byte
		openErr  Reason       // 0: opens
		pages    []pageResult // when it opens
		warning  string       // a warning that must be there
		noText   bool         // CheckText says NoText
		garbled  bool
		checkErr func(t *testing.T, err error)
	}{
		{
			name:    "empty file",
			data:    func(*testing.T) []byte { return nil },
			openErr: NotPDF,
		},
		{
			name:    "random bytes",
			data:    func(*testing.T) []byte { return randomBytes(1, 5000) },
			openErr: NotPDF,
		},
		{
			name:    "random bytes after a PDF header",
			data:    func(*testing.T) []byte { return append([]byte("%PDF-1.4\n"), randomBytes(2, 5000)...) },
			openErr: Damaged,
		},
		{
			name:    "truncated",
			data:    func(*testing.T) []byte { return plain[:len(plain)*6/10] },
			pages:   fpdfPages(),
			warning: "objects found by scanning",
		},
		{
			name:    "truncated before the second page",
			data:    func(*testing.T) []byte { return uncompressed[:nthStream(uncompressed, 2)-40] },
			pages:   []pageResult{fpdfPages()[0], {reason: Damaged}}, // its page object is cut
			warning: "objects found by scanning",
		},
		{
			name:    "encrypted with a user password (AES-256)",
			data:    func(t *testing.T) []byte { return encrypt(t, plain, "user", "owner") },
			openErr: Encrypted,
			checkErr: func(t *testing.T, err error) {
				if !strings.Contains(err.Error(), "encrypted with a password") {
					t.Errorf("error %q does not say it is encrypted with a password", err)
				}
			},
		},
		{
			name: "encrypted with a user password (RC4)",
			data: func(t *testing.T) []byte {
				return fpdfDoc(t, pageTexts, fpdfOpts{compress: true, userPW: "user", owner: "owner"})
			},
			openErr: Encrypted,
		},
		{
			name:    "encrypted with an owner password only (AES-256)",
			data:    func(t *testing.T) []byte { return encrypt(t, plain, "", "owner") },
			pages:   fpdfPages(),
			warning: "owner password only",
		},
		{
			name:    "encrypted with an owner password only (RC4 40-bit)",
			data:    func(t *testing.T) []byte { return fpdfDoc(t, pageTexts, fpdfOpts{compress: true, owner: "owner"}) },
			pages:   fpdfPages(),
			warning: "owner password only",
		},
		{
			name:   "scanned: an image-only page",
			data:   func(t *testing.T) []byte { return fpdfDoc(t, nil, fpdfOpts{compress: true, image: true}) },
			pages:  wantPages(""),
			noText: true,
		},
		{
			name:  "broken content stream on one page of three",
			data:  func(t *testing.T) []byte { return breakStream(t, plain, 2) },
			pages: []pageResult{fpdfPages()[0], {reason: Damaged}, fpdfPages()[2]},
		},
		{
			name:    "cyclic page tree",
			data:    func(*testing.T) []byte { return cyclicTree() },
			pages:   wantPages("Page one text", "Page two text"),
			warning: "reached twice",
		},
		{
			name:    "bytes damaged here and there",
			data:    func(*testing.T) []byte { return damage(plain, 3, 8) },
			pages:   []pageResult{fpdfPages()[0], {reason: Damaged}, {reason: Damaged}},
			warning: "page object unreadable",
		},
		{
			name:    "PDF 2.0 header",
			data:    func(*testing.T) []byte { return append([]byte("%PDF-2.0"), plain[8:]...) },
			pages:   fpdfPages(),
			warning: `header "%PDF-2.0"`,
		},
		{
			name:    "broken xref table",
			data:    func(*testing.T) []byte { return bytes.Replace(plain, []byte("xref\n0 "), []byte("xrff\n0 "), 1) },
			pages:   fpdfPages(),
			warning: "repaired",
		},
		{
			name:    "junk before the header",
			data:    func(*testing.T) []byte { return append([]byte("garbage line\r\n"), plain...) },
			pages:   fpdfPages(),
			warning: "before the %PDF- header",
		},
		{
			name: "junk after %%EOF",
			data: func(*testing.T) []byte {
				return append(bytes.Clone(plain), bytes.Repeat([]byte("\x00junk"), 50)...)
			},
			pages:   fpdfPages(),
			warning: "after the last %%EOF",
		},
		{
			name:  "another producer (fpdf, uncompressed)",
			data:  func(*testing.T) []byte { return uncompressed },
			pages: fpdfPages(),
		},
		{
			name: "undecodable font (Identity-H without ToUnicode)",
			data: func(*testing.T) []byte {
				return onePage(cidNoUnicodeRes, "BT /F1 12 Tf 72 700 Td <0012001300140015001600170018> Tj ET")
			},
			pages:   wantPages(""),
			noText:  true,
			garbled: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "report.pdf")
			if err := os.WriteFile(name, tc.data(t), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			f, err := OpenContext(ctx, name)
			if tc.openErr != 0 {
				checkError(t, err, name, 0, tc.openErr)
				if tc.checkErr != nil && err != nil {
					tc.checkErr(t, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("OpenContext: %v", err)
			}
			defer f.Close()
			n, err := f.NumPage()
			if err != nil || n != len(tc.pages) {
				t.Fatalf("NumPage = %d, %v; want %d", n, err, len(tc.pages))
			}
			var pages []Page
			for i, want := range tc.pages {
				p, err := f.PageContext(ctx, i+1)
				if want.reason != 0 {
					checkError(t, err, name, i+1, want.reason)
					continue
				}
				if err != nil {
					t.Errorf("page %d: %v", i+1, err)
				}
				if got := pageText(p); got != want.text {
					t.Errorf("page %d text = %q, want %q", i+1, got, want.text)
				}
				if p.Garbled != tc.garbled {
					t.Errorf("page %d Garbled = %v, want %v", i+1, p.Garbled, tc.garbled)
				}
				pages = append(pages, p)
			}
			if tc.warning != "" && !strings.Contains(strings.Join(f.Warnings(), "\n"), tc.warning) {
				t.Errorf("warnings %q lack %q", f.Warnings(), tc.warning)
			}
			for _, w := range f.Warnings() {
				if !strings.HasPrefix(w, name+": ") {
					t.Errorf("warning %q does not name the file", w)
				}
			}
			err = f.CheckText(pages)
			if tc.noText {
				checkError(t, err, name, 0, NoText)
			} else if err != nil {
				t.Errorf("CheckText: %v", err)
			}
		})
	}
}

// checkError checks that err is an *Error of the reason, naming the file
// and page, matching its sentinel, with no stack trace.
func checkError(t *testing.T, err error, path string, page int, reason Reason) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v (%T), want *Error of reason %v", err, err, reason)
	}
	if e.Reason != reason || e.Path != path || e.Page != page {
		t.Errorf("error = %+v, want reason %v, path %s, page %d", e, reason, path, page)
	}
	if !errors.Is(err, reason.sentinel()) {
		t.Errorf("errors.Is(%v, %v) = false", err, reason.sentinel())
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, path) || strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
		t.Errorf("message %q must start with the file and hold no stack", msg)
	}
}

func TestTimeout(t *testing.T) {
	// A page of half a million operators cannot be read in 20 ms.
	const shows = 1 << 18
	content := "BT /F1 12 Tf " + strings.Repeat("1 0 0 1 72 700 Tm (x) Tj\n", shows) + "ET"
	big := onePage("/Font<</F1 "+helvetica+">>", content)
	plain := fpdfDoc(t, pageTexts, fpdfOpts{compress: true})

	tests := []struct {
		name    string
		timeout time.Duration
		run     func(ctx context.Context) error
	}{
		{"open with an ended context", -time.Second, func(ctx context.Context) error {
			_, err := OpenBytes(ctx, "doc.pdf", plain)
			return err
		}},
		{"page past its deadline", 20 * time.Millisecond, func(ctx context.Context) error {
			f, err := OpenBytes(context.Background(), "doc.pdf", big)
			if err != nil {
				return err
			}
			_, err = f.PageContext(ctx, 1)
			return err
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(tc.timeout))
			defer cancel()
			err := tc.run(ctx)
			if late := time.Since(deadline(ctx)); tc.timeout > 0 && late > time.Second {
				t.Errorf("returned %v after the deadline", late)
			}
			var e *Error
			if !errors.As(err, &e) || e.Reason != Timeout || !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrTimeout) {
				t.Fatalf("error = %v, want a Timeout *Error wrapping context.DeadlineExceeded", err)
			}
			if !strings.HasPrefix(err.Error(), "doc.pdf") {
				t.Errorf("message %q does not name the file", err)
			}
		})
	}

	// Without a deadline the same page reads in full.
	f, err := OpenBytes(context.Background(), "big.pdf", big)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Page(1)
	if err != nil || len(p.Glyphs) != shows {
		t.Fatalf("Page = %d glyphs, %v; want %d", len(p.Glyphs), err, shows)
	}
}

// deadline returns the context's deadline.
func deadline(ctx context.Context) time.Time {
	d, _ := ctx.Deadline()
	return d
}

func TestPageOutOfRange(t *testing.T) {
	f, err := OpenBytes(context.Background(), "doc.pdf", cyclicTree())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, -1, 3} {
		if _, err := f.Page(n); err == nil || !strings.HasPrefix(err.Error(), "doc.pdf page") {
			t.Errorf("Page(%d) error = %v, want one naming the file and page", n, err)
		}
	}
}

func TestInfo(t *testing.T) {
	f, err := OpenBytes(context.Background(), "doc.pdf", fpdfDoc(t, pageTexts, fpdfOpts{compress: true}))
	if err != nil {
		t.Fatal(err)
	}
	got := f.Info()
	want := Info{Title: "Fixture report", Producer: "fpdf test"}
	if got != want {
		t.Errorf("Info() = %+v, want %+v", got, want)
	}
}
