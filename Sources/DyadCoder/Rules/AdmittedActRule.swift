import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "Iran *acknowledges* sending drones to Russia", "the US *sanctioned* Iranian firms for
    /// supplying Russia with drones": what a party admits doing, or is sanctioned for, is told as
    /// done; it is an event of its own, done by who admits it or who is sanctioned (unless its own
    /// words name someone else).
    static let admittedAct = EventRule(
        "admitted-act",
        "a verb that is the content of an admission (grammar.tsv admission) or of a SANCTION (what it is for) is its own event, done by who concedes or by who is sanctioned"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard let j = d.complementOf, drafts[j].isPeer else { return }
        let g = drafts[j]
        // A clause ("admits *sending*", "for *supplying*"), not an object lifted or cancelled ("lifted
        // the *curfew*", "cancelled a planned *visit*": those end or never happen).
        // Only what is admitted (grammar.tsv admission), not what is allowed ("allowed Ukraine to
        // *retake* Kherson").
        let admits = g.type == .concede && g.trigger.contains(where: { s.word($0, .admission) })
        // Acts that wrong someone ("for *threatening*", "admits *sending* drones"), not the words
        // a charge is made of ("fined for *accepting* gifts", "convicted of *violating* rights").
        let wrongs: Set<EventType> = [.assault, .coerce, .threaten, .aid, .protest, .migrate, .accuse]
        guard admits || g.type == .sanction, d.predicate.category == .verb, wrongs.contains(d.type) else { return }
        drafts[i].complementOf = nil
        drafts[i].note(rule, s, "what \"\(s.string(tokens: g.trigger))\" admits or punishes")
        let doer = g.type == .concede ? g.source : g.target
        if drafts[i].source == nil, let doer, !doer.fromPlace, !doer.actors.contains(where: \.implied) {
            var by = doer
            by.via += g.type == .concede ? " (admits it)" : " (sanctioned for it)"
            drafts[i].setSource(by, rule, s)
        }
    }
}
