import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Iran nuclear deal flounders", "talks to revive the *Iran nuclear deal*", "the *Ukraine grain
    /// deal*": an agreement noun with a place compounded onto it that no verb makes, joins or leaves
    /// names a standing agreement, not an agreement reached now. "Russia *rejoins* the grain deal",
    /// "a deal *struck* by the US" and "Lebanon and Israel *reached* a deal" stay events (a verb acts
    /// on the noun).
    static let standingAgreement = EventRule(
        "standing-agreement",
        "an AGREE noun right after a place name that no verb governs (no light verb, no participle or relative clause on it) names a standing agreement (the Iran nuclear deal): no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.type == .agree, d.predicate.category == .noun, d.lightVerb == nil,
            !s.tree.children(h).contains(where: { [.acl, .relcl].contains(s.tree.label($0)) }),
            // The place right before the trigger's words (the parser often misreads a headline's
            // compounds: "Iran nuclear deal flounders").
            d.trigger.lowerBound > s.range.lowerBound, let k = s.slotIndex(at: d.trigger.lowerBound - 1),
            s.slots[k].fromPlace, s.slots[k].tokens.upperBound == d.trigger.lowerBound
        else { return }
        drafts[i].drop(
            "a standing agreement: \"\(s.string(tokens: s.slots[k].tokens.lowerBound..<d.trigger.upperBound))\"", rule,
            s)
    }
}
