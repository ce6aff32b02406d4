import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `dyad ingest`, `query`, `export`, `stats` and `demo` on the real binary.
@Suite("dyad event store (real binary)", .serialized)
struct StoreCommandTests {
    let examples = BinaryRunner.repoRoot.appendingPathComponent("examples")

    /// Documents and events of a store, and SQLite's integrity verdict.
    static func facts(_ path: String) throws -> (documents: Int, events: Int, integrity: String) {
        let db = try DatabaseQueue(path: path)
        return try db.read { db in
            // A run killed before its schema transaction committed leaves a store with no tables.
            guard try db.tableExists("documents") else {
                return (0, 0, try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "")
            }
            return (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? -1,
                try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? ""
            )
        }
    }

    @Test func ingestTwiceQueryAndExport() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("ex.sqlite").path
        let first = try BinaryRunner.run(["ingest", "--db", db, examples.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let before = try Self.facts(db)
        #expect(before.documents >= 3 && before.events > 10)
        let second = try BinaryRunner.run(["ingest", "--db", db, examples.path])
        #expect(second.status == 0)
        #expect(second.stderr.contains("stored 0 new and 0 changed documents"), "\(second.stderr)")
        let after = try Self.facts(db)
        #expect(after.documents == before.documents && after.events == before.events)

        let csv = try BinaryRunner.run(["export", "--db", db, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(Self.csvRecords(csv.stdout) == before.events + 1)
        #expect(csv.stdout.hasPrefix("id,doc,type,"))

        let geo = try BinaryRunner.run(["export", "--db", db, "--format", "geojson"])
        let object = try JSONSerialization.jsonObject(with: Data(geo.stdout.utf8)) as? [String: Any]
        #expect(object?["type"] as? String == "FeatureCollection")
        let features = object?["features"] as? [[String: Any]] ?? []
        #expect(!features.isEmpty && features.count <= before.events)
        let geometry = features.first?["geometry"] as? [String: Any]
        #expect(geometry?["type"] as? String == "Point" && (geometry?["coordinates"] as? [Double])?.count == 2)
        // Each feature carries its type's colour, one colour per type (as the dashboard draws it).
        var colours: [String: Set<String>] = [:]
        for f in features {
            let p = f["properties"] as? [String: Any] ?? [:]
            colours[p["type"] as? String ?? "", default: []].insert(p["color"] as? String ?? "none")
        }
        #expect(colours.values.allSatisfy { $0.count == 1 && $0.first!.hasPrefix("#") && $0.first!.count == 7 })
        #expect(colours["ASSAULT"].map { $0 == ["#D55E00"] } ?? true)

        let jsonl = try BinaryRunner.run(["export", "--db", db, "--format", "jsonl"]).stdout.jsonLines
        #expect(jsonl.count == before.events && jsonl.allSatisfy { $0["evidence"] != nil })
        let plover = try BinaryRunner.run(["export", "--db", db, "--format", "plover"]).stdout.jsonLines
        #expect(plover.count == before.events && plover.allSatisfy { $0["event"] is [String] })

        let counts = try BinaryRunner.run(["query", "--db", db, "--count-by", "type", "--format", "jsonl"])
        #expect(counts.status == 0)
        let total = counts.stdout.jsonLines.reduce(0) { $0 + ($1["events"] as? Int ?? 0) }
        #expect(total == before.events)
        let protests = try BinaryRunner.run(["query", "--db", db, "--type", "protest", "--format", "jsonl"])
        #expect(!protests.stdout.jsonLines.isEmpty)
        #expect(protests.stdout.jsonLines.allSatisfy { $0["type"] as? String == "PROTEST" })
        let dyads = try BinaryRunner.run(["query", "--db", db, "--count-by", "dyad", "--source", "RUS"])
        #expect(dyads.status == 0 && dyads.stdout.contains("RUS -> "))
        let stats = try BinaryRunner.run(["stats", "--db", db])
        #expect(stats.stdout.contains("events     \(before.events)"))
    }

    @Test func demoAndClearErrors() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let demo = try BinaryRunner.run(["demo", "--examples", examples.path, "--no-serve"], cwd: dir)
        #expect(demo.status == 0, "stderr: \(demo.stderr)")
        #expect(demo.stdout.contains("Events by type") && demo.stdout.contains("Top dyads"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("dyad-demo.sqlite").path))
        // The hints run when pasted: the binary by a path that exists, one command a line, no pipe.
        let hints =
            demo.stdout.components(separatedBy: "Next, for example:\n").last?
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        #expect(hints.count == 2 && hints.allSatisfy { !$0.contains(" | ") }, "\(hints)")
        for hint in hints {
            let words = hint.split(separator: " ").map(String.init)
            let exe = words[0].hasPrefix("/") ? URL(fileURLWithPath: words[0]) : dir.appendingPathComponent(words[0])
            #expect(words[0] == "dyad" || FileManager.default.isExecutableFile(atPath: exe.path), "\(hint)")
            let args = Array(words.dropFirst().prefix { $0 != ">" })
            let run = try BinaryRunner.run(args, cwd: dir)
            #expect(run.status == 0, "\(hint): \(run.stderr)")
        }
        let junk = dir.appendingPathComponent("junk.sqlite")
        try Data(String(repeating: "not sqlite at all\n", count: 100).utf8).write(to: junk)
        let bad = try BinaryRunner.run(["stats", "--db", junk.path])
        #expect(bad.status == 2 && bad.stderr.contains("junk.sqlite") && bad.stderr.contains("not a Dyad store"))
    }

    @Test func syntheticBench() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("syn.sqlite").path
        let r = try BinaryRunner.run(["bench", "--synthetic", "800", "--db", db])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("store: 800 events, 100 documents"))
        #expect(r.stdout.contains("--count-by dyad") && r.stdout.contains("page of 100"))
        #expect(try Self.facts(db).integrity == "ok")
    }

