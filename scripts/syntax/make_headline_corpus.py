#!/usr/bin/env python3
"""Headlines as documents, for silver parses of headline syntax ("North Korea fires ballistic missile over Japan").

usage: make_headline_corpus.py OUT_DIR [--corpus DIR] [--exclude IDS.txt ...]

The shared silver treebank parses only the body text of each item; the coder also reads every item's headline,
whose present-tense verbs after names ("Putin *orders* …") the model, trained on running text, misreads. This
writes OUT_DIR/{rss2022_en,bbc}.jsonl (and an empty reuters21578.jsonl: its titles are in capitals) with one
document per title ({"id", "date": null, "text": title}), so that make_silver.py --corpus OUT_DIR parses them
and `dyad-syntax convert --corpus OUT_DIR` projects them. Title Case titles are left out: the coder reads their
common words in lower case (Lexicon.isTitleCase), which the teacher would not see. Items whose ids are in an
--exclude file (the hand-annotated evaluation samples, annotated_docs.txt) are left out too."""
import argparse, json, os, re

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "data", "corpus"))
ap.add_argument("--exclude", action="append", default=[])
a = ap.parse_args()
exclude = set(i for p in a.exclude for i in open(p).read().split())
common = set(w.strip() for w in open(os.path.join(here, "..", "..", "Sources", "DyadLexicon", "Resources", "lexicon", "common_words.txt")))


def title_case(t):
    """At least three capitalised common words of four letters or more after the first word, and at most one
    lower-case one in five (the rule of Lexicon.isTitleCase, on the word list alone)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", t)
    cap = low = 0
    for i, w in enumerate(words):
        if i == 0 or len(w) < 4 or w.isupper() or w.lower() not in common:
            continue
        if w[0].isupper():
            cap += 1
        else:
            low += 1
    return cap >= 3 and low * 5 <= cap


os.makedirs(a.out, exist_ok=True)
kept = skipped = 0
for name in ("rss2022_en", "bbc"):
    with open(os.path.join(a.out, name + ".jsonl"), "w") as out:
        for line in open(os.path.join(a.corpus, name + ".jsonl"), encoding="utf-8"):
            d = json.loads(line)
            t = (d.get("title") or "").strip()
            if not t or d["id"] in exclude:
                continue
            if title_case(t):
                skipped += 1
                continue
            out.write(json.dumps({"id": d["id"], "date": None, "text": t}) + "\n")
            kept += 1
open(os.path.join(a.out, "reuters21578.jsonl"), "w").close()
print(f"{kept} titles written, {skipped} in Title Case left out")
