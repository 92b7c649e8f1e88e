#!/usr/bin/env bash
# make.sh — heldout14: eight invented meeting reports (src/*.md), each through
# a different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf.
#
#   unsc-coverage.pdf   pandoc HTML, two columns -> Chromium print-to-pdf (no header/footer), A4
#   agm-summary.pdf     pandoc DOCX -> LibreOffice -> qpdf --linearize
#   townhall.pdf        pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   hansard.pdf         pandoc ODT -> LibreOffice Writer
#   senate-minutes.pdf  pandoc ms -> groff -Tps -> ps2pdf, letter
#   summit-presser.pdf  pandoc HTML -> Chromium (default header/footer) -> qpdf --object-streams=generate
#   cardio-session.pdf  pandoc DOCX -> LibreOffice -> pdftocairo -pdf
#   wg-minutes.pdf      pandoc HTML -> Chromium (no header/footer), Letter -> Ghostscript pdfwrite
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
mkdir -p "$HERE/tmp"
WORK=$(mktemp -d "$HERE/tmp/make.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1772000000
export HOME=$WORK
. "$HERE/../producers.sh" # chrome, office

# 1. UN press release: two justified columns, A4.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 15mm; }
body { font: 10pt/1.32 "Liberation Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 16pt "Liberation Sans", sans-serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 9pt "Liberation Sans", sans-serif; text-align: left; color: #1a5a96; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/unsc-coverage.md" -o "$WORK/unsc-coverage.html"
chrome "$WORK/unsc-coverage.html" "$HERE/unsc-coverage.pdf" --no-pdf-header-footer

# 2. AGM summary: DOCX -> LibreOffice -> qpdf linearized.
pandoc -f markdown -t docx "$SRC/agm-summary.md" -o "$WORK/agm-summary.docx"
office "$WORK/agm-summary.docx"
qpdf --linearize "$WORK/agm-summary.pdf" "$HERE/agm-summary.pdf"

# 3. Consultation summary: groff ms, gropdf, A4.
pandoc -f markdown -t ms -s "$SRC/townhall.md" -o "$WORK/townhall.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/townhall.ms" >"$HERE/townhall.pdf"

# 4. Hansard excerpt: ODT -> LibreOffice Writer.
pandoc -f markdown -t odt "$SRC/hansard.md" -o "$WORK/hansard.odt"
office "$WORK/hansard.odt"
cp "$WORK/hansard.pdf" "$HERE/hansard.pdf"

# 5. Senate minutes: groff PostScript distilled by ps2pdf, letter.
pandoc -f markdown -t ms -s "$SRC/senate-minutes.md" -o "$WORK/senate-minutes.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/senate-minutes.ms" >"$WORK/senate-minutes.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/senate-minutes.ps" "$HERE/senate-minutes.pdf"

# 6. Press conference transcript: Chromium with its default header/footer, then qpdf object streams.
cat >"$WORK/presser.style" <<'CSS'
<style>
body { font: 10.5pt/1.45 "DejaVu Sans", sans-serif; max-width: 44em; }
h1 { font: bold 15pt "DejaVu Sans", sans-serif; }
</style>
CSS
pandoc -f markdown -t html5 -s --metadata title="Summit transcript" -H "$WORK/presser.style" "$SRC/summit-presser.md" -o "$WORK/summit-presser.html"
chrome "$WORK/summit-presser.html" "$WORK/summit-presser.raw.pdf"
qpdf --object-streams=generate --compress-streams=y "$WORK/summit-presser.raw.pdf" "$HERE/summit-presser.pdf"

# 7. Congress session report: DOCX -> LibreOffice -> pdftocairo.
pandoc -f markdown -t docx "$SRC/cardio-session.md" -o "$WORK/cardio-session.docx"
office "$WORK/cardio-session.docx"
pdftocairo -pdf "$WORK/cardio-session.pdf" "$HERE/cardio-session.pdf"

# 8. Working group minutes: Chromium (no header/footer), Letter, then Ghostscript pdfwrite.
cat >"$WORK/wg.style" <<'CSS'
<style>
@page { size: Letter; margin: 18mm; }
body { font: 10.5pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 10px; color: #333; }
</style>
CSS
pandoc -f markdown -t html5 -s --metadata title="OLF WG minutes" -H "$WORK/wg.style" "$SRC/wg-minutes.md" -o "$WORK/wg-minutes.html"
chrome "$WORK/wg-minutes.html" "$WORK/wg-minutes.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.6 \
  -sOutputFile="$HERE/wg-minutes.pdf" "$WORK/wg-minutes.raw.pdf"

for f in unsc-coverage agm-summary townhall hansard senate-minutes summit-presser cardio-session wg-minutes; do
  printf '%-16s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
