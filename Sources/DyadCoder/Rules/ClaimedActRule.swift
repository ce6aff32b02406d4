import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Russia *claims* Ukraine is building a dirty bomb", "Japan *alleged* Russia had detained its
    /// consul": a hostile act a speaker only claims another actor does is the speaker's accusation of
    /// that actor (PLOVER ACCUSE, mode allege), not an act the text reports as done. The claim verbs
    /// are `grammar.tsv` allegation; "said" still tells (wire copy reports acts through it).
    static let claimedAct = EventRule(
        "claimed-act",
        "a hostile act (ASSAULT, COERCE, THREATEN, SANCTION, MOBILIZE, REJECT) in the clause of a claim verb (grammar.tsv allegation) whose speaker is another actor: ACCUSE/allege by the speaker against the act's actor"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.isCoded, [.assault, .coerce, .threaten, .sanction, .mobilize, .reject].contains(d.type),
            let speaker = d.speaker, let actor = d.source, let head = actor.head, !actor.actors.isEmpty,
            !actor.actors.contains(where: \.implied),
            !actor.sameActors(as: speaker), !actor.tokens.overlaps(speaker.tokens),
            let verb = s.claimVerb(over: d.clause),
            // Someone who can accuse: a state, an organisation or a person of a country, not
            // "witnesses" telling what they saw.
            speaker.actors.contains(where: { $0.country != nil || ($0.sector.map { $0 != .civilians } ?? false) }),
            // The accused is named in the claimed clause itself, and is not the speaker again ("she
            // *claims* she killed her mother in self-defence", "Russia claimed *it* shot down").
            let clause = s.tree.firstChild(verb, .ccomp), s.tree.subtree(clause).contains(head),
            !s.word(head, .personPronoun), !s.word(head, .groupPronoun), !s.word(head, .thingPronoun),
            !s.word(head, .firstPerson)
        else { return }
        // "Zelensky *claims* Ukrainian forces have liberated 30 settlements": a state claiming what its
        // own state or forces did reports it; it accuses no one (one of its politicians may accuse
        // another: "Abrams claimed that Gov. Kemp outsourced …").
        let speakerStates = Set(speaker.actors.compactMap(\.country))
        let stateItself =
            actor.actors.allSatisfy { $0.sector == .military }
            || s.mentions.places.contains { $0.placeKind == .country && actor.tokens.contains($0.tokens.lowerBound) }
        if !speakerStates.isEmpty, stateItself,
            actor.actors.allSatisfy({ a in
                a.country.map(speakerStates.contains) ?? false && [nil, .military, .government].contains(a.sector)
            })
        {
            return
        }
        drafts[i].type = .accuse
        drafts[i].mode = "allege"
        drafts[i].note(rule, s, "type \(d.type.rawValue) → ACCUSE/allege (claimed by \"\(s.string(verb))\")")
        var by = speaker
        by.via = "speaker of \"\(s.string(verb))\""
        drafts[i].setSource(by, rule, s)
        drafts[i].setTarget(actor, rule, s)
    }
}

extension SentenceContext {
    /// The claim verb (grammar.tsv allegation) whose complement clause holds `clause`, if any, up
    /// through clauses only (not a relative clause's, and not a negated claim).
    func claimVerb(over clause: Int) -> Int? {
        var x = clause
        for a in tree.ancestors(clause) {
            let label = tree.label(x)
            guard label == .ccomp || label == .conj || label == .xcomp || label == .advcl else { return nil }
            if word(a, .allegation), label == .ccomp {
                // Not a negated claim, nor one with an object ("*claimed* responsibility").
                if tree.children(a).contains(where: { tree.label($0) == .neg || tree.label($0) == .dobj }) {
                    return nil
                }
                return a
            }
            x = a
        }
        return nil
    }
}
