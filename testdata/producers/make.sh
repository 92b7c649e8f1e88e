#!/usr/bin/env bash
# make.sh — the producer matrix: one small document (document.py, written
# for this project) through several PDF producers, for the fidelity, speed
# and damage tests of indexer (producers_test.go). Run once; the PDFs are
# committed. Rewrites testdata/producers/{reference.txt,*.pdf}.
#
#   chromium.pdf     Chromium's print to PDF (Skia) of the HTML rendering
#   libreoffice.pdf  LibreOffice Writer's PDF export of the ODT rendering
#   ghostscript.pdf  libreoffice.pdf re-distilled by Ghostscript's pdfwrite
#   cairo.pdf        chromium.pdf rewritten by poppler's want cairo && pdftocairo -pdf (cairo)
#   groff.pdf        groff -ms -Tpdf (gropdf) of the ms rendering
#   qpdf.pdf         libreoffice.pdf with object streams, linearized, by qpdf
#   pdflatex.pdf     pdfLaTeX, article class, default OT1 Computer Modern Type 1
#                    fonts (no ToUnicode), running head with the page number
#   pdflatex-twocolumn.pdf  the same in two columns (\documentclass[twocolumn])
#   pdflatex-nounicode.pdf  pdfLaTeX with \pdfgentounicode=0: no ToUnicode maps,
#                    the text only in the Type 1 fonts' built-in encodings
#   xelatex.pdf      XeLaTeX (xdvipdfmx), Latin Modern OpenType via fontspec
#   lualatex.pdf     LuaLaTeX, the same fonts (CID-keyed CFF, its own backend)
#   weasyprint.pdf   WeasyPrint of the HTML rendering (its @page margin boxes)
#   wkhtmltopdf.pdf  wkhtmltopdf (Qt WebKit) of the HTML rendering
#   reportlab.pdf    ReportLab platypus (make_reportlab.py), standard 14 fonts
#
# Debian packages: chromium libreoffice-writer-nogui ghostscript poppler-utils
# groff qpdf fonts-liberation hyphen-en-gb texlive-latex-base texlive-xetex
# texlive-luatex lmodern weasyprint wkhtmltopdf python3-reportlab (apt-get install them first).
#
# make.sh [PRODUCER...] makes only the PDFs named (default: all, and the
# damaged copies); the others stay as committed, byte for byte. Each run
# gives the same bytes but for wkhtmltopdf (its date) and lualatex (its
# document ID).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ALL=(chromium libreoffice ghostscript cairo groff qpdf pdflatex pdflatex-twocolumn pdflatex-nounicode xelatex lualatex weasyprint wkhtmltopdf reportlab)
if [ $# -gt 0 ]; then WANT=("$@"); else WANT=("${ALL[@]}"); fi
want() { local w; for w in "${WANT[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }
declare -A TOOL=([chromium]=chromium [libreoffice]=soffice [ghostscript]=gs [cairo]=pdftocairo
  [groff]=groff [qpdf]=qpdf [pdflatex]=pdflatex [pdflatex-twocolumn]=pdflatex
  [pdflatex-nounicode]=pdflatex [xelatex]=xelatex [lualatex]=lualatex
  [weasyprint]=weasyprint [wkhtmltopdf]=wkhtmltopdf [reportlab]=/usr/bin/python3)
for w in "${WANT[@]}"; do
  [ -n "${TOOL[$w]:-}" ] || { echo "make.sh: unknown producer $w" >&2; exit 1; }
  command -v "${TOOL[$w]}" >/dev/null || { echo "make.sh: ${TOOL[$w]} is missing" >&2; exit 1; }
done
python3 "$HERE/make.py" "$WORK"
export SOURCE_DATE_EPOCH=1741824000 # 2025-03-13: fixed dates where the producer honours it
export FORCE_SOURCE_DATE=1           # TeX: \today and the PDF dates from it too

if want chromium; then
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chromium-profile" --no-pdf-header-footer \
  --print-to-pdf="$HERE/chromium.pdf" "file://$WORK/document.html" 2>/dev/null
fi

if want libreoffice; then
HOME=$WORK soffice --headless --norestore --convert-to pdf:writer_pdf_Export \
  --outdir "$WORK" "$WORK/document.fodt" >/dev/null 2>&1
cp "$WORK/document.pdf" "$HERE/libreoffice.pdf"
fi

want ghostscript && gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/ghostscript.pdf" "$HERE/libreoffice.pdf"

want cairo && pdftocairo -pdf "$HERE/chromium.pdf" "$HERE/cairo.pdf"

want groff && groff -k -t -ms -Tpdf "$WORK/document.ms" >"$HERE/groff.pdf"

want qpdf && qpdf --object-streams=generate --linearize "$HERE/libreoffice.pdf" "$HERE/qpdf.pdf"

# TeX twice: the first run writes the .aux the second reads (none is
# needed here, but a real build does it so).
for name in pdflatex pdflatex-twocolumn pdflatex-nounicode xelatex lualatex; do
  want "$name" || continue
  engine=${name%%-*}
  for _ in 1 2; do
    (cd "$WORK" && "$engine" -interaction=batchmode -halt-on-error "$name.tex" >/dev/null)
  done
  cp "$WORK/$name.pdf" "$HERE/$name.pdf"
done

want weasyprint && weasyprint -q "$WORK/document.html" "$HERE/weasyprint.pdf"

# Debian's wkhtmltopdf is built on unpatched Qt: no header or footer
# options, so the page carries the body only.
want wkhtmltopdf && wkhtmltopdf -q --page-size A4 -T 24mm -B 22mm -L 24mm -R 24mm \
  "$WORK/document.html" "$HERE/wkhtmltopdf.pdf"

# Debian's python3 (the one python3-reportlab installs into).
want reportlab && (cd "$HERE" && /usr/bin/python3 make_reportlab.py "$HERE/reportlab.pdf")

for f in "${WANT[@]}"; do
  printf '%-12s %3s pages %7s bytes  %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done

# Damaged copies for the recovery test, with what pdftotext reads of them.
[ $# -gt 0 ] || python3 "$HERE/damage.py"
