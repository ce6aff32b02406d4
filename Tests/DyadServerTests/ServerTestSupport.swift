import DyadCoder
import DyadLexicon
import DyadModel
import DyadServer
import DyadStore
import DyadSyntax
import DyadText
import Foundation
import Hummingbird

@testable import DyadPostgres

/// The repository root (for examples/ and docs/).
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh temporary folder.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// What the store keeps of a document, coded as `dyad ingest` and `dyad serve` code it (repeats
/// merged); the lexicon is loaded once (it takes a moment to compile).
let sharedCoding: StoreIngestor.Coding = {
    let pipeline: Pipeline
    do {
        pipeline = Pipeline(
            lexicon: try Lexicon.load(), syntax: try SyntaxModel.load(),
            options: Pipeline.Options(mergeRepeatedTellings: true))
    } catch { fatalError("lexicon: \(error)") }
    return { doc in
        let a = pipeline.annotate(doc)
        return IngestItem(document: a.document, text: a.text, mentions: a.mentions, events: a.events)
    }
}()

/// The store the server suite runs on: SQLite unless `DYAD_TEST_SERVER_BACKEND=postgres`, which
/// runs the same tests on PostgreSQL (`DYAD_TEST_POSTGRES_URL`; `.ci/run` runs the suite both ways).
enum ServerBackend: String, Sendable {
    case sqlite
    case postgres

    static let current: ServerBackend = {
        let env = ProcessInfo.processInfo.environment
        guard let name = env["DYAD_TEST_SERVER_BACKEND"], !name.isEmpty else { return .sqlite }
        guard let backend = ServerBackend(rawValue: name) else {
            fatalError("DYAD_TEST_SERVER_BACKEND=\(name): expected sqlite or postgres")
        }
        if backend == .postgres, (env["DYAD_TEST_POSTGRES_URL"] ?? "").isEmpty {
            fatalError(
                "DYAD_TEST_SERVER_BACKEND=postgres needs DYAD_TEST_POSTGRES_URL (scripts/postgres-test-server.sh)")
        }
        return backend
    }()

    /// A fresh, empty store of this backend: a file in `directory`, or a schema of its own
    /// (`srv_<pid>_<uuid>`) on the PostgreSQL server, so tests can run in parallel.
    func freshStore(in directory: URL) throws -> any EventStore {
        switch self {
        case .sqlite:
            return try SQLiteStore(path: directory.appendingPathComponent("test.sqlite").path)
        case .postgres:
            let url = ProcessInfo.processInfo.environment["DYAD_TEST_POSTGRES_URL"] ?? ""
            let id = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            let store = try PostgresStore(location: PostgresLocation(url: url).with(schema: "srv_\(getpid())_\(id)"))
            Self.dropStaleSchemas.once(store)
            return store
        }
    }

    /// Drops the `srv_<pid>_…` schemas of test runs that have ended: the suites' shared fixtures
    /// live as long as the process and are never closed, so the next run removes them.
    static let dropStaleSchemas = Once { (store: PostgresStore) in
        let rows =
            (try? store.read { s in try s.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'srv\\_%'") })
            ?? []
        for row in rows {
            guard let name = try? row[0].decode(String.self) else { continue }
            let parts = name.split(separator: "_")
            guard parts.count == 3, let pid = Int32(parts[1]), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try? store.read { s in try s.execute("DROP SCHEMA IF EXISTS \(Session.quoted(name)) CASCADE") }
        }
    }

    /// A second connection to the same store, as another process (`dyad ingest`, a worker) has.
    func reopen(_ store: any EventStore) throws -> any EventStore {
        if let sqlite = store as? SQLiteStore { return try SQLiteStore(path: sqlite.path) }
        let pg = store as! PostgresStore
        return try PostgresStore(location: pg.location)
    }
}

/// Runs an action the first time it is asked, and never again.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private let action: (PostgresStore) -> Void

    init(_ action: @escaping (PostgresStore) -> Void) { self.action = action }

    func once(_ store: PostgresStore) {
        lock.lock()
        defer { lock.unlock() }
        if !done {
            done = true
            action(store)
        }
    }
}

/// A temporary store holding the repository's examples, coded for real, plus two hand-made
/// documents with known events (so filters have exact answers), on `ServerBackend.current`.
struct Fixture {
    let directory: URL
    let store: any EventStore

