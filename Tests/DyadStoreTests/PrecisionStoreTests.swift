import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// Schema 9 on an older SQLite file (the behaviour on every backend is in `EventStoreTests+Precision.swift`).
@Suite("Precision in the store")
struct PrecisionStoreTests {
    static func events() -> [CodedEvent] { EventStoreTests.precisionEvents() }

    /// A store written before schema 9 opens, gains the columns (NULL: not known until `dyad
    /// recode`; not historical) and then stores precision.
    @Test func aSchema8StoreIsMigrated() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.ingest(
                [
                    item(
                        "old", sentences: ["One."],
                        events: [event("old", "PROTEST", source: ["FRA"], date: "2022-09-20")])
                ],
                replace: false)
            try store.pool.write { db in
                for c in [
                    "place_precision", "date_precision", "historical", "quantity_scope", "quantity_period",
                    "source_slot", "target_slot",
                ] {
                    try db.execute(sql: "ALTER TABLE events DROP COLUMN \(c)")
                }
                try db.execute(sql: "DROP TABLE place_precisions")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v9', 'v10')")
                try db.execute(sql: "INSERT OR REPLACE INTO dyad_meta(key, value) VALUES ('schema_version', '8')")
                try db.execute(sql: "PRAGMA user_version = 8")
            }
        }
        #expect(throws: StoreError.olderSchema(path: path, found: 8)) { try SQLiteStore(path: path, readOnly: true) }
        let store = try SQLiteStore(path: path)
        #expect(try store.stats().schemaVersion == SQLiteStore.schemaVersion)
        let columns = try store.pool.read { db in try db.columns(in: "events").map(\.name) }
        #expect(
            columns.contains("place_precision") && columns.contains("historical") && columns.contains("quantity_scope"))
        #expect(try store.query(EventQuery()).map(\.event.historical) == [false])
        _ = try store.ingest(
            [item("new", sentences: ["One.", "Two.", "Three."], events: Self.events())], replace: false)
        #expect(try store.query(EventQuery(includeHistorical: true)).count == 4)
        #expect(try store.query(EventQuery()).count == 3)
    }
}
