#!/usr/bin/env python3
"""Import PETRARCH-2's discard list (Phoenix.discards.txt) into Dyad's lexicon as topic filters.

A discard is a phrase that marks a sentence (or, with a leading '+', a whole story) as outside
political event coding: sport results ("beat Alabama", "thrash Fiji"), film and television. PETRARCH
drops such sentences before coding them; Dyad does the same with the rows this script writes.

Reads (Python 3 standard library only, no network; every path can be overridden):
  --dicts     the folder holding Phoenix.discards.txt (default ../shared/data/dictionaries/petrarch2)
  --lexicon   Dyad's lexicon folder: its curated discards.tsv wins over imported rows

Writes:
  <lexicon>/discards_imported.tsv   phrase, scope (sentence|story), topic (sport|entertainment),
                                    source (phoenix), note
  scripts/lexicon-curated/phoenix_discards_report.txt   counts, conflicts and every dropped row with
                                    its reason (also printed to stderr)

`--check` writes nothing and exits 1 when the files on disk differ from what it would write.

Mapping (dictionaries.rst, "Discard list"): one phrase a line, words joined by spaces or '_' (a
trailing '_' only ends the phrase), '#' starts a comment, a leading '+' makes it a story-level
discard. Only the sport and entertainment entries are kept, as the lexicon's topic filters; the
rest of Phoenix's list (years, "weeks ago", disasters, diseases, accidents, history, business and
people outside sport and entertainment) is dropped with its reason, because a political event told
beside them is still an event ("troops were sent after the typhoon", "the biggest mobilisation
since World War II", "Salman Rushdie was stabbed"). Entries common in political prose
("champion", "marathon") are dropped too. Output is deterministic.
"""

import argparse
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
LEXICON = os.path.join(REPO, "Sources", "DyadLexicon", "Resources", "lexicon")
REPORT = os.path.join(REPO, "scripts", "lexicon-curated", "phoenix_discards_report.txt")

# Sport: words and names whose presence in a phrase makes it a sport entry.
SPORT = re.compile(
    r"\b(GOLF\w*|CUP|GAMES|CHAMPIONS?HIPS?|CHAMPIONS LEAGUE|CHAMPION CLUB|DEFENDING CHAMPION|GRAND CHAMPION|"
    r"MEDAL|SEED|ROUND|MATCH(ES)?|TOURNAMENT|BOXING|BOWL(ER|ING)?|BATS(MAN|MEN)|BATTING|CRICKET|FOOTBALL|"
    r"SOCCER|RUGBY|TENNIS|HOCKEY|BASEBALL|BASKETBALL|NBA|FIFA|UEFA|GOALS?|GOALKEEP\w*|GOALLESS|INNING|"
    r"LEAGUE|TEST|WICKET|SPINNER|SUMO|OZEKI|YOKOZUNA|SEKIWAKE|TRIATHLON|\w*WEIGHT|WEIGHTLIFT\w*|JUDO|"
    r"HANDBALL|BADMINTON|SNOOKER|BILLIARDS|RALLY|GRAND PRIX|FORMULA ONE|TOUR DE FRANCE|WIMBLEDON|OPEN|"
    r"QUALIF\w*|PLAYOFF|SEMI-FINAL|QUARTER FINALS|RUNNERS? UP|SPRINTER|RACE|RACING|RACEHORSES|CHESS|"
    r"GRAND MASTER|SERIES(-CLINCHING)?|PAR|STROKE LEAD|PGA|WTA|ATP|COACHING|MIDFIELDER|OUTFIELD|PACEMAN|"
    r"STUMPS|ASHES|CATCH|SPOT KICK|DRAW|PERSONAL BEST|NATIONAL TEAM|YOUTH PLAYERS|AQUATICS|GYMNASIUM|"
    r"YACHTING|MULTIHULLS|WRESTL\w*|SUPER BOWL|COLTS|BEARS|JUVENTUS|MANCHESTER UNITED|ROMA|BEITAR|"
    r"MANNSCHAFT|SEVENS|HOPMAN|RYDER|NEXTEL|UNSPORTSMAN|SCORED|WHISTLE|GAME OFFICIAL|BALLCLUB|TOSS|"
    r"TROPHIES|TROPHY|RUN LEAD|RUN VICTORY|BLASTED RUNS|BREAK RECORD|UPSET LOSS|SET WIN|MATCH WIN|"
    r"CLINCHING WIN|HARDCOURT|HALF CENTURIES|PLAY START|PLAYING TO WIN|DOUBLES|SENIOR PRO|ESPN2|"
    r"KILOMETRE RUN|CAMEL RACE|AFL|BIRDIE|DROPPED CATCH|DAY MATCHES|SEASON FINALE|FINAL WHISTLE|"
    r"PLAYOFF|COMPETITION|BALL)\b")
