package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// headerWindow is how far into the file the %PDF- header may start;
// further, up to lateHeaderWindow (mail or HTTP headers saved with the
// file), it must give a version ("%PDF-1.4").
const (
	headerWindow     = 1024
	lateHeaderWindow = 64 << 10
)

// opened is the result of loading a document.
type opened struct {
	r         *lpdf.Reader
	pages     []pageRef
	warnings  []string
	encrypted bool
}

// load opens data through the library, patching what the library refuses
// and falling back on pdfcpu to decrypt or repair. It may panic only in
// ways load's caller recovers.
func load(ctx context.Context, data []byte) (*opened, *Error) {
	if len(data) == 0 {
		return nil, &Error{Reason: NotPDF, Err: errors.New("empty file")}
	}
	start := bytes.Index(data[:min(len(data), headerWindow)], []byte("%PDF-"))
	if start < 0 {
		start = lateHeader(data[:min(len(data), lateHeaderWindow)])
	}
	if start < 0 {
		return nil, &Error{Reason: NotPDF, Err: errors.New("no %PDF- header")}
	}
	var warnings []string
	if start > 0 {
		warnings = append(warnings, fmt.Sprintf("%d bytes before the %%PDF- header ignored", start))
	}
	fixed, notes := patch(data[start:])
	warnings = append(warnings, notes...)
	fixed, note, xerr := checkXref(fixed)
	if note != "" {
		warnings = append(warnings, note)
	}

	o, libErr := openLib(ctx, fixed)
	encrypted := libErr == nil && o.encrypted || libErr != nil && isEncryptionError(libErr)
	if libErr == nil && !encrypted {
		if o2, note := rescan(ctx, fixed, o); o2 != nil {
			o, warnings = o2, append(warnings, note)
		}
		o.warnings = append(warnings, o.warnings...)
		return o, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Reason: Timeout, Err: err}
	}
	// pdfcpu decrypts files whose user password is empty (the library's own
	// decryption is partial: no AES-256, wrong 40-bit RC4 keys) and rebuilds
	// some broken cross-reference tables; the library then reads its output.
	// An absurd cross-reference chain is left to the scan below: pdfcpu
	// reads the same numbers.
	var rewritten []byte
	cpuErr := xerr
	if xerr == nil {
		rewritten, cpuErr = rewrite(ctx, fixed)
	}
	if cpuErr == nil {
		fixed2, _ := patch(rewritten)
		if o2, err := openLib(ctx, fixed2); err == nil {
			if encrypted {
				warnings = append(warnings, "encrypted with an owner password only: decrypted")
			} else {
				warnings = append(warnings, fmt.Sprintf("unreadable as is (%s): repaired", shorten(libErr.Error())))
			}
			o2.warnings = append(warnings, o2.warnings...)
			return o2, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Reason: Timeout, Err: err}
	}
	if libErr == nil {
		// Encrypted, pdfcpu failed, but the library opened it: go with that.
		o.warnings = append(warnings, o.warnings...)
		return o, nil
	}
	if encrypted {
		if errors.Is(cpuErr, pdfcpu.ErrWrongPassword) {
			return nil, &Error{Reason: Encrypted}
		}
		return nil, &Error{Reason: Encrypted, Err: cpuErr}
	}
	// Last resort: find the objects by scanning the bytes, as for a
	// truncated download, and read the pages found.
	for _, useCatalog := range []bool{true, false} {
		rebuilt, n := reconstruct(fixed, useCatalog)
		if rebuilt == nil {
			break
		}
		if o3, err := openLib(ctx, rebuilt); err == nil {
			warnings = append(warnings, fmt.Sprintf("unreadable as is (%s): %d objects found by scanning", shorten(libErr.Error()), n))
			o3.warnings = append(warnings, o3.warnings...)
			return o3, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Reason: Timeout, Err: err}
	}
	return nil, &Error{Reason: Damaged, Err: libErr}
}

