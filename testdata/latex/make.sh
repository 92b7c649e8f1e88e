#!/usr/bin/env bash
# make.sh — testdata/latex/article.pdf: the LaTeX article of article.py
# through pdfLaTeX (twice, as a real build runs it), and reference.txt.
# Run once; the PDF is committed. Debian packages: texlive-latex-base
# (pdfTeX may make bitmap Type 3 fonts for glyphs it has no Type 1 font of,
# such as the \thanks asterisk, with METAFONT).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v pdflatex >/dev/null || { echo "make.sh: pdflatex is missing" >&2; exit 1; }
python3 "$HERE/article.py" "$WORK"
export SOURCE_DATE_EPOCH=1741824000 FORCE_SOURCE_DATE=1
for _ in 1 2; do
  (cd "$WORK" && pdflatex -interaction=batchmode -halt-on-error article.tex >/dev/null)
done
cp "$WORK/article.pdf" "$HERE/article.pdf"
pdfinfo "$HERE/article.pdf" | grep -E '^(Pages|Producer)'
