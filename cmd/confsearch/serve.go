package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	"unicode"

	"golang.org/x/term"

	"github.com/osce-tools/confsearch/api"
	"github.com/osce-tools/confsearch/search"
	"github.com/osce-tools/confsearch/web"
)

// serveConfig is the configuration of the serve command.
type serveConfig struct {
	index      string
	addr       string
	origins    string // comma-separated
	rate       float64
	burst      int
	timeout    time.Duration
	reload     time.Duration
	baseURL    string
	title      string
	cache      int
	cacheMB    int
	trustProxy bool
	logFormat  string
}

// shutdownTimeout bounds the wait for requests in flight at shutdown.
const shutdownTimeout = 15 * time.Second

// parseServeFlags parses the flags of serve, with CONFSEARCH_ environment
// variables for those not given.
func parseServeFlags(args []string, stderr io.Writer) (serveConfig, error) {
	var c serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.index, "index", "index", "index directory (written by 'confsearch index')")
	fs.StringVar(&c.addr, "addr", "localhost:8080", "address to listen on, HOST:PORT")
	fs.StringVar(&c.origins, "origins", "*", "comma-separated origins that may call the API from a browser (CORS); * for any")
	fs.Float64Var(&c.rate, "rate", 20, "API requests per second allowed to one client; 0 for no limit")
	fs.IntVar(&c.burst, "burst", 40, "API requests one client may make at once")
	fs.DurationVar(&c.timeout, "timeout", api.DefaultSearchTimeout, "time limit of one search")
	fs.DurationVar(&c.reload, "reload", 2*time.Second, "how often to look for a rebuilt index; 0 to reload on SIGHUP only")
	fs.StringVar(&c.baseURL, "base-url", "", "public URL of the site, e.g. https://search.example.org, for absolute permalinks")
	fs.StringVar(&c.title, "title", web.DefaultTitle, "site title shown on the search page")
	fs.IntVar(&c.cache, "cache", api.DefaultCacheEntries, "search responses kept in memory (per index generation); 0 or less turns the cache off")
	fs.IntVar(&c.cacheMB, "cache-mb", api.DefaultCacheBytes>>20, "memory budget of the search response cache in MiB; a response over an eighth of it is not cached")
	fs.BoolVar(&c.trustProxy, "trust-proxy", false, "rate-limit by the last X-Forwarded-For address (behind a reverse proxy only)")
	fs.StringVar(&c.logFormat, "log", "text", "log format: text or json")
	if err := parseWithEnv(fs, args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	switch {
	case c.rate < 0:
		return c, errors.New("-rate must not be negative")
	case c.burst < 1 && c.rate > 0:
		return c, errors.New("-burst must be at least 1")
	case c.timeout <= 0:
		return c, errors.New("-timeout must be positive")
	case c.cacheMB < 1:
		return c, errors.New("-cache-mb must be at least 1")
	case c.reload < 0:
		return c, errors.New("-reload must not be negative")
	case c.logFormat != "text" && c.logFormat != "json":
		return c, fmt.Errorf("-log %q: want text or json", c.logFormat)
	}
	return c, nil
}

// parseWithEnv parses args into fs; each flag not on the command line takes
// the value of its CONFSEARCH_ variable (see envOr) when that is set.
func parseWithEnv(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || err != nil {
			return
		}
		if v := envOr(f.Name, ""); v != "" {
			if serr := fs.Set(f.Name, v); serr != nil {
				err = fmt.Errorf("environment for -%s: %w", f.Name, serr)
			}
		}
	})
	return err
}

// newLogger returns a logger writing to w in format "text" or "json".
func newLogger(format string, w io.Writer) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// runServe serves the index over HTTP until SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseServeFlags(args, stderr)
	if err != nil {
		return err
	}
	logger := newLogger(cfg.logFormat, stderr)
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	return serve(ctx, ln, cfg, logger, hup)
}

// serve serves on ln until ctx is done, then shuts down gracefully. The
// index is reloaded every cfg.reload and whenever reload receives.
func serve(ctx context.Context, ln net.Listener, cfg serveConfig, logger *slog.Logger, reload <-chan os.Signal) error {
	defer ln.Close()
	holder, err := search.NewHolder(cfg.index, search.WithLogger(logger))
	if err != nil {
		return err
	}
	defer holder.Close()
	var origins []string
	for _, o := range strings.Split(cfg.origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	handler := api.New(holder.Current, api.Config{
		AllowedOrigins: origins,
		RateLimit:      cfg.rate,
		RateBurst:      cfg.burst,
		TrustProxy:     cfg.trustProxy,
		SearchTimeout:  cfg.timeout,
		BaseURL:        cfg.baseURL,
		CacheEntries:   cacheEntries(cfg.cache),
		CacheBytes:     int64(cfg.cacheMB) << 20,
		Pages:          web.New(web.Options{Title: cfg.title, BaseURL: cfg.baseURL, Logger: logger}),
		Reloads:        holder.Reloads,
		Logger:         logger,
	})
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if cfg.reload > 0 {
		go holder.Watch(ctx, cfg.reload)
	}
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-reload:
				if _, err := holder.Reload(); err != nil {
					logger.Error("reload on SIGHUP", "err", err)
				}
			}
		}
	}()

	gen := ""
	if ix := holder.Get(); ix != nil {
		gen = ix.Generation()
	} else {
		logger.Warn("no index yet: /readyz answers 503 until 'confsearch index' builds one", "index", cfg.index, "err", holder.Err())
	}
	logger.Info("confsearch serve",
		"addr", ln.Addr().String(), "index", cfg.index, "generation", gen,
		"origins", cfg.origins, "rate", cfg.rate, "burst", cfg.burst,
		"timeout", cfg.timeout, "reload", cfg.reload, "base_url", cfg.baseURL, "cache", cfg.cache, "cache_mb", cfg.cacheMB,
		"trust_proxy", cfg.trustProxy, "log", cfg.logFormat)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, scancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer scancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// runSearch searches the index from the terminal. Flags may come before
