#!/usr/bin/env bash
# bench/run.sh — every benchmark of docs/benchmarks.md, which it rewrites
# (`make bench` runs it). Figures are medians of several runs; comparisons
# are ratios of runs made side by side, alternating, in the same run.
#
# Environment:
#   SCALE=10k,100k     synthetic corpus sizes (10k, 100k, 1M or a number);
#                      1M takes long on 2 cores: SCALE=10k,100k,1M
#   RUNS=20            timed runs of each command of a comparison
#   SCALE_RUNS=3       builds per size up to 10k passages (1 above)
#   LOAD_SECS=10       seconds of each wrk run; LOAD_ROUNDS=3 rounds
#   REINDEX_SECS=20    load duration of the reindex-under-load test
#   OUT=docs/benchmarks.md   KEEP=1 keeps the work directory
#   RESULTS=bench/results    where each size's figures are recorded
#
# bench/run.sh -notes only replaces the notes at the end of $OUT with
# bench/notes.md, measuring nothing.
#
# It installs the Debian packages it needs (poppler-utils, wrk, jq, time,
# curl). All traffic goes to 127.0.0.1.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
cd "$ROOT"
. "$BENCH_DIR/lib.sh"

SCALE=${SCALE:-10k,100k}
RUNS=${RUNS:-20}
SCALE_RUNS=${SCALE_RUNS:-3}
LOAD_SECS=${LOAD_SECS:-10}
LOAD_ROUNDS=${LOAD_ROUNDS:-3}
REINDEX_SECS=${REINDEX_SECS:-20}
OUT=${OUT:-docs/benchmarks.md}
RESULTS=${RESULTS:-$BENCH_DIR/results} # recorded scale results, kept across runs
REPORT=corpus/report.pdf

NOTES_MARK='<!-- notes: bench/notes.md -->'
if [ "${1:-}" = -notes ]; then
  [ -f "$OUT" ] || { echo "no $OUT yet" >&2; exit 1; }
  { awk -v m="$NOTES_MARK" '$0 == m { exit } { print }' "$OUT"; echo "$NOTES_MARK"; cat "$BENCH_DIR/notes.md"; } >"$OUT.tmp"
  mv "$OUT.tmp" "$OUT"
  exit 0
fi

need_tools pdftotext:poppler-utils wrk:wrk jq:jq curl:curl /usr/bin/time:time
WORK=$(mktemp -d /tmp/confsearch-bench.XXXXXX)
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do stop_pid "$p"; done
  if [ -n "${KEEP:-}" ]; then echo "work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
export BIN_DIR=$WORK/bin
BIN=$BIN_DIR/confsearch
T0=$(date +%s)

log() { echo "[$(($(date +%s) - T0))s] $*" >&2; }

# --- build ---------------------------------------------------------------
log "building"
go build -o "$BIN" ./cmd/confsearch
for t in gencorpus query ceiling; do go build -o "$BIN_DIR/$t" "./bench/$t"; done
mkdir -p "$WORK/corpus" "$RESULTS"
cp "$REPORT" "$WORK/corpus/"
"$BIN" index -q -corpus "$WORK/corpus" -index "$WORK/index-report" >/dev/null

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain 2>/dev/null | grep -vc '^??' || true)

