#!/usr/bin/env bash
# make.sh — small fixtures for the layout rules of indexer/layout_test.go
# (package indexer, TestLayoutFixtures): texts written for this project
# (src/*.md, invented people and places) through the producers whose
# output showed the failures.
#
#   short-chromium.pdf   pandoc HTML -> Chromium with its default header and
#                        footer (date, title, file URL, "n/N"), two pages
#   short-groff.pdf      pandoc ms -> groff -ms -Tpdf, two pages: page numbers,
#                        a numbered list, a block quote and its dash credit line
#   lighthouse-odt.pdf   pandoc ODT -> LibreOffice -> Ghostscript pdfwrite:
#                        epigraph with a dash credit line, bold italic headings,
#                        a programme table followed by a paragraph
#   lighthouse-docx.pdf  pandoc DOCX -> LibreOffice: the same text
#   accents-groff.pdf    pandoc ms -> groff -ms -Tpdf: accented names that
#                        gropdf draws as a letter and a spacing accent
#   lists-chromium.pdf   hand-written HTML -> Chromium (no header/footer):
#                        list bullets drawn as filled paths (disc, square,
#                        circle), and dots in a line of text that are no
#                        bullets
#   kerning-ps.pdf       pandoc ms -> groff -Kutf8 -Tps, letter -> ps2pdf: kerning
#                        pairs ("Tr", "Ty", "r’") that Ghostscript writes as a
#                        space glyph with a negative word spacing ("(Tr e)Tj")
#   justified-chromium.pdf  hand-written HTML -> Chromium (no header/footer):
#                        two justified columns of long words, whose wide word
#                        spaces line up across rows (rivers, not gutters)
#
# Run once; the PDFs are committed. Debian packages: pandoc chromium
# libreoffice-writer-nogui ghostscript groff fonts-liberation.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for t in pandoc chromium soffice gs groff; do
  command -v "$t" >/dev/null || { echo "make.sh: $t is missing" >&2; exit 1; }
done
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK

pandoc -f markdown-smart -t html5 -s "$SRC/short-chromium.md" -o "$WORK/short-chromium.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chromium-profile" --print-to-pdf="$HERE/short-chromium.pdf" \
  "file://$WORK/short-chromium.html" 2>/dev/null

pandoc -f markdown-smart -t ms -s "$SRC/short-groff.md" -o "$WORK/short-groff.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/short-groff.ms" >"$HERE/short-groff.pdf"

pandoc -f markdown -t odt "$SRC/lighthouse.md" -o "$WORK/lighthouse-odt.odt"
soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$WORK/lighthouse-odt.odt" >/dev/null 2>&1
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/lighthouse-odt.pdf" "$WORK/lighthouse-odt.pdf"

pandoc -f markdown -t docx "$SRC/lighthouse.md" -o "$WORK/lighthouse-docx.docx"
soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$WORK/lighthouse-docx.docx" >/dev/null 2>&1
cp "$WORK/lighthouse-docx.pdf" "$HERE/lighthouse-docx.pdf"

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chromium-profile" --no-pdf-header-footer --print-to-pdf="$HERE/lists-chromium.pdf" \
  "file://$SRC/lists-chromium.html" 2>/dev/null

pandoc -f markdown-smart -t ms -s "$SRC/accents-groff.md" -o "$WORK/accents-groff.ms"
groff -k -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/accents-groff.ms" >"$HERE/accents-groff.pdf"

pandoc -f markdown -t ms -s "$SRC/kerning-ps.md" -o "$WORK/kerning-ps.ms"
groff -Kutf8 -ms -Tps -dpaper=letter -P-pletter "$WORK/kerning-ps.ms" >"$WORK/kerning-ps.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/kerning-ps.ps" "$HERE/kerning-ps.pdf"

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chromium-profile" --no-pdf-header-footer --print-to-pdf="$HERE/justified-chromium.pdf" \
  "file://$SRC/justified-chromium.html" 2>/dev/null

for f in short-chromium short-groff lighthouse-odt lighthouse-docx lists-chromium accents-groff kerning-ps justified-chromium; do
  printf '%-16s %3s pages %7s bytes\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" "$(stat -c %s "$HERE/$f.pdf")"
done
