import DyadLexicon
import DyadModel

extension EventCoder {
    /// Whether the story places an event in no country: no side has a country or an organisation
    /// code ("the man accused", "fans have slammed the coverage").
    static func isUnplaced(_ e: CodedEvent) -> Bool {
        !(e.source + e.target).contains { $0.country != nil }
    }

    /// Drops the events whose type's policy (`types.tsv` unplaced) keeps none the story places in no
    /// country, with their traces; when explaining, each is listed as an unused trigger.
    func droppingUnplaced(
        _ events: inout [CodedEvent], traces: inout [[TraceStep]], unused: inout [UnusedTrigger], explain: Bool
    ) {
        var kept: [CodedEvent] = []
        var keptTraces: [[TraceStep]] = []
        for (k, e) in events.enumerated() {
            if Self.isUnplaced(e) && !lexicon.policy(e.type).keepsUnplaced {
                if explain {
                    unused.append(
                        UnusedTrigger(
                            sentence: e.evidence.sentence, trigger: e.trigger, type: e.type,
                            reason: "unplaced: a verbal event no side of which the story places in a country",
                            trace: k < traces.count ? traces[k] : []))
                }
                continue
            }
            kept.append(e)
            if explain, k < traces.count { keptTraces.append(traces[k]) }
        }
        events = kept
        if explain { traces = keptTraces }
    }
}
