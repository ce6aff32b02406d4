#!/usr/bin/env python3
"""Import PETRARCH-2's CAMEO verb dictionary into Dyad's verb lexicon (verbs.tsv).

Reads (Python 3 standard library only, no network; all paths can be overridden):
  --dict      PETRARCH-2 verb dictionary CAMEO.2.0.txt
              (default ../shared/data/dictionaries/petrarch2/CAMEO.2.0.txt from the repo root)
  --plover    CAMEO -> PLOVER table CAMEO2PLOVER-2021.txt   (default ../shared/reference/)
  --manual    PLOVER_MANUAL.tex: mode tables and context list (default ../shared/reference/)
  --events    the curated trigger table events.tsv (only read, for the collision report)
  --stoplist  scripts/lexicon-curated/petrarch_verbs_stoplist.txt: lemmas whose bare
              (unconstrained) rows are not written; their constrained patterns are kept
  --judged    scripts/lexicon-curated/petrarch_verbs_judged.tsv: hand judgements of the
              random sample of rows (quality check (a) in the report)
  --corpus    a news corpus (*.jsonl with a "text" field) for the frequency check; optional.
              Only words and counts reach the report, never text.

Writes:
  --out       lexicon-imported/verbs.tsv (an opt-in lexicon folder: dyad code --lexicon lexicon-imported)
  --report    scripts/lexicon-curated/petrarch_verbs_report.txt (the report is also printed
              to stderr)

`--check` writes nothing: it prints the report and says whether verbs.tsv is up to date
(exit status 1 when it is not, or when a lint check fails).

Output is deterministic (sorted rows, no timestamps): rerunning on the same inputs gives the
same bytes.  The format of the dictionary is described in PETRARCH-2's dictionaries.rst
("Verb dictionary"); the README section "verbs.tsv" explains how each construct is mapped.
"""

import argparse
import collections
import json
import os
import random
import re
import sys
import textwrap

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
CURATED = os.path.join(REPO, "scripts", "lexicon-curated")
LEXICON = os.path.join(REPO, "Sources", "DyadLexicon", "Resources", "lexicon")

DEFAULTS = {
    "dict": os.path.join(SHARED, "data", "dictionaries", "petrarch2", "CAMEO.2.0.txt"),
    "plover": os.path.join(SHARED, "reference", "CAMEO2PLOVER-2021.txt"),
    "manual": os.path.join(SHARED, "reference", "PLOVER_MANUAL.tex"),
    "events": os.path.join(LEXICON, "events.tsv"),
    "stoplist": os.path.join(CURATED, "petrarch_verbs_stoplist.txt"),
    "judged": os.path.join(CURATED, "petrarch_verbs_judged.tsv"),
    "corpus": os.path.join(SHARED, "data", "corpus", "rss2022_en.jsonl"),
    "out": os.path.join(REPO, "lexicon-imported", "verbs.tsv"),
    "report": os.path.join(CURATED, "petrarch_verbs_report.txt"),
}

SOURCE_COMMIT = "openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf"

# Dyad's event types (PLOVER 0.8 names after Dyad's remapping) and the remapping itself.
DYAD_TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
              "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT MIGRATE").split()
TYPE_REMAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}

