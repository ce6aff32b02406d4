#!/usr/bin/env python3
"""Build the derived lexicon files of DyadLexicon from the shared gazetteer.

Reads (stdlib only, no network):
  --gazetteer DIR  (default ../shared/data/gazetteer relative to the repo root)
      cities15000.json, countries.json, iso3166-1.json, iso3166-2.json,
      demonyms_countryinfo.tsv, countryinfo/*.json, naturalearth_lowres_110m.geojson
  --corpus DIR     (default ../shared/data/corpus) news corpora *.jsonl with a "text" field;
                   used only for word statistics (common_words.txt) and to rank city aliases.
  scripts/lexicon-curated/*  hand-curated additions (see the comments at the top of each file;
                   dependencies.tsv: the state a territory folds into, countries.tsv's `state`)

Writes into Sources/DyadLexicon/Resources/lexicon/ (or --out DIR):
  countries.tsv, subdivisions.tsv, cities.tsv, common_words.txt

The hand-written files in the same folder (roles.tsv, actors.tsv, units.tsv) are not touched;
`--check` reports aliases in them that collide with common words or with other rows.

Output is deterministic (sorted, no timestamps): rerunning on the same inputs gives the same bytes.
"""

import argparse
import collections
import glob
import json
import math
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURATED = os.path.join(REPO, "scripts", "lexicon-curated")
OUT_DEFAULT = os.path.join(REPO, "Sources", "DyadLexicon", "Resources", "lexicon")


# ----------------------------------------------------------------------------- helpers

def log(*a):
    print(*a, file=sys.stderr)


def read_tsv(path):
    """Rows of a TSV file with one header row; '#' lines are comments. Returns (header, rows as dicts)."""
    header = None
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            if len(cells) > len(header):
                raise SystemExit("%s:%d: %d cells, header has %d" % (path, n, len(cells), len(header)))
            rows.append(dict(zip(header, [c.strip() for c in cells])))
    return header or [], rows


def alts(cell):
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def clean_cell(s):
    return (s or "").replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def join_alts(items):
    return "|".join(clean_cell(x) for x in items)


def uniq(items, exclude=()):
    seen = set(exclude)
    out = []
    for x in items:
        x = (x or "").strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def fmt_coord(x):
    if x is None or x == "":
        return ""
    s = "%.5f" % float(x)
    s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


_FOLD_EXTRA = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h",
    "Ħ": "H", "ŀ": "l", "ǝ": "e", "ə": "a", "Ə": "A", "ŋ": "ng", "ʻ": "'", "ʼ": "'", "’": "'",
    "‘": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'", "–": "-", "—": "-", "‐": "-", "ı̇": "i",
}


