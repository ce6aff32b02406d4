import ArgumentParser
import DyadPostgres
import DyadStore
import DyadText
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--db FILE|URL`: the store a command works on.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            """
            The event store: an SQLite file (writing commands create it when missing, reading ones \
            open it read-only) or a PostgreSQL URL postgres://user@host/db (default: $DYAD_DB).
            """, valueName: "file-or-url"))
    var dbOption: String?

    /// The store as given by `--db`, else by `DYAD_DB`.
    var db: String { dbOption ?? ProcessInfo.processInfo.environment["DYAD_DB"] ?? "" }

    func validate() throws {
        if db.isEmpty { throw ValidationError("give --db FILE or --db postgres://user@host/db (or set DYAD_DB)") }
    }

    /// The store as messages name it (a URL without its password).
    var displayName: String {
        PostgresLocation.isURL(db) ? (try? PostgresLocation(url: db).description) ?? db : db
    }

    /// Opens the store (read-only for commands that only read, which then work on a store they
    /// cannot write and never create one); a `StoreError` becomes a one-line message and exit
    /// status 2.
    func open(readOnly: Bool = false) throws -> any EventStore { try openStore(db, readOnly: readOnly) }

    /// Opens a PostgreSQL store (for the commands only it supports: enqueue, worker).
    func openPostgres(for command: String) throws -> PostgresStore {
        guard PostgresLocation.isURL(db) else {
            warn("dyad \(command): needs a PostgreSQL store (--db postgres://user@host/db), not \(db)")
            throw Dyad.usageError
        }
        guard let store = try open() as? PostgresStore else { throw Dyad.usageError }
        return store
    }
}

/// Opens a store or exits with the reason, naming the file or URL: a `postgres://` or
/// `postgresql://` URL is a PostgreSQL store, anything else an SQLite file.
func openStore(_ path: String, readOnly: Bool = false) throws -> any EventStore {
    do {
        if PostgresLocation.isURL(path) { return try PostgresStore(url: path, readOnly: readOnly) }
        return try SQLiteStore(path: path, readOnly: readOnly)
    } catch let e as StoreError {
        warn("dyad: \(e)")
        throw Dyad.usageError
    }
}

/// Runs a store operation; a `StoreError` becomes a one-line message and exit status 2.
@discardableResult
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as StoreError {
        warn("dyad: \(e)")
        throw Dyad.usageError
    }
}

/// The event filters `dyad query` and `dyad export` share.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "First day (YYYY-MM-DD) of the event, or of its document when the event has no date.")
    var from: String?

    @Option(help: "Last day (YYYY-MM-DD), included.")
    var to: String?

    @Option(help: "Event type (repeatable or comma-separated: PROTEST,COERCE).")
    var type: [String] = []

    @Option(help: "Country of a source actor: a code or a name (Russia, RUS; repeatable or comma-separated).")
    var source: [String] = []

    @Option(help: "Country of a target actor: a code or a name (repeatable or comma-separated).")
    var target: [String] = []

    @Option(help: "Country of the event's place: a code or a name (repeatable or comma-separated).")
    var place: [String] = []

    @Option(help: "Text in an actor's words or name (substring).")
    var actor: String?

    @Option(help: "Words that must all occur in the evidence sentence (full-text search).")
    var text: String?

    @Option(help: "Only events whose confidence (a calibrated probability, 0-1) is at least this.")
    var minConfidence: Double?

    @Flag(help: "Also historical events (dated more than a year before their document), left out by default.")
    var includeHistorical = false

    /// The query these options describe.
    func query(limit: Int?) throws -> EventQuery {
        func day(_ s: String?, _ name: String) throws -> Day? {
            guard let s else { return nil }
            guard let d = Day(iso: s) else { throw ValidationError("--\(name) \(s): expected YYYY-MM-DD") }
            return d
        }
        func list(_ values: [String], upper: Bool = true) -> [String] {
            values.flatMap { $0.split(separator: ",") }.map {
                let s = $0.trimmingCharacters(in: .whitespaces)
                return upper ? s.uppercased() : s
            }.filter { !$0.isEmpty }
        }
        if let c = minConfidence, !(0...1).contains(c) {
            throw ValidationError("--min-confidence \(c): expected a number from 0 to 1")
        }
        // Types and countries are checked (and country names resolved) before the store sees them.
        let values = source.isEmpty && target.isEmpty && place.isEmpty ? FilterValues(countries: nil) : .load()
        func countries(_ v: [String], _ option: String) throws -> [String] {
            try list(v, upper: false).map { try values.country($0, option: option) }
        }
        return EventQuery(
            from: try day(from, "from"), to: try day(to, "to"), types: try list(type).map(values.type),
            sourceCountries: try countries(source, "source"), targetCountries: try countries(target, "target"),
            placeCountries: try countries(place, "place"), actor: actor, text: text, limit: limit,
            minConfidence: minConfidence.flatMap { $0 > 0 ? $0 : nil }, includeHistorical: includeHistorical)
    }
}

/// Progress of an ingest on stderr: one updating line on a terminal, a plain line every few
/// seconds otherwise, and the final summary.
final class IngestReporter {
    let isTerminal = isatty(2) == 1
    /// Total input bytes when known (files), for the share done and the ETA.
    let totalBytes: Int?
    var lastLine = Date.distantPast
    let interval: TimeInterval

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
        interval = isTerminal ? 0.2 : 5
    }

    /// Sums the sizes of the files the reader will take from `paths` (nil with stdin).
    static func inputBytes(_ paths: [String]) -> Int? {
        var total = 0
        let fm = FileManager.default
        for path in paths {
            if path == "-" { return nil }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if !isDir.boolValue {
                total += ((try? fm.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
                continue
            }
            let walker = fm.enumerator(atPath: path)
            while let name = walker?.nextObject() as? String {
                let ext = (name as NSString).pathExtension.lowercased()
                guard ext == "txt" || ext == "jsonl" || ext == "ndjson" else { continue }
                let full = (path as NSString).appendingPathComponent(name)
                total += ((try? fm.attributesOfItem(atPath: full))?[.size] as? NSNumber)?.intValue ?? 0
            }
        }
        return total
    }

    func update(_ p: StoreIngestor.Progress) {
        let now = Date()
        guard now.timeIntervalSince(lastLine) >= interval else { return }
        lastLine = now
        var line = "\(p.documents) docs, \(p.outcome.events) events"
        if p.seconds > 0 {
            line += String(
                format: ", %.0f docs/s, %.0f events/s", Double(p.documents) / p.seconds,
                Double(p.outcome.events) / p.seconds)
        }
        if let total = totalBytes, total > 0, p.textBytes > 0 {
            let share = min(0.99, Double(p.textBytes) / Double(total))
            let eta = p.seconds / share * (1 - share)
            line += String(format: ", %.0f%%, ETA %d:%02d", share * 100, Int(eta) / 60, Int(eta) % 60)
        }
        if isTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        } else {
            warn(line)
        }
    }

    /// Clears the progress line and prints the totals.
    func finish(_ p: StoreIngestor.Progress) {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let o = p.outcome
        warn(
            "stored \(o.added) new and \(o.replaced) changed documents, skipped \(o.skipped) unchanged, "
                + "\(p.failed) failed, \(p.empty) empty; \(o.events) events in "
                + String(format: "%.2f s (%.2f s writing the store)", p.seconds, p.writeSeconds))
    }
}
