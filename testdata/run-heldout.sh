#!/usr/bin/env bash
# run-heldout.sh SET_DIR [CHECKOUT] — judge every document of a held-out
# set (SET_DIR/NAME.pdf with its judged facts SET_DIR/NAME.json) against a
# confsearch checkout (default: this one) with the acceptance harness of
# ../shared and print one table (per document and micro-averaged over all
# judged items). Per-document harness output (misses on stderr) is kept in
# $OUT (default: a fresh folder under /tmp).
#   usage: testdata/run-heldout.sh testdata/heldout2
set -euo pipefail
HERE=$(cd "${1:?usage: run-heldout.sh SET_DIR [CHECKOUT]}" && pwd)
CHECKOUT=$(cd "${2:-$(dirname "$0")/..}" && pwd)
HARNESS=${HARNESS:-$CHECKOUT/../shared/tools/evaluate.py}
OUT=${OUT:-$(mktemp -d /tmp/heldout-run.XXXXXX)}
mkdir -p "$OUT/tmp"
DOCS=$(cd "$HERE" && for f in *.json; do [ -f "${f%.json}.pdf" ] && echo "${f%.json}"; done)
for d in $DOCS; do
  ( cd "$CHECKOUT" && TMPDIR="$OUT/tmp" python3 "$HARNESS" "$HERE/$d.json" "$HERE/$d.pdf" \
      >"$OUT/$d.out" 2>"$OUT/$d.err" ) || true
done
python3 - "$HERE" "$OUT" $DOCS <<'PY'
import json, re, sys
here, out, docs = sys.argv[1], sys.argv[2], sys.argv[3:]
cols = ["attribution", "quotes", "statements", "misattributed", "narrative_clean", "mrr10"]
def figs(d):
    f = {}
    for line in open("%s/%s.out" % (out, d)):
        m = re.match(r"(\w+): ([0-9.]+)", line)
        if m:
            f[m.group(1)] = float(m.group(2))
    return f
tot = dict(nq=0, ns=0, okq=0.0, oks=0.0, wrong=0.0, nu=0, oku=0.0, nqry=0, rr=0.0)
print("| document | " + " | ".join(cols) + " |")
print("|---" * (len(cols) + 1) + "|")
for d in docs:
    g = json.load(open("%s/%s.json" % (here, d)))
    f = figs(d)
    nq, ns, nu, nqry = len(g["quotes"]), len(g["statements"]), len(g["unattributed"]), len(g["queries"])
    if "attribution" not in f:
        print("| %s | (harness failed, see %s/%s.out) |" % (d, out, d)); continue
    tot["nq"] += nq; tot["ns"] += ns; tot["nu"] += nu; tot["nqry"] += nqry
    tot["okq"] += f.get("quotes", 0) * nq; tot["oks"] += f.get("statements", 0) * ns
    tot["wrong"] += f.get("misattributed", 0) * (nq + ns)
    tot["oku"] += f.get("narrative_clean", 0) * nu; tot["rr"] += f.get("mrr10", 0) * nqry
    cells = []
    for c in cols:
        if c == "quotes" and not nq or c == "statements" and not ns:
            cells.append("—")
        else:
            cells.append("%.3f" % f.get(c, 0))
    print("| %s | %s |" % (d, " | ".join(cells)))
n = tot["nq"] + tot["ns"]
print("| **all** (%d quotes+statements, %d unattributed, %d queries) | %.3f | %.3f | %.3f | %.3f (%d items) | %.3f | %.3f |" % (
    n, tot["nu"], tot["nqry"], (tot["okq"] + tot["oks"]) / n, tot["okq"] / max(1, tot["nq"]), tot["oks"] / max(1, tot["ns"]),
    tot["wrong"] / n, round(tot["wrong"]), tot["oku"] / max(1, tot["nu"]), tot["rr"] / max(1, tot["nqry"])))
print("\nharness output (misses on *.err): %s" % out)
PY
