#!/usr/bin/env python3
"""precision_by_category.py GOLD OUT: matched and unmatched system dyads by category (type, mode, whether each side
has an actor and a country, source sector, implied sides, sentence, confidence), on exhaustive gold."""
import json, os, sys, collections
from dyad_match import match
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
sysev = collections.defaultdict(list)
for l in open(sys.argv[2]):
    e = json.loads(l); sysev[e["doc"]].append(e)
cats = collections.defaultdict(lambda: [0, 0])
for did, d in gold.items():
    gd, sd, owner = match(d, sysev.get(did, []))
    for i, s in enumerate(sd):
        e = s["ev"]
        hit = owner[i] is not None and not gd[owner[i]][1]
        opt = owner[i] is not None and gd[owner[i]][1]
        if opt: continue
        keys = ["ALL", "type=" + e["type"], "src=" + ("none" if not e.get("source") else ("nocountry" if s["s"] is None else "c")),
                "tgt=" + ("none" if not e.get("target") else ("nocountry" if s["t"] is None else "c")),
                "same=" + str(s["s"] is not None and s["s"] == s["t"]),
                "mode=" + str(e.get("type")) + "/" + str(e.get("mode")),
                "ssector=" + str(s["ssector"]),
                "implied=" + str(any(a.get("implied") for a in (e.get("source") or []) + (e.get("target") or []))),
                "sent=" + str(min((e.get("evidence") or {}).get("sentence", 0), 3)),
                "conf=" + str(round(e.get("confidence", -1), 1))]
        for k in keys: cats[k][0 if hit else 1] += 1
for k, (h, m) in sorted(cats.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
    if h + m >= 6: print(f"{k:40} {h:4} {m:4}  p={h/(h+m):.2f}")
