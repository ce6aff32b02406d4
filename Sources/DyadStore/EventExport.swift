import DyadModel
import DyadText

/// The shapes `dyad export` writes, as bytes per event, so that any size streams through a buffer.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The EVAL.md records `dyad code` prints, one per line.
    case jsonl
    /// One row per event with a header; compound actors are joined with `;`.
    case csv
    /// A FeatureCollection of Point features for events whose place has coordinates.
    case geojson
    /// PLOVER's data-exchange records (`id`, `date`, `actor`, `recipient`, `event`, `mode`, ...), one per line.
    case plover
    /// The PETRARCH/Phoenix tab-separated event line with CAMEO codes (see `CAMEOExport`).
    case cameo

    /// Bytes written before the first event.
    public var header: [UInt8] {
        switch self {
        case .csv: Array((Self.csvColumns.joined(separator: ",") + "\n").utf8)
        case .cameo: Array(CAMEOExport.header.utf8)
        case .geojson: Array("{\"type\":\"FeatureCollection\",\"features\":[\n".utf8)
        case .jsonl, .plover: []
        }
    }

    /// Bytes written after the last event.
    public var footer: [UInt8] {
        self == .geojson ? Array("\n]}\n".utf8) : []
    }

    /// The bytes of one event (empty when the format leaves it out); `first` tells whether a
    /// separator is needed before it.
    public func bytes(_ e: StoredEvent, first: Bool) -> [UInt8] {
        switch self {
        case .jsonl: return e.event.json.bytes() + [0x0A]
        case .csv: return Array(Self.csvRow(e).utf8)
        case .plover: return Self.plover(e).bytes() + [0x0A]
        case .cameo: return Array(CAMEOExport.lines(e).utf8)
        case .geojson:
            guard let place = e.event.place, let lat = place.lat, let lon = place.lon else { return [] }
            var geometry = JSONObject()
            geometry.set("type", "Point")
            var out = Array("{\"geometry\":".utf8)
            out += Array(
                "{\"coordinates\":[\(JSONObject.format(lon)),\(JSONObject.format(lat))],\"type\":\"Point\"}".utf8)
            var properties = e.event.json
            properties.set("id", Int(e.id))
            properties.set("cluster", e.clusterID.map { Int($0) })
            // The type's colour, as the dashboard draws it, for map tools that style by property.
            properties.set("color", e.event.type.colour)
            out += Array(",\"properties\":".utf8) + properties.bytes() + Array(",\"type\":\"Feature\"}".utf8)
            return (first ? [] : Array(",\n".utf8)) + out
        }
    }

    /// Whether `bytes(_:first:)` writes anything for the event (GeoJSON skips events without
    /// coordinates, CAMEO skips MIGRATE, which it does not code).
    public func includes(_ e: StoredEvent) -> Bool {
        switch self {
        case .geojson: e.event.place?.lat != nil && e.event.place?.lon != nil
        case .cameo: CAMEOExport.includes(e)
        case .jsonl, .csv, .plover: true
        }
    }

    static let csvColumns = [
        "id", "doc", "type", "mode", "date", "day", "source_countries", "source_sectors", "source_text",
        "target_countries", "target_sectors", "target_text", "place_name", "place_country", "lat", "lon",
        "quantity_value", "quantity_qualifier", "quantity_unit", "attribution", "modality", "contexts", "trigger",
        "mentions", "cluster_id", "evidence_sentence", "evidence_start", "evidence_end", "evidence_text", "cameo",
        "confidence", "place_precision", "date_precision", "historical", "quantity_scope", "quantity_period",
    ]

    /// One CSV line (RFC 4180 quoting) ending in a newline.
    static func csvRow(_ s: StoredEvent) -> String {
        let e = s.event
        func join(_ actors: [CodedEvent.Actor], _ field: (CodedEvent.Actor) -> String?) -> String {
            actors.map { field($0) ?? "" }.joined(separator: ";")
        }
        func number(_ v: Double?) -> String { v.map(JSONObject.format) ?? "" }
        let fields: [String] = [
            String(s.id), e.document, e.type.rawValue, e.mode ?? "", e.date?.description ?? "",
            s.day?.description ?? "",
            join(e.source, \.country?.rawValue), join(e.source, \.sector?.rawValue), join(e.source, \.text),
            join(e.target, \.country?.rawValue), join(e.target, \.sector?.rawValue), join(e.target, \.text),
            e.place?.name ?? "", e.place?.country.rawValue ?? "", number(e.place?.lat), number(e.place?.lon),
            number(e.quantity?.value), e.quantity?.qualifier.rawValue ?? "", e.quantity?.unit ?? "",
            e.attribution ?? "", e.modality?.rawValue ?? "", e.contexts.joined(separator: ";"), e.trigger,
            String(e.mentions), s.clusterID.map { String($0) } ?? "", String(e.evidence.sentence),
            String(e.evidence.start), String(e.evidence.end), e.evidence.text, e.cameo ?? "",
            JSONObject.format(e.confidence), e.placePrecision.rawValue, e.datePrecision.rawValue,
            e.historical ? "1" : "0", e.quantity?.scope?.rawValue ?? "", e.quantity?.period ?? "",
        ]
        return fields.map(csvField).joined(separator: ",") + "\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The event as a PLOVER record (see the "Data Fields" chapter of the PLOVER manual).
    static func plover(_ s: StoredEvent) -> JSONObject {
        let e = s.event
        func entity(_ a: CodedEvent.Actor) -> JSONObject {
            var o = JSONObject()
            o.set("code", a.country?.rawValue)
            o.set("sector", a.sector?.rawValue)
            o.set("text", a.text)
            if let name = a.name { o.set("name", name) }
            return o
        }
        var o = JSONObject()
        o.set("id", "\(e.document)-\(s.id)")
        o.set("date", s.day?.description)
        o.set("actor", e.source.map(entity))
        o.set("recipient", e.target.map(entity))
        o.set("event", [e.type.rawValue])
        o.set("mode", e.mode.map { [$0] } ?? [])
        o.set("context", e.contexts)
        if let place = e.place { o.set("event_loc", place.json) }
        o.set("event_text", [e.evidence.text])
        if let q = e.quantity { o.set("number", q.json(withText: false)) }
        o.set("link", s.clusterID.map { Int($0) })
        var cite = JSONObject()
        cite.set("doc", e.document)
        cite.set("attribution", e.attribution)
        o.set("cite_info", cite)
        o.set("coder", "dyad")
        return o
    }
}
