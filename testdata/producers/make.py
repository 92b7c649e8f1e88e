#!/usr/bin/env python3
"""make.py OUTDIR — write the matrix document (document.py) as
reference.txt (its text, one paragraph a line, in reading order), HTML (for
Chromium, WeasyPrint and wkhtmltopdf), a flat ODT (for LibreOffice Writer),
groff ms source and LaTeX sources (pdfLaTeX with its default Computer Modern
Type 1 fonts, one column and two, with ToUnicode maps and without;
XeLaTeX and LuaLaTeX with OpenType Latin Modern)."""
import html
import os
import sys

import document as D
import fodt


def reference():
    lines = []
    for it in D.ITEMS:
        if it[0] in ("h1", "h2"):
            lines.append(it[1])
        elif it[0] == "p":
            lines.append(it[1].replace("{fn}", ""))
            lines.extend(it[2])
        elif it[0] == "quote":
            lines += [it[1], it[2]]
        elif it[0] == "table":
            for label, text in it[1]:
                lines += [label, text]
    return "\n".join(lines) + "\n"


CSS = """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "%s"; font: 8pt "Liberation Sans", sans-serif; }
  @bottom-right { content: counter(page); font: 9pt "Liberation Sans", sans-serif; } }
body { font: 12.5pt/1.5 "Liberation Serif", serif; text-align: justify; hyphens: auto; margin: 0; }
h1 { font: bold 24pt "Liberation Sans", sans-serif; margin: 0 0 8pt; }
h2 { font: bold 14pt "Liberation Sans", sans-serif; margin: 16pt 0 6pt; }
p { margin: 0 0 8pt; }
blockquote { font-style: italic; font-size: 15pt; line-height: 1.35; margin: 14pt 40pt 2pt; text-align: left; }
.by { font: 9pt "Liberation Sans", sans-serif; margin: 0 40pt 14pt; }
.fn { font-size: 8pt; line-height: 1.3; margin: -4pt 0 8pt; }
td { font: 10pt "Liberation Sans", sans-serif; padding: 2pt 14pt 2pt 0; vertical-align: top; }
"""


def to_html():
    out = ['<!doctype html><html lang="en"><head><meta charset="utf-8">',
           f"<title>{html.escape(D.TITLE)}</title><style>{CSS % D.HEADER}</style></head><body>"]
    for it in D.ITEMS:
        k = it[0]
        if k in ("h1", "h2"):
            out.append(f"<{k}>{html.escape(it[1])}</{k}>")
        elif k == "p":
            parts = html.escape(it[1]).split("{fn}")
            text = parts[0] + "".join(f"<sup>{i + 1}</sup>{p}" for i, p in enumerate(parts[1:]))
            out.append(f"<p>{text}</p>")
            out += [f'<p class="fn">{html.escape(n)}</p>' for n in it[2]]
        elif k == "quote":
            out.append(f"<blockquote>{html.escape(it[1])}</blockquote>")
            out.append(f'<p class="by">{html.escape(it[2])}</p>')
        elif k == "table":
            out.append("<table>")
            out += [f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in it[1]]
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_fodt(path):
    fodt.STYLES["body"].update(size=12, line_height=140)
    items = []
    for it in D.ITEMS:
        k = it[0]
        if k == "h1":
            items.append(("p", "title", [(it[1], False, False, None)]))
        elif k == "h2":
            items.append(("p", "h2", [(it[1], False, False, None)]))
        elif k == "p":
            parts = it[1].split("{fn}")
            notes = it[2] + [None]
            runs = [(p, False, False, notes[i] if i + 1 < len(parts) else None) for i, p in enumerate(parts)]
            items.append(("p", "body", runs))
        elif k == "quote":
            items.append(("p", "quote", [(it[1], False, False, None)]))
            items.append(("p", "quotecaption", [(it[2], False, False, None)]))
        elif k == "table":
            items.append(("table", [[[("p", "cellbold", [(a, False, False, None)])],
                                     [("p", "cell", [(b, False, False, None)])]] for a, b in it[1]]))
    fodt.write(path, D.TITLE, D.HEADER, items, widths=("2.2cm", "14.8cm"))


