# shellcheck shell=bash
# Helpers shared by the bench scripts (sourced, not run).

# need_tools installs the Debian packages of the commands given as
# command:package pairs when a command is missing.
need_tools() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  if ((${#missing[@]})); then
    echo "installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# free_port prints a TCP port of 127.0.0.1 nothing listens on, from $1 up.
free_port() {
  local p=${1:-18400}
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

# wait_ready waits until http://127.0.0.1:$1/readyz answers 200, for at
# most $2 seconds (default 120).
wait_ready() {
  local port=$1 limit=${2:-120} i
  for ((i = 0; i < limit * 10; i++)); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && return 0
    sleep 0.1
  done
  echo "server on port $port not ready after ${limit}s" >&2
  return 1
}

# wait_port waits until something listens on 127.0.0.1:$1 (at most 30 s).
wait_port() {
  local i
  for ((i = 0; i < 300; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# stop_pid ends the process $1 (started by these scripts) and waits for it.
stop_pid() {
  [ -n "${1:-}" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# rss_mb prints field $2 (VmRSS, VmHWM) of process $1 in MiB.
rss_mb() {
  awk -v f="$2:" '$1 == f { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}

# median prints the median of the numbers on stdin, one a line.
median() {
  sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# ratio prints $1 / $2 with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "nan"; else printf "%.2f", a / b }'; }

# wrk_json runs wrk with bench/load.lua over the paths file $2 against
# port $1 for $3 seconds with 4 connections, and prints its JSON line.
wrk_json() {
  wrk -t1 -c4 -d"$3"s --timeout 10s -s "$BENCH_DIR/load.lua" "http://127.0.0.1:$1" -- "$2" | grep '^{"requests"'
}
