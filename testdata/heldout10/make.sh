#!/usr/bin/env bash
# make.sh — heldout10: eight invented meeting reports (src/*.md), each through
# a different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf.
#
#   hrc-dialogue.pdf    pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   mpc-minutes.pdf     pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   city-council.pdf    pandoc HTML, one column -> Chromium (default header/footer), Letter
#   ietf-wg.pdf         pandoc HTML, sans, no header/footer -> Chromium -> qpdf --linearize
#   trust-board.pdf     pandoc ODT (action table) -> LibreOffice -> pdftocairo -pdf
#   union-congress.pdf  pandoc HTML, two columns -> Chromium (no header/footer)
#   media-panel.pdf     pandoc ms -> groff -Tps -> ps2pdf, letter
#   ministerial.pdf     pandoc HTML with fixed running header/footer -> Chromium -> Ghostscript pdfwrite (legacy interpreter: the new one of gs 10.00 breaks ToUnicode of curly quotes and dashes)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
mkdir -p "$HERE/tmp"
WORK=$(mktemp -d "$HERE/tmp/make.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
. "$HERE/../producers.sh" # chrome, office

# 1. UN summary record: DOCX -> LibreOffice -> qpdf object streams.
pandoc -f markdown -t docx "$SRC/hrc-dialogue.md" -o "$WORK/hrc-dialogue.docx"
office "$WORK/hrc-dialogue.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/hrc-dialogue.pdf" "$HERE/hrc-dialogue.pdf"

# 2. MPC minutes: groff ms, gropdf, A4.
pandoc -f markdown -t ms -s "$SRC/mpc-minutes.md" -o "$WORK/mpc-minutes.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/mpc-minutes.ms" >"$HERE/mpc-minutes.pdf"

# 3. City council: Chromium with its default header/footer.
cat >"$WORK/council.style" <<'CSS'
<style>
@page { size: Letter; margin: 18mm 18mm; }
body { font: 11pt/1.45 "Liberation Serif", serif; max-width: none; }
h1 { font: bold 16pt "Liberation Sans", sans-serif; }
h2 { font: bold 12pt "Liberation Sans", sans-serif; border-bottom: 1px solid #999; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/council.style" "$SRC/city-council.md" -o "$WORK/city-council.html"
chrome "$WORK/city-council.html" "$WORK/city-council.pdf"
cp "$WORK/city-council.pdf" "$HERE/city-council.pdf"

# 4. WG minutes: sans, compact, no header/footer, then qpdf linearize.
cat >"$WORK/wg.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 20mm; }
body { font: 10pt/1.4 "DejaVu Sans", sans-serif; max-width: none; }
h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin-top: 12pt; }
header#title-block-header { display: none; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/wg.style" "$SRC/ietf-wg.md" -o "$WORK/ietf-wg.html"
chrome "$WORK/ietf-wg.html" "$WORK/ietf-wg.pdf" --no-pdf-header-footer
qpdf --linearize "$WORK/ietf-wg.pdf" "$HERE/ietf-wg.pdf"

# 5. Trust board minutes: ODT -> LibreOffice -> pdftocairo.
pandoc -f markdown -t odt "$SRC/trust-board.md" -o "$WORK/trust-board.odt"
office "$WORK/trust-board.odt"
pdftocairo -pdf "$WORK/trust-board.pdf" "$HERE/trust-board.pdf"

# 6. Union congress report: two justified columns, Chromium, no header/footer.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 14mm 13mm; }
body { font: 10pt/1.32 "Liberation Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 17pt "Liberation Sans", sans-serif; }
h2 { font: bold 11pt "Liberation Sans", sans-serif; margin: 9pt 0 3pt; }
header#title-block-header { column-span: all; }
header#title-block-header h1.title { font: bold 10pt "Liberation Sans", sans-serif; text-align: left; }
blockquote { font: italic 12pt "Liberation Sans", sans-serif; border-left: 3px solid #a00; margin: 6pt 0; padding-left: 8pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/union-congress.md" -o "$WORK/union-congress.html"
chrome "$WORK/union-congress.html" "$HERE/union-congress.pdf" --no-pdf-header-footer

# 7. Festival blog post: groff PostScript -> ps2pdf, letter.
pandoc -f markdown -t ms -s "$SRC/media-panel.md" -o "$WORK/media-panel.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/media-panel.ms" >"$WORK/media-panel.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/media-panel.ps" "$HERE/media-panel.pdf"

# 8. Chair's summary: running header/footer as fixed elements, Chromium, then gs pdfwrite.
cat >"$WORK/min.style" <<'CSS'
<style>
@page { size: A4; margin: 24mm 20mm 22mm; }
body { font: 10.5pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
.runhead { position: fixed; top: -16mm; left: 0; right: 0; font-size: 8pt; color: #555; border-bottom: 0.5pt solid #888; }
.runfoot { position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 8pt; color: #555; text-align: center; }
</style>
CSS
cat >"$WORK/min.before" <<'HTML'
<div class="runhead">AIPCS/MCF-7/2025/SUMMARY — Distribution: General</div>
<div class="runfoot">Association of Indo-Pacific Coastal States · Secretariat</div>
HTML
pandoc -f markdown -t html5 -s -H "$WORK/min.style" -B "$WORK/min.before" "$SRC/ministerial.md" -o "$WORK/ministerial.html"
chrome "$WORK/ministerial.html" "$WORK/ministerial.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -dNEWPDF=false -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
  -sOutputFile="$HERE/ministerial.pdf" "$WORK/ministerial.raw.pdf"

for f in hrc-dialogue mpc-minutes city-council ietf-wg trust-board union-congress media-panel ministerial; do
  printf '%-16s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
