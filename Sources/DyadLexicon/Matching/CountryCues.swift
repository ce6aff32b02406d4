import DyadModel
import DyadText

/// The compiled country cues (`CountryCue` rows): counts, for a story that names no country, the
/// countries its institution, party and currency words point to.
///
/// Phrases are tokenized with the text's tokenizer and matched by token key; a phrase written with
/// a capital letter matches only text whose first word is capitalised ("Labor", not "labor").
public struct CountryCues: Sendable {
    public let rows: [CountryCue]
    private let capitalised: [Bool]
    private let automaton: PhraseAutomaton<Int32>
    private let firstKeys: Set<UInt64>

    public init(_ cues: [CountryCue], tokenizer: Tokenizer = Tokenizer()) {
        var rows: [CountryCue] = []
        var caps: [Bool] = []
        var auto = PhraseAutomaton<Int32>(expectedTransitions: cues.count * 2)
        var first: Set<UInt64> = []
        for c in cues {
            let toks = tokenizer.tokenize(Array(c.phrase.utf8))
            guard let k = toks.first?.key else { continue }
            auto.insert(toks.map(\.key), Int32(rows.count))
            first.insert(k)
            rows.append(c)
            caps.append(c.phrase.contains { $0.isUppercase })
        }
        self.rows = rows
        self.capitalised = caps
        self.automaton = auto
        self.firstKeys = first
    }

    /// How often each country's cues occur in `tokens[range]`.
    public func counts(_ tokens: UnsafeBufferPointer<Token>, in range: Range<Int>) -> [CountryCode: Int] {
        guard !rows.isEmpty else { return [:] }
        var counts: [CountryCode: Int] = [:]
        for i in range where firstKeys.contains(tokens[i].key) {
            let upper = tokens[i].shape.contains(.capitalized) || tokens[i].shape.contains(.allCaps)
            automaton.matches(tokens, from: i, limit: range.upperBound) { _, payloads in
                for p in payloads where !capitalised[Int(p)] || upper {
                    counts[rows[Int(p)].country, default: 0] += 1
                }
            }
        }
        return counts
    }
}
