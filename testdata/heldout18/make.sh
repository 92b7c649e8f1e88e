#!/usr/bin/env bash
# make.sh — heldout18: eight invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf here.
#   coe-expert.pdf         pandoc ODT -> LibreOffice Writer
#   hrc-dialogue.pdf       pandoc HTML -> Chromium (default header/footer) -> qpdf --linearize
#   committee-minutes.pdf  pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   enb-ocean.pdf          pandoc HTML two columns -> Chromium (no header/footer) -> Ghostscript pdfwrite
#   rust-summit.pdf        pandoc ms -> groff -Tps -> ps2pdf, letter
#   leaders-call.pdf       pandoc DOCX -> LibreOffice -> pdftocairo -pdf
#   city-council.pdf       pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   consortium-notes.pdf   pandoc HTML -> Chromium (A4, default header/footer) -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
export TMPDIR=$HERE/tmp
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
. "$HERE/../producers.sh"   # chrome, office

# 1
pandoc -f markdown -t odt "$SRC/coe-expert.md" -o "$WORK/coe-expert.odt"
office "$WORK/coe-expert.odt"
cp "$WORK/coe-expert.pdf" "$HERE/coe-expert.pdf"

# 2
cat >"$WORK/un.style" <<'CSS'
<style>
body { font: 10.5pt/1.45 "Liberation Serif", serif; max-width: 44em; }
h1 { font: bold 13pt "Liberation Sans", sans-serif; }
header#title-block-header h1.title { font: bold 15pt "Liberation Sans", sans-serif; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/un.style" "$SRC/hrc-dialogue.md" -o "$WORK/hrc-dialogue.html"
chrome "$WORK/hrc-dialogue.html" "$WORK/hrc-dialogue.raw.pdf"
qpdf --linearize "$WORK/hrc-dialogue.raw.pdf" "$HERE/hrc-dialogue.pdf"

# 3
pandoc -f markdown -t ms -s "$SRC/committee-minutes.md" -o "$WORK/committee-minutes.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/committee-minutes.ms" >"$HERE/committee-minutes.pdf"

# 4
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 14mm 13mm; }
body { font: 9.5pt/1.3 "DejaVu Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; font-variant-ligatures: none; max-width: none; }
h1 { column-span: all; font: bold 14pt "DejaVu Sans", sans-serif; }
h2 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 7pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 9pt "DejaVu Sans", sans-serif; text-align: left; border-bottom: 1px solid #444; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/enb-ocean.md" -o "$WORK/enb-ocean.html"
chrome "$WORK/enb-ocean.html" "$WORK/enb-ocean.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$HERE/enb-ocean.pdf" "$WORK/enb-ocean.raw.pdf"

# 5
pandoc -f markdown -t ms -s "$SRC/rust-summit.md" -o "$WORK/rust-summit.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/rust-summit.ms" >"$WORK/rust-summit.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/rust-summit.ps" "$HERE/rust-summit.pdf"

# 6
pandoc -f markdown -t docx "$SRC/leaders-call.md" -o "$WORK/leaders-call.docx"
office "$WORK/leaders-call.docx"
pdftocairo -pdf "$WORK/leaders-call.pdf" "$HERE/leaders-call.pdf"

# 7
pandoc -f markdown -t docx "$SRC/city-council.md" -o "$WORK/city-council.docx"
office "$WORK/city-council.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/city-council.pdf" "$HERE/city-council.pdf"

# 8
cat >"$WORK/notes.style" <<'CSS'
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font: 10.5pt/1.4 "DejaVu Sans", sans-serif; max-width: none; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2pt 6pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/notes.style" "$SRC/consortium-notes.md" -o "$WORK/consortium-notes.html"
chrome "$WORK/consortium-notes.html" "$WORK/consortium-notes.raw.pdf"
pdftocairo -pdf "$WORK/consortium-notes.raw.pdf" "$HERE/consortium-notes.pdf"

for f in coe-expert hrc-dialogue committee-minutes enb-ocean rust-summit leaders-call city-council consortium-notes; do
  printf '%-18s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
