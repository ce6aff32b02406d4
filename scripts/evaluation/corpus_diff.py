#!/usr/bin/env python3
"""corpus_diff.py OLD NEW [TEXTS]: events added and removed per document between two `dyad code --format jsonl`
outputs (type, source and target countries, evidence), with each document's text from TEXTS (JSON Lines with
id and text; default: the RSS-2022 corpus, headline + newline + summary)."""
import json, os, sys, collections
old, new = sys.argv[1], sys.argv[2]
allp = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'data', 'corpus', 'rss2022_en.jsonl')
def load(p):
    d = collections.defaultdict(collections.Counter)
    for l in open(p):
        e = json.loads(l)
        k = (e['type'], ",".join(str(a.get('country')) for a in e.get('source') or []), ",".join(str(a.get('country')) for a in e.get('target') or []),
             (e.get('evidence') or {}).get('text', '')[:70])
        d[e['doc']][k] += 1
    return d
o, n = load(old), load(new)
texts = {}
docs = sorted(set(o) | set(n), key=lambda x: int(x.split('-')[-1]) if x.split('-')[-1].isdigit() else 0)
changed = [x for x in docs if o.get(x) != n.get(x)]
need = set(changed)
for l in open(allp):
    d = json.loads(l)
    if d['id'] in need: texts[d['id']] = (d['title'].strip() + '\n' if 'title' in d else '') + d['text']
add = rem = 0
for x in changed:
    a = n.get(x, collections.Counter()) - o.get(x, collections.Counter()); r = o.get(x, collections.Counter()) - n.get(x, collections.Counter())
    add += sum(a.values()); rem += sum(r.values())
    print("==", x, texts.get(x, "").replace("\n", " || ")[:300])
    for k in r: print("   -", *k[:3], "|", k[3])
    for k in a: print("   +", *k[:3], "|", k[3])
print(f"changed docs {len(changed)} added {add} removed {rem}", file=sys.stderr)
