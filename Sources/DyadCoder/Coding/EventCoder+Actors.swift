import DyadLexicon
import DyadText

extension EventCoder {
    /// The subject of a trigger: the nearest slot before it in the same clause that no
    /// preposition governs ("X announced the closure", "Russia's attack").
    func subject(before t: Int, _ st: SentenceState) -> ActorSlot? {
        for s in st.slots.reversed() where s.tokens.upperBound <= t {
            let gap = s.tokens.upperBound..<t
            if gap.contains(where: { Words.clauseBreaks.contains(st.key($0)) }) { return nil }
            if gap.count > 14 { return nil }
            if let a = st.attribution, a.slot?.tokens == s.tokens, a.reported.contains(t), !a.span.contains(t) {
                continue
            }
            // "after the movement called for protests": a conjunction opens a clause, and the
            // slot after it is that clause's subject.
            if let p = s.preposition, p != Words.possessive, !Words.clauseBreaks.contains(p) { continue }
            return s
        }
        return nil
    }

    /// The object of a trigger: the first slot after it in the clause, skipping places governed
    /// by a locative preposition ("in Germany" is where, not whom).
    func object(after t: Int, _ st: SentenceState, maxGap: Int = 8) -> ActorSlot? {
        for s in st.slots where s.tokens.lowerBound >= t {
            let gap = t..<s.tokens.lowerBound
            if gap.count > maxGap { return nil }
            if gap.contains(where: {
                Words.clauseBreaks.contains(st.key($0)) || Words.reporting.contains(st.key($0))
                    || st.key($0) == Words.comma
            }) {
                return nil
            }
            if let a = st.attribution, a.span.contains(s.tokens.lowerBound) { return nil }
            if let p = s.preposition, Words.locative.contains(p) { continue }
            return s
        }
        return nil
    }

    /// The possessor right before a nominal trigger: "Russia's partial military mobilisation".
    func possessor(before t: Int, _ st: SentenceState) -> ActorSlot? {
        guard let s = st.slots.last(where: { $0.tokens.upperBound < t }), s.tokens.upperBound + 4 >= t,
            st.key(s.tokens.upperBound) == Words.possessive
        else { return nil }
        let gap = (s.tokens.upperBound + 1)..<t
        if gap.contains(where: { !st.tokens[$0].shape.contains(.word) }) { return nil }
        return s
    }

    /// The agent of a passive or a nominalisation: "by X" right after the trigger, or after a
    /// participle ("the mobilization that was announced by President Putin"), not the "by" of
    /// another noun ("reforms by the government").
    func agent(after t: Int, _ st: SentenceState) -> ActorSlot? {
        for s in st.slots where s.tokens.lowerBound >= t && s.tokens.lowerBound <= t + 8 {
            guard s.preposition == Words.by else { continue }
            var b = s.tokens.lowerBound - 1
            while b > t, Words.articles.contains(st.key(b)) { b -= 1 }
            // b is the "by" token; everything between the trigger and it must be a passive frame.
            for g in t..<b {
                let k = st.key(g)
                if Self.passiveFrame.contains(k) || Words.beAuxiliaries.contains(k) { continue }
                let tok = st.tokens[g]
                let bytes = st.text.bytes
                let participle =
                    tok.byteCount > 3 && bytes[tok.end - 2] | 0x20 == UInt8(ascii: "e")
                    && (bytes[tok.end - 1] | 0x20 == UInt8(ascii: "d")
                        || bytes[tok.end - 1] | 0x20 == UInt8(ascii: "n"))
                if !participle { return nil }
            }
            return s
        }
        return nil
    }

    private static let passiveFrame = Words.keys([
        "that", "which", "has", "have", "had", "also", "reportedly", "allegedly", "later",
    ])

    /// Whether a participle trigger is passive: a form of "be" (or "get") right before it, with
    /// at most one adverb between.
    func isPassive(_ trig: Trigger, _ st: SentenceState) -> Bool {
        guard trig.participle else { return false }
        var p = trig.tokens.lowerBound - 1
        var skipped = 0
        while p >= st.range.lowerBound && skipped <= 1 {
            if Words.beAuxiliaries.contains(st.key(p)) { return true }
            if !st.tokens[p].shape.contains(.word) { return false }
            skipped += 1
            p -= 1
        }
        return false
    }
}
