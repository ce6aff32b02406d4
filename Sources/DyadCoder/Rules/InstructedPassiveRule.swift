import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Residents of a Texas town were told to boil water", "Kyiv *told* to save electricity",
    /// "Civilians are urged to leave": an instruction in the passive whose giver the text leaves
    /// out was given by the authorities where it is given (PLOVER REQUEST by GOV), marked implied.
    /// Only people or a body are told so: a state ("Russia was urged to withdraw") or a person
    /// ("the King was urged to speak out") is urged by others as often as by their own government.
    static let instructedPassive = EventRule(
        "instructed-passive",
        "REQUEST in the passive (or a headline's reduced passive) with a \"to\" infinitive and no by-agent, told to people or a body (no state, no one person), outside a story of the war of the day: the government of the place's (else their) country, marked implied"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let v = d.predicate.head
        // In a story of the war of the day (conflicts.tsv) ground may be held by the other party:
        // who instructs people there is not told by where they are.
        guard d.type == .request, d.source?.actors.isEmpty ?? true, d.predicate.category == .verb, s.storyWar == nil,
            d.predicate.passive || s.isReducedPassive(v) || s.tree.firstChild(v, .nsubjpass) != nil,
            s.agent(of: v) == nil,
            let x = s.tree.firstChild(v, .xcomp), s.tree.tag(x).isVerb,
            s.tree.children(x).contains(where: { s.tree.tag($0) == .TO }),
            let told = d.target, !told.actors.isEmpty, told.kind == .group || told.kind == .organization,
            !(told.fromPlace
                && s.mentions.places.contains(where: { m in
                    m.placeKind == .country && told.tokens.contains(m.tokens.lowerBound)
                }))
        else { return }
        guard let country = d.place?.country ?? told.actors.compactMap(\.country).first(where: \.isState),
            country.isState
        else { return }
        let a = CodedEvent.Actor(text: nil, country: country, sector: .government, implied: true)
        drafts[i].setSource(
            Side(actors: [a], tokens: d.trigger.lowerBound..<d.trigger.lowerBound, head: nil, via: "implied"), rule, s)
    }
}
