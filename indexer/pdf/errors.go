package pdf

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

// Reason classifies why a PDF, or one page of it, could not be read.
type Reason int

// The reasons an *Error carries. Each one matches its sentinel with
// errors.Is: an *Error of reason Encrypted is ErrEncrypted, and so on.
const (
	NotPDF    Reason = iota + 1 // empty, or no %PDF header: not a PDF at all
	Damaged                     // the structure or a content stream is corrupt
	Encrypted                   // opening needs a user password we do not have
	Timeout                     // the context ended before the work did
	NoText                      // no page has a text layer (scanned?)
)

// Sentinel errors, one per Reason, for errors.Is.
var (
	ErrNotPDF    = errors.New("not a PDF file")
	ErrDamaged   = errors.New("damaged PDF")
	ErrEncrypted = errors.New("encrypted with a password")
	ErrTimeout   = errors.New("took too long")
	ErrNoText    = errors.New("no text layer (scanned?)")
)

// String returns the reason as a short phrase, the text of its sentinel.
func (r Reason) String() string {
	if s := r.sentinel(); s != nil {
		return s.Error()
	}
	return fmt.Sprintf("reason %d", int(r))
}

func (r Reason) sentinel() error {
	switch r {
	case NotPDF:
		return ErrNotPDF
	case Damaged:
		return ErrDamaged
	case Encrypted:
		return ErrEncrypted
	case Timeout:
		return ErrTimeout
	case NoText:
		return ErrNoText
	}
	return nil
}

// maxCause bounds the cause text in an error message: the library quotes
// whole dictionaries in some of its messages.
const maxCause = 240

// Error is the error returned for a file or a page that cannot be read. Its
// message names the file, and the page when Page is not 0, then the reason
// and the cause: "a.pdf page 3: damaged PDF: zlib: invalid header". It never
// holds a stack trace.
//
// errors.Is matches both the reason's sentinel (ErrDamaged, ErrEncrypted, …)
// and the cause (context.DeadlineExceeded for a Timeout, for example).
type Error struct {
	Path   string // the file, as given to Open
	Page   int    // 1-based page number, 0 for the whole document
	Reason Reason
	Err    error // the cause; may be nil
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Page > 0 {
		fmt.Fprintf(&b, " page %d", e.Page)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason.String())
	if e.Err != nil {
		cause := cleanText(e.Err.Error())
		if len(cause) > maxCause {
			cause = cause[:maxCause] + "…"
		}
		b.WriteString(": ")
		b.WriteString(cause)
	}
	return b.String()
}

// Unwrap returns the reason's sentinel and the cause.
func (e *Error) Unwrap() []error {
	errs := make([]error, 0, 2)
	if s := e.Reason.sentinel(); s != nil {
		errs = append(errs, s)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}

// panicError turns a recovered panic value into an error without a stack.
// The parsers panic on purpose on malformed input; a runtime error (index
// out of range, nil dereference) is a crash on input they did not foresee.
func panicError(v any) error {
	switch x := v.(type) {
	case runtime.Error:
		return fmt.Errorf("parser crashed: %w", x)
	case error:
		return x
	}
	return fmt.Errorf("%v", v)
}
