import Foundation
import GRDB
import Testing

/// Size limits, ids that never overwrite, exit statuses and read-only stores, on the real binary.
///
/// Part of the serialized store suite rather than a suite of its own: each test blocks a thread
/// on the binary, and a third such suite running alongside starved the server tests' threads.
extension StoreCommandTests {
    static let article = "date 2022-09-27 Police in Moscow detained 12 protesters on Tuesday."

    func write(_ text: String, _ path: URL) throws {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: path)
    }

    func storedIDs(_ db: URL) throws -> [String] {
        try DatabaseQueue(path: db.path).read { try String.fetchAll($0, sql: "SELECT id FROM documents ORDER BY id") }
    }

    @Test func filesOfTheSameNameInTwoFoldersAreTwoDocuments() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(Self.article, dir.appendingPathComponent("in/x/a.txt"))
        try write(
            Self.article.replacingOccurrences(of: "Moscow", with: "Minsk"), dir.appendingPathComponent("in/y/a.txt"))
        let db = dir.appendingPathComponent("s.sqlite")
        let r = try BinaryRunner.run(["ingest", "--db", db.path, dir.appendingPathComponent("in").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try storedIDs(db) == ["x/a", "y/a"])
    }

    @Test func aRepeatedIDIsAnErrorNamingBothPlacesUnlessReplaceIsGiven() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("x/a.txt")
        let second = dir.appendingPathComponent("y/a.txt")
        try write(Self.article, first)
        try write(Self.article.replacingOccurrences(of: "Moscow", with: "Minsk"), second)
        let db = dir.appendingPathComponent("s.sqlite")
        let refused = try BinaryRunner.run(["ingest", "--db", db.path, first.path, second.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(second.path): id \"a\" was already read from \(first.path)"))
        #expect(refused.stderr.contains("1 failed"))
        let text = try DatabaseQueue(path: db.path).read { try String.fetchOne($0, sql: "SELECT text FROM documents") }
        #expect(text?.contains("Moscow") == true)
        let replaced = try BinaryRunner.run(["ingest", "--replace", "--db", db.path, first.path, second.path])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let now = try DatabaseQueue(path: db.path).read { try String.fetchOne($0, sql: "SELECT text FROM documents") }
        #expect(now?.contains("Minsk") == true)

        let lines = dir.appendingPathComponent("feed.jsonl")
        try write(
            "{\"id\":\"n\",\"date\":null,\"text\":\"Police detained 3 people.\"}\n"
                + "{\"id\":\"n\",\"date\":null,\"text\":\"Police detained 4 people.\"}\n", lines)
        let repeated = try BinaryRunner.run(["ingest", "--db", db.path, lines.path])
        #expect(
            repeated.status == 1
                && repeated.stderr.contains("\(lines.path):2: id \"n\" was already read from \(lines.path):1"))
    }

    @Test func documentsOverTheLimitAreRefusedWithTheirSize() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("big.txt")
        try write("date 2022-09-27 " + String(repeating: "Police detained people. ", count: 100), big)
        let small = dir.appendingPathComponent("small.txt")
        try write(Self.article, small)
        let r = try BinaryRunner.run(["code", "--max-document-bytes", "1K", big.path, small.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(big.path): file of 2416 bytes is over the document size limit of 1024 bytes"))
        #expect(r.stdout.jsonLines.contains { $0["doc"] as? String == "small" })
        let bad = try BinaryRunner.run(["code", "--max-document-bytes", "lots", small.path])
        #expect(bad.status == 2 && bad.stderr.contains("--max-document-bytes"))
    }

    @Test func longDocumentsAreCodedInPartsWithOffsetsInTheWholeText() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Over the 256K part size: the same paragraph many times, each telling one arrest.
        let paragraph = "Police in Moscow detained 12 protesters on Tuesday, the ministry said.\n\n"
        let count = (300 << 10) / paragraph.utf8.count
        let text = String(repeating: paragraph, count: count)
        let path = dir.appendingPathComponent("long.jsonl")
        let line = try JSONSerialization.data(withJSONObject: ["id": "long", "date": "2022-09-27", "text": text])
        try (line + Data("\n".utf8)).write(to: path)
        // Every telling apart (the same arrest told again is otherwise one record per part).
        let r = try BinaryRunner.run(["code", "--tellings", path.path])
        #expect(r.status == 0, "\(r.stderr)")
        let events = r.stdout.jsonLines
        #expect(events.count == count)
        let scalars = Array(text.unicodeScalars)
        for e in events {
            let evidence = try #require(e["evidence"] as? [String: Any])
            let start = try #require(evidence["start"] as? Int)
            let end = try #require(evidence["end"] as? Int)
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: scalars[start..<end])
            #expect(String(cut) == evidence["text"] as? String)
        }
        let sentences = Set(events.compactMap { ($0["evidence"] as? [String: Any])?["sentence"] as? Int })
        #expect(sentences.count == count)
    }

    @Test func exitStatusesAreDocumented() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.jsonl")
        try write("", empty)
        let blank = dir.appendingPathComponent("items.jsonl")
        try write(
            "{\"id\":\"e\",\"date\":null,\"text\":\"\"}\n{\"id\":\"f\",\"date\":null,\"text\":\"Police detained 3 people.\"}\n",
            blank)
        let code = try BinaryRunner.run(["code", empty.path, blank.path])
        #expect(code.status == 0, "\(code.stderr)")
        #expect(code.stderr.contains("\(empty.path): no documents in the file"))
        #expect(code.stderr.contains("\(blank.path):1: empty text"))
        let db = dir.appendingPathComponent("s.sqlite")
        let ingest = try BinaryRunner.run(["ingest", "--db", db.path, blank.path])
        #expect(ingest.status == 0 && ingest.stderr.contains("0 failed, 1 empty"), "\(ingest.stderr)")
        let usage = try BinaryRunner.run(["code", "--no-such-option", blank.path])
        #expect(usage.status == 2)
        let missingStore = try BinaryRunner.run(["query", "--db", dir.appendingPathComponent("none.sqlite").path])
        #expect(missingStore.status == 2 && missingStore.stderr.contains("no such file"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
        let shortToken = dir.appendingPathComponent("token")
        try write("x", shortToken)
        let serve = try BinaryRunner.run(["serve", "--db", db.path, "--port", "0", "--token-file", shortToken.path])
        #expect(serve.status == 2 && serve.stderr.contains("at least 16"))
    }

    @Test func readingCommandsWorkOnAReadOnlyStore() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer {
            chmod(dir.appendingPathComponent("s.sqlite").path, 0o644)
            try? FileManager.default.removeItem(at: dir)
        }
        let article = dir.appendingPathComponent("a.txt")
        try write(Self.article, article)
        let db = dir.appendingPathComponent("s.sqlite")
        #expect(try BinaryRunner.run(["ingest", "--db", db.path, article.path]).status == 0)
        chmod(db.path, 0o444)
        let stats = try BinaryRunner.run(["stats", "--db", db.path])
        #expect(stats.status == 0, "\(stats.stderr)")
        let query = try BinaryRunner.run(["query", "--db", db.path, "--format", "jsonl"])
        #expect(query.status == 0 && !query.stdout.jsonLines.isEmpty, "\(query.stderr)")
        let export = try BinaryRunner.run(["export", "--db", db.path, "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
    }
}
