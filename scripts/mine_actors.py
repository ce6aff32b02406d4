#!/usr/bin/env python3
"""Mine named actors (people, teams, firms) and the country they belong to from a news corpus.

Why: most events Dyad misses or cannot place involve a person the lexicon does not know ("Herschel
Walker", "Brittany Higgins", "Kyrie Irving"): their events get no country and are dropped (a verbal
event no side of which is placed) or coded to the wrong state. PLOVER codes a person with the state
they belong to; news for a home readership rarely says which, but a name that recurs in stories set
in one country belongs to it.

How: every item of the corpus is read by Dyad's own recognizer (`dyad mentions`). An item is set in a
country when at least 70% of the state codes its places and actors name are that country's. In the
item's text (its headline too, unless it is in Title Case, which makes every word a name), a run of two or three
capitalised words outside every recognised mention is a name candidate, unless one of its words is a
common English word, a role word (roles.tsv), a party or office adjective, or an honorific opening it
("Mr Johnson" is anyone's), or its last word names a kind of place ("Streatham Hill", "Knox Grammar").
Sport items (a sport phrase of discards.tsv or discards_imported.tsv, or a sport word) are skipped. A name
seen in at least --min-stories (2) placed items, at least --share (90%) of them in one country, becomes
a row of that country; names the curated or imported actors already hold are skipped.

Reads (paths can be overridden): the corpus (--corpus, default ../shared/data/corpus/rss2022_en.jsonl:
JSON Lines of id, date, text and an optional title, read as the headline, a newline and the text), Dyad's lexicon (--lexicon: common_words.txt, roles.tsv, organization_heads.tsv,
actors.tsv, actors_imported.tsv, discards.tsv, discards_imported.tsv) and a dyad binary (--dyad). Items whose ids any --exclude file lists
(default eval/rss/*.jsonl, the hand-annotated samples) are not read, so the scores on them measure
names learnt from other stories.

Writes --out (default <lexicon>/actors_mined.tsv; the columns of actors.tsv plus spells, outside and
source, which is `mined:<corpus file name>`): each name holds from a year before its first story to a year
after its last (`outside none`), so an older or newer namesake is not taken for it. With
--check, writes nothing and exits 1 when the file differs. Output is deterministic.
"""

import argparse
import collections
import datetime
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, ".."))
p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
p.add_argument("--corpus", default=os.path.normpath(os.path.join(root, "..", "shared", "data", "corpus",
                                                                  "rss2022_en.jsonl")))
p.add_argument("--lexicon", default=os.path.join(root, "Sources", "DyadLexicon", "Resources", "lexicon"))
p.add_argument("--dyad", default=os.path.join(root, ".build", "release", "dyad"))
p.add_argument("--exclude", nargs="*", default=sorted(glob.glob(os.path.join(root, "eval", "rss", "*.jsonl"))))
p.add_argument("--min-stories", type=int, default=2)
p.add_argument("--share", type=float, default=0.9)
p.add_argument("--out")
p.add_argument("--check", action="store_true")
a = p.parse_args()
out_path = a.out or os.path.join(a.lexicon, "actors_mined.tsv")

NONSTATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
# Adjectives of parties, offices and sides that open or close a capitalised run without being a name.
STOP = {"democratic", "republican", "western", "eastern", "northern", "southern", "labor", "liberal",
        "conservative", "sen", "rep", "gov", "dem", "gop", "tory", "national", "federal", "state", "royal",
        "supreme", "high", "premier", "league", "cup", "day"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mx"}
# Last words that make a run a place, a building, a school or an occasion rather than an actor.
PLACE_HEADS = {
    "hill", "heights", "street", "road", "park", "square", "beach", "bay", "island", "islands", "airport",
    "station", "stadium", "superspeedway", "grammar", "college", "school", "university", "hospital", "bridge",
    "river", "lake", "valley", "county", "district", "city", "town", "village", "centre", "center", "court",
    "house", "hall", "palace", "church", "cathedral", "mountain", "mount", "forest", "coast", "north", "south",
    "east", "west", "estate", "avenue", "lane", "way", "gardens", "green", "common", "cross", "gate", "wood",
    "field", "fields", "creek", "point", "harbour", "harbor", "port", "prison", "jail", "museum", "theatre",
    "theater", "arena", "ground", "motorway", "highway", "tunnel", "canal", "sea", "ocean", "gulf", "strait",
    "peninsula", "desert", "prize", "awards", "festival", "show", "series", "open", "games", "championship",
    "cup", "trophy"}
WORD = r"[A-Z][a-z]+(?:[’'-][A-Z][a-z]+)?"
NAME = re.compile(r"\b(" + WORD + r"(?: +(?:[A-Z]\. +)?" + WORD + r"){1,2})\b")


def rows(name):
    for line in open(os.path.join(a.lexicon, name), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


common = {w[0].strip().lower() for w in rows("common_words.txt")}
roles = {w for r in rows("roles.tsv") for w in r[0].lower().split()}
org_heads = {r[0].strip().lower() for r in rows("organization_heads.tsv")}
known = set()
for f in ("actors.tsv", "actors_imported.tsv"):
    for r in rows(f):
        known.add(r[0].lower())
        known.update(x.lower() for x in (r[1].split("|") if len(r) > 1 else []) if x)
exclude = set()
for f in a.exclude:
    for line in open(f, encoding="utf-8"):
        if line.strip():
            exclude.add(str(json.loads(line)["id"]))

# The corpus as Dyad reads it (headline, newline, summary), without the excluded items.
items = []
for line in open(a.corpus, encoding="utf-8"):
    d = json.loads(line)
    if str(d["id"]) not in exclude:
        text = (d["title"].strip() + "\n" if d.get("title") else "") + d["text"].strip()
        items.append({"id": str(d["id"]), "date": d["date"], "text": text})
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as tmp:
    for d in items:
        tmp.write(json.dumps(d, ensure_ascii=False) + "\n")
# Read with the lexicon as it is without this file, so that a rerun finds the same names.
base = tempfile.mkdtemp()
for f in os.listdir(a.lexicon):
    if f != "actors_mined.tsv" and os.path.isfile(os.path.join(a.lexicon, f)):
        os.symlink(os.path.join(a.lexicon, f), os.path.join(base, f))
try:
    run = subprocess.run([a.dyad, "mentions", "--lexicon-data", base, tmp.name], capture_output=True, text=True,
                         check=True)
finally:
    os.unlink(tmp.name)
    shutil.rmtree(base)
mentions = collections.defaultdict(list)
for line in run.stdout.splitlines():
    m = json.loads(line)
    mentions[m["doc"]].append(m)

# Sport stories (the sport rows of discards.tsv, discards_imported.tsv) teach no actors: their players
# and teams make no political events, and placing them would turn play into events. (Entertainment
# people do make some: lawsuits, accusations.)
topics = set()
for f in ("discards.tsv", "discards_imported.tsv"):
    for r in rows(f):
        if len(r) > 2 and r[1] in ("sentence", "story") and r[2] == "sport":
            topics.add(r[0].lower())
# Words only sport news uses, for the stories those phrases miss ("the Titans have won four in a row").
topics |= {"season", "coach", "game", "games", "match", "matches", "league", "tournament", "striker",
           "goalkeeper", "cricket", "rugby", "tennis", "golf", "grand prix", "olympic", "olympics", "medal",
           "championship", "innings", "wicket", "wickets", "playoff", "playoffs", "squad", "fixture", "scored",
           "goals", "defender", "midfielder", "batsman", "bowler", "title fight", "boxing", "world cup", "t20",
           "super bowl", "wimbledon", "us open", "athlete", "athletes", "sprinter", "racing", "driver's"}
topic_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, topics), key=len, reverse=True)) + r")\b")

