#!/usr/bin/env python3
"""Import PETRARCH-2's Phoenix actor dictionaries into Dyad's lexicon.

Reads (Python 3 standard library only, no network; every path can be overridden):
  --dicts     the folder holding Phoenix.Countries.actors.txt, Phoenix.International.actors.txt
              and Phoenix.MilNonState.actors.txt (default ../shared/data/dictionaries/petrarch2)
  --lexicon   Dyad's lexicon folder (countries, subdivisions, cities, roles, actors and
              common_words are read so that curated rows win and known names are not taken twice)

Writes (into --lexicon unless --out-dir says otherwise):
  actors_imported.tsv     named actors (people, organisations, armed groups) with aliases, a default
                          code and dated codes ("spells": a head of government is GOV while in
                          office, ELI after), each row marked with its source (phoenix:<file>)
  country_variants.tsv    spelling variants of country names ("Afganistan", "Ethopia") that the
                          country blocks of Phoenix.Countries list and Dyad does not know yet
  scripts/lexicon-curated/phoenix_actors_report.txt   counts, conflicts and every dropped row with
                          its reason (also printed to stderr)

`--check` writes nothing and exits 1 when the files on disk differ from what it would write.

Mapping (dictionaries.rst, "Actor Dictionary"):
  * a record is a primary phrase, '+' synonym phrases and date restrictions; codes are
    [CCCSSS... restriction] where CCC is a CAMEO country or IGO/NGO/MNC/IMG, and the following
    three-letter groups are roles; the first role Dyad knows becomes the PLOVER sector (CAMEO MED is
    media, so JRN; HLH is health, so MED; religions are REL; INS and SEP are REB);
  * restrictions <date, >date and date-date (YYMMDD or YYYYMMDD, limits inclusive) become spells;
    an undated code is the default; without one, the default is the spell that ends last;
  * IGO/NGO/IMG codes keep that code as the country, except the EU (IGOEUREEC… → EUR), which PLOVER
    codes apart (the UN stays IGO, as in the PLOVER gold records); MNC with a country becomes that
    country, BUS;
  * CAMEO codes that are not ISO 3166 are mapped (TMP→TLS, KSV→KOS, USR/SUN→RUS, YUG/SCG/FRY→SRB,
    CSK→CZE, DDR→DEU); region codes (MEA, SAS, WEU, …) have no country and their codes are dropped.
Dropped, with the reason in the report: phrases already curated (curated rows win), phrases that name
a country, city, region or role Dyad knows, one-word phrases that are common English words or that
two records with different countries claim, phrases shorter than three letters, records without a
usable code.

Output is deterministic: rerunning on the same inputs gives the same bytes.
"""

import argparse
import collections
import difflib
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
LEXICON = os.path.join(REPO, "Sources", "DyadLexicon", "Resources", "lexicon")
REPORT = os.path.join(REPO, "scripts", "lexicon-curated", "phoenix_actors_report.txt")
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]

COUNTRY_FIX = {"TMP": "TLS", "KSV": "KOS", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "SCG": "SRB",
               "FRY": "SRB", "SRP": "SRB", "CSK": "CZE", "DDR": "DEU", "ROM": "ROU", "ZAR": "COD"}
NONSTATE = {"IGO", "NGO", "IMG", "MNC"}
ROLE = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP", "JUD": "JUD",
    "SPY": "SPY", "MED": "JRN", "EDU": "EDU", "BUS": "BUS", "CRM": "CRM", "CVL": "CVL", "LAB": "LAB",
    "REF": "REF", "HLH": "MED", "AGR": "AGR", "ELI": "ELI", "LEG": "LEG", "ENV": "SOC", "HRI": "SOC",
    "DEV": "SOC", "UAF": "UAF", "INS": "REB", "SEP": "REB", "PRM": "PRM",
    "CHR": "REL", "MOS": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "SIK": "REL", "JAN": "REL",
    "CTH": "REL", "ITH": "REL", "SHN": "REL", "ZRO": "REL", "CON": "REL",
}
DEFAULT_SECTOR = {"IGO": "GOV", "NGO": "SOC", "IMG": "REB", "MNC": "BUS"}
# Upper-case words kept as acronyms in names (all-caps phrases match case-sensitively in Dyad).
VOWELS = set("AEIOUY")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dicts", default=os.path.join(SHARED, "data", "dictionaries", "petrarch2"))
    p.add_argument("--lexicon", default=LEXICON)
    p.add_argument("--out-dir", default=None)
    p.add_argument("--report", default=REPORT)
    p.add_argument("--corpus", nargs="*", default=[os.path.join(SHARED, "data", "corpus", f)
                                                   for f in ("reuters21578.jsonl", "rss2022_en.jsonl")],
                   help="news corpora (*.jsonl with a text field) whose lower-case words are common words")
    p.add_argument("--check", action="store_true")
    return p.parse_args()


