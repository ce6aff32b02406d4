#!/usr/bin/env python3
"""Chooses the held-out (test) and development documents from the shared 60k silver file.

usage: split_docs.py SILVER.conllu[.xz] [--test 2700] [--dev 2700]
Walks the documents from the END of the file (the silver file's document order is a fixed shuffle, so its
tail is a random sample): whole documents go to the test set until it holds at least --test sentences, the
documents before them to the dev set until it holds at least --dev sentences. Writes heldout_docs.txt and
dev_docs.txt (ids only) beside this script."""
import argparse, lzma, os

ap = argparse.ArgumentParser()
ap.add_argument("silver"); ap.add_argument("--test", type=int, default=2700); ap.add_argument("--dev", type=int, default=2700)
a = ap.parse_args()
opener = lzma.open if a.silver.endswith(".xz") else open
docs = []  # (id, sentences) in file order
with opener(a.silver, "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("# doc_id = "):
            d = line[len("# doc_id = "):].strip()
            if docs and docs[-1][0] == d:
                docs[-1][1] += 1
            else:
                docs.append([d, 1])
test, dev, n_test, n_dev = [], [], 0, 0
for d, n in reversed(docs):
    if n_test < a.test:
        test.append(d); n_test += n
    elif n_dev < a.dev:
        dev.append(d); n_dev += n
    else:
        break
here = os.path.dirname(os.path.abspath(__file__))
for name, ids in (("heldout_docs.txt", test), ("dev_docs.txt", dev)):
    with open(os.path.join(here, name), "w") as out:
        out.write("".join(i + "\n" for i in sorted(ids)))
print(f"test: {len(test)} documents, {n_test} sentences; dev: {len(dev)} documents, {n_dev} sentences")