// lateHeader returns the offset of the first "%PDF-d.d" in data, or -1.
func lateHeader(data []byte) int {
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("%PDF-"))
		if j < 0 {
			return -1
		}
		at := i + j
		i = at + 1
		if v := data[at+5:]; len(v) >= 3 && isDigit(v[0]) && v[1] == '.' && isDigit(v[2]) {
			return at
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// rescan reads again, after the object scan, a document o of which some
// pages are unreadable (a page object holding a word the library cannot
// read, such as nan): it returns the result when it has as many pages and
// fewer unreadable ones, with a note, and nil otherwise.
func rescan(ctx context.Context, data []byte, o *opened) (*opened, string) {
	broken := brokenPages(o.pages)
	if broken == 0 || ctx.Err() != nil {
		return nil, ""
	}
	rebuilt, _ := reconstruct(data, true)
	if rebuilt == nil {
		return nil, ""
	}
	o2, err := openLib(ctx, rebuilt)
	if err != nil || len(o2.pages) != len(o.pages) || o2.encrypted {
		return nil, ""
	}
	if b := brokenPages(o2.pages); b < broken {
		return o2, fmt.Sprintf("%d of %d unreadable pages read after scanning the objects", broken-b, broken)
	}
	return nil, ""
}

func brokenPages(pages []pageRef) int {
	n := 0
	for _, p := range pages {
		if p.broken != nil {
			n++
		}
	}
	return n
}

func shorten(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// isEncryptionError reports an error of the library about encryption.
func isEncryptionError(err error) bool {
	if errors.Is(err, lpdf.ErrInvalidPassword) {
		return true
	}
	s := err.Error()
	return strings.Contains(s, "encrypt") || strings.Contains(s, "password")
}

// openLib opens data with the library and lists its pages. A document in
// which no page can be found is an error, so that the caller tries a repair.
func openLib(ctx context.Context, data []byte) (o *opened, err error) {
	defer func() {
		if r := recover(); r != nil {
			o, err = nil, panicError(r)
		}
	}()
	if _, note, err := checkXref(data); err != nil || note != "" {
		if err == nil { // load cuts loops: a repair's output has none
			err = fmt.Errorf("%w: %s", errXrefAbsurd, note)
		}
		return nil, err
	}
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	pages, warnings, err := walkPages(ctx, r)
	if err != nil {
		return nil, err
	}
	readable := 0
	for _, p := range pages {
		if p.broken == nil {
			readable++
		}
	}
	if readable == 0 {
		return nil, errors.New("no readable page found")
	}
	encrypted := r.Trailer().Key("Encrypt").Kind() != lpdf.Null
	return &opened{r: r, pages: pages, warnings: warnings, encrypted: encrypted}, nil
}

// patch works around the library's strict checks, copying data only when
// it changes it: a header other than %PDF-1.0 … %PDF-1.7 followed by an end
// of line (PDF 2.0 files are mostly readable), and bytes after the last
// %%EOF (the library looks for %%EOF within the last 100 bytes).
func patch(data []byte) ([]byte, []string) {
	var notes []string
	if len(data) >= 9 {
		v := data[5:9]
		if !(v[0] == '1' && v[1] == '.' && v[2] >= '0' && v[2] <= '7' && (v[3] == '\n' || v[3] == '\r')) {
			line := data[:9]
			if i := bytes.IndexAny(line, "\r\n"); i >= 0 {
				line = line[:i]
			}
			notes = append(notes, fmt.Sprintf("header %q read as %%PDF-1.7", line))
			data = bytes.Clone(data)
			copy(data[5:], "1.7\n")
		}
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 {
		end := i + len("%%EOF")
		if len(bytes.TrimRight(data[end:], "\r\n\t \x00")) > 0 {
			notes = append(notes, fmt.Sprintf("%d bytes after the last %%%%EOF ignored", len(data)-end))
			data = data[:end]
		}
	}
	return data, notes
}

// cpuConfig is a pdfcpu configuration built here rather than by
// model.NewDefaultConfiguration, which would create a configuration
// directory in the user's home.
func cpuConfig() *model.Configuration {
	return &model.Configuration{
		Version:                   model.VersionStr,
		Reader15:                  true,
		ValidationMode:            model.ValidationRelaxed,
		UnsupportedResourcePolicy: model.UnsupportedResourceSkip,
		Eol:                       types.EolLF,
		WriteObjectStream:         false,
		WriteXRefStream:           false,
		EncryptUsingAES:           true,
		EncryptKeyLength:          256,
		Permissions:               model.PermissionsPrint,
		TimestampFormat:           "2006-01-02 15:04",
		DateFormat:                "2006-01-02",
		Cmd:                       model.OPTIMIZE,
		RemoveEncryption:          true,
		Offline:                   true,
		Limits:                    model.DefaultResourceLimits(),
	}
}

// rewrite reads data with pdfcpu, which decrypts a file whose user password
// is empty and rebuilds a broken cross-reference table, and writes it back,
// unencrypted, to memory.
func rewrite(ctx context.Context, data []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, panicError(r)
		}
	}()
	conf := cpuConfig()
	c, err := pdfcpu.ReadWithContext(ctx, bytes.NewReader(data), conf)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := api.WriteContext(c, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
