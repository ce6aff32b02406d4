import DyadModel
import DyadPostgres
import DyadStore
import DyadText
import Foundation
import Testing

/// Precision, historical events, quantity scopes and confidence in the store (schema 9 on SQLite).
extension EventStoreTests {
    /// A city-level event with an ordinary count, a country-level one with a period total, and a
    /// historical one (dated 2016 in a 2022 document).
    static func precisionEvents() -> [CodedEvent] {
        var city = event(
            "p", "COERCE", source: ["RUS"], target: ["RUS"], date: "2022-09-21", place: "RUS", quantity: 40)
        city.confidence = 0.9
        var country = event(
            "p", "COERCE", source: ["IRN"], target: ["IRN"], date: "2022-09-22", quantity: 14000, sentence: 1)
        country.place = CodedEvent.Place(name: "Iran", country: "IRN", lat: 32, lon: 53, precision: .country)
        country.quantity?.scope = .periodTotal
        country.quantity?.period = "since September"
        country.datePrecision = .year
        country.confidence = 0.6
        var old = event(
            "p", "ASSAULT", source: ["FRA"], target: ["FRA"], date: "2016-01-01", place: "FRA", quantity: 40,
            sentence: 2)
        old.historical = true
        old.datePrecision = .year
        old.quantity?.scope = .historical
        old.confidence = 0.3
        old.sourceSlot = .tree
        old.targetSlot = .nearby
        return [city, country, old]
    }

    static func precisionStore(_ store: any EventStore) throws -> any EventStore {
        _ = try store.ingest(
            [item("p", sentences: ["One.", "Two.", "Three."], events: precisionEvents())], replace: false)
        return store
    }

    @Test(arguments: Backend.available)
    func precisionScopeAndConfidenceRoundTrip(_ backend: Backend) throws {
        let t = try TestStore(backend)
        defer { t.close() }
        let s = try Self.precisionStore(t.store)
        let all = try s.query(EventQuery(includeHistorical: true))
        #expect(all.map(\.event) == Self.precisionEvents())
        #expect(all.map(\.event.placePrecision) == [.point, .country, .point])
        #expect(all.map(\.event.datePrecision) == [.day, .year, .year])
        #expect(
            try s.stats().schemaVersion
                == (backend == .sqlite ? SQLiteStore.schemaVersion : PostgresStore.schemaVersion))
    }

    @Test(arguments: Backend.available)
    func historicalEventsAreLeftOutUnlessAskedFor(_ backend: Backend) throws {
        let t = try TestStore(backend)
        defer { t.close() }
        let s = try Self.precisionStore(t.store)
        #expect(try s.query(EventQuery()).count == 2)
        #expect(try s.query(EventQuery(includeHistorical: true)).count == 3)
        // Rollups (the timeline, type counts) hold no historical event; asked for, they are counted from events.
        #expect(try s.counts(EventQuery(), by: .day).map(\.key) == ["2022-09-21", "2022-09-22"])
        #expect(
            try s.counts(EventQuery(includeHistorical: true), by: .day).map(\.key) == [
                "2016-01-01", "2022-09-21", "2022-09-22",
            ])
        #expect(try s.counts(EventQuery(), by: .type).map(\.events).reduce(0, +) == 2)
        #expect(try s.places(EventQuery()).count == 2)
        // Replacing the document takes exactly its rolled-up events back out.
        _ = try s.ingest([item("p", sentences: ["One."], events: [])], replace: true)
        #expect(try s.counts(EventQuery(), by: .type).isEmpty)
        #expect(try s.places(EventQuery()).isEmpty)
    }

    @Test(arguments: Backend.available)
    func countsWithAScopeAreNotSummed(_ backend: Backend) throws {
        let t = try TestStore(backend)
        defer { t.close() }
        let s = try Self.precisionStore(t.store)
        // Only the city event's 40 is a day's figure: 14,000 "since September" is a period total.
        let rolled = try s.quantities(EventQuery(), by: .day)
        #expect(rolled.map(\.total) == [40])
        var scanned = EventQuery()
        scanned.afterID = 0
        #expect(try s.quantities(scanned, by: .day).map(\.total) == [40])
        #expect(try s.counts(EventQuery(includeHistorical: true), by: .type).map(\.quantity).reduce(0, +) == 40)
    }

    @Test(arguments: Backend.available)
    func minConfidenceFilters(_ backend: Backend) throws {
        let t = try TestStore(backend)
        defer { t.close() }
        let s = try Self.precisionStore(t.store)
        #expect(try s.query(EventQuery(minConfidence: 0.8)).map(\.event.confidence) == [0.9])
        #expect(try s.counts(EventQuery(minConfidence: 0.5), by: .type).map(\.events) == [2])
        #expect(try s.query(EventQuery(minConfidence: 0.2, includeHistorical: true)).count == 3)
    }

    @Test(arguments: Backend.available)
    func theMapKnowsCountryLevelPlaces(_ backend: Backend) throws {
        let t = try TestStore(backend)
        defer { t.close() }
        let s = try Self.precisionStore(t.store)
        let places = try s.places(EventQuery())
        #expect(places.first { $0.name == "Iran" }?.precision == "country")
        #expect(places.first { $0.name == "Capital of RUS" }?.precision == "point")
    }
}
