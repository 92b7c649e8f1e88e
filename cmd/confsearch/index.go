package main

import (
	"errors"
	"io"
)

func runIndex(args []string, stdout, stderr io.Writer) error {
	return errors.New("index: not built yet")
}

func runPassages(args []string, stdout, stderr io.Writer) error {
	return errors.New("passages: not built yet")
}
