import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "is risking a *jail* sentence", "faces a *prison* term": a trigger noun that modifies another
    /// trigger noun is part of that noun's phrase; when the phrase names no event (risked, averted,
    /// denied, a prospect), neither does the part.
    static let droppedPhrase = EventRule(
        "dropped-phrase",
        "a noun trigger that is the compound of a dropped trigger noun (a jail sentence risked) is no event either"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.predicate.category == .noun, s.tree.label(h) == .compound, case let g = s.tree.head(h), g != h,
            let j = drafts.indices.first(where: { $0 != i && drafts[$0].predicate.head == g }),
            let why = drafts[j].dropped
        else { return }
        drafts[i].drop("part of \"\(s.string(tokens: h..<(g + 1)))\": \(why)", rule, s)
    }
}
