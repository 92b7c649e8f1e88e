//go:build !linux

package isolate

import (
	"os"
	"os/exec"
)

// setProcAttr does nothing outside Linux.
func setProcAttr(*exec.Cmd) {}

// capMemory does nothing outside Linux: the child's soft limit
// (debug.SetMemoryLimit) and the time limit still apply.
func capMemory(int, int64) error { return nil }

// maxRSS is not measured outside Linux.
func maxRSS(*os.ProcessState) int64 { return 0 }

// dataLimit is unused outside Linux.
func dataLimit(n int64) int64 { return n }

// watchMemory does nothing outside Linux.
func watchMemory(int, int64, <-chan struct{}, func()) {}
