#!/usr/bin/env bash
# make.sh — heldout11: eight invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./NAME.pdf.
#   cyber-conference.pdf   pandoc ODT -> LibreOffice Writer
#   leaders-readout.pdf    pandoc HTML -> Chromium print-to-pdf (default header/footer)
#   enb-daily.pdf          pandoc HTML, two columns -> Chromium (no header/footer)
#   lang-summit.pdf        pandoc ms -> groff -ms -Tpdf (gropdf), letter
#   steering-minutes.pdf   pandoc ms -> groff -ms -Tps -> ps2pdf, A4
#   plenary-debate.pdf     pandoc DOCX -> LibreOffice -> pdftocairo -pdf
#   senate-meeting.pdf     pandoc HTML with fixed running header/footer -> Chromium (no h/f) -> Ghostscript pdfwrite
#   press-briefing.pdf     pandoc DOCX -> LibreOffice -> qpdf --linearize --object-streams=generate
#   usage: ./make.sh [NAME...]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
export TMPDIR=$HERE/tmp
mkdir -p "$TMPDIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1741824000
export HOME=$WORK
chrome() {
  local in=$1 out=$2; shift 2
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/chromium-profile" "$@" --print-to-pdf="$out" "file://$in" 2>/dev/null
}
office() {
  soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$1" >/dev/null 2>&1
}
ALL="cyber-conference leaders-readout enb-daily lang-summit steering-minutes plenary-debate senate-meeting press-briefing"
for n in ${@:-$ALL}; do
case $n in
cyber-conference)
  pandoc -f markdown -t odt "$SRC/$n.md" -o "$WORK/$n.odt"
  office "$WORK/$n.odt"; cp "$WORK/$n.pdf" "$HERE/$n.pdf" ;;
leaders-readout)
  cat >"$WORK/s.css" <<'CSS'
<style>
body { font: 11.5pt/1.55 "DejaVu Sans", sans-serif; max-width: 40em; }
h1 { font-size: 17pt; } p.date { color: #555; }
</style>
CSS
  pandoc -f markdown -t html5 -s -H "$WORK/s.css" "$SRC/$n.md" -o "$WORK/$n.html"
  chrome "$WORK/$n.html" "$HERE/$n.pdf" ;;
enb-daily)
  cat >"$WORK/s.css" <<'CSS'
<style>
@page { size: A4; margin: 14mm 13mm; }
body { font: 9.5pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 7mm; text-align: justify; max-width: none; }
h1 { column-span: all; font: bold 16pt "Liberation Sans", sans-serif; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 3pt; text-transform: uppercase; }
header#title-block-header { column-span: all; }
</style>
CSS
  pandoc -f markdown -t html5 -s -H "$WORK/s.css" "$SRC/$n.md" -o "$WORK/$n.html"
  chrome "$WORK/$n.html" "$HERE/$n.pdf" --no-pdf-header-footer ;;
lang-summit)
  pandoc -f markdown -t ms -s "$SRC/$n.md" -o "$WORK/$n.ms"
  groff -k -t -ms -Tpdf -dpaper=letter -P-pletter "$WORK/$n.ms" >"$HERE/$n.pdf" 2>"$WORK/groff.log" ;;
steering-minutes)
  pandoc -f markdown -t ms -s "$SRC/$n.md" -o "$WORK/$n.ms"
  groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$WORK/$n.ms" >"$WORK/$n.ps" 2>"$WORK/groff.log"
  ps2pdf -sPAPERSIZE=a4 "$WORK/$n.ps" "$HERE/$n.pdf" ;;
plenary-debate)
  pandoc -f markdown -t docx "$SRC/$n.md" -o "$WORK/$n.docx"
  office "$WORK/$n.docx"; pdftocairo -pdf "$WORK/$n.pdf" "$HERE/$n.pdf" ;;
senate-meeting)
  cat >"$WORK/s.css" <<'CSS'
<style>
@page { size: Letter; margin: 24mm 20mm 22mm; }
body { font: 10.5pt/1.45 "Liberation Sans", sans-serif; max-width: none; }
.runhead { position: fixed; top: -16mm; left: 0; right: 0; font-size: 8pt; color: #444; border-bottom: 0.5pt solid #888; }
.runfoot { position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 8pt; color: #444; text-align: center; }
</style>
CSS
  pandoc -f markdown -t html5 -s -H "$WORK/s.css" "$SRC/$n.md" -o "$WORK/$n.html"
  chrome "$WORK/$n.html" "$WORK/$n.raw.pdf" --no-pdf-header-footer
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dNEWPDF=false -dCompatibilityLevel=1.6 -sOutputFile="$HERE/$n.pdf" "$WORK/$n.raw.pdf" ;;
press-briefing)
  pandoc -f markdown -t docx "$SRC/$n.md" -o "$WORK/$n.docx"
  office "$WORK/$n.docx"
  qpdf --linearize --object-streams=generate "$WORK/$n.pdf" "$HERE/$n.pdf" ;;
esac
printf '%-18s %3s pages  %s / %s\n' "$n" "$(pdfinfo "$HERE/$n.pdf" | awk '/^Pages/ {print $2}')" \
  "$(pdfinfo "$HERE/$n.pdf" | awk -F': +' '/^Creator/ {print $2}')" "$(pdfinfo "$HERE/$n.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
