#!/usr/bin/env python3
"""Where a coder loses dyads on an annotated set: the missed required gold dyads by kind (no event in the
document, only events of other types, the type with other countries) and, per gold type, gold / matched /
system / unmatched system dyads; with --type T, each document that misses a T dyad, its text and what the
system coded there.

usage: misses.py GOLD OUT [--type ACCUSE] [--unmatched]
  --unmatched  instead, the system events that matched nothing, with their trigger and evidence
(with the same maximum matching as ../shared/eval/score.py, via dyad_match.py)."""
import argparse, collections, json, os, signal, sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under | head

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dyad_match import match  # noqa: E402
import score as S  # noqa: E402  (dyad_match puts ../shared/eval on the path)

p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
p.add_argument("gold"); p.add_argument("out")
p.add_argument("--type"); p.add_argument("--unmatched", action="store_true")
a = p.parse_args()
gold = {}
for l in open(a.gold, encoding="utf-8"):
    if l.strip(): d = json.loads(l); gold[d["id"]] = d
sysev = collections.defaultdict(list)
for l in open(a.out, encoding="utf-8"):
    if l.strip(): e = json.loads(l); sysev[str(e["doc"])].append(e)
kinds = collections.Counter(); g_n = collections.Counter(); hit = collections.Counter()
s_n = collections.Counter(); fp = collections.Counter()
for did, d in gold.items():
    gd, sd, owner = match(d, sysev.get(did, []))
    matched = {owner[i] for i in range(len(sd)) if owner[i] is not None}
    if a.unmatched:
        k = 0
        for e in sysev.get(did, []):
            n = len(S.dyads(e, False))
            if not any(owner[j] is not None for j in range(k, k + n)):
                def c(side): return ",".join(str(x.get("country")) for x in side) or "-"
                print(f'{did} {e["type"]:9} {c(e["source"])}->{c(e["target"])} [{e.get("trigger")}] '
                      f'{e["evidence"]["text"][:100]}')
            k += n
        continue
    for i, s in enumerate(sd):
        s_n[s["types"][0]] += 1
        if owner[i] is None: fp[s["types"][0]] += 1
    missed = []
    for k, (g, opt) in enumerate(gd):
        if opt: continue
        t = g["types"][0]; g_n[t] += 1
        if k in matched: hit[t] += 1; continue
        missed.append(g)
        if not sd: kinds["no event in the document"] += 1
        elif any(s["types"][0] in g["types"] for s in sd): kinds["the type, other countries"] += 1
        else: kinds["other types only"] += 1
    if a.type and any(g["types"][0] == a.type for g in missed):
        print("=" * 80); print(did, d["text"].replace("\n", " || ")[:500])
        for g in missed:
            if g["types"][0] == a.type: print(f'  MISS {"|".join(g["types"])} {g["s"]}->{g["t"]}')
        for s in sd: print(f'  SYS  {s["types"][0]} {s["s"]}->{s["t"]}')
if not a.unmatched and not a.type:
    for k, v in kinds.most_common(): print(f"{v:5}  {k}")
    print(f'\n{"type":10} {"gold":>5} {"hit":>5} {"sys":>5} {"unmatched":>9}')
    for t in sorted(set(g_n) | set(s_n), key=lambda t: -g_n[t]):
        print(f"{t:10} {g_n[t]:5} {hit[t]:5} {s_n[t]:5} {fp[t]:9}")
