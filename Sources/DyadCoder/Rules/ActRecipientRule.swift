import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Germany condemned *the invasion of Ukraine*", "Turkey backed *the annexation of Crimea*",
    /// "expressed support for the invasion": words for or against a hostile act (an ASSAULT,
    /// COERCE or THREATEN noun of the same sentence) are about whoever does it, not whom it
    /// befalls. When the recipient was read inside such an act's phrase, the act's actor (its
    /// possessor, or the war party the coder gave it) becomes the recipient.
    static let actRecipient = EventRule(
        "act-recipient",
        "SUPPORT, ACCUSE, REJECT or AGREE whose recipient lies inside the phrase of a hostile act noun (ASSAULT, COERCE, THREATEN) of the sentence: the act's actor instead, when the coder gave it one"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard [.support, .accuse, .reject, .agree].contains(d.type), let t = d.target, let h = t.head else { return }
        for (k, act) in drafts.enumerated() where k != i && act.predicate.category == .noun {
            guard [.assault, .coerce, .threaten].contains(act.pattern.type), act.predicate.head != h,
                s.tree.subtree(act.predicate.head).contains(h),
                !d.trigger.contains(act.predicate.head),
                let doer = act.source, doer.actors.contains(where: { $0.country != nil }),
                !doer.sameActors(as: t), !(d.source.map { doer.sameActors(as: $0) } ?? false),
                doer.tokens.isEmpty || !doer.tokens.overlaps(d.source?.tokens ?? 0..<0)
            else { continue }
            var side = doer
            side.via = "actor of \"\(s.string(act.predicate.head))\""
            // (An implied actor has no words: the evidence keeps the phrase the recipient was read in.)
            if side.tokens.isEmpty { side.tokens = t.tokens }
            drafts[i].setTarget(side, rule, s)
            return
        }
    }
}
