import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "A man was arrested *for killing* his neighbour", "charged *in the stabbing of* a teenager":
    /// the violence an arrest, a charge or a conviction is for is an event of its own (the crime
    /// the news reports), not only what the legal act is about; its actor is the accused. So is
    /// violence anyone investigates ("the Wisconsin DOJ *is investigating* a fatal shooting"). An
    /// accusation by anyone but the police or a court ("Russia accused Kyiv *of attacking*") stays
    /// a claim: its content is no event.
    static let allegedCrime = EventRule(
        "alleged-crime",
        "an ASSAULT that is the content of an arrest, a conviction, a charge by the police or a court, or an investigation by anyone, is its own event, done by the accused; a passive accusation of it with no accuser is a court's (implied)"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.type == .assault, let j = d.complementOf, drafts[j].isPeer else { return }
        let g = drafts[j]
        let legalActor =
            g.source.map { src in src.actors.allSatisfy { [.police, .judiciary].contains($0.sector) } } ?? true
        let legal = g.isLegalAct && (g.type != .accuse || legalActor || g.mode == "investigate")
        guard legal else { return }
        drafts[i].complementOf = nil
        drafts[i].note(rule, s, "the crime \"\(s.string(tokens: g.trigger))\" is for")
        // "Lucy Letby *is accused of* poisoning the children": an accusation of violence with no
        // accuser named is the charge of a court (implied), as "a man was charged" is.
        if g.type == .accuse, g.source == nil, g.predicate.passive || s.tree.label(g.predicate.head) == .acl {
            let court = CodedEvent.Actor(text: nil, country: nil, sector: .judiciary, implied: true)
            drafts[j].setSource(
                Side(actors: [court], tokens: g.trigger.lowerBound..<g.trigger.lowerBound, head: nil, via: "implied"),
                rule, s)
        }
        // The accused is a person or a group the legal act is against, never a place the crime's
        // phrase names ("investigating the killing *in Leeds*"); an investigation's recipient may be
        // the victims ("investigating the killing *of protesters*"): it names no accused.
        let investigation = g.type == .accuse && g.mode == "investigate"
        if drafts[i].source == nil, !investigation, let accused = g.target, !accused.fromPlace {
            drafts[i].setSource(
                Side(
                    actors: accused.actors, tokens: accused.tokens, head: accused.head, via: accused.via + " (accused)",
                    kind: accused.kind, fromPlace: accused.fromPlace), rule, s)
        }
    }
}
