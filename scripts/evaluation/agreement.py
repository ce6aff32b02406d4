#!/usr/bin/env python3
"""How far two annotations of the same RSS items agree, and how far Dyad is from each: one annotation's required
events scored as a system against the other as gold, both ways, with ../shared/eval/score.py, then Dyad's output
against each.

usage: agreement.py FIRST SECOND [--dyad BIN] [--out DIR]
  FIRST, SECOND  eval/rss-format annotation files (ids, dates, events; no text) over items FIRST and SECOND share
                 (e.g. eval/rss/unread.jsonl and eval/rss/unread_second.jsonl: only the shared items are used)
  --dyad         the binary (default .build/release/dyad)
  --out          where the joined gold files and outputs go (holds corpus text: keep it outside the repository)

Prints F1, precision, recall and matched/gold dyads for: SECOND against FIRST, FIRST against SECOND, Dyad against
FIRST, Dyad against SECOND."""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
score_py = os.path.normpath(os.path.join(root, "..", "shared", "eval", "score.py"))
p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
p.add_argument("first")
p.add_argument("second")
p.add_argument("--dyad", default=os.path.join(root, ".build", "release", "dyad"))
p.add_argument("--out", default=tempfile.mkdtemp(prefix="dyad-agreement-"))
a = p.parse_args()
os.makedirs(a.out, exist_ok=True)


def joined(path, ids, name):
    """The annotation file restricted to `ids`, joined with the corpus text by rss_gold.py."""
    sub = os.path.join(a.out, name + ".annotations.jsonl")
    with open(path, encoding="utf-8") as f, open(sub, "w", encoding="utf-8") as o:
        for line in f:
            if line.strip() and json.loads(line)["id"] in ids:
                o.write(line)
    gold = os.path.join(a.out, name + ".gold.jsonl")
    with open(gold, "w", encoding="utf-8") as o:
        subprocess.run([sys.executable, os.path.join(here, "rss_gold.py"), sub], stdout=o, check=True)
    return gold


def as_system(gold, name):
    """The gold file's required events as `dyad code`-shaped records (first type)."""
    out = os.path.join(a.out, name + ".sys.jsonl")
    with open(gold, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            d = json.loads(line)
            for e in d["events"]:
                if not e.get("optional"):
                    o.write(json.dumps({"doc": d["id"], "type": e["types"][0], "source": e["source"],
                                        "target": e["target"]}) + "\n")
    return out


def score(gold, system):
    r = json.loads(subprocess.run([sys.executable, score_py, gold, system, "--json"], capture_output=True, text=True,
                                  check=True).stdout)
    p, rc = r["precision_on_exhaustive_docs"] or 0, r["recall"]
    f = 2 * p * rc / (p + rc) if p + rc else 0
    return "F1 %.3f  P %.3f  R %.3f  matched %d of %d gold dyads" % (f, p, rc, r["matched"], r["gold_dyads"])


def ids(path):
    with open(path, encoding="utf-8") as f:
        return {json.loads(l)["id"] for l in f if l.strip()}


shared = ids(a.first) & ids(a.second)
g1, g2 = joined(a.first, shared, "first"), joined(a.second, shared, "second")
dyad_out = os.path.join(a.out, "dyad.jsonl")
with open(dyad_out, "w", encoding="utf-8") as o:
    subprocess.run([a.dyad, "code", "--format", "jsonl", g1], stdout=o, stderr=subprocess.DEVNULL, check=True)
print("%d items in both" % len(shared))
print("second against first: " + score(g1, as_system(g2, "second")))
print("first against second: " + score(g2, as_system(g1, "first")))
print("Dyad against first:   " + score(g1, dyad_out))
print("Dyad against second:  " + score(g2, dyad_out))
