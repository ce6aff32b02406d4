import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventCoder {
    /// "Police will crack down *on protests*", "forces dispersed *the demonstrations*": protests
    /// that a coercion or an attack falls on are going on, an event of their own (PLOVER PROTEST by
    /// the civilians of the place, against its government; both implied), not the content of the
    /// crackdown.
    func repressedProtest(
        _ i: Int, _ drafts: [EventDraft], _ e: CodedEvent, _ s: SentenceContext
    ) -> CodedEvent? {
        guard [.coerce, .assault].contains(drafts[i].pattern.type),
            let k = drafts.indices.first(where: {
                drafts[$0].complementOf == i && drafts[$0].type == .protest && drafts[$0].dropped == nil
                    && drafts[$0].predicate.category == .noun
                    && fallsOn(drafts[$0].predicate.head, drafts[i].predicate.head, s)
            }),
            let country = e.place?.country ?? e.source.compactMap(\.country).first, country.isState
        else { return nil }
        // Not protests of another year ("security forces stormed a rally in 2009").
        if let day = e.date, let today = s.document.date, day.year != today.year { return nil }
        let text = s.text
        let t = drafts[k].trigger
        var protest = e
        protest.type = .protest
        protest.mode = drafts[k].pattern.mode
        protest.source = [CodedEvent.Actor(text: nil, country: country, sector: .civilians, implied: true)]
        protest.target = [CodedEvent.Actor(text: nil, country: country, sector: .government, implied: true)]
        protest.quantity = nil
        protest.modality = nil
        protest.cameo = nil
        protest.trigger = text.string(tokens: t)
        return protest
    }

    /// Whether the protest noun is what the act falls on: its object ("dispersed *the protests*"),
    /// or the object of "on" or "against" ("cracked down *on protests*"), not where it happened
    /// ("attacked *at a rally*").
    private func fallsOn(_ n: Int, _ v: Int, _ s: SentenceContext) -> Bool {
        let h = s.tree.head(n)
        if h == v { return [.dobj, .nsubjpass].contains(s.tree.label(n)) }
        guard s.tree.label(n) == .pobj, s.key(h) == Keys.on || s.key(h) == Keys.against else { return false }
        let g = s.tree.head(h)
        return g == v || s.tree.head(g) == v && s.tree.label(g) == .prt
    }
}
