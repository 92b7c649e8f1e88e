"""fodt.py — write a LibreOffice flat OpenDocument text (.fodt) from a list
of (style, runs) paragraphs and tables. Used by report-lo.py and make.sh's
matrix document; the standard library only.

A paragraph is ("p", style, runs) where runs is a list of (text, bold,
italic, note) — note, when not None, is the text of a footnote anchored after
the run; a table is ("table", [[cell, cell], ...]) where a cell is a list of
paragraphs; a page break is ("break",).
"""
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)

SERIF, SANS = "Liberation Serif", "Liberation Sans"


def _para_style(name, font, size, bold=False, italic=False, align="start",
                before=0, after=4, margin_left=0, break_before=False, hyphenate=False,
                keep_next=False, line_height=None):
    pp = f'fo:text-align="{align}" fo:margin-top="{before}pt" fo:margin-bottom="{after}pt" fo:margin-left="{margin_left}pt"'
    if break_before:
        pp += ' fo:break-before="page"'
    if keep_next:
        pp += ' fo:keep-with-next="always"'
    if line_height:
        pp += f' fo:line-height="{line_height}%"'
    tp = f'style:font-name="{font}" fo:font-size="{size}pt"'
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if hyphenate:
        tp += (' fo:hyphenate="true" fo:hyphenation-remain-char-count="2"'
               ' fo:hyphenation-push-char-count="2"')
    else:
        tp += ' fo:hyphenate="false"'
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {pp}/><style:text-properties {tp}/></style:style>')


STYLES = {
    "title": dict(font=SANS, size=26, bold=True, after=8, keep_next=True),
    "h1": dict(font=SANS, size=16, bold=True, before=6, after=8, break_before=True, keep_next=True),
    "h1nb": dict(font=SANS, size=16, bold=True, before=12, after=8, keep_next=True),
    "h2": dict(font=SANS, size=12.5, bold=True, before=10, after=6, keep_next=True),
    "h3": dict(font=SANS, size=10.5, bold=True, before=8, after=4, keep_next=True),
    "body": dict(font=SERIF, size=10.5, align="justify", after=6, hyphenate=True),
    "quote": dict(font=SERIF, size=12.5, italic=True, before=8, after=2, margin_left=36, keep_next=True),
    "caption": dict(font=SANS, size=8.5, after=4, margin_left=0),
    "quotecaption": dict(font=SANS, size=8.5, after=10, margin_left=36),
    "cell": dict(font=SANS, size=8.5, after=2),
    "cellbold": dict(font=SANS, size=8.5, bold=True, after=2),
    "header": dict(font=SANS, size=7, after=0),
    "footer": dict(font=SANS, size=8, align="end", after=0),
    "note": dict(font=SERIF, size=8, after=0),
}


def _runs(runs):
    out = []
    for text, bold, italic, note in runs:
        t = escape(text)
        if bold and italic:
            t = f'<text:span text:style-name="BI">{t}</text:span>'
        elif bold:
            t = f'<text:span text:style-name="B">{t}</text:span>'
        elif italic:
            t = f'<text:span text:style-name="I">{t}</text:span>'
        out.append(t)
        if note is not None:
            out.append('<text:note text:note-class="footnote"><text:note-body>'
                       f'<text:p text:style-name="note">{escape(note)}</text:p>'
                       '</text:note-body></text:note>')
    return "".join(out)


def _para(style, runs):
    return f'<text:p text:style-name="{style}">{_runs(runs)}</text:p>'


def write(path, title, header, items, lang=("en", "GB"), widths=("4cm", "13cm")):
    styles = "".join(_para_style(k, **v) for k, v in STYLES.items())
    body = []
    tcount = 0
    for it in items:
        if it[0] == "p":
            body.append(_para(it[1], it[2]))
        elif it[0] == "table":
            tcount += 1
            rows = it[1]
            ncol = max(len(r) for r in rows)
            body.append(f'<table:table table:name="T{tcount}" table:style-name="Tab">')
            for c in range(ncol):
                body.append(f'<table:table-column table:style-name="Col{c}"/>')
            for r in rows:
                body.append("<table:table-row>")
                for cell in r:
                    body.append('<table:table-cell office:value-type="string">')
                    body.extend(_para(p[1], p[2]) for p in cell)
                    body.append("</table:table-cell>")
                body.append("</table:table-row>")
            body.append("</table:table>")
        elif it[0] == "break":
            body.append('<text:p text:style-name="Break"/>')
    cols = "".join(
        f'<style:style style:name="Col{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}"/></style:style>'
        for i, w in enumerate(widths))
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'" style:font-family-generic="roman"/>
<style:font-face style:name="{SANS}" svg:font-family="'{SANS}'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:language="{lang[0]}" fo:country="{lang[1]}"/></style:default-style>
{styles}
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="8pt"/></style:style>
{cols}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="header">{escape(header)}</text:p></style:header>
<style:footer><text:p text:style-name="footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>
'''
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
