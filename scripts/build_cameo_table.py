#!/usr/bin/env python3
"""Build the PLOVER -> CAMEO table that `dyad export --format cameo` reads.

An event whose trigger came from a CAMEO verb pattern (lexicon-imported/verbs.tsv) carries the
pattern's CAMEO code. Every other event (the curated triggers: most of them) has only a PLOVER type
and mode; this script says which CAMEO code stands for each (type, mode), and which conflict /
cooperation score it gets, so that CAMEO-based analyses (Phoenix, ICEWS, GDELT style) can read
Dyad's output.

Reads (Python 3 standard library only, no network; paths can be overridden):
  --plover   CAMEO2PLOVER-2021.txt, the CAMEO -> PLOVER table  (default ../shared/reference/)
  --manual   PLOVER_MANUAL.tex: the mode tables and Table tab:ploverscores (default ../shared/reference/)

Writes:
  --out      Sources/DyadModel/CAMEO/CAMEOTable+Generated.swift: one row per PLOVER type and mode
             (type alone included), with the CAMEO code, how the code was chosen, and the score.

`--check` writes nothing and exits 1 when the file on disk differs from what it would write.
`--tsv` prints the table as tab-separated text (for reading; nothing is written).

Codes: CAMEO2PLOVER-2021.txt is read forward exactly as scripts/import_petrarch_verbs.py reads it
(its parser, its corrections CODE_OVERRIDES / MODE_FIXES and its Mapper are imported from that
script), so a code this table gives maps back to the same type and mode. The table is then
reversed: for each (type, mode) the codes that map to it are collected and the most general one is
chosen: the shortest code (3 digits before 4), then one ending in 0 (CAMEO's "general" code of a
base category), then the base category (first two digits) that holds most of the type's codes,
then the lowest. basis is `table` for such a row. A mode that no CAMEO code maps to gets, where a
CAMEO code's description names that very act, the code in DESCRIBED (basis `described`), else the
code of its type alone (basis `type`). PREFERRED overrides the rule where it picks a code that
Dyad's triggers of that type do not mean (basis `table`, the reason in the comment). MIGRATE,
Dyad's extension, has no CAMEO equivalent and no row.

Scores: the PLOVER manual's Table tab:ploverscores ("PLOVER conflict-cooperation scores", per type
and mode, built from the CAMEO Goldstein scores and designed to be spliced with them; the
Goldstein table per CAMEO code is not in ../shared). A mode without its own score takes its type's.
SCORE_FIXES corrects what the table evidently misprints (each with its reason).

Output is deterministic (rows sorted by type order and mode, no timestamps).
"""

import argparse
import collections
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "scripts"))
import import_petrarch_verbs as forward  # noqa: E402  (the forward reading of the same table)

SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
OUT = os.path.join(REPO, "Sources", "DyadModel", "CAMEO", "CAMEOTable+Generated.swift")

# Dyad's PLOVER types in EventType order, with their Swift case names (MIGRATE has no CAMEO code).
TYPES = [("AGREE", "agree"), ("CONSULT", "consult"), ("SUPPORT", "support"), ("CONCEDE", "concede"),
         ("COOPERATE", "cooperate"), ("AID", "aid"), ("RETREAT", "retreat"), ("REQUEST", "request"),
         ("ACCUSE", "accuse"), ("REJECT", "reject"), ("THREATEN", "threaten"), ("PROTEST", "protest"),
         ("SANCTION", "sanction"), ("MOBILIZE", "mobilize"), ("COERCE", "coerce"), ("ASSAULT", "assault")]

