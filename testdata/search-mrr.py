#!/usr/bin/env python3
"""search-mrr.py BINARY [SET_DIR ...] — the acceptance harness's ranking
check (../shared/tools/evaluate.py: a search's rank is that of the first of
the top 10 hits whose text holds the judged passage, after the harness's
folding; mrr10 is the mean of 1/rank) over every judged search of the
evaluation suite (../shared) and of the held-out sets given, through
`confsearch search` on one index per document (kept in $QIDX, default
/tmp/confsearch-qidx; delete it after an indexing change). Prints the
searches not ranked first, a line per document and the mean over all.

  go build -o /tmp/cs ./cmd/confsearch
  python3 testdata/search-mrr.py /tmp/cs testdata/heldout testdata/heldout2 testdata/heldout3 testdata/heldout4 testdata/heldout5
"""
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldoutgold import norm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
binary, sets = sys.argv[1], sys.argv[2:]
qidx = os.environ.get("QIDX", "/tmp/confsearch-qidx")
pairs = [(os.path.join(SHARED, "eval", "dev.json"), os.path.join(SHARED, "corpus", "report.pdf"))]
for g in sorted(glob.glob(os.path.join(SHARED, "eval", "dev-*.json"))):
    pairs.append((g, os.path.join(SHARED, "corpus-dev", os.path.basename(g)[4:-5] + ".pdf")))
for s in sets:
    for g in sorted(glob.glob(os.path.join(s, "*.json"))):
        if os.path.exists(g[:-5] + ".pdf"):
            pairs.append((g, g[:-5] + ".pdf"))
total, rrs = 0, 0.0
for gold_path, pdf in pairs:
    name = os.path.basename(os.path.dirname(pdf)) + "-" + os.path.basename(pdf)[:-4]
    idx = os.path.join(qidx, name)
    if not os.path.exists(os.path.join(idx, "idx")):
        os.makedirs(os.path.join(idx, "corpus"), exist_ok=True)
        subprocess.run(["cp", pdf, os.path.join(idx, "corpus")], check=True)
        subprocess.run([binary, "index", "-corpus", os.path.join(idx, "corpus"), "-index", os.path.join(idx, "idx")],
                       capture_output=True, check=True)
    gold = json.load(open(gold_path))
    rr = 0.0
    for q in gold["queries"]:
        out = subprocess.run([binary, "search", "-index", os.path.join(idx, "idx"), "-json", "-size", "10", q["q"]],
                             capture_output=True, text=True).stdout
        hits = (json.loads(out or "{}").get("hits") or [])[:10]
        want = [norm(x) for x in q["expect"].split("|")]
        rank = next((i + 1 for i, h in enumerate(hits) if any(w in norm(h["text"]) for w in want)), None)
        rr += 1 / rank if rank else 0
        if rank != 1:
            print("   %s: %r rank %s" % (name, q["q"], rank))
    n = len(gold["queries"])
    total, rrs = total + n, rrs + rr
    print("%-40s mrr10 %.3f (%d)" % (name, rr / max(n, 1), n))
print("all: mrr10 %.4f over %d searches" % (rrs / max(total, 1), total))
