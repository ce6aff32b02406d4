import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

extension EventRule {
    /// "rape and other acts of sexual violence *at the hands of* Russian soldiers", "died at the
    /// hands of police": the actor after "at the hands of" (grammar.tsv agent-hands) did the act;
    /// it is no recipient, as "at" would otherwise make it for an attack ("fired at X").
    static let handsAgent = EventRule(
        "hands-agent",
        "an act with \"at the hands of X\" (grammar.tsv agent-hands) on its trigger's phrase, light verb or clause: X is its actor"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // On the trigger or a word of its phrase ("torture of detainees *at the hands of* …"), its
        // light verb or its clause.
        var heads = Set(s.tree.subtree(d.predicate.head))
        heads.insert(d.clause)
        if let v = d.lightVerb { heads.insert(v) }
        for h in heads.sorted() {
            for p in s.tree.children(h) where s.tree.label(p) == .prep && s.key(p) == Keys.at {
                guard let hands = s.tree.firstChild(p, .pobj), s.word(hands, .agentHands),
                    let o = s.prepositionalObjects(of: hands, [Keys.of]).first,
                    let side = s.side(o) ?? s.firstActor(inPhrase: o.head, via: o.via, skipping: nil)
                else { continue }
                drafts[i].setSource(side, rule, s)
                if let t = d.target, t.tokens.overlaps(side.tokens) { drafts[i].target = nil }
                return
            }
        }
    }
}
