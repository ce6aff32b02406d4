import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// Precision, historical events, quantity scopes and confidence in the store (schema 9).
@Suite("Precision in the store")
struct PrecisionStoreTests {
    /// A city-level event with an ordinary count, a country-level one with a period total, and a
    /// historical one (dated 2016 in a 2022 document).
    static func events() -> [CodedEvent] {
        var city = event("p", "COERCE", source: ["RUS"], target: ["RUS"], date: "2022-09-21", place: "RUS", quantity: 40)
        city.confidence = 0.9
        var country = event("p", "COERCE", source: ["IRN"], target: ["IRN"], date: "2022-09-22", quantity: 14000, sentence: 1)
        country.place = CodedEvent.Place(name: "Iran", country: "IRN", lat: 32, lon: 53, precision: .country)
        country.quantity?.scope = .periodTotal
        country.quantity?.period = "since September"
        country.datePrecision = .year
        country.confidence = 0.6
        var old = event("p", "ASSAULT", source: ["FRA"], target: ["FRA"], date: "2016-01-01", place: "FRA", quantity: 40, sentence: 2)
        old.historical = true
        old.datePrecision = .year
        old.quantity?.scope = .historical
        old.confidence = 0.3
        old.sourceSlot = .tree
        old.targetSlot = .nearby
        return [city, country, old]
    }

    func store(_ dir: URL) throws -> SQLiteStore {
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try store.ingest(
            [item("p", sentences: ["One.", "Two.", "Three."], events: Self.events())], replace: false)
        return store
    }

    @Test func precisionScopeAndConfidenceRoundTrip() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try store(dir)
        let all = try s.query(EventQuery(includeHistorical: true))
        #expect(all.map(\.event) == Self.events())
        #expect(all.map(\.event.placePrecision) == [.point, .country, .point])
        #expect(all.map(\.event.datePrecision) == [.day, .year, .year])
        #expect(try s.stats().schemaVersion == SQLiteStore.schemaVersion)
    }

    @Test func historicalEventsAreLeftOutUnlessAskedFor() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try store(dir)
        #expect(try s.query(EventQuery()).count == 2)
        #expect(try s.query(EventQuery(includeHistorical: true)).count == 3)
        // Rollups (the timeline, type counts) hold no historical event; asked for, they are counted from events.
        #expect(try s.counts(EventQuery(), by: .day).map(\.key) == ["2022-09-21", "2022-09-22"])
        #expect(try s.counts(EventQuery(includeHistorical: true), by: .day).map(\.key) == ["2016-01-01", "2022-09-21", "2022-09-22"])
        #expect(try s.counts(EventQuery(), by: .type).map(\.events).reduce(0, +) == 2)
        #expect(try s.places(EventQuery()).count == 2)
        // Replacing the document takes exactly its rolled-up events back out.
        _ = try s.ingest([item("p", sentences: ["One."], events: [])], replace: true)
        #expect(try s.counts(EventQuery(), by: .type).isEmpty)
        #expect(try s.places(EventQuery()).isEmpty)
    }

    @Test func countsWithAScopeAreNotSummed() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try store(dir)
        // Only the city event's 40 is a day's figure: 14,000 "since September" is a period total.
        let rolled = try s.quantities(EventQuery(), by: .day)
        #expect(rolled.map(\.total) == [40])
        var scanned = EventQuery()
        scanned.afterID = 0
        #expect(try s.quantities(scanned, by: .day).map(\.total) == [40])
        #expect(try s.counts(EventQuery(includeHistorical: true), by: .type).map(\.quantity).reduce(0, +) == 40)
    }

    @Test func minConfidenceFilters() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try store(dir)
        #expect(try s.query(EventQuery(minConfidence: 0.8)).map(\.event.confidence) == [0.9])
        #expect(try s.counts(EventQuery(minConfidence: 0.5), by: .type).map(\.events) == [2])
        #expect(try s.query(EventQuery(minConfidence: 0.2, includeHistorical: true)).count == 3)
    }

    @Test func theMapKnowsCountryLevelPlaces() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try store(dir)
        let places = try s.places(EventQuery())
        #expect(places.first { $0.name == "Iran" }?.precision == "country")
        #expect(places.first { $0.name == "Capital of RUS" }?.precision == "point")
    }

    /// A store written before schema 9 opens, gains the columns (NULL: not known until `dyad
    /// recode`; not historical) and then stores precision.
    @Test func aSchema8StoreIsMigrated() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.ingest(
                [item("old", sentences: ["One."], events: [event("old", "PROTEST", source: ["FRA"], date: "2022-09-20")])],
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
        #expect(columns.contains("place_precision") && columns.contains("historical") && columns.contains("quantity_scope"))
        #expect(try store.query(EventQuery()).map(\.event.historical) == [false])
        _ = try store.ingest([item("new", sentences: ["One.", "Two.", "Three."], events: Self.events())], replace: false)
        #expect(try store.query(EventQuery(includeHistorical: true)).count == 4)
        #expect(try store.query(EventQuery()).count == 3)
    }
}
