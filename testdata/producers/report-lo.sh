#!/usr/bin/env bash
# report-lo.sh — testdata/report-lo.pdf: the report (corpus/report.pdf) as
# LibreOffice Writer exports it. The report's blocks, as confsearch
# extracts them, become a Writer document (report-lo.py) which Writer's PDF
# export turns into a PDF: another producer's layout of the same text, with
# Writer's own running header, hyphenation, page breaks and tables.
# Needs libreoffice-writer (Debian: libreoffice-writer-nogui), fonts-liberation,
# hyphen-en-gb. Run from anywhere; rewrites testdata/report-lo.pdf.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
go build -o "$WORK/confsearch" ./cmd/confsearch
"$WORK/confsearch" extract -json corpus/report.pdf >"$WORK/report.json"
python3 "$HERE/report-lo.py" "$WORK/report.json" "$WORK/report-lo.fodt"
HOME=$WORK soffice --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$WORK" "$WORK/report-lo.fodt" >/dev/null
cp "$WORK/report-lo.pdf" testdata/report-lo.pdf
ls -l testdata/report-lo.pdf
