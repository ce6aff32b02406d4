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

    /// "Janet Mills will remain in office, *beating* her GOP challenger", "Swiatek *beats* Jabeur to
    /// win the title", "Biden is now *beating* Trump in polls": a defeat verb (grammar.tsv defeat) in
    /// a sentence of an election, a poll or a competition (contest) tells who won, unless the sentence
    /// speaks of bodily harm (bodily-harm: "beaten to death after the game"). A score on the verb or its
    /// object ("*beating* Nebraska 49-14") names a contest too.
    static let contestSense = EventRule(
        "contest-sense",
        "an ASSAULT by a defeat verb (grammar.tsv defeat) in a sentence with a contest word or a score on the verb (beating X 49-14) and no bodily-harm word: who won, no event"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        // A score on the verb or on its object ("beating Iowa *54-10*").
        func onVerb(_ t: Int) -> Bool {
            let h = s.tree.head(t)
            return h == d.predicate.head || s.tree.label(h) == .dobj && s.tree.head(h) == d.predicate.head
        }
        guard d.type == .assault, let v = d.trigger.first(where: { s.word($0, .defeat) }),
            let c = s.range.first(where: {
                s.word($0, .contest)
                    || s.tokens[$0].shape.contains(.number) && isScore(s.string($0)) && onVerb($0)
            }),
            !s.range.contains(where: { !d.trigger.contains($0) && s.word($0, .bodilyHarm) })
        else { return }
        drafts[i].drop("\"\(s.string(v))\" in a contest (\"\(s.string(c))\")", rule, s)
    }
}

/// A game's score or a vote's tally as one token: "49-14", "3–0" (one to three digits each side; not a
/// year range such as "2022-23").
func isScore(_ text: String) -> Bool {
    let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
    return parts.count == 2
        && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
}