    init() throws {
        directory = try temporaryDirectory()
        store = try ServerBackend.current.freshStore(in: directory)
        let examples = repoRoot.appendingPathComponent("examples").path
        _ = try StoreIngestor(store: store, threads: 2, coding: sharedCoding).run(DocumentReader(paths: [examples]))
        _ = try store.ingest(
            [
                item(
                    "hand-1", date: "2021-05-02", sentences: ["Police arrested 40 protesters in Minsk.", "Words."],
                    events: [
                        handEvent(
                            "hand-1", .coerce, source: "BLR", target: "BLR", date: "2021-05-02", place: "BLR",
                            quantity: 40, unit: "arrested")
                    ]),
                item(
                    "hand-2", date: "2021-05-03", sentences: ["Officials of FRA met officials of DEU."],
                    events: [
                        handEvent("hand-2", .consult, source: "FRA", target: "DEU", date: "2021-05-03", place: "FRA")
                    ]),
            ], replace: false)
    }

    /// Removes the store (the temporary folder; on PostgreSQL, the schema).
    func close() {
        try? FileManager.default.removeItem(at: directory)
        if let pg = store as? PostgresStore { try? pg.dropSchema() }
    }

    /// A server over this store.
    func server(
        token: String? = "s3cret", maxBody: Int = 64 << 10, coding: StoreIngestor.Coding? = sharedCoding,
        configure: (inout ServerConfiguration) -> Void = { _ in }
    ) -> DyadServer {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, token: token, maxBodyBytes: maxBody)
        configure(&configuration)
        return DyadServer(store: store, coding: coding, configuration: configuration)
    }

    /// Runs `body` against the real server listening on a free port.
    func live<T: Sendable>(
        token: String? = "s3cret", maxBody: Int = 64 << 10, coding: StoreIngestor.Coding? = sharedCoding,
        _ body: @Sendable (LiveClient) async throws -> T
    ) async throws -> T {
        try await server(token: token, maxBody: maxBody, coding: coding).live(body)
    }
}

/// An event built by hand.
func handEvent(
    _ doc: String, _ type: EventType, source: CountryCode, target: CountryCode, date: String, place: CountryCode,
    quantity: Double? = nil, unit: String = "people"
) -> CodedEvent {
    CodedEvent(
        document: doc, type: type, mode: nil,
        source: [CodedEvent.Actor(text: "officials of \(source)", country: source, sector: .government)],
        target: [CodedEvent.Actor(text: "people of \(target)", country: target, sector: .civilians)],
        date: Day(iso: date), place: CodedEvent.Place(name: "Capital of \(place)", country: place, lat: 50, lon: 20),
        quantity: quantity.map { CodedEvent.Count(value: $0, qualifier: .exact, unit: unit, text: "\(Int($0))") },
        attribution: nil, evidence: CodedEvent.Evidence(sentence: 0, start: 0, end: 10, text: "words"), modality: nil,
        contexts: [], trigger: "arrested")
}

/// A document whose sentences say `sentences`, with the given events.
func item(_ id: String, date: String, sentences: [String], events: [CodedEvent]) -> IngestItem {
    let doc = Document(id: id, date: Day(iso: date), text: sentences.joined(separator: " "), origin: "test")
    var offset = 0
    var stored: [StoredSentence] = []
    for (i, s) in sentences.enumerated() {
        stored.append(StoredSentence(index: i, start: offset, end: offset + s.count, text: s))
        offset += s.count + 1
    }
    return IngestItem(document: doc, contentHash: IngestItem.contentHash(doc), sentences: stored, events: events)
}
