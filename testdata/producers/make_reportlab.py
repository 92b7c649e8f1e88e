#!/usr/bin/env python3
"""make_reportlab.py OUT.pdf — the matrix document (document.py) laid out by
ReportLab's platypus, as report generators written in Python make PDFs: the
standard Times and Helvetica fonts (not embedded, WinAnsiEncoding), the
running header and page number drawn on each page's canvas, footnotes as
small paragraphs after their paragraph (platypus has no footnotes), no
hyphenation. make.sh runs it (Debian package python3-reportlab)."""
import sys
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

import document as D

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=17,
                      alignment=TA_JUSTIFY, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=14, spaceAfter=6)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8, leading=10)
QUOTE = ParagraphStyle("quote", fontName="Times-Italic", fontSize=15, leading=20,
                       leftIndent=40, rightIndent=40, spaceBefore=12, spaceAfter=2)
BY = ParagraphStyle("by", fontName="Helvetica", fontSize=9, leading=12, leftIndent=40, spaceAfter=14)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=13)


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(24 * mm, A4[1] - 16 * mm, D.HEADER)
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(A4[0] - 24 * mm, 12 * mm, str(doc.page))
    canvas.restoreState()


def story():
    out = []
    for it in D.ITEMS:
        k = it[0]
        if k == "h1":
            out.append(Paragraph(escape(it[1]), H1))
        elif k == "h2":
            out.append(Paragraph(escape(it[1]), H2))
        elif k == "p":
            parts = escape(it[1]).split("{fn}")
            text = parts[0] + "".join(f"<super>{i + 1}</super>{p}" for i, p in enumerate(parts[1:]))
            out.append(Paragraph(text, BODY))
            out += [Paragraph(f"{i + 1} {escape(n)}", NOTE) for i, n in enumerate(it[2])]
        elif k == "quote":
            out.append(Paragraph(escape(it[1]), QUOTE))
            out.append(Paragraph(escape(it[2]), BY))
        elif k == "table":
            t = Table([[Paragraph(escape(a), CELL), Paragraph(escape(b), CELL)] for a, b in it[1]],
                      colWidths=[22 * mm, 140 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
    return out


def main(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title=D.TITLE,
                            invariant=1)
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    main(sys.argv[1])
