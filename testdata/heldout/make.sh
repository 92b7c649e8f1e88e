#!/usr/bin/env bash
# make.sh — the held-out attribution documents: seven meeting reports written
# for this project (src/*.md, invented people and organisations), each put
# through a different PDF producer, for indexer/heldout_test.go. The judged
# facts are in *.json (same format as the acceptance harness's gold files).
# Run once; the PDFs are committed. Rewrites testdata/heldout/*.pdf.
#
#   inc-bulletin.pdf      pandoc HTML, two justified columns -> Chromium (no header) -> pdftocairo -pdf
#   minerals-readout.pdf  pandoc DOCX -> LibreOffice Writer
#   quill-summit.pdf      pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   openmap-minutes.pdf   pandoc HTML -> Chromium (default header/footer) -> qpdf --linearize
#   water-forum.pdf       pandoc ODT (programme table) -> LibreOffice Writer -> Ghostscript pdfwrite
#   hearing-summary.pdf   pandoc ms -> groff -ms -Tps -> ps2pdf (Ghostscript), letter
#   envoy-interview.pdf   pandoc ODT -> LibreOffice Writer -> pdftocairo -pdf
#
# Debian packages: pandoc chromium libreoffice-writer-nogui ghostscript
# poppler-utils groff qpdf fonts-liberation.
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

# 1. ENB-style bulletin: two justified columns, A4.
cat >"$WORK/twocol.css" <<'CSS'
@page { size: A4; margin: 18mm 16mm; }
body { font: 10pt/1.35 "Liberation Serif", serif; column-count: 2; column-gap: 8mm; text-align: justify; hyphens: auto; }
h1 { column-span: all; font: bold 20pt "Liberation Sans", sans-serif; }
h2 { font: bold 11pt "Liberation Sans", sans-serif; margin: 10pt 0 4pt; }
header { display: none; }
CSS
{ echo "<style>"; cat "$WORK/twocol.css"; echo "</style>"; } >"$WORK/twocol.style"
pandoc -f markdown-smart -t html5 -s -H "$WORK/twocol.style" "$SRC/inc-bulletin.md" -o "$WORK/inc-bulletin.html"
chrome "$WORK/inc-bulletin.html" "$WORK/inc-bulletin.chrome.pdf" --no-pdf-header-footer
pdftocairo -pdf "$WORK/inc-bulletin.chrome.pdf" "$HERE/inc-bulletin.pdf"

# 2. Government readout: DOCX through LibreOffice.
pandoc -f markdown -t docx "$SRC/minerals-readout.md" -o "$WORK/minerals-readout.docx"
office "$WORK/minerals-readout.docx"
cp "$WORK/minerals-readout.pdf" "$HERE/minerals-readout.pdf"

# 3. Blog write-up: groff ms, gropdf, A4, groff hyphenation.
pandoc -f markdown-smart -t ms -s "$SRC/quill-summit.md" -o "$WORK/quill-summit.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/quill-summit.ms" >"$HERE/quill-summit.pdf"

# 4. Minutes: HTML printed by Chromium with its default header and footer, then qpdf.
pandoc -f markdown-smart -t html5 -s "$SRC/openmap-minutes.md" -o "$WORK/openmap-minutes.html"
chrome "$WORK/openmap-minutes.html" "$WORK/openmap-minutes.raw.pdf"
qpdf --linearize "$WORK/openmap-minutes.raw.pdf" "$HERE/openmap-minutes.pdf"

# 5. NGO conference report with a programme table: ODT -> LibreOffice -> Ghostscript.
pandoc -f markdown -t odt "$SRC/water-forum.md" -o "$WORK/water-forum.odt"
office "$WORK/water-forum.odt"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 \
  -sOutputFile="$HERE/water-forum.pdf" "$WORK/water-forum.pdf"

# 6. Committee hearing summary: groff PostScript distilled by ps2pdf, letter.
pandoc -f markdown -t ms -s "$SRC/hearing-summary.md" -o "$WORK/hearing-summary.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/hearing-summary.ms" >"$WORK/hearing-summary.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/hearing-summary.ps" "$HERE/hearing-summary.pdf"

# 7. Interview: ODT -> LibreOffice -> pdftocairo.
pandoc -f markdown -t odt "$SRC/envoy-interview.md" -o "$WORK/envoy-interview.odt"
office "$WORK/envoy-interview.odt"
pdftocairo -pdf "$WORK/envoy-interview.pdf" "$HERE/envoy-interview.pdf"

for f in inc-bulletin minerals-readout quill-summit openmap-minutes water-forum hearing-summary envoy-interview; do
  printf '%-18s %3s pages %7s bytes  %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
