package pdf

// A small, allocation-light tokenizer for content streams and CMaps. It never
// panics: malformed input becomes stray bytes that are skipped, so a damaged
// stream loses only the operators it garbles.

type kind uint8

const (
	kNull  kind = iota
	kNum        // num
	kStr        // b holds the decoded string bytes
	kName       // b holds the name without the slash
	kArray      // arr holds the elements (numbers, strings, names)
	kOther      // dictionaries, booleans, nested arrays
)

type operand struct {
	kind kind
	num  float64
	b    []byte
	arr  []operand
}

// lexer reads tokens from data. Strings and names with escapes are decoded
// into scratch, and array elements are stored in elems; both are reset by
// reset, after each operator, so slices into them live until then.
type lexer struct {
	data    []byte
	pos     int
	scratch []byte
	elems   []operand
}

func (lx *lexer) reset() {
	lx.scratch = lx.scratch[:0]
	lx.elems = lx.elems[:0]
}

func isSpace(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0:
		return true
	}
	return false
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isRegular(c byte) bool { return !isSpace(c) && !isDelim(c) }

// skipSpace skips white space and comments; it reports whether a token
// follows.
func (lx *lexer) skipSpace() bool {
	d := lx.data
	for lx.pos < len(d) {
		c := d[lx.pos]
		switch {
		case isSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(d) && d[lx.pos] != '\n' && d[lx.pos] != '\r' {
				lx.pos++
			}
		default:
			return true
		}
	}
	return false
}

// next reads one token. An operator (a bare keyword) is returned as op with
// ok true and isOp true; an operand is returned in v. At the end of the data
// ok is false.
func (lx *lexer) next() (v operand, op []byte, isOp, ok bool) {
	for {
		if !lx.skipSpace() {
			return operand{}, nil, false, false
		}
		d := lx.data
		c := d[lx.pos]
		switch {
		case c == '/':
			lx.pos++
			return operand{kind: kName, b: lx.readName()}, nil, false, true
		case c == '(':
			lx.pos++
			return operand{kind: kStr, b: lx.readLiteral()}, nil, false, true
		case c == '<':
			if lx.pos+1 < len(d) && d[lx.pos+1] == '<' {
				lx.skipDict()
				return operand{kind: kOther}, nil, false, true
			}
			lx.pos++
			return operand{kind: kStr, b: lx.readHex()}, nil, false, true
		case c == '[':
			lx.pos++
			return lx.readArray(0), nil, false, true
		case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
			return operand{kind: kNum, num: lx.readNumber()}, nil, false, true
		case isDelim(c):
			lx.pos++ // a stray ) > ] { } : skip it
		default:
			start := lx.pos
			for lx.pos < len(d) && isRegular(d[lx.pos]) {
				lx.pos++
			}
			w := d[start:lx.pos]
			switch string(w) {
			case "true", "false", "null":
				return operand{kind: kOther}, nil, false, true
			}
			return operand{}, w, true, true
		}
	}
}

func (lx *lexer) readName() []byte {
	d := lx.data
	start := lx.pos
	esc := false
	for lx.pos < len(d) && isRegular(d[lx.pos]) {
		if d[lx.pos] == '#' {
			esc = true
		}
		lx.pos++
	}
	if !esc {
		return d[start:lx.pos]
	}
	s := len(lx.scratch)
	for i := start; i < lx.pos; i++ {
		c := d[i]
		if c == '#' && i+2 < lx.pos {
			if h, ok := unhex2(d[i+1], d[i+2]); ok {
				lx.scratch = append(lx.scratch, h)
				i += 2
				continue
			}
		}
		lx.scratch = append(lx.scratch, c)
	}
	return lx.scratch[s:]
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func unhex2(a, b byte) (byte, bool) {
	x, ok1 := unhex(a)
	y, ok2 := unhex(b)
	return x<<4 | y, ok1 && ok2
}

// readLiteral reads a (string) after its opening parenthesis.
func (lx *lexer) readLiteral() []byte {
	d := lx.data
	s := len(lx.scratch)
	depth := 1
	for lx.pos < len(d) {
		c := d[lx.pos]
		lx.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return lx.scratch[s:]
			}
		case '\\':
			if lx.pos >= len(d) {
				return lx.scratch[s:]
			}
			c = d[lx.pos]
			lx.pos++
			switch c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.pos < len(d) && d[lx.pos] == '\n' {
					lx.pos++
				}
				continue
			case '\n':
				continue
			default:
				if c >= '0' && c <= '7' {
					x := int(c - '0')
					for k := 0; k < 2 && lx.pos < len(d) && d[lx.pos] >= '0' && d[lx.pos] <= '7'; k++ {
						x = x*8 + int(d[lx.pos]-'0')
						lx.pos++
					}
					c = byte(x)
				}
			}
		}
		lx.scratch = append(lx.scratch, c)
	}
	return lx.scratch[s:]
}

