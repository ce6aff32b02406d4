import Foundation
import Testing

/// The command line refuses what it cannot mean (exit 2 and a message naming the value), resolves
/// country names, and dates plain texts given with `--date`.
@Suite("dyad query and code: bad filters and undated texts (real binary)", .serialized)
struct FilterErrorTests {
    let examples = BinaryRunner.repoRoot.appendingPathComponent("examples")

    func store() throws -> (URL, String) {
        let dir = try BinaryRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("f.sqlite").path
        let ingest = try BinaryRunner.run(["ingest", "--db", db, examples.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (dir, db)
    }

    @Test func unknownTypesAndCountriesAreUsageErrors() throws {
        let (dir, db) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let type = try BinaryRunner.run(["query", "--db", db, "--type", "FOO"])
        #expect(
            type.status == 2 && type.stderr.contains("--type FOO: not an event type") && type.stderr.contains("ASSAULT")
        )
        let typo = try BinaryRunner.run(["query", "--db", db, "--source", "Rusia"])
        #expect(typo.status == 2 && typo.stderr.contains("--source Rusia") && typo.stderr.contains("RUS (Russia)"))
        let export = try BinaryRunner.run(["export", "--db", db, "--target", "XYZ"])
        #expect(export.status == 2 && export.stderr.contains("--target XYZ"))
        #expect(export.stdout.isEmpty)
    }

    @Test func countryNamesResolveToCodes() throws {
        let (dir, db) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byCode = try BinaryRunner.run(["query", "--db", db, "--source", "RUS", "--format", "jsonl"])
        let byName = try BinaryRunner.run(["query", "--db", db, "--source", "Russia", "--format", "jsonl"])
        let byPeople = try BinaryRunner.run(["query", "--db", db, "--source", "russians", "--format", "jsonl"])
        #expect(byName.status == 0 && byPeople.status == 0)
        #expect(!byCode.stdout.isEmpty)
        #expect(byName.stdout == byCode.stdout && byPeople.stdout == byCode.stdout)
    }

    /// `dyad query --sort count` lists the largest counts first (events without one last); a bad
    /// key is a usage error; sorting and counting do not mix.
    @Test func querySortsEvents() throws {
        let (dir, db) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BinaryRunner.run(["query", "--db", db, "--sort", "count", "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let counts = r.stdout.jsonLines.map { ($0["quantity"] as? [String: Any])?["value"] as? Double }
        let present = counts.prefix { $0 != nil }.compactMap { $0 }
        #expect(present.count >= 2 && present == present.sorted(by: >))
        #expect(counts.dropFirst(present.count).allSatisfy { $0 == nil })
        let asc = try BinaryRunner.run(["query", "--db", db, "--sort", "count", "--order", "asc", "--format", "jsonl"])
        let up = asc.stdout.jsonLines.compactMap { ($0["quantity"] as? [String: Any])?["value"] as? Double }
        #expect(up == up.sorted())
        let bad = try BinaryRunner.run(["query", "--db", db, "--sort", "size"])
        #expect(bad.status == 2 && bad.stderr.contains("--sort"))
        let mixed = try BinaryRunner.run(["query", "--db", db, "--sort", "date", "--count-by", "type"])
        #expect(mixed.status == 2 && mixed.stderr.contains("--count-by"))
    }

    @Test func plainTextTakesItsDayFromDateOption() throws {
        let text = Data("Russian forces shelled Kharkiv on Tuesday.\n".utf8)
        let refused = try BinaryRunner.run(["code", "-"], stdin: text)
        #expect(refused.status == 1 && refused.stderr.contains("--date"))
        let dated = try BinaryRunner.run(["code", "--date", "2022-05-19", "-"], stdin: text)
        #expect(dated.status == 0, "\(dated.stderr)")
        let event = dated.stdout.jsonLines.first { $0["type"] as? String == "ASSAULT" }
        #expect(event?["date"] as? String == "2022-05-17")
        let today = try BinaryRunner.run(["code", "--date", "today", "-"], stdin: text)
        #expect(today.status == 0 && !today.stdout.isEmpty)
        let bad = try BinaryRunner.run(["code", "--date", "2022-13-01", "-"], stdin: text)
        #expect(bad.status == 2 && bad.stderr.contains("--date 2022-13-01"))
    }
}
