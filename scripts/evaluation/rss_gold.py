#!/usr/bin/env python3
"""Joins hand-annotated RSS-2022 gold events (eval/rss/*.jsonl: ids, dates and events, no corpus text) with the
items' text from the shared corpus, giving a gold file `score.py` and `dyad code` read.

usage: rss_gold.py eval/rss/unread.jsonl [--corpus ../shared/data/corpus/rss2022_en.jsonl] > gold.jsonl
       rss_gold.py --all > rss.jsonl      (every corpus item as id, date, text: for corpus_diff.py)

The item text is the headline, a newline and the summary, as the annotators saw it. The corpus text stays in
../shared (research-use licence); only the annotations are in the repository."""
import argparse, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
default_corpus = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "data", "corpus", "rss2022_en.jsonl"))
p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
p.add_argument("annotations", nargs="?")
p.add_argument("--all", action="store_true", help="write every corpus item (id, date, text), no annotations")
p.add_argument("--corpus", default=default_corpus)
a = p.parse_args()
if a.all:
    for line in open(a.corpus, encoding="utf-8"):
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "date": d["date"], "text": d["title"].strip() + "\n" + d["text"].strip()},
                         ensure_ascii=False))
    sys.exit(0)
if not a.annotations:
    p.error("an annotations file, or --all")
wanted = {}
for line in open(a.annotations, encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        wanted[d["id"]] = d
text = {}
for line in open(a.corpus, encoding="utf-8"):
    d = json.loads(line)
    if d["id"] in wanted:
        text[d["id"]] = d["title"].strip() + "\n" + d["text"].strip()
missing = [k for k in wanted if k not in text]
if missing:
    sys.exit("rss_gold.py: %d items not in %s (e.g. %s)" % (len(missing), a.corpus, missing[0]))
for k, d in wanted.items():
    out = dict(d)
    out["text"] = text[k]
    print(json.dumps(out, ensure_ascii=False, sort_keys=True))
