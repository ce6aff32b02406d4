import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventCoder {
    /// "A judge *denied* the GOP's *request* to extend voting", "Arizona *rejects* Biden's demand": a
    /// request rejected was made, so besides the rejection the request (PLOVER REQUEST) is told, by
    /// whom the noun names as its maker (its possessor, compound, or "from"/"by" object) to the one
    /// who rejects it. (An offer rejected is left to the rejection: an offer is no event of the
    /// news that tells its refusal often enough to code it.)
    func rejectedRequest(_ d: EventDraft, _ e: CodedEvent, _ s: SentenceContext) -> CodedEvent? {
        guard e.type == .reject, !e.source.isEmpty, d.predicate.category == .verb else { return nil }
        let v = d.predicate.head
        guard
            let n = s.tree.firstChild(v, .dobj) ?? s.tree.firstChild(v, .nsubjpass)
        else { return nil }
        guard s.word(n, .requestNoun) else { return nil }
        var maker: Int?
        for c in s.tree.children(n) {
            switch s.tree.label(c) {
            case .poss,
                .compound where c < n:
                if maker == nil, s.slotIndex(at: c) != nil { maker = c }
            case .prep where s.key(c) == Keys.from || s.key(c) == Keys.by:
                if maker == nil, let o = s.tree.firstChild(c, .pobj), s.slotIndex(at: o) != nil { maker = o }
            default: break
            }
        }
        guard let m = maker, let k = s.slotIndex(at: m) else { return nil }
        let makers = s.slots[k].actors
        guard !makers.isEmpty, Set(makers.compactMap(\.text)).isDisjoint(with: Set(e.source.compactMap(\.text)))
        else { return nil }
        var made = e
        made.type = .request
        made.mode = nil
        // A maker with no country ("demands from Congress", "an appeal by his lawyers") is of the
        // place, as the country-fill rule does for drafts.
        let home = e.place?.country ?? e.source.compactMap(\.country).first
        made.source = makers.map { a in
            var a = a
            if a.country == nil { a.country = home }
            return a
        }
        made.target = e.source
        made.quantity = nil
        made.cameo = nil
        return made
    }
}
