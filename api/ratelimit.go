package api

import (
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter keeps a token bucket per client. Buckets of clients idle long
// enough to have refilled are dropped: a new bucket is full too.
type limiter struct {
	rate  rate.Limit
	burst int
	idle  time.Duration // after which a client is forgotten

	mu        sync.Mutex
	clients   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// minIdle is the least time a client's bucket is kept.
const minIdle = time.Minute

func newLimiter(perSecond float64, burst int) *limiter {
	refill := time.Duration(float64(burst) / perSecond * float64(time.Second))
	return &limiter{
		rate:    rate.Limit(perSecond),
		burst:   burst,
		idle:    max(minIdle, 2*refill),
		clients: map[string]*bucket{},
	}
}

// allow takes a token from client's bucket at now. When there is none it
// returns false and how long until there is.
func (l *limiter) allow(client string, now time.Time) (ok bool, retry time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) >= l.idle {
		for k, b := range l.clients {
			if now.Sub(b.seen) >= l.idle {
				delete(l.clients, k)
			}
		}
		l.lastSweep = now
	}
	b := l.clients[client]
	if b == nil {
		b = &bucket{lim: rate.NewLimiter(l.rate, l.burst)}
		l.clients[client] = b
	}
	b.seen = now
	res := b.lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 || !res.OK() {
		res.CancelAt(now)
		if !res.OK() {
			d = time.Second
		}
		return false, d
	}
	return true, 0
}

// size returns the number of clients tracked.
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// rateLimit answers 429 with Retry-After to a client that exceeds its rate.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	if s.limiter == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ok, retry := s.limiter.allow(s.clientKey(r), time.Now()); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(retry.Seconds()))))
			s.serveError(w, r, errRateLimited)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// clientKey identifies the client of r for rate limiting: its IPv4 address
// or its IPv6 /64 network (one subscriber's usual allocation).
func (s *Server) clientKey(r *http.Request) string {
	addr := r.RemoteAddr
	if host, _, err := net.SplitHostPort(addr); err == nil {
		addr = host
	}
	if s.cfg.TrustProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			last := xff[len(xff)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			if last = strings.TrimSpace(last); last != "" {
				addr = last
			}
		}
	}
	ip, err := netip.ParseAddr(addr)
	if err != nil {
		if len(addr) > 64 {
			addr = addr[:64]
		}
		return addr
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}
