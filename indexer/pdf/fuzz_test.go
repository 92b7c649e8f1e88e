package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// FuzzOpen opens arbitrary bytes and reads their pages: no panic may
// escape, every error must be an *Error naming the file with no stack
// trace, and the whole must end in bounded time.
//
//	go test -fuzz=FuzzOpen -fuzzminimizetime=0s ./indexer/pdf
//
// (Minimizing the several-kilobyte inputs it finds takes most of the time
// otherwise.)
func FuzzOpen(f *testing.F) {
	plain := fpdfDoc(f, pageTexts, fpdfOpts{compress: true})
	uncompressed := fpdfDoc(f, pageTexts, fpdfOpts{})
	for _, seed := range [][]byte{
		nil,
		[]byte("%PDF-1.4\n%%EOF\n"),
		plain,
		uncompressed,
		plain[:len(plain)/2],
		breakStream(f, plain, 2),
		damage(plain, 3, 8),
		encrypt(f, plain, "", "owner"),
		fpdfDoc(f, pageTexts, fpdfOpts{compress: true, owner: "owner"}),
		fpdfDoc(f, nil, fpdfOpts{compress: true, image: true}),
		cyclicTree(),
		onePage(cidRes, "BT /F1 10 Tf 0 0 Td <00240025002600030027002800500099> Tj ET", toUnicode),
		onePage("/Font<</F1 "+helvetica+">>/XObject<</X1 4 0 R>>", "/X1 Do",
			"<</Type/XObject/Subtype/Form%STREAM%BT /F1 9 Tf (form) Tj ET /X1 Do"),
		withTrailer(textDoc("loop"), fmt.Sprintf("/Prev %d", lastXref(f, textDoc("loop")))),
		xrefStreamDoc("xref stream", "7", "[1 2 1]", "[0 7]"),
		formDoc("0 0 1 1 re f", 100),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.pdf"
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		check := func(err error) {
			if err == nil {
				return
			}
			var e *Error
			msg := err.Error()
			if !errors.As(err, &e) && !strings.Contains(msg, "out of range") {
				t.Errorf("error %v is a %T, not an *Error", err, err)
			}
			if !strings.HasPrefix(msg, name) || strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
				t.Errorf("message %q must start with the file and hold no stack", msg)
			}
		}
		file, err := OpenBytes(ctx, name, bytes.Clone(data))
		check(err)
		if err == nil {
			n, _ := file.NumPage()
			for i := 1; i <= min(n, 50); i++ {
				_, err := file.PageContext(ctx, i)
				check(err)
			}
			_ = file.Info()
		}
		// a hang, not a speed target: the reader must stop at its 2 s
		// deadline; 20 s leaves room for a loaded machine running the
		// fuzzing workers (a 20 ms input once took 7 s under -fuzz)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("took %v", d)
		}
	})
}
