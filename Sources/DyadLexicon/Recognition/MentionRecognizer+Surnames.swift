import DyadModel
import DyadText

extension MentionRecognizer {
    /// "Graham Norton sparks backlash … Chat show host *Norton* was asked": a person the story named
    /// in full is who their surname names later in it, not a town of that name (Norton, Zimbabwe).
    ///
    /// A one-word city mention (not a capital) whose word is the last word of a named person met
    /// earlier in the document becomes that person: an actor mention with the person's country,
    /// sector and name.
    func resolvingSurnames(_ mentions: [SentenceMentions], _ toks: UnsafeBufferPointer<Token>) -> [SentenceMentions] {
        var people: [UInt64: Mention] = [:]
        var out = mentions
        for si in out.indices {
            let m = out[si]
            var surnamed: [Mention] = []
            out[si].places.removeAll { p in
                guard p.tokens.count == 1, p.placeKind == .city, !p.isCapital,
                    let person = people[toks[p.tokens.lowerBound].key]
                else { return false }
                var a = p
                a.kind = .actor
                a.country = person.country
                a.sector = person.sector
                a.name = person.name
                a.actorKind = .person
                a.lat = nil
                a.lon = nil
                a.placeKind = nil
                surnamed.append(a)
                return true
            }
            if !surnamed.isEmpty {
                out[si].actors = (out[si].actors + surnamed).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            for a in m.actors where a.actorKind == .person && a.name != nil && a.tokens.count >= 2 {
                people[toks[a.tokens.upperBound - 1].key] = a
            }
        }
        return out
    }
}
