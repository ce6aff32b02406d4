/// The hedges that can stand before a number, matched backwards from the number.
///
/// Matching backwards keeps the hot loop free of them: they are only looked at once a number has
/// been found, and then only the phrases ending in the word right before it.
struct QualifierPhrases: Sendable {
    /// A phrase as token keys, in text order.
    struct Phrase: Sendable {
        var keys: [UInt64]
        var qualifier: Qualifier
    }

    /// Phrases by their last word, longest first so "no more than" wins over "more than".
    private let byLastWord: KeyTable<[Phrase]>

    static let approximately = [
        "about", "around", "roughly", "approximately", "approx", "some", "an estimated", "estimated",
        "nearly", "almost", "close to", "an approximate", "circa", "an average of", "approaching",
    ]
    static let atLeast = [
        "at least", "more than", "over", "upwards of", "upward of", "in excess of", "no fewer than",
        "no less than", "not less than", "not fewer than", "a minimum of", "at a minimum",
    ]
    static let atMost = [
        "up to", "fewer than", "less than", "under", "at most", "no more than", "not more than",
        "as many as", "as much as", "a maximum of", "at the most",
    ]

    init() {
        var table: [UInt64: [Phrase]] = [:]
        let all =
            QualifierPhrases.approximately.map { ($0, Qualifier.approximately) }
            + QualifierPhrases.atLeast.map { ($0, Qualifier.atLeast) }
            + QualifierPhrases.atMost.map { ($0, Qualifier.atMost) }
        for (text, qualifier) in all {
            let keys = text.split(separator: " ").map { TokenKey.of($0) }
            table[keys[keys.count - 1], default: []].append(Phrase(keys: keys, qualifier: qualifier))
        }
        byLastWord = KeyTable(table.map { ($0.key, $0.value.sorted { $0.keys.count > $1.keys.count }) })
    }

    /// The hedge ending right before token `before`, starting no earlier than `floor`.
    /// - Returns: the index of the hedge's first token and its qualifier.
    func match(_ tokens: [Token], before: Int, floor: Int) -> (start: Int, qualifier: Qualifier)? {
        guard before > floor, let phrases = byLastWord[tokens[before - 1].key] else { return nil }
        for phrase in phrases {
            let start = before - phrase.keys.count
            guard start >= floor else { continue }
            var ok = true
            for (k, key) in phrase.keys.enumerated() where tokens[start + k].key != key {
                ok = false
                break
            }
            if ok { return (start, phrase.qualifier) }
        }
        return nil
    }
}
