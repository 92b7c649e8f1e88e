#!/usr/bin/env bash
# make.sh — sixth held-out set (heldout6): eight invented meeting reports
# (src/*.md), each through a different PDF producer chain. Judged facts:
# mkgold.py. Writes ./*.pdf next to this script.
#
#   ep-plenary.pdf        pandoc HTML, two justified columns, A4 -> Chromium print-to-pdf (no header/footer)
#   au-ministerial.pdf    pandoc DOCX (tables) -> LibreOffice Writer
#   wg-call.pdf           pandoc HTML, straight quotes, Letter -> Chromium (default header/footer)
#   agm-report.pdf        pandoc ms (tbl) -> groff -ms -Tpdf (gropdf), A4
#   trust-board.pdf       pandoc ODT (tables) -> LibreOffice -> qpdf --object-streams=generate
#   conf-blog.pdf         pandoc ms -> groff -Kutf8 -Tps, letter -> ps2pdf (-k mis-decoded "å" into mojibake)
#   tribunal-hearing.pdf  pandoc HTML -> Chromium (no header/footer) -> Ghostscript pdfwrite (new)
#   roundtable.pdf        pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
mkdir -p "$HERE/tmp"
WORK=$(mktemp -d "$HERE/tmp/make.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export TMPDIR=$WORK HOME=$WORK SOURCE_DATE_EPOCH=1772000000

. "$HERE/../producers.sh" # chrome, office

# 1. Parliament plenary summary: two justified columns, A4.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 15mm; }
body { font: 9.5pt/1.3 "DejaVu Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; hyphens: auto; }
h1 { font: bold 12pt "DejaVu Sans", sans-serif; margin: 6pt 0 3pt; }
h2 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 7pt 0 2pt; }
header#title-block-header { column-span: all; border-bottom: 1px solid #000; }
header#title-block-header h1.title { font: bold 14pt "DejaVu Sans", sans-serif; }
blockquote { font-style: italic; border-left: 2px solid #888; margin: 6pt 0; padding-left: 6pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/ep-plenary.md" -o "$WORK/ep-plenary.html"
chrome "$WORK/ep-plenary.html" "$HERE/ep-plenary.pdf" --no-pdf-header-footer

# 2. Ministerial summary record with tables: DOCX -> LibreOffice.
pandoc -f markdown -t docx "$SRC/au-ministerial.md" -o "$WORK/au-ministerial.docx"
office "$WORK/au-ministerial.docx"
cp "$WORK/au-ministerial.pdf" "$HERE/au-ministerial.pdf"

# 3. WG call notes: straight quotes, Letter, Chromium default header/footer.
cat >"$WORK/notes.style" <<'CSS'
<style>
@page { size: Letter; }
body { font: 10.5pt/1.45 "Liberation Sans", sans-serif; max-width: 46em; }
code { font-size: 9.5pt; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/notes.style" "$SRC/wg-call.md" -o "$WORK/wg-call.html"
chrome "$WORK/wg-call.html" "$HERE/wg-call.pdf"

# 4. AGM report: groff ms via gropdf, A4.
pandoc -f markdown -t ms -s "$SRC/agm-report.md" -o "$WORK/agm-report.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/agm-report.ms" >"$HERE/agm-report.pdf"

# 5. Hospital board minutes: ODT -> LibreOffice -> qpdf object streams.
pandoc -f markdown -t odt "$SRC/trust-board.md" -o "$WORK/trust-board.odt"
office "$WORK/trust-board.odt"
qpdf --object-streams=generate --compress-streams=y "$WORK/trust-board.pdf" "$HERE/trust-board.pdf"

# 6. Conference blog series: groff PostScript, letter -> ps2pdf.
pandoc -f markdown -t ms -s "$SRC/conf-blog.md" -o "$WORK/conf-blog.ms"
groff -Kutf8 -t -ms -Tps -dpaper=letter -P-pletter "$WORK/conf-blog.ms" >"$WORK/conf-blog.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/conf-blog.ps" "$HERE/conf-blog.pdf"

# 7. Tribunal hearing summary: Chromium (no header/footer) -> Ghostscript pdfwrite.
cat >"$WORK/court.style" <<'CSS'
<style>
@page { size: A4; margin: 22mm 20mm; }
body { font: 11pt/1.45 "Liberation Serif", serif; max-width: none; }
blockquote { margin: 10pt 30pt; font-size: 12pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/court.style" "$SRC/tribunal-hearing.md" -o "$WORK/tribunal-hearing.html"
chrome "$WORK/tribunal-hearing.html" "$WORK/tribunal-hearing.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
  -sOutputFile="$HERE/tribunal-hearing.pdf" "$WORK/tribunal-hearing.raw.pdf"

# 8. Chatham House roundtable: DOCX -> LibreOffice -> pdftocairo.
pandoc -f markdown -t docx "$SRC/roundtable.md" -o "$WORK/roundtable.docx"
office "$WORK/roundtable.docx"
pdftocairo -pdf "$WORK/roundtable.pdf" "$HERE/roundtable.pdf"

for f in ep-plenary au-ministerial wg-call agm-report trust-board conf-blog tribunal-hearing roundtable; do
  printf '%-17s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
