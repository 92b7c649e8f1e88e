package api

import (
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/osce-tools/confsearch/search"
)

// metrics are the Prometheus metrics of one Server, in a registry of its
// own (no global state: two servers in one process do not collide).
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	cache    *prometheus.CounterVec // by result: hit, miss
	timeouts prometheus.Counter
}

// routeOther labels requests that matched no route (404s, 405s).
const routeOther = "other"

func newMetrics(index func() search.Searcher, reloads func() (swaps, failures int64)) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "confsearch_http_requests_total",
			Help: "HTTP requests by route template and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "confsearch_http_request_duration_seconds",
			Help:    "HTTP request latency by route template.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route"}),
		cache: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "confsearch_search_cache_requests_total",
			Help: "Searches answered from the response cache (result=hit) or run (result=miss).",
		}, []string{"result"}),
		timeouts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "confsearch_search_timeouts_total",
			Help: "Requests that ran out of their search time limit.",
		}),
	}
	m.cache.WithLabelValues("hit")
	m.cache.WithLabelValues("miss")
	m.reg.MustRegister(
		m.requests,
		m.latency,
		m.cache,
		m.timeouts,
		buildInfo(),
		newIndexCollector(index),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	if reloads != nil {
		m.reg.MustRegister(
			prometheus.NewCounterFunc(prometheus.CounterOpts{
				Name: "confsearch_index_reloads_total",
				Help: "Index reloads that swapped in a new generation.",
			}, func() float64 { n, _ := reloads(); return float64(n) }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{
				Name: "confsearch_index_reload_failures_total",
				Help: "Index reloads that failed (the served index stayed).",
			}, func() float64 { _, n := reloads(); return float64(n) }),
		)
	}
	return m
}

// buildInfo is the gauge confsearch_build_info: always 1, labelled with the
// module version, the VCS revision and the Go version of the binary.
func buildInfo() prometheus.Collector {
	version, revision, goVersion := "(devel)", "unknown", runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && s.Value != "" {
				revision = s.Value
			}
		}
	}
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name:        "confsearch_build_info",
		Help:        "Always 1, labelled with the version, VCS revision and Go version of the binary.",
		ConstLabels: prometheus.Labels{"version": version, "revision": revision, "goversion": goVersion},
	}, func() float64 { return 1 })
}

// indexCollector reports the index being served at the time of a scrape.
type indexCollector struct {
	index                        func() search.Searcher
	loaded, generation, passages *prometheus.Desc
}

func newIndexCollector(index func() search.Searcher) *indexCollector {
	return &indexCollector{
		index: index,
		loaded: prometheus.NewDesc("confsearch_index_loaded",
			"1 when an index is loaded, else 0.", nil, nil),
		generation: prometheus.NewDesc("confsearch_index_generation_info",
			"Always 1, labelled with the generation of the loaded index.", []string{"generation"}, nil),
		passages: prometheus.NewDesc("confsearch_index_passages",
			"Passages in the loaded index.", nil, nil),
	}
}

func (c *indexCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.loaded
	ch <- c.generation
	ch <- c.passages
}

func (c *indexCollector) Collect(ch chan<- prometheus.Metric) {
	idx := c.index()
	if idx == nil {
		ch <- prometheus.MustNewConstMetric(c.loaded, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.loaded, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.generation, prometheus.GaugeValue, 1, idx.Generation())
	ch <- prometheus.MustNewConstMetric(c.passages, prometheus.GaugeValue, float64(passageCount(idx)))
}

// measure counts requests and observes their latency by route.
func (m *metrics) measure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := record(w)
		next.ServeHTTP(rec, r)
		route := routeName(r)
		if route == "" {
			route = routeOther
		}
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
		m.requests.WithLabelValues(route, strconv.Itoa(rec.code())).Inc()
	})
}

// handler serves the metrics in the Prometheus text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
