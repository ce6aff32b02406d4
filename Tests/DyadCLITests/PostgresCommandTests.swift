import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The PostgreSQL server the tests may use (`.ci/run` starts one, see
/// `scripts/postgres-test-server.sh`).
let postgresURL: String? = ProcessInfo.processInfo.environment["DYAD_TEST_POSTGRES_URL"].flatMap {
    $0.isEmpty ? nil : $0
}

/// The commands on a PostgreSQL store, as a user runs them (the real binary, a real server):
/// the same answers as on SQLite, and workers that store each document once whatever happens
/// to them. Each test works in schemas of its own and drops them.
@Suite(
    "dyad on PostgreSQL (real binary, real server)", .serialized,
    .enabled(if: postgresURL != nil, "DYAD_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server)"))
struct PostgresCommandTests {
    let examples = BinaryRunner.repoRoot.appendingPathComponent("examples")

    /// A store URL in a fresh schema; `drop` removes it.
    struct Schema {
        let name = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        var url: String {
            let base = postgresURL ?? ""
            return base + (base.contains("?") ? "&" : "?") + "schema=\(name)"
        }

        func drop() {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["psql", postgresURL ?? "", "-qc", "DROP SCHEMA IF EXISTS \(name) CASCADE"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try? p.run()
            p.waitUntilExit()
        }
    }

    /// Event records without the store's own numbers (row ids and cluster ids are per store),
    /// sorted: what two stores holding the same events print alike.
    static func records(_ jsonl: String) -> [String] {
        jsonl.split(separator: "\n").map { line -> String in
            guard var o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return String(line)
            }
            o["id"] = nil
            o["cluster"] = nil
            o["cluster_id"] = nil
            let data = try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
            return String(decoding: data ?? Data(), as: UTF8.self)
        }.sorted()
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Output {
        let r = try BinaryRunner.run(arguments)
        #expect(r.status == 0, "dyad \(arguments.joined(separator: " ")): \(r.stderr)")
        return r
    }

    @Test func ingestQueryExportAndStatsAnswerAsOnSQLite() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = Schema()
        defer { schema.drop() }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        _ = try run(["ingest", "--db", sqlite, examples.path])
        let first = try run(["ingest", "--db", schema.url, examples.path])
        #expect(first.stderr.contains("stored"))
        let again = try run(["ingest", "--db", schema.url, examples.path])
        #expect(again.stderr.contains("stored 0 new and 0 changed documents"), "\(again.stderr)")
        for format in ["jsonl", "plover", "cameo"] {
            let a = try run(["export", "--db", sqlite, "--format", format]).stdout
            let b = try run(["export", "--db", schema.url, "--format", format]).stdout
            if format == "jsonl" {
                #expect(Self.records(a) == Self.records(b) && !a.isEmpty, "export \(format)")
            } else {
                #expect(a.split(separator: "\n").count == b.split(separator: "\n").count, "export \(format)")
            }
        }
        for by in ["day", "week", "month", "type", "source", "target", "place", "dyad"] {
            for filter in [
                [], ["--source", "RUS"], ["--text", "police"], ["--from", "2022-09-01", "--type", "PROTEST"],
            ] {
                let args = ["query", "--count-by", by, "--format", "jsonl"] + filter
                let a = try run(args + ["--db", sqlite]).stdout
                let b = try run(args + ["--db", schema.url]).stdout
                #expect(a == b, "count-by \(by) \(filter)")
            }
        }
        let a = try run(["query", "--db", sqlite, "--actor", "police", "--format", "jsonl"]).stdout
        let b = try run(["query", "--db", schema.url, "--actor", "police", "--format", "jsonl"]).stdout
        #expect(Self.records(a) == Self.records(b) && !a.isEmpty)
        // DYAD_DB names the store when --db is absent.
        let env = ProcessInfo.processInfo.environment.merging(["DYAD_DB": schema.url]) { $1 }
        let stats = try BinaryRunner.run(["stats"], environment: env)
        #expect(stats.status == 0 && stats.stdout.contains("queue      0 pending"), "\(stats.stderr)")
        let sqliteStats = try run(["stats", "--db", sqlite]).stdout
        let line = { (s: String) in s.split(separator: "\n").first { $0.hasPrefix("events") } }
        #expect(line(stats.stdout) == line(sqliteStats))
        #expect(!stats.stdout.contains(":dyad@"), "the password is never printed")
        // A recode replaces every document and ends with the same events.
        _ = try run(["recode", "--db", schema.url])
        let recoded = try run(["export", "--db", schema.url, "--format", "jsonl"]).stdout
        #expect(Self.records(recoded) == Self.records(try run(["export", "--db", sqlite, "--format", "jsonl"]).stdout))
    }

    @Test func unreachableServerAndMissingStoreAreClearErrors() throws {
        let refused = try BinaryRunner.run(["stats", "--db", "postgres://dyad@127.0.0.1:1/dyad"])
        #expect(refused.status == 2 && refused.stderr.contains("postgres://dyad@127.0.0.1:1/dyad"), "\(refused.stderr)")
        let schema = Schema()
        let missing = try BinaryRunner.run(["query", "--db", schema.url])
        #expect(missing.status == 2 && missing.stderr.contains("no Dyad store"), "\(missing.stderr)")
        let sqliteOnly = try BinaryRunner.run(["worker", "--db", "/tmp/x.sqlite", "--drain"])
        #expect(sqliteOnly.status == 2 && sqliteOnly.stderr.contains("needs a PostgreSQL store"))
    }

    /// Two workers code a queue into the same documents and events as one `dyad ingest` into
    /// SQLite; the queue ends with every batch done.
    @Test func workersStoreWhatIngestStores() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.writeCorpus(corpus, documents: 240)
        let schema = Schema()
        defer { schema.drop() }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        _ = try run(["ingest", "--db", sqlite, corpus.path])
        let queued = try run(["enqueue", "--db", schema.url, "--batch", "16", corpus.path])
        #expect(queued.stderr.contains("240 documents in 15 batches"), "\(queued.stderr)")
        let workers = try (0..<2).map { _ in
            try Self.start(["worker", "--db", schema.url, "--drain", "--threads", "1"])
        }
        for w in workers {
            w.waitUntilExit()
            #expect(w.terminationStatus == 0)
        }
        let stats = try run(["stats", "--db", schema.url]).stdout
        #expect(stats.contains("queue      0 pending, 0 leased, 15 done, 0 failed"), "\(stats)")
        #expect(stats.contains("documents  240"))
        let a = try run(["export", "--db", sqlite, "--format", "jsonl"]).stdout
        let b = try run(["export", "--db", schema.url, "--format", "jsonl"]).stdout
        #expect(Self.records(a) == Self.records(b) && !a.isEmpty)
    }

    /// A worker killed (SIGKILL) at three moments: its batch goes back to the queue when its
    /// lease runs out, a second worker finishes, and the store holds each document once with the
    /// events of a clean run.
    @Test func killedWorkersLoseNothingAndDuplicateNothing() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.writeCorpus(corpus, documents: 400)
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        _ = try run(["ingest", "--db", sqlite, corpus.path])
        let clean = Self.records(try run(["export", "--db", sqlite, "--format", "jsonl"]).stdout)
        for delay in [0.4, 0.8, 1.5] {
            let schema = Schema()
            defer { schema.drop() }
            _ = try run(["enqueue", "--db", schema.url, "--batch", "25", corpus.path])
            let victim = try Self.start(["worker", "--db", schema.url, "--lease", "2", "--threads", "1"])
            Thread.sleep(forTimeInterval: delay)
            kill(victim.processIdentifier, SIGKILL)
            victim.waitUntilExit()
            #expect(victim.terminationReason == .uncaughtSignal)
            let rest = try Self.start(["worker", "--db", schema.url, "--drain", "--lease", "2"])
            rest.waitUntilExit()
            #expect(rest.terminationStatus == 0)
            let stats = try run(["stats", "--db", schema.url]).stdout
            #expect(stats.contains("queue      0 pending, 0 leased, 16 done, 0 failed"), "kill at \(delay) s: \(stats)")
            #expect(stats.contains("documents  400"), "kill at \(delay) s: \(stats)")
            let stored = Self.records(try run(["export", "--db", schema.url, "--format", "jsonl"]).stdout)
            #expect(stored == clean, "kill at \(delay) s: \(stored.count) events, \(clean.count) in a clean run")
        }
    }

    /// `dyad serve` on PostgreSQL answers the API as on SQLite (same store contents).
    @Test func serveAnswersAsOnSQLite() async throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = Schema()
        defer { schema.drop() }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        _ = try run(["ingest", "--db", sqlite, examples.path])
        _ = try run(["ingest", "--db", schema.url, examples.path])
        var bodies: [[String]] = []
        for db in [sqlite, schema.url] {
            let serve = try Self.start(["serve", "--db", db, "--port", "0"], stdout: true)
            defer {
                if serve.isRunning { serve.terminate() }
                serve.waitUntilExit()
            }
            let url = try Self.servedURL(serve)
            var answers: [String] = []
            for path in [
                "api/stats/timeline?by=day", "api/stats/timeline?by=month&unit=arrested", "api/stats/dyads",
                "api/places", "api/events?limit=5&type=PROTEST", "metrics", "",
            ] {
                let (body, response) = try await URLSession.shared.data(from: URL(string: url + path)!)
                #expect((response as? HTTPURLResponse)?.statusCode == 200, "\(path) on \(db)")
                var text = String(decoding: body, as: UTF8.self)
                if path.hasPrefix("api/events") {
                    text = Self.records(Self.events(text).joined(separator: "\n")).joined(separator: "\n")
                }
                if path == "metrics" {
                    #expect(
                        text.contains("dyad_events_stored") && (db == sqlite || text.contains("dyad_queue_batches")))
                    text = text.split(separator: "\n").filter { $0.hasPrefix("dyad_events_stored") }.joined()
                }
                if path.isEmpty { text = String(text.contains("<svg")) }
                answers.append(text)
            }
            bodies.append(answers)
        }
        #expect(bodies[0] == bodies[1])
    }

    /// The `events` of an `/api/events` answer, one JSON object per line.
    static func events(_ body: String) -> [String] {
        guard let o = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
            let events = o["events"] as? [[String: Any]]
        else { return [] }
        return events.compactMap { e in
            (try? JSONSerialization.data(withJSONObject: e, options: [.sortedKeys])).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }

    static func start(_ arguments: [String], stdout: Bool = false) throws -> Process {
        let p = Process()
        p.executableURL = BinaryRunner.binary
        p.arguments = arguments
        p.standardOutput = stdout ? Pipe() : FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// The URL a starting `dyad serve` prints on its first line.
    static func servedURL(_ serve: Process) throws -> String {
        let out = try #require(serve.standardOutput as? Pipe)
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let parts = String(decoding: line, as: UTF8.self).split(separator: " ")
        try #require(parts.count > 2, "no URL line")
        return String(parts[2])
    }
}
