import DyadCoder
import DyadLexicon
import DyadModel
import DyadServer
import DyadStore
import DyadSyntax
import DyadText
import Foundation
import Hummingbird

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

/// A temporary store holding the repository's examples, coded for real, plus two hand-made
/// documents with known events (so filters have exact answers).
struct Fixture {
    let directory: URL
    let path: String
    let store: SQLiteStore

    init() throws {
        directory = try temporaryDirectory()
        path = directory.appendingPathComponent("test.sqlite").path
        store = try SQLiteStore(path: path)
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
