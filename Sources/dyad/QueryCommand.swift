import ArgumentParser
import DyadModel
import DyadStore
import DyadText
import Foundation

/// `dyad query`: filters and counts stored events.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List or count stored events, filtered by day, type, countries, actor or text.",
        discussion: """
            Without --count-by, prints the matching events (table: one line each; jsonl: the records \
            of `dyad code`). With --count-by, prints event counts and summed quantities per group; \
            counts that filter only on days, types and countries are read from the rollups table.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilterOptions

    @Option(help: "Group and count by: day, week, month, type, source, target, place or dyad.")
    var countBy: CountDimension?

    @Option(help: "Rows to print (events default to 100; counts to all).")
    var limit: Int?

    @Option(help: "Rows to skip first.")
    var offset: Int = 0

    @Option(help: "Output format: table or jsonl.")
    var format: Format = .table

    /// The direction of `--sort`.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case asc, desc
    }

    @Option(
        help: "Order events by: id (storage order, the default), date, type or count; undated or uncounted events last."
    )
    var sort: EventSort.Key = .id

    @Option(help: "asc or desc (default: asc for id and type, desc for date and count).")
    var order: Order?

    func validate() throws {
        if countBy != nil && (sort != .id || order != nil) {
            throw ValidationError("--sort and --order order events; --count-by prints counts, largest first")
        }
    }

    func run() throws {
        let db = try store.open(readOnly: true)
        var query = try filters.query(limit: countBy == nil ? (limit ?? 100) : limit)
        query.offset = offset
        let descending = order.map { $0 == .desc } ?? (sort == .date || sort == .count)
        query.sort = EventSort(sort, descending: descending)
        let out = ByteOutput()
        defer { out.flush() }
        if let by = countBy {
            let rows = try storeCall { try db.counts(query, by: by) }
            for r in rows {
                if format == .jsonl {
                    var o = JSONObject()
                    o.set(by.rawValue, r.key)
                    o.set("events", r.events)
                    o.set("quantity", r.quantity)
                    out.writeLine(o.bytes())
                } else {
                    out.write(
                        pad(r.key, 24) + " " + pad(String(r.events), 9, left: true)
                            + (r.quantity > 0 ? "  #" + JSONObject.format(r.quantity) : "") + "\n")
                }
            }
            return
        }
        for e in try storeCall({ try db.query(query) }) {
            if format == .jsonl {
                out.writeLine(e.event.json.bytes())
            } else {
                out.write(Self.line(e) + "\n")
            }
        }
    }

    /// One readable line: id, day, type/mode, dyad, place, count, document, evidence.
    static func line(_ s: StoredEvent) -> String {
        let e = s.event
        func side(_ a: [CodedEvent.Actor]) -> String {
            a.isEmpty
                ? "-" : a.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.joined(separator: "+")
        }
        var parts = [
            pad(String(s.id), 7, left: true), s.day?.description ?? "----------",
            e.type.rawValue + (e.mode.map { "/\($0)" } ?? ""), side(e.source) + " -> " + side(e.target),
        ]
        if let p = e.place { parts.append("@" + p.name) }
        if let q = e.quantity { parts.append("#" + JSONObject.format(q.value)) }
        var evidence = e.evidence.text.replacingOccurrences(of: "\n", with: " ")
        if evidence.count > 80 { evidence = String(evidence.prefix(77)) + "..." }
        parts.append("[\(e.document)] \"\(evidence)\"")
        return parts.joined(separator: "  ")
    }
}

extension CountDimension: ExpressibleByArgument {}

extension EventSort.Key: ExpressibleByArgument {}

/// Pads to a width for table columns.
func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return left ? fill + s : s + fill
}

/// `dyad export`: streams stored events out in a file format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Stream stored events as jsonl, csv, geojson, plover or cameo records.",
        discussion: """
            jsonl: the EVAL.md records of `dyad code`. csv: one row per event with a header. geojson: \
            a FeatureCollection of Point features for events whose place has coordinates. plover: \
            PLOVER data-exchange records (id, date, actor, recipient, event, mode, context, event_loc). \
            cameo: the PETRARCH/Phoenix tab-separated line (header first; one line per source-target \
            pair; CAMEO code, root code, quad class, PLOVER score, place, then Dyad's event id and \
            whether the code came from a verb pattern or was mapped from the PLOVER type and mode; \
            MIGRATE events are left out). Memory stays flat whatever the store's size.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilterOptions

    @Option(help: "jsonl, csv, geojson, plover or cameo.")
    var format: ExportFormat = .jsonl

    @Option(help: "At most this many events.")
    var limit: Int?

    func run() throws {
        let db = try store.open(readOnly: true)
        let query = try filters.query(limit: limit)
        let out = ByteOutput()
        let format = format
        out.write(format.header)
        var first = true
        try storeCall {
            try db.export(query) { e in
                guard format.includes(e) else { return }
                out.write(format.bytes(e, first: first))
                first = false
            }
        }
        out.write(format.footer)
        out.flush()
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// `dyad stats`: what a store holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Print what a store holds: documents, events, clusters, days, size.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let db = try store.open(readOnly: true)
        let s = try storeCall { try db.stats() }
        print(Self.render(s), terminator: "")
        if let queue = db as? any QueueReporting {
            print(Self.render(try storeCall { try queue.queueStatus() }), terminator: "")
        }
    }

    /// The work queue's lines (PostgreSQL stores): batches by state, throughput, failures.
    static func render(_ q: QueueStatus) -> String {
        var out = "queue      \(q.pending) pending, \(q.leased) leased, \(q.done) done, \(q.failed) failed batches"
        out += " (\(q.pendingDocuments) documents to code, \(q.doneDocuments) coded, \(q.doneEvents) events)\n"
        out += String(format: "throughput %.1f documents/s over the last minute\n", q.documentsPerSecond)
        for f in q.failures { out += "failed     batch \(f.job): \(f.reason)\n" }
        return out
    }

    static func render(_ s: StoreStats) -> String {
        var out = "store      \(s.path) (schema \(s.schemaVersion), "
        out += String(format: "%.1f MB on disk)\n", Double(s.bytesOnDisk) / 1_048_576)
        out += "documents  \(s.documents)\nsentences  \(s.sentences)\nevents     \(s.events)\n"
        out += "actors     \(s.actors)\nclusters   \(s.clusters) (\(s.sharedClusters) told by several documents)\n"
        out += "rollups    \(s.rollupRows) rows\n"
        if let first = s.firstDay, let last = s.lastDay { out += "days       \(first) to \(last)\n" }
        if !s.types.isEmpty {
            out += "types      " + s.types.map { "\($0.key) \($0.events)" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
