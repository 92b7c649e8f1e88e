#!/usr/bin/env bash
# make.sh — second set of held-out attribution documents (heldout2): seven
# invented meeting reports (src/*.md), each put through a different PDF
# producer. Judged facts: mkgold.py. Rewrites ./*.pdf next to this script.
#
#   un-bulletin.pdf      pandoc HTML, two justified columns -> Chromium (Skia, no header)
#   chair-summary.pdf    pandoc DOCX (participants table) -> LibreOffice -> qpdf object streams
#   devconf-blog.pdf     pandoc HTML, straight quotes -> Chromium (default header/footer) -> Ghostscript pdfwrite
#   board-minutes.pdf    pandoc ms -> groff -ms -Tpdf (gropdf), letter
#   workshop-report.pdf  pandoc ODT (programme table) -> LibreOffice Writer
#   press-readout.pdf    pandoc DOCX (epigraph + dash credit) -> LibreOffice -> pdftocairo -pdf
#   committee-report.pdf pandoc ms (numbered paragraphs) -> groff -Tps -> ps2pdf, A4
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

# 1. UN-style daily bulletin: two justified columns, A4, Chromium directly.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 15mm; }
body { font: 10pt/1.3 "Liberation Sans", sans-serif; column-count: 2; column-gap: 7mm; text-align: justify; hyphens: auto; max-width: none; }
h1 { column-span: all; font: bold 16pt "Liberation Serif", serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; text-transform: uppercase; margin: 9pt 0 3pt; }
header#title-block-header { column-span: all; font-size: 9pt; }
header#title-block-header h1.title { font: italic 10pt "Liberation Sans", sans-serif; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/twocol.style" "$SRC/un-bulletin.md" -o "$WORK/un-bulletin.html"
chrome "$WORK/un-bulletin.html" "$HERE/un-bulletin.pdf" --no-pdf-header-footer

# 2. Chair's summary: DOCX -> LibreOffice, then qpdf rewrites into object streams.
pandoc -f markdown -t docx "$SRC/chair-summary.md" -o "$WORK/chair-summary.docx"
office "$WORK/chair-summary.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/chair-summary.pdf" "$HERE/chair-summary.pdf"

# 3. Blog write-up: straight quotes kept (-smart), Chromium with its header/footer, then Ghostscript.
cat >"$WORK/blog.style" <<'CSS'
<style>
body { font: 11pt/1.5 "DejaVu Sans", sans-serif; max-width: 44em; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; }
</style>
CSS
pandoc -f markdown-smart -t html5 -s -H "$WORK/blog.style" "$SRC/devconf-blog.md" -o "$WORK/devconf-blog.html"
chrome "$WORK/devconf-blog.html" "$WORK/devconf-blog.raw.pdf"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
  -sOutputFile="$HERE/devconf-blog.pdf" "$WORK/devconf-blog.raw.pdf"

# 4. Board minutes: groff ms, gropdf, US letter.
pandoc -f markdown -t ms -s "$SRC/board-minutes.md" -o "$WORK/board-minutes.ms"
groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/board-minutes.ms" >"$HERE/board-minutes.pdf"

# 5. Workshop report with a programme table: ODT -> LibreOffice.
pandoc -f markdown -t odt "$SRC/workshop-report.md" -o "$WORK/workshop-report.odt"
office "$WORK/workshop-report.odt"
cp "$WORK/workshop-report.pdf" "$HERE/workshop-report.pdf"

# 6. Press readout: DOCX -> LibreOffice -> pdftocairo (cairo rewrites fonts and text).
pandoc -f markdown -t docx "$SRC/press-readout.md" -o "$WORK/press-readout.docx"
office "$WORK/press-readout.docx"
pdftocairo -pdf "$WORK/press-readout.pdf" "$HERE/press-readout.pdf"

# 7. Committee report: groff PostScript distilled by ps2pdf, A4.
pandoc -f markdown -t ms -s "$SRC/committee-report.md" -o "$WORK/committee-report.ms"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/committee-report.ms" >"$WORK/committee-report.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/committee-report.ps" "$HERE/committee-report.pdf"

for f in un-bulletin chair-summary devconf-blog board-minutes workshop-report press-readout committee-report; do
  printf '%-17s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
