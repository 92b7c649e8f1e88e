package main

import (
	"os"
	"syscall"
)

// maxRSS is a finished process's own peak resident memory in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10
	}
	return 0
}
