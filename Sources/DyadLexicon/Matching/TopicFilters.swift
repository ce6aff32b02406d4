import DyadText

/// The compiled topic filters (`TopicFilter` rows): finds the sport or entertainment phrase that
/// takes a sentence, or a whole story, out of event coding.
///
/// Phrases are tokenized with the text's tokenizer and matched by token key, so case does not
/// matter and "semi-final" or "queen's" split as the text does.
public struct TopicFilters: Sendable {
    /// The rows that act (scope `sentence` or `story`).
    public let rows: [TopicFilter]
    private let automaton: PhraseAutomaton<Int32>
    private let firstKeys: Set<UInt64>

    /// Compiles the rows; `off` rows are left out.
    public init(_ filters: [TopicFilter], tokenizer: Tokenizer = Tokenizer()) {
        var rows: [TopicFilter] = []
        var auto = PhraseAutomaton<Int32>(expectedTransitions: filters.count * 3)
        var first: Set<UInt64> = []
        for f in filters where f.scope != .off {
            let toks = tokenizer.tokenize(Array(f.phrase.utf8))
            guard let k = toks.first?.key else { continue }
            auto.insert(toks.map(\.key), Int32(rows.count))
            first.insert(k)
            rows.append(f)
        }
        self.rows = rows
        self.automaton = auto
        self.firstKeys = first
    }

    /// The first filter of `scope` whose phrase occurs in `tokens[range]`.
    public func match(_ tokens: UnsafeBufferPointer<Token>, in range: Range<Int>, scope: TopicFilter.Scope)
        -> TopicFilter?
    {
        guard !rows.isEmpty else { return nil }
        var found: TopicFilter?
        for i in range where firstKeys.contains(tokens[i].key) {
            automaton.matches(tokens, from: i, limit: range.upperBound) { _, payloads in
                if found == nil, let p = payloads.first(where: { rows[Int($0)].scope == scope }) {
                    found = rows[Int(p)]
                }
            }
            if found != nil { break }
        }
        return found
    }
}
