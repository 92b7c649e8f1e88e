#!/usr/bin/env bash
# make.sh — heldout13: eight invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf here.
#
#   osce-migration.pdf     pandoc ODT (pull quotes, programme table) -> LibreOffice Writer
#   call-readout.pdf       pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   enb-daily.pdf          pandoc HTML, two columns -> Chromium print-to-pdf (no header/footer)
#   db-summit.pdf          pandoc HTML, straight quotes -> Chromium (default header/footer) -> pdftocairo -pdf
#   board-minutes.pdf      pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   committee-hearing.pdf  pandoc ms -> groff -Tps -> ps2pdf, letter
#   media-briefing.pdf     pandoc HTML -> Chromium (header/footer) -> Ghostscript pdfwrite -dNEWPDF=false
#   science-workshop.pdf   pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
export TMPDIR=$HERE/tmp
mkdir -p "$TMPDIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
chrome() { chromium --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/chr" --print-to-pdf="$2" "${@:3}" "file://$1" 2>/dev/null; }
office() { soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK" "$1" >/dev/null; }

# 1. OSCE-style conference report: ODT -> LibreOffice Writer.
pandoc -f markdown -t odt "$SRC/osce-migration.md" -o "$WORK/osce-migration.odt"
office "$WORK/osce-migration.odt"
cp "$WORK/osce-migration.pdf" "$HERE/osce-migration.pdf"

# 2. Call readout: DOCX -> LibreOffice -> qpdf object streams.
pandoc -f markdown -t docx "$SRC/call-readout.md" -o "$WORK/call-readout.docx"
office "$WORK/call-readout.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/call-readout.pdf" "$HERE/call-readout.pdf"

# 3. ENB-style bulletin: two justified columns, A4, Chromium without header/footer.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 14mm 13mm; }
body { font: 10pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { font: bold 13pt "Liberation Sans", sans-serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: bold 16pt "Liberation Sans", sans-serif; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/enb-daily.md" -o "$WORK/enb-daily.html"
chrome "$WORK/enb-daily.html" "$HERE/enb-daily.pdf" --no-pdf-header-footer

# 4. Summit write-up: straight quotes, Chromium with its default header/footer, then pdftocairo -pdf.
cat >"$WORK/blog.style" <<'CSS'
<style>
body { font: 11pt/1.5 "DejaVu Sans", sans-serif; max-width: 40em; }
h2 { font: bold 13pt "DejaVu Serif", serif; }
code { font-size: 10pt; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/blog.style" "$SRC/db-summit.md" -o "$WORK/db-summit.html"
chrome "$WORK/db-summit.html" "$WORK/db-summit.raw.pdf"
pdftocairo -pdf "$WORK/db-summit.raw.pdf" "$HERE/db-summit.pdf"

# 5. Board minutes: groff ms, gropdf, A4.
pandoc -f markdown -t ms -s "$SRC/board-minutes.md" -o "$WORK/board-minutes.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/board-minutes.ms" >"$HERE/board-minutes.pdf"

# 6. Committee hearing: groff PostScript distilled by ps2pdf, letter.
pandoc -f markdown -t ms -s "$SRC/committee-hearing.md" -o "$WORK/committee-hearing.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/committee-hearing.ms" >"$WORK/committee-hearing.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/committee-hearing.ps" "$HERE/committee-hearing.pdf"

# 7. Media briefing transcript: Chromium with header/footer, then Ghostscript's old pdfwrite.
cat >"$WORK/brief.style" <<'CSS'
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font: 11pt/1.45 "Liberation Sans", sans-serif; max-width: none; font-variant-ligatures: none; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/brief.style" "$SRC/media-briefing.md" -o "$WORK/media-briefing.html"
chrome "$WORK/media-briefing.html" "$WORK/media-briefing.raw.pdf"
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/media-briefing.pdf" "$WORK/media-briefing.raw.pdf"

# 8. Scientific workshop report: DOCX -> LibreOffice -> pdftocairo.
pandoc -f markdown -t docx "$SRC/science-workshop.md" -o "$WORK/science-workshop.docx"
office "$WORK/science-workshop.docx"
pdftocairo -pdf "$WORK/science-workshop.pdf" "$HERE/science-workshop.pdf"

for f in osce-migration call-readout enb-daily db-summit board-minutes committee-hearing media-briefing science-workshop; do
  printf '%-18s %3s pages  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
