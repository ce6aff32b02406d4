import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "A power installation near Ukraine's capital *was damaged by* another Russian missile
    /// strike", "the hospital was destroyed by an Israeli air strike": an attack named as the
    /// by-agent of a passive verb that is no event of its own hit that verb's subject. The subject
    /// is the attack's recipient when it names an actor; else a country or place named inside it
    /// ("near *Ukraine's* capital") is.
    static let struckBy = EventRule(
        "struck-by",
        "an ASSAULT noun that is the by-agent of a passive non-trigger verb: its recipient is the verb's subject, or a country or place named inside it"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.type == .assault, d.target == nil, d.predicate.category == .noun, s.tree.label(h) == .pobj else {
            return
        }
        let by = s.tree.head(h)
        let v = s.tree.head(by)
        guard by != h, v != by, s.tree.label(by) == .agent || s.key(by) == Keys.by, s.tree.tag(v).isVerb,
            s.tree.firstChild(v, .nsubjpass) != nil || s.tree.firstChild(v, .auxpass) != nil,
            !drafts.contains(where: { $0.isLive && $0.predicate.head == v }),
            let subject = s.passiveSubject(of: v)
        else { return }
        if let side = s.side(subject) {
            drafts[i].setTarget(side, rule, s)
            return
        }
        let span = s.tree.subtree(subject.head)
        if let slot = s.slots.first(where: { span.contains($0.tokens.lowerBound) && !$0.actors.isEmpty }) {
            drafts[i].setTarget(
                Side(slot: slot, via: subject.via + " (inside)"), rule, s)
        } else if let m = s.mentions.places.first(where: { span.contains($0.tokens.lowerBound) && $0.country != nil }) {
            let a = CodedEvent.Actor(text: s.text.string(m.start..<m.end), country: m.country, sector: nil)
            drafts[i].setTarget(
                Side(actors: [a], tokens: m.tokens, head: nil, via: subject.via + " (place inside)", fromPlace: true),
                rule, s)
        }
    }
}