def read_tsv(path):
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def norm(s):
    return re.sub(r"\s+", " ", s.replace("’", "'").strip().lower())


def known_names(lex):
    """Every phrase Dyad's curated lexicon already gives a meaning, by kind."""
    known = {}
    for r in read_tsv(os.path.join(lex, "countries.tsv")):
        for col in ("name", "aliases", "adjectives", "people", "capitals", "seats"):
            for n in filter(None, r[col].split("|")):
                known.setdefault(norm(n), "country " + r["code"])
    for r in read_tsv(os.path.join(lex, "subdivisions.tsv")):
        for n in filter(None, [r["name"]] + r["aliases"].split("|")):
            known.setdefault(norm(n), "region")
    for r in read_tsv(os.path.join(lex, "cities.tsv")):
        for n in filter(None, [r["name"]] + r["aliases"].split("|")):
            known.setdefault(norm(n), "city")
    for r in read_tsv(os.path.join(lex, "roles.tsv")):
        known.setdefault(norm(r["phrase"]), "role")
    curated = {}
    for r in read_tsv(os.path.join(lex, "actors.tsv")):
        for n in filter(None, [r["name"]] + r["aliases"].split("|")):
            curated.setdefault(norm(n), r["name"])
    common = set()
    with open(os.path.join(lex, "common_words.txt"), encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and not w.startswith("#"):
                common.add(w.lower())
    return known, curated, common


def stoplist():
    """Phrases a Phoenix record claims that news uses for something else ("La Liga" is Spain's football
    league, not a Mexican guerrilla; "Tigers" a sports team): lexicon-curated/phoenix_actors_stoplist.txt."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon-curated", "phoenix_actors_stoplist.txt")
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split("#", 1)[0].strip()
            if w:
                out.add(norm(w))
    return out


def phrase_text(raw):
    """'HOSNI_MUBARAK_' → 'Hosni Mubarak'; acronyms without vowels stay upper case ('UNDP')."""
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    out = []
    for w in words:
        if len(w) <= 5 and not (set(w) & VOWELS) and w.isalpha():
            out.append(w)
        elif re.fullmatch(r"([A-Z]\.)+[A-Z]?\.?", w):
            out.append(w)
        else:
            out.append("-".join("'".join(p[:1].upper() + p[1:].lower() for p in q.split("'"))
                                for q in w.split("-")))
    return " ".join(out)


def parse_date(s):
    s = s.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", s):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 25 else 1900 + yy
        s = "%04d%s" % (year, s[2:])
    y, m, d = int(s[:4]), max(1, min(12, int(s[4:6]))), max(1, min(31, int(s[6:8])))
    return "%04d-%02d-%02d" % (y, m, d)


def parse_code(code, iso):
    """'EGYGOV' → ('EGY', 'GOV'); 'IGOUNOREFHCR' → ('IGO', 'REF'); None when unusable."""
    code = code.strip()
    if len(code) < 3 or not code[:3].isalpha():
        return None
    head = COUNTRY_FIX.get(code[:3], code[:3])
    rest = [code[i:i + 3] for i in range(3, len(code), 3)]
    sector = next((ROLE[r] for r in rest if r in ROLE), None)
    if head in NONSTATE:
        # PLOVER keeps the EU apart from other IGOs (manual, "Non-state international actors"):
        # CAMEO's IGOEUREEC… is EUR, as the curated EU row. The UN stays IGO like the curated UN
        # rows, as the PLOVER gold records code it (UNO would cost GSR recall 0.738 → 0.679).
        if head == "IGO" and rest[:2] == ["EUR", "EEC"]:
            return ("EUR", sector or DEFAULT_SECTOR[head])
        if head == "MNC":
            nation = next((COUNTRY_FIX.get(r, r) for r in rest if COUNTRY_FIX.get(r, r) in iso), None)
            return (nation or "MNC", "BUS")
        return (head, sector or DEFAULT_SECTOR[head])
    if head in iso:
        return (head, sector)
    if head in ROLE:  # "[ELI]": a role with the country of the record's other codes
        return ("", ROLE[head])
    return None


def parse_restriction(code_text, iso):
    """'[EGYGOV 811007-820102]' → dict(code, from, to); from/to None when open."""
    parts = code_text.split()
    if not parts:
        return None
    c = parse_code(parts[0], iso)
    if c is None:
        return None
    lo = hi = None
    if len(parts) > 1:
        r = parts[1]
        if r.startswith("<"):
            hi = parse_date(r[1:])
        elif r.startswith(">"):
            lo = parse_date(r[1:])
        elif "-" in r:
            a, b = r.split("-", 1)
            lo, hi = parse_date(a), parse_date(b)
        if lo is None and hi is None:
            return None
    return {"country": c[0], "sector": c[1], "from": lo, "to": hi}


def records(path):
    """Yields (line, [phrases], [code texts]) per record of a Phoenix actor file."""
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            body = re.split(r"#|\s;", line, maxsplit=1)[0]
            if not body.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", body)
            text = re.sub(r"\[[^\]]*\]", " ", body)
            if body[0] in " \t":
                if cur is not None:
                    cur[2].extend(codes)
                continue
            if body.startswith("+"):
                if cur is not None:
                    for p in text[1:].split("+"):
                        if p.strip():
                            cur[1].append(p)
                    cur[2].extend(codes)
                continue
            if cur is not None:
                yield cur
            cur = (no, [text], list(codes))
    if cur is not None:
        yield cur


# The dictionaries were generated on 2014-01-30; an office still open then is assumed to have ended
# five years later, so a namesake in today's news is not coded as that office holder.
OPEN_SPELLS_END = "2019-01-30"


def lowercase_words(paths):
    """Counts of words written in lower case in the corpora (only counts are kept, never text)."""
    import json
    counts = collections.Counter()
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    text = json.loads(line).get("text", "")
                except ValueError:
                    continue
                counts.update(w for w in re.findall(r"\b[a-z][a-z'-]+\b", text))
    return counts


def main():
    args = parse_args()
    lower = lowercase_words(args.corpus)
    out_dir = args.out_dir or args.lexicon
    countries = read_tsv(os.path.join(args.lexicon, "countries.tsv"))
    iso = {r["code"] for r in countries}
    known, curated, common = known_names(args.lexicon)
    stop = stoplist()
    report = []
    dropped = collections.Counter()
    examples = collections.defaultdict(list)

    def drop(reason, what):
        dropped[reason] += 1
        if len(examples[reason]) < 12:
            examples[reason].append(what)

    actors = []  # dicts: name, phrases, default, spells, kind, source
    variants = {}  # normalised variant -> (code, text)
    for fname in FILES:
        path = os.path.join(args.dicts, fname)
        source = "phoenix:" + fname.split(".")[1].lower()
        for line, phrases, codes in records(path):
            spells = [s for s in (parse_restriction(c, iso) for c in codes) if s]
            for s in [s for s in spells if s["from"] and s["to"] and s["to"] < s["from"]]:
                drop("date restriction that ends before it starts", "%s:%d %s %s..%s" % (
                    fname, line, phrases[0].strip(), s["from"], s["to"]))
                spells.remove(s)
            if not spells:
                drop("no usable code", "%s:%d %s" % (fname, line, phrases[0].strip()))
                continue
            # A country block ("AFGHANISTAN_ [AFG]"): only its spelling variants are taken.
            # (Dated blocks such as Croatia's, [SRB <910625] then [HRV ...], are country blocks too.)
            if fname == FILES[0] and all(s["sector"] is None and s["country"] for s in spells):
                undated_codes = [s["country"] for s in spells if s["from"] is None and s["to"] is None]
                code = (undated_codes or [spells[-1]["country"]])[-1]
                names = [norm(n) for r in countries if r["code"] == code
                         for col in ("name", "aliases", "adjectives", "people")
                         for n in r[col].split("|") if n]
                for p in phrases:
                    t = phrase_text(p)
                    k = norm(t)
                    if not k or k in known or k in curated:
                        continue
                    best = max((difflib.SequenceMatcher(None, k, n).ratio() for n in names), default=0)
                    if best >= 0.8 and len(k) >= 5:
                        variants.setdefault(k, (code, t))
                    else:
                        drop("country block phrase that is not a spelling of the name (landmark, city, old name)",
                             "%s %s" % (code, t))
                continue
            countries_named = {s["country"] for s in spells if s["country"]}
            for s in spells:
                if not s["country"]:
                    s["country"] = sorted(countries_named)[0] if countries_named else ""
            spells = [s for s in spells if s["country"]]
            if not spells:
                drop("no usable code", "%s:%d %s" % (fname, line, phrases[0].strip()))
                continue
            undated = [s for s in spells if s["from"] is None and s["to"] is None]
            dated = [s for s in spells if not (s["from"] is None and s["to"] is None)]
            for s in dated:
                if s["to"] is None:
                    s["to"] = max(OPEN_SPELLS_END, s["from"] or "")
            if undated:
                default = undated[-1]
            else:
                default = max(dated, key=lambda s: (s["to"] or "9999", s["from"] or ""))
            texts = []
            for p in phrases:
                t = phrase_text(p)
                if t and t not in texts:
                    texts.append(t)
            if not texts:
                continue
            kind = "person" if dated else ("group" if fname == FILES[2] else "organization")
            actors.append({"line": "%s:%d" % (fname, line), "texts": texts, "default": default,
                           "outside": "default" if undated or not dated else "none",
                           "spells": dated, "kind": kind, "source": source})

    # Phrases claimed by records of different countries are ambiguous when they are one word.
    claims = collections.defaultdict(set)
    for a in actors:
        for t in a["texts"]:
            claims[norm(t)].add(a["default"]["country"])
    # Words that begin several people's names are given names ("Albert", "Mohammad"): alone they
    # name nobody in particular.
    first_words = collections.Counter()
    for a in actors:
        if a["kind"] == "person":
            for t in a["texts"]:
                w = norm(t).split(" ")
                if len(w) > 1:
                    first_words[w[0]] += 1

    def curated_inside(k):
        words = k.split(" ")
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if (j - i) < len(words) and " ".join(words[i:j]) in curated:
                    return curated[" ".join(words[i:j])]
        return None

    # Phrases Dyad's actor grammar composes from a country and role words ("US President",
    # "Iraqi Army", "Minister of Defense of Iraq") are left to it: an entry would hide the name after them.
    glue = {"of", "the", "for", "and", "'s", "s"}

    def composed(k):
        words = k.replace("'s", " 's").split(" ")
        n = len(words)
        ok = [False] * (n + 1)
        ok[0] = True
        roles_seen = [False] * (n + 1)
        for j in range(1, n + 1):
            for i in range(j):
                if not ok[i]:
                    continue
                seg = " ".join(words[i:j])
                kind = known.get(seg, "")
                if seg in glue or kind.startswith("country") or kind == "role":
                    ok[j] = True
                    roles_seen[j] = roles_seen[j] or roles_seen[i] or kind == "role"
        return ok[n] and roles_seen[n] and n > 1

    rows, seen = [], {}
    for a in actors:
        keep = []
        for t in a["texts"]:
            k = norm(t)
            letters = re.sub(r"[^a-z]", "", k)
            if len(letters) < 3:
                drop("shorter than three letters", t)
            elif k in stop:
                drop("names something else in the news (curated stoplist)", t)
            elif k in curated:
                drop("curated row wins", "%s (curated: %s)" % (t, curated[k]))
            elif curated_inside(k):
                drop("holds a curated name (the curated row wins)", "%s (curated: %s)" % (t, curated_inside(k)))
            elif composed(k):
                drop("a country and role words the actor grammar reads", t)
            elif " " not in k and first_words[k] >= 2:
                drop("one given name", t)
            elif k in known:
                drop("names a " + known[k].split()[0] + " Dyad knows", t)
            elif " " not in k and (k in common or lower[k] >= 3):
                drop("one common English word", t)
            elif " " not in k and len(claims[k]) > 1:
                drop("one word claimed by several countries", "%s (%s)" % (t, ", ".join(sorted(claims[k]))))
            elif k in seen:
                if seen[k] != a["default"]["country"]:
                    drop("phrase of an earlier record with another country", t)
            else:
                seen[k] = a["default"]["country"]
                keep.append(t)
        if not keep:
            drop("record left without a phrase", a["line"])
            continue
        d = a["default"]

        def spell_text(s):
            rng = "%s..%s" % (s["from"] or "", s["to"] or "")
            return " ".join(x for x in (s["country"], s["sector"] or "-", rng) if x)

        rows.append([keep[0], "|".join(keep[1:]), d["country"], d["sector"] or "", a["kind"],
                     "|".join(spell_text(s) for s in a["spells"]), a["outside"], a["source"], a["line"]])

    header = ("# Named actors imported from PETRARCH-2's Phoenix dictionaries (MIT; see NOTICE) by\n"
              "# scripts/import_phoenix_actors.py. Do not edit: change the script or add a curated row to actors.tsv\n"
              "# (curated rows win). Columns as actors.tsv, plus spells (dated codes, | separated: country sector\n"
              "# from..to, limits inclusive; the first spell that holds the document's date wins), outside (what\n"
              "# holds on other dates: `default`, the row's country and sector, or `none`, not this actor, as\n"
              "# PETRARCH codes a record without a default code; open spells end on 2019-01-30, five years after\n"
              "# the dictionaries were made) and source.\n"
              "name\taliases\tcountry\tsector\tkind\tspells\toutside\tsource\tnote\n")
    actor_text = header + "".join("\t".join(r) + "\n" for r in rows)
    var_rows = sorted(variants.items(), key=lambda kv: (kv[1][0], kv[0]))
    var_text = ("# Spelling variants of country names from PETRARCH-2's Phoenix.Countries.actors.txt (MIT; see\n"
                "# NOTICE), made by scripts/import_phoenix_actors.py: only phrases within a small edit distance of\n"
                "# a name Dyad knows. Do not edit by hand.\n"
                "code\tvariant\tsource\n" + "".join("%s\t%s\tphoenix:countries\n" % (c, t) for _, (c, t) in var_rows))

    persons = sum(1 for r in rows if r[4] == "person")
    dated = sum(1 for r in rows if r[5])
    report.append("Phoenix actors import")
    report.append("  named actors written: %d (people %d, organisations %d, groups %d), with date ranges: %d"
                  % (len(rows), persons, sum(1 for r in rows if r[4] == "organization"),
                     sum(1 for r in rows if r[4] == "group"), dated))
    report.append("  phrases written: %d" % sum(1 + (len(r[1].split("|")) if r[1] else 0) for r in rows))
    report.append("  country spelling variants written: %d" % len(var_rows))
    by_source = collections.Counter(r[7] for r in rows)
    for s, n in sorted(by_source.items()):
        report.append("  from %s: %d" % (s, n))
    report.append("Dropped:")
    for reason, n in dropped.most_common():
        report.append("  %6d  %s   e.g. %s" % (n, reason, "; ".join(examples[reason][:6])))
    report_text = "\n".join(report) + "\n"

    outputs = {os.path.join(out_dir, "actors_imported.tsv"): actor_text,
               os.path.join(out_dir, "country_variants.tsv"): var_text,
               args.report: report_text}
    sys.stderr.write(report_text)
    if args.check:
        stale = [p for p, t in outputs.items() if not os.path.exists(p) or open(p, encoding="utf-8").read() != t]
        for p in stale:
            sys.stderr.write("out of date: %s\n" % p)
        sys.exit(1 if stale else 0)
    for p, t in outputs.items():
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(t)


if __name__ == "__main__":
    main()
