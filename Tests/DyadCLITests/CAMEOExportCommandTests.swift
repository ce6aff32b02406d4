import Foundation
import Testing

/// CAMEO out on the real binary: a verb pattern's CAMEO code goes from `dyad code` through the
/// store to `dyad export --format cameo`.
///
/// Part of the serialized store suite (see `HardeningCommandTests`): each test blocks a thread on
/// the binary.
extension StoreCommandTests {
    /// "belittled" is no curated trigger; `lexicon-imported/verbs.tsv` codes it as ACCUSE
    /// disapprove with CAMEO 111 ("Criticize or denounce"), where the PLOVER type and mode alone
    /// would map to 110. (A curated trigger wins over an imported pattern, so the word must be one
    /// only the imported verbs know.)
    static let belittle = "date 2022-09-21 Russia belittled Ukraine on Wednesday."

    @Test func aVerbPatternsCAMEOCodeIsPrintedStoredAndExported() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = dir.appendingPathComponent("belittle.txt")
        try Data(Self.belittle.utf8).write(to: doc)
        let lexicon = BinaryRunner.repoRoot.appendingPathComponent("lexicon-imported").path

        let coded = try BinaryRunner.run(["code", "--format", "jsonl", "--lexicon", lexicon, doc.path])
        #expect(coded.status == 0, "\(coded.stderr)")
        let records = coded.stdout.split(separator: "\n")
        #expect(records.count == 1 && records[0].contains(#""cameo":"111""#), "\(coded.stdout)")
        // Without the imported verbs there is no pattern, so no code and no key.
        let plain = try BinaryRunner.run(["code", "--format", "jsonl", doc.path])
        #expect(plain.status == 0 && !plain.stdout.contains("\"cameo\""), "\(plain.stdout)")

        let db = dir.appendingPathComponent("s.sqlite").path
        let ingested = try BinaryRunner.run(["ingest", "--db", db, "--lexicon", lexicon, doc.path])
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let exported = try BinaryRunner.run(["export", "--db", db, "--format", "cameo"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let lines = exported.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        try #require(lines.count == 2, "\(exported.stdout)")
        let header = lines[0]
        #expect(header.prefix(5) == ["EventID", "Date", "Year", "Month", "Day"])
        func column(_ name: String) -> String? { header.firstIndex(of: name).map { lines[1][$0] } }
        #expect(lines[1].count == header.count)
        #expect(column("Date") == "20220921")
        #expect(column("SourceActorFull") == "RUSGOV" && column("TargetActorFull") == "UKR")
        #expect(column("EventCode") == "111" && column("EventRootCode") == "11" && column("QuadClass") == "3")
        #expect(column("GoldsteinScore") == "-2.0")
        #expect(column("CodeSource") == "pattern" && column("PloverType") == "ACCUSE")
        #expect(column("DocID") == "belittle" && column("EventID") == "\(column("DyadEventID") ?? "")-1")

        // The API's record and `dyad export --format jsonl` carry the stored code too.
        let jsonl = try BinaryRunner.run(["export", "--db", db, "--format", "jsonl"])
        #expect(jsonl.stdout.contains(#""cameo":"111""#), "\(jsonl.stdout)")
    }
}
