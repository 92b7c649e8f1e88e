#!/usr/bin/env python3
"""damage.py — damaged copies of matrix PDFs for the recovery test, and
what poppler's pdftotext reads of each, page by page (pages separated by
form feeds, as pdftotext writes them). make.sh runs it after the PDFs.

Each copy is damaged in one way a download or a disk does it, chosen so
that poppler still reads some pages: the file cut short, a content stream
cut in the middle, bytes changed inside a compressed stream, the
cross-reference offsets garbled."""
import os
import random
import re
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "damaged")


def streams(data):
    """(start, end) of every stream's data."""
    out = []
    for m in re.finditer(rb"stream\r?\n", data):
        if data[max(0, m.start() - 3):m.start()] == b"end":
            continue
        e = data.find(b"endstream", m.end())
        if e > m.end():
            out.append((m.end(), e))
    return out


def content_streams(data):
    """The streams that decode to a page's text operators."""
    out = []
    for a, b in streams(data):
        try:
            d = zlib.decompressobj().decompress(data[a:b])
        except zlib.error:
            continue
        if b"BT" in d and (b"Tj" in d or b"TJ" in d):
            out.append((a, b))
    return out


def truncated(data, rnd):
    """Cut short in the middle of the last page's content stream, and the
    cross-reference table, the trailer and every object after are lost."""
    a, b = content_streams(data)[-1]
    return data[: a + (b - a) * 3 // 4]


def stream_cut(data, rnd):
    a, b = content_streams(data)[1]
    mid = a + (b - a) // 2
    return data[:mid] + data[mid + (b - a) // 4:]


def bytes_changed(data, rnd):
    a, b = content_streams(data)[0]
    out = bytearray(data)
    for _ in range(12):
        out[rnd.randrange(a + (b - a) // 2, b)] = rnd.randrange(256)
    return bytes(out)


def xref_garbled(data, rnd):
    i = data.rfind(b"startxref")
    out = bytearray(data)
    for k in range(i + 10, min(len(out), i + 16)):
        if 48 <= out[k] <= 57:
            out[k] = 48 + (out[k] - 48 + 3) % 10
    x = data.rfind(b"\nxref")
    if x > 0:
        for k in range(x + 30, min(len(out), x + 400), 7):
            if 48 <= out[k] <= 57:
                out[k] = 48 + rnd.randrange(10)
    return bytes(out)


CASES = [
    ("groff", truncated),
    ("libreoffice", stream_cut),
    ("cairo", stream_cut),
    ("ghostscript", bytes_changed),
    ("chromium", bytes_changed),
    ("groff", xref_garbled),
    ("qpdf", xref_garbled),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in CASES:
        data = open(os.path.join(HERE, name + ".pdf"), "rb").read()
        bad = fn(data, random.Random(name))
        base = os.path.join(OUT, f"{name}-{fn.__name__.replace('_', '-')}")
        open(base + ".pdf", "wb").write(bad)
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", base + ".pdf", base + ".pdftotext.txt"],
                           capture_output=True, text=True)
        pages = open(base + ".pdftotext.txt", encoding="utf-8").read().split("\f") if os.path.exists(base + ".pdftotext.txt") else []
        print(f"{os.path.basename(base)}.pdf: pdftotext exit {r.returncode}, words per page "
              f"{[len(p.split()) for p in pages]}", file=sys.stderr)


if __name__ == "__main__":
    main()
