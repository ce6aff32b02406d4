import DyadLexicon

extension EventRule {
    /// "Tennessee *beat* Alabama on a last-second field goal", "Alcaraz *defends* his title at the U.S.
    /// Open": in a sentence or story a topic filter marks as sport or entertainment, a trigger word
    /// that games share with politics codes no event (a shooting or an arrest at a game still does).
    static let topicFilter = EventRule(
        "topic-filter",
        "a sport-sense trigger (grammar.tsv) in a sentence or story with a sport or entertainment phrase (discards.tsv): no event"
    ) { drafts, i, s, rule in
        guard let f = s.topic, drafts[i].trigger.contains(where: { s.word($0, .sportSense) }) else { return }
        drafts[i].drop("\(f.topic.rawValue) \(f.scope.rawValue): \"\(f.phrase)\" (\(f.source))", rule, s)
    }
}
