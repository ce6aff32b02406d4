#!/usr/bin/env python3
"""Fits the confidence model (a small logistic regression) and prints its calibration.

usage: calibrate_confidence.py [--dyad BIN] [--gold FILE] [--name TEXT] [--write] [--folds K]

The shipped model is fitted on the ten read RSS sets (the unread set stays out):
  scripts/evaluation/score_sets.sh /tmp/sets        # writes /tmp/sets/all.gold.jsonl (read sets + corpus text)
  scripts/calibrate_confidence.py --gold /tmp/sets/all.gold.jsonl \
      --name "the ten read RSS-2022 sets (eval/rss/read*.jsonl joined with the corpus text)" --write

Codes the gold file with `dyad code --format jsonl --confidence-features`, labels each event 1 when one
of its dyads is matched to a gold dyad by ../shared/eval/score.py's matching (the maximum bipartite
matching of `score.py`, reused from that file), and fits P(match | features) with L2-regularised
logistic regression (Newton's method, numpy only).

The gold documents are split in two halves by a hash of their text (sha1, even / odd first byte): the
model is fitted on half A and its calibration reported on half B, then the other way round; `--folds K`
also prints K-fold cross-validated bins. The weights written with `--write` are fitted on half A only
(so half B stays a held-out report), into Sources/DyadModel/ConfidenceModel+Generated.swift and
scripts/calibration/confidence_model.tsv, with their provenance.

Bins: confidence 0-0.5, 0.5-0.8, 0.8-1; for each, events and the share that match gold.
"""
import argparse, collections, hashlib, importlib.util, json, math, os, subprocess, sys, tempfile
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
L2 = 1.0
BINS = [(0.0, 0.5), (0.5, 0.8), (0.8, 1.0001)]


def load_score():
    spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "eval", "score.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def matched_events(score, gold_doc, events):
    """Indices of `events` (one document's) with at least one dyad matched, as score.py matches."""
    gd = [(g, ev.get("optional", False)) for ev in gold_doc.get("events", []) for g in score.dyads(ev, True)]
    sd, owner_event = [], []
    for j, e in enumerate(events):
        for x in score.dyads(e, False):
            sd.append(x)
            owner_event.append(j)
    order = sorted(range(len(gd)), key=lambda k: gd[k][1])
    ok = [sorted((i for i, s in enumerate(sd) if s["types"][0] in gd[k][0]["types"]
                  and score.country_ok(gd[k][0]["s"], s["s"]) and score.country_ok(gd[k][0]["t"], s["t"])),
                 key=lambda i: -score.affinity(gd[k][0], sd[i])) for k in range(len(gd))]
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

    for k in order:
        augment(k, set())
    return {owner_event[i] for i in range(len(sd)) if owner[i] is not None}


def code(dyad, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
        path = f.name
    out = subprocess.run([dyad, "code", "--format", "jsonl", "--confidence-features", path],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(path)
    by_doc = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            e = json.loads(line)
            by_doc[e["doc"]].append(e)
    return by_doc


def examples(score, dyad, docs):
    """(features, label, event) for every event coded from `docs`."""
    by_doc = code(dyad, docs)
    rows = []
    for d in docs:
        evs = by_doc.get(d["id"], [])
        hit = matched_events(score, d, evs)
        for j, e in enumerate(evs):
            rows.append((e["features"], 1 if j in hit else 0, e))
    return rows


def fit(rows, names):
    index = {n: i for i, n in enumerate(names)}
    X = np.zeros((len(rows), len(names) + 1))
    y = np.array([r[1] for r in rows], dtype=float)
    X[:, 0] = 1
    for k, (f, _, _) in enumerate(rows):
        for n in f:
            if n in index:
                X[k, index[n] + 1] = 1
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], L2)
    reg[0] = 0  # the intercept is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[0], {n: w[i + 1] for n, i in index.items()}


def predict(model, features):
    b, weights = model
    z = b + sum(weights.get(n, 0) for n in features)
    p = 1 / (1 + math.exp(-z))
    return round(min(0.99, max(0.01, p)), 2)


def table(rows, conf):
    out = []
    for lo, hi in BINS:
        sel = [r[1] for r, c in zip(rows, conf) if lo <= c < hi]
        out.append((lo, min(hi, 1.0), len(sel), (sum(sel) / len(sel)) if sel else None))
    return out


def show(title, rows, conf):
    print(title)
    print("  %-9s %7s %8s" % ("bin", "events", "matched"))
    for lo, hi, n, share in table(rows, conf):
        print("  %.1f-%.1f   %7d %8s" % (lo, hi, n, "-" if share is None else "%.3f" % share))
    n = len(rows)
    print("  all       %7d %8.3f   mean confidence %.3f" % (n, sum(r[1] for r in rows) / max(1, n),
                                                          sum(conf) / max(1, n)))


def half(d):
    return "A" if hashlib.sha1(d["text"].encode("utf-8")).digest()[0] % 2 == 0 else "B"


