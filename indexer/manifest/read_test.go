//go:build unix

package manifest

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFiles: corpus.json and taxonomy.json that are no regular
// file, or too large, fail at once with an error naming the file: a FIFO
// never blocks, /dev/zero is never read.
func TestSpecialFiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func(t *testing.T, path string) // nil: the file is absent
		want string
	}{
		{"directory", func(t *testing.T, p string) { mustDo(t, os.Mkdir(p, 0o755)) }, "is a directory"},
		{"fifo", func(t *testing.T, p string) { mustDo(t, syscall.Mkfifo(p, 0o644)) }, "named pipe"},
		{"dev zero", func(t *testing.T, p string) {
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Skip("no /dev/zero")
			}
			mustDo(t, os.Symlink("/dev/zero", p))
		}, "is a device"},
		{"too large", func(t *testing.T, p string) {
			f, err := os.Create(p)
			mustDo(t, err)
			mustDo(t, f.Truncate(MaxFileSize+1)) // sparse
			mustDo(t, f.Close())
		}, "larger than 16 MiB"},
		{"dangling symlink", func(t *testing.T, p string) { mustDo(t, os.Symlink("nowhere.json", p)) }, ""},
	} {
		for _, file := range []string{FileName, "taxonomy.json"} {
			t.Run(tc.name+"/"+file, func(t *testing.T) {
				dir := t.TempDir()
				p := filepath.Join(dir, file)
				tc.make(t, p)
				done := make(chan error, 1)
				go func() {
					var err error
					if file == FileName {
						_, err = Load(dir)
					} else {
						_, err = LoadTaxonomy(p)
					}
					done <- err
				}()
				var err error
				select {
				case err = <-done:
				case <-time.After(10 * time.Second):
					t.Fatal("still reading after 10 s")
				}
				if tc.want == "" { // a dangling corpus.json is an absent one
					if file == FileName && err != nil {
						t.Errorf("Load: %v, want no manifest", err)
					}
					if file != FileName && err == nil {
						t.Error("LoadTaxonomy of a dangling link: no error")
					}
					return
				}
				if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
					t.Errorf("error %v, want %q naming %s", err, tc.want, p)
				}
			})
		}
	}
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
