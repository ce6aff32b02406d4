import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "The US sanctioned a prosecutor *accused* of corruption", "Russia expelled two diplomats
    /// *accused* of spying": a person accused, whom the sentence's actor sanctions, expels or
    /// arrests for it, is accused by that actor (who names no other accuser).
    static let actorOfAccused = EventRule(
        "actor-of-accused",
        "an ACCUSE participle with no accuser on the object of a SANCTION or COERCE verb of the sentence: the accuser is that verb's actor"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        let h = d.predicate.head
        guard d.type == .accuse, d.source == nil, d.predicate.category == .verb, s.tree.label(h) == .acl
        else { return }
        let noun = s.tree.head(h)
        guard
            let j = drafts.indices.first(where: { j in
                j != i && drafts[j].isPeer && [.sanction, .coerce].contains(drafts[j].type)
                    && drafts[j].predicate.category == .verb && drafts[j].target?.head == noun
                    && !(drafts[j].source?.actors.isEmpty ?? true)
            }),
            let actor = drafts[j].source
        else { return }
        drafts[i].setSource(
            Side(
                actors: actor.actors, tokens: actor.tokens, head: actor.head,
                via: "\(actor.via) of \"\(s.string(tokens: drafts[j].trigger))\"", kind: actor.kind,
                fromPlace: actor.fromPlace), rule, s)
    }
}
