#!/usr/bin/env bash
# make.sh — heldout9: eight invented meeting reports (src/*.md), each through a different PDF producer chain.
#   care-conference.pdf     pandoc DOCX -> LibreOffice -> Ghostscript pdfwrite -dNEWPDF=false (gs 10.00 new engine garbles fi/fl ligatures in the text layer)
#   minerals-readout.pdf    pandoc HTML, one column -> Chromium (no header/footer) -> qpdf --linearize
#   ocean-bulletin.pdf      pandoc HTML, two columns -> Chromium (no header/footer)
#   quillon-summit.pdf      pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   board-minutes.pdf       pandoc ODT -> LibreOffice -> pdftocairo -pdf
#   committee-evidence.pdf  pandoc ms -> groff -ms -Tps -> ps2pdf, letter
#   freshwater-workshop.pdf pandoc HTML -> Chromium with default header/footer, two columns
#   flood-press.pdf         pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
export TMPDIR=$HERE/tmp
mkdir -p "$TMPDIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
chrome() {
  local in=$1 out=$2; shift 2
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/chromium-profile" "$@" --print-to-pdf="$out" "file://$in" 2>/dev/null
}
office() { soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$1" >/dev/null 2>&1; }

# 1. conference report: DOCX -> LibreOffice -> gs pdfwrite
pandoc -f markdown -t docx "$SRC/care-conference.md" -o "$WORK/care-conference.docx"
office "$WORK/care-conference.docx"
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -sOutputFile="$HERE/care-conference.pdf" "$WORK/care-conference.pdf"

# 2. readout: HTML one column, sans, Chromium no header/footer, qpdf linearize
cat >"$WORK/readout.style" <<'CSS'
<style>
@page { size: Letter; margin: 22mm 20mm; }
body { font: 11.5pt/1.45 "Liberation Sans", sans-serif; max-width: none; }
h1.title { font-size: 17pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/readout.style" "$SRC/minerals-readout.md" -o "$WORK/minerals-readout.html"
chrome "$WORK/minerals-readout.html" "$WORK/minerals-readout.raw.pdf" --no-pdf-header-footer
qpdf --linearize "$WORK/minerals-readout.raw.pdf" "$HERE/minerals-readout.pdf"

# 3. bulletin: two columns
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 14mm 13mm; }
body { font: 9.5pt/1.3 "DejaVu Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 14pt "DejaVu Sans", sans-serif; }
h2 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 7pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 8.5pt "DejaVu Sans", sans-serif; text-align: left; border-bottom: 1px solid #000; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/ocean-bulletin.md" -o "$WORK/ocean-bulletin.html"
chrome "$WORK/ocean-bulletin.html" "$HERE/ocean-bulletin.pdf" --no-pdf-header-footer

# 4. language summit: groff ms -> gropdf, A4
pandoc -f markdown -t ms -s "$SRC/quillon-summit.md" -o "$WORK/quillon-summit.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/quillon-summit.ms" >"$HERE/quillon-summit.pdf"

# 5. board minutes: ODT -> LibreOffice -> pdftocairo
pandoc -f markdown -t odt "$SRC/board-minutes.md" -o "$WORK/board-minutes.odt"
office "$WORK/board-minutes.odt"
pdftocairo -pdf "$WORK/board-minutes.pdf" "$HERE/board-minutes.pdf"

# 6. committee evidence: groff ms -> PostScript -> ps2pdf, letter
pandoc -f markdown -t ms -s "$SRC/committee-evidence.md" -o "$WORK/committee-evidence.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/committee-evidence.ms" >"$WORK/committee-evidence.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/committee-evidence.ps" "$HERE/committee-evidence.pdf"

# 7. workshop: two columns, Chromium default header/footer
cat >"$WORK/ws.style" <<'CSS'
<style>
body { font: 10pt/1.35 "Liberation Serif", serif; column-count: 2; column-gap: 9mm; max-width: none; }
header#title-block-header { column-span: all; }
h1 { font: bold 12.5pt "Liberation Sans", sans-serif; }
h2 { font: italic bold 10.5pt "Liberation Sans", sans-serif; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/ws.style" "$SRC/freshwater-workshop.md" -o "$WORK/freshwater-workshop.html"
chrome "$WORK/freshwater-workshop.html" "$HERE/freshwater-workshop.pdf"

# 8. press conference: DOCX -> LibreOffice -> qpdf object streams
pandoc -f markdown -t docx "$SRC/flood-press.md" -o "$WORK/flood-press.docx"
office "$WORK/flood-press.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/flood-press.pdf" "$HERE/flood-press.pdf"

for f in care-conference minerals-readout ocean-bulletin quillon-summit board-minutes committee-evidence freshwater-workshop flood-press; do
  printf '%-20s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
