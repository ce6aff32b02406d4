/// Decisions the training data makes (almost) deterministic, taken without scoring: the tag of a frequent
/// word that had one tag in at least 99.8 % of its training occurrences ("the", ",", "of"), and the label
/// of an arc whose (dependent tag, head tag, direction) had one label that often (DT→NN `det`, punctuation
/// `punct`). They save a third of the tagger's and labeller's table lookups at no measurable accuracy cost.
@usableFromInline
struct Shortcuts: Sendable, Hashable {
    /// Word keys with a fixed tag, ascending (the file's form).
    let keys: [UInt64]
    /// The tag of each key.
    let tags: [UInt8]
    /// Open-addressing table of keys (0 = empty) and their tags.
    @usableFromInline let tableKeys: [UInt64]
    @usableFromInline let tableTags: [UInt8]
    @usableFromInline let tableShift: UInt64
    /// Fixed labels by `(dependentTag * tagCount + headTag) * 2 + (dependent before head ? 0 : 1)`; 255 = none.
    @usableFromInline let labels: [UInt8]

    static let labelCount = PartOfSpeech.count * PartOfSpeech.count * 2

    /// No shortcuts.
    static let none = Shortcuts(keys: [], tags: [], labels: [UInt8](repeating: 255, count: labelCount))

    init(keys: [UInt64], tags: [UInt8], labels: [UInt8]) {
        self.keys = keys
        self.tags = tags
        self.labels = labels
        var bits = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        var tk = [UInt64](repeating: 0, count: 1 << bits)
        var tt = [UInt8](repeating: 0, count: 1 << bits)
        let shift = UInt64(64 - bits)
        for (k, key) in keys.enumerated() where key != 0 {
            var i = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while tk[i] != 0 { i = (i + 1) & ((1 << bits) - 1) }
            tk[i] = key
            tt[i] = tags[k]
        }
        tableKeys = tk
        tableTags = tt
        tableShift = shift
    }

    /// The fixed tag of a word key, or nil.
    @inlinable @inline(__always)
    func tag(_ key: UInt64, _ tk: UnsafePointer<UInt64>, _ tt: UnsafePointer<UInt8>) -> UInt8? {
        guard key != 0 else { return nil }
        let mask = tableKeys.count - 1
        var i = Int((key &* 0x9E37_79B9_7F4A_7C15) >> tableShift)
        while true {
            let k = tk[i]
            if k == key { return tt[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Derives shortcuts from gold treebank sentences.
    /// - Parameters:
    ///   - minimum: occurrences a word (or tag pair) needs.
    ///   - purity: the share its most frequent tag (label) needs.
    static func derive(from sentences: [TreebankSentence], minimum: Int = 100, purity: Double = 0.998) -> Shortcuts {
        var wordTags: [UInt64: [Int]] = [:]
        var pairLabels = [[Int]](repeating: [Int](repeating: 0, count: DependencyLabel.count), count: labelCount)
        for s in sentences {
            for i in 0..<s.count {
                wordTags[s.tokens[i].key, default: [Int](repeating: 0, count: PartOfSpeech.count)][Int(s.tags[i])] += 1
                let h = Int(s.heads[i])
                guard h != i else { continue }
                let index = (Int(s.tags[i]) * PartOfSpeech.count + Int(s.tags[h])) * 2 + (i < h ? 0 : 1)
                pairLabels[index][Int(s.labels[i])] += 1
            }
        }
        var keys: [UInt64] = []
        var tags: [UInt8] = []
        for key in wordTags.keys.sorted() {
            let counts = wordTags[key]!
            let total = counts.reduce(0, +)
            let best = counts.indices.max { counts[$0] < counts[$1] }!
            if total >= minimum && Double(counts[best]) >= purity * Double(total) {
                keys.append(key)
                tags.append(UInt8(best))
            }
        }
        let labels = pairLabels.map { counts -> UInt8 in
            let total = counts.reduce(0, +)
            let best = counts.indices.max { counts[$0] < counts[$1] }!
            return total >= minimum && best != 0 && Double(counts[best]) >= purity * Double(total) ? UInt8(best) : 255
        }
        return Shortcuts(keys: keys, tags: tags, labels: labels)
    }
}
