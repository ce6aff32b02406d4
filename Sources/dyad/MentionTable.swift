import DyadModel
import DyadText
import Foundation

/// The terminal view of `dyad mentions --format table`.
enum MentionTable {
    static func render(_ doc: Document, _ text: AnalyzedText, _ sentences: [SentenceMentions]) -> String {
        var out = "== \(doc.id)" + (doc.date.map { " (\($0))" } ?? "") + "\n"
        for s in sentences {
            let all = s.all
            guard !all.isEmpty else { continue }
            out += "[\(s.sentence.index)] "
            let sentenceText = text.string(s.sentence.start..<s.sentence.end)
            out +=
                (sentenceText.count > 100 ? String(sentenceText.prefix(97)) + "..." : sentenceText)
                .replacingOccurrences(of: "\n", with: " ") + "\n"
            for m in all {
                var detail: [String] = []
                switch m.kind {
                case .place:
                    detail = [m.country?.rawValue ?? "-", m.name ?? "", m.lat.map { "\($0),\(m.lon ?? 0)" } ?? ""]
                case .actor:
                    detail = [m.country?.rawValue ?? "-", m.sector?.rawValue ?? "-", m.name ?? ""]
                case .quantity:
                    if let q = m.quantity {
                        detail = [
                            JSONObject.format(q.value), q.qualifier.rawValue, q.isVague ? "vague" : "", m.unit ?? "",
                        ]
                    }
                case .date:
                    detail = [m.date.map { $0.day.description + ($0.lastDay.map { "..\($0)" } ?? "") } ?? ""]
                }
                let label = m.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                let surface = text.string(m.start..<m.end)
                out +=
                    "    \(label) \(surface.padding(toLength: max(surface.count, 40), withPad: " ", startingAt: 0))  "
                out += detail.filter { !$0.isEmpty }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }
}