votes = collections.defaultdict(collections.Counter)
# The days each name was seen on, per country: a name mined from one year's news holds for its time
# (a year either side), not for a namesake decades before or after.
seen_days = collections.defaultdict(list)
for d in items:
    if topic_re.search(d["text"].lower()):
        continue
    ms = mentions.get(d["id"], [])
    states = collections.Counter(m["country"] for m in ms if m["kind"] in ("place", "actor") and m.get("country")
                                 and len(m["country"]) == 3 and m["country"] not in NONSTATE)
    if not states:
        continue
    (top, n), = states.most_common(1)
    if n < 0.7 * sum(states.values()):
        continue
    text = d["text"]
    spans = [(m["start"], m["end"]) for m in ms]
    seen = set()
    # The headline too, unless it is in Title Case (where every word is capitalised).
    nl = text.find("\n")
    head = text[:nl] if nl >= 0 else ""
    long_words = [w for w in re.findall(r"[A-Za-z]{4,}", head)]
    title_case = long_words and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    start = nl + 1 if title_case or nl < 0 else 0
    for mo in NAME.finditer(text, start):
        start, end = mo.span(1)
        name = mo.group(1)
        if name in seen or any(not (end <= s or start >= e) for s, e in spans):
            continue
        words = [w.lower().strip(".") for w in name.split()]
        if any(len(w) > 2 and w in common for w in words) or any(w in roles or w in STOP for w in words):
            continue
        if words[-1] in PLACE_HEADS or words[0] in HONORIFICS or name.lower() in known:
            continue
        seen.add(name)
        votes[name][top] += 1
        if d.get("date"):
            seen_days[(name, top)].append(d["date"])

source = "mined:" + os.path.splitext(os.path.basename(a.corpus))[0]
lines = [
    "# Named actors mined from %s (see NOTICE)" % os.path.basename(a.corpus),
    "# by scripts/mine_actors.py: a name that recurs in stories set in one country belongs to it. Do not",
    "# edit: change the script, or add a curated row to actors.tsv (curated and imported rows win). Columns as",
    "# actors.tsv (no sector: the stories do not say it), plus spells, outside and source; the note gives the evidence.",
    "# spells: the country from a year before the first story to a year after the last; outside: none (a namesake",
    "# in other years is someone else).",
    "name\taliases\tcountry\tsector\tkind\tspells\toutside\tsource\tnote",
]
for name in sorted(votes):
    c = votes[name]
    total = sum(c.values())
    (top, n), = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:1]
    if total >= a.min_stories and n >= a.min_stories and n >= a.share * total:
        kind = "organization" if name.split()[-1].lower() in org_heads else "person"
        days = sorted(seen_days.get((name, top), []))
        spells, outside = "", ""
        if days:
            first = datetime.date.fromisoformat(days[0][:10]) - datetime.timedelta(days=365)
            last = datetime.date.fromisoformat(days[-1][:10]) + datetime.timedelta(days=365)
            spells, outside = f"{top} - {first.isoformat()}..{last.isoformat()}", "none"
        lines.append(f"{name}\t\t{top}\t\t{kind}\t{spells}\t{outside}\t{source}\t{n} of {total} stories set in {top}")
text = "\n".join(lines) + "\n"
if a.check:
    same = os.path.exists(out_path) and open(out_path, encoding="utf-8").read() == text
    print("mine_actors.py: %s %s" % (out_path, "is current" if same else "differs"), file=sys.stderr)
    sys.exit(0 if same else 1)
with open(out_path, "w", encoding="utf-8") as f:
    f.write(text)
print("mine_actors.py: %d names from %d items → %s" % (len(lines) - 7, len(items), out_path), file=sys.stderr)
