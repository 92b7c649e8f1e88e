package main

import (
	"errors"
	"io"
)

// runServe serves the index over HTTP. (Being written: issue 4.)
func runServe(args []string, stdout, stderr io.Writer) error {
	return errors.New("serve: not built yet")
}

// runSearch searches from the terminal. (Being written: issue 4.)
func runSearch(args []string, stdout, stderr io.Writer) error {
	return errors.New("search: not built yet")
}
