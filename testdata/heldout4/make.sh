#!/usr/bin/env bash
# make.sh — fourth held-out set (heldout4): eight invented meeting reports
# (src/*.md), each through a different PDF producer chain. Judged facts: mkgold.py.
#
#   readout.pdf           pandoc HTML -> Chromium print-to-pdf (default header/footer) -> qpdf --linearize
#   enb-daily.pdf         pandoc HTML, two columns -> Chromium (no header/footer)
#   lang-summit.pdf       pandoc ms -> groff -Tps -> ps2pdf, A4
#   board-minutes.pdf     pandoc DOCX -> LibreOffice
#   select-committee.pdf  pandoc ODT -> LibreOffice -> pdftocairo -pdf
#   council.pdf           pandoc ms -> groff -Tpdf (gropdf), letter
#   osce-conference.pdf   pandoc HTML (pull quotes as blockquotes) -> Chromium -> Ghostscript pdfwrite
#   workshop.pdf          pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
WORK=$(mktemp -d "${TMPDIR:-/tmp}/h4make.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
. "$HERE/../producers.sh" # chrome, office

# 1 readout
cat >"$WORK/gov.style" <<'CSS'
<style>
body { font: 11pt/1.5 "Liberation Serif", serif; max-width: 40em; }
h1.title { font: bold 17pt "Liberation Sans", sans-serif; }
h2 { font: bold 13pt "Liberation Sans", sans-serif; border-top: 1px solid #999; padding-top: 6pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/gov.style" "$SRC/readout.md" -o "$WORK/readout.html"
chrome "$WORK/readout.html" "$WORK/readout.raw.pdf"
qpdf --linearize "$WORK/readout.raw.pdf" "$HERE/readout.pdf"

# 2 enb-daily two columns
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 14mm 13mm; }
body { font: 9.5pt/1.3 "DejaVu Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 14pt "DejaVu Sans", sans-serif; }
h2 { font: bold 10pt "DejaVu Sans", sans-serif; text-transform: uppercase; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 8.5pt "DejaVu Sans", sans-serif; text-align: left; color: #555; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/enb-daily.md" -o "$WORK/enb-daily.html"
chrome "$WORK/enb-daily.html" "$HERE/enb-daily.pdf" --no-pdf-header-footer

# 3 lang-summit: groff PostScript -> ps2pdf
pandoc -f markdown -t ms -s "$SRC/lang-summit.md" -o "$WORK/lang-summit.ms"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/lang-summit.ms" >"$WORK/lang-summit.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/lang-summit.ps" "$HERE/lang-summit.pdf"

# 4 board-minutes: DOCX -> LibreOffice
pandoc -f markdown -t docx "$SRC/board-minutes.md" -o "$WORK/board-minutes.docx"
office "$WORK/board-minutes.docx"; cp "$WORK/board-minutes.pdf" "$HERE/board-minutes.pdf"

# 5 select-committee: ODT -> LibreOffice -> pdftocairo
pandoc -f markdown -t odt "$SRC/select-committee.md" -o "$WORK/select-committee.odt"
office "$WORK/select-committee.odt"
pdftocairo -pdf "$WORK/select-committee.pdf" "$HERE/select-committee.pdf"

# 6 council: groff -Tpdf, letter
pandoc -f markdown -t ms -s "$SRC/council.md" -o "$WORK/council.ms"
groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/council.ms" >"$HERE/council.pdf"

# 7 osce-conference: Chromium -> Ghostscript pdfwrite
cat >"$WORK/osce.style" <<'CSS'
<style>
@page { size: A4; margin: 18mm; }
body { font: 10.5pt/1.45 "Liberation Sans", sans-serif; max-width: none; }
blockquote { margin: 10pt 30pt; font: italic 13pt/1.3 "Liberation Serif", serif; color: #1b4f8a; border-left: 3px solid #1b4f8a; padding-left: 10pt; }
blockquote p:last-child { font: 9pt "Liberation Sans", sans-serif; color: #333; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/osce.style" "$SRC/osce-conference.md" -o "$WORK/osce-conference.html"
chrome "$WORK/osce-conference.html" "$WORK/osce.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$HERE/osce-conference.pdf" "$WORK/osce.raw.pdf"

# 8 workshop: DOCX -> LibreOffice -> qpdf object streams
pandoc -f markdown -t docx "$SRC/workshop.md" -o "$WORK/workshop.docx"
office "$WORK/workshop.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/workshop.pdf" "$HERE/workshop.pdf"

for f in readout enb-daily lang-summit board-minutes select-committee council osce-conference workshop; do
  printf '%-18s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
