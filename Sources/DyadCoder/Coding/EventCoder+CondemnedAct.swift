import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventCoder {
    /// "North Korea fired a missile over Japan. The US *condemned the launch*": criticism of an act
    /// the story has just told, named by a definite noun of an act with no owner of its own ("the
    /// launch", "this move": grammar.tsv act-reference, anaphoric), is criticism of whoever did it:
    /// the recipient is the actor of the story's latest event by another country.
    func condemnedActRecipient(
        _ d: EventDraft, _ e: CodedEvent, _ s: SentenceContext, earlier: [CodedEvent]
    ) -> [CodedEvent.Actor]? {
        guard e.type == .accuse, e.target.isEmpty, !e.source.isEmpty, d.predicate.category == .verb,
            let o = s.tree.firstChild(d.predicate.head, .dobj), s.word(o, .actReference),
            s.slotIndex(at: o) == nil,
            let det = s.tree.firstChild(o, .det), s.word(det, .anaphoric),
            !s.tree.children(o).contains(where: { [.poss, .compound].contains(s.tree.label($0)) })
        else { return nil }
        let own = Set(e.source.compactMap(\.country))
        guard !own.isEmpty,
            let act = earlier.last(where: { x in
                !x.source.isEmpty && x.source.allSatisfy { $0.country.map { !own.contains($0) } ?? false }
            })
        else { return nil }
        return act.source
    }
}
