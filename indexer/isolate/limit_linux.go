package isolate

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// setProcAttr makes the child die with the parent: a parent killed in the
// middle of a build leaves no worker behind.
func setProcAttr(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// capMemory sets the child's RLIMIT_DATA (soft and hard) to n bytes.
func capMemory(pid int, n int64) error {
	lim := unix.Rlimit{Cur: uint64(n), Max: uint64(n)}
	return unix.Prlimit(pid, unix.RLIMIT_DATA, &lim, nil)
}

// watchInterval is how often the parent reads a child's resident size.
const watchInterval = 20 * time.Millisecond

// dataLimit is the RLIMIT_DATA of a child limited to n resident bytes: the
// Go runtime maps more than it touches.
func dataLimit(n int64) int64 { return n + n/2 }

// watchMemory reads the resident size of process pid every watchInterval
// until stop is closed, and calls kill when it exceeds limit. It returns
// the largest resident size it read, and the largest size of the data
// segment (what RLIMIT_DATA caps).
func watchMemory(pid int, limit int64, stop <-chan struct{}, kill func()) (peak, peakData int64) {
	path := fmt.Sprintf("/proc/%d/statm", pid)
	page := int64(os.Getpagesize())
	t := time.NewTicker(watchInterval)
	defer t.Stop()
	buf := make([]byte, 128)
	for {
		select {
		case <-stop:
			return peak, peakData
		case <-t.C:
		}
		rss, data := readStatm(path, buf)
		peak, peakData = max(peak, rss*page), max(peakData, data*page)
		if rss*page > limit {
			kill()
			<-stop
			return peak, peakData
		}
	}
}

// SelfPeak is this process's resident high-water mark (VmHWM) in bytes; 0
// outside Linux.
func SelfPeak() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// readStatm reads the resident pages and the data pages (data and stack)
// from a /proc/PID/statm ("size resident shared text lib data dt"); 0
// when it cannot.
func readStatm(path string, buf []byte) (resident, data int64) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0
	}
	n, _ := f.Read(buf)
	f.Close()
	fields := strings.Fields(string(buf[:n]))
	if len(fields) < 6 {
		return 0, 0
	}
	resident, _ = strconv.ParseInt(fields[1], 10, 64)
	data, _ = strconv.ParseInt(fields[5], 10, 64)
	return resident, data
}
