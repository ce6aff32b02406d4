import DyadModel
import DyadText

extension EventCoder {
    /// How a side was filled, from the arc its trace names (`Side.via`).
    static func slotSource(_ side: Side) -> CodedEvent.SlotSource {
        let via = side.via
        if via == "implied" { return .implied }
        if via == "place" || side.fromPlace || via.hasSuffix("(place)") { return .place }
        if via.hasPrefix("nearest actor") || via.hasPrefix("first actor") || via.hasPrefix("actor right before")
            || via.hasPrefix("root ")
        {
            return .nearby
        }
        return .tree
    }
}

/// What is decided once a document's events are coded (and merged): which events are historical,
/// which counts are implausible as one day's figure, and each event's confidence.
public enum Plausibility {
    /// Counts above this many killed, arrested, injured, held or displaced are not one day's
    /// figure of one event unless the text says so: without another scope they are period totals.
    public static let hugeCount = 100_000.0

    /// Units for which `hugeCount` applies (crowds and troops can be that large on one day).
    static let harmUnits: Set<String> = [
        "dead", "killed", "arrested", "detained", "injured", "wounded", "hostages", "displaced", "refugees",
        "missing", "executed", "abducted", "kidnapped",
    ]

    /// The days after `date` a date of this precision may still mean (its span's last day).
    static func spanDays(_ p: CodedEvent.DatePrecision) -> Int {
        switch p {
        case .day, .document: 0
        case .week: 6
        case .month: 30
        case .year: 364
        }
    }

    /// Marks events dated more than `historicalDays` before the document date `historical` (and
    /// their counts), gives a scope to huge counts that have none, and sets each confidence.
    public static func finish(_ events: inout [CodedEvent], documentDate: Day?, historicalDays: Int) {
        var perSentence: [Int: Int] = [:]
        for e in events { perSentence[e.evidence.sentence, default: 0] += 1 }
        for i in events.indices {
            // The span a vague date covers counts: "last year" in March is not historical.
            if let d = events[i].date, let doc = documentDate,
                doc.ordinal - (d.ordinal + spanDays(events[i].datePrecision)) > historicalDays
            {
                events[i].historical = true
            }
            if var q = events[i].quantity {
                if q.scope == nil && events[i].historical { q.scope = .historical }
                if q.scope == nil, events[i].modality == .conditional || events[i].modality == .hypothetical {
                    q.scope = .hypothetical
                }
                if q.scope == nil, q.value > hugeCount, let u = q.unit, harmUnits.contains(u) {
                    q.scope = events[i].modality != nil ? .hypothetical : .periodTotal
                }
                events[i].quantity = q
            }
            events[i].confidence = events[i].modelConfidence(
                sentenceEvents: perSentence[events[i].evidence.sentence] ?? 1)
        }
    }
}
