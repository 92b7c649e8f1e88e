#!/usr/bin/env bash
# make.sh — heldout17: invented meeting reports (src/*.md), each through a
# different PDF producer chain. Judged facts: mkgold.py. Writes ./*.pdf here.
#
#   osce-conference.pdf    pandoc ODT -> LibreOffice Writer
#   leaders-readout.pdf    pandoc HTML -> Chromium print-to-pdf (default header/footer)
#   inquiry-minutes.pdf    pandoc ms -> groff -ms -Tpdf (gropdf), A4
#   members-forum.pdf      pandoc DOCX -> LibreOffice -> qpdf --object-streams=generate
#   advisory-committee.pdf pandoc HTML, two columns -> Chromium (no header/footer) -> Ghostscript pdfwrite
#   panel-qa.pdf           pandoc ms -> groff -Tps -> ps2pdf, letter
#   court-argument.pdf     pandoc DOCX -> LibreOffice -> pdftocairo -pdf
#   budget-hearing.pdf     pandoc HTML -> Chromium (no header/footer) -> qpdf --linearize
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
export TMPDIR=${TMPDIR:-$HERE/tmp}
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
has() { [ -f "$SRC/$1.md" ]; }

# 1. OSCE-style conference report: ODT -> LibreOffice Writer.
pandoc -f markdown -t odt "$SRC/osce-conference.md" -o "$WORK/osce-conference.odt"
office "$WORK/osce-conference.odt"
cp "$WORK/osce-conference.pdf" "$HERE/osce-conference.pdf"

# 2. Readout page: Chromium with its default header/footer.
cat >"$WORK/web.style" <<'CSS'
<style>
body { font: 11pt/1.5 "DejaVu Sans", sans-serif; max-width: 44em; }
h1 { font-size: 15pt; } header h1.title { font-size: 17pt; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/web.style" "$SRC/leaders-readout.md" -o "$WORK/leaders-readout.html"
chrome "$WORK/leaders-readout.html" "$HERE/leaders-readout.pdf"

# 3. Inquiry minutes: groff ms, gropdf, A4.
pandoc -f markdown -t ms -s "$SRC/inquiry-minutes.md" -o "$WORK/inquiry-minutes.ms"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$WORK/inquiry-minutes.ms" >"$HERE/inquiry-minutes.pdf"

# 4. Members' forum: DOCX -> LibreOffice -> qpdf object streams.
pandoc -f markdown -t docx "$SRC/members-forum.md" -o "$WORK/members-forum.docx"
office "$WORK/members-forum.docx"
qpdf --object-streams=generate --compress-streams=y "$WORK/members-forum.pdf" "$HERE/members-forum.pdf"

# 5. Advisory committee: two justified columns, Chromium, then Ghostscript pdfwrite.
cat >"$WORK/twocol.style" <<'CSS'
<style>
@page { size: A4; margin: 16mm 14mm; }
body { font: 10pt/1.3 "Liberation Serif", serif; column-count: 2; column-gap: 8mm; text-align: justify; max-width: none; }
header#title-block-header { column-span: all; }
h2 { font: bold 10.5pt "Liberation Sans", sans-serif; }
table { font-size: 8.5pt; border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px; }
</style>
CSS
pandoc -f markdown -t html5 -s -H "$WORK/twocol.style" "$SRC/advisory-committee.md" -o "$WORK/advisory-committee.html"
chrome "$WORK/advisory-committee.html" "$WORK/advisory-committee.raw.pdf" --no-pdf-header-footer
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
  -sOutputFile="$HERE/advisory-committee.pdf" "$WORK/advisory-committee.raw.pdf"

# 6. Panel Q&A: groff PostScript distilled by ps2pdf, letter.
pandoc -f markdown -t ms -s "$SRC/panel-qa.md" -o "$WORK/panel-qa.ms"
groff -k -t -ms -Tps -dpaper=letter -P-pletter "$WORK/panel-qa.ms" >"$WORK/panel-qa.ps"
ps2pdf -sPAPERSIZE=letter "$WORK/panel-qa.ps" "$HERE/panel-qa.pdf"

# 7. Court of appeal argument summary: DOCX -> LibreOffice -> pdftocairo.
if has court-argument; then
  pandoc -f markdown -t docx "$SRC/court-argument.md" -o "$WORK/court-argument.docx"
  office "$WORK/court-argument.docx"
  pdftocairo -pdf "$WORK/court-argument.pdf" "$HERE/court-argument.pdf"
fi

# 8. Budget hearing: Chromium (no header/footer), Letter, then qpdf --linearize.
if has budget-hearing; then
  cat >"$WORK/city.style" <<'CSS'
<style>
@page { size: Letter; margin: 18mm; }
body { font: 10.5pt/1.4 "Liberation Sans", sans-serif; max-width: none; }
</style>
CSS
  pandoc -f markdown -t html5 -s -H "$WORK/city.style" "$SRC/budget-hearing.md" -o "$WORK/budget-hearing.html"
  chrome "$WORK/budget-hearing.html" "$WORK/budget-hearing.raw.pdf" --no-pdf-header-footer
  qpdf --linearize "$WORK/budget-hearing.raw.pdf" "$HERE/budget-hearing.pdf"
fi

for f in osce-conference leaders-readout inquiry-minutes members-forum advisory-committee panel-qa court-argument budget-hearing; do
  [ -f "$HERE/$f.pdf" ] || continue
  printf '%-19s %3s pages %7s bytes  %s / %s\n' "$f" "$(pdfinfo "$HERE/$f.pdf" | awk '/^Pages/ {print $2}')" \
    "$(stat -c %s "$HERE/$f.pdf")" "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Creator/ {print $2}')" \
    "$(pdfinfo "$HERE/$f.pdf" | awk -F': +' '/^Producer/ {print $2}')"
done
