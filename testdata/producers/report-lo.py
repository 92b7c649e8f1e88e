#!/usr/bin/env python3
"""report-lo.py EXTRACT.json OUT.fodt — the report's text as a LibreOffice
Writer document: the blocks `confsearch extract -json corpus/report.pdf`
gives, in reading order, with their kinds turned into Writer paragraph
styles (headings, body text justified and hyphenated, pull quotes in
italics, captions, programme tables), under Writer's own running header
and page numbers. report-lo.sh turns it into testdata/report-lo.pdf with
Writer's PDF export."""
import json
import sys

import fodt

HEADER = "24TH CONFERENCE OF THE ALLIANCE AGAINST TRAFFICKING IN PERSONS"


def runs(b):
    spans = b.get("spans") or [{"text": b["text"]}]
    out = []
    for i, s in enumerate(spans):
        t = s["text"] + (" " if i + 1 < len(spans) else "")
        out.append((t, s.get("bold", False), s.get("italic", False), None))
    return out


def main(src, dst):
    d = json.load(open(src, encoding="utf-8"))
    blocks = d["blocks"]
    items = []
    i = 0
    first_h1 = True
    while i < len(blocks):
        b = blocks[i]
        k, size = b["kind"], b.get("size", 10)
        if b["page"] == 1:
            items.append(("p", "title" if size >= 19 else "h2", runs(b)))
            i += 1
            if i < len(blocks) and blocks[i]["page"] != 1:
                items.append(("break",))
            continue
        if k == "cell" and b.get("bold"):
            # A programme table: a bold label, then the names it heads.
            rows = []
            while i < len(blocks) and blocks[i]["kind"] in ("cell", "caption") and blocks[i].get("size", 0) >= 8:
                c = blocks[i]
                if c["kind"] == "cell" and c.get("bold"):
                    if rows and not rows[-1][1] and c["text"][:1].islower():
                        rows[-1][0].append(("p", "cellbold", runs(c)))
                    else:
                        rows.append([[("p", "cellbold", runs(c))], []])
                elif rows:
                    rows[-1][1].append(("p", "cell", runs(c)))
                else:
                    break
                i += 1
            items.append(("table", [[lab, val or [("p", "cell", [("", False, False, None)])]] for lab, val in rows]))
            continue
        if k == "heading":
            if size >= 16:
                items.append(("p", "h1nb" if first_h1 else "h1", runs(b)))
                first_h1 = False
            elif size >= 11.5:
                items.append(("p", "h2", runs(b)))
            else:
                items.append(("p", "h3", runs(b)))
        elif k == "quote" and size >= 11:
            items.append(("p", "quote", runs(b)))
            if i + 1 < len(blocks) and blocks[i + 1]["kind"] == "caption" and blocks[i + 1].get("size", 0) >= 8:
                i += 1
                items.append(("p", "quotecaption", runs(blocks[i])))
        elif k in ("caption", "cell", "quote"):
            items.append(("p", "caption", runs(b)))
        else:
            items.append(("p", "body", runs(b)))
        i += 1
    title = d.get("meta", {}).get("title") or "Report"
    fodt.write(dst, title, HEADER, items)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
