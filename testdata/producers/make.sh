#!/usr/bin/env bash
# make.sh — the producer matrix: one small document (document.py, written
# for this project) through several PDF producers, for the fidelity, speed
# and damage tests of indexer (producers_test.go). Run once; the PDFs are
# committed. Rewrites testdata/producers/{reference.txt,*.pdf}.
#
#   chromium.pdf     Chromium's print to PDF (Skia) of the HTML rendering
#   libreoffice.pdf  LibreOffice Writer's PDF export of the ODT rendering
#   ghostscript.pdf  libreoffice.pdf re-distilled by Ghostscript's pdfwrite
#   cairo.pdf        chromium.pdf rewritten by poppler's pdftocairo -pdf (cairo)
#   groff.pdf        groff -ms -Tpdf (gropdf) of the ms rendering
#   qpdf.pdf         libreoffice.pdf with object streams, linearized, by qpdf
#
# Debian packages: chromium libreoffice-writer-nogui ghostscript poppler-utils
# groff qpdf fonts-liberation hyphen-en-gb (apt-get install them first).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for t in chromium soffice gs pdftocairo groff qpdf; do
  command -v "$t" >/dev/null || { echo "make.sh: $t is missing" >&2; exit 1; }
done
python3 "$HERE/make.py" "$WORK"
export SOURCE_DATE_EPOCH=1741824000 # 2025-03-13: fixed dates where the producer honours it

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chromium-profile" --no-pdf-header-footer \
  --print-to-pdf="$HERE/chromium.pdf" "file://$WORK/document.html" 2>/dev/null

HOME=$WORK soffice --headless --norestore --convert-to pdf:writer_pdf_Export \
  --outdir "$WORK" "$WORK/document.fodt" >/dev/null 2>&1
cp "$WORK/document.pdf" "$HERE/libreoffice.pdf"

gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/ghostscript.pdf" "$HERE/libreoffice.pdf"

pdftocairo -pdf "$HERE/chromium.pdf" "$HERE/cairo.pdf"

groff -k -t -ms -Tpdf "$WORK/document.ms" >"$HERE/groff.pdf"

qpdf --object-streams=generate --linearize "$HERE/libreoffice.pdf" "$HERE/qpdf.pdf"

for f in chromium libreoffice ghostscript cairo groff qpdf; do
  printf '%-12s %3s pages %7s bytes  %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done

# Damaged copies for the recovery test, with what pdftotext reads of them.
python3 "$HERE/damage.py"
