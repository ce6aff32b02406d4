import DyadModel
import DyadText

extension MentionRecognizer {
    private static let of = TokenKey.of("of")
    private static let semicolon = TokenKey.of(";")

    /// Quantity mentions with the unit they count: the noun after the number ("1,386 people",
    /// "dozens of women", "98,000 Russians"), replaced by what happened to them when a participle
    /// follows in the clause ("… had been arrested" → arrested). A number without a noun
    /// inherits the person unit of the previous number ("98,000 Russians entered and 64,000 left").
    func collectQuantities(
        _ text: AnalyzedText, _ toks: UnsafeBufferPointer<Token>, _ s: Sentence, _ items: [Item],
        _ m: inout SentenceMentions
    ) {
        var previousPersonUnit: String?
        for (k, item) in items.enumerated() {
            guard case .quantity(let q) = item.kind else { continue }
            var unit: String?
            var personal = false
            var j = k + 1
            if j < items.count, case .token = items[j].kind, toks[items[j].tokens.lowerBound].key == Self.of { j += 1 }
            if j < items.count {
                switch items[j].kind {
                case .match(let payloads):
                    (unit, personal) = nounUnit(payloads)
                    if unit == nil, items[j].tokens.count == 1 {
                        unit = text.lowercased(toks[items[j].tokens.lowerBound])
                    }
                case .token:
                    let t = toks[items[j].tokens.lowerBound]
                    if t.shape.contains(.word) && isPlainNoun(t, text) && !Self.functionWords.contains(t.key) {
                        unit = text.lowercased(t)
                    }
                default: break
                }
            }
            if let money = q.currency {
                var mention = mention(.quantity, s, text, item.tokens)
                mention.quantity = q
                mention.unit = money
                m.quantities.append(mention)
                continue
            }
            if unit == nil, let prev = previousPersonUnit {
                unit = prev
                personal = true
            }
            if unit == nil || personal {
                // What happened to the counted people, later in the clause.
                var x = j
                while x < items.count, x < k + 14 {
                    if case .quantity = items[x].kind { break }
                    if case .token = items[x].kind, toks[items[x].tokens.lowerBound].key == Self.semicolon { break }
                    if case .match(let payloads) = items[x].kind, let u = participleUnit(payloads) {
                        unit = u
                        personal = true
                        break
                    }
                    x += 1
                }
            }
            if personal, let u = unit {
                previousPersonUnit =
                    u == QuantityUnit.people || u == QuantityUnit.refugees
                    ? u : previousPersonUnit ?? QuantityUnit.people
            }
            var mention = mention(.quantity, s, text, item.tokens)
            mention.quantity = q
            mention.unit = unit
            m.quantities.append(mention)
        }
    }

    /// A plain lower-case word after a number is its counted noun ("38 cities", "155,221 bags").
    private func isPlainNoun(_ t: Token, _ text: AnalyzedText) -> Bool {
        // Plural nouns only: "2,000 left" is a verb, "38 cities" a count of cities.
        !t.shape.contains(.capitalized) && !t.shape.contains(.number) && t.byteCount > 2
            && text.bytes[t.end - 1] | 0x20 == UInt8(ascii: "s")
    }

    /// The unit of a counted noun, and whether it counts people.
    private func nounUnit(_ payloads: [Lexicon.Payload]) -> (String?, Bool) {
        let d = lexicon.data
        for p in payloads {
            if case .unit(let i) = p.target, d.units[i].kind == .noun {
                let u = d.units[i].unit
                return (u, QuantityUnit.countsPeople(u))
            }
        }
        for p in payloads {
            switch p.target {
            case .countryPeople: return (QuantityUnit.people, true)
            case .role(let i) where d.roles[i].kind == .group: return (QuantityUnit.people, true)
            default: continue
            }
        }
        return (nil, false)
    }

    private func participleUnit(_ payloads: [Lexicon.Payload]) -> String? {
        for p in payloads {
            if case .unit(let i) = p.target, lexicon.data.units[i].kind == .participle {
                return lexicon.data.units[i].unit
            }
        }
        return nil
    }

    /// Words that follow a number without being what it counts ("64,000 had left").
    static let functionWords: Set<UInt64> = Set(
        [
            "had", "have", "has", "were", "was", "are", "is", "be", "been", "will", "would", "could", "may", "might",
            "and", "or", "but", "in", "on", "at", "to", "from", "for", "by", "with", "who", "that", "which", "than",
            "more", "less", "a", "an", "the", "of", "as", "since", "after", "before", "last", "this", "each", "so",
            "far", "now", "also", "still", "already", "out", "up", "down", "against", "into", "per", "or", "nor",
        ].map { TokenKey.of($0) })
}
