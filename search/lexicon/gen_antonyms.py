#!/usr/bin/env python3
"""Derive antonyms.txt from WordNet 3.0 (Debian package wordnet-base).

Usage: python3 gen_antonyms.py [/usr/share/wordnet] > antonyms.txt

Keeps WordNet's direct antonyms (lexical "!" pointers) between one-word,
lower-case lemmas of any part of speech, one pair a line in sorted order,
and the irregular forms of WordNet's exception lists (adj.exc, adv.exc,
noun.exc, verb.exc) whose base form has an antonym here or in
antonyms-extra.txt ("= better good", "= women woman", "= fell fall"), so
that "better"/"worse" are recognised as antonyms the way "good"/"bad" are.
"""
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def synset(pos, offset, cache={}):
    path = os.path.join(root, "data." + POS[pos])
    if path not in cache:
        cache[path] = open(path, "rb")
    f = cache[path]
    f.seek(int(offset))
    return f.readline().decode("utf-8")


def words(fields):
    n = int(fields[3], 16)
    out = []
    for i in range(n):
        w = fields[4 + 2 * i]
        if "(" in w:  # adjective markers: (a), (p), (ip)
            w = w[: w.index("(")]
        out.append(w)
    return out, 4 + 2 * n


pairs = set()
for pos in ("noun", "verb", "adj", "adv"):
    with open(os.path.join(root, "data." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):  # licence header
                continue
            fields = line.split(" | ")[0].split()
            ws, i = words(fields)
            pcnt = int(fields[i])
            i += 1
            for _ in range(pcnt):
                sym, off, p, st = fields[i : i + 4]
                i += 4
                if sym != "!":
                    continue
                src, tgt = int(st[:2], 16), int(st[2:], 16)
                a = ws[src - 1]
                b = words(synset(p, off).split(" | ")[0].split())[0][tgt - 1]
                if not (a.isalpha() and b.isalpha() and a.islower() and b.islower()):
                    continue
                if a != b:
                    pairs.add(tuple(sorted((a, b))))

lemmas = {w for p in pairs for w in p}
extra = os.path.join(os.path.dirname(os.path.abspath(__file__)), "antonyms-extra.txt")
if os.path.exists(extra):  # their irregular forms are wanted too
    with open(extra, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                lemmas.update(line.split())
irregular = set()
for exc in ("adj.exc", "adv.exc", "noun.exc", "verb.exc"):
    with open(os.path.join(root, exc), encoding="utf-8") as f:
        for line in f:
            form, *bases = line.split()
            for base in bases:
                if base in lemmas and form.isalpha() and form != base:
                    irregular.add((form, base))

print("# Antonyms derived from WordNet 3.0 by gen_antonyms.py; see LICENSE-WordNet.")
print("# \"a b\": a and b are antonyms; \"= form base\": form inflects base.")
for a, b in sorted(pairs):
    print(a, b)
for form, base in sorted(irregular):
    print("=", form, base)
