#!/usr/bin/env bash
# make.sh — heldout15: eight invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf here.
#
#   committee.pdf        pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   plenary.pdf          pandoc HTML, two columns -> Chromium print-to-pdf (no header/footer)
#   g20-chair.pdf        pandoc ODT -> LibreOffice Writer
#   community-call.pdf   pandoc HTML (gfm-ish) -> Chromium with default header/footer
#   roundtable.pdf       pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   tribunal.pdf         pandoc ms -> groff -Tps -> ps2pdf, letter
#   council-minutes.pdf  pandoc HTML -> Chromium (no header/footer) -> Ghostscript pdfwrite
#   panel-plenary.pdf    pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
export TMPDIR=${TMPDIR:-$HERE/tmp}
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

# 1
pandoc -f markdown -t docx "$SRC/committee.md" -o "$WORK/committee.docx"
office "$WORK/committee.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/committee.pdf" "$HERE/committee.pdf"

# 2
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 14mm; }
body { font: 10pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 8mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 15pt "Liberation Sans", sans-serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 9pt "Liberation Sans", sans-serif; text-align: right; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/plenary.md" -o "$WORK/plenary.html"
chrome "$WORK/plenary.html" "$HERE/plenary.pdf" --no-pdf-header-footer

# 3
pandoc -f markdown -t odt "$SRC/g20-chair.md" -o "$WORK/g20-chair.odt"
office "$WORK/g20-chair.odt"
cp "$WORK/g20-chair.pdf" "$HERE/g20-chair.pdf"

# 4
cat >"$WORK/notes.style" <<'CSS'
<style>
body { font: 10.5pt/1.45 "DejaVu Sans", sans-serif; max-width: 44em; }
h2 { font: bold 12pt "DejaVu Sans", sans-serif; border-bottom: 1px solid #ccc; }
</style>
CSS
pandoc -f markdown+task_lists -t html5 -s -H "$WORK/notes.style" "$SRC/community-call.md" -o "$WORK/community-call.html"
chrome "$WORK/community-call.html" "$HERE/community-call.pdf"

# 5
pandoc -f markdown -t ms -s "$SRC/roundtable.md" -o "$WORK/roundtable.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/roundtable.ms" >"$HERE/roundtable.pdf"

# 6
pandoc -f markdown -t ms -s "$SRC/tribunal.md" -o "$WORK/tribunal.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/tribunal.ms" >"$WORK/tribunal.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/tribunal.ps" "$HERE/tribunal.pdf"

# 7
cat >"$WORK/council.style" <<'CSS'
<style>
@page { size: Letter; margin: 20mm; }
body { font: 11pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/council.style" "$SRC/council-minutes.md" -o "$WORK/council-minutes.html"
chrome "$WORK/council-minutes.html" "$WORK/council-minutes.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
  -sOutputFile="$HERE/council-minutes.pdf" "$WORK/council-minutes.raw.pdf"

# 8
pandoc -f markdown -t docx "$SRC/panel-plenary.md" -o "$WORK/panel-plenary.docx"
office "$WORK/panel-plenary.docx"
pdftocairo -pdf "$WORK/panel-plenary.pdf" "$HERE/panel-plenary.pdf"

for f in committee plenary g20-chair community-call roundtable tribunal council-minutes panel-plenary; do
  printf '%-16s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
