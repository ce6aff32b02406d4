import DyadText

/// The verb patterns by the key of their first word, most specific first, with what a sentence
/// must contain for any of them to match: checked before parsing, so that a sentence with "held"
/// but no "talks" in it is not parsed for "hold talks".
public struct VerbIndex: Sendable {
    /// Pattern indices (into `LexiconData.verbs`) per first-word key, most constrained first.
    private let byForm: [UInt64: [Int32]]
    /// Per first-word key: whether some pattern has no object or preposition constraint, and the
    /// words the constrained patterns need somewhere after the verb.
    private let needs: [UInt64: (bare: Bool, words: Set<UInt64>)]

    /// - Parameters:
    ///   - patterns: the rows of `verbs.tsv` (and a user's).
    ///   - curated: single-word forms of `events.tsv`; a bare pattern never takes one of them (the
    ///     curated row wins), constrained ones still may ("held" is no trigger, "held talks" is).
    public init(_ patterns: [VerbPattern], excluding curated: Set<String> = []) {
        var by: [UInt64: [Int32]] = [:]
        var needs: [UInt64: (bare: Bool, words: Set<UInt64>)] = [:]
        for (i, p) in patterns.enumerated() {
            let bare = p.object.isEmpty && p.objectKind == nil && p.preposition == nil && p.subject.isEmpty
            for f in p.forms where !(bare && curated.contains(f)) {
                let k = TokenKey.of(f)
                by[k, default: []].append(Int32(i))
                var n = needs[k] ?? (false, [])
                if p.object.isEmpty && p.preposition == nil {
                    n.bare = true
                } else {
                    for o in p.object { if let last = o.last { n.words.insert(last) } }
                    if let prep = p.preposition { n.words.insert(prep.key) }
                }
                needs[k] = n
            }
        }
        for (k, list) in by {
            by[k] = list.enumerated().sorted { a, b in
                let (sa, sb) = (patterns[Int(a.element)].specificity, patterns[Int(b.element)].specificity)
                return sa != sb ? sa > sb : a.offset < b.offset
            }.map(\.element)
        }
        self.byForm = by
        self.needs = needs
    }

    /// The patterns whose verb starts with this key, most specific first.
    public func patterns(_ key: UInt64) -> [Int32] { byForm[key] ?? [] }

    /// Whether a verb form at `i` may match some pattern given the other words of its sentence
    /// (before the sentence is parsed). Before it too: a passive's subject or the noun a participle
    /// describes is the verb's object ("the conviction *was vacated*", "weapons *delivered* to Kyiv").
    public func mayMatch(_ tokens: UnsafeBufferPointer<Token>, at i: Int, in sentence: Range<Int>) -> Bool {
        guard let n = needs[tokens[i].key] else { return false }
        if n.bare { return true }
        for k in sentence where k != i {
            if n.words.contains(tokens[k].key) { return true }
        }
        return false
    }
}
