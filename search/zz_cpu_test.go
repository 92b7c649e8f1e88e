package search

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	dir := t.TempDir()
	if _, err := Build(dir, syntheticCorpus(t, 300)); err != nil {
		t.Fatal(err)
	}
	ix, _ := Open(dir)
	defer ix.Close()
	for _, r := range benchRequests {
		for range 50 {
			ix.Search(context.Background(), r)
		}
		n := 500
		c0 := cpuNow()
		for range n {
			ix.Search(context.Background(), r)
		}
		fmt.Printf("%-60q cpu/op %v\n", fmt.Sprint(r.Query, r.Filters), (cpuNow()-c0)/time.Duration(n))
	}
	c := syntheticCorpus(t, 10000)
	for range 2 {
		c0, w0 := cpuNow(), time.Now()
		Build(t.TempDir(), c)
		fmt.Println("build 10k cpu", cpuNow()-c0, "wall", time.Since(w0))
	}
}
