#!/usr/bin/env bash
# make.sh — third set of held-out attribution documents (heldout3): eight
# invented meeting reports (src/*.md), each through a different PDF producer.
# Judged facts: mkgold.py. Rewrites ./*.pdf next to this script.
#
#   enb-bulletin.pdf      pandoc HTML, two columns -> Chromium print-to-pdf (no header/footer)
#   leaders-readout.pdf   pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   lang-summit.pdf       pandoc HTML, straight quotes -> Chromium print-to-pdf (default header/footer)
#   foundation-board.pdf  pandoc ms -> groff -ms -Tpdf (gropdf), letter
#   osce-conference.pdf   pandoc ODT (programme tables, pull quotes) -> LibreOffice Writer
#   symposium.pdf         pandoc ms -> groff -Tps -> ps2pdf, A4
#   council.pdf           pandoc HTML -> Chromium (no header/footer) -> Ghostscript pdfwrite -dNEWPDF=false
#   press-conference.pdf  pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for t in pandoc chromium soffice gs ps2pdf pdftocairo groff qpdf; do
  command -v "$t" >/dev/null || { echo "make.sh: $t is missing" >&2; exit 1; }
done
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK

. "$HERE/../producers.sh" # chrome, office

# 1. ENB-style daily issue: two justified columns, A4, Chromium without header/footer.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 15mm 14mm; }
body { font: 10pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 8mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 15pt "Liberation Sans", sans-serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 9pt "Liberation Sans", sans-serif; text-align: right; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/enb-bulletin.md" -o "$WORK/enb-bulletin.html"
chrome "$WORK/enb-bulletin.html" "$HERE/enb-bulletin.pdf" --no-pdf-header-footer

# 2. Government readout: DOCX -> LibreOffice -> qpdf object streams.
pandoc -f markdown -t docx "$SRC/leaders-readout.md" -o "$WORK/leaders-readout.docx"
office "$WORK/leaders-readout.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/leaders-readout.pdf" "$HERE/leaders-readout.pdf"

# 3. Language summit write-up: straight quotes (-smart), Chromium with its default header/footer.
cat >"$WORK/blog.style" <<'CSS'
<style>
body { font: 11pt/1.5 "DejaVu Serif", serif; max-width: 42em; }
h2 { font: bold 12.5pt "DejaVu Sans", sans-serif; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/blog.style" "$SRC/lang-summit.md" -o "$WORK/lang-summit.html"
chrome "$WORK/lang-summit.html" "$HERE/lang-summit.pdf"

# 4. Foundation board minutes: groff ms, gropdf, letter.
pandoc -f markdown -t ms -s "$SRC/foundation-board.md" -o "$WORK/foundation-board.ms"
groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/foundation-board.ms" >"$HERE/foundation-board.pdf"

# 5. OSCE-style conference report with programme tables: ODT -> LibreOffice Writer.
pandoc -f markdown -t odt "$SRC/osce-conference.md" -o "$WORK/osce-conference.odt"
office "$WORK/osce-conference.odt"
cp "$WORK/osce-conference.pdf" "$HERE/osce-conference.pdf"

# 6. Symposium summary: groff PostScript distilled by ps2pdf, A4.
pandoc -f markdown -t ms -s "$SRC/symposium.md" -o "$WORK/symposium.ms"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/symposium.ms" >"$WORK/symposium.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/symposium.ps" "$HERE/symposium.pdf"

# 7. Council summary: Chromium (no header/footer) then Ghostscript's old pdfwrite.
cat >"$WORK/council.style" <<'CSS'
<style>
@page { size: Letter; margin: 20mm; }
body { font: 11pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/council.style" "$SRC/council.md" -o "$WORK/council.html"
chrome "$WORK/council.html" "$WORK/council.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/council.pdf" "$WORK/council.raw.pdf"

# 8. Press conference transcript: DOCX -> LibreOffice -> pdftocairo.
pandoc -f markdown -t docx "$SRC/press-conference.md" -o "$WORK/press-conference.docx"
office "$WORK/press-conference.docx"
pdftocairo -pdf "$WORK/press-conference.pdf" "$HERE/press-conference.pdf"

for f in enb-bulletin leaders-readout lang-summit foundation-board osce-conference symposium council press-conference; do
  printf '%-18s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
