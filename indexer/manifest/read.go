package manifest

import (
	"fmt"
	"io"
	"os"
)

// MaxFileSize bounds corpus.json and taxonomy.json (bytes): they are
// read by the indexer itself, not by a worker bounded in memory.
const MaxFileSize = 16 << 20

// readFile reads a regular file of at most MaxFileSize bytes. Anything
// else — a directory, a FIFO (which would block), a device such as
// /dev/zero, or a larger file — is an error naming it. A missing file's
// error wraps fs.ErrNotExist.
func readFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkFile(path, fi); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been replaced since Stat.
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkFile(path, fi); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", path, MaxFileSize>>20)
	}
	return data, nil
}

func checkFile(path string, fi os.FileInfo) error {
	switch m := fi.Mode(); {
	case m.IsRegular():
	case m.IsDir():
		return fmt.Errorf("%s: is a directory, not a file", path)
	case m&os.ModeNamedPipe != 0:
		return fmt.Errorf("%s: is a named pipe (FIFO), not a regular file", path)
	case m&os.ModeDevice != 0:
		return fmt.Errorf("%s: is a device, not a regular file", path)
	default:
		return fmt.Errorf("%s: not a regular file", path)
	}
	if fi.Size() > MaxFileSize {
		return fmt.Errorf("%s: larger than %d MiB (%d bytes)", path, MaxFileSize>>20, fi.Size())
	}
	return nil
}