# ab_time RUNS: times CMD_A and CMD_B (arrays) alternately, RUNS times each
# after one untimed run of each, the order swapped every round; PREP (a
# function name, optional) runs before each command, untimed. Writes
# "wall user sys maxrss_kb" lines to $WORK/a.txt and $WORK/b.txt: wall time
# from bash's microsecond clock (time(1) rounds it to 10 ms, too coarse for
# pdftotext's 0.1 s), CPU time and peak memory from time(1).
ab_time() {
  local runs=$1 i which t=$WORK/time.txt t0 t1
  : >"$WORK/a.txt"
  : >"$WORK/b.txt"
  for ((i = 0; i <= runs; i++)); do
    for which in $( ((i % 2)) && echo "b a" || echo "a b"); do
      [ -z "${PREP:-}" ] || "$PREP"
      t0=$EPOCHREALTIME
      if [ "$which" = a ]; then
        /usr/bin/time -f '%U %S %M' -o "$t" "${CMD_A[@]}" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; return 1; }
      else
        /usr/bin/time -f '%U %S %M' -o "$t" "${CMD_B[@]}" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; return 1; }
      fi
      t1=$EPOCHREALTIME
      ((i == 0)) || echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') $(tail -1 "$t")" >>"$WORK/$which.txt"
    done
  done
}
# ab_stats prints: medianWallA medianWallB medianCPUA medianCPUB
# medianPairRatioWall medianPairRatioCPU maxrssA_MB maxrssB_MB.
ab_stats() {
  local a=$WORK/a.txt b=$WORK/b.txt
  echo "$(awk '{print $1}' "$a" | median) $(awk '{print $1}' "$b" | median)" \
    "$(awk '{print $2+$3}' "$a" | median) $(awk '{print $2+$3}' "$b" | median)" \
    "$(paste "$a" "$b" | awk '{print $1/$5}' | median)" \
    "$(paste "$a" "$b" | awk '{print ($2+$3)/($6+$7)}' | median)" \
    "$(awk '{print $4/1024}' "$a" | median) $(awk '{print $4/1024}' "$b" | median)"
}
fmt3() { awk -v x="$1" 'BEGIN { printf "%.3f", x }'; }
fmt2() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }
fmt0() { awk -v x="$1" 'BEGIN { printf "%.0f", x }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
verdict() { if le "$1" "$2"; then echo "met"; else echo "**not met**"; fi; } # value ≤ goal
verdict_ge() { if le "$2" "$1"; then echo "met"; else echo "**not met**"; fi; }

SUMMARY=$WORK/summary.md # rows of the summary table
DETAIL=$WORK/detail.md   # the sections
: >"$SUMMARY"
: >"$DETAIL"
row() { echo "| $1 | $2 | $3 | $4 |" >>"$SUMMARY"; }
say() { printf '%s\n' "$@" >>"$DETAIL"; }

# --- extraction ------------------------------------------------------------
log "extraction: confsearch extract -in-process vs pdftotext, $RUNS runs each"
CMD_A=("$BIN" extract -in-process "$REPORT")
CMD_B=(pdftotext "$REPORT" "$WORK/report.txt")
PREP=
ab_time "$RUNS"
read -r ewa ewb eca ecb erw erc ema emb < <(ab_stats)
say "## Extraction" "" \
  "\`confsearch extract -in-process $REPORT\` (extraction alone: \`index\` reads each document in a worker process, which the index build below includes) against \`pdftotext $REPORT out.txt\` (poppler $(pdftotext -v 2>&1 | head -1 | awk '{print $3}')), $RUNS runs of each, alternating; medians." "" \
  "| command | wall s | CPU s (user+sys) | max RSS MB |" "|---|---|---|---|" \
  "| confsearch extract | $(fmt3 "$ewa") | $(fmt2 "$eca") | $(fmt0 "$ema") |" \
  "| pdftotext | $(fmt3 "$ewb") | $(fmt2 "$ecb") | $(fmt0 "$emb") |" "" \
  "Ratio (median of the per-round ratios): **$(fmt2 "$erw")× wall**, $(fmt2 "$erc")× CPU time. Goal ≤ 2.5×: $(verdict "$erw" 2.5)." ""
row "extraction vs pdftotext (\`confsearch extract -in-process\` / \`pdftotext\`, wall)" "$(fmt2 "$erw")× (CPU $(fmt2 "$erc")×)" "≤ 2.5×" "$(verdict "$erw" 2.5)"

# --- extraction of the producer matrix --------------------------------------
log "extraction of the producer matrix vs pdftotext, $RUNS runs each"
BIN=$BIN RUNS=$RUNS MATRIX_SUMMARY=$WORK/matrix.txt "$BENCH_DIR/matrix.sh" >>"$DETAIL"
read -r mworst mfile <"$WORK/matrix.txt"
row "extraction of every producer-matrix PDF vs pdftotext (\`bench/matrix.sh\`; worst file: $mfile)" "$(fmt2 "$mworst")× at most" "≤ 2.5×" "$(verdict "$mworst" 2.5)"

# --- index build end to end ------------------------------------------------
log "index build end to end vs pdftotext, $RUNS runs each"
fresh_index() { rm -rf "$WORK/index-e2e"; }
CMD_A=("$BIN" index -q -corpus "$WORK/corpus" -index "$WORK/index-e2e")
PREP=fresh_index
ab_time "$RUNS"
PREP=
read -r iwa iwb ica icb irw irc ima imb < <(ab_stats)
PASSAGES=$("$BIN" index -q -corpus "$WORK/corpus" -index "$WORK/index-e2e" | sed -E 's/.* ([0-9]+) passages.*/\1/')
say "## Index build, end to end" "" \
  "\`confsearch index -q -corpus DIR -index NEW\` (DIR holds report.pdf alone; extraction, attribution, bleve build, fsync; $PASSAGES passages) against \`pdftotext $REPORT out.txt\`, $RUNS runs of each, alternating; medians." "" \
  "| command | wall s | CPU s (user+sys) | max RSS MB |" "|---|---|---|---|" \
  "| confsearch index | $(fmt3 "$iwa") | $(fmt2 "$ica") | $(fmt0 "$ima") |" \
  "| pdftotext | $(fmt3 "$iwb") | $(fmt2 "$icb") | $(fmt0 "$imb") |" "" \
  "Ratio: **$(fmt2 "$irw")× wall**, $(fmt2 "$irc")× CPU time. Goal ≤ 3×: $(verdict "$irw" 3)." ""
row "index build of the report vs pdftotext (\`confsearch index\` / \`pdftotext\`, wall)" "$(fmt2 "$irw")× (CPU $(fmt2 "$irc")×)" "≤ 3×" "$(verdict "$irw" 3)"

# --- scale -----------------------------------------------------------------
to_n() {
  case $1 in
  *[kK]) echo $((${1%[kK]} * 1000)) ;;
  *[mM]) echo $((${1%[mM]} * 1000000)) ;;
  *) echo "$1" ;;
  esac
}
scales=(${SCALE//,/ })
largest=${scales[-1]}
for s in "${scales[@]}"; do
  n=$(to_n "$s")
  runs=$SCALE_RUNS
  ((n <= 10000)) || runs=1
  qn=30
  ((n < 100000)) || qn=10
  ((n < 1000000)) || qn=5
  for ((r = 1; r <= runs; r++)); do
    log "scale $s: build $r/$runs"
    rm -rf "$WORK/scale-$s"
    prof=()
    [ "$s" != "$largest" ] || [ "$r" -ne "$runs" ] || prof=(-cpuprofile "$WORK/build.prof")
    /usr/bin/time -v -o "$WORK/timev.txt" "$BIN_DIR/gencorpus" -from "$WORK/index-report" -n "$n" \
      -index "$WORK/scale-$s" "${prof[@]}" >"$WORK/gen.json"
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/timev.txt")
    jq -c --argjson rss "$rss" '. + {max_rss_mb: $rss}' "$WORK/gen.json" >"$WORK/gen-$s-$r.json"
  done
  med() { jq -r "$1" "$WORK"/gen-"$s"-*.json | median; }
  log "scale $s: queries in process ($qn rounds)"
  qprof=()
  [ "$s" != "$largest" ] || qprof=(-cpuprofile "$WORK/search.prof")
  "$BIN_DIR/query" -index "$WORK/scale-$s" -n "$qn" -urls "$WORK/paths-$s.txt" "${qprof[@]}" >"$WORK/query-$s.json"
  log "scale $s: HTTP"
  port=$(free_port 18400)
  "$BIN" serve -index "$WORK/scale-$s" -addr "127.0.0.1:$port" -rate 0 -reload 0 -cache 0 2>"$WORK/serve-$s.log" &
  spid=$!
  PIDS+=("$spid")
  wait_ready "$port" 900
  rss_idle=$(rss_mb "$spid" VmRSS)
  wrk_json "$port" "$WORK/paths-$s.txt" "$LOAD_SECS" >"$WORK/wrk-$s.json"
  rss_hwm=$(rss_mb "$spid" VmHWM)
  stop_pid "$spid"
  jq -n --arg scale "$s" --arg date "$DATE" --arg commit "$COMMIT" --arg load "$LOAD_START" \
    --argjson runs "$runs" \
    --argjson pps "$(med .passages_per_s)" --argjson ppc "$(med .passages_per_cpu_s)" \
    --argjson bs "$(med .build_seconds)" --argjson bc "$(med .build_cpu_s)" --argjson rss "$(med .max_rss_mb)" \
    --argjson rssIdle "$rss_idle" --argjson rssHWM "$rss_hwm" \
    --slurpfile gen "$WORK/gen-$s-1.json" --slurpfile q "$WORK/query-$s.json" --slurpfile w "$WORK/wrk-$s.json" \
    '{scale: $scale, date: $date, commit: $commit, load: $load, build_runs: $runs,
      passages_per_s: $pps, passages_per_cpu_s: $ppc, build_s: $bs, build_cpu_s: $bc, build_max_rss_mb: $rss,
      gen: $gen[0], query: ($q[0] | del(.queries)), queries: $q[0].queries, http: $w[0],
      serve_rss_idle_mb: $rssIdle, serve_rss_hwm_mb: $rssHWM}' >"$RESULTS/scale-$s.json"
done

# results_by_size lists the recorded scale results, smallest first.
results_by_size() {
  local f
  for f in "$RESULTS"/scale-*.json; do
    [ -f "$f" ] && echo "$(to_n "$(jq -r .scale "$f")") $f"
  done | sort -n | cut -d' ' -f2-
}

# The scale table: this run's sizes and recorded ones.
say "## Scale: synthetic corpora" "" \
  "\`bench/gencorpus\` makes N passages out of the report's (\`-from\` the report's index): each synthetic document is a copy of the report's structure (153 passages: kinds, pages, sections, topics) whose texts are the report's sentences of the same kind dealt out again in a shuffled order; each document has its own id and sessions; speakers come from a pool where a person speaks in 4 documents on average (with a made-up surname, replaced in the text too); rare words (one passage only) get made-up spellings in all but one of √documents variants, so the vocabulary grows like Heaps' law; topics and kinds are shared. It then times \`search.Build\` (the code path of \`confsearch index\`) alone. Commands:" "" \
  '```' \
  "/usr/bin/time -v gencorpus -from INDEX_OF_REPORT -n N -index DIR   # build: passages/s, size, Maximum resident set size" \
  "query -index DIR -n ROUNDS                                          # in-process Index.Search latency, one at a time" \
  "confsearch serve -index DIR -rate 0 -reload 0 -cache 0 & wrk -t1 -c4 -d${LOAD_SECS}s -s bench/load.lua http://127.0.0.1:PORT -- paths.txt" \
  '```' "" \
  "Build figures are medians of $SCALE_RUNS builds up to 10k passages, one build above. Query latencies: every query of \`bench/query\` (the 9 gold-like queries, 6 with facet filters, 1 filters-only), facets and highlights included, 30 rounds below 100k passages, 10 at 100k, 5 at 1M; p99 over all their samples. \"filtered\" are the 7 requests with facet filters (each costs one bleve search more per filtered facet). HTTP: 4 connections, ${LOAD_SECS}s, same queries, response cache off (\`-cache 0\`) so that every request searches." "" \
  "| passages | docs | speakers | sessions | vocabulary | build passages/s (wall) | passages per CPU s | build s | build peak RSS MB | index on disk MB (bleve) | open s | search p50 / p99 ms | filtered p99 ms | CPU ms/search | HTTP req/s | HTTP p50 / p99 ms | serve RSS MB idle / peak | measured |" \
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for f in $(results_by_size); do
  jq -r --arg now "$DATE" '"| \(.gen.passages) | \(.gen.documents) | \(.gen.speakers) | \(.gen.sessions) | \(.gen.vocabulary) | \(.passages_per_s | floor) | \(.passages_per_cpu_s | floor) | \(.build_s * 10 | round / 10) | \(.build_max_rss_mb | round) | \(.gen.index_bytes / 1048576 | round) (\(.gen.bleve_bytes / 1048576 | round)) | \(.query.open_s * 100 | round / 100) | \(.query.all.p50_ms) / \(.query.all.p99_ms) | \(.query.filtered.p99_ms) | \(.query.cpu_ms_per_query * 100 | round / 100) | \(.http.rps | floor) | \(.http.latency_ms.p50) / \(.http.latency_ms.p99) | \(.serve_rss_idle_mb | round) / \(.serve_rss_hwm_mb | round) | \(if .date == $now then "this run" else "recorded \(.date), load \(.load)" end) |"' "$f" >>"$DETAIL"
done
say "" "Per query at the largest size of this run ($largest passages; ms):" "" "| query | filters | hits | p50 | p99 |" "|---|---|---|---|---|"
jq -r '.queries[] | "| \(.q) | \(.filters // {} | to_entries | map("\(.key)=\(.value | join("|"))") | join(", ")) | \(.total) | \(.p50_ms) | \(.p99_ms) |"' "$RESULTS/scale-$largest.json" >>"$DETAIL"
say ""
[ -f "$RESULTS/scale-1M.json" ] || say "1M passages is not in the default SCALE (it takes long on 2 cores): run \`SCALE=10k,100k,1M make bench\`; a recorded 1M row, when there is one, stays in the table with its date." ""

best=$(results_by_size | tail -1)
bscale=$(jq -r .scale "$best")
bpps=$(jq -r '.passages_per_s | floor' "$best")
bppc=$(jq -r '.passages_per_cpu_s | floor' "$best")
bp99=$(jq -r .query.filtered.p99_ms "$best")
bnote=$(jq -r --arg now "$DATE" 'if .date == $now then "" else " (recorded \(.date))" end' "$best")
row "build throughput at $bscale passages (\`gencorpus -n … -index\`)$bnote" "$bpps passages/s ($bppc per CPU s)" "≥ 20,000/s" "$(verdict_ge "$bpps" 20000)"
if [ "$bscale" = 1M ]; then
  row "facetted search p99 at 1M passages (\`bench/query\`, filtered)$bnote" "$bp99 ms" "≤ 50 ms" "$(verdict "$bp99" 50)"
else
  row "facetted search p99 at 1M passages" "not measured; at $bscale: $bp99 ms" "≤ 50 ms" "not measured"
fi

# --- load on the report's index ----------------------------------------------
log "load: serve (cache on and off) vs ceiling, $LOAD_ROUNDS rounds of ${LOAD_SECS}s"
"$BIN_DIR/query" -index "$WORK/index-report" -n 100 -urls "$WORK/paths.txt" >"$WORK/query-report.json"
# serve: the default server (its response cache on); nocache: -cache 0,
# every request searches; ceiling: the fixed body.
port=$(free_port 18400)
"$BIN" serve -index "$WORK/index-report" -addr "127.0.0.1:$port" -rate 0 -reload 0 2>"$WORK/serve-report.log" &
spid=$!
PIDS+=("$spid")
wait_ready "$port" 60
nport=$(free_port $((port + 1)))
"$BIN" serve -index "$WORK/index-report" -addr "127.0.0.1:$nport" -rate 0 -reload 0 -cache 0 2>"$WORK/serve-nocache.log" &
npid=$!
PIDS+=("$npid")
wait_ready "$nport" 60
rss_idle=$(rss_mb "$npid" VmRSS)
sizes=$(while read -r p; do curl -s -o /dev/null -w '%{size_download}\n' "http://127.0.0.1:$nport$p"; done <"$WORK/paths.txt")
body=$(fmt0 "$(echo "$sizes" | median)")
cport=$(free_port $((nport + 1)))
"$BIN_DIR/ceiling" -addr "127.0.0.1:$cport" -size "$body" &
cpid=$!
PIDS+=("$cpid")
wait_port "$cport" || { echo "ceiling did not start" >&2; exit 1; }
declare -A lport=([serve]=$port [nocache]=$nport [ceiling]=$cport)
for which in serve nocache ceiling; do wrk_json "${lport[$which]}" "$WORK/paths.txt" 2 >/dev/null; done # warm-up
for ((r = 1; r <= LOAD_ROUNDS; r++)); do
  order="serve nocache ceiling"
  ((r % 2)) || order="ceiling nocache serve"
  for which in $order; do
    wrk_json "${lport[$which]}" "$WORK/paths.txt" "$LOAD_SECS" >"$WORK/load-$which-$r.json"
  done
done
rss_after=$(rss_mb "$npid" VmRSS)
rss_hwm=$(rss_mb "$npid" VmHWM)
rss_hwm_cached=$(rss_mb "$spid" VmHWM)
stop_pid "$cpid"
stop_pid "$npid"
stop_pid "$spid"
lmed() { jq -r "$2" "$WORK"/load-"$1"-*.json | median; }
share() { # server: median of the per-round throughput shares of the ceiling, in %
  local r
  for ((r = 1; r <= LOAD_ROUNDS; r++)); do
    awk -v a="$(jq .rps "$WORK/load-$1-$r.json")" -v b="$(jq .rps "$WORK/load-ceiling-$r.json")" 'BEGIN { print 100 * a / b }'
  done | median
}
crps=$(lmed ceiling .rps) cp50=$(lmed ceiling .latency_ms.p50) cp99=$(lmed ceiling .latency_ms.p99)
srps=$(lmed serve .rps) sp50=$(lmed serve .latency_ms.p50) sp99=$(lmed serve .latency_ms.p99) sshare=$(share serve)
nrps=$(lmed nocache .rps) np50=$(lmed nocache .latency_ms.p50) np99=$(lmed nocache .latency_ms.p99) nshare=$(share nocache)
errs=$(cat "$WORK"/load-serve-*.json "$WORK"/load-nocache-*.json | jq -s 'map(.errors.status + .errors.connect + .errors.read + .errors.write + .errors.timeout) | add')
say "## Load: the report's index over HTTP" "" \
  "\`confsearch serve -index INDEX -addr 127.0.0.1:PORT -rate 0 -reload 0\` as deployed (its response cache on: the benchmark's queries repeat, so after the first round they are cache hits), the same with \`-cache 0\` (every request searches), and \`bench/ceiling -size $body\` (net/http answering a fixed JSON body of the median search response size, $body bytes, with no work: the machine's HTTP ceiling). The per-client rate limit is off (\`-rate 0\`): all load comes from one address. Each is loaded by \`wrk -t1 -c4 -d${LOAD_SECS}s -s bench/load.lua\` over the $(wc -l <"$WORK/paths.txt") benchmark queries ($(grep -c 'kind=\|topic=\|session=\|speaker=\|doc=' "$WORK/paths.txt") with facet filters), $LOAD_ROUNDS rounds, the order reversed every round; medians. wrk runs on the same 2 cores." "" \
  "| server | req/s | share of the ceiling | p50 ms | p99 ms |" "|---|---|---|---|---|" \
  "| confsearch serve (cache on, default) | $(fmt0 "$srps") | $(fmt0 "$sshare") % | $sp50 | $sp99 |" \
  "| confsearch serve -cache 0 | $(fmt0 "$nrps") | $(fmt0 "$nshare") % | $np50 | $np99 |" \
  "| ceiling | $(fmt0 "$crps") | 100 % | $cp50 | $cp99 |" "" \
  "Failed requests: $errs. Memory of the server without cache: $rss_idle MB RSS after opening the index, $rss_after MB after the load, peak (VmHWM) $rss_hwm MB; with its cache: peak $rss_hwm_cached MB." "" \
  "The same queries in process, one at a time (\`query -index INDEX -n 100\`): $(jq -r '"p50 \(.all.p50_ms) ms, p99 \(.all.p99_ms) ms (with facet filters: p99 \(.filtered.p99_ms) ms), \(.cpu_ms_per_query * 1000 | round / 1000) ms CPU per search"' "$WORK/query-report.json")." ""
row "HTTP p99 on the report's index, default server (cache on; wrk, 4 connections)" "$sp99 ms (p50 $sp50 ms)" "≤ 5 ms (issue 4: ≤ 10 ms)" "$(verdict "$sp99" 5)"
row "HTTP p99 on the report's index, every request searching (\`-cache 0\`)" "$np99 ms (p50 $np50 ms)" "≤ 5 ms (issue 4: ≤ 10 ms)" "$(verdict "$np99" 5)"
row "search in process on the report's index (\`bench/query\`, p99)" "$(jq -r '"\(.all.p99_ms) ms (p50 \(.all.p50_ms) ms, \(.cpu_ms_per_query * 1000 | round / 1000) ms CPU/search)"' "$WORK/query-report.json")" "—" "context for the rows around"
row "HTTP throughput vs the ceiling, default server (cache on)" "$(fmt0 "$sshare") % ($(fmt0 "$srps") vs $(fmt0 "$crps") req/s)" "≥ 25 %" "$(verdict_ge "$sshare" 25)"
row "HTTP throughput vs the ceiling, every request searching (\`-cache 0\`)" "$(fmt0 "$nshare") % ($(fmt0 "$nrps") vs $(fmt0 "$crps") req/s)" "≥ 25 %" "$(verdict_ge "$nshare" 25)"
row "serve RSS on the report (VmHWM after load; with cache)" "$rss_hwm MB ($rss_hwm_cached MB)" "≤ 100 MB" "$(verdict "$(awk -v a="$rss_hwm" -v b="$rss_hwm_cached" 'BEGIN { print (a > b ? a : b) }')" 100)"

# --- reindex under load ------------------------------------------------------
log "reindex under load (${REINDEX_SECS}s)"
if DURATION=$REINDEX_SECS "$BENCH_DIR/reindex-under-load.sh" >"$WORK/reindex.txt" 2>&1; then rv=met; else rv="**not met**"; fi
say "## Reindex while serving under load" "" \
  "\`bench/reindex-under-load.sh\`: serve the report's index (\`-reload 1s\`), load it with \`wrk -t1 -c4 -d${REINDEX_SECS}s\` over the benchmark queries, and meanwhile run \`confsearch index\` into the same index directory 3 times." "" \
  '```' "$(cat "$WORK/reindex.txt")" '```' ""
row "failed requests while reindexing 3× under load" "$(grep '^failed requests' "$WORK/reindex.txt" | sed 's/failed requests: //')" "0" "$rv"

# --- replicas ----------------------------------------------------------------
log "replicas"
if "$BENCH_DIR/replicas.sh" "$WORK/index-report" >"$WORK/replicas.txt" 2>&1; then pv=met; else pv="**not met**"; fi
say "## Read replicas" "" \
  "\`bench/replicas.sh\`: three \`confsearch serve\` on 127.0.0.1 over copies of one index generation; every query to each, answers compared without \`took_ms\` (see docs/scaling.md)." "" \
  '```' "$(cut -c1-160 "$WORK/replicas.txt")" '```' ""
row "replicas answer identically (\`bench/replicas.sh\`)" "$(tail -1 "$WORK/replicas.txt")" "identical" "$pv"

# --- profiles ------------------------------------------------------------------
log "profiles"
pprof_top() { # binary profile title [focus]
  local focus=()
  [ -z "${4:-}" ] || focus=("-focus=$4")
  say "### $3" "" '```'
  go tool pprof -top -nodecount=15 "${focus[@]}" "$1" "$2" 2>/dev/null | sed -n '/^Showing nodes/p; /flat%/,$p' >>"$DETAIL"
  say '```' "" "Cumulative, without runtime and testing frames:" "" '```'
  go tool pprof -top -cum -nodecount=25 "${focus[@]}" -hide='^runtime\.|^testing\.|^main\.|_test\.' "$1" "$2" 2>/dev/null | sed -n '/flat%/,$p' >>"$DETAIL"
  say '```' ""
}
say "## CPU profiles" ""
(cd indexer && go test -run '^$' -bench '^BenchmarkExtractReport$' -benchtime 10x -benchmem \
  -cpuprofile "$WORK/extract.prof" -o "$WORK/indexer.test" . >"$WORK/extract-bench.txt" 2>&1) || true
if [ -s "$WORK/extract.prof" ]; then
  say "Extraction: \`cd indexer && go test -run '^\$' -bench '^BenchmarkExtractReport\$' -benchtime 10x -benchmem -cpuprofile extract.prof\`:" "" \
    '```' "$(grep '^Benchmark' "$WORK/extract-bench.txt")" '```' ""
  pprof_top "$WORK/indexer.test" "$WORK/extract.prof" "Extraction of the report"
else
  say "Extraction profile: the benchmark did not run:" '```' "$(tail -5 "$WORK/extract-bench.txt")" '```' ""
fi
(cd search && go test -run '^$' -bench '^BenchmarkSearchReport$' -benchtime 2000x -benchmem \
  -cpuprofile "$WORK/search-report.prof" -o "$WORK/search.test" . >"$WORK/search-bench.txt" 2>&1) || true
if [ -s "$WORK/search-report.prof" ]; then
  say "Search on the report: \`cd search && go test -run '^\$' -bench '^BenchmarkSearchReport\$' -benchtime 2000x -benchmem -cpuprofile search.prof\`:" "" \
    '```' "$(grep '^Benchmark' "$WORK/search-bench.txt")" '```' ""
  pprof_top "$WORK/search.test" "$WORK/search-report.prof" "Search on the report's index (samples under Index.Search only: the benchmark's setup builds the index)" 'search\.\(\*Index\)\.Search$'
else
  say "Search profile: the benchmark did not run:" '```' "$(tail -5 "$WORK/search-bench.txt")" '```' ""
fi
(cd api && go test -run '^$' -bench '^BenchmarkServeSearchReport$' -benchtime 3000x -benchmem \
  -cpuprofile "$WORK/api.prof" -o "$WORK/api.test" . >"$WORK/api-bench.txt" 2>&1) || true
if [ -s "$WORK/api.prof" ]; then
  say "An API request on the report (the handler of \`confsearch serve\` with its middleware and JSON, without the network): \`cd api && go test -run '^\$' -bench '^BenchmarkServeSearchReport\$' -benchtime 3000x -benchmem -cpuprofile api.prof\`:" "" \
    '```' "$(grep '^Benchmark' "$WORK/api-bench.txt")" '```' ""
  pprof_top "$WORK/api.test" "$WORK/api.prof" "API search request on the report's index (samples under the handler only)" 'api\.\(\*Server\)\.ServeHTTP$'
else
  say "API profile: the benchmark did not run:" '```' "$(tail -5 "$WORK/api-bench.txt")" '```' ""
fi
say "At $largest passages: \`query -index DIR -n … -cpuprofile search.prof\` and \`gencorpus … -cpuprofile build.prof\` (search.Build only)." ""
pprof_top "$BIN_DIR/query" "$WORK/search.prof" "Search at $largest passages"
pprof_top "$BIN_DIR/gencorpus" "$WORK/build.prof" "Index build at $largest passages"

# --- the document ----------------------------------------------------------------
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` (\`bench/run.sh\`) on $DATE; do not edit by hand (the notes come from \`bench/notes.md\`). Took $((($(date +%s) - T0) / 60)) min."
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| cores (\`nproc\`) | $(nproc) |"
  echo "| CPU | $(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }') |"
  echo "| memory (\`free -h\`) | $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }') |"
  echo "| Go | $(go version | awk '{print $3, $4}') |"
  echo "| kernel | $(uname -r) |"
  echo "| load average (1, 5, 15 min) | at start $LOAD_START; at end $LOAD_END |"
  echo "| code | commit $COMMIT, built from the work tree ($DIRTY files modified beside it) |"
  echo "| settings | SCALE=$SCALE RUNS=$RUNS SCALE_RUNS=$SCALE_RUNS LOAD_SECS=$LOAD_SECS LOAD_ROUNDS=$LOAD_ROUNDS REINDEX_SECS=$REINDEX_SECS |"
  echo
  echo "The machine is shared: a load average above the 2 cores means other processes took CPU time during the runs, which lengthens wall times and widens latency tails. Comparisons are therefore ratios of runs made side by side, alternating, and CPU times (user+system) are given beside wall times: they change much less with the load."
  echo
  echo "## Summary"
  echo
  echo "| figure | measured | goal | |"
  echo "|---|---|---|---|"
  cat "$SUMMARY"
  echo
  cat "$DETAIL"
  echo "$NOTES_MARK"
  if [ -f "$BENCH_DIR/notes.md" ]; then
    cat "$BENCH_DIR/notes.md"
  fi
} >"$OUT"
log "wrote $OUT"
