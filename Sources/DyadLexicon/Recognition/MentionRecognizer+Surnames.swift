import DyadModel
import DyadText

extension MentionRecognizer {
    /// "Graham Norton sparks backlash … Chat show host *Norton* was asked": a person the story named
    /// in full is who their surname names later in it, not a town of that name (Norton, Zimbabwe).
    ///
    /// A one-word city mention (not a capital) whose word is the last word of a named person met
    /// earlier in the document becomes that person: an actor mention with the person's country,
    /// sector and name; so does that word alone where no mention is ("*Higgins* told the court").
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
            // "Higgins told the court": the surname alone, a capitalised word no mention covers and no
            // other capitalised word joins (not "Norton Street", not "Dan Norton").
            if !people.isEmpty {
                let covered = Set((m.places + m.actors + m.quantities + m.dates).flatMap { Array($0.tokens) })
                let r = m.sentence.tokens
                func capital(_ k: Int) -> Bool { r.contains(k) && toks[k].shape.contains(.capitalized) }
                for k in r where toks[k].shape.contains(.capitalized) && !covered.contains(k) {
                    // (A sentence's first word before it is no part of the name: "*Later* Higgins said".)
                    let opener = k - 1 == r.lowerBound && lexicon.commonWords.contains(toks[k - 1].key)
                    guard let person = people[toks[k].key], !capital(k + 1),
                        k == r.lowerBound || !capital(k - 1) || opener,
                        !m.titleCase
                    else { continue }
                    var a = Mention(
                        kind: .actor, sentence: m.sentence.index, tokens: k..<(k + 1), start: toks[k].start,
                        end: toks[k].end)
                    a.country = person.country
                    a.sector = person.sector
                    a.name = person.name
                    a.actorKind = .person
                    surnamed.append(a)
                }
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
