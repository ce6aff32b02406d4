import Foundation

/// The scoring of `../shared/eval/score.py`, in Swift, so `dyad eval` prints the same figures
/// without Python and can add per-type recall and the list of misses.
///
/// Events are compared as dyads (each source × target actor pair, an empty side counting as one
/// "none" actor); a system dyad matches a gold dyad of the same document when its type is one of
/// the gold types and its countries equal the gold ones (a null gold country or an empty gold side
/// accepts anything). Matching is maximum bipartite (required gold dyads first), tie-broken by how
/// well the other fields fit, exactly as the Python scorer does.
public struct Scorer {
    /// A gold dyad that no system dyad matched.
    public struct Miss: Sendable {
        public var document: String
        public var types: [String]
        public var source: String?
        public var target: String?
        public var evidence: String
        public var systemTypes: [String]
    }

    /// The figures `score.py --json` prints, plus per-type recall and misses.
    public struct Result {
        public var summary: [String: Any]
        public var typeRecall: [String: (hit: Int, total: Int)]
        public var misses: [Miss]
    }

    private struct Dyad {
        var types: [String]
        var s: String?
        var t: String?
        var ev: [String: Any]
        var ssector: String?
    }

    public init() {}

    private static func dyads(_ ev: [String: Any], gold: Bool) -> [Dyad] {
        let src = (ev["source"] as? [[String: Any]]).flatMap { $0.isEmpty ? nil : $0.map(Optional.some) } ?? [nil]
        let tgt = (ev["target"] as? [[String: Any]]).flatMap { $0.isEmpty ? nil : $0.map(Optional.some) } ?? [nil]
        var out: [Dyad] = []
        for s in src {
            for t in tgt {
                let types = gold ? (ev["types"] as? [String] ?? []) : [ev["type"] as? String ?? ""]
                out.append(
                    Dyad(
                        types: types, s: s?["country"] as? String, t: t?["country"] as? String, ev: ev,
                        ssector: s?["sector"] as? String))
            }
        }
        return out
    }

    private static func countryOK(_ g: String?, _ s: String?) -> Bool {
        guard let g else { return true }
        guard let s else { return false }
        return g.uppercased() == s.uppercased()
    }

