#!/usr/bin/env bash
# make.sh — fifth set of held-out attribution documents (heldout5): eight
# invented meeting reports (src/*.md), each through a different PDF producer.
# Judged facts: mkgold.py. Rewrites ./*.pdf next to this script.
#
#   leaders-summit.pdf      pandoc HTML, two columns -> Chromium print-to-pdf (no header/footer)
#   security-council.pdf   pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   devconf-recap.pdf       pandoc HTML, straight quotes -> Chromium print-to-pdf (default header/footer)
#   society-agm.pdf  pandoc ms -> groff -ms -Tpdf (gropdf), letter
#   school-board.pdf   pandoc ODT (attendance table) -> LibreOffice Writer
#   ngo-workshop.pdf         pandoc ms -> groff -Tps -> ps2pdf, A4
#   regulator-hearing.pdf           pandoc HTML -> Chromium (no header/footer) -> Ghostscript pdfwrite -dNEWPDF=false
#   press-briefing.pdf  pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
mkdir -p "$HERE/tmp"; export TMPDIR=$HERE/tmp
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for t in pandoc chromium soffice gs ps2pdf pdftocairo groff qpdf; do
  command -v "$t" >/dev/null || { echo "make.sh: $t is missing" >&2; exit 1; }
done
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK

. "$HERE/../producers.sh" # chrome, office

# 1. Leaders summit summary: two justified columns, A4, Chromium without header/footer.
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
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/leaders-summit.md" -o "$WORK/leaders-summit.html"
chrome "$WORK/leaders-summit.html" "$HERE/leaders-summit.pdf" --no-pdf-header-footer

# 2. UN Security Council coverage: DOCX -> LibreOffice -> qpdf object streams.
pandoc -f markdown -t docx "$SRC/security-council.md" -o "$WORK/security-council.docx"
office "$WORK/security-council.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/security-council.pdf" "$HERE/security-council.pdf"

# 3. Dev-conference recap blog: straight quotes (-smart), Chromium with its default header/footer.
cat >"$WORK/blog.style" <<'CSS'
<style>
body { font: 11pt/1.5 "DejaVu Serif", serif; max-width: 42em; }
h2 { font: bold 12.5pt "DejaVu Sans", sans-serif; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/blog.style" "$SRC/devconf-recap.md" -o "$WORK/devconf-recap.html"
chrome "$WORK/devconf-recap.html" "$HERE/devconf-recap.pdf"

# 4. Society AGM minutes: groff ms, gropdf, letter.
pandoc -f markdown -t ms -s "$SRC/society-agm.md" -o "$WORK/society-agm.ms"
groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/society-agm.ms" >"$HERE/society-agm.pdf"

# 5. School board summary: ODT -> LibreOffice Writer.
pandoc -f markdown -t odt "$SRC/school-board.md" -o "$WORK/school-board.odt"
office "$WORK/school-board.odt"
cp "$WORK/school-board.pdf" "$HERE/school-board.pdf"

# 6. NGO workshop report: groff PostScript distilled by ps2pdf, A4.
pandoc -f markdown -t ms -s "$SRC/ngo-workshop.md" -o "$WORK/ngo-workshop.ms"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/ngo-workshop.ms" >"$WORK/ngo-workshop.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/ngo-workshop.ps" "$HERE/ngo-workshop.pdf"

# 7. Regulator roundtable: Chromium (no header/footer) then Ghostscript's old pdfwrite.
cat >"$WORK/regulator-hearing.style" <<'CSS'
<style>
@page { size: Letter; margin: 20mm; }
body { font: 11pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/regulator-hearing.style" "$SRC/regulator-hearing.md" -o "$WORK/regulator-hearing.html"
chrome "$WORK/regulator-hearing.html" "$WORK/regulator-hearing.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/regulator-hearing.pdf" "$WORK/regulator-hearing.raw.pdf"

# 8. Press briefing transcript: DOCX -> LibreOffice -> pdftocairo.
pandoc -f markdown -t docx "$SRC/press-briefing.md" -o "$WORK/press-briefing.docx"
office "$WORK/press-briefing.docx"
pdftocairo -pdf "$WORK/press-briefing.pdf" "$HERE/press-briefing.pdf"

for f in leaders-summit security-council devconf-recap society-agm school-board ngo-workshop regulator-hearing press-briefing; do
  printf '%-18s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
