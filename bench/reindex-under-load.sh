#!/usr/bin/env bash
# Reindex while serving under load: serve the report's index, send the
# benchmark queries with wrk (4 connections), rebuild the index into the
# same directory BUILDS times meanwhile, and count failed requests (non-2xx
# answers and connection errors). Exits 1 unless there were none and the
# server ends on the last generation built.
#
#   bench/reindex-under-load.sh            # DURATION=30 BUILDS=3
#
# BIN_DIR may hold prebuilt confsearch and query binaries (bench/run.sh
# passes its own); otherwise they are built. Traffic goes to 127.0.0.1 only.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
. "$BENCH_DIR/lib.sh"
DURATION=${DURATION:-30}
BUILDS=${BUILDS:-3}
CORPUS=${CORPUS:-$ROOT/corpus}

need_tools wrk:wrk curl:curl
WORK=$(mktemp -d /tmp/confsearch-reindex.XXXXXX)
SERVE_PID='' WRK_PID=''
cleanup() {
  stop_pid "$WRK_PID"
  stop_pid "$SERVE_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BIN_DIR:-}" ]; then
  BIN_DIR=$WORK/bin
  (cd "$ROOT" && go build -o "$BIN_DIR/confsearch" ./cmd/confsearch && go build -o "$BIN_DIR/query" ./bench/query)
fi
mkdir -p "$WORK/corpus"
cp "$CORPUS"/*.pdf "$WORK/corpus/"
"$BIN_DIR/confsearch" index -q -corpus "$WORK/corpus" -index "$WORK/index" >/dev/null
"$BIN_DIR/query" -index "$WORK/index" -urls "$WORK/paths.txt" -urls-only

port=$(free_port 18500)
# -rate 0: the load comes from one address, which the per-client rate limit
# would otherwise throttle; -reload 1s: look for a new generation every second.
"$BIN_DIR/confsearch" serve -index "$WORK/index" -addr "127.0.0.1:$port" -rate 0 -reload 1s 2>"$WORK/serve.log" &
SERVE_PID=$!
wait_ready "$port" 60

wrk_json "$port" "$WORK/paths.txt" "$DURATION" >"$WORK/wrk.json" &
WRK_PID=$!
sleep 2
gens=()
for ((i = 1; i <= BUILDS; i++)); do
  start=$(date +%s.%N)
  "$BIN_DIR/confsearch" index -q -corpus "$WORK/corpus" -index "$WORK/index" >/dev/null
  gens+=("$(cat "$WORK/index/CURRENT")")
  echo "rebuild $i: $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s, generation ${gens[-1]}"
  sleep 2 # let the server pick it up (it polls every second)
done
if ! wait "$WRK_PID"; then
  echo "wrk failed" >&2
  exit 1
fi
WRK_PID=

served=$(curl -sf "http://127.0.0.1:$port/readyz" | sed -E 's/.*"generation":"([^"]*)".*/\1/')
reloads=$(grep -c 'index reloaded' "$WORK/serve.log" || true)
reload_errors=$(grep -c 'reload failed' "$WORK/serve.log" || true)
read -r requests non2xx connerr rps p99 < <(jq -r '[.requests, .errors.status,
  (.errors.connect + .errors.read + .errors.write + .errors.timeout), .rps, .latency_ms.p99] | @tsv' "$WORK/wrk.json")
echo "requests: $requests in ${DURATION}s ($rps/s, p99 $p99 ms) with 4 connections"
echo "rebuilds: $BUILDS; reloads seen by the server: $reloads; failed reloads: $reload_errors"
echo "failed requests: non-2xx $non2xx, connection errors $connerr"
echo "served generation at the end: $served (last built: ${gens[-1]})"
if [ "$non2xx" -ne 0 ] || [ "$connerr" -ne 0 ] || [ "$served" != "${gens[-1]}" ]; then
  echo "FAIL"
  exit 1
fi
echo "OK: zero failed requests"
