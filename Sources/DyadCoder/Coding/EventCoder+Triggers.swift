import DyadLexicon
import DyadModel
import DyadText

extension EventCoder {
    /// The event triggers of a sentence: the longest `events.tsv` form at each token, outside
    /// actor phrases, reporting verbs and the reporter's own words.
    func triggers(in st: SentenceState) -> [Trigger] {
        var out: [Trigger] = []
        let r = st.range
        var i = r.lowerBound
        var slotIndex = 0
        while i < r.upperBound {
            while slotIndex < st.slots.count, st.slots[slotIndex].tokens.upperBound <= i { slotIndex += 1 }
            if slotIndex < st.slots.count, st.slots[slotIndex].tokens.contains(i),
                st.slots[slotIndex].tokens.count > 1 || !st.slots[slotIndex].fromPlace
            {
                i = st.slots[slotIndex].tokens.upperBound
                continue
            }
            if st.attribution?.span.contains(i) == true
                || Words.reporting.contains(st.key(i)) && !st.tokens[i].shape.contains(.capitalized)
            {
                i += 1
                continue
            }
            var bestEnd = -1
            var best: Lexicon.EventTrigger?
            if lexicon.mayStartEvent(st.tokens[i]) {
                lexicon.eventAutomaton.matches(st.tokens, from: i, limit: r.upperBound) { end, payloads in
                    if end > bestEnd, let p = payloads.first {
                        bestEnd = end
                        best = p
                    }
                }
            }
            if let b = best,
                // A background mention still counts when its agent is named ("the mobilization
                // that was announced by President Putin").
                !isBackgroundNoun(i, lexicon.data.events[b.pattern], st) || agent(after: bestEnd, st) != nil
            {
                out.append(
                    Trigger(tokens: i..<bestEnd, pattern: lexicon.data.events[b.pattern], participle: b.participle))
                i = bestEnd
            } else {
                i += 1
            }
        }
        return dropComplements(out, st)
    }

    /// A nominal trigger inside a prepositional phrase refers to an event told elsewhere ("for
    /// evading mobilization", "following Russia's partial mobilisation", "during the protests"),
    /// not one this clause reports.
    private func isBackgroundNoun(_ i: Int, _ p: EventPattern, _ st: SentenceState) -> Bool {
        guard p.kind == .noun else { return false }
        var j = i - 1
        var skipped = 0
        while j >= st.range.lowerBound && skipped < 5 {
            let k = st.key(j)
            if Words.prepositions.contains(k) && k != Words.to { return true }
            if let s = st.slots.last(where: { $0.tokens.upperBound == j + 1 }), st.key(j) != Words.possessive {
                j = s.tokens.lowerBound - 1
                skipped += 1
                continue
            }
            let sh = st.tokens[j].shape
            guard
                k == Words.possessive || Words.articles.contains(k)
                    || sh.contains(.word) && !sh.contains(.capitalized)
                        && !Words.reporting.contains(k) && !Words.weakReporting.contains(k)
                        && !Self.lightVerbs.contains(k)
            else { return false }
            j -= 1
            skipped += 1
        }
        return false
    }

    /// Verbs whose object noun is the event itself ("launched an attack", "issued a warning").
    static let lightVerbs = Words.keys([
        "launched", "launch", "launches", "issued", "issue", "issues", "carried", "staged", "stage", "stages", "held",
        "hold", "holds", "made", "make", "makes", "announced", "announce", "announces", "began", "begin", "begins",
        "started", "start", "ordered", "order", "orders", "imposed", "impose", "imposes", "signed", "sign",
        "reached", "reach", "declared", "declare", "called", "call", "calls", "led", "mounted", "conducted",
    ])

    /// "threatened to send", "offered to provide asylum", "urged them to withdraw": the second
    /// trigger is what the first one is about, not an event of its own.
    private func dropComplements(_ triggers: [Trigger], _ st: SentenceState) -> [Trigger] {
        var out: [Trigger] = []
        for t in triggers {
            // "rejected an invitation", "accepted the offer": the noun is what the verb acts on.
            if let prev = out.last, prev.pattern.kind != .noun, t.pattern.kind == .noun,
                t.tokens.lowerBound - prev.tokens.upperBound <= 3,
                (prev.tokens.upperBound..<t.tokens.lowerBound).allSatisfy({
                    Words.articles.contains(st.key($0))
                        || st.tokens[$0].shape.contains(.word) && !st.tokens[$0].shape.contains(.capitalized)
                            && !Words.prepositions.contains(st.key($0)) && !Words.clauseBreaks.contains(st.key($0))
                })
            {
                out[out.count - 1].complementEnd = t.tokens.upperBound
                continue
            }
            if let prev = out.last, t.tokens.lowerBound - prev.tokens.upperBound <= 8 {
                let gap = prev.tokens.upperBound..<t.tokens.lowerBound
                let hasTo = (prev.tokens.upperBound...t.tokens.lowerBound).contains { st.key($0) == Words.to }
                let broken = gap.contains { Words.clauseBreaks.contains(st.key($0)) || st.key($0) == Words.comma }
                if hasTo && !broken && prev.pattern.type != .migrate {
                    out[out.count - 1].complementEnd = t.tokens.upperBound
                    continue
                }
            }
            out.append(t)
        }
        return out
    }
}
