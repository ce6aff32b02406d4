import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Putin to announce *Ukraine* annexation plans", "a year after the *Ukraine* invasion": a place
    /// name compounded onto a noun for an act done to a place (grammar.tsv patient-noun) is what the
    /// act befalls, not who does it. A nationality adjective ("the Russian invasion") or a possessive
    /// ("Russia's invasion") stays the actor.
    static let patientModifier = EventRule(
        "patient-modifier",
        "a noun of an act done to a place (grammar.tsv patient-noun) with a place name as its compound, or an attack noun with one person as its compound (the Pelosi attack): the place or person is the recipient"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.predicate.category == .noun, d.target == nil, s.word(h, .patientNoun) || d.type == .assault,
            // On the noun, or beside it on the same head when the parser flattens a headline's
            // compounds ("Ukraine Annexation Plans").
            let c = s.tree.children(h).first(where: { $0 < h && s.tree.label($0) == .compound })
                ?? (h - 1 > s.range.lowerBound && s.tree.label(h - 1) == .compound && s.tree.label(h) == .compound
                    && s.tree.head(h - 1) == s.tree.head(h) ? h - 1 : nil),
            let k = s.slotIndex(at: c),
            // "the *Pelosi* attack", "the *Rushdie* stabbing": a person compounded onto an attack is
            // its victim (a state or a group before it attacks: "a *Hamas* attack").
            s.word(h, .patientNoun) && s.slots[k].fromPlace
                || d.type == .assault && s.slots[k].kind == .person && s.slots[k].actors.count == 1
                    // A noun for certain: with an article or as a preposition's object ("Trump *blasts*
                    // media" is a headline verb the parser read as a noun).
                    && (s.tree.firstChild(h, .det) != nil || s.tree.label(h) == .pobj)
        else { return }
        let slot = s.slots[k]
        if let src = d.source, src.tokens.overlaps(slot.tokens) { drafts[i].source = nil }
        drafts[i].setTarget(
            Side(slot: slot, head: c, via: s.arc("compound", h)), rule, s)
    }
}
