#!/usr/bin/env bash
# bench/matrix.sh — extraction of every PDF of the producer matrix
# (testdata/producers, made by its make.sh) and of the report's LibreOffice
# copy (testdata/report-lo.pdf), each beside poppler's pdftotext on the
# same file: `confsearch extract FILE` and `pdftotext FILE out.txt` run
# alternately, RUNS times each after one untimed run, the order swapped
# every round; wall time from bash's microsecond clock, CPU and peak memory
# from time(1). Prints a Markdown section (bench/run.sh puts it in
# docs/benchmarks.md); writes "worst_ratio file" to $MATRIX_SUMMARY if set.
#
# Environment: BIN (default: builds bin/confsearch), RUNS (default 15).
# Run alone: bench/matrix.sh
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
cd "$ROOT"
. "$BENCH_DIR/lib.sh"
need_tools pdftotext:poppler-utils /usr/bin/time:time
RUNS=${RUNS:-15}
WORK=$(mktemp -d /tmp/confsearch-matrix.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${BIN:-}" ]; then
  BIN=$WORK/confsearch
  go build -o "$BIN" ./cmd/confsearch
fi
FILES=(testdata/producers/{chromium,libreoffice,ghostscript,cairo,groff,qpdf,pdflatex,pdflatex-twocolumn,pdflatex-nounicode,xelatex,lualatex,weasyprint,wkhtmltopdf,reportlab}.pdf testdata/report-lo.pdf)

# one FILE WHICH: one timed run; appends "wall user sys maxrss_kb" to $WORK/WHICH.txt.
one() {
  local f=$1 which=$2 t0 t1
  t0=$EPOCHREALTIME
  if [ "$which" = a ]; then
    /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" "$BIN" extract -in-process "$f" >/dev/null 2>&1
  elif [ "$which" = c ]; then
    /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" "$BIN" extract "$f" >/dev/null 2>&1
  else
    /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" pdftotext "$f" "$WORK/out.txt"
  fi
  t1=$EPOCHREALTIME
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') $(tail -1 "$WORK/time.txt")" >>"$WORK/$which.txt"
}

echo "## Extraction: the producer matrix"
echo
echo "Extraction, \`confsearch extract -in-process FILE\`, against \`pdftotext FILE out.txt\` on each PDF of the producer matrix (one document of the project's own, \`testdata/producers/make.sh\`; 3 pages each) and on the report's LibreOffice copy, $RUNS runs of each, alternating; medians. The last column times \`confsearch extract FILE\` as \`index\` reads a document: in a worker process (\`extract -worker\`), which adds a second process start (≈ 20 ms) to each document. \`bench/matrix.sh\` runs this section alone. On files this small, process start-up is a large share of both commands' time."
echo
echo "| file | producer | confsearch wall s | pdftotext wall s | ratio (wall) | ratio (CPU) | confsearch max RSS MB | | in a worker: wall s |"
echo "|---|---|---|---|---|---|---|---|---|"
worst=0 worstf=
for f in "${FILES[@]}"; do
  : >"$WORK/a.txt"
  : >"$WORK/b.txt"
  : >"$WORK/c.txt"
  for ((i = 0; i <= RUNS; i++)); do
    for which in $( ((i % 2)) && echo "b a c" || echo "a b c"); do one "$f" "$which"; done
  done
  sed -i 1d "$WORK/a.txt" "$WORK/b.txt" "$WORK/c.txt" # the untimed first run
  wc_=$(awk '{print $1}' "$WORK/c.txt" | median)
  wa=$(awk '{print $1}' "$WORK/a.txt" | median)
  wb=$(awk '{print $1}' "$WORK/b.txt" | median)
  rw=$(paste "$WORK/a.txt" "$WORK/b.txt" | awk '{print $1/$5}' | median)
  rc=$(paste "$WORK/a.txt" "$WORK/b.txt" | awk '{ b = $6 + $7; if (b < 0.01) b = 0.01; a = $2 + $3; if (a < 0.01) a = 0.01; print a / b }' | median)
  rss=$(awk '{print $4/1024}' "$WORK/a.txt" | median)
  producer=$(pdfinfo "$f" 2>/dev/null | awk -F': +' '/^Producer/ {print $2}' | cut -c1-30)
  ok=met
  awk -v a="$rw" 'BEGIN { exit !(a > 2.5) }' && ok="**not met**"
  printf '| %s | %s | %.3f | %.3f | %.2f× | %.2f× | %.0f | %s | %.3f |\n' "$f" "$producer" "$wa" "$wb" "$rw" "$rc" "$rss" "$ok" "$wc_"
  if awk -v a="$rw" -v b="$worst" 'BEGIN { exit !(a > b) }'; then worst=$rw worstf=$f; fi
done
echo
echo "Goal: each file ≤ 2.5× pdftotext's wall time (the CPU ratio counts time(1)'s 10 ms ticks, floored at one tick: coarse on files this small)."
echo
[ -z "${MATRIX_SUMMARY:-}" ] || echo "$worst $worstf" >"$MATRIX_SUMMARY"
