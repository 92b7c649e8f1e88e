#!/usr/bin/env bash
# Read replicas: copy one built index to REPLICAS directories, start a
# `confsearch serve` on 127.0.0.1 over each copy, send the same queries to
# every replica and compare the answers (the JSON bodies without took_ms).
# Exits 1 if any answer differs. See docs/scaling.md.
#
#   bench/replicas.sh [INDEX_DIR]     # default: builds one from corpus/
#
# BIN_DIR may hold prebuilt confsearch and query binaries.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
. "$BENCH_DIR/lib.sh"
REPLICAS=${REPLICAS:-3}

need_tools jq:jq curl:curl
WORK=$(mktemp -d /tmp/confsearch-replicas.XXXXXX)
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do stop_pid "$p"; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BIN_DIR:-}" ]; then
  BIN_DIR=$WORK/bin
  (cd "$ROOT" && go build -o "$BIN_DIR/confsearch" ./cmd/confsearch && go build -o "$BIN_DIR/query" ./bench/query)
fi
src=${1:-}
if [ -z "$src" ]; then
  src=$WORK/built
  "$BIN_DIR/confsearch" index -q -corpus "$ROOT/corpus" -index "$src" >/dev/null
fi
"$BIN_DIR/query" -index "$src" -urls "$WORK/paths.txt" -urls-only
# Facet-free listing and a second page, beside the benchmark queries.
printf '%s\n' '/api/v1/search?kind=quote' '/api/v1/search?q=trafficking&page=2' >>"$WORK/paths.txt"

ports=()
for ((r = 1; r <= REPLICAS; r++)); do
  cp -a "$src" "$WORK/replica-$r" # what a deployment ships: the generation directory
  port=$(free_port $((18600 + r * 10)))
  # Replicas sit behind one public address: permalinks name it, not the
  # replica's own port.
  "$BIN_DIR/confsearch" serve -index "$WORK/replica-$r" -addr "127.0.0.1:$port" -rate 0 -reload 0 -base-url https://search.example.org 2>"$WORK/serve-$r.log" &
  PIDS+=($!)
  ports+=("$port")
  wait_ready "$port" 60
done
echo "$REPLICAS replicas on 127.0.0.1 ports ${ports[*]}, each over its own copy of $(cat "$src/CURRENT")"

differ=0 n=0
while read -r path; do
  n=$((n + 1))
  for ((r = 1; r <= REPLICAS; r++)); do
    curl -sf "http://127.0.0.1:${ports[r - 1]}$path" | jq -S 'del(.took_ms)' >"$WORK/answer-$r.json"
  done
  summary=$(jq -r '"\(.total) hits; top \([.hits[:3][].id] | join(", "))"' "$WORK/answer-1.json")
  same=identical
  for ((r = 2; r <= REPLICAS; r++)); do
    if ! diff -u "$WORK/answer-1.json" "$WORK/answer-$r.json" >"$WORK/diff-$r.txt"; then
      same="DIFFERS (replica $r)"
      differ=$((differ + 1))
      head -20 "$WORK/diff-$r.txt"
    fi
  done
  printf '%-70s %s — %s\n' "$path" "$same" "$summary"
done <"$WORK/paths.txt"
echo "$n queries x $REPLICAS replicas: $differ differing answers"
[ "$differ" -eq 0 ]
