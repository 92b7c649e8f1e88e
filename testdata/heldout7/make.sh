#!/usr/bin/env bash
# make.sh — heldout7: eight invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf here.
#
#   readout.pdf           pandoc DOCX -> LibreOffice -> Ghostscript pdfwrite (legacy engine; the new one breaks ligature ToUnicode)
#   enb-daily.pdf         pandoc HTML, two columns, Letter -> Chromium print-to-pdf WITH default header/footer
#   lang-summit.pdf       pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   foundation-board.pdf  pandoc ODT -> LibreOffice Writer -> qpdf --object-streams=generate
#   osce-conference.pdf   pandoc HTML (programme table, styled pull quotes) -> Chromium (no header/footer) -> pdftocairo -pdf
#   committee.pdf         pandoc ms -> groff -Tps -> ps2pdf, letter
#   town-council.pdf      pandoc DOCX -> LibreOffice (plain)
#   ngo-webinar.pdf       pandoc HTML, sans, A4 -> Chromium (no header/footer) -> qpdf --linearize
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1763000000
export HOME=$WORK

. "$HERE/../producers.sh" # chrome, office

# 1 readout
pandoc -f markdown -t docx "$SRC/readout.md" -o "$WORK/readout.docx"
office "$WORK/readout.docx"
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -dCompatibilityLevel=1.6 -sOutputFile="$HERE/readout.pdf" "$WORK/readout.pdf"

# 2 enb-daily
cat >"$WORK/enb.style" <<'CSS'
<style>
@page { size: Letter; margin: 18mm 15mm; }
body { font: 9.5pt/1.3 "DejaVu Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 14pt "DejaVu Sans", sans-serif; }
h2 { font: bold 10pt "DejaVu Sans", sans-serif; text-transform: uppercase; margin: 7pt 0 3pt; }
header#title-block-header { column-span: all; border-bottom: 2px solid #264; }
header#title-block-header h1.title { font: bold 11pt "DejaVu Sans", sans-serif; color: #264; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/enb.style" "$SRC/enb-daily.md" -o "$WORK/enb-daily.html"
chrome "$WORK/enb-daily.html" "$HERE/enb-daily.pdf"

# 3 lang-summit
pandoc -f markdown -t ms -s "$SRC/lang-summit.md" -o "$WORK/lang-summit.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/lang-summit.ms" >"$HERE/lang-summit.pdf"

# 4 foundation-board
pandoc -f markdown -t odt "$SRC/foundation-board.md" -o "$WORK/foundation-board.odt"
office "$WORK/foundation-board.odt"
qpdf --object-streams=generate --compress-streams=y "$WORK/foundation-board.pdf" "$HERE/foundation-board.pdf"

# 5 osce-conference
cat >"$WORK/osce.style" <<'CSS'
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font: 10.5pt/1.45 "Liberation Sans", sans-serif; max-width: none; color: #222; }
h1 { font: bold 14pt "Liberation Sans", sans-serif; color: #0a3d62; border-bottom: 1px solid #0a3d62; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; }
blockquote { float: right; width: 42%; margin: 4pt 0 6pt 12pt; padding: 6pt 10pt; background: #e8f0f7;
  border-left: 4px solid #0a3d62; font: italic 12pt/1.35 "Liberation Serif", serif; color: #0a3d62; }
blockquote p:last-child { font: normal 8.5pt "Liberation Sans", sans-serif; text-align: right; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/osce.style" "$SRC/osce-conference.md" -o "$WORK/osce-conference.html"
chrome "$WORK/osce-conference.html" "$WORK/osce.raw.pdf" --no-pdf-header-footer
pdftocairo -pdf "$WORK/osce.raw.pdf" "$HERE/osce-conference.pdf"

# 6 committee
pandoc -f markdown -t ms -s "$SRC/committee.md" -o "$WORK/committee.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/committee.ms" >"$WORK/committee.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/committee.ps" "$HERE/committee.pdf"

# 7 town-council
pandoc -f markdown -t docx "$SRC/town-council.md" -o "$WORK/town-council.docx"
office "$WORK/town-council.docx"
cp "$WORK/town-council.pdf" "$HERE/town-council.pdf"

# 8 ngo-webinar
cat >"$WORK/ngo.style" <<'CSS'
<style>
@page { size: A4; margin: 22mm 20mm; }
body { font: 11pt/1.5 "DejaVu Sans", sans-serif; max-width: none; }
h2 { font: bold 12pt "DejaVu Sans", sans-serif; color: #7a3e00; }
blockquote { margin: 10pt 30pt; font-size: 13pt; font-style: italic; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/ngo.style" "$SRC/ngo-webinar.md" -o "$WORK/ngo-webinar.html"
chrome "$WORK/ngo-webinar.html" "$WORK/ngo.raw.pdf" --no-pdf-header-footer
qpdf --linearize "$WORK/ngo.raw.pdf" "$HERE/ngo-webinar.pdf"

for f in readout enb-daily lang-summit foundation-board osce-conference committee town-council ngo-webinar; do
  printf '%-18s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
