#!/usr/bin/env python3
"""article.py OUTDIR — a LaTeX article written for this project (no text of
any real report) in the shapes LaTeX reports take that the producer matrix
(testdata/producers) does not: \\maketitle with a \\thanks mark, numbered
sections, two-sided running heads that name the current section beside
the page number (pagestyle headings), TeX's quotation marks, dashes and
ties, subscripts (CO$_2$), footnotes, and pdfTeX with no ToUnicode maps.
Writes OUTDIR/article.tex and reference.txt beside this script (its text,
one paragraph a line, without the title block and the footnotes, whose
place in the reading order depends on the page breaks: the test looks for
them apart). make.sh runs it."""
import os
import sys

TITLE = "Report of the Upland Soils Workshop"
AUTHOR = "Workshop Secretariat"
THANKS = "Prepared by the secretariat of the workshop."

SECTIONS = [
    ("Opening", [
        ("The chair opened the workshop on 14 May and recalled that emissions of CO{sub2} from "
         "drained peat soils can reach twenty tonnes per hectare and year, a figure that several "
         "speakers{dash}among them the delegate of the northern province{dash}questioned. She asked "
         "that the estimates be checked against new measurements before the next session, and that "
         "the secretariat circulate the sampling protocol to every participating institute.{fn}",
         ["Upland Soils Survey, second edition."]),
        ("The delegate of the northern province described the drainage of the upland bogs in the "
         "last century, when ditches were cut to turn wet moorland into grazing. He said that "
         "{lq}nobody then counted the carbon{rq} and that the province now wished to reverse the "
         "damage without ruining the farms that depend on the land.", []),
    ]),
    ("Restoration of drained peatland", [
        ("The speakers of the first session discussed the restoration of drained peatland, the "
         "rewetting of former pasture and the financing of long-term monitoring. Several "
         "delegations noted that rewetting reduces emissions only after the water table has been "
         "stable for a number of years, and that the first measurements after rewetting often show "
         "a temporary increase of methane, which critics of the programme have used to question "
         "its benefits.", []),
        ("A researcher from the institute of soil science presented results from twelve sites in "
         "the uplands, where the water table had been raised by blocking ditches. Emissions fell by "
         "a third on average, but the variation between sites was large, and she cautioned against "
         "using a single emission factor for the whole region. Sites on deep peat responded faster "
         "than sites where the peat had already shrunk to a thin layer over mineral soil.", []),
    ]),
    ("Compensation of landowners", [
        ("The representative of the farmers{apos} association argued that compensation must be paid "
         "for the loss of productive land, and that the schemes offered so far were {lq}too short "
         "and too uncertain{rq} to persuade owners to take part. Contracts of five years, she said, "
         "cannot pay for a change that lasts for generations, and owners fear that the land will "
         "lose its value once it is wet again.", []),
        ("The ministry replied that a new scheme would offer contracts of twenty years with payments "
         "indexed to the price of agricultural land, and that it would buy land from owners who "
         "wished to sell. Several participants welcomed the proposal but asked how it would be "
         "financed after the current programme ends in 2027.{fn} The ministry said that the question "
         "would be settled in the next budget.", ["Programme for Upland Climate Action, 2021 to 2027."]),
    ]),
    ("Monitoring", [
        ("The participants agreed that monitoring must continue for at least a decade after "
         "rewetting, since the balance of carbon dioxide and methane changes slowly. The institute "
         "offered to coordinate a network of measurement towers and to publish the data every "
         "year, provided the member authorities fund the maintenance of the instruments and the "
         "training of local staff.", []),
        ("Representatives of two nature conservation groups proposed that volunteers record the "
         "return of bog plants and birds on the rewetted sites, as a cheaper complement to the "
         "towers. The chair welcomed the idea and asked the secretariat to prepare a common form "
         "for such records, so that observations from different sites can be compared.", []),
    ]),
    ("Conclusions", [
        ("The chair concluded that the workshop had shown broad support for rewetting, on three "
         "conditions: reliable long-term payments for landowners, a common measurement method, "
         "and open publication of the results. The secretariat will prepare a note on each of "
         "these points for the next meeting, which will take place in the autumn.", []),
        ("The participants adopted the conclusions by consensus and thanked the host institute for "
         "its hospitality and for the field visit to the rewetted sites on the second day.", []),
    ]),
]

TEX = {"{sub2}": "$_2$", "{dash}": "---", "{lq}": "``", "{rq}": "''", "{apos}": "'"}
TXT = {"{sub2}": "2", "{dash}": "\u2014", "{lq}": "\u201c", "{rq}": "\u201d", "{apos}": "\u2019"}


def fill(s, table):
    for k, v in table.items():
        s = s.replace(k, v)
    return s


def tex():
    out = [r"\documentclass[10pt,a5paper,twoside]{article}", r"\pdfgentounicode=0",
           r"\pdfpagewidth=148mm", r"\pdfpageheight=210mm",
           r"\pagestyle{headings}", r"\begin{document}",
           r"\title{%s}" % TITLE, r"\author{%s\thanks{%s}}" % (AUTHOR, THANKS),
           r"\date{14 May 2025}", r"\maketitle"]
    for head, paras in SECTIONS:
        out.append(r"\section{%s}" % head)
        for text, notes in paras:
            parts = fill(text, TEX).split("{fn}")
            body = parts[0] + "".join(r"\footnote{%s}%s" % (notes[i], p) for i, p in enumerate(parts[1:]))
            out += ["", body.replace("14 May", "14~May"), ""]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def reference():
    lines = []
    for i, (head, paras) in enumerate(SECTIONS):
        lines.append(f"{i + 1} {head}")
        for text, notes in paras:
            lines.append(fill(text, TXT).replace("{fn}", ""))
    return "\n".join(lines) + "\n"


def main(outdir):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(outdir, "article.tex"), "w", encoding="utf-8") as f:
        f.write(tex())
    with open(os.path.join(here, "reference.txt"), "w", encoding="utf-8") as f:
        f.write(reference())


if __name__ == "__main__":
    main(sys.argv[1])