def main():
    global L2
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default=os.path.join(ROOT, ".build", "release", "dyad"))
    ap.add_argument("--gold", default=os.path.join(SHARED, "gold", "plover_gsr_dev.jsonl"))
    ap.add_argument("--check", default=os.path.join(SHARED, "gold", "seed.jsonl"),
                    help="an exhaustive gold file reported with the model fitted on half A")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=0, help="L2 strength (0: chosen by cross-validation on half A)")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out")
    ap.add_argument("--name", help="how the provenance names the gold file (default: its file name)")
    a = ap.parse_args()
    L2 = a.l2
    score = load_score()
    docs = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    rows = examples(score, a.dyad, docs)
    halves = {"A": [], "B": []}
    by_id = {d["id"]: half(d) for d in docs}
    for r in rows:
        halves[by_id[r[2]["doc"]]].append(r)
    drop = [x for x in a.drop.split(",") if x]
    names = sorted({n for r in rows for n in r[0] if not any(n.startswith(x) for x in drop)})
    print("gold %s: %d documents, %d events coded (%d in half A, %d in half B), %d matched" % (
        os.path.basename(a.gold), len(docs), len(rows), len(halves["A"]), len(halves["B"]), sum(r[1] for r in rows)))
    if a.l2 <= 0:
        # Choose the L2 strength by 5-fold cross-validation inside half A only (half B stays unseen):
        # the strength with the lowest held-out log loss.
        ids_a = sorted({r[2]["doc"] for r in halves["A"]}, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
        fold_a = {i: k % 5 for k, i in enumerate(ids_a)}
        best = None
        for l2 in (0.5, 1, 2, 3, 4, 6, 8):
            L2 = l2
            loss = 0.0
            for k in range(5):
                m = fit([r for r in halves["A"] if fold_a[r[2]["doc"]] != k], names)
                for r in halves["A"]:
                    if fold_a[r[2]["doc"]] == k:
                        p = predict(m, r[0])
                        loss -= math.log(p if r[1] else 1 - p)
            print("  L2 %-4s cross-validated log loss on half A %.2f" % (l2, loss))
            if best is None or loss < best[1]:
                best = (l2, loss)
        L2 = best[0]
        print("L2 chosen on half A: %s" % L2)
    models = {}
    for fit_on, report_on in (("A", "B"), ("B", "A")):
        models[fit_on] = fit(halves[fit_on], names)
        show("fitted on half %s, reported on half %s:" % (fit_on, report_on), halves[report_on],
             [predict(models[fit_on], r[0]) for r in halves[report_on]])
        show("  (same model on its own half %s)" % fit_on, halves[fit_on],
             [predict(models[fit_on], r[0]) for r in halves[fit_on]])
    show("before (heuristic confidence), whole file:", rows, [r[2]["heuristic_confidence"] for r in rows])
    # K-fold cross-validation over documents.
    ids = sorted(by_id, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    fold = {i: k % a.folds for k, i in enumerate(ids)}
    conf = [0.0] * len(rows)
    for k in range(a.folds):
        m = fit([r for r in rows if fold[r[2]["doc"]] != k], names)
        for j, r in enumerate(rows):
            if fold[r[2]["doc"]] == k:
                conf[j] = predict(m, r[0])
    show("%d-fold cross-validated, whole file:" % a.folds, rows, conf)
    if a.check and os.path.exists(a.check):
        cdocs = [json.loads(l) for l in open(a.check, encoding="utf-8") if l.strip()]
        crows = examples(score, a.dyad, cdocs)
        show("model of half A on %s (exhaustive):" % os.path.basename(a.check), crows,
             [predict(models["A"], r[0]) for r in crows])
    b, weights = models["A"]
    print("weights (half A): intercept %.3f" % b)
    for n in sorted(weights, key=lambda n: -abs(weights[n])):
        print("  %-28s %+.3f" % (n, weights[n]))
    if a.write:
        write(b, weights, a, len(halves["A"]))


def write(b, weights, a, n):
    sha = hashlib.sha1(open(a.gold, "rb").read()).hexdigest()[:12]
    prov = ("logistic regression (L2 %.1f) fitted by scripts/calibrate_confidence.py on half A (sha1 of text, even first "
            "byte) of %s (sha1 %s), %d events labelled by score.py's matching" % (L2, a.name or os.path.basename(a.gold),
                                                                                  sha, n))
    tsv_dir = os.path.join(HERE, "calibration")
    os.makedirs(tsv_dir, exist_ok=True)
    with open(os.path.join(tsv_dir, "confidence_model.tsv"), "w") as f:
        f.write("# " + prov + "\n# feature\tweight\n")
        f.write("(intercept)\t%.6f\n" % b)
        for k in sorted(weights):
            f.write("%s\t%.6f\n" % (k, weights[k]))
    lines = ["// Generated by scripts/calibrate_confidence.py --write: do not edit.", "// " + prov, "",
             "/// The fitted logistic model behind `CodedEvent.modelConfidence`.",
             "public enum ConfidenceModel {", "    /// Where the weights came from.",
             "    public static let provenance = %s" % json.dumps(prov),
             "    public static let intercept = %.6f" % b,
             "    public static let weights: [String: Double] = ["]
    for k in sorted(weights):
        lines.append("        %s: %.6f," % (json.dumps(k), weights[k]))
    lines += ["    ]", "}", ""]
    with open(os.path.join(ROOT, "Sources", "DyadModel", "ConfidenceModel+Generated.swift"), "w") as f:
        f.write("\n".join(lines))
    print("wrote Sources/DyadModel/ConfidenceModel+Generated.swift and scripts/calibration/confidence_model.tsv")


if __name__ == "__main__":
    main()