// readHex reads a <hex string> after its opening bracket.
func (lx *lexer) readHex() []byte {
	d := lx.data
	s := len(lx.scratch)
	var hi byte
	half := false
	for lx.pos < len(d) {
		c := d[lx.pos]
		lx.pos++
		if c == '>' {
			break
		}
		x, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			lx.scratch = append(lx.scratch, hi<<4|x)
		} else {
			hi = x
		}
		half = !half
	}
	if half {
		lx.scratch = append(lx.scratch, hi<<4)
	}
	return lx.scratch[s:]
}

// readNumber reads a number leniently: "--5" is -5, "1.2.3" is 1.2.
func (lx *lexer) readNumber() float64 {
	d := lx.data
	neg := false
	for lx.pos < len(d) && (d[lx.pos] == '-' || d[lx.pos] == '+') {
		if d[lx.pos] == '-' {
			neg = !neg
		}
		lx.pos++
	}
	var x float64
	for lx.pos < len(d) && d[lx.pos] >= '0' && d[lx.pos] <= '9' {
		x = x*10 + float64(d[lx.pos]-'0')
		lx.pos++
	}
	if lx.pos < len(d) && d[lx.pos] == '.' {
		lx.pos++
		f := 0.1
		for lx.pos < len(d) && d[lx.pos] >= '0' && d[lx.pos] <= '9' {
			x += float64(d[lx.pos]-'0') * f
			f /= 10
			lx.pos++
		}
	}
	// Swallow the rest of a malformed number ("1.2.3", "4e5") so that it
	// does not read as an operator.
	for lx.pos < len(d) && isRegular(d[lx.pos]) {
		lx.pos++
	}
	if neg {
		x = -x
	}
	return x
}

const maxNesting = 64

// readArray reads an array after its opening bracket. Elements of nested
// arrays and dictionaries are skipped.
func (lx *lexer) readArray(depth int) operand {
	start := len(lx.elems)
	d := lx.data
	for {
		if !lx.skipSpace() {
			break
		}
		c := d[lx.pos]
		if c == ']' {
			lx.pos++
			break
		}
		if c == '[' {
			lx.pos++
			if depth < maxNesting {
				lx.readArray(depth + 1)
			}
			lx.elems = append(lx.elems, operand{kind: kOther})
			continue
		}
		v, _, isOp, ok := lx.next()
		if !ok {
			break
		}
		if isOp {
			continue // a keyword inside an array: ignore it
		}
		lx.elems = append(lx.elems, v)
	}
	if depth > 0 {
		lx.elems = lx.elems[:start]
		return operand{kind: kOther}
	}
	return operand{kind: kArray, arr: lx.elems[start:len(lx.elems):len(lx.elems)]}
}

// skipDict skips a << dictionary >>, nested ones included.
func (lx *lexer) skipDict() {
	d := lx.data
	depth := 0
	for lx.pos < len(d) {
		c := d[lx.pos]
		switch {
		case c == '<' && lx.pos+1 < len(d) && d[lx.pos+1] == '<':
			depth++
			lx.pos += 2
		case c == '>' && lx.pos+1 < len(d) && d[lx.pos+1] == '>':
			depth--
			lx.pos += 2
			if depth <= 0 {
				return
			}
		case c == '(':
			lx.pos++
			s := len(lx.scratch)
			lx.readLiteral()
			lx.scratch = lx.scratch[:s]
		case c == '<':
			lx.pos++
			s := len(lx.scratch)
			lx.readHex()
			lx.scratch = lx.scratch[:s]
		case c == '%':
			lx.skipSpace()
		default:
			lx.pos++
		}
	}
}

// skipInlineImage skips the data of an inline image, from just after the
// BI operator to just after its EI. It uses /L or /Length when the image
// dictionary gives one, and otherwise looks for an EI between white space.
func (lx *lexer) skipInlineImage() {
	d := lx.data
	length := -1
	var key []byte
	for {
		v, op, isOp, ok := lx.next()
		if !ok {
			return
		}
		if isOp {
			if string(op) == "ID" {
				break
			}
			if string(op) == "EI" {
				return
			}
			continue
		}
		if v.kind == kName && key == nil {
			key = v.b
			continue
		}
		if v.kind == kNum && (string(key) == "L" || string(key) == "Length") {
			length = int(v.num)
		}
		key = nil
	}
	if lx.pos < len(d) && isSpace(d[lx.pos]) {
		lx.pos++
	}
	if length >= 0 && lx.pos+length <= len(d) {
		lx.pos += length
	}
	for i := lx.pos; i+1 < len(d); i++ {
		if d[i] == 'E' && d[i+1] == 'I' && (i == 0 || isSpace(d[i-1])) && (i+2 == len(d) || isSpace(d[i+2]) || isDelim(d[i+2])) {
			lx.pos = i + 2
			return
		}
	}
	lx.pos = len(d)
}