# (type, mode) -> (code, reason): the rule's choice is not what Dyad's triggers of it mean.
PREFERRED = {
    ("ASSAULT", ""): ("190", "the rule picks 180 (unconventional violence); Dyad's bare ASSAULT triggers "
                             "are mostly fighting ('clashes', 'fighting', 'offensive', 'invasion'): CAMEO 190 "
                             "'Use conventional military force', the most frequent ASSAULT code in CAMEO data"),
    ("ASSAULT", "targeted"): ("186", "the rule picks 200 (unconventional mass violence); Dyad's targeted "
                                     "triggers are mostly assassinations and executions: 186 'Assassinate'"),
    ("MOBILIZE", "troops"): ("154", "the rule picks 152 (increase alert status); Dyad's troops triggers "
                                    "are deployments and call-ups: 154 'Mobilize or increase armed forces'"),
    ("MOBILIZE", "police"): ("153", "the rule picks 151 (increase alert status); Dyad's police trigger is "
                                    "'stepped up security': 153 'Mobilize or increase police power'"),
    ("THREATEN", "violence"): ("138", "the rule picks 137 (violent repression); Dyad's violence triggers "
                                      "threaten war and attack: 138 'Threaten with military force'"),
    ("THREATEN", "relations"): ("1313", "the rule picks 133 (threaten with dissent, protest); Dyad's "
                                        "relations triggers threaten to break ties or cut aid: 1313 "
                                        "'Threaten to reduce or break relations'"),
}

# (type, mode) -> (code, reason): a PLOVER mode no CAMEO2PLOVER row maps to, whose act a CAMEO code's
# description names (the code maps forward to the same type).
DESCRIBED = {
    ("ASSAULT", "drone"): ("195", "'Employ aerial weapons' (drones are aerial weapons)"),
    ("ASSAULT", "crowd-control"): ("175", "'Use tactics of violent repression'"),
    ("COERCE", "censor"): ("1721", "'Impose restrictions on freedoms of speech and expression'"),
    ("PROTEST", "strike"): ("143", "'Conduct strike or boycott'"),
}

# (type, mode) -> (score, reason): evident misprints of Table tab:ploverscores.
SCORE_FIXES = {
    ("ACCUSE", ""): (-3.0, "the table prints 3 for ACCUSE (gray type row): every ACCUSE mode is "
                           "negative (-2 to -3.5) and the manual's earlier, commented-out table gives "
                           "-2.0; read as a dropped minus sign"),
}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--plover", default=os.path.join(SHARED, "reference", "CAMEO2PLOVER-2021.txt"))
    p.add_argument("--manual", default=os.path.join(SHARED, "reference", "PLOVER_MANUAL.tex"))
    p.add_argument("--out", default=OUT)
    p.add_argument("--check", action="store_true")
    p.add_argument("--tsv", action="store_true")
    return p.parse_args()


def read_scores(path):
    """(type, mode) -> score from Table tab:ploverscores; mode "" for the type's own row."""
    with open(path, encoding="utf-8") as f:
        tex = f.read()
    # The live table (not the %-commented one): the tabular just before \label{tab:ploverscores}.
    end = [m.start() for m in re.finditer(r"^\\label\{tab:ploverscores\}", tex, re.M)]
    if not end:
        sys.exit("no \\label{tab:ploverscores} in %s" % path)
    start = tex.rfind("\\begin{tabular}", 0, end[-1])
    body = tex[start:end[-1]]
    scores = {}
    for line in body.split("\n"):
        line = line.strip()
        if line.startswith("%") or "&" not in line or "textbf" in line:
            continue
        line = re.sub(r"\\cellcolor\{[^}]*\}", "", line).replace("\\\\", "")
        cells = [c.strip() for c in line.split("&")]
        for name, value in zip(cells[0::2], cells[1::2]):
            if not name or not value:
                continue
            typ, _, mode = name.partition(":")
            scores[(typ.strip().upper(), mode.strip().lower())] = float(value)
    return scores


def forward_map(plover, manual):
    """CAMEO code -> (type, mode, description) for every 3- and 4-digit code the importer maps."""
    table = forward.read_plover_table(plover)
    modes, contexts = forward.read_manual(manual)
    mapper = forward.Mapper(table, modes, contexts, collections.Counter(), {})
    out = {}
    # The codes the importer corrects include one without a row of its own (176, cyber attacks).
    described = {code: why.split("'")[1] if "'" in why else "" for code, (_, _, _, why) in
                 forward.CODE_OVERRIDES.items() if code not in table}
    for code in sorted(set(table) | set(described)):
        if len(code) < 3:
            continue
        r, _ = mapper.map(code)
        if r is None:
            continue
        typ, mode, _ = r
        out[code] = (typ, mode or "", table[code][3] if code in table else described[code])
    return out, modes


