# producers.sh — the PDF producer commands the fixture scripts share
# (testdata/heldout*/make.sh source it). Needs $WORK, a scratch folder.

# chrome HTML PDF [chromium flags]: print HTML with headless Chromium.
chrome() {
  local in=$1 out=$2
  shift 2
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/chromium-profile" "$@" --print-to-pdf="$out" "file://$in" 2>/dev/null
}

# office IN: convert a DOCX or ODT with LibreOffice to $WORK/<base>.pdf.
office() {
  soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$1" >/dev/null 2>&1
}