    static func norm(_ x: String?) -> String {
        (x ?? "").lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    private static func affinity(_ g: Dyad, _ s: Dyad) -> Int {
        let ge = g.ev
        let se = s.ev
        var a = (g.ssector != nil && g.ssector == s.ssector) ? 1 : 0
        if let m = ge["mode"] as? String, !m.isEmpty, m == se["mode"] as? String { a += 1 }
        if let d = ge["date"] as? String, !d.isEmpty, d == se["date"] as? String { a += 1 }
        if let q = ge["quantity"] as? [String: Any], let v = q["value"] as? Double {
            if let sv = (se["quantity"] as? [String: Any])?["value"] as? Double, sv == v { a += 1 }
        }
        let ga = norm(ge["attribution"] as? String)
        let sa = norm(se["attribution"] as? String)
        if !ga.isEmpty && !sa.isEmpty && (ga.contains(sa) || sa.contains(ga)) { a += 1 }
        let gev = norm(ge["evidence"] as? String)
        let sev = norm((se["evidence"] as? [String: Any])?["text"] as? String ?? se["evidence"] as? String)
        if !gev.isEmpty && !sev.isEmpty && (gev.contains(sev) || sev.contains(gev)) { a += 2 }
        return a
    }

    /// Scores system events against gold documents.
    /// - Parameters:
    ///   - gold: gold documents (`id`, `events`, optional `exhaustive`/`origin`), in file order.
    ///   - system: system events as JSON objects (`doc`, `type`, `source`, `target`, ...).
    public func score(gold goldLines: [[String: Any]], system: [[String: Any]]) -> Result {
        // Like Python's dict: a repeated id keeps its first position and its last record.
        var position: [String: Int] = [:]
        var gold: [[String: Any]] = []
        for d in goldLines {
            let id = d["id"] as? String ?? "\(d["id"] ?? "")"
            if let i = position[id] {
                gold[i] = d
            } else {
                position[id] = gold.count
                gold.append(d)
            }
        }
        var sysByDoc: [String: [[String: Any]]] = [:]
        for e in system { sysByDoc["\(e["doc"] ?? "")", default: []].append(e) }
        var tp = 0
        var fn = 0
        var fp = 0
        var typeHit = 0
        var typeTotal = 0
        var fields: [String: Int] = [:]
        var fieldsN: [String: Int] = [:]
        var perType: [String: (hit: Int, total: Int)] = [:]
        var misses: [Miss] = []
        var exhaustiveAny = false
        var goldIDs = Set<String>()
        for d in gold {
            let did = d["id"] as? String ?? "\(d["id"] ?? "")"
            goldIDs.insert(did)
            let exhaustive = (d["exhaustive"] as? Bool) ?? ((d["origin"] as? String) == "seed article")
            if exhaustive { exhaustiveAny = true }
            let events = d["events"] as? [[String: Any]] ?? []
            var gd: [(Dyad, Bool)] = []
            for ev in events {
                for g in Self.dyads(ev, gold: true) { gd.append((g, ev["optional"] as? Bool ?? false)) }
            }
            let sysEvents = sysByDoc[did] ?? []
            let sd = sysEvents.flatMap { Self.dyads($0, gold: false) }
            let sysTypes = Set(sysEvents.compactMap { $0["type"] as? String })
            for ev in events where !(ev["optional"] as? Bool ?? false) {
                typeTotal += 1
                if !sysTypes.isDisjoint(with: ev["types"] as? [String] ?? []) { typeHit += 1 }
            }
            // Required gold dyads first (a stable sort, as Python's).
            let order = gd.indices.sorted { (gd[$0].1 ? 1 : 0, $0) < (gd[$1].1 ? 1 : 0, $1) }
            let ok: [[Int]] = gd.indices.map { k in
                let g = gd[k].0
                let cands = sd.indices.filter { i in
                    g.types.contains(sd[i].types[0]) && Self.countryOK(g.s, sd[i].s) && Self.countryOK(g.t, sd[i].t)
                }
                return cands.enumerated().sorted { a, b in
                    let x = Self.affinity(g, sd[a.element])
                    let y = Self.affinity(g, sd[b.element])
                    return x != y ? x > y : a.offset < b.offset
                }.map(\.element)
            }
            var owner = [Int?](repeating: nil, count: sd.count)
            func augment(_ k: Int, _ seen: inout Set<Int>) -> Bool {
                for i in ok[k] where !seen.contains(i) {
                    seen.insert(i)
                    if owner[i] == nil || augment(owner[i]!, &seen) {
                        owner[i] = k
                        return true
                    }
                }
                return false
            }
            for k in order {
                var seen = Set<Int>()
                _ = augment(k, &seen)
            }
            var match: [Int: Int] = [:]
            for (i, o) in owner.enumerated() { if let o { match[o] = i } }
            var used = [Bool](repeating: false, count: sd.count)
            for (k, (g, opt)) in gd.enumerated() {
                let primary = g.types.first ?? "?"
                guard let hit = match[k] else {
                    if !opt {
                        fn += 1
                        perType[primary, default: (0, 0)].total += 1
                        let e = g.ev
                        misses.append(
                            Miss(
                                document: did, types: g.types, source: g.s, target: g.t,
                                evidence: e["evidence"] as? String ?? "", systemTypes: sysTypes.sorted()))
                    }
                    continue
                }
                used[hit] = true
                if !opt {
                    tp += 1
                    perType[primary, default: (0, 0)].total += 1
                    perType[primary, default: (0, 0)].hit += 1
                }
                let ge = g.ev
                let se = sd[hit].ev
                if let ss = g.ssector {
                    fieldsN["source sector", default: 0] += 1
                    fields["source sector", default: 0] += ss == sd[hit].ssector ? 1 : 0
                }
                if let d = ge["date"] as? String, !d.isEmpty {
                    fieldsN["date", default: 0] += 1
                    fields["date", default: 0] += d == se["date"] as? String ? 1 : 0
                }
                if let pc = (ge["place"] as? [String: Any])?["country"] as? String {
                    fieldsN["place country", default: 0] += 1
                    fields["place country", default: 0] +=
                        pc == (se["place"] as? [String: Any])?["country"] as? String ? 1 : 0
                }
                if let q = ge["quantity"] as? [String: Any], q["text"] == nil, let v = q["value"] as? Double {
                    fieldsN["quantity", default: 0] += 1
                    fields["quantity", default: 0] +=
                        ((se["quantity"] as? [String: Any])?["value"] as? Double) == v ? 1 : 0
                }
                if let a = ge["attribution"] as? String, !a.isEmpty {
                    fieldsN["attribution", default: 0] += 1
                    let x = Self.norm(a)
                    let y = Self.norm(se["attribution"] as? String)
                    fields["attribution", default: 0] += !y.isEmpty && (x.contains(y) || y.contains(x)) ? 1 : 0
                }
            }
            if exhaustive { fp += used.filter { !$0 }.count }
        }
        let p: Double? = exhaustiveAny && tp + fp > 0 ? Double(tp) / Double(tp + fp) : nil
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
        var summary: [String: Any] = [
            "gold_dyads": tp + fn, "matched": tp, "recall": round4(r),
            "precision_on_exhaustive_docs": p.map(round4) as Any,
            "unmatched_system_dyads_on_exhaustive_docs": fp,
            "type_recall": typeTotal > 0 ? round4(Double(typeHit) / Double(typeTotal)) as Any : NSNull(),
            "system_events": system.count,
            "system_events_per_gold_doc":
                (Double(gold.reduce(0) { $0 + (sysByDoc["\($1["id"] ?? "")"]?.count ?? 0) })
                / Double(max(1, gold.count)) * 1000).rounded() / 1000,
            "field_accuracy": Dictionary(
                uniqueKeysWithValues: fieldsN.map { ($0.key, "\(fields[$0.key] ?? 0)/\($0.value)") }),
            "docs_not_in_gold": sysByDoc.keys.filter { !goldIDs.contains($0) }.count,
        ]
        if let p { summary["f1_on_exhaustive_docs"] = p + r > 0 ? round4(2 * p * r / (p + r)) : 0.0 }
        if p == nil { summary["precision_on_exhaustive_docs"] = NSNull() }
        return Result(summary: summary, typeRecall: perType, misses: misses)
    }
}
