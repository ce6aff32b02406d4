import DyadModel

/// Merges the same event told twice in one document (a summary sentence and a quote) into one
/// record that counts its mentions.
///
/// Two records are the same event when type, mode, modality, count, and the source and
/// target countries and sectors agree; the first telling is kept (it usually carries the fuller context) and its
/// empty fields are filled from later tellings.
public enum EventDeduplicator {
    /// Merges duplicates, keeping first-seen order.
    public static func merge(_ events: [CodedEvent]) -> [CodedEvent] { mergeKeepingIndices(events).events }

    /// Merges duplicates and says which input record each output record is (its first telling),
    /// so per-event layers such as explanation traces stay aligned.
    public static func mergeKeepingIndices(_ events: [CodedEvent]) -> (events: [CodedEvent], kept: [Int]) {
        var kept: [Int] = []
        var out: [CodedEvent] = []
        var index: [String: Int] = [:]
        for (n, e) in events.enumerated() {
            let key = [
                e.document, e.type.rawValue, e.mode ?? "", e.modality?.rawValue ?? "",
                e.source.map(Self.side).sorted().joined(separator: ","),
                e.target.map(Self.side).sorted().joined(separator: ","),
                e.quantity.map { "\($0.value)" } ?? "",
            ].joined(separator: "|")
            if let i = index[key] {
                out[i].mentions += 1
                if out[i].date == nil {
                    out[i].date = e.date
                    out[i].datePrecision = e.datePrecision
                }
                if out[i].attribution == nil { out[i].attribution = e.attribution }
            } else {
                index[key] = out.count
                out.append(e)
                kept.append(n)
            }
        }
        return (out, kept)
    }

    /// "RUS/GOV", "-/-": an actor's country and sector as the merge key compares them.
    static func side(_ a: CodedEvent.Actor) -> String {
        "\(a.country?.rawValue ?? "-")/\(a.sector?.rawValue ?? "-")"
    }
}
