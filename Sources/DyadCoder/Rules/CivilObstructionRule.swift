import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Just Stop Oil activists *blocked* four roads", "protesters *occupied* four bridges": a
    /// blockade or an occupation by civilians, activists or protesters is a protest that obstructs
    /// (PLOVER PROTEST obstruct), not a state's coercion or a refusal; it is directed at the
    /// authorities (types.tsv PROTEST), not at the road.
    static let civilObstruction = EventRule(
        "civil-obstruction",
        "COERCE or REJECT of an obstruction word (grammar.tsv obstruction) whose actors are all civilians or civil society (CVL, SOC) or protesters (grammar.tsv protester) is PROTEST obstruct; a place or thing it blocks is no recipient"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .coerce || d.type == .reject, s.word(d.predicate.head, .obstruction), let src = d.source,
            !src.actors.isEmpty
        else { return }
        // A crowd or a campaign group, not one person ("she *blocked* him" on her phone), blocking
        // a thing or a place, not a person.
        let civil: Set<Sector> = [.civilians, .civilSociety]
        let protesters = src.head.map { s.word($0, .protester) } ?? false
        guard src.kind != .person, d.target?.kind != .person,
            protesters || src.actors.allSatisfy({ $0.sector.map(civil.contains) ?? false })
        else { return }
        drafts[i].type = .protest
        drafts[i].mode = "obstruct"
        drafts[i].note(rule, s, "type \(d.type.rawValue) → PROTEST/obstruct (civilians block or occupy)")
        if let t = d.target, t.fromPlace || t.actors.allSatisfy({ $0.country == nil && $0.sector == nil }) {
            drafts[i].target = nil
            drafts[i].note(rule, s, "recipient cleared: \"\(s.string(tokens: t.tokens))\" is what is blocked")
        }
    }
}
