import DyadModel
import DyadText
import Foundation

/// The tsv and terminal views of coded events.
enum EventTable {
    static let tsvHeader = [
        "doc", "type", "mode", "source", "source_country", "source_sector", "target", "target_country",
        "target_sector", "date", "place", "place_country", "lat", "lon", "quantity", "qualifier", "unit",
        "attribution", "modality", "sentence", "evidence",
    ].joined(separator: "\t")

    static func clean(_ s: String?) -> String {
        (s ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    static func tsvRow(_ e: CodedEvent) -> String {
        func side(_ a: [CodedEvent.Actor]) -> [String] {
            [
                a.map { clean($0.text ?? "(implied)") }.joined(separator: "; "),
                a.map { $0.country?.rawValue ?? "" }.joined(separator: ";"),
                a.map { $0.sector?.rawValue ?? "" }.joined(separator: ";"),
            ]
        }
        let cols: [String] =
            [e.document, e.type.rawValue, e.mode ?? ""] + side(e.source) + side(e.target) + [
                e.date?.description ?? "", clean(e.place?.name), e.place?.country.rawValue ?? "",
                e.place?.lat.map { JSONObject.format($0) } ?? "", e.place?.lon.map { JSONObject.format($0) } ?? "",
                e.quantity.map { JSONObject.format($0.value) } ?? "", e.quantity?.qualifier.rawValue ?? "",
                e.quantity?.unit ?? "", clean(e.attribution), e.modality?.rawValue ?? "", String(e.evidence.sentence),
                clean(e.evidence.text),
            ]
        return cols.joined(separator: "\t") + "\n"
    }

    static func render(_ doc: Document, _ events: [CodedEvent]) -> String {
        var out = "== \(doc.id)" + (doc.date.map { " (\($0))" } ?? "") + ": \(events.count) events\n"
        for e in events {
            func side(_ a: [CodedEvent.Actor]) -> String {
                a.isEmpty
                    ? "-"
                    : a.map { "\($0.country?.rawValue ?? "?")/\($0.sector?.rawValue ?? "-")" + ($0.implied ? "*" : "") }
                        .joined(separator: "+")
            }
            var line = "  [\(e.evidence.sentence)] \(e.type)"
            if let m = e.mode { line += "/\(m)" }
            line += "  \(side(e.source)) -> \(side(e.target))"
            if let d = e.date { line += "  \(d)" }
            if let p = e.place { line += "  @\(p.name)" }
            if let q = e.quantity {
                line += "  #\(JSONObject.format(q.value)) \(q.unit ?? "") (\(q.qualifier.rawValue))"
            }
            if let m = e.modality { line += "  [\(m.rawValue)]" }
            if let a = e.attribution { line += "  per \(a)" }
            out += line + "\n      \"\(e.evidence.text.replacingOccurrences(of: "\n", with: " "))\"\n"
        }
        return out
    }
}
