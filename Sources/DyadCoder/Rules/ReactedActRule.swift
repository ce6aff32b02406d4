import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "the White House condemned *Russia's attacks* on Ukrainian infrastructure", "Russian men
    /// trying to resist *Putin's call-up*", "rejected *Moscow's annexation*": a hostile act named as
    /// a noun whose own words name who made it (its possessor or nationality adjective) was done;
    /// an accusation, a rejection or a protest reacts to it, it does not merely claim it. Without
    /// its maker named ("condemned the attack", "accused Kyiv of attacks") it stays the reaction's
    /// content.
    static let reactedAct = EventRule(
        "reacted-act",
        "a hostile act noun (ASSAULT, MOBILIZE, COERCE but a ban, SANCTION) that is the content of an accusation, rejection or protest and whose possessor or nationality adjective names its maker is told as done: its own event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Not a ban, which may be only proposed ("slams Graham's new abortion *ban*").
        guard [.assault, .mobilize, .coerce, .sanction].contains(d.type), d.mode != "restrict",
            d.predicate.category == .noun,
            let j = d.complementOf, drafts[j].isPeer, [.accuse, .reject, .protest].contains(drafts[j].type),
            let src = d.source, let h = src.head, !src.fromPlace || s.tree.label(h) == .poss,
            s.tree.head(h) == d.predicate.head, [.poss, .amod].contains(s.tree.label(h))
        else { return }
        let reaction = s.string(tokens: drafts[j].trigger)
        drafts[i].complementOf = nil
        drafts[i].note(rule, s, "done: \"\(reaction)\" reacts to it")
    }
}