# The manual's table "PLOVER equivalents to CAMEO cue categories" (tab:xlate).  Used only for a
# 3- or 4-digit code that has no row of its own and no 3-digit parent row: the manual says
# "everything at the 3- and 4-digit level should simply be reduced to the 2-digit cue category".
# 01 and 02 are "dropped" in that table.
CUE_CATEGORY = {"01": None, "02": None, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
                "06": "COOPERATE", "07": "AID", "08": None,  # 08 is split, see cue_category()
                "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
                "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
                "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}

# Corrections to rows of CAMEO2PLOVER-2021.txt, each justified by the text of PLOVER_MANUAL.tex.
# code -> (type, mode, context, reason); None keeps the table's value.
CODE_OVERRIDES = {
    "163": ("SANCTION", "discontinue", None,
            "manual, SANCTION modes: 'International (political or economic) sanctions are coded "
            "as discontinue' (the table has COERCE restrict; events.tsv also uses SANCTION)"),
    "1712": (None, "destroy", None,
             "destroy property: the table's mode 'seize' is a COERCE mode; the manual's ASSAULT "
             "mode 'destroy' is 'Intentional destruction of property'"),
    "195": (None, "aerial", None,
            "employ aerial weapons: the manual has the ASSAULT mode 'aerial' (manned aircraft); "
            "the table says heavy-weapons"),
    "176": ("COERCE", "cyber", "cyber",
            "CAMEO 2.0 'attack cybernetically' has no row; the manual's COERCE mode 'cyber' is "
            "'hacking, security breaches, website attacks'"),
}

# Mode words of the table that are not mode words of the manual for that type.
# (type, table mode) -> (mode, reason).
MODE_FIXES = {
    ("COERCE", "ban"): ("restrict", "manual COERCE 'restrict' includes 'the banning of individuals "
                                    "or organizations from political life'"),
    ("THREATEN", "ban"): ("restrict", "manual THREATEN 'restrict' includes 'the banning of political "
                                      "activities of particular parties or individuals'"),
    ("ASSAULT", "assassinate"): ("targeted", "manual ASSAULT 'targeted' includes '(successful and "
                                             "attempted) assassinations'"),
    ("ASSAULT", "massacre"): ("targeted", "'massacre' is commented out in the manual; 'targeted' "
                                          "includes 'deliberate mass killings of defenseless actors'"),
}

CONTEXT_FIXES = {"democracy": "pro_democracy"}

# Words that, written right after '*' in a pattern and followed by nothing or by an object or a
# prepositional phrase, are verb particles ("SET * OFF &WEAPON" = "set off <weapon>").  The pattern
# is then stored under the phrasal verb.
PARTICLES = {"up", "down", "out", "off", "away", "back", "forward", "aside", "over", "together"}
# A "prepositional phrase" whose first word is one of these is a particle plus an object:
# "SET * (ASIDE RIFT)" = "set aside <rift>".
PP_PARTICLES = {"aside", "out", "off", "up"}
ARTICLES = {"a", "an", "the"}
PREPOSITIONS = set("""in on at to for with from into onto against over under by of about toward
towards after before between among amid through within without across behind along upon during as
until despite outside inside like near beyond throughout via around since""".split())
# Copular verbs take a complement, not a direct object ("remain defiant", "seem confident"):
# their patterns with a word after '*' cannot be written as an object constraint.
COPULAR = set("remain stay become seem appear look sound feel prove".split())
# Words ending in -ly that are not adverbs (an adverb after '*' is not an object: dropped).
NOT_ADVERBS = set("""rally ally assembly supply reply apply family italy early daily friendly
unlikely likely monopoly anomaly folly bully july""".split())
# Pre-verb words that are auxiliaries or negation, not a subject noun.
NOT_SUBJECT = {"will", "would", "not", "has", "have", "had", "is", "are", "was", "were", "be",
               "been", "to", "can", "could", "may", "might", "shall", "should", "must", "did",
               "do", "does", "no", "never"}

# Final-syllable-stressed verbs of more than one syllable whose final consonant doubles
# (commit -> committed).  One-syllable verbs double by rule (ban -> banned).
FINAL_STRESS = set("""admit readmit commit omit permit submit transmit remit emit acquit compel expel
propel repel dispel impel rebel excel control patrol extol enrol refer prefer confer defer infer
deter incur occur recur concur abhor regret forget upset abet outwit equip embed imbed forbid allot
begin kidnap worship program format transfer outstrip sidestep entrap unwrap overstep outbid
eavesdrop annul outfit aver
underpin unpin handicap overrun avert""".split()) - {"avert"}
VOWELS = set("aeiou")

BE_FORMS = {"is", "are", "am", "was", "were", "be", "been", "being"}

# English irregular verbs: base -> past and past participle forms.  Used when a member verb has no
# {...} irregular forms in the dictionary (PETRARCH would generate "setted", "bringed").
IRREGULAR = {}
for _line in """arise arose arisen|awake awoke awoken|bear bore borne born|beat beat beaten|become became
become|begin began begun|bend bent|bet bet|bid bid bade bidden|bind bound|bite bit bitten|bleed bled|
blow blew blown|break broke broken|breed bred|bring brought|broadcast broadcast broadcasted|build
built|burn burned burnt|burst burst|buy bought|cast cast|catch caught|choose chose chosen|cling clung|
come came come|cost cost|creep crept|cut cut|deal dealt|dig dug|do did done|draw drew drawn|drink
drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find
found|flee fled|fling flung|fly flew flown|forbid forbade forbidden|forecast forecast forecasted|
foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|forsake forsook forsaken|
freeze froze frozen|get got gotten|give gave given|go went gone|grind ground|grow grew grown|hang
hung hanged|have had|hear heard|hide hid hidden|hit hit|hold held|hurt hurt|keep kept|kneel knelt|
know knew known|lay laid|lead led|lean leant leaned|leap leapt leaped|learn learnt learned|leave left|
lend lent|let let|lie lay lain|light lit lighted|lose lost|make made|mean meant|meet met|mislead
misled|mistake mistook mistaken|overcome overcame overcome|overdo overdid overdone|overhear overheard|
override overrode overridden|overrun overran overrun|oversee oversaw overseen|overtake overtook
overtaken|overthrow overthrew overthrown|pay paid|prove proved proven|put put|quit quit|read read|
rebuild rebuilt|redo redid redone|rend rent|repay repaid|reset reset|resell resold|retake retook
retaken|rethink rethought|rewrite rewrote rewritten|rid rid|ride rode ridden|ring rang rung|rise rose
risen|run ran run|say said|see saw seen|seek sought|sell sold|send sent|set set|shake shook shaken|
shed shed|shine shone|shoot shot|show showed shown|shrink shrank shrunk|shut shut|sing sang sung|sink
sank sunk|sit sat|slay slew slain|sleep slept|slide slid|sling slung|slit slit|smite smote smitten|
speak spoke spoken|speed sped|spend spent|spill spilt spilled|spin spun|spit spat|split split|spoil
spoilt spoiled|spread spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting
stung|stink stank stunk|stride strode stridden|strike struck stricken|string strung|strive strove
striven|swear swore sworn|sweep swept|swell swelled swollen|swim swam swum|swing swung|take took taken|
teach taught|tear tore torn|tell told|think thought|throw threw thrown|thrust thrust|tread trod
trodden|understand understood|undergo underwent undergone|undertake undertook undertaken|underwrite
underwrote underwritten|undo undid undone|unwind unwound|uphold upheld|upset upset|wake woke woken|
wear wore worn|weave wove woven|weep wept|win won|wind wound|withdraw withdrew withdrawn|withhold
withheld|withstand withstood|wring wrung|write wrote written""".replace("\n", " ").split("|"):
    _w = _line.split()
    IRREGULAR[_w[0]] = _w[1:]


def log(*a):
    print(*a, file=sys.stderr)


# ============================================================================ inflection

def _syllables(w):
    w = w.replace("qu", "q")
    return len(re.findall(r"[aeiouy]+", re.sub(r"e$", "", w) or w))


def _cvc(w):
    """Ends consonant-vowel-consonant (final consonant not w, x, y): may double."""
    w = w.replace("qu", "q")
    return (len(w) >= 3 and w[-1] not in VOWELS and w[-1] not in "wxy"
            and w[-2] in VOWELS and w[-3] not in VOWELS)


def doubles(w):
    """Does the final consonant double before -ed/-ing?  Returns 'yes', 'no' or 'both'."""
    if not _cvc(w):
        return "no"
    if _syllables(w) <= 1 or w in FINAL_STRESS:
        return "yes"
    if w.endswith("l"):  # travel: traveled (US) / travelled (UK)
        return "both"
    return "no"


def third_person(w):
    if re.search(r"(s|x|z|ch|sh)$", w) or re.search(r"[^aeiou]o$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def past_forms(w):
    if w.endswith("e"):
        return [w + "d"]
    if re.search(r"[^aeiou]y$", w):
        return [w[:-1] + "ied"]
    if re.search(r"[aeiou]c$", w) and _syllables(w) > 1:  # panic -> panicked
        return [w + "ked"]
    d = doubles(w)
    if d == "yes":
        return [w + w[-1] + "ed"]
    if d == "both":
        return [w + "ed", w + w[-1] + "ed"]
    return [w + "ed"]


def ing_forms(w):
    if w.endswith("ie"):
        return [w[:-2] + "ying"]
    if re.search(r"(ee|oe|ye)$", w) or w in ("be", "singe"):
        return [w + "ing"]
    if w.endswith("e") and len(w) > 2:
        return [w[:-1] + "ing"]
    if re.search(r"[aeiou]c$", w) and _syllables(w) > 1:
        return [w + "king"]
    d = doubles(w)
    if d == "yes":
        return [w + w[-1] + "ing"]
    if d == "both":
        return [w + "ing", w + w[-1] + "ing"]
    return [w + "ing"]


def classify_form(form, lemma):
    """Slot of an irregular form of `lemma`: 'lemma', 's', 'ing' or 'past'."""
    if form == lemma:
        return "lemma"
    if form.endswith("ing") and len(form) >= len(lemma):
        return "ing"
    if form == third_person(lemma) or (form.endswith("s") and form[:-1].startswith(lemma[:-1])
                                       and len(form) <= len(lemma) + 2):
        return "s"
    # a spelling variant of the lemma itself (SYMBOLIZE {SYMBOLISE})
    if re.sub(r"s(e|ed|ing)$", r"z\1", form) == lemma:
        return "lemma"
    return "past"


def only_doubling_differs(given, generated):
    """CANCELLED vs canceled, COMBATTED vs combated: spelling variants, keep both."""
    return (given != generated and len(given) == len(generated) + 1
            and re.sub(r"([bcdfgklmnprstvz])\1(ed|ing)$", r"\1\2", given) == generated)


# ============================================================================ dictionary reader

class Member:
    def __init__(self, words, vidx, forms, code, line_no, raw, block):
        self.words = words        # lower-case words of the lemma ("hand", "over")
        self.vidx = vidx          # index of the inflected word
        self.forms = forms        # list of lower-case forms (lemma first), spaces between words
        self.code = code          # raw code string of the member's own [...] or None
        self.line_no = line_no
        self.raw = raw
        self.block = block

    @property
    def lemma(self):
        return " ".join(self.words)


class Pattern:
    def __init__(self, text, code, comment, line_no, raw, block):
        self.text = text          # the pattern without code and comment
        self.code = code          # raw code string or None
        self.comment = comment
        self.line_no = line_no
        self.raw = raw
        self.block = block


class Block:
    def __init__(self, name, code, line_no):
        self.name = name
        self.code = code
        self.line_no = line_no
        self.members = []
        self.patterns = []


def strip_comment(line):
    comment = ""
    m = re.search(r"[#;]", line)
    if m:
        comment = line[m.start() + 1:].strip()
        line = line[:m.start()]
    return line, comment


def parse_member(line, line_no, block, stats):
    """A member verb line: LEMMA [{forms}] [[code]]  (# comment)."""
    text, _ = strip_comment(line)
    code = None
    mcode = re.search(r"\[([^\]]*)\]", text)
    if mcode:
        code = mcode.group(1).strip()
        text = text[:mcode.start()] + " " + text[mcode.end():]
    braces = None
    mb = re.search(r"\{([^}]*)\}?", text)
    if mb:
        braces = [t for t in re.split(r"[\s,]+", mb.group(1)) if t]
        text = text[:mb.start()]
    toks = text.split()
    if not toks:
        return None
    if len(toks) > 1:
        stats["member lines with stray words (first word used)"] += 1
    lem = toks[0]

    def split_phrase(s):
        s = s.strip().lower()
        idx = None
        parts = [p for p in s.split("_") if p != ""]
        for i, p in enumerate(parts):
            if p.startswith("+"):
                idx = i
        parts = [p.lstrip("+") for p in parts]
        return parts, (idx if idx is not None else 0)

    words, vidx = split_phrase(lem)
    words = [w for w in words if w]
    if not words:
        return None
    verb = words[vidx]

    def with_verb(form_word):
        w = list(words)
        w[vidx] = form_word
        return " ".join(w)

    slots = {"s": None, "past": None, "ing": None}
    extra = []  # lemma variants
    if braces is not None:
        given = {"s": [], "past": [], "ing": [], "lemma": []}
        for b in braces:
            bw, _ = split_phrase(b)
            if not bw:
                continue
            if len(bw) != len(words):
                given["lemma"].append(" ".join(bw))  # odd shape: keep as is
                continue
            diff = [i for i in range(len(bw)) if bw[i] != words[i]]
            if not diff:
                continue
            i = diff[0]
            slot = classify_form(bw[i], words[i])
            given[slot].append(" ".join(bw))
        for s in ("s", "past", "ing"):
            if given[s]:
                slots[s] = given[s]
        extra = given["lemma"]
    forms = [" ".join(words)] + extra
    if verb in BE_FORMS or (braces is not None and braces == []):
        # "+IS_DETERMINED {+WAS_DETERMINED ...}", "+ANGERED_BY {}": exactly the forms written
        for s in ("s", "past", "ing"):
            forms += slots[s] or []
        stats["members with forms exactly as written (be-verb or empty braces)"] += 1
    else:
        gen = {"s": [third_person(verb)], "past": past_forms(verb), "ing": ing_forms(verb)}
        if verb in IRREGULAR:
            gen["past"] = IRREGULAR[verb]
            if braces is None:
                stats["irregular verb without {...}: past forms from the built-in table"] += 1
        for s in ("s", "past", "ing"):
            if slots[s]:
                forms += slots[s]
                # keep the regular spelling when the given form only doubles the consonant
                for g in gen[s]:
                    for f in slots[s]:
                        fw = f.split(" ")
                        if only_doubling_differs(fw[vidx] if len(fw) == len(words) else f, g):
                            forms.append(with_verb(g))
                            stats["regular spelling kept next to a doubled irregular form"] += 1
            elif s == "past" and braces is not None and re.search(r"[td]$", verb):
                # PUT {PUTS PUTTING}, CUT, QUIT, SPLIT, BEAT: the past is the lemma itself
                stats["irregular past = lemma (t/d verb with braces, no past given)"] += 1
            else:
                forms += [with_verb(g) for g in gen[s]]
                if braces is not None:
                    stats["slot missing from braces, regular form generated"] += 1
    seen = set()
    out = []
    for f in forms:
        f = " ".join(f.split())
        if f and f not in seen:
            seen.add(f)
            out.append(f)
    return Member(words, vidx, out, code, line_no, line.rstrip("\n"), block)


def read_dictionary(path, stats):
    synsets = collections.OrderedDict()   # name -> list of (words, plural_allowed)
    blocks = []
    transformations = 0
    block = None
    in_verbs = False
    cur_syn = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if line.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if not line.strip():
                continue
            if line.startswith("~"):
                transformations += 1
                continue
            if line.startswith("#") or line.startswith("<!"):
                continue
            if not in_verbs:
                if line.startswith("&"):
                    cur_syn = line.split()[0][1:]
                    synsets[cur_syn] = []
                elif line.startswith("+") and cur_syn is not None:
                    term = strip_comment(line)[0].strip()[1:]
                    plural = not term.endswith("_") and not cur_syn.endswith("_")
                    words = [w.lower() for w in term.split("_") if w]
                    if len(words) > 1:
                        plural = False   # PETRARCH: multi-word synset phrases get no plural
                    synsets[cur_syn].append((words, plural))
                continue
            if line.startswith("---"):
                m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
                if not m:
                    m2 = re.match(r"---\s+(\S+)", line)
                    block = Block(m2.group(1) if m2 else "?", None, n)
                else:
                    block = Block(m.group(1), m.group(2).strip(), n)
                blocks.append(block)
                continue
            if block is None:
                continue
            if line.startswith("-"):
                body = line[1:]
                text, comment = body, ""
                if "#" in body:
                    text, comment = body.split("#", 1)
                mc = re.search(r"\[([^\]]*)\]\s*$", text.strip())
                code = None
                if mc:
                    code = mc.group(1).strip()
                    text = text.strip()[:mc.start()]
                block.patterns.append(Pattern(text.strip(), code, comment.strip(), n, line, block))
                continue
            mem = parse_member(line, n, block, stats)
            if mem:
                block.members.append(mem)
    # Members that are themselves an inflected form of another member ("LOST" next to "LOSE",
    # "TOURING", "FORGIVEN"): only the form as written (no "losted", "touringed").
    lemmas = set(m.lemma for b in blocks for m in b.members)
    other_forms = set()
    for b in blocks:
        for m in b.members:
            other_forms.update(f for f in m.forms if f != m.lemma)
    for b in blocks:
        for m in b.members:
            if m.lemma in other_forms and len(m.words) == 1 and "{" not in m.raw:
                m.forms = [m.lemma]
                stats["member verbs that are an inflected form of another member: form as written"] += 1
    del lemmas
    return synsets, blocks, transformations


# ============================================================================ pattern parser

class Unsupported(Exception):
    def __init__(self, reason):
        Exception.__init__(self, reason)
        self.reason = reason


def tokenize(text):
    """Pattern text -> list of items: ('w', WORD) ('syn', NAME) ('mark', $+%^)
    ('unit', [items]) ('pp', [items]) ('star',)."""
    i = 0
    out = []
    stack = [out]
    closers = []
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c in "({":
            new = []
            stack[-1].append(("pp" if c == "(" else "unit", new))
            stack.append(new)
            closers.append(")" if c == "(" else "}")
            i += 1
            continue
        if c in ")}":
            if not closers or closers[-1] != c:
                raise Unsupported("unbalanced brackets")
            closers.pop()
            stack.pop()
            i += 1
            continue
        if c == "*":
            stack[-1].append(("star",))
            i += 1
            continue
        m = re.match(r"[^\s(){}*]+", text[i:])
        tok = m.group(0)
        i += len(tok)
        if tok in ("$", "+", "%", "^"):
            stack[-1].append(("mark", tok))
        elif tok.startswith("&"):
            stack[-1].append(("syn", tok[1:]))
        elif re.search(r"[$+%^&\[\]]", tok):
            raise Unsupported("marker glued to a word")
        else:
            stack[-1].append(("w", tok.lower()))
    if closers:
        raise Unsupported("unbalanced brackets")
    return out


def plural(word):
    if re.search(r"(ss|x|z|ch|sh)$", word):
        return word + "es"
    if word.endswith("s"):
        return None   # already plural (TROOPS) or -us/-is
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def expand(item, synsets, plurals=True):
    """A noun item -> list of lower-case phrases (synsets expanded, with PETRARCH's plurals;
    inside a {...} unit only the last word, the head, gets plurals)."""
    kind = item[0]
    if kind == "w":
        return [w for w in item[1].split("/") if w]   # (IN BOMBING/EXPLOSION): alternatives
    if kind == "syn":
        name = item[1]
        if name not in synsets:
            raise Unsupported("undefined synset")
        out = []
        for words, pl in synsets[name]:
            out.append(" ".join(words))
            if pl and plurals:
                p = plural(words[-1])
                if p:
                    out.append(" ".join(words[:-1] + [p]))
        return out
    if kind == "unit":
        parts = [[]]
        subs = [sub for sub in item[1] if not (sub[0] == "w" and sub[1] in ARTICLES)]
        for i, sub in enumerate(subs):
            if sub[0] not in ("w", "syn"):
                raise Unsupported("marker or bracket inside {...}")
            alts = expand(sub, synsets, plurals=(i == len(subs) - 1))
            parts = [p + [a] for p in parts for a in alts]
        return [" ".join(p) for p in parts if p]
    raise Unsupported("not a noun")


def dedup(seq):
    seen = set()
    out = []
    for s in seq:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def stats_note(res, text):
    res.setdefault("notes", []).append(text)


def parse_pattern(text, synsets):
    """-> dict(subject, particle, object, preps=[(prep, words)], source, target, marks)."""
    items = tokenize(text)
    stars = [i for i, it in enumerate(items) if it[0] == "star"]
    if len(stars) != 1:
        raise Unsupported("no '*' or several '*'")
    pre, post = items[:stars[0]], items[stars[0] + 1:]
    res = {"subject": [], "particle": "", "object": [], "preps": [], "source": None,
           "target": None}

    def mark(role, where):
        key = "source" if role == "$" else "target"
        if res[key] is not None:
            raise Unsupported("marker used twice")
        res[key] = where

    # ---- before the verb: a subject noun and/or a $/+ marker
    pre = [it for it in pre if not (it[0] == "w" and it[1] in ARTICLES)]
    nouns = []
    for it in pre:
        if it[0] == "mark":
            if it[1] in "$+":
                mark(it[1], "subject")
            elif it[1] == "%":
                raise Unsupported("'%' (compound actor) marker")
            # '^' = any words: no constraint
        elif it[0] == "pp":
            raise Unsupported("prepositional phrase before the verb")
        elif it[0] == "w" and it[1] in NOT_SUBJECT:
            raise Unsupported("auxiliary or negation before the verb")
        elif it[0] == "syn" and (it[1].startswith("AUXVERB") or it[1].startswith("TOBEVERB")):
            raise Unsupported("auxiliary or negation before the verb")
        else:
            nouns.append(it)
    if len(nouns) > 1:
        raise Unsupported("several words before the verb")
    if nouns:
        res["subject"] = dedup(expand(nouns[0], synsets))

    # ---- after the verb
    rest = [it for it in post if not (it[0] == "w" and it[1] in ARTICLES)]
    if rest and rest[0][0] == "w" and rest[0][1] in PARTICLES:
        res["particle"] = rest[0][1]
        rest = rest[1:]
    elif rest and rest[0][0] == "pp" and rest[0][1] and rest[0][1][0][0] == "w" \
            and rest[0][1][0][1] in PP_PARTICLES:
        inner = rest[0][1]
        res["particle"] = inner[0][1]
        rest = list(inner[1:]) + rest[1:]
    # "{IN &DETENTION}": a braced unit that starts with a preposition is a prepositional phrase
    rest = [("pp", it[1]) if it[0] == "unit" and it[1] and it[1][0][0] == "w"
            and it[1][0][1] in PREPOSITIONS else it for it in rest]
    nouns = []
    pps = []
    for it in rest:
        if it[0] == "pp":
            pps.append(it[1])
        elif it[0] == "mark":
            if it[1] in "$+":
                mark(it[1], "object")
            elif it[1] == "%":
                raise Unsupported("'%' (compound actor) marker")
        else:
            nouns.append(it)
    if len(nouns) == 2 and nouns[1][0] == "w" and nouns[1][1] in PARTICLES and not res["particle"]:
        # "FORCE * MINISTER OUT": the particle comes after the object
        res["particle"] = nouns[1][1]
        nouns = nouns[:1]
        stats_note(res, "particle after the object read as a phrasal verb")
    if nouns and nouns[0][0] == "w" and nouns[0][1] in PREPOSITIONS and not pps \
            and len(nouns) <= 2 and "object" not in (res["source"], res["target"]) \
            and not (len(nouns) == 2 and nouns[1][0] == "w" and nouns[1][1] in PREPOSITIONS):
        # "ACCUSE * OF ATTACK", "RELEASE * FROM &DETENTION": a prepositional phrase written
        # without parentheses
        pps.append(nouns)
        nouns = []
        stats_note(res, "prepositional phrase without parentheses read as one")
    if len(nouns) == 2 and all(n[0] in ("w", "syn") for n in nouns) \
            and not any(n[0] == "w" and (n[1] in PREPOSITIONS or n[1] in NOT_SUBJECT
                                         or n[1] in PARTICLES) for n in nouns):
        # "MAKE * FIRST MOVE", "VIOLATE * ARMS EMBARGO": two words read as one unit {FIRST MOVE}
        nouns = [("unit", nouns)]
        stats_note(res, "two words after the verb read as one unit {...}")
    if len(nouns) > 1:
        raise Unsupported("several words after the verb (not one object)")
    if nouns and res["source"] == "object" or nouns and res["target"] == "object":
        raise Unsupported("object word and $/+ marker both after the verb")
    if nouns:
        w = nouns[0]
        if w[0] == "w" and w[1].endswith("ly") and w[1] not in NOT_ADVERBS:
            raise Unsupported("adverb in object position")
        res["object"] = dedup(expand(w, synsets))
    if len(pps) > 1:
        raise Unsupported("more than one prepositional phrase")
    for pp in pps:
        pp = [it for it in pp if not (it[0] == "w" and it[1] in ARTICLES)]
        if not pp or pp[0][0] != "w":
            raise Unsupported("prepositional phrase without a preposition word")
        preps = [x for x in pp[0][1].split("/") if x]   # (BY/WITH X): one row per preposition
        if not all(x in PREPOSITIONS for x in preps):
            raise Unsupported("parenthesised phrase that does not start with a preposition")
        prep = preps[0]
        if len(preps) > 1 and any(it[0] == "mark" for it in pp[1:]):
            raise Unsupported("marker in a prepositional phrase with alternative prepositions")
        pnouns = []
        for it in pp[1:]:
            if it[0] == "mark":
                if it[1] in "$+":
                    mark(it[1], "pobj:" + prep)
                elif it[1] == "%":
                    raise Unsupported("'%' (compound actor) marker")
            elif it[0] == "pp":
                raise Unsupported("nested prepositional phrase")
            else:
                pnouns.append(it)
        if len(pnouns) > 1:
            raise Unsupported("several words inside a prepositional phrase")
        words = dedup(expand(pnouns[0], synsets)) if pnouns else []
        res["preps"].append((preps, words))
    return res


# ============================================================================ CAMEO -> PLOVER

def read_plover_table(path):
    table = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            m = re.match(r"\s*(\d{2,4}):\s*(.*)$", line)
            if not m:
                continue
            code, rest = m.group(1), m.group(2)
            desc = ""
            if "#" in rest:
                rest, desc = rest.split("#", 1)
            cells = [c.strip() for c in rest.split(",")]
            while len(cells) < 3:
                cells.append("")
            typ = cells[0].strip().upper()
            mode = " ".join(cells[1].split())
            ctx = [c.strip() for c in cells[2].split(";") if c.strip()]
            if len(code) == 2:
                table.setdefault(code, (typ, "", [], desc.strip()))  # 08 appears twice: first wins
                continue
            if code not in table:   # 175 appears twice with the same content
                table[code] = (typ, mode, ctx, desc.strip())
    return table


def read_manual(path):
    """Mode words per type and the list of general contexts, from PLOVER_MANUAL.tex."""
    modes = collections.defaultdict(set)
    contexts = set()
    with open(path, encoding="utf-8") as fh:
        tex = fh.read()
    # mode tables: a \caption naming a type ... Name & Content ... \hline\end{tabular}
    for m in re.finditer(r"\\caption\{([^\n]*?)modes?[^\n]*\}(.*?)\\end\{tabular\}", tex, re.S):
        cap = m.group(1)
        types = re.findall(r"\b(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|"
                           r"REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT)\b", cap)
        if not types:
            continue
        for row in m.group(2).split("\n"):
            row = row.strip()
            if not row or row.startswith("%") or "&" not in row:
                continue
            name = row.split("&")[0].strip()
            if not name or name in ("Name",) or name.startswith("\\"):
                continue
            for t in types[:1]:
                modes[t].add(name)
    # REQUEST and REJECT share their modes (the captions say so)
    for a, b in (("REQUEST", "REJECT"), ("REJECT", "REQUEST")):
        modes[a] |= modes[b]
    mc = re.search(r"\\label\{tab:general-contexts\}(.*?)\\end\{longtable\}", tex, re.S)
    if mc:
        for row in mc.group(1).split("\n"):
            row = row.strip()
            if "&" not in row or row.startswith("%"):
                continue
            name = row.split("&")[0]
            name = re.sub(r"\\hyperref\[[^\]]*\]\{([^}]*)\}", r"\1", name)
            name = name.replace("\\_", "_").strip()
            if re.match(r"^[a-z_]+$", name):
                contexts.add(name)
    return modes, contexts


def cue_category(code):
    cat = code[:2]
    if cat == "08":
        n = int(code[:3]) if len(code) >= 3 else 80
        return "CONCEDE" if n <= 83 else "RETREAT"
    return CUE_CATEGORY.get(cat)


class Mapper:
    def __init__(self, table, modes, contexts, stats, notes):
        self.table = table
        self.modes = modes
        self.contexts = contexts
        self.stats = stats
        self.notes = notes      # code -> list of notes on how it was mapped
        self.cache = {}

    def map(self, code):
        """CAMEO code -> (type, mode, context list) or (None, reason)."""
        if code in self.cache:
            return self.cache[code]
        r = self._map(code)
        self.cache[code] = r
        return r

    def _note(self, code, text):
        self.notes.setdefault(code, [])
        if text not in self.notes[code]:
            self.notes[code].append(text)

    def _map(self, code):
        if not re.match(r"^\d{3,4}$", code):
            return None, "malformed code"
        cat = code[:2]
        if cat in ("01", "02"):
            return None, "no PLOVER mapping: CAMEO %s (%s), dropped by PLOVER" % (
                cat, "public statement" if cat == "01" else "appeal")
        row = self.table.get(code)
        if row is None and len(code) == 4 and code[:3] in self.table:
            row = self.table[code[:3]]
            self._note(code, "no row: mapped as its parent %s" % code[:3])
        typ = mode = None
        ctx = []
        if row is not None:
            typ, mode, ctx, _ = row
            ctx = list(ctx)
        else:
            typ = cue_category(code)
            mode, ctx = "", []
            if typ is None:
                return None, "no PLOVER mapping: no row and no cue category"
            self._note(code, "no row: reduced to cue category %s -> %s (manual, tab:xlate note 2)"
                       % (code[:2], typ))
        if code in CODE_OVERRIDES:
            t2, m2, c2, why = CODE_OVERRIDES[code]
            if t2:
                typ = t2
            if m2 is not None:
                mode = m2
            if c2 is not None:
                ctx = [c2]
            self._note(code, "override: " + why)
        typ = TYPE_REMAP.get(typ, typ)
        if typ not in DYAD_TYPES:
            return None, "type %s is not a Dyad type" % typ
        if mode and mode not in self.modes.get(typ, set()):
            fix = MODE_FIXES.get((typ, mode))
            if fix:
                self._note(code, "mode %s -> %s: %s" % (mode, fix[0], fix[1]))
                mode = fix[0]
            elif mode in self.contexts:
                self._note(code, "'%s' is a context, not a %s mode: moved to context" % (mode, typ))
                ctx = ctx + [mode]
                mode = ""
            else:
                self._note(code, "'%s' is not a %s mode in the manual: mode left empty" % (mode, typ))
                mode = ""
        out_ctx = []
        for c in ctx:
            c2 = CONTEXT_FIXES.get(c, c)
            if c2 != c:
                self._note(code, "context %s -> %s (manual context list)" % (c, c2))
            if c2 not in self.contexts:
                self._note(code, "context '%s' not in the manual: dropped" % c2)
                continue
            if c2 not in out_ctx:
                out_ctx.append(c2)
        return (typ, mode, out_ctx), None


# CAMEO 173 "Arrest, detain, or charge with legal action" is COERCE arrest in the table, but the
# manual codes charging and trials as ACCUSE ("allege: ... sue, indict, or charge; bring to
# trial") and findings of guilt as SANCTION ("convict").  A 173 row is re-typed by its words.
EVENT_NOUNS = set("""meeting meetings summit summits talks dinner reception welcome visit visits
conference delegation delegations""".split())
RECEIVE_VERBS = {"receive", "obtain", "gain", "win"}
ALLEGE_173_VERBS = {"indict", "sue", "prosecute", "charge"}
ALLEGE_173_WORDS = set("""trial trials charge charges court courts hearing hearings lawsuit lawsuits
suit case prosecution indictment legal action""".split()) | {"legal action"}
CONVICT_173_VERBS = {"convict"}
CONVICT_173_WORDS = {"guilty", "conviction"}


# CAMEO 175 "use tactics of violent repression" is ASSAULT in the table; an arrest of protesters or
# journalists is repression "falling short of violence": COERCE arrest (manual, COERCE).
ARREST_VERBS = {"arrest", "detain", "apprehend", "jail", "imprison", "rearrest", "re-arrest",
                "round up", "incarcerate"}


def refine_175(verb):
    if verb in ARREST_VERBS:
        return ("COERCE", "arrest", ["repression"])
    return None


# CAMEO 031x/033x "express intent to cooperate materially / to provide aid" on verbs that perform
# the act ("supply fighter-bombers", "send warships", "train pilots"): the manual codes the act
# itself as COOPERATE or AID and only the intent as AGREE.  For these verbs 031x is read as 06x
# and 033x as 07x (0312 -> 062, 0332 -> 072).
MATERIAL_VERBS = {"send", "supply", "deliver", "provide", "ship", "give", "transfer", "deploy",
                  "airlift", "dispatch", "despatch", "hand over", "train", "equip", "sell", "fund",
                  "finance"}


def refine_033(verb, cameo):
    if verb in MATERIAL_VERBS and cameo[:3] in ("031", "033"):
        return ("06" if cameo[:3] == "031" else "07") + (cameo[3] if len(cameo) == 4 else "0")
    return None


def refine_173(verb, obj, preps):
    """-> (type, mode, context) replacing COERCE arrest for a CAMEO 173 row, or None."""
    words = set()
    for o in obj:
        words.add(o.split(" ")[-1])
        words.add(o)
    for pr, ws in preps:
        for w in ws:
            words.add(w.split(" ")[-1])
    lemma = verb.split(" ")[0]
    if lemma in CONVICT_173_VERBS or words & CONVICT_173_WORDS:
        return ("SANCTION", "convict", ["legal"])
    if lemma in ALLEGE_173_VERBS or words & ALLEGE_173_WORDS:
        return ("ACCUSE", "allege", ["legal"])
    return None


# The manual's SUPPORT: "ratify, sign, or finalize an agreement or treaty"; CAMEO codes signing
# by the content of the agreement (061 economic cooperation, 0312 military ...).  Signing an
# agreement is re-typed SUPPORT (context kept), as events.tsv does.
SIGN_VERBS = {"sign", "ratify", "initial", "countersign"}
AGREEMENT_NOUNS = set("""treaty treaties pact pacts accord accords agreement agreements deal deals
contract contracts memorandum memoranda protocol protocols declaration charter convention""".split())


def refine_signing(verb, obj, typ):
    if verb.split(" ")[0] in SIGN_VERBS and typ in ("AGREE", "COOPERATE") and obj \
            and all(o.split(" ")[-1] in AGREEMENT_NOUNS for o in obj):
        return "SUPPORT"
    return None


def split_code(raw):
    """'042:043' -> ('042', '043'); '080!' -> ('080', ''); '---' -> ('---', '')."""
    raw = raw.strip().rstrip("!")
    if ":" in raw:
        a, b = raw.split(":", 1)
        return a.strip(), b.strip()
    return raw, ""


# ============================================================================ rows

COLUMNS = ["verb", "forms", "subject", "object", "preposition", "source", "target", "type",
           "mode", "context", "cameo", "provenance", "note"]


def clean_note(s):
    s = " ".join(s.replace("\t", " ").split())
    return s[:60].rstrip()


STOP_HITS = set()   # stoplist lemmas that had an unconstrained row


def pattern_scope(pat, block, index):
    """The member verbs a pattern is imported for.  CAMEO.2.0.txt's header: 'In the comments
    section of the patterns, the verb[s] where the pattern was originally found is shown'.
    PETRARCH-2 applies a pattern to every verb of its block, but the codes were written for the
    verb in the comment ("WANT * TALKS [036]" = intend to meet, "DEMAND * TALKS [106]" = demand
    a meeting), so a pattern is imported for the member(s) its comment names, by lemma or by
    an inflected form ("# CALLED_OFF", "# THREW").  When the comment names no member of the
    block, the pattern applies to every member, as in PETRARCH-2."""
    com = pat.comment.strip()
    if not com:
        return list(block.members), False
    names = [t.lower().replace("_", " ").strip() for t in re.split(r"[,/;]|\s{2,}", com)]
    first = re.split(r"\s+", com)[0].lower().replace("_", " ")
    cands = [first] + [n for n in names if n and n != first]
    for c in cands:
        hit = [m for m in block.members if m.lemma == c]
        if hit:
            return hit, True
    for c in cands:
        hit = [m for m in block.members if c in m.forms]
        if hit:
            return hit, True
    # the comment names a verb of ANOTHER block ("# CONCLUDE" under CANCEL): the pattern was
    # written for that verb, so it is imported for that verb only
    for c in cands:
        hit = index.get(c)
        if hit:
            return hit, True
    return list(block.members), False


def build_rows(synsets, blocks, mapper, stoplist, stats, drops, examples, counters):
    rows = []
    # lemma or form -> member verbs (first block that has it), for comments naming other blocks
    index = {}
    for b in blocks:
        for m in b.members:
            index.setdefault(m.lemma, [m])
    for b in blocks:
        for m in b.members:
            for f in m.forms:
                index.setdefault(f, [m])

    def drop(reason, example, n=1):
        drops[reason] += n
        if len(examples[reason]) < 6 and example not in examples[reason]:
            examples[reason].append(example)

    def code_for(raw_code, fallback, where):
        """-> (cameo, passive_only) or None when the item is dropped."""
        raw = raw_code if raw_code is not None else fallback
        if raw is None or raw.strip() in ("", "---"):
            return None, "[---] (no code)"
        active, passive = split_code(raw)
        if active in ("", "---"):
            if passive in ("", "---"):
                return None, "[---] (no code)"
            counters["passive-only codes [:X] (subject read as target)"] += 1
            return (passive, True), None
        if passive and passive != "---" and passive != active:
            counters["passive alternative of [A:B] ignored (A used)"] += 1
        return (active, False), None

    for block in blocks:
        counters["verb blocks"] += 1
        counters["member verbs"] += len(block.members)
        counters["patterns"] += len(block.patterns)
        # ---- bare rows: every member verb with its own code or the block's code
        for mem in block.members:
            c, why = code_for(mem.code, block.code, "member")
            ex = "%s [%s] (block %s)" % (mem.lemma, mem.code or block.code, block.name)
            if c is None:
                drop("bare verb: " + why, ex)
                continue
            cameo, passive = c
            mapped, why = mapper.map(cameo)
            if mapped is None:
                drop("bare verb: " + why, ex)
                continue
            if mem.lemma in stoplist:
                STOP_HITS.add(mem.lemma)
                drop("bare verb: on the stoplist (constrained patterns kept)", ex)
                continue
            typ, mode, ctx = mapped
            if cameo == "173":
                ref = refine_173(mem.lemma, [], [])
                if ref:
                    typ, mode, ctx = ref
                    counters["CAMEO 173 rows re-typed by their words (trial, charges -> "
                             "ACCUSE allege; guilty -> SANCTION convict)"] += 1
            rows.append({
                "verb": mem.lemma, "forms": mem.forms, "subject": [], "object": [],
                "preposition": "", "source": "" if passive else "subject",
                "target": "subject" if passive else "", "type": typ, "mode": mode,
                "context": ctx, "cameo": cameo, "note": "",
                "_order": (block.line_no, mem.line_no, 0), "_spec": 0,
                "_line": mem.line_no,
            })
        # ---- patterns x members
        for pat in block.patterns:
            ex = "%s: - %s [%s]" % (block.name, pat.text, pat.code)
            c, why = code_for(pat.code, block.code, "pattern")
            if c is None:
                drop("pattern: " + why, ex, 1)
                counters["patterns dropped"] += 1
                continue
            cameo, passive = c
            mapped, why = mapper.map(cameo)
            if mapped is None:
                drop("pattern: " + why, ex, 1)
                counters["patterns dropped"] += 1
                continue
            try:
                p = parse_pattern(pat.text, synsets)
            except Unsupported as e:
                drop("pattern: unsupported syntax: " + e.reason, ex, 1)
                counters["patterns dropped"] += 1
                continue
            if not block.members:
                drop("pattern: block has no member verbs", ex)
                continue

            typ, mode, ctx = mapped
            source, target = p["source"], p["target"]
            if passive:
                # [:X]: the verb is read as passive; the subject is the target
                if target is None:
                    target = "subject"
                if source == "subject" or source is None:
                    source = ""
            else:
                if source is None:
                    source = "" if target == "subject" else "subject"
                if target is None:
                    target = ""
            if cameo == "043" and p["source"] is None and p["target"] is None:
                # CAMEO 043 "host a visit": the subject is the host.  PLOVER's CONSULT 'visit'
                # makes the visitor the actor and the host the recipient: the object, when it is
                # a person ("receive ambassador"), is the actor
                target = "subject"
                if any("by" in alts for alts, _ in p["preps"]):   # "was hosted by X"
                    source, target = "subject", "pobj:by"
                else:
                    source = "object" if p["object"] and not any(
                        o.split(" ")[-1] in EVENT_NOUNS for o in p["object"]) else ""
                counters["CAMEO 043 (host) rows: host = target, visitor = source"] += 1
            prep_variants = [""]
            for alts, ws in p["preps"]:
                prep_variants = [(v + " " if v else "") + pr + (":" + "|".join(ws) if ws else "")
                                 for v in prep_variants for pr in alts]
            scope, named = pattern_scope(pat, block, index)
            if not named and not (p["object"] or p["subject"]
                                  or any(ws for _, ws in p["preps"])):
                # "- * (WITH) [046]", "- * BACK [040]" with no verb in the comment: a bare
                # preposition or particle is far too weak a constraint for every member verb
                drop("pattern: only a preposition or particle, for no named verb", ex)
                counters["patterns dropped"] += 1
                continue
            counters["patterns used"] += 1
            for t in p.get("notes", []):
                counters["patterns: " + t] += 1
            if scope and scope[0].block is not block:
                counters["patterns imported for the verb of another block named in their comment"] += 1
            elif len(scope) < len(block.members):
                counters["verb x pattern pairs not generated: pattern written for another verb "
                         "of the block (its comment)"] += len(block.members) - len(scope)
                counters["patterns restricted to the verb named in their comment"] += 1
            else:
                counters["patterns applied to every member (comment names no member)"] += 1
            for mem, preps in [(m, v) for m in scope for v in prep_variants]:
                words = list(mem.words)
                forms = list(mem.forms)
                if p["particle"]:
                    if len(words) > 1:
                        drop("verb x pattern: particle after a multi-word verb",
                             "%s + %s (%s)" % (mem.lemma, p["particle"], ex))
                        continue
                    words = words + [p["particle"]]
                    forms = [f + " " + p["particle"] for f in forms]
                if p["object"] and len(words) == 1 and words[0] in COPULAR:
                    drop("verb x pattern: copular verb, complement is not a direct object",
                         "%s (%s)" % (mem.lemma, ex))
                    continue
                if not (p["object"] or prep_variants[0] or p["subject"]) \
                        and " ".join(words) in stoplist:
                    STOP_HITS.add(" ".join(words))
                    drop("verb x pattern: unconstrained phrasal verb on the stoplist", "%s (%s)" % (
                        " ".join(words), ex))
                    continue
                rtyp, rmode, rctx = typ, mode, ctx
                if cameo == "173":
                    ref = refine_173(" ".join(words), p["object"], p["preps"])
                    if ref:
                        rtyp, rmode, rctx = ref
                        counters["CAMEO 173 rows re-typed by their words (trial, charges -> "
                                 "ACCUSE allege; guilty -> SANCTION convict)"] += 1
                c07 = refine_033(" ".join(words), cameo)
                if c07 and mapper.map(c07)[0]:
                    rtyp, rmode, rctx = mapper.map(c07)[0]
                    counters["CAMEO 031x/033x rows of verbs doing the act read as 06x/07x (manual)"] += 1
                if cameo == "175" and refine_175(" ".join(words)):
                    rtyp, rmode, rctx = refine_175(" ".join(words))
                    counters["CAMEO 175 rows of arrest verbs re-typed COERCE arrest (manual)"] += 1
                if refine_signing(" ".join(words), p["object"], rtyp):
                    rtyp, rmode = "SUPPORT", ""
                    counters["rows re-typed SUPPORT: signing or ratifying an agreement (manual)"] += 1
                rsource, rtarget = source, target
                if not passive and p["source"] is None and p["target"] is None and (
                        (words[0] in RECEIVE_VERBS and rtyp in ("AID", "SUPPORT", "AGREE"))
                        or (words[0] == "accept" and rtyp == "AID")):
                    # "receive military aid", "accept a loan": the subject is the recipient
                    rtarget = "subject"
                    rsource = "pobj:from" if any("from" in alts for alts, _ in p["preps"]) else ""
                    counters["rows of receiving verbs: subject read as the target"] += 1
                spec = (len(p["subject"]) > 0) + (len(p["object"]) > 0) + len(p["preps"]) \
                    + (source not in ("", "subject")) + (target != "")
                rows.append({
                    "verb": " ".join(words), "forms": forms, "subject": p["subject"],
                    "object": p["object"], "preposition": preps, "source": rsource,
                    "target": rtarget, "type": rtyp, "mode": rmode, "context": rctx,
                    "cameo": cameo, "note": clean_note(pat.comment),
                    "_order": (block.line_no, pat.line_no, 1), "_spec": spec,
                    "_line": pat.line_no,
                })
    return rows


def short(s, n=50):
    return s if len(s) <= n else s[:n] + "..."


def row_key(r):
    return (r["verb"], "|".join(r["object"]), r["preposition"], "|".join(r["subject"]))


def dedupe(rows, drops, examples, dup_conflicts):
    """Keep one row per (verb, object, preposition, subject): the most specific (markers), then
    the first in file order."""
    best = {}
    for r in sorted(rows, key=lambda r: r["_order"]):
        k = row_key(r)
        if k not in best:
            best[k] = r
            continue
        old = best[k]
        if r["_spec"] > old["_spec"]:
            best[k], r = r, old
        reason = "row: duplicate (verb, object, preposition, subject), first/most specific kept"
        drops[reason] += 1
        if r["type"] != best[k]["type"]:
            dup_conflicts.append((k, best[k]["cameo"], best[k]["type"], r["cameo"], r["type"]))
        if len(examples[reason]) < 6:
            examples[reason].append("%s | obj=%s | prep=%s (cameo %s vs kept %s)" % (
                k[0], short(k[1]) or "-", short(k[2]) or "-", r["cameo"], best[k]["cameo"]))
    return list(best.values())


# ============================================================================ events.tsv

def read_events(path):
    forms = {}
    if not os.path.exists(path):
        return forms
    header = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            r = dict(zip(header, cells))
            for f in r.get("trigger", "").split("|"):
                f = " ".join(f.lower().split())
                if f:
                    forms.setdefault(f, (r.get("type", ""), r.get("kind", ""), r.get("trigger", "")))
    return forms


def collisions(rows, events):
    """Phrases a row matches (form; form + object; form + preposition + word) that are also
    triggers in events.tsv with another type.  The curated row wins at load time.
    Returns [(row, events type, [phrases])]."""
    out = []
    for r in rows:
        hits = []
        for f in r["forms"]:
            heads = [f]
            if r["object"]:
                heads = [f + " " + o for o in r["object"]] + [f + " the " + o for o in r["object"]]
            probes = list(heads) if not r["subject"] else []
            if r["preposition"]:
                probes = []
                for pp in r["preposition"].split(" "):
                    prep, _, ws = pp.partition(":")
                    for h in heads:
                        if ws:
                            for w in ws.split("|"):
                                probes += [h + " " + prep + " " + w, h + " " + prep + " the " + w]
                        else:
                            probes.append(h + " " + prep)
            for pr in probes:
                ev = events.get(pr)
                if ev and ev[0] != r["type"]:
                    hits.append((ev[0], pr))
        by_type = collections.OrderedDict()
        for t, pr in hits:
            by_type.setdefault(t, []).append(pr)
        for t, prs in by_type.items():
            out.append((r, t, prs))
    return out


# ============================================================================ output

def fmt_row(r):
    return "\t".join([
        r["verb"], "|".join(r["forms"]), "|".join(r["subject"]), "|".join(r["object"]),
        r["preposition"], r["source"], r["target"], r["type"], r["mode"], "|".join(r["context"]),
        r["cameo"], "cameo:" + r["cameo"], r["note"],
    ])


HEADER = """# Verb patterns imported from PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt,
#   {commit}, MIT licence, Copyright (c) 2015 Open Event Data Alliance; see NOTICE).
# GENERATED by scripts/import_petrarch_verbs.py -- do not edit by hand; rerun the script.
# One row per (verb, pattern): a member verb of a PETRARCH synonym block combined with one of the
# block's phrase patterns, plus one row per member verb with no constraint (the block's or the
# verb's own code).  A row codes an event when the verb is used with everything the row asks for.
# Columns (a cell may hold alternatives separated by '|'; an empty cell means no constraint):
#   verb         lemma, lower case; a multi-word verb is written with spaces ("hand over", "set off"):
#                the words after the first must follow the verb directly in the text, or be its
#                particle (prt / compound:prt) child.
#   forms        every surface form, '|'-separated: lemma, -s/-es/-ies, -ed/-d/-ied, -ing (with
#                consonant doubling), irregular forms from PETRARCH's {{...}} (which replace the
#                generated form of the same slot); for multi-word verbs the inflected word varies.
#   subject      words the verb's SUBJECT head must be (from words before '*' in the pattern; synsets
#                expanded, with PETRARCH's regular plurals).
#   object       words the verb's DIRECT OBJECT head must be (synsets expanded, with plurals); a
#                multi-word value ("arms shipment") means the object phrase ends with those words.
#   preposition  a required prepositional phrase on the verb: "to" alone, or "to:border|frontier"
#                (the preposition, then the words its object head may be).
#   source       who the PLOVER actor is: subject | object | pobj:<prep> | empty (not given).
#   target       who the PLOVER recipient is: subject | object | pobj:<prep> | empty (not given).
#                ($ and + markers of the pattern; a passive-only CAMEO code [:X] makes the
#                subject the target.)
#   type         PLOVER event type (Dyad names: AGREE ... ASSAULT).
#   mode         PLOVER mode word from the manual's mode table for the type, or empty.
#   context      PLOVER context word(s), '|' between several, or empty.
#   cameo        the CAMEO code the type, mode and context come from.
#   provenance   cameo:<code>.
#   note         the pattern's comment in CAMEO.2.0.txt (the verb it was written for), <= 60 chars.
# Rows are sorted by verb, then object, preposition, subject.  The curated events.tsv wins over
# this file for a form it also lists.  Regenerate: python3 scripts/import_petrarch_verbs.py
"""


def render(rows):
    rows = sorted(rows, key=lambda r: (r["verb"], "|".join(r["object"]), r["preposition"],
                                       "|".join(r["subject"]), r["cameo"]))
    out = [HEADER.format(commit=SOURCE_COMMIT).rstrip("\n"), "\t".join(COLUMNS)]
    out += [fmt_row(r) for r in rows]
    return "\n".join(out) + "\n", rows


def lint(rows):
    problems = []
    keys = set()
    for r in rows:
        k = row_key(r)
        if k in keys:
            problems.append("duplicate key %r" % (k,))
        keys.add(k)
        if not r["forms"]:
            problems.append("no forms: %s" % r["verb"])
        for f in r["forms"]:
            if not f or f != f.lower() or "\t" in f or "|" in f or f != " ".join(f.split()):
                problems.append("bad form %r in %s" % (f, r["verb"]))
        for col in ("verb", "preposition", "source", "target", "mode", "cameo", "note"):
            if "\t" in r[col] or "\n" in r[col]:
                problems.append("tab/newline in %s of %s" % (col, r["verb"]))
        for col in ("subject", "object", "context"):
            for v in r[col]:
                if not v or "\t" in v or "|" in v:
                    problems.append("bad %s value %r in %s" % (col, v, r["verb"]))
        if r["type"] not in DYAD_TYPES:
            problems.append("bad type %s" % r["type"])
        if len(r["note"]) > 60:
            problems.append("long note in %s" % r["verb"])
    return problems


# ============================================================================ quality checks

def read_stoplist(path):
    stop = {}
    if not os.path.exists(path):
        return stop
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.rstrip("\n")
            if not s.strip() or s.lstrip().startswith("#"):
                continue
            lemma, _, reason = s.partition("#")
            lemma = " ".join(lemma.lower().split())
            if lemma:
                stop[lemma] = reason.strip()
    return stop


def read_judged(path):
    """-> ({(verb, object, preposition, subject, cameo): (verdict, comment)}, ['#:' note lines])"""
    j = {}
    notes = []
    if not os.path.exists(path):
        return j, notes
    with open(path, encoding="utf-8") as fh:
        header = None
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#:"):
                notes.append(line[2:].rstrip())
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            r = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            key = (r["verb"], r["object"], r["preposition"], r["subject"], r["cameo"])
            j[key] = (r["verdict"].strip(), r.get("comment", "").strip())
    return j, notes


def sample_rows(rows, n, seed):
    rng = random.Random(seed)
    idx = sorted(rng.sample(range(len(rows)), min(n, len(rows))))
    return [rows[i] for i in idx]


WORD_RE = re.compile(r"[a-z]+(?:['\u2019-][a-z]+)*")


def corpus_counts(path, n_sentences, seed):
    sents = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            text = d.get("text") or ""
            sents += [s for s in text.split(". ") if s.strip()]
    rng = random.Random(seed)
    if len(sents) > n_sentences:
        sents = rng.sample(sents, n_sentences)
    cnt = collections.Counter()
    for s in sents:
        cnt.update(WORD_RE.findall(s.lower().replace("\u2019", "'")))
    return cnt, len(sents)


# ============================================================================ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for k in ("dict", "plover", "manual", "events", "stoplist", "judged", "corpus", "out",
              "report"):
        ap.add_argument("--" + k, default=DEFAULTS[k])
    ap.add_argument("--check", action="store_true", help="write nothing, only report")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus frequency check")
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20240917)
    args = ap.parse_args()

    stats = collections.Counter()      # informational counters from the reader
    counters = collections.Counter()   # what was read
    drops = collections.Counter()
    examples = collections.defaultdict(list)
    notes = {}

    synsets, blocks, n_trans = read_dictionary(args.dict, stats)
    table = read_plover_table(args.plover)
    modes, contexts = read_manual(args.manual)
    if not modes or not contexts:
        raise SystemExit("could not read the mode tables / context list from " + args.manual)
    mapper = Mapper(table, modes, contexts, stats, notes)
    stop = read_stoplist(args.stoplist)

    rows = build_rows(synsets, blocks, mapper, stop, stats, drops, examples, counters)
    n_built = len(rows)
    dup_conflicts = []
    rows = dedupe(rows, drops, examples, dup_conflicts)
    events = read_events(args.events)
    # bare rows whose every form is a curated trigger of another type: dropped (the curated row
    # would win for every form anyway)
    kept = []
    full_conflict = []
    for r in rows:
        if not r["object"] and not r["preposition"] and not r["subject"]:
            hits = [f for f in r["forms"] if f in events and events[f][0] != r["type"]]
            if hits and len(hits) == len(r["forms"]):
                reason = "bare verb: every form is a curated events.tsv trigger of another type (conflict)"
                drops[reason] += 1
                full_conflict.append(r)
                if len(examples[reason]) < 6:
                    examples[reason].append("%s %s (events.tsv: %s)" % (
                        r["verb"], r["type"], events[hits[0]][0]))
                continue
        kept.append(r)
    rows = kept
    coll = collisions(rows, events)
    text, rows = render(rows)
    problems = lint(rows)

    # ----------------------------------------------------------------- report
    R = []
    R.append("PETRARCH-2 verb dictionary -> verbs.tsv: import report")
    R.append("source: %s (%s)" % (os.path.basename(args.dict), SOURCE_COMMIT))
    R.append("generated by scripts/import_petrarch_verbs.py; deterministic (no timestamps)")
    R.append("")
    R.append("== read")
    R.append("synsets: %d (%d phrases)" % (len(synsets), sum(len(v) for v in synsets.values())))
    for k in ("verb blocks", "member verbs", "patterns", "patterns used", "patterns dropped"):
        R.append("%s: %d" % (k, counters[k]))
    R.append("verb transformations (~ lines, not imported): %d" % n_trans)
    R.append("blocks with a code other than [---]: %d" % sum(
        1 for b in blocks if b.code and b.code.strip() not in ("---", "")))
    R.append("")
    R.append("== written: %d rows (%d built before de-duplication)" % (len(rows), n_built))
    bare = [r for r in rows if not r["object"] and not r["preposition"] and not r["subject"]]
    R.append("bare rows (no constraint): %d; constrained rows: %d" % (len(bare), len(rows) - len(bare)))
    by_type = collections.Counter(r["type"] for r in rows)
    by_type_bare = collections.Counter(r["type"] for r in bare)
    R.append("%-10s %7s %7s" % ("type", "rows", "bare"))
    for t in DYAD_TYPES:
        if by_type[t]:
            R.append("%-10s %7d %7d" % (t, by_type[t], by_type_bare[t]))
    R.append("distinct verbs: %d" % len(set(r["verb"] for r in rows)))
    R.append("")
    R.append("== informational counts (not drops)")
    for k, v in sorted(list(counters.items()) + list(stats.items())):
        if k in ("verb blocks", "member verbs", "patterns", "patterns used", "patterns dropped"):
            continue
        R.append("%s: %d" % (k, v))
    R.append("")
    R.append("== DROPPED, by reason.  Units: 'pattern:' = pattern lines of CAMEO.2.0.txt; 'bare verb:'")
    R.append("   = member verbs (their unconstrained row); 'verb x pattern:' = rows of one member verb")
    R.append("   with one pattern; 'row:' = generated rows")
    for reason, n in sorted(drops.items(), key=lambda kv: (-kv[1], kv[0])):
        R.append("%6d  %s" % (n, reason))
        for e in examples[reason]:
            R.append("          e.g. %s" % e)
    R.append("")
    R.append("== CAMEO codes: how codes without a plain table row were mapped")
    for code in sorted(notes):
        for t in notes[code]:
            R.append("%s: %s" % (code, t))
    R.append("CAMEO 01x (public statements) and 02x (appeals) are dropped: the manual's table")
    R.append("  tab:xlate says 'dropped' and 'The CAMEO 01 and 02 categories ... have been eliminated'.")
    R.append("  Its note 2 mentions 015 -> AGREE and 016 -> REJECT only as possible application")
    R.append("  choices ('we are not making general recommendations'), so they are dropped too.")
    R.append("")
    R.append("== bare rows dropped because every form is an events.tsv trigger of another type (%d)"
             % len(full_conflict))
    R.append(textwrap.fill(", ".join("%s %s->%s" % (r["verb"], r["type"], events[r["forms"][0]][0])
                                     for r in sorted(full_conflict, key=lambda r: r["verb"])),
                           width=100, initial_indent="   ", subsequent_indent="   "))
    R.append("")
    R.append("== duplicate keys whose dropped row had another type (%d)" % len(dup_conflicts))
    for k, kc, kt, dc, dt in sorted(dup_conflicts)[:40]:
        R.append("  %s | obj=%s | prep=%s | subj=%s: kept %s %s, dropped %s %s" % (
            k[0], short(k[1]) or "-", short(k[2]) or "-", short(k[3]) or "-", kc, kt, dc, dt))
    if len(dup_conflicts) > 40:
        R.append("  ... %d more" % (len(dup_conflicts) - 40))
    R.append("")
    R.append("== collisions with events.tsv: %d rows match %d phrases that events.tsv codes with another"
             % (len(coll), sum(len(c[2]) for c in coll)))
    R.append("   type (the curated row wins at load time; listed, not changed)")
    for r, et, prs in sorted(coll, key=lambda c: (c[0]["verb"], "|".join(c[0]["object"]),
                                                   c[0]["preposition"], c[1])):
        R.append("  %-40s verbs.tsv %s (%s) vs events.tsv %s: %s%s" % (
            " ".join(x for x in (r["verb"], "|".join(r["object"])[:30], r["preposition"][:30]) if x),
            r["type"], r["cameo"], et, ", ".join(prs[:3]), " ..." if len(prs) > 3 else ""))
    R.append("")
    shadow = []
    for r in rows:
        if r["object"] or r["preposition"] or r["subject"]:
            hit = [f for f in r["forms"] if f in events and events[f][0] != r["type"]]
            if hit:
                shadow.append((r, hit[0], events[hit[0]][0]))
    R.append("== constrained rows whose verb form is itself an events.tsv trigger of another type: %d"
             % len(shadow))
    R.append("   (if the coder prefers the curated single-word trigger, these patterns never apply)")
    by_verb = collections.OrderedDict()
    for r, f, et in sorted(shadow, key=lambda x: (x[0]["verb"], x[0]["type"])):
        by_verb.setdefault((r["verb"], f, et), collections.Counter())[r["type"]] += 1
    R.append(textwrap.fill("; ".join("%s (%s in events.tsv) %s" % (
        v, et, ", ".join("%d %s" % (n, t) for t, n in sorted(c.items())))
        for (v, f, et), c in by_verb.items()), width=100, initial_indent="   ",
        subsequent_indent="   "))
    R.append("")
    R.append("== stoplist: %d lemmas whose bare rows are not written (%s)" % (
        len(stop), os.path.relpath(args.stoplist, REPO) if args.stoplist.startswith(REPO) else args.stoplist))
    unused = sorted(l for l in stop if l not in STOP_HITS)
    R.append("  stoplisted lemmas that had an unconstrained row: %d" % (len(stop) - len(unused)))
    if unused:
        R.append("  stoplist lemmas with no unconstrained row today (kept as guards): " + ", ".join(unused))
    R.append("")

    # (a) judged samples: the main one, and a holdout drawn after all fixes were made
    judged, judged_notes = read_judged(args.judged)

    def judged_sample(title, seed, notes):
        samp = sample_rows(rows, args.sample, seed)
        right = wrong = unj = 0
        R.append("== %s: %d random rows (seed %d), judged by hand in %s" % (
            title, len(samp), seed, os.path.basename(args.judged)))
        for r in samp:
            key = (r["verb"], "|".join(r["object"]), r["preposition"], "|".join(r["subject"]),
                   r["cameo"])
            v, com = judged.get(key, ("?", ""))
            if v == "right":
                right += 1
            elif v == "wrong":
                wrong += 1
            else:
                unj += 1
            obj = "|".join(r["object"])
            R.append("  [%s] %s | subj=%s | obj=%s | prep=%s | %s>%s -> %s %s (%s)%s" % (
                v, r["verb"], "|".join(r["subject"])[:30] or "-",
                (obj[:40] + ("..." if len(obj) > 40 else "")) or "-",
                r["preposition"][:40] or "-", r["source"] or "-", r["target"] or "-",
                r["type"], r["mode"] or "-", r["cameo"], ("  -- " + com) if com else ""))
        R.append("  right %d, wrong %d, unjudged %d" % (right, wrong, unj))
        for n in notes:
            R.append("  " + n)
        R.append("")
        return right, wrong, unj

    judged_sample("quality check (a)", args.seed, judged_notes)
    judged_sample("quality check (a), holdout sample drawn after the fixes", args.seed + 1, [
        "   (an independent estimate: none of these rows was looked at while fixing causes)"])

    # (b) corpus frequency check
    if not args.no_corpus and os.path.exists(args.corpus):
        cnt, ns = corpus_counts(args.corpus, args.sentences, args.seed)
        R.append("== quality check (b): most frequent bare-row forms in %d sentences of %s" % (
            ns, os.path.basename(args.corpus)))
        R.append("   (sentences = 'text' split on '. ', sampled with seed %d; lower-cased single-word"
                 " forms; words and counts only)" % args.seed)
        # bare rows as they would be without the stoplist
        full_stop = set(stop)
        all_bare = collections.defaultdict(list)
        for b in blocks:
            for mem in b.members:
                raw = mem.code if mem.code is not None else b.code
                if raw is None:
                    continue
                a, p = split_code(raw)
                code = a if a not in ("", "---") else p
                if code in ("", "---"):
                    continue
                m, _ = mapper.map(code)
                if m is None:
                    continue
                for f in mem.forms:
                    if " " not in f:
                        all_bare[f].append((mem.lemma, m[0], code))
        top = sorted(((cnt[f], f) for f in all_bare if cnt[f]), reverse=True)
        R.append("   %-14s %6s  %-14s %-10s %s" % ("form", "count", "lemma", "type", "status"))
        for c, f in top[:30]:
            lem, t, code = all_bare[f][0]
            status = "STOPLIST" if lem in full_stop else "bare row kept"
            if f in events:
                status += "; events.tsv %s" % events[f][0]
            R.append("   %-14s %6d  %-14s %-10s %s" % (f, c, lem, "%s/%s" % (t, code), status))
        kept_forms = collections.defaultdict(list)
        for r in bare:
            for f in r["forms"]:
                if " " not in f:
                    kept_forms[f].append(r)
        top2 = sorted(((cnt[f], f) for f in kept_forms if cnt[f]), reverse=True)
        R.append("   after the stoplist, the 30 most frequent bare-row forms:")
        R.append(textwrap.fill(", ".join("%s %d (%s)" % (f, c, kept_forms[f][0]["type"])
                                         for c, f in top2[:30]),
                               width=100, initial_indent="   ", subsequent_indent="   "))
        R.append("")

    R.append("== lint: %s" % ("ok" if not problems else "%d problems" % len(problems)))
    for p in problems[:50]:
        R.append("  " + p)
    report = "\n".join(R) + "\n"
    log(report)

    status = 0
    if problems:
        status = 1
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as fh:
                cur = fh.read()
        except OSError:
            cur = None
        if cur == text:
            log("verbs.tsv is up to date")
        else:
            log("verbs.tsv is NOT up to date (rerun without --check)")
            status = 1
        return status
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(args.report, "w", encoding="utf-8") as fh:
        fh.write(report)
    log("wrote %s (%d rows) and %s" % (args.out, len(rows), args.report))
    return status


if __name__ == "__main__":
    sys.exit(main())
