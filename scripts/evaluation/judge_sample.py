#!/usr/bin/env python3
"""Draws coded events for a blind judge (a helper that never saw Dyad) and tallies the verdicts.

  judge_sample.py draw OLD NEW TEXTS DIR [--n 40] [--seed S] [--exclude KEY.jsonl ...]
      the events NEW adds to OLD and those it removes (by document, type and the countries of both sides),
      outside every annotated sample (eval/rss/*.jsonl) and the items of earlier judges' keys; N of each,
      shuffled, into DIR/items.md (item text and one event each) and DIR.key.jsonl (which is which).
      OLD may be "-" to draw N events of NEW at random instead (a precision check of one build).
      TEXTS: the corpus as id/date/text lines (rss_gold.py --all). DIR holds corpus text: keep it outside
      the repository.
  judge_sample.py tally DIR
      reads DIR/verdicts.jsonl (one {"n", "real", "countries", "why"} per item, written by the judge from
      judge_prompt.md with its name and count filled in) and prints, for added and removed, how many are
      real and how many real with the right countries."""
import argparse, collections, glob, json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
sub = p.add_subparsers(dest="cmd", required=True)
d = sub.add_parser("draw")
d.add_argument("old"); d.add_argument("new"); d.add_argument("texts"); d.add_argument("dir")
d.add_argument("--n", type=int, default=40); d.add_argument("--seed", type=int, default=1)
d.add_argument("--exclude", nargs="*", default=[])
t = sub.add_parser("tally"); t.add_argument("dir")
a = p.parse_args()

if a.cmd == "tally":
    key = [json.loads(l) for l in open(a.dir.rstrip("/") + ".key.jsonl")]
    ver = {v["n"]: v for v in (json.loads(l) for l in open(os.path.join(a.dir, "verdicts.jsonl")) if l.strip())}
    c = collections.Counter()
    for k in key:
        v = ver[k["n"]]
        c[k["which"], "all"] += 1
        c[k["which"], "real"] += bool(v["real"])
        c[k["which"], "right"] += bool(v["real"] and v["countries"])
    for w in sorted({k["which"] for k in key}):
        print(f'{w}: {c[w, "real"]}/{c[w, "all"]} real, {c[w, "right"]}/{c[w, "all"]} with the right countries')
    sys.exit(0)

excluded = set()
for f in glob.glob(os.path.join(here, "..", "..", "eval", "rss", "*.jsonl")):
    excluded |= {json.loads(l)["id"] for l in open(f) if l.strip()}
for f in a.exclude:
    excluded |= {json.loads(l)["doc"] for l in open(f) if l.strip()}
texts = {}
for l in open(a.texts, encoding="utf-8"):
    x = json.loads(l); texts[x["id"]] = x["text"]

def load(path):
    m = collections.defaultdict(list)
    for l in open(path, encoding="utf-8"):
        if l.strip():
            e = json.loads(l)
            if e["doc"] not in excluded: m[e["doc"]].append(e)
    return m

def key(e):
    return (e["type"], tuple(x.get("country") for x in e["source"]), tuple(x.get("country") for x in e["target"]))

rng = random.Random(a.seed)
new = load(a.new)
if a.old == "-":
    pool = [e for es in new.values() for e in es]
    items = [(e, "drawn") for e in rng.sample(pool, min(a.n, len(pool)))]
else:
    old = load(a.old)
    added, removed = [], []
    for doc in set(old) | set(new):
        for mine, other, bucket in ((new, old, added), (old, new, removed)):
            left = collections.Counter(key(e) for e in other.get(doc, []))
            for e in mine.get(doc, []):
                if left[key(e)] > 0: left[key(e)] -= 1
                else: bucket.append(e)
    print(f"{len(added)} added, {len(removed)} removed outside the samples", file=sys.stderr)
    items = [(e, "added") for e in rng.sample(added, min(a.n, len(added)))]
    items += [(e, "removed") for e in rng.sample(removed, min(a.n, len(removed)))]
    rng.shuffle(items)
os.makedirs(a.dir, exist_ok=True)

def side(s):
    return "; ".join("%s (%s%s)" % (x.get("text") or "(implied)", x.get("country") or "no country",
                                    "/" + x["sector"] if x.get("sector") else "") for x in s) or "(none)"

with open(os.path.join(a.dir, "items.md"), "w", encoding="utf-8") as f, \
        open(a.dir.rstrip("/") + ".key.jsonl", "w", encoding="utf-8") as k:
    for n, (e, which) in enumerate(items, 1):
        f.write("## %d\n\nItem: %s\n\nEvent: **%s**%s — actor: %s — recipient: %s\n\nEvidence: \"%s\"\n\n" % (
            n, texts[e["doc"]].replace("\n", " || "), e["type"], " (%s)" % e["mode"] if e.get("mode") else "",
            side(e["source"]), side(e["target"]), e["evidence"]["text"]))
        k.write(json.dumps({"n": n, "which": which, "doc": e["doc"], "type": e["type"],
                            "trigger": e.get("trigger")}) + "\n")
print(f"{len(items)} items in {a.dir}/items.md", file=sys.stderr)
