"""The dyad matching of ../shared/eval/score.py for one document, shared by the reading tools."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
import score as S  # noqa: E402  ../shared/eval/score.py: the scorer itself


def match(gold_doc, system_events):
    """Returns (gold dyads as (dyad, optional), system dyads, owner): owner[i] is the index of the gold dyad that
    system dyad i matched, or None (a maximum bipartite matching, required gold dyads first, as score.py does)."""
    gd = [(g, ev.get("optional", False)) for ev in gold_doc.get("events", []) for g in S.dyads(ev, True)]
    sd = [x for e in system_events for x in S.dyads(e, False)]
    ok = [[i for i, s in enumerate(sd)
           if s["types"][0] in g["types"] and S.country_ok(g["s"], s["s"]) and S.country_ok(g["t"], s["t"])]
          for g, _ in gd]
    owner = [None] * len(sd)

    def augment(k, seen):
        for i in ok[k]:
            if i in seen:
                continue
            seen.add(i)
            if owner[i] is None or augment(owner[i], seen):
                owner[i] = k
                return True
        return False

    for k in sorted(range(len(gd)), key=lambda k: gd[k][1]):
        augment(k, set())
    return gd, sd, owner
