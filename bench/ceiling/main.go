// Command ceiling is the HTTP ceiling of the load benchmark: a server that
// answers every request with the same JSON body of a given size, with no
// work behind it, on the same net/http stack as `confsearch serve`. Its
// throughput under the same load generator, in the same run, is the most
// any handler could do on the machine.
//
// Usage:
//
//	ceiling -addr 127.0.0.1:PORT -size BYTES
package main

import (
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18090", "address to listen on")
	size := flag.Int("size", 5000, "bytes of the JSON body")
	flag.Parse()
	body := fixedBody(*size)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	})
	srv := &http.Server{Addr: *addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "ceiling:", err)
		os.Exit(1)
	}
}

// fixedBody returns a JSON object of n bytes (at least 10).
func fixedBody(n int) []byte {
	const head, tail = `{"pad":"`, `"}`
	return []byte(head + strings.Repeat("x", max(n-len(head)-len(tail), 0)) + tail)
}
