#!/usr/bin/env bash
# make.sh — heldout16: eight invented meeting reports (src/*.md), each through a different PDF producer.
#   expert-conference.pdf  pandoc HTML, two justified columns -> Chromium print-to-pdf (no header/footer), A4
#   hearing.pdf            pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   bank-minutes.pdf       pandoc ms -> groff -ms -Tpdf (gropdf), letter
#   wha-summary.pdf        pandoc ODT -> LibreOffice Writer
#   school-board.pdf       pandoc ms -> groff -Tps -> ps2pdf, A4
#   podcast-panel.pdf      pandoc HTML, straight quotes (-smart) -> Chromium with default header/footer
#   union-congress.pdf     pandoc HTML -> Chromium (no header/footer) -> Ghostscript pdfwrite -dNEWPDF=false
#   cluster-notes.pdf      pandoc DOCX -> LibreOffice -> pdftocairo -pdf
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
mkdir -p "$HERE/tmp"
WORK=$(mktemp -d "$HERE/tmp/make.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
chrome() {
  local in=$1 out=$2; shift 2
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/chromium-profile" "$@" --print-to-pdf="$out" "file://$in" 2>/dev/null
}
office() { soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$1" >/dev/null 2>&1; }

# 1. expert conference: two columns
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 15mm; }
body { font: 10pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 8mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 15pt "Liberation Sans", sans-serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: 8.5pt "Liberation Sans", sans-serif; text-align: right; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/expert-conference.md" -o "$WORK/expert-conference.html"
chrome "$WORK/expert-conference.html" "$HERE/expert-conference.pdf" --no-pdf-header-footer

# 2. hearing: DOCX -> LO -> qpdf
pandoc -f markdown -t docx "$SRC/hearing.md" -o "$WORK/hearing.docx"
office "$WORK/hearing.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/hearing.pdf" "$HERE/hearing.pdf"

# 3. bank minutes: groff gropdf letter
pandoc -f markdown -t ms -s "$SRC/bank-minutes.md" -o "$WORK/bank-minutes.ms"
groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/bank-minutes.ms" >"$HERE/bank-minutes.pdf"

# 4. WHA summary: ODT -> LO
pandoc -f markdown -t odt "$SRC/wha-summary.md" -o "$WORK/wha-summary.odt"
office "$WORK/wha-summary.odt"
cp "$WORK/wha-summary.pdf" "$HERE/wha-summary.pdf"

# 5. school board: groff ps -> ps2pdf
pandoc -f markdown -t ms -s "$SRC/school-board.md" -o "$WORK/school-board.ms"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/school-board.ms" >"$WORK/school-board.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/school-board.ps" "$HERE/school-board.pdf"

# 6. podcast: straight quotes, Chromium default header/footer
cat >"$WORK/blog.style" <<'CSS'
<style>
body { font: 11pt/1.5 "DejaVu Serif", serif; max-width: 42em; }
h1, h2 { font-family: "DejaVu Sans", sans-serif; }
blockquote { font-style: italic; border-left: 3px solid #999; margin-left: 0; padding-left: 1em; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/blog.style" "$SRC/podcast-panel.md" -o "$WORK/podcast-panel.html"
chrome "$WORK/podcast-panel.html" "$HERE/podcast-panel.pdf"

# 7. union congress: Chromium -> gs pdfwrite
cat >"$WORK/letter.style" <<'CSS'
<style>
@page { size: Letter; margin: 20mm; }
body { font: 11pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/letter.style" "$SRC/union-congress.md" -o "$WORK/union-congress.html"
chrome "$WORK/union-congress.html" "$WORK/union-congress.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/union-congress.pdf" "$WORK/union-congress.raw.pdf"

# 8. cluster notes: DOCX -> LO -> pdftocairo
pandoc -f markdown -t docx "$SRC/cluster-notes.md" -o "$WORK/cluster-notes.docx"
office "$WORK/cluster-notes.docx"
pdftocairo -pdf "$WORK/cluster-notes.pdf" "$HERE/cluster-notes.pdf"

for f in expert-conference hearing bank-minutes wha-summary school-board podcast-panel union-congress cluster-notes; do
  printf '%-18s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
