package markup

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func TestTextProgramme(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "programme.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	blocks, meta, err := Text(f)
	if err != nil {
		t.Fatalf("Text: %v", err)
	}
	want := []doc.Block{
		heading(1, plain("24TH ALLIANCE AGAINST TRAFFICKING IN PERSONS CONFERENCE")),
		para(plain("Beyond Awareness-Raising: Reshaping Human Trafficking Prevention")),
		heading(2, plain("Vienna, 15-16 April 2024")),
		heading(1, plain("Monday, 15 April 2024")),
		para(plain("09:00 Registration of participants")),
		para(plain("09:30–10:00 Opening session Welcome remarks by the Chairpersonship and the Special Representative")),
		heading(2, plain("Session I")),
		para(plain("10:00–11:30 Prevention through the lens of demand: what works, and what does not. Moderated by an international expert on labour exploitation.")),
		para(plain("Speakers:")),
		item(plain("Helga Maria Schmid, Secretary General")),
		item(plain("Kari Johnstone, Acting Special Representative")),
		para(plain("Participants are invited to the reception.")),
	}
	if d := diffBlocks(want, blocks); d != "" {
		t.Errorf("blocks (-want +got):\n%s", d)
	}
	if want := (doc.Meta{Title: "24TH ALLIANCE AGAINST TRAFFICKING IN PERSONS CONFERENCE"}); meta != want {
		t.Errorf("meta = %+v, want %+v", meta, want)
	}
}

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      []doc.Block
		wantTitle string
	}{
		{"empty", "", nil, ""},
		{"blank lines only", "\n \r\n\t\n", nil, ""},
		{"title is first line without heading", "First line of text.\nSecond line.",
			[]doc.Block{para(plain("First line of text. Second line."))}, "First line of text."},
		{"CRLF and CR line ends", "one\r\ntwo\rthree.", []doc.Block{para(plain("one two three."))}, "one"},
		{"caps line heads its group", "INTRODUCTION\nThe conference opened.",
			[]doc.Block{heading(1, plain("INTRODUCTION")), para(plain("The conference opened."))}, "INTRODUCTION"},
		{"caps line inside a group is text", "The report of the\nOSCE AND UNODC\nfollows.",
			[]doc.Block{para(plain("The report of the OSCE AND UNODC follows."))}, "The report of the"},
		{"short line alone is a heading", "Background\n\nText follows here.",
			[]doc.Block{heading(2, plain("Background")), para(plain("Text follows here."))}, "Background"},
		{"short line with terminal punctuation is not", "Thank you.\n\nQuestions?",
			[]doc.Block{para(plain("Thank you.")), para(plain("Questions?"))}, "Thank you."},
		{"long line alone is not a heading", strings.Repeat("word ", 20),
			[]doc.Block{para(plain(strings.TrimSpace(strings.Repeat("word ", 20))))}, strings.TrimSpace(strings.Repeat("word ", 20))},
		{"digits only are not a heading", "2024\n\n12 345", []doc.Block{para(plain("2024")), para(plain("12 345"))}, "2024"},
		{"underlined headings", "Title\n=====\nSub\n---\nBody text.",
			[]doc.Block{heading(1, plain("Title")), heading(2, plain("Sub")), para(plain("Body text."))}, "Title"},
		{"underline after a paragraph line is a separator", "Some text\ncontinues\n---\nmore.",
			[]doc.Block{para(plain("Some text continues")), para(plain("more."))}, "Some text"},
		{"separator lines", "a.\n\n* * *\n\n-----\n\nb.", []doc.Block{para(plain("a.")), para(plain("b."))}, "a."},
		{"bullets and continuation", "- first item\n  continued\n• second\n– third",
			[]doc.Block{item(plain("first item continued")), item(plain("second")), item(plain("third"))}, "- first item"},
		{"time starts an entry", "09:00 Coffee\n9:30-10:00 Opening\nremarks\n10:00am is not 10:000",
			[]doc.Block{para(plain("09:00 Coffee")), para(plain("9:30-10:00 Opening remarks")), para(plain("10:00am is not 10:000"))}, "09:00 Coffee"},
		{"hyphenation rejoined", "the exploita-\ntion of victims",
			[]doc.Block{para(plain("the exploitation of victims"))}, "the exploita-"},
		{"compound kept when written elsewhere", "anti-trafficking work and anti-\ntrafficking units",
			[]doc.Block{para(plain("anti-trafficking work and anti-trafficking units"))}, "anti-trafficking work and anti-"},
		{"capitalised part keeps hyphen", "the OSCE-\nwide approach.",
			[]doc.Block{para(plain("the OSCE-wide approach."))}, "the OSCE-"},
		{"capitalised next part keeps hyphen", "a Trans-\nAtlantic link.",
			[]doc.Block{para(plain("a Trans-Atlantic link."))}, "a Trans-"},
		{"spaced dash joins with space", "first part -\nsecond part.",
			[]doc.Block{para(plain("first part - second part."))}, "first part -"},
		{"soft hyphen at line end", "traffick\u00AD\ning victims.", []doc.Block{para(plain("trafficking victims."))}, "traffick"},
		{"ligatures and spaces", "ﬁnancial\u00A0\u00A0ﬂows\tand\u200Bdata.",
			[]doc.Block{para(plain("financial flows anddata."))}, "financial flows anddata."},
		{"title cut at a word", strings.Repeat("abcdefghi ", 30) + ".",
			[]doc.Block{para(plain(strings.Repeat("abcdefghi ", 30) + "."))}, strings.TrimSpace(strings.Repeat("abcdefghi ", 20)) + "…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, meta, err := Text(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("Text: %v", err)
			}
			if d := diffBlocks(tc.want, got); d != "" {
				t.Errorf("blocks (-want +got):\n%s", d)
			}
			if meta.Title != tc.wantTitle {
				t.Errorf("title = %q, want %q", meta.Title, tc.wantTitle)
			}
		})
	}
}

func TestTextInput(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		wantErr error
		blocks  int
	}{
		{"invalid UTF-8", []byte("caf\xe9"), ErrNotText, 0},
		{"binary", []byte("%PDF-1.7\n\x00\x01\x02"), ErrNotText, 0},
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), ErrTooLarge, 0},
		{"huge single line", bytes.Repeat([]byte("word "), 1<<20), nil, 1},
		{"byte order mark", []byte("\xef\xbb\xbfHello there."), nil, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			blocks, _, err := Text(bytes.NewReader(tc.in))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Text error = %v, want %v", err, tc.wantErr)
			}
			if len(blocks) != tc.blocks {
				t.Errorf("got %d blocks, want %d", len(blocks), tc.blocks)
			}
			checkBlocks(t, blocks)
		})
	}
}

func FuzzText(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "programme.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("a-\n-\n\u00AD\n- \n1:00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		blocks, _, err := Text(bytes.NewReader(in))
		if err != nil {
			return
		}
		checkBlocks(t, blocks)
	})
}