// or after the query's words ("confsearch search forced labour -json");
// a word starting with "-" that is no flag is a query word (an exclusion),
// and every argument after "--" is one.
func runSearch(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: confsearch search [flags] QUERY... [flags]")
		fs.PrintDefaults()
	}
	index := fs.String("index", envOr("index", "index"), "index directory")
	asJSON := fs.Bool("json", false, "print the search result as JSON")
	params := url.Values{}
	param := func(name, usage string) {
		fs.Func(name, usage, func(v string) error { params.Add(name, v); return nil })
	}
	param("size", "hits to show (1 to 100; default 10)")
	param("page", "page of hits to show")
	param("sort", "relevance or document")
	for _, f := range []struct{ name, usage string }{
		{search.FacetSpeaker, "speaker id (repeatable: any of them)"},
		{search.FacetSession, "session label (repeatable)"},
		{search.FacetTopic, "topic (repeatable)"},
		{search.FacetKind, "passage kind: quote, statement, narrative, resource (repeatable)"},
		{search.FacetDoc, "document id (repeatable)"},
	} {
		param(f.name, f.usage)
	}
	flagArgs, words := splitArgs(fs, args)
	if err := fs.Parse(flagArgs); err != nil {
		return err
	}
	params.Set("q", strings.Join(words, " "))
	req, err := search.ParseRequest(params)
	if err != nil {
		return err
	}
	if req.Query == "" && req.Filters == nil {
		fs.Usage()
		return errors.New("no query")
	}

	ix, err := search.Open(*index)
	if err != nil {
		return err
	}
	defer ix.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := ix.Search(ctx, req)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	f, ok := stdout.(*os.File)
	bold := ok && term.IsTerminal(int(f.Fd())) && os.Getenv("NO_COLOR") == ""
	return printResult(stdout, res, req, bold)
}

// splitArgs separates the flags of fs (with their values) from the other
// arguments, wherever they stand: an argument is a flag when it names one
// of fs ("-json", "--size=5", "-size 5"); after "--" every argument is a
// word.
func splitArgs(fs *flag.FlagSet, args []string) (flags, words []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(words, args[i+1:]...)
		}
		name := strings.TrimLeft(a, "-")
		if len(a)-len(name) == 0 || len(a)-len(name) > 2 || name == "" {
			words = append(words, a)
			continue
		}
		name, _, hasValue := strings.Cut(name, "=")
		f := fs.Lookup(name)
		if f == nil && name != "h" && name != "help" {
			words = append(words, a) // an exclusion, "-word"
			continue
		}
		flags = append(flags, a)
		if f != nil && !hasValue && !isBoolFlag(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, words
}

// isBoolFlag reports whether f takes no value.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// printResult prints res for a terminal: per hit a heading line and the
// highlighted snippet, matches in bold (ANSI) or, when bold is false, in
// *asterisks*.
func printResult(w io.Writer, res *search.Result, req search.Request, bold bool) error {
	if res.Total == 0 {
		_, err := fmt.Fprintln(w, "No passages match.")
		return err
	}
	on, off := "*", "*"
	if bold {
		on, off = "\x1b[1m", "\x1b[22m"
	}
	size := req.Size
	if size <= 0 {
		size = search.DefaultSize
	}
	first := (max(req.Page, 1)-1)*size + 1
	for i, h := range res.Hits {
		who := "Unattributed"
		if h.Speaker != nil && h.Speaker.Name != "" {
			who = h.Speaker.Name
		}
		where := fmt.Sprintf("p. %d", h.Page)
		if h.Session != "" {
			where = h.Session + ", " + where
		}
		if _, err := fmt.Fprintf(w, "%d. %s (%s) [%s]\n   %s\n\n",
			first+i, plain(who), plain(where), plain(h.Kind), snippet(h, on, off)); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%d–%d of %d passages (%.1f ms)\n", first, first+len(res.Hits)-1, res.Total, res.TookMS)
	return err
}

// Private-use runes standing for <mark> and </mark> while a snippet is
// unescaped and cleaned.
const markOn, markOff = "\ue000", "\ue001"

// snippet returns h's highlight as plain text with the marked words between
// on and off.
func snippet(h search.Hit, on, off string) string {
	s := h.Highlight
	if s == "" {
		s = html.EscapeString(h.Text)
	}
	s = strings.NewReplacer("<mark>", markOn, "</mark>", markOff).Replace(s)
	s = plain(html.UnescapeString(s))
	return strings.NewReplacer(markOn, on, markOff, off).Replace(s)
}

// plain makes text from the index safe for a terminal: control characters
// (escape sequences among them) are dropped, line breaks become spaces.
func plain(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// cacheEntries maps the -cache flag to api.Config.CacheEntries, where 0
// means the default and a negative size turns the cache off.
func cacheEntries(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}
