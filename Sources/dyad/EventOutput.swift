import DyadCoder
import DyadModel
import DyadText

/// What `dyad code` prints for one document, in one of its formats: shared with `dyad eval` and
/// `dyad bench --stage code`, so the figures `dyad eval` reports are those of the output that
/// `score.py` reads (`dyad code --format jsonl`), not of a second path.
struct EventOutput: Sendable {
    /// The output formats of `dyad code`.
    enum Format: String, Sendable, CaseIterable {
        case jsonl, tsv, table, explain
    }

    /// The pipeline the events come from.
    var pipeline: Pipeline
    var format: Format
    /// Adds each event's confidence-model features (`features`) to JSON Lines, for
    /// `scripts/calibrate_confidence.py`.
    var features = false

    /// The options of the contract output: every stage, every telling apart unless `merge`; with
    /// `explain`, each event keeps the rules that coded it.
    static func options(merge: Bool, explain: Bool = false) -> Pipeline.Options {
        var o = Pipeline.Options(stage: .events, mergeRepeatedTellings: merge)
        o.explain = explain
        return o
    }

    /// The header line(s) the format starts with, if any.
    var header: String? { format == .tsv ? EventTable.tsvHeader + "\n" : nil }

    /// Annotates one document and formats its events; a long document (over
    /// `Pipeline.defaultPartBytes`) is coded in parts, except for `explain`, which prints trees.
    func bytes(for document: Document) -> [UInt8] {
        guard format != .explain, TextParts(document.text, maxBytes: Pipeline.defaultPartBytes).isSplit else {
            return bytes(for: pipeline.annotate(document))
        }
        return bytes(document, pipeline.events(of: document, partBytes: Pipeline.defaultPartBytes))
    }

    /// Formats the events of an annotated document.
    func bytes(for annotated: AnnotatedDocument) -> [UInt8] {
        guard format != .explain else { return Array(annotated.explanation().utf8) }
        return bytes(annotated.document, annotated.events)
    }

    /// Formats a document's events (any format but `explain`).
    func bytes(_ document: Document, _ events: [CodedEvent]) -> [UInt8] {
        switch format {
        case .jsonl:
            var bytes: [UInt8] = []
            for e in events {
                var o = e.json
                if features {
                    let n = events.filter { $0.evidence.sentence == e.evidence.sentence }.count
                    o.set("features", e.confidenceFeatures(sentenceEvents: n))
                    o.set("heuristic_confidence", e.heuristicConfidence)
                }
                bytes += o.bytes()
                bytes.append(0x0A)
            }
            return bytes
        case .tsv: return Array(events.map(EventTable.tsvRow).joined().utf8)
        case .table: return Array(EventTable.render(document, events).utf8)
        case .explain: return []  // `bytes(for:)` prints explanations from the annotation
        }
    }
}
