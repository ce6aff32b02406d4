import DyadLexicon
import DyadModel

extension EventRule {
    /// "Two Palestinians killed *in Israeli raid*", "a militant was killed in a *US* drone strike":
    /// a killing with no actor, told in the circumstance of a raid or an attack whose noun names who
    /// carried it out (a nationality, a country name or a named actor before it; not a town: "a
    /// *Kabul* blast"), was done by them.
    static let meansActor = EventRule(
        "means-actor", "a killing with no actor: the actor the raid or attack it happened in names"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.source == nil, d.type == .assault, d.predicate.category == .verb, d.complementOf == nil else { return }
        let v = d.predicate.head
        for j in drafts.indices where j != i && drafts[j].complementOf == i {
            let n = drafts[j].predicate.head
            let p = s.tree.head(n)
            guard drafts[j].predicate.category == .noun, drafts[j].type == .assault || drafts[j].type == .coerce,
                s.tree.label(n) == .pobj, s.word(p, .circumstance), s.tree.head(p) == v,
                let named = s.nationalityModifier(of: n, trigger: drafts[j].trigger) ?? s.namedModifier(of: n)
            else { continue }
            var side = named
            side.via = "\(named.via) of \(s.arc("pobj", p))"
            drafts[i].setSource(side, rule, s)
            return
        }
    }
}

extension SentenceContext {
    /// A country name or a named actor before a noun, as its modifier ("a *US* drone strike", "a
    /// *Hamas* rocket attack"); not a town or region ("a *Kabul* blast").
    func namedModifier(of n: Int) -> Side? {
        for c in tree.children(n) where c < n && (tree.label(c) == .compound || tree.label(c) == .poss) {
            guard let k = slotIndex(at: c) else { continue }
            let slot = slots[k]
            let country = mentions.places.contains { $0.tokens.contains(c) && $0.placeKind == .country }
            guard !slot.fromPlace || country, slot.actors.allSatisfy({ $0.country != nil }) else { continue }
            return Side(slot: slot, head: c, via: arc(tree.label(c).description, n))
        }
        return nil
    }
}
