import DyadModel
import DyadText

/// The PETRARCH/Phoenix event line: what `dyad export --format cameo` writes, so that analyses
/// written for Phoenix's public event files (CAMEO codes, root codes, quad classes, Goldstein-style
/// scores, actor codes such as `RUSGOV`) can read Dyad's events unchanged.
///
/// Tab-separated, one line per dyad (each source actor with each target actor, as CAMEO data counts
/// them), after a header line. The first 26 columns are Phoenix's, in Phoenix's order and under its
/// names; Dyad's own columns follow. MIGRATE events, which CAMEO does not code, are left out.
public enum CAMEOExport {
    /// The header: Phoenix's 26 columns, then Dyad's.
    public static let columns = [
        "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
        "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
        "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
        "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
        "DyadEventID", "CodeSource", "PloverType", "PloverMode", "DocID",
    ]

    /// The header line.
    public static var header: String { columns.joined(separator: "\t") + "\n" }

    /// Whether the event has a CAMEO line (every type but MIGRATE).
    public static func includes(_ e: StoredEvent) -> Bool { e.event.cameoCoding != nil }

    /// The event's lines (one per source × target pair; a missing side is one empty actor), each
    /// ending in a newline; empty for an event CAMEO does not code.
    public static func lines(_ s: StoredEvent) -> String {
        let e = s.event
        guard let coding = e.cameoCoding else { return "" }
        let sources: [CodedEvent.Actor?] = e.source.isEmpty ? [nil] : e.source
        let targets: [CodedEvent.Actor?] = e.target.isEmpty ? [nil] : e.target
        let day = s.day
        var out = ""
        var k = 0
        for source in sources {
            for target in targets {
                k += 1
                let src = CAMEOActor(source)
                let tgt = CAMEOActor(target)
                var fields: [String] = [
                    "\(s.id)-\(k)",
                    day.map { String($0.description.filter { $0 != "-" }) } ?? "",
                    day.map { String($0.year) } ?? "", day.map { String($0.month) } ?? "",
                    day.map { String($0.day) } ?? "",
                    src.full, src.entity, src.role, src.attribute,
                    tgt.full, tgt.entity, tgt.role, tgt.attribute,
                    coding.code.rawValue, coding.rootCode, String(coding.quadClass.rawValue), score(coding.score),
                    e.contexts.joined(separator: ";"),
                    e.place?.lat.map(JSONObject.format) ?? "", e.place?.lon.map(JSONObject.format) ?? "",
                    e.place?.name ?? "", "", e.place?.country.rawValue ?? "",
                    "\(e.document)-\(e.evidence.sentence)", "", "",
                ]
                fields += [String(s.id), coding.origin.rawValue, e.type.rawValue, e.mode ?? "", e.document]
                out += fields.map(clean).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// A score as Phoenix writes it: one decimal ("-7.0", "2.5").
    static func score(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// A field without the tabs and line breaks that would split the line.
    static func clean(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return s }
        return String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
