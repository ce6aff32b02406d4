import ArgumentParser
import DyadCoder
import DyadServer
import DyadStore
import DyadText
import Foundation

/// `dyad demo`: the first thing to run on a fresh clone.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the repository's examples into ./dyad-demo.sqlite, summarise them and serve the dashboard.",
        discussion: """
            Finds the examples/ folder in the current directory or a parent (or takes --examples), \
            stores its events, prints events by type, the top dyads and the top places, then serves \
            the store (as `dyad serve` does) and prints the dashboard's URL; --no-serve stops after \
            the summary. Running it again adds nothing.
            """
    )

    @Option(help: "The store to create or update.")
    var db: String = "./dyad-demo.sqlite"

    @Option(help: "The folder of example articles (default: examples/ here or in a parent folder).")
    var examples: String?

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Stop after the summary instead of serving the dashboard (scripts, tests).")
    var noServe = false

    @Option(help: "The port the dashboard is served on.")
    var port: Int = 8080

    func run() async throws {
        guard let folder = examples ?? Self.findExamples() else {
            throw ValidationError("no examples/ folder here or above; run from the repository or give --examples")
        }
        let pipeline = try Pipeline.forStore(lexicon)
        let store = try openStore(db)
        let progress = try ingest(
            DocumentReader(
                paths: [folder], maxDocumentBytes: DocumentReader.defaultMaxDocumentBytes, refusesRepeatedIDs: true),
            into: store, pipeline: pipeline,
            threads: ProcessInfo.processInfo.activeProcessorCount, totalBytes: IngestReporter.inputBytes([folder]))
        print(try storeCall { try Self.summary(store) }, terminator: "")
        if progress.failed > 0 { throw ExitCode(1) }
        guard !noServe else { return }
        fflush(nil)
        // Served read-only (no token), so the server needs no pipeline.
        try await serve(db: store, path: db, coding: nil, ServerConfiguration(port: port))
    }

    /// `examples/` in the current directory or the nearest parent that has one.
    static func findExamples() -> String? {
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("examples")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue {
                return candidate.path
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// Totals, events by type, top dyads and top places.
    static func summary(_ store: any EventStore) throws -> String {
        let s = try store.stats()
        var out = "\n\(s.path): \(s.documents) documents, \(s.events) events, \(s.clusters) clusters\n"
        func section(_ title: String, _ by: CountDimension, limit: Int?) throws {
            out += "\n\(title)\n"
            for r in try store.counts(EventQuery(limit: limit), by: by) {
                out += "  " + pad(r.key, 22) + pad(String(r.events), 5, left: true)
                out += (r.quantity > 0 ? "   #" + JSONObject.format(r.quantity) : "") + "\n"
            }
        }
        try section("Events by type", .type, limit: nil)
        try section("Top dyads (source -> target countries)", .dyad, limit: 8)
        try section("Top places", .place, limit: 8)
        // Commands that work when pasted: the binary by its own path (`swift run` puts none on PATH),
        // one command a line.
        let dyad = Self.binaryPath()
        out += "\nNext, for example:\n"
        out += "  \(dyad) query --db \(s.path) --count-by day\n"
        out += "  \(dyad) export --db \(s.path) --format geojson > events.geojson\n"
        return out
    }

    /// How to call this binary from the current folder: `dyad` when that name on PATH is this
    /// binary, else its path (relative when shorter).
    static func binaryPath() -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments.first ?? "dyad").resolvingSymlinksInPath().path
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("dyad").resolvingSymlinksInPath()
            if candidate.path == me { return "dyad" }
        }
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return me.hasPrefix(cwd) ? String(me.dropFirst(cwd.count)) : me
    }
}
