//go:build !linux

package isolate

import "os/exec"

// setProcAttr does nothing outside Linux.
func setProcAttr(*exec.Cmd) {}

// capMemory does nothing outside Linux: the child's soft limit
// (debug.SetMemoryLimit) and the time limit still apply.
func capMemory(int, int64) error { return nil }

// dataLimit is unused outside Linux.
func dataLimit(n int64) int64 { return n }

// watchMemory waits for stop: the resident size is not read outside Linux.
func watchMemory(_ int, _ int64, stop <-chan struct{}, _ func()) (peak, peakData int64) {
	<-stop
	return 0, 0
}

// SelfPeak is this process's resident high-water mark in bytes: not
// measured outside Linux.
func SelfPeak() int64 { return 0 }