    /// Counts CSV records, allowing quoted fields with newlines.
    static func csvRecords(_ text: String) -> Int {
        var records = 0
        var quoted = false
        var empty = true
        for c in text.unicodeScalars {
            if c == "\"" { quoted.toggle() }
            if c == "\n" && !quoted {
                if !empty { records += 1 }
                empty = true
            } else {
                empty = false
            }
        }
        return records + (empty ? 0 : 1)
    }

    /// A generated corpus of short news items (composed here, not copied from any corpus).
    static func writeCorpus(_ url: URL, documents: Int) throws {
        let countries = ["Russia", "Georgia", "France", "Kenya", "Brazil", "India", "Peru", "Chile", "Japan", "Egypt"]
        let cities = [
            "Moscow", "Tbilisi", "Paris", "Nairobi", "Brasilia", "Delhi", "Lima", "Santiago", "Tokyo", "Cairo",
        ]
        var out = ""
        for i in 0..<documents {
            let a = i % countries.count
            let b = (i * 7 + 3) % countries.count
            let text = """
                Police in \(cities[a]) arrested \(10 + i % 90) protesters on Tuesday, officials said. \
                The government of \(countries[b]) condemned the arrests and demanded their release. \
                Thousands of people marched in \(cities[b]) against the new law. \
                The foreign minister of \(countries[a]) met his counterpart from \(countries[b]) to discuss trade.
                """
            let day = String(format: "2022-%02d-%02d", 1 + i % 12, 1 + i % 28)
            out += "{\"id\": \"gen-\(i)\", \"date\": \"\(day)\", \"text\": \"\(text)\"}\n"
        }
        try Data(out.utf8).write(to: url)
    }

    /// Documents committed to a store that another process is writing, read without writing to it
    /// (0 while the file or its tables do not exist yet, or while it cannot be read).
    static func committedDocuments(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        guard let db = try? DatabaseQueue(path: path, configuration: configuration) else { return 0 }
        let count = try? db.read { db -> Int in
            try db.tableExists("documents") ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0 : 0
        }
        return count ?? 0
    }

    /// An ingest killed with SIGKILL leaves a sound store, and running it again gives the store a
    /// clean run gives. The kills are placed by what the store holds, not by time, so they land
    /// where intended however fast the machine is: as soon as the store file appears (schema being
    /// written), after the first committed batch, and after three batches (each inside the next).
    @Test func killedIngestRerunsToTheSameStore() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("generated.jsonl")
        try Self.writeCorpus(corpus, documents: 600)
        let cleanDB = dir.appendingPathComponent("clean.sqlite").path
        let clean = try BinaryRunner.run(["ingest", "--db", cleanDB, corpus.path])
        #expect(clean.status == 0, "stderr: \(clean.stderr)")
        let expected = try Self.facts(cleanDB)
        #expect(expected.documents == 600 && expected.events > 600)
        for (n, committed) in [0, 100, 300].enumerated() {
            let db = dir.appendingPathComponent("killed-\(n).sqlite").path
            let p = Process()
            p.executableURL = BinaryRunner.binary
            // Small transactions, so that kills land between committed batches as well as inside one.
            p.arguments = ["ingest", "--db", db, "--batch", "100", corpus.path]
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            while p.isRunning
                && !(FileManager.default.fileExists(atPath: db) && Self.committedDocuments(db) >= committed)
            {
                usleep(10_000)
            }
            let killedRunning = p.isRunning
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(killedRunning, "the ingest finished before the kill (store of \(committed)+ documents)")
            let left = try Self.facts(db)
            #expect(left.integrity == "ok", "after SIGKILL at \(committed)+ documents")
            #expect(left.documents < expected.documents, "after SIGKILL at \(committed)+ documents")
            let rerun = try BinaryRunner.run(["ingest", "--db", db, corpus.path])
            #expect(rerun.status == 0, "stderr: \(rerun.stderr)")
            let got = try Self.facts(db)
            #expect(got.documents == expected.documents, "killed at \(committed)+ documents")
            #expect(got.events == expected.events, "killed at \(committed)+ documents")
            #expect(got.integrity == "ok")
        }
    }
}