def fold(s):
    """ASCII-fold: strip diacritics and map a few special letters; keeps case."""
    s = "".join(_FOLD_EXTRA.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def loose_key(s):
    """Key for 'same name except diacritics, case, hyphens, apostrophes, dots and spaces'."""
    s = fold(s).lower()
    s = re.sub(r"\bsaint\b|\bsankt\b|\bst\b\.?", "st", s)
    return re.sub(r"[^a-z0-9]", "", s)


def is_latin(s):
    """True if every letter of s is in the Latin script."""
    for ch in s:
        if ch.isalpha():
            try:
                name = unicodedata.name(ch)
            except ValueError:
                return False
            if "LATIN" not in name:
                return False
    return True


def st_variants(name):
    """'Saint Petersburg' -> St Petersburg, St. Petersburg (and back)."""
    out = []
    m = re.match(r"^(Saint|St\.?|Sankt)[ -](.+)$", name)
    if m:
        rest = m.group(2)
        out += ["Saint " + rest, "St. " + rest, "St " + rest]
    m = re.match(r"^(Sainte|Ste\.?)[ -](.+)$", name)
    if m:
        rest = m.group(2)
        out += ["Sainte " + rest, "Ste. " + rest, "Ste " + rest]
    return [x for x in out if x != name]


# ----------------------------------------------------------------------------- corpus statistics

WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
SENT_BREAK_RE = re.compile(r"[.!?:;\"“”()\[\]•*|<>=_#@]")

FUNCTION_WORDS = """
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at back be became because
become becomes been before beforehand behind being below beside besides between beyond both but by can cannot could
did do does doing done down during each either else elsewhere enough even ever every everybody everyone everything
everywhere except few for former formerly from further had has have having he hence her here hereafter hereby herein
hers herself him himself his how however i if in indeed into is it its itself just last latter latterly least less
many may me meanwhile might mine more moreover most mostly much must my myself neither never nevertheless next no
nobody none noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours
ourselves out over own per perhaps rather same several she should since so some somebody somehow someone something
sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter
thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward
towards under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas
whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves
""".split()

CALENDAR_WORDS = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today tomorrow yesterday tonight
""".split()


def iter_corpus_texts(corpus_dir):
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*.jsonl"))):
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                t = d.get("text")
                if isinstance(t, str) and t:
                    yield t


CAP_SEQ_RE = re.compile(
    r"(?:(?:St\.|Ste\.|[A-Z][A-Za-z'’\u00C0-\u024F-]*[A-Za-z\u00C0-\u024F]|[A-Z])"
    r"(?:[ ](?:(?:St\.|[A-Z][A-Za-z'’\u00C0-\u024F-]*[A-Za-z\u00C0-\u024F])|(?:de|del|da|do|di|al|el|la|le|of|on|upon|am|an|en|sur|y|ar|es|du|des|van|von|bin)(?=[ ][A-Z]))){0,4})"
)


def corpus_stats(corpus_dir, candidates=frozenset(), form2code=None):
    """One pass over the corpora. Returns (ntexts, lower_counts, cap_mid_counts, cooc) where cooc counts,
    for each capitalised string in `candidates`, the texts in which it occurs together with a name,
    alias or adjective of a country (form2code: form -> alpha-3), keyed (string, alpha-3)."""
    lower = collections.Counter()
    cap_mid = collections.Counter()
    cooc = collections.Counter()
    form2code = form2code or {}
    ntexts = 0
    for text in iter_corpus_texts(corpus_dir):
        ntexts += 1
        text = text.replace("’", "'")
        # words: a capitalised word counts as "mid-sentence" only when nothing but spaces, commas,
        # digits or single line breaks separate it from the previous word
        prev_end = 0
        for m in WORD_RE.finditer(text):
            gap = text[prev_end:m.start()]
            initial = prev_end == 0 or "\n\n" in gap or bool(SENT_BREAK_RE.search(gap))
            prev_end = m.end()
            w = m.group(0).split("'")[0]
            if w.islower():
                lower[w] += 1
            elif not initial and w[0].isupper() and (len(w) == 1 or w[1:].islower()):
                cap_mid[w.lower()] += 1
        if not candidates:
            continue
        # capitalised sequences: which candidate names and which countries does this text mention?
        seqs = set()
        for m in CAP_SEQ_RE.finditer(text):
            toks = m.group(0).split(" ")
            n = len(toks)
            for i in range(n):
                for j in range(i + 1, min(n, i + 5) + 1):
                    if toks[i][:1].isupper() and toks[j - 1][:1].isupper():
                        seqs.add(" ".join(toks[i:j]))
        found = [x for x in seqs if x in candidates]
        if not found:
            continue
        codes = {form2code[x] for x in seqs if x in form2code}
        for x in found:
            for c in codes:
                cooc[(x, c)] += 1
    return ntexts, lower, cap_mid, cooc


def build_common_words(lower, cap_mid, extra_words, keep_out):
    words = set()
    for w, n in lower.items():
        if n >= 20 and n >= cap_mid.get(w, 0) and len(w) >= 2:
            words.add(w)
    words.update(FUNCTION_WORDS)
    words.update(CALENDAR_WORDS)
    words.update(extra_words)
    words.difference_update(keep_out)
    return sorted(w for w in words if w and w.isalpha() and w.islower())


# ----------------------------------------------------------------------------- gazetteer

def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def polygon_centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if abs(a) < 1e-12:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return abs(a) / 2, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def natural_earth_centroids(path):
    """alpha-3 -> (lat, lon) of the centroid of the largest polygon of each country."""
    out = {}
    if not os.path.exists(path):
        return out
    g = load_json(path)
    for f in g.get("features", []):
        p = f.get("properties", {})
        code = p.get("iso_a3")
        if p.get("name") == "Kosovo":
            code = "KOS"
        if not code or code == "-99":
            continue
        geom = f.get("geometry") or {}
        polys = geom.get("coordinates", [])
        if geom.get("type") == "Polygon":
            polys = [polys]
        best = None
        for poly in polys:
            ring = [tuple(pt[:2]) for pt in poly[0]]
            area, x, y = polygon_centroid(ring)
            if best is None or area > best[0]:
                best = (area, y, x)
        if best:
            out[code] = (best[1], best[2])
    return out


# ----------------------------------------------------------------------------- countries

DATA_ALIAS_DROP = {"Prathet", "Thai", "Togolese", "Montenegrin", "Island", "Mann", "Mannin", "Reunion",
                   "Guiana", "Viti", "Nijar", "Hellas", "the Abode of Peace", "Pleasant Island",
                   "Mexicanos", "Portuguesa", "Stanley"}
CAPITAL_DROP = {"The Valley", "Hamilton", "Victoria", "City of Victoria", "Jamestown", "Stanley", "Douglas",
                "Plymouth", "Kingston", "Monaco", "Singapore", "Djibouti", "Luxembourg", "San Marino",
                "City of San Marino", "Vatican City", "Vatican City State", "Gibraltar", "West Island",
                "Male", "Jerusalem", "East Jerusalem"}


def build_countries(gz, common, ne):
    iso1 = load_json(os.path.join(gz, "iso3166-1.json"))["3166-1"]
    geo = load_json(os.path.join(gz, "countries.json"))
    dem = {}
    dpath = os.path.join(gz, "demonyms_countryinfo.tsv")
    if os.path.exists(dpath):
        _, drows = read_tsv(dpath)
        for r in drows:
            dem[r["iso3"]] = r
    cinfo = {}
    for path in sorted(glob.glob(os.path.join(gz, "countryinfo", "*.json"))):
        d = load_json(path)
        code = (d.get("ISO") or {}).get("alpha3")
        if not code:
            continue
        prev = cinfo.get(code)
        # duplicates exist (e.g. two Palestine files): prefer the one with latlng and demonym
        if prev is None or (not prev.get("latlng") and d.get("latlng")):
            merged = dict(d)
            if prev:
                merged["altSpellings"] = (d.get("altSpellings") or []) + (prev.get("altSpellings") or [])
            cinfo[code] = merged
        else:
            prev["altSpellings"] = (prev.get("altSpellings") or []) + (d.get("altSpellings") or [])

    _, cur_rows = read_tsv(os.path.join(CURATED, "countries_curated.tsv"))
    cur = {r["code"]: r for r in cur_rows}
    # Territories PLOVER folds into their controlling state (dependencies.tsv): the `state` column.
    _, dep_rows = read_tsv(os.path.join(CURATED, "dependencies.tsv"))
    folds = {r["code"]: r["state"] for r in dep_rows}

    entries = {}
    for e in iso1:
        entries[e["alpha_3"]] = {"alpha2": e["alpha_2"], "iso_name": e["name"],
                                 "common_name": e.get("common_name", ""), "official": e.get("official_name", "")}
    entries.setdefault("KOS", {"alpha2": "XK", "iso_name": "Kosovo", "common_name": "", "official": ""})
    missing = sorted(set(entries) - set(cur))
    if missing:
        log("warning: no curated row for", " ".join(missing))
    extra = sorted(set(cur) - set(entries))
    if extra:
        log("warning: curated rows for unknown codes", " ".join(extra))

    # claims made by curated rows: a form curated for one country is removed from others' derived lists
    claimed = collections.defaultdict(set)
    for code, r in cur.items():
        for col in ("aliases", "adjectives", "people", "capitals"):
            for x in alts(r.get(col)) + ([r["name"]] if r.get("name") else []):
                claimed[x].add(code)

    def claimed_elsewhere(x, code):
        owners = claimed.get(x)
        return bool(owners) and code not in owners

    geo_by_a2 = {k: v for k, v in geo.items()}
    rows = []
    for code in sorted(entries):
        e = entries[code]
        r = cur.get(code, {})
        ci = cinfo.get(code, {})
        g = geo_by_a2.get(e["alpha2"], {})
        name = r.get("name") or e["common_name"] or e["iso_name"]

        def derived_ok(x):
            x = x.strip()
            if not x or "," in x or x in DATA_ALIAS_DROP:
                return False
            if not is_latin(x) or not x[0].isupper():
                return False
            if len(x) <= 3 and x.isupper():          # ISO/other codes: only curated ones are used
                return False
            if x.lower() in common:
                return False
            if claimed_elsewhere(x, code):
                return False
            return True

        data_aliases = [e["iso_name"], e["common_name"], e["official"], g.get("name", ""), ci.get("name", "")]
        data_aliases += ci.get("altSpellings") or []
        own_forms = set(alts(r.get("adjectives")) + alts(r.get("people")))
        aliases = uniq(alts(r.get("aliases")) + [x for x in data_aliases if derived_ok(x or "") and x not in own_forms],
                       exclude=[name])

        adjectives = alts(r.get("adjectives"))
        people = alts(r.get("people"))
        for src in (ci.get("demonym") or "", (dem.get(code) or {}).get("demonym", "")):
            for x in re.split(r"[,/]", src):
                x = x.strip()
                if x and derived_ok(x) and " and " not in x and not x.endswith("er") and not x.endswith("ers"):
                    adjectives.append(x)
        adjectives = uniq(adjectives)
        people = uniq(people)
        # an adjective or people form must not double as the name or an alias
        adjectives = [x for x in adjectives if x != name and x not in aliases]

        capitals = alts(r.get("capitals"))
        for src in (g.get("capital", ""), ci.get("capital", ""), (dem.get(code) or {}).get("capital", "")):
            if isinstance(src, list):
                src = " / ".join(str(x) for x in src)
            for x in re.split(r" / ", src or ""):
                x = x.strip()
                if x and x not in CAPITAL_DROP and is_latin(x) and not claimed_elsewhere(x, code) \
                        and x != name and x not in aliases:
                    capitals.append(x)
        # folded duplicates of a curated capital (e.g. "Brasília" vs "Brasilia") are kept: both spellings occur
        capitals = uniq(capitals)
        seats = uniq(alts(r.get("seats")))

        lat = lon = None
        if r.get("lat") and r.get("lon"):
            lat, lon = float(r["lat"]), float(r["lon"])
        elif ci.get("latlng") and len(ci["latlng"]) == 2:
            lat, lon = ci["latlng"]
        elif code in ne:
            lat, lon = ne[code]
        elif ci.get("capital_latlng") and len(ci["capital_latlng"]) == 2:
            lat, lon = ci["capital_latlng"]
        rows.append({"code": code, "alpha2": e["alpha2"], "state": folds.get(code, ""), "name": name, "aliases": aliases,
                     "adjectives": adjectives, "people": people, "capitals": capitals, "seats": seats,
                     "lat": lat, "lon": lon})

    # a derived alias/adjective shared by several countries is ambiguous: keep it only where curated
    owners = collections.defaultdict(set)
    for row in rows:
        for col in ("aliases", "adjectives", "people"):
            for x in row[col] + [row["name"]]:
                owners[x].add(row["code"])
    for row in rows:
        for col in ("aliases", "adjectives", "people"):
            keep = []
            for x in row[col]:
                if len(owners[x]) > 1 and row["code"] not in claimed.get(x, ()):
                    continue
                keep.append(x)
            row[col] = keep
    return rows


# ----------------------------------------------------------------------------- cities

def alias_candidates(gz):
    """Capitalised alternate city names worth looking up in the corpora, and country forms -> alpha-3
    (from the curated country table, which is complete for every code)."""
    data = load_json(os.path.join(gz, "cities15000.json"))
    cands = set()
    for v in data.values():
        for a in v.get("alternatenames") or []:
            if len(a) >= 3 and a[0].isupper() and is_latin(a):
                cands.add(a)
                cands.update(st_variants(a))
    form2code = {}
    _, rows = read_tsv(os.path.join(CURATED, "countries_curated.tsv"))
    for r in rows:
        for x in [r["name"]] + alts(r["aliases"]) + alts(r["adjectives"]) + alts(r["people"]) + alts(r["capitals"]):
            form2code.setdefault(x, r["code"])
    return frozenset(cands), form2code


# continents and world regions: no town's name ("Africa" for Mahdia, the Philippine town "Asia")
# words that begin many place names ("North Salt Lake" lists "North" among its alternate names): never
# an alias on their own, or "North Philadelphia" reads as a town in Utah
GENERIC_PLACE_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                       "New", "Old", "Upper", "Lower", "Great", "Greater", "Little"}
CONTINENTS = {"Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Antarctica", "Australasia", "Eurasia"}


def build_cities(gz, common, countries, cooc, alpha2to3):
    data = load_json(os.path.join(gz, "cities15000.json"))
    _, cur_rows = read_tsv(os.path.join(CURATED, "cities_extra.tsv"))

    country_forms = set()
    for c in countries:
        for x in [c["name"]] + c["aliases"] + c["adjectives"] + c["people"]:
            country_forms.add(x)
    country_forms_folded = {fold(x).lower() for x in country_forms}

    # all primary names (to keep one city's alias from shadowing another city's name)
    primary = collections.Counter()
    for v in data.values():
        primary[v["name"]] += 1

    by_key = collections.defaultdict(list)
    by_country = collections.defaultdict(list)
    for gid, v in data.items():
        by_key[(v["name"], alpha2to3.get(v["countrycode"], ""))].append(v)
        by_country[alpha2to3.get(v["countrycode"], "")].append(v)

    curated = {}
    for r in cur_rows:
        key = r["city"]
        target = None
        if key.isdigit():
            target = data.get(key)
        else:
            cands = by_key.get((key, r["country"]), [])
            if not cands:
                lk = loose_key(key)
                cands = [v for v in by_country.get(r["country"], []) if loose_key(v["name"]) == lk]
            if not cands:
                cands = [v for v in by_country.get(r["country"], [])
                         if any(loose_key(a) == lk for a in v.get("alternatenames") or [])]
            if cands:
                target = max(cands, key=lambda v: (v["population"], -v["geonameid"]))
        if target is None:
            log("warning: cities_extra.tsv: no city", key, r["country"])
            continue
        c = curated.setdefault(str(target["geonameid"]), {"name": "", "aliases": []})
        if r.get("name"):
            c["name"] = r["name"]
        c["aliases"] += alts(r.get("aliases"))

    def word_like(s):
        return s.lower() in common

    rows = []
    dropped_word = dropped_country = 0
    for gid in sorted(data, key=lambda k: int(k)):
        v = data[gid]
        code3 = alpha2to3.get(v["countrycode"])
        if not code3:
            continue
        pop = int(v.get("population") or 0)
        cur = curated.get(gid, {})
        # name "-" in cities_extra.tsv drops the city (its name is someone else's: "Ye", Kanye West).
        if cur.get("name") == "-":
            dropped_word += 1
            continue
        name = cur.get("name") or v["name"]
        raw_alts = [a for a in (v.get("alternatenames") or []) if a]
        if not cur.get("name"):
            # a city named like a country ("Kuwait", "Singapore", "Panamá") is handled as the country;
            # keep it if it has an unambiguous "<name> City" form
            if name in country_forms or fold(name).lower() in country_forms_folded:
                city_forms = [a for a in raw_alts if loose_key(a) in (loose_key(name) + "city", "cityof" + loose_key(name))]
                city_forms = [a for a in city_forms if a.endswith("City")] or city_forms
                if city_forms:
                    name = sorted(city_forms, key=lambda a: (not a.isascii(), len(a), a))[0]
                else:
                    dropped_country += 1
                    continue
            if name in CONTINENTS:               # "Asia" (Philippines), not the continent
                dropped_word += 1
                continue
            if pop < 1_000_000 and word_like(name):
                dropped_word += 1
                continue
        key = loose_key(name)
        cands = []
        for a in cur.get("aliases", []):
            cands.append((0, 0, a))
        for a in st_variants(name):
            cands.append((1, 0, a))
        if v["name"] != name:
            cands.append((1, 0, v["name"]))
        for a in raw_alts:
            a = a.strip()
            if len(a) < 3 or not a[0].isupper() or not is_latin(a):
                continue
            if a.isupper() and len(a) <= 4:      # IATA and other codes
                continue
            if re.search(r"[0-9()\[\]/,;:]", a):
                continue
            if loose_key(a) == key:
                if name.isascii() and not a.isascii():
                    continue                     # foreign diacritics on an English/ASCII name
                cands.append((1, 0, a))          # spelling variant of the name
                for s in st_variants(a):
                    cands.append((1, 0, s))
                continue
            # an exonym is kept when the news corpora use it in texts about the city's country; for a
            # town below half a million people only a form that starts like a word of its name ("Kiev",
            # "Fallujah" for Al Fallūjah), not a nickname or an unrelated word the country's news also
            # uses ("Google" for Topeka, "Africa" for Mahdia)
            n = cooc.get((a, code3), 0)
            initials = {w[:1].lower() for w in re.split(r"[\s/-]+", fold(name)) if w}
            if pop < 500_000 and fold(a)[:1].lower() not in initials:
                n = 0
            if n >= 2:
                cands.append((2, -n, a))
            if a.startswith(("Saint ", "St. ", "St ", "Sankt ")):
                for s in st_variants(a):
                    if cooc.get((s, code3), 0) >= 2:
                        cands.append((2, -cooc[(s, code3)], s))
        aliases = []
        seen = {name}
        for prio, negn, a in sorted(cands, key=lambda t: (t[0], t[1], not t[2].isascii(), t[2])):
            if a in seen:
                continue
            if prio > 0:
                if word_like(a) or a in CONTINENTS or a in GENERIC_PLACE_WORDS or a in country_forms or fold(a).lower() in country_forms_folded:
                    continue
                if prio == 2 and primary.get(a, 0) > 0:
                    continue                     # another city's name
            seen.add(a)
            aliases.append(a)
            if len(aliases) >= 12:
                break
        rows.append({"id": gid, "name": name, "aliases": aliases, "country": code3,
                     "admin1": v.get("admin1code") or "", "lat": v["latitude"], "lon": v["longitude"],
                     "population": pop})
    log("cities: %d rows (%d dropped as common words, %d as country names)" % (len(rows), dropped_word, dropped_country))
    return rows, data


# ----------------------------------------------------------------------------- subdivisions

SKIP_TYPES = {
    "municipality", "local council", "parish", "rayon", "city", "city with county rights", "quarter",
    "special municipality", "commune", "urban municipality", "rural municipality", "district municipality",
    "city municipality", "administrative atoll", "island council", "dependency", "outlying area",
    "overseas collectivity", "overseas departmental collectivity", "overseas unique territorial collectivity",
    "overseas collectivity with special status", "overseas territory", "overseas region",
    "overseas department", "town", "capital city", "state city", "metropolitan city", "borough", "ward",
    "town council", "area", "administrative precinct", "autonomous city", "capital", "capital district",
    "special city", "special administrative city", "special self-governing city", "metropolitan administration",
    "autonomous municipality", "urban community", "special island authority", "london borough",
    "unitary authority", "two-tier county", "council area", "metropolitan district", "arctic region",
    "special administrative region", "islands, groups of islands", "island", "chain (of islands)",
    "group of islands (20 inhabited islands)", "metropolitan region", "self-governed part",
}
KEEP_DISTRICT_COUNTRIES = {"IL", "PT", "CY"}
TYPE_WORDS = re.compile(
    r"\b(province|provincia|region|región|oblast|oblysy|voblasć|governorate|department|departamento|county|"
    r"district|state|estado|sheng|shi|zizhiqu|prefecture|municipality|territory|autonomous|republic|respublika|"
    r"kray|krai|okrug|avtonomnyy|apskritis|novads|županija|vilayet|wilaya|of|the)\b",
    re.I)


def iso_name_parts(name):
    """'Catalunya [Cataluña]' -> ('Catalunya', ['Cataluña']); 'Asturias, Principado de' -> ('Asturias', [])."""
    extra = [x.strip() for x in re.findall(r"\[([^\]]+)\]", name)]
    extra = [re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", x).strip() for x in extra]
    base = re.sub(r"\s*\[[^\]]*\]", "", name)
    base = re.sub(r"\s*\([^)]*\)", "", base).strip()
    if ", " in base:
        base = base.split(", ")[0].strip()
    base = base.replace("†", "").strip()
    return base, [x for x in extra if x]


COMPASS_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                 "Upper", "Lower", "Middle", "Northeast", "Northwest", "Southeast", "Southwest", "North-East",
                 "North-West", "South-East", "South-West", "Capital", "Coast", "Coastal", "Interior"}


def build_subdivisions(gz, common, countries, cities_data, alpha2to3):
    iso2 = load_json(os.path.join(gz, "iso3166-2.json"))["3166-2"]
    _, cur_rows = read_tsv(os.path.join(CURATED, "subdivisions_extra.tsv"))
    by_iso = {}
    extras = []
    for r in cur_rows:
        if r["iso"]:
            by_iso[r["iso"]] = r
        else:
            extras.append(r)

    country_forms = set()
    for c in countries:
        for x in [c["name"]] + c["aliases"] + c["adjectives"] + c["people"] + c["capitals"]:
            country_forms.add(x)

    country_names = set()
    for c in countries:
        for x in [c["name"]] + c["aliases"] + c["adjectives"] + c["people"]:
            country_names.add(x)

    capitals = {x for c in countries for x in c["capitals"]}
    # names of cities with a million inhabitants or more: a region alias equal to one is dropped
    big_city_forms = set()
    for v in cities_data.values():
        if int(v.get("population") or 0) >= 1_000_000:
            for x in [v["name"]] + [a for a in v.get("alternatenames") or [] if a and a[0].isupper()]:
                big_city_forms.add((v["countrycode"], x))

    # GeoNames admin1 regions: population-weighted centre of their cities
    admin = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    city_index = collections.defaultdict(list)
    for v in cities_data.values():
        key = (v["countrycode"], v.get("admin1code") or "")
        w = max(1.0, float(v.get("population") or 0))
        a = admin[key]
        a[0] += w * v["latitude"]
        a[1] += w * v["longitude"]
        a[2] += w
        names = [v["name"]] + [x for x in (v.get("alternatenames") or []) if x and x[0].isupper()]
        for n in set(loose_key(x) for x in names):
            if n:
                city_index[(v["countrycode"], n)].append(v)

    def locate(a2, names):
        for n in names:
            k = loose_key(n)
            if not k:
                continue
            cands = city_index.get((a2, k))
            if cands:
                v = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
                return v
        return None

    # a one-word region name that regions of several countries share ("Western", "Central",
    # "Eastern": Fiji, Ghana, Uganda ...) or that is a compass word names no place on its own
    bare_owners = collections.defaultdict(set)
    for e in iso2:
        base, _ = iso_name_parts(e["name"])
        if " " not in base.strip():
            bare_owners[base.strip()].add(e["code"].split("-")[0])

    def ambiguous_bare(name):
        return " " not in name and (name in COMPASS_WORDS or len(bare_owners.get(name, ())) >= 3)

    seen_codes = set()
    located = {}
    rows = []
    for e in iso2:
        code = e["code"]
        a2 = code.split("-")[0]
        code3 = alpha2to3.get(a2)
        cur = by_iso.get(code)
        if cur is None:
            if "parent" in e or code3 is None:
                continue
            t = e["type"].lower()
            if t in SKIP_TYPES or (t == "district" and a2 not in KEEP_DISTRICT_COUNTRIES):
                continue
        seen_codes.add(code)
        if cur is not None and cur["name"] == "-":
            continue
        base, extra = iso_name_parts(e["name"])
        iso_forms = uniq([base] + extra + [fold(base)] + [fold(x) for x in extra])
        iso_forms = [x for x in iso_forms if is_latin(x)]
        kind = (cur or {}).get("kind") or e["type"].lower()
        if cur is not None:
            name = cur["name"]
            aliases = alts(cur.get("aliases")) + iso_forms
        else:
            name = base if is_latin(base) else fold(base)
            aliases = iso_forms
            if name in country_names or name.lower() in common or ambiguous_bare(name):
                name = "%s %s" % (name, kind.split()[-1].title())
                aliases = [x for x in aliases if x not in country_names and x.lower() not in common
                           and not ambiguous_bare(x)]
        aliases = add_region_forms(name, aliases)
        aliases = [x for x in uniq(aliases, exclude=[name])
                   if x.lower() not in common and x not in country_names and len(x) >= 3
                   and x not in capitals and (a2, x) not in big_city_forms
                   and not re.match(r"^[A-Z]{2}-[A-Z0-9]+$", x)]
        lat = lon = None
        if cur is not None and cur.get("lat") and cur.get("lon"):
            lat, lon = float(cur["lat"]), float(cur["lon"])
        else:
            stems = [TYPE_WORDS.sub(" ", x) for x in [name] + aliases]
            stems = [re.sub(r"\s+", " ", x).strip(" -,'") for x in stems]
            v = locate(a2, [name] + aliases + stems)
            if v is not None:
                lat, lon = v["latitude"], v["longitude"]
                located[code] = (a2, v.get("admin1code") or "")
        rows.append({"name": name, "aliases": aliases, "country": code3, "kind": kind,
                     "lat": lat, "lon": lon, "iso": code})
    # a located subdivision gets the population-weighted centre of its GeoNames admin1 region when that
    # region is not shared with another subdivision (else the matched city's own position is kept)
    share = collections.Counter(located.values())
    for r in rows:
        k = located.get(r["iso"])
        if k and share[k] == 1 and admin.get(k) and admin[k][2] > 0:
            a = admin[k]
            r["lat"], r["lon"] = a[0] / a[2], a[1] / a[2]
    explicit = collections.defaultdict(set)
    for r in cur_rows:
        for x in [r["name"]] + alts(r.get("aliases")):
            explicit[x].add((r.get("country") or alpha2to3.get(r["iso"].split("-")[0], ""), r["name"]))
    for code in sorted(set(by_iso) - seen_codes):
        log("warning: subdivisions_extra.tsv: unknown ISO 3166-2 code", code)
    for r in extras:
        if not r.get("country"):
            log("warning: subdivisions_extra.tsv: extra row without country:", r["name"])
            continue
        aliases = add_region_forms(r["name"], alts(r.get("aliases")))
        aliases = [x for x in uniq(aliases, exclude=[r["name"]]) if x.lower() not in common]
        lat = float(r["lat"]) if r.get("lat") else None
        lon = float(r["lon"]) if r.get("lon") else None
        rows.append({"name": r["name"], "aliases": aliases, "country": r["country"],
                     "kind": r.get("kind") or "region", "lat": lat, "lon": lon, "iso": ""})
    # dedupe (name, country)
    out = {}
    for r in rows:
        k = (r["name"], r["country"])
        if k in out:
            out[k]["aliases"] = uniq(out[k]["aliases"] + r["aliases"], exclude=[r["name"]])
            if out[k]["lat"] is None:
                out[k]["lat"], out[k]["lon"] = r["lat"], r["lon"]
        else:
            out[k] = r
    rows = sorted(out.values(), key=lambda r: (r["country"], r["name"]))
    # an alias shared by several rows of one country stays only where it was curated explicitly
    owners = collections.Counter()
    for r in rows:
        for x in set(r["aliases"]):
            owners[(x, r["country"])] += 1
    for r in rows:
        r["aliases"] = [x for x in r["aliases"]
                        if owners[(x, r["country"])] == 1 or (r["country"], r["name"]) in explicit.get(x, ())]
    nocoord = sum(1 for r in rows if r["lat"] is None)
    log("subdivisions: %d rows (%d without coordinates)" % (len(rows), nocoord))
    return rows


# Region stems whose generic forms name something else in the news: "the Gulf region" is the Persian Gulf, not
# Papua New Guinea's Gulf Province; "the Bay region", "the Maritime region" no Somali or Togolese region.
GENERIC_REGION_STEMS = {"Gulf", "Bay", "Maritime"}


def add_region_forms(name, aliases):
    """'Belgorod Oblast' -> + 'Belgorod oblast', 'Belgorod region', 'Belgorod Region' (not for GENERIC_REGION_STEMS)."""
    out = list(aliases)
    for n in [name] + list(aliases):
        m = re.match(r"^(.+?) (Oblast|Krai|Region|Province|Governorate|Voivodeship|Prefecture)$", n)
        if not m:
            continue
        stem, kind = m.group(1), m.group(2)
        if stem in GENERIC_REGION_STEMS and n == name:
            continue
        forms = ["%s %s" % (stem, kind.lower())]
        if kind in ("Oblast", "Krai", "Province", "Governorate"):
            forms += ["%s region" % stem, "%s Region" % stem]
        if kind in ("Governorate", "Region"):
            forms += ["%s province" % stem, "%s Province" % stem]
        out += forms
    return out


# ----------------------------------------------------------------------------- writing

def write_tsv(path, header, rows, comment_lines=()):
    lines = ["# " + c for c in comment_lines]
    lines.append("\t".join(header))
    for r in rows:
        cells = []
        for h in header:
            v = r.get(h, "")
            if isinstance(v, list):
                v = join_alts(v)
            elif isinstance(v, float) or h in ("lat", "lon"):
                v = fmt_coord(v)
            else:
                v = clean_cell(str(v))
            cells.append(v)
        lines.append("\t".join(cells))
    data = "\n".join(lines) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    log("wrote %s (%d rows, %.1f KB)" % (os.path.relpath(path, REPO), len(rows), len(data.encode()) / 1024))


# ----------------------------------------------------------------------------- check of hand-written files

def check_handwritten(out_dir, common, countries):
    problems = 0
    country_codes = {c["code"] for c in countries} | {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
    sectors = set("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split())
    p = os.path.join(out_dir, "actors.tsv")
    if os.path.exists(p):
        _, rows = read_tsv(p)
        owners = collections.defaultdict(list)
        for r in rows:
            if r["country"] not in country_codes:
                log("actors.tsv: %s: unknown country %s" % (r["name"], r["country"])); problems += 1
            for s in alts(r["sector"]):
                if s not in sectors:
                    log("actors.tsv: %s: unknown sector %s" % (r["name"], s)); problems += 1
            if r["kind"] not in ("person", "organization", "group"):
                log("actors.tsv: %s: bad kind %s" % (r["name"], r["kind"])); problems += 1
            for a in [r["name"]] + alts(r["aliases"]):
                owners[a].append(r["name"])
                if a != r["name"] and a.lower() in common and not a.isupper():
                    log("actors.tsv: %s: alias %r is a common word" % (r["name"], a)); problems += 1
        for a, names in sorted(owners.items()):
            if len(set(names)) > 1:
                log("actors.tsv: %r is shared by %s" % (a, "; ".join(sorted(set(names))))); problems += 1
    p = os.path.join(out_dir, "roles.tsv")
    if os.path.exists(p):
        _, rows = read_tsv(p)
        seen = set()
        for r in rows:
            if r["sector"] not in sectors:
                log("roles.tsv: %s: unknown sector %s" % (r["phrase"], r["sector"])); problems += 1
            if r["kind"] not in ("person", "body", "group"):
                log("roles.tsv: %s: bad kind %s" % (r["phrase"], r["kind"])); problems += 1
            if r["phrase"].lower() in seen:
                log("roles.tsv: duplicate phrase %r" % r["phrase"]); problems += 1
            seen.add(r["phrase"].lower())
    p = os.path.join(out_dir, "units.tsv")
    if os.path.exists(p):
        _, rows = read_tsv(p)
        seen = set()
        for r in rows:
            if r["kind"] not in ("noun", "participle"):
                log("units.tsv: %s: bad kind %s" % (r["word"], r["kind"])); problems += 1
            k = (r["word"].lower(), r["kind"])
            if k in seen:
                log("units.tsv: duplicate %r" % (k,)); problems += 1
            seen.add(k)
    log("check: %d problem(s)" % problems)
    return problems


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazetteer", default=os.path.join(REPO, "..", "shared", "data", "gazetteer"))
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "data", "corpus"))
    ap.add_argument("--out", default=OUT_DEFAULT)
    ap.add_argument("--check", action="store_true", help="only check the hand-written files")
    args = ap.parse_args()
    gz = os.path.abspath(args.gazetteer)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)

    # common words ---------------------------------------------------------
    cw_path = os.path.join(out, "common_words.txt")
    extra_words = []
    keep_out = set()
    p = os.path.join(CURATED, "common_words_extra.txt")
    if os.path.exists(p):
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("-"):
                keep_out.add(line[1:].strip().lower())
            else:
                extra_words.append(line.lower())
    cooc = collections.Counter()
    corpus_files = sorted(glob.glob(os.path.join(args.corpus, "*.jsonl")))
    if corpus_files and not args.check:
        candidates, form2code = alias_candidates(gz)
        ntexts, lower, cap_mid, cooc = corpus_stats(args.corpus, candidates, form2code)
        common_list = build_common_words(lower, cap_mid, extra_words, keep_out)
        with open(cw_path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(common_list) + "\n")
        log("wrote %s (%d words from %d texts)" % (os.path.relpath(cw_path, REPO), len(common_list), ntexts))
    elif os.path.exists(cw_path):
        log("corpus not found or --check: keeping existing common_words.txt")
        common_list = [w.strip() for w in open(cw_path, encoding="utf-8") if w.strip() and not w.startswith("#")]
    else:
        common_list = sorted(set(FUNCTION_WORDS) | set(CALENDAR_WORDS) | set(extra_words))
        with open(cw_path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(common_list) + "\n")
    common = set(common_list)

    # countries ------------------------------------------------------------
    ne = natural_earth_centroids(os.path.join(gz, "naturalearth_lowres_110m.geojson"))
    countries = build_countries(gz, common, ne)
    if args.check:
        sys.exit(1 if check_handwritten(out, common, countries) else 0)
    alpha2to3 = {c["alpha2"]: c["code"] for c in countries}
    write_tsv(os.path.join(out, "countries.tsv"),
              ["code", "name", "aliases", "adjectives", "people", "capitals", "seats", "lat", "lon", "state"], countries)

    # cities ---------------------------------------------------------------
    cities, cities_data = build_cities(gz, common, countries, cooc, alpha2to3)
    write_tsv(os.path.join(out, "cities.tsv"),
              ["id", "name", "aliases", "country", "admin1", "lat", "lon", "population"], cities)

    # subdivisions ---------------------------------------------------------
    subs = build_subdivisions(gz, common, countries, cities_data, alpha2to3)
    write_tsv(os.path.join(out, "subdivisions.tsv"), ["name", "aliases", "country", "kind", "lat", "lon"], subs)

    check_handwritten(out, common, countries)


if __name__ == "__main__":
    main()
