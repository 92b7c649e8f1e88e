#!/usr/bin/env bash
# make.sh — heldout8: eight invented meeting reports (src/*.md), each through a different PDF producer.
#   summit-chair.pdf        pandoc DOCX -> LibreOffice -> qpdf --linearize
#   contact-group.pdf       pandoc HTML, two columns -> Chromium (no header/footer)
#   core-sprint.pdf         pandoc HTML -> Chromium with default header/footer
#   coop-agm.pdf            pandoc ms -> groff -ms -Tpdf, A4
#   select-committee.pdf    pandoc ODT -> LibreOffice Writer
#   planning-committee.pdf  pandoc ms -> groff -Tps -> ps2pdf, letter
#   mdb-seminar.pdf         pandoc HTML -> Chromium -> Ghostscript pdfwrite (new engine)
#   journalism-panel.pdf    pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1764547200
export HOME=$WORK
. "$HERE/../producers.sh" # chrome, office

pandoc -f markdown -t docx "$SRC/summit-chair.md" -o "$WORK/summit-chair.docx"
office "$WORK/summit-chair.docx"
qpdf --linearize "$WORK/summit-chair.pdf" "$HERE/summit-chair.pdf"

cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 14mm; }
body { font: 9.5pt/1.3 "DejaVu Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1, header#title-block-header { column-span: all; }
h1 { font: bold 14pt "DejaVu Sans", sans-serif; }
h2 { font: bold 10pt "DejaVu Sans", sans-serif; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/contact-group.md" -o "$WORK/contact-group.html"
chrome "$WORK/contact-group.html" "$HERE/contact-group.pdf" --no-pdf-header-footer

cat >"$WORK/blog.style" <<'CSS'
<style>
body { font: 11pt/1.5 "Liberation Sans", sans-serif; max-width: 40em; }
h2 { font: bold 13pt "Liberation Serif", serif; border-bottom: 1px solid #999; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/blog.style" "$SRC/core-sprint.md" -o "$WORK/core-sprint.html"
chrome "$WORK/core-sprint.html" "$HERE/core-sprint.pdf"

pandoc -f markdown -t ms -s "$SRC/coop-agm.md" -o "$WORK/coop-agm.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/coop-agm.ms" >"$HERE/coop-agm.pdf"

pandoc -f markdown -t odt "$SRC/select-committee.md" -o "$WORK/select-committee.odt"
office "$WORK/select-committee.odt"
cp "$WORK/select-committee.pdf" "$HERE/select-committee.pdf"

pandoc -f markdown -t ms -s "$SRC/planning-committee.md" -o "$WORK/planning-committee.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/planning-committee.ms" >"$WORK/planning-committee.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/planning-committee.ps" "$HERE/planning-committee.pdf"

cat >"$WORK/mdb.style" <<'CSS'
<style>
@page { size: Letter; margin: 22mm 20mm; }
body { font: 10.5pt/1.4 "Liberation Serif", serif; max-width: none; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; font-variant: small-caps; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/mdb.style" "$SRC/mdb-seminar.md" -o "$WORK/mdb-seminar.html"
chrome "$WORK/mdb-seminar.html" "$WORK/mdb-seminar.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 -sOutputFile="$HERE/mdb-seminar.pdf" "$WORK/mdb-seminar.raw.pdf"

pandoc -f markdown -t docx "$SRC/journalism-panel.md" -o "$WORK/journalism-panel.docx"
office "$WORK/journalism-panel.docx"
pdftocairo -pdf "$WORK/journalism-panel.pdf" "$HERE/journalism-panel.pdf"

for f in summit-chair contact-group core-sprint coop-agm select-committee planning-committee mdb-seminar journalism-panel; do
  printf '%-20s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