# Sport people and clubs Phoenix lists by name.
SPORT_NAMES = {
    "ANDRE AGASSI", "BOBBY FISCHER", "BRIAN KERR", "CARLOS ALBERTO PARREIRA", "DAVID BECKHAM",
    "FRANKIE MINOZA", "HENRI MICHEL", "MANNY PACQUIAO", "PIM VERBEEK", "RABAH MADJER",
    "SACHIN TENDULKAR", "SERENA WILLIAMS", "STEPHEN KESHI", "STEVE MCCLAREN", "TIGER WOODS",
    "WASIM JAFFER", "AVIA REED", "CHESS FEDERATION", "INDONESIAN CHESS ASSOCIATION",
    "INTERNATIONAL SWIMMING FEDERATION", "SUMO ASSOCIATION", "RACING COMMISSION", "NATIONS FINAL",
    "SUCCESSFUL TEST CAPTAIN", "TOP ORDER BATTING", "FIXING MATCH", "AT STUMPS", "WINNING THE TOSS",
    "UNDER PAR", "LEG SPINNER", "FAST BOWLING", "HOME SERIES", "LADIES GOLF OPEN",
    "ASIAN TOUR ORDER OF MERIT", "ISRAEL MILLER", "CARD SECOND ROUND",
}
ENTERTAINMENT = {
    "ACADEMY AWARD", "AVATAR", "AZEROTH", "BEATLES", "BEAUTY PAGEANT", "BIG BROTHER", "BLOCKBUSTER",
    "CANNES FILM FESTIVAL", "CELEBRITY BIG BROTHER", "CELEBRITY CONCERT", "DESPERATE HOUSEWIVES",
    "FILM ACADEMY", "FILM FESTIVAL", "GARY GLITTER", "GOLDEN GLOBE", "HOLLYWOOD MOVIE", "JACKY CHEUNG",
    "JANE FONDA", "JOHN RAMBO", "KATE MOSS", "KING KONG", "LEONARDO DICAPRIO", "MISS ISRAEL CONTEST",
    "OSCAR NOMINATED", "PHILHARMONIC", "POPEYE", "QUEEN'S ICONIC ANTHEM", "REALITY TELEVISION",
    "REALITY TV", "TOPPED BOX OFFICE", "WARCRAFT", "GOETHE CULTURAL PRIZE", "GOLDEN SWAN AWARD",
    "PABLO PICASSO", "SCULPTOR",
}
# Sport or entertainment by the pattern, but common in political prose.
TOO_COMMON = {
    "CHAMPION": "'champion of reform', 'human rights champion'",
    "CHAMPIONS": "'champions of democracy'",
    "MARATHON": "'marathon talks', 'marathon session'",
    "BREAK RECORD": "'break record' of turnout, of arrests",
    "COMPETITION": "'competition' between states, parties, companies",
    "2014 COMPETITION": "a year-bound entry",
    "OPEN": "'open' is a common word",
    "THIRD ROUND": "'a third round of talks'",
    "HEAVYWEIGHT": "'a political heavyweight'",
    "LIGHTWEIGHT": "'a political lightweight'",
    "BLOCKBUSTER": "'a blockbuster deal'",
    "GYMNASIUM": "a place (a school in German-speaking countries) where events happen",
    "INTERNATIONAL BRAND": "business, not entertainment",
}
# "Group A" … "Group H" (a tournament's groups) match "the group a day later".
TOO_COMMON.update({"GROUP " + c: "matches 'the group a day later'" for c in "ABCDEFGH"})
# Topics Phoenix discards that are kept out of Dyad's filters, with the reason.
DROP_REASONS = [
    (re.compile(r"^\d+$"), "a year: historical dates are handled by date resolution, not by dropping the sentence"),
    (re.compile(r"\b(AGO|LATER)\b"), "a time expression: a political event can be told beside it"),
    (re.compile(r"\b(FLU|INFLUENZA|EBOLA|POLIO|FEVER|CHOLERA|EPIDEMIC|VIRUS|H5N1|CHICKUNGUNGA|"
                r"MEDICAL|RABID|BACTERIA)\b"), "disease: governments act on epidemics (curfews, aid, border closures)"),
    (re.compile(r"\b(BLIZZARD|LANDSLIDE|MUDSLIDE|TSUNAMI|TYPHOON|TROPICAL|STORM|FLOOD|YELLOW DUST|"
                r"POLLUTION|EVEREST)\b"), "weather or disaster: aid and mobilisation follow disasters"),
    (re.compile(r"\b(ACCIDENT|CAPSIZED|PLUNGED|RAVINE|KILLED)\b"), "an accident: victims may be of an event"),
    (re.compile(r"\b(WAR|WARS|PEARL HARBOR|EMPIRE|BATAAN|MILLENNIUM|1942|VETERAN|PHARAOH|MUMMY|"
                r"TUTANKHAMUN|ARCHAEOLOGY|NAPOLEONIC|XUAN ?ZANG)\b"), "history: a present event is often told beside it"),
    (re.compile(r"\b(PRESIDENTIAL|POLL|RECOUNT|DEBATE)\b"), "politics: elections are in scope"),
]


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dicts", default=os.path.join(SHARED, "data", "dictionaries", "petrarch2"))
    p.add_argument("--lexicon", default=LEXICON)
    p.add_argument("--report", default=REPORT)
    p.add_argument("--check", action="store_true")
    return p.parse_args()


