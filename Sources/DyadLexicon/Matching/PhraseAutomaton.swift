import DyadText

/// A trie over token keys that finds every lexicon phrase starting at a token in time
/// proportional to the phrase length, never scanning the lexicon.
///
/// Multi-word names ("St Petersburg", "Ministry of Internal Affairs", "Marat Akhmetzhanov")
/// are tokenized with the same tokenizer as the text, so both sides agree on token boundaries
/// and keys.
public struct PhraseAutomaton<Payload: Sendable>: Sendable {
    private var table: TransitionTable
    private var outputs: [[Payload]] = [[]]

    /// An empty automaton.
    /// - Parameter expectedTransitions: a size hint (about the number of phrase tokens) so the
    ///   table is allocated once instead of regrown.
    public init(expectedTransitions: Int = 4096) {
        table = TransitionTable(capacity: expectedTransitions)
        outputs.reserveCapacity(expectedTransitions)
    }

    /// The number of trie nodes (for statistics).
    public var nodeCount: Int { outputs.count }

    /// Adds a phrase given as token keys.
    public mutating func insert<Keys: Collection<UInt64>>(_ keys: Keys, _ payload: Payload) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for k in keys {
            if let c = table.child(of: node, key: k) {
                node = c
            } else {
                let c = Int32(outputs.count)
                outputs.append([])
                table.insert(node: node, key: k, child: c)
                node = c
            }
        }
        outputs[Int(node)].append(payload)
    }

    /// Calls `body` for every phrase that starts at `tokens[start]` and ends before `limit`,
    /// shortest first, with the end index (exclusive) and the payloads stored for it.
    @inline(__always)
    public func matches(
        _ tokens: UnsafeBufferPointer<Token>, from start: Int, limit: Int, _ body: (Int, [Payload]) -> Void
    ) {
        var node: Int32 = 0
        var j = start
        while j < limit {
            guard let c = table.child(of: node, key: tokens[j].key) else { return }
            node = c
            j += 1
            let out = outputs[Int(node)]
            if !out.isEmpty { body(j, out) }
        }
    }

    /// The payloads of a single key (a one-token phrase), used for parts of hyphenated words.
    public func single(_ key: UInt64) -> [Payload] {
        guard let c = table.child(of: 0, key: key) else { return [] }
        return outputs[Int(c)]
    }
}
