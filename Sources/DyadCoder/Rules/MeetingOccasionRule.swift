import DyadLexicon
import DyadModel

extension EventRule {
    /// "Xi warned against escalation *in a meeting with* Scholz", "Blinken spoke *at talks with*
    /// Kuleba": a meeting, talks or a call with someone (CONSULT noun with its recipient) that is the
    /// occasion of another act (the object of a circumstance preposition of a verb) is held by that
    /// verb's subject.
    static let meetingOccasion = EventRule(
        "meeting-occasion",
        "a CONSULT noun with a recipient and no actor, as the object of a circumstance preposition (in, at, during) of a verb: the verb's subject"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // Only a meeting that names its other party ("a meeting *with* Scholz"): "during the visit",
        // "at the summit" are the story's setting, not a meeting of the one who speaks there.
        guard d.type == .consult, d.source == nil, d.predicate.category == .noun, d.lightVerb == nil,
            let target = d.target, !target.actors.isEmpty
        else { return }
        let n = d.predicate.head
        let p = s.tree.head(n)
        guard s.tree.label(n) == .pobj, p != n, s.word(p, .circumstance) else { return }
        // The verb whose phrase holds it, through the nouns the parser may have hung it on ("warned
        // against the escalation of the war *in a meeting*").
        var v = s.tree.head(p)
        for _ in 0..<4 where !s.tree.tag(v).isVerb {
            let up = s.tree.head(v)
            guard up != v, [.pobj, .prep, .dobj].contains(s.tree.label(v)) else { break }
            v = up
        }
        guard v != p, s.tree.tag(v).isVerb, let subject = s.subject(of: v), let actor = s.side(subject) else { return }
        // Not a meeting with oneself; two people of one state and office meet ("King Charles III said
        // during a meeting with Prime Minister Liz Truss").
        let people =
            actor.kind == .person && target.kind == .person
            && Set(actor.actors.compactMap(\.text)).isDisjoint(with: target.actors.compactMap(\.text))
        guard !actor.tokens.overlaps(target.tokens), !actor.sameActors(as: target) || people else { return }
        var side = actor
        side.via = "\(subject.via) (the occasion's)"
        drafts[i].setSource(side, rule, s)
    }
}
