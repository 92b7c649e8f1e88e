"""heldoutgold — what the held-out sets' mkgold.py scripts share: the
harness's folding (norm), the constructors of judged items (S, U, Q) and
write(), which checks every snippet against `pdftotext` of its PDF (it must
occur exactly once after norm) and writes NAME.json in the format of the
acceptance harness (../shared/tools/evaluate.py).
"""
import json
import os
import re
import subprocess
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def S(speaker, *texts):
    return [{"text": t, "speaker": speaker} for t in texts]


def U(*texts):
    return [{"text": t} for t in texts]


def Q(*pairs):
    return [{"q": q, "expect": e} for q, e in pairs]


def write(here, docs):
    """Check and write the judged facts of docs (name → quotes, statements,
    unattributed, queries) beside their PDFs in folder here; exits 1 when a
    snippet does not occur exactly once."""
    bad = 0
    width = max(len(n) for n in docs) + 1
    for name, d in docs.items():
        gold = {"name_match": "surname", "speakers": [], "sessions": [], **d}
        pdf = os.path.join(here, name + ".pdf")
        text = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
        items = [g["text"] for k in ("quotes", "statements", "unattributed") for g in d[k]] + [q["expect"] for q in d["queries"]]
        for t in items:
            n = text.count(norm(t))
            if n != 1:
                bad += 1
                print("%s: %r occurs %d times" % (name, t, n), file=sys.stderr)
        with open(os.path.join(here, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("%-*s %2d quotes %2d statements %2d unattributed %d queries" % (
            width, name, len(d["quotes"]), len(d["statements"]), len(d["unattributed"]), len(d["queries"])))
    sys.exit(1 if bad else 0)
