import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// The CAMEO code of a pattern-coded event in the store (schema 8) and the CAMEO export line.
@Suite("CAMEO in the store")
struct CAMEOStoreTests {
    /// An event of a verb pattern ("chastised": CAMEO 111) and a curated one (no code).
    static func events() -> [CodedEvent] {
        var patterned = event("a", "ACCUSE", source: ["RUS"], target: ["UKR"], date: "2022-09-21", place: "UKR")
        patterned.mode = "disapprove"
        patterned.cameo = "111"
        var curated = event("a", "COERCE", source: ["RUS"], target: ["RUS"], sentence: 1)
        curated.mode = "arrest"
        return [patterned, curated]
    }

    @Test func aCAMEOCodeRoundTripsAndACuratedEventHasNone() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try store.ingest([item("a", sentences: ["One.", "Two."], events: Self.events())], replace: false)
        let stored = try store.query(EventQuery())
        #expect(stored.map(\.event.cameo) == ["111", nil])
        #expect(try store.event(id: stored[0].id)?.event.cameo == "111")
        #expect(stored.map(\.event) == Self.events())
        #expect(try store.stats().schemaVersion == SQLiteStore.schemaVersion)
    }

    /// A store written before the column existed (schema 7) opens, gains the column (NULL for its
    /// events) and then stores codes.
    @Test func aSchema7StoreIsMigrated() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.ingest(
                [item("old", sentences: ["One."], events: [event("old", "PROTEST", source: ["FRA"])])],
                replace: false)
            try store.pool.write { db in
                try db.execute(sql: "ALTER TABLE events DROP COLUMN cameo")
                // Schema 9's columns too, so the store is as schema 7 wrote it.
                for c in [
                    "place_precision", "date_precision", "historical", "quantity_scope", "quantity_period",
                    "source_slot", "target_slot",
                ] {
                    try db.execute(sql: "ALTER TABLE events DROP COLUMN \(c)")
                }
                try db.execute(sql: "DROP TABLE place_precisions")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v8', 'v9', 'v10')")
                try db.execute(sql: "INSERT OR REPLACE INTO dyad_meta(key, value) VALUES ('schema_version', '7')")
                try db.execute(sql: "PRAGMA user_version = 7")
            }
        }
        let columns = try DatabaseQueue(path: path).read { db in try db.columns(in: "events").map(\.name) }
        #expect(!columns.contains("cameo"))
        // Read-only opening refuses the older schema rather than migrating it.
        #expect(throws: StoreError.olderSchema(path: path, found: 7)) { try SQLiteStore(path: path, readOnly: true) }
        let store = try SQLiteStore(path: path)
        #expect(try store.stats().schemaVersion == SQLiteStore.schemaVersion)
        #expect(try store.query(EventQuery()).map(\.event.cameo) == [nil])
        _ = try store.ingest([item("new", sentences: ["One.", "Two."], events: Self.events())], replace: false)
        #expect(try store.query(EventQuery()).map(\.event.cameo) == [nil, "111", nil])
    }

    @Test func theCAMEOLineFollowsPhoenixsColumns() throws {
        var e = Self.events()[0]
        e.document = "doc-1"
        e.target.append(CodedEvent.Actor(text: "the UN", country: "UNO", sector: .government))
        e.contexts = ["legal"]
        let s = StoredEvent(id: 42, clusterID: nil, day: Day(iso: "2022-09-21"), event: e)
        let header = CAMEOExport.header.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
        #expect(header.count == 31 && header[13] == "EventCode" && header[15] == "QuadClass")
        let lines = CAMEOExport.lines(s).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(lines.count == 2)  // one source, two targets: two dyads
        func column(_ name: String, _ line: Int = 0) -> String {
            lines[line][CAMEOExport.columns.firstIndex(of: name)!]
        }
        #expect(lines.allSatisfy { $0.count == 31 })
        #expect(column("EventID") == "42-1" && column("EventID", 1) == "42-2")
        #expect(column("Date") == "20220921" && column("Year") == "2022" && column("Month") == "9")
        #expect(column("SourceActorFull") == "RUSGOV" && column("SourceActorEntity") == "RUS")
        #expect(column("SourceActorRole") == "GOV")
        #expect(column("TargetActorFull") == "UKRCVL" && column("TargetActorFull", 1) == "IGOUNO")
        #expect(column("TargetActorAttribute", 1) == "UNO")
        #expect(column("EventCode") == "111" && column("EventRootCode") == "11" && column("QuadClass") == "3")
        #expect(column("GoldsteinScore") == "-2.0" && column("Issues") == "legal")
        #expect(column("Lat") == "10" && column("Lon") == "20" && column("LocationName") == "Capital of UKR")
        #expect(column("CountryCode") == "UKR" && column("SentenceID") == "doc-1-0")
        #expect(column("DyadEventID") == "42" && column("CodeSource") == "pattern")
        #expect(column("PloverType") == "ACCUSE" && column("PloverMode") == "disapprove")

        // A curated event: the mapped code; no target: one line with empty target fields.
        let curated = StoredEvent(
            id: 7, clusterID: nil, day: nil,
            event: event("d", "ASSAULT", source: ["SYR"], actorText: "troops\tand\nplanes"))
        let line = CAMEOExport.lines(curated).dropLast().split(separator: "\t", omittingEmptySubsequences: false)
        #expect(line.count == 31 && line[13] == "190" && line[15] == "4" && line[16] == "-9.0")
        #expect(line[1] == "" && line[9] == "" && line[27] == "mapped")
        // MIGRATE has no CAMEO code: no line.
        let migrate = StoredEvent(id: 8, clusterID: nil, day: nil, event: event("d", "MIGRATE", source: ["UKR"]))
        #expect(CAMEOExport.lines(migrate).isEmpty && !ExportFormat.cameo.includes(migrate))
    }
}