def build(plover, manual):
    codes, modes = forward_map(plover, manual)
    scores = read_scores(manual)
    by_key = collections.defaultdict(list)
    roots = collections.Counter()
    for code, (typ, mode, _) in codes.items():
        by_key[(typ, mode)].append(code)
        roots[(typ, code[:2])] += 1

    def general(typ, candidates):
        return min(candidates, key=lambda c: (len(c), 0 if c.endswith("0") else 1, -roots[(typ, c[:2])], c))

    rows = []
    for typ, case in TYPES:
        keys = [""] + sorted(set(modes.get(typ, set())) | {m for (t, m) in scores if t == typ and m}
                             | {m for (t, m) in by_key if t == typ and m})
        for mode in keys:
            key = (typ, mode)
            if key in PREFERRED:
                code, basis = PREFERRED[key][0], "table"
                assert codes[code][0] == typ, key
            elif by_key.get(key):
                code, basis = general(typ, by_key[key]), "table"
            elif key in DESCRIBED:
                code, basis = DESCRIBED[key][0], "described"
                assert codes[code][0] == typ, key
            elif mode:
                code, basis = None, "type"  # filled from the type's own row below
            else:
                code, basis = general(typ, [c for c, (t, _, _) in codes.items() if t == typ]), "type"
            if key in SCORE_FIXES:
                score = SCORE_FIXES[key][0]
            else:
                score = scores.get(key, scores.get((typ, "")))
            if score is None:
                sys.exit("no PLOVER score for %s" % typ)
            rows.append([typ, case, mode, code, basis, score])
    type_code = {r[0]: r[3] for r in rows if r[2] == ""}
    for r in rows:
        if r[3] is None:
            r[3] = type_code[r[0]]
    for r in rows:
        r.append(codes[r[3]][2])
    return rows


def fmt_score(s):
    return ("%.1f" % s).replace("-0.0", "0.0")


def render_swift(rows):
    out = [
        "// GENERATED by scripts/build_cameo_table.py from ../shared/reference/CAMEO2PLOVER-2021.txt and",
        "// PLOVER_MANUAL.tex (Table tab:ploverscores) -- do not edit by hand; rerun the script.",
        "",
        "extension CAMEOTable {",
        "    /// One row per PLOVER type and mode (the type alone first): the CAMEO code that stands for it,",
        "    /// how it was chosen, and the PLOVER score (see `scripts/build_cameo_table.py`).",
        "    static let generatedRows: [Row] = [",
    ]
    for typ, case, mode, code, basis, score, desc in rows:
        m = '"%s"' % mode if mode else "nil"
        out.append('        Row(type: .%s, mode: %s, code: "%s", basis: .%s, score: %s),  // %s'
                   % (case, m, code, basis, fmt_score(score), desc))
    out += ["    ]", "}", ""]
    return "\n".join(out)


def render_tsv(rows):
    lines = ["type\tmode\tcameo\tbasis\tscore\tdescription"]
    for typ, _, mode, code, basis, score, desc in rows:
        lines.append("\t".join([typ, mode, code, basis, fmt_score(score), desc]))
    return "\n".join(lines) + "\n"


def main():
    a = parse_args()
    rows = build(a.plover, a.manual)
    if a.tsv:
        sys.stdout.write(render_tsv(rows))
        return 0
    text = render_swift(rows)
    if a.check:
        try:
            with open(a.out, encoding="utf-8") as f:
                same = f.read() == text
        except OSError:
            same = False
        print("%s is %s" % (os.path.relpath(a.out, REPO),
                            "up to date" if same else "STALE: rerun scripts/build_cameo_table.py"))
        return 0 if same else 1
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d rows)" % (os.path.relpath(a.out, REPO), len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
