import DyadModel
import DyadText

extension MentionRecognizer {
    /// One name, one place in a document: a town's name read as two places ("*West End* 'knifeman'
    /// appears in court" ⏎ "… stabbed in London's West End": Vancouver's West End, then London's;
    /// "shot at *Logan*, Queensland" ⏎ "made his way into *Logan* Hospital") is the place whose
    /// country the document's other places name (London, Queensland), in every sentence; the actors
    /// the other reading lent its country to ("West End 'knifeman'") take the new one. A name whose
    /// readings the other places do not decide between keeps them as they are.
    func oneSensePerDocument(_ sentences: [SentenceMentions], _ text: AnalyzedText) -> [SentenceMentions] {
        struct Reading {
            var k: Int
            var p: Int
            var key: String
        }
        var readings: [Reading] = []
        for (k, s) in sentences.enumerated() {
            for (p, m) in s.places.enumerated()
            where m.country != nil && (m.placeKind == .city || m.placeKind == .subdivision) {
                readings.append(Reading(k: k, p: p, key: text.string(tokens: m.tokens).lowercased()))
            }
        }
        guard readings.count > 1 else { return sentences }
        var out = sentences
        for (key, group) in Dictionary(grouping: readings, by: \.key) where group.count > 1 {
            let countries = Set(group.compactMap { sentences[$0.k].places[$0.p].country })
            guard countries.count > 1 else { continue }
            // How often the document's other places (other names) lie in each candidate country.
            var support: [CountryCode: Int] = [:]
            for s in sentences {
                for m in s.places where text.string(tokens: m.tokens).lowercased() != key {
                    if let c = m.country, countries.contains(c) { support[c, default: 0] += 1 }
                }
            }
            let best = support.max { $0.value < $1.value }
            guard let best, support.values.filter({ $0 == best.value }).count == 1,
                let donor = group.first(where: { sentences[$0.k].places[$0.p].country == best.key })
            else { continue }
            let d = sentences[donor.k].places[donor.p]
            for r in group where sentences[r.k].places[r.p].country != best.key {
                let old = sentences[r.k].places[r.p]
                out[r.k].places[r.p].country = d.country
                out[r.k].places[r.p].name = d.name
                out[r.k].places[r.p].lat = d.lat
                out[r.k].places[r.p].lon = d.lon
                out[r.k].places[r.p].placeKind = d.placeKind
                for a in out[r.k].actors.indices
                where out[r.k].actors[a].tokens.overlaps(old.tokens) && out[r.k].actors[a].country == old.country {
                    out[r.k].actors[a].country = d.country
                }
            }
        }
        return out
    }
}
