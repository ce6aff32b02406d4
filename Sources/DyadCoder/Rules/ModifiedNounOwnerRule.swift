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
        if let side = s.possessorSide(of: n) {
            drafts[i].setSource(side, rule, s)
        } else if let side = s.nationalityModifier(of: n) {
            drafts[i].setSource(side, rule, s)
        }
    }

    /// "*Putin's* announcement of a partial mobilization", "the Kremlin's order of a curfew": an act
    /// named as what someone's announcement, order or decision is of (grammar.tsv announcing) is
    /// theirs, as "Russia's decision *to suspend* the deal" is, and as "Putin's *conscription* decree"
    /// is (`modified-noun-owner`).
    static let announcedAct = EventRule(
        "announced-act",
        "a noun trigger with no actor, the \"of\" object of an announcement, order, decree or decision (grammar.tsv announcing) whose possessor is an actor: that actor's"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let n = d.predicate.head
        guard d.source == nil, d.predicate.category == .noun, s.tree.label(n) == .pobj else { return }
        let p = s.tree.head(n)
        let owner = s.tree.head(p)
        guard p != n, owner != p, s.key(p) == Keys.of, s.word(owner, .announcing),
            var side = s.possessorSide(of: owner), !side.actors.isEmpty
        else { return }
        side.via += " (whose \"\(s.string(owner))\")"
        drafts[i].setSource(side, rule, s)
    }
}

extension SentenceContext {
    /// The actor a noun's possessor names ("*Putin's* decree"), or nil.
    func possessorSide(of n: Int) -> Side? {
        guard let p = tree.firstChild(n, .poss) else { return nil }
        return side(Argument(head: p, via: arc("poss", n)))
    }
}
