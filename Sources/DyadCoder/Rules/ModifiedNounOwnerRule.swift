import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Putin's *conscription* decree", "Russia's *mobilization* order", "the Russian *sanctions*
    /// package": a noun trigger that modifies the noun naming the act's instrument (a decree, an
    /// order, a package) has that noun's possessor or nationality as its actor.
    static let modifiedNounOwner = EventRule(
        "modified-noun-owner",
        "a noun trigger without an actor that is a compound modifier of another noun (no trigger, no actor): that noun's possessor, or its nationality adjective or country name"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.source == nil, d.predicate.category == .noun, s.tree.label(h) == .compound else { return }
        let n = s.tree.head(h)
        guard n != h, s.tree.tag(n).isNoun, !d.trigger.contains(n), s.slotIndex(at: n) == nil,
            !drafts.contains(where: { $0.predicate.head == n })
        else { return }
        if let p = s.tree.firstChild(n, .poss), let side = s.side(Argument(head: p, via: s.arc("poss", n))) {
            drafts[i].setSource(side, rule, s)
        } else if let side = s.nationalityModifier(of: n) {
            drafts[i].setSource(side, rule, s)
        }
    }
}
