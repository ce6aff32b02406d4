import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "*Putin's* announcement of a partial mobilization", "the Kremlin's order of a curfew": an act
    /// named as what someone's announcement, order or decision is of (grammar.tsv announcing) is
    /// theirs, as "Russia's decision *to suspend* the deal" is.
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
            let poss = s.tree.children(owner).first(where: { s.tree.label($0) == .poss }),
            var side = s.side(Argument(head: poss, via: s.arc("poss", owner))), !side.actors.isEmpty
        else { return }
        side.via += " (whose \"\(s.string(owner))\")"
        drafts[i].setSource(side, rule, s)
    }
}
