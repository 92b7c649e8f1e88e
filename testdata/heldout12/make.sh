#!/usr/bin/env bash
# make.sh — heldout12: eight invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf here.
#
#   assembly-conference.pdf  pandoc ODT (pull quotes) -> LibreOffice Writer
#   ministerial-readout.pdf  pandoc DOCX -> LibreOffice -> qpdf --linearize
#   enb-summary.pdf          pandoc HTML, two justified columns -> Chromium (no header/footer)
#   maintainers-summit.pdf   pandoc ms -> groff -ms -Tpdf (gropdf), letter
#   trustees-minutes.pdf     pandoc ms (tbl) -> groff -Tps -> ps2pdf, A4
#   hearing-summary.pdf      pandoc HTML -> Chromium (default header/footer) -> Ghostscript pdfwrite
#   consultation-report.pdf  pandoc DOCX -> LibreOffice -> pdftocairo -pdf
#   webinar-recap.pdf        pandoc HTML, straight quotes -> Chromium (no header/footer) -> qpdf object streams
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
mkdir -p "$HERE/tmp"
WORK=$(mktemp -d "$HERE/tmp/make.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
. "$HERE/producers.sh" # chrome, office

# 1
pandoc -f markdown -t odt "$SRC/assembly-conference.md" -o "$WORK/assembly-conference.odt"
office "$WORK/assembly-conference.odt"
cp "$WORK/assembly-conference.pdf" "$HERE/assembly-conference.pdf"

# 2
pandoc -f markdown -t docx "$SRC/ministerial-readout.md" -o "$WORK/ministerial-readout.docx"
office "$WORK/ministerial-readout.docx"
qpdf --linearize "$WORK/ministerial-readout.pdf" "$HERE/ministerial-readout.pdf"

# 3
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 14mm; }
body { font: 9.5pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { font: bold 11pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; }
h2 { font: bold italic 10pt "Liberation Sans", sans-serif; margin: 6pt 0 2pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: bold 15pt "Liberation Sans", sans-serif; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/enb-summary.md" -o "$WORK/enb-summary.html"
chrome "$WORK/enb-summary.html" "$HERE/enb-summary.pdf" --no-pdf-header-footer

# 4
pandoc -f markdown -t ms -s "$SRC/maintainers-summit.md" -o "$WORK/maintainers-summit.ms"
groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/maintainers-summit.ms" >"$HERE/maintainers-summit.pdf"

# 5
pandoc -f markdown -t ms -s "$SRC/trustees-minutes.md" -o "$WORK/trustees-minutes.ms"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/trustees-minutes.ms" >"$WORK/trustees-minutes.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/trustees-minutes.ps" "$HERE/trustees-minutes.pdf"

# 6
cat >"$WORK/hearing.style" <<'CSS'
<style>
@page { size: Letter; margin: 22mm 20mm; }
body { font: 11pt/1.45 "DejaVu Serif", serif; max-width: none; }
h2 { font: bold 12pt "DejaVu Sans", sans-serif; border-bottom: 1px solid #888; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/hearing.style" "$SRC/hearing-summary.md" -o "$WORK/hearing-summary.html"
chrome "$WORK/hearing-summary.html" "$WORK/hearing-summary.raw.pdf"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
  -sOutputFile="$HERE/hearing-summary.pdf" "$WORK/hearing-summary.raw.pdf"

# 7
pandoc -f markdown -t docx "$SRC/consultation-report.md" -o "$WORK/consultation-report.docx"
office "$WORK/consultation-report.docx"
pdftocairo -pdf "$WORK/consultation-report.pdf" "$HERE/consultation-report.pdf"

# 8
cat >"$WORK/blog.style" <<'CSS'
<style>
@page { size: A4; margin: 18mm; }
body { font: 10.5pt/1.5 "Liberation Sans", sans-serif; max-width: none; }
blockquote { font: italic 13pt/1.4 "Liberation Serif", serif; border-left: 4px solid #c60; margin: 10pt 30pt; padding-left: 10pt; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/blog.style" "$SRC/webinar-recap.md" -o "$WORK/webinar-recap.html"
chrome "$WORK/webinar-recap.html" "$WORK/webinar-recap.raw.pdf" --no-pdf-header-footer
qpdf --object-streams=generate --compress-streams=y "$WORK/webinar-recap.raw.pdf" "$HERE/webinar-recap.pdf"

for f in assembly-conference ministerial-readout enb-summary maintainers-summit trustees-minutes hearing-summary consultation-report webinar-recap; do
  printf '%-20s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
