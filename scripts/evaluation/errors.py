#!/usr/bin/env python3
"""errors.py GOLD OUT [miss|fp|all]: per document, the gold dyads (+ matched, - missed, o optional) and the system
dyads (* unmatched), with the same maximum matching as score.py; "miss" shows documents with a missed dyad, "fp"
those with an unmatched system dyad."""
import json, os, sys, collections
from dyad_match import match
gold = {}
for l in open(sys.argv[1]):
    if l.strip(): d = json.loads(l); gold[d["id"]] = d
sysev = collections.defaultdict(list)
for l in open(sys.argv[2]):
    if l.strip(): e = json.loads(l); sysev[str(e["doc"])].append(e)
mode = sys.argv[3] if len(sys.argv) > 3 else "all"
def fmt(x): return f'{x["types"][0]:9} {x["s"]}->{x["t"]}'
nm = nf = 0
for did, d in gold.items():
    gd, sd, owner = match(d, sysev.get(did, []))
    m = {owner[i]: i for i in range(len(sd)) if owner[i] is not None}
    miss = [k for k in range(len(gd)) if k not in m and not gd[k][1]]
    fps = [i for i in range(len(sd)) if owner[i] is None]
    nm += len(miss); nf += len(fps)
    if mode == "miss" and not miss: continue
    if mode == "fp" and not fps: continue
    if mode == "all" and not miss and not fps: continue
    print("=" * 100); print(did, d["text"].replace("\n", " || ")[:600])
    for k, (g, opt) in enumerate(gd):
        mark = "+" if k in m else ("o" if opt else "-")
        ev = g["ev"]
        print(f'  G{mark} {"|".join(g["types"]):16} {g["s"]}->{g["t"]}  [{ev.get("evidence","")}]'[:160])
    for i, s in enumerate(sd):
        e = s["ev"]; mark = " " if owner[i] is not None else "*"
        src = ",".join(f'{a.get("text")}' for a in e.get("source") or []); tgt = ",".join(f'{a.get("text")}' for a in e.get("target") or [])
        print(f'  S{mark} {e["type"]:9} {s["s"]}->{s["t"]}  {src} -> {tgt}  [{(e.get("evidence") or {}).get("text","")[:80]}]'[:200])
print(f"missed {nm} unmatched-system {nf}", file=sys.stderr)