def read_discards(path):
    """(phrase, scope) pairs in file order, phrases upper case with single spaces."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            scope = "sentence"
            if line.startswith("+"):
                scope = "story"
                line = line[1:].strip()
            phrase = re.sub(r"[\s_]+", " ", line).strip().upper()
            if phrase:
                out.append((phrase, scope))
    return out


def classify(phrase):
    """('sport' | 'entertainment', None) or (None, reason)."""
    if phrase in TOO_COMMON:
        return None, "too common in political prose: " + (TOO_COMMON[phrase] or "a generic word")
    for rx, why in DROP_REASONS:
        if rx.search(phrase):
            return None, why
    if phrase in ENTERTAINMENT:
        return "entertainment", None
    if phrase in SPORT_NAMES or SPORT.search(phrase):
        return "sport", None
    return None, "neither sport nor entertainment (people, places, business or trivia outside Dyad's topic filters)"


def read_curated(path):
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "phrase":
                continue
            rows[cols[0].lower()] = cols
    return rows


def main():
    a = parse_args()
    src = os.path.join(a.dicts, "Phoenix.discards.txt")
    entries = read_discards(src)
    curated = read_curated(os.path.join(a.lexicon, "discards.tsv"))
    kept, dropped, conflicts, seen = [], [], [], set()
    for phrase, scope in entries:
        key = phrase.lower()
        if key in seen:
            dropped.append((phrase, "a repeat of an earlier entry"))
            continue
        seen.add(key)
        topic, why = classify(phrase)
        if topic is None:
            dropped.append((phrase, why))
            continue
        if key in curated:
            c = curated[key]
            if c[1] != scope or c[2] != topic:
                conflicts.append(f"{phrase}: phoenix {scope}/{topic}, curated {c[1]}/{c[2]} (curated wins)")
            else:
                conflicts.append(f"{phrase}: also curated (curated wins)")
            continue
        kept.append((key, scope, topic))
    kept.sort()
    lines = ["# Topic filters imported from PETRARCH-2's Phoenix.discards.txt (MIT) by scripts/import_phoenix_discards.py.",
             "# Do not edit: add or override rows in discards.tsv (curated rows win). See README.md, discards.",
             "phrase\tscope\ttopic\tsource\tnote"]
    lines += [f"{p}\t{s}\t{t}\tphoenix\t" for p, s, t in kept]
    out = "\n".join(lines) + "\n"
    by = {}
    for _, s, t in kept:
        by[(s, t)] = by.get((s, t), 0) + 1
    report = [f"Phoenix discards: {len(entries)} entries read from {os.path.basename(src)}",
              f"kept {len(kept)}: " + ", ".join(f"{t}/{s} {n}" for (s, t), n in sorted(by.items())),
              f"curated rows that win over Phoenix: {len(conflicts)}"]
    report += ["  " + c for c in conflicts]
    report.append(f"dropped {len(dropped)}:")
    report += [f"  {p}\t{why}" for p, why in dropped]
    report_text = "\n".join(report) + "\n"
    target = os.path.join(a.lexicon, "discards_imported.tsv")
    if a.check:
        same = os.path.exists(target) and open(target, encoding="utf-8").read() == out
        sys.stderr.write(report_text)
        print("discards_imported.tsv is " + ("up to date" if same else "STALE: rerun scripts/import_phoenix_discards.py"))
        sys.exit(0 if same else 1)
    with open(target, "w", encoding="utf-8") as f:
        f.write(out)
    with open(a.report, "w", encoding="utf-8") as f:
        f.write(report_text)
    sys.stderr.write(report_text)


if __name__ == "__main__":
    main()
