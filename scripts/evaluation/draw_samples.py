#!/usr/bin/env python3
"""Draws RSS-2022 samples for hand annotation: each sample 40 items (title + "\n" + summary), half from the whole
corpus and half from world feeds (nyt-world, cnn-world, or a /world URL), none twice and none listed in --exclude.

usage: draw_samples.py --seed 202612071 --names DA,DB,... --out DIR [--exclude ids.json|eval/rss/*.jsonl ...]
       [--ids-out drawn.json]

Writes DIR/sample_<NAME>.jsonl (id, date, text) for the annotators (prompt: annotation_prompt.md with {L}
replaced by the name). The samples hold corpus text: keep them outside the repository."""
import argparse, json, os, random

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
p.add_argument("--seed", type=int, required=True)
p.add_argument("--names", required=True)
p.add_argument("--out", required=True)
p.add_argument("--exclude", nargs="*", default=[])
p.add_argument("--ids-out")
p.add_argument("--corpus", default=os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "data", "corpus",
                                                                  "rss2022_en.jsonl")))
a = p.parse_args()
items = [json.loads(l) for l in open(a.corpus, encoding="utf-8")]
def world(d): return d["source"] in ("nyt-world", "cnn-world") or "/world" in d["url"]
def ok(d): return len((d.get("text") or "").split()) >= 5
rng = random.Random(a.seed)
allp = [d for d in items if ok(d)]
wp = [d for d in allp if world(d)]
rng.shuffle(allp)
rng.shuffle(wp)
used = set()
for path in a.exclude:
    # A JSON list of ids, or JSON Lines with an "id" (eval/rss/*.jsonl).
    with open(path, encoding="utf-8") as f:
        body = f.read()
    if body.lstrip().startswith("["):
        used |= set(json.loads(body))
    else:
        used |= {json.loads(l)["id"] for l in body.splitlines() if l.strip()}
ai = wi = 0
os.makedirs(a.out, exist_ok=True)
drawn = []
for n in a.names.split(","):
    out = []
    while len(out) < 20:
        d = allp[ai]; ai += 1
        if d["id"] not in used: used.add(d["id"]); out.append(d)
    while len(out) < 40:
        d = wp[wi]; wi += 1
        if d["id"] not in used: used.add(d["id"]); out.append(d)
    rng.shuffle(out)
    with open(os.path.join(a.out, "sample_%s.jsonl" % n), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps({"id": d["id"], "date": d["date"], "text": d["title"].strip() + "\n" + d["text"].strip()},
                               ensure_ascii=False) + "\n")
    drawn += [d["id"] for d in out]
if a.ids_out:
    json.dump(sorted(drawn), open(a.ids_out, "w"))