def groff_text(s):
    s = s.replace("\\", "\\e").replace("\u201c", "\\(lq").replace("\u201d", "\\(rq")
    lines = []
    for line in s.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def to_ms():
    out = [".ds LH " + D.HEADER, ".ds CH", ".ds RH", ".ds CF %",
           ".nr PS 12", ".nr VS 16", ".nr PO 1i", ".nr LL 6.2i", ".nr HM 1i", ".nr FM 1i", ".hy 14"]
    for it in D.ITEMS:
        k = it[0]
        if k == "h1":
            out += [".TL", groff_text(it[1])]
        elif k == "h2":
            out += [".SH", groff_text(it[1])]
        elif k == "p":
            parts = it[1].split("{fn}")
            out += [".PP"]
            for i, p in enumerate(parts):
                if i + 1 < len(parts):
                    out += [groff_text(p.strip()) + "\\**", ".FS", groff_text(it[2][i]), ".FE"]
                else:
                    out += [groff_text(p.strip())]
        elif k == "quote":
            out += [".QP", ".ps 14", ".vs 18", ".I", groff_text(it[1]), ".R", ".ps", ".vs",
                    ".QP", ".ps 9", groff_text(it[2]), ".ps"]
        elif k == "table":
            out += [".LP", ".TS", "l l.", *[f"{a}\t{groff_text(b)}" for a, b in it[1]], ".TE"]
    return "\n".join(out) + "\n"


TEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
               "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
               "^": r"\textasciicircum{}", "\u201c": "``", "\u201d": "''"}


def tex_text(s):
    return "".join(TEX_SPECIAL.get(c, c) for c in s)


def to_tex(engine="pdflatex", twocolumn=False, size="12pt", tounicode=True):
    """LaTeX as an author writes it: the article class, its own running
    head (myheadings: the header and the page number on one line), footnotes
    at the foot of the page, \\section* headings. pdfLaTeX keeps the default
    OT1 Computer Modern Type 1 fonts (in their built-in encodings, ligatures
    at codes of their own; Debian's pdfTeX adds ToUnicode maps); XeLaTeX and
    LuaLaTeX set Latin Modern from its OpenType files (Identity-H with
    ToUnicode).
    Without tounicode, pdfTeX writes no ToUnicode maps (\\pdfgentounicode=0,
    as many LaTeX PDFs in the wild have none): the text is known only from
    the glyph names of the fonts' built-in encodings."""
    opts = size + ",a4paper" + (",twocolumn" if twocolumn else "")
    out = [r"\documentclass[%s]{article}" % opts]
    if engine in ("xelatex", "lualatex"):
        out += [r"\usepackage{fontspec}", r"\setmainfont{Latin Modern Roman}"]
    if twocolumn:
        out += [r"\setlength{\textwidth}{170mm}", r"\setlength{\oddsidemargin}{-5.4mm}",
                r"\setlength{\columnsep}{8mm}", r"\setlength{\textheight}{235mm}",
                r"\setlength{\topmargin}{-12mm}"]
    if not tounicode:
        out.append(r"\pdfgentounicode=0")
    out += [r"\pagestyle{myheadings}", r"\markright{%s}" % tex_text(D.HEADER),
            r"\begin{document}"]
    for it in D.ITEMS:
        k = it[0]
        if k == "h1":
            out.append(r"{\LARGE\bfseries %s\par}\medskip" % tex_text(it[1]))
        elif k == "h2":
            out.append(r"\section*{%s}" % tex_text(it[1]))
        elif k == "p":
            parts = it[1].split("{fn}")
            text = tex_text(parts[0]) + "".join(
                r"\footnote{%s}%s" % (tex_text(it[2][i]), tex_text(p)) for i, p in enumerate(parts[1:]))
            out += ["", text, ""]
        elif k == "quote":
            out += [r"\begin{quote}\itshape\large", tex_text(it[1]), r"\end{quote}",
                    r"\begin{quote}\small", tex_text(it[2]), r"\end{quote}"]
        elif k == "table":
            width = "5.5cm" if twocolumn else "11cm"
            out.append(r"\noindent\begin{tabular}{@{}l@{\quad}p{%s}@{}}" % width)
            out += [r"%s & %s \\" % (tex_text(a), tex_text(b)) for a, b in it[1]]
            out.append(r"\end{tabular}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def main(outdir):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "reference.txt"), "w", encoding="utf-8") as f:
        f.write(reference())
    with open(os.path.join(outdir, "document.html"), "w", encoding="utf-8") as f:
        f.write(to_html())
    to_fodt(os.path.join(outdir, "document.fodt"))
    with open(os.path.join(outdir, "document.ms"), "w", encoding="utf-8") as f:
        f.write(to_ms())
    # Sizes chosen so that a paragraph crosses a page in each.
    for name, engine, two, size, uni in (("pdflatex", "pdflatex", False, "11pt", True),
                                         ("pdflatex-twocolumn", "pdflatex", True, "10pt", True),
                                         ("pdflatex-nounicode", "pdflatex", False, "10pt", False),
                                         ("xelatex", "xelatex", False, "10pt", True),
                                         ("lualatex", "lualatex", False, "11pt", True)):
        with open(os.path.join(outdir, name + ".tex"), "w", encoding="utf-8") as f:
            f.write(to_tex(engine, two, size, uni))


if __name__ == "__main__":
    main(sys.argv[1])
