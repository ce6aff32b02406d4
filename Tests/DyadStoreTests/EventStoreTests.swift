import DyadModel
import DyadStore
import DyadText
import Foundation
import Testing

/// The store's behaviour, the same on every backend: each test runs on SQLite and, when
/// `DYAD_TEST_POSTGRES_URL` names a server, on PostgreSQL (`Backend.available`). More of the
/// suite is in `EventStoreTests+*.swift`.
@Suite("Event store (SQLite and PostgreSQL)")
struct EventStoreTests {
    /// Says, in the test report, when PostgreSQL was not tested (no server configured).
    @Test(
        .enabled(
            if: postgresURL != nil,
            "DYAD_TEST_POSTGRES_URL is not set: the store suite ran on SQLite only (.ci/run starts a server)"))
    func postgresIsTested() throws {
        #expect(Backend.available.contains(.postgres))
        let store = try TestStore(.postgres)
        defer { store.close() }
        #expect(try store.store.stats().documents == 0)
    }

    /// Three documents: two tell the same protest in Georgia a day apart (one cluster), one a
    /// Russian arrest in Moscow.
    static func sample(_ store: any EventStore) throws -> IngestOutcome {
        try store.ingest(
            [
                item(
                    "a", date: "2022-09-27",
                    sentences: ["Police arrested 12 protesters in Moscow.", "Officials met in Tbilisi."],
                    events: [
                        event(
                            "a", "COERCE", source: ["RUS"], target: ["RUS"], date: "2022-09-27", place: "RUS",
                            quantity: 12),
                        event(
                            "a", "CONSULT", source: ["GEO"], target: ["ARM"], date: "2022-09-26", place: "GEO",
                            sentence: 1, actorText: "Georgian ministers"),
                    ]),
                item(
                    "b", date: "2022-09-28", sentences: ["Thousands protested in Tbilisi against the law."],
                    events: [
                        event(
                            "b", "PROTEST", source: ["GEO"], target: ["GEO"], date: "2022-09-28", place: "GEO",
                            quantity: 1000)
                    ]),
                item(
                    "c", date: "2022-10-30", sentences: ["Crowds rallied in Tbilisi again."],
                    events: [
                        event(
                            "c", "PROTEST", source: ["GEO"], target: ["GEO"], date: "2022-09-29", place: "GEO",
                            quantity: 500)
                    ]),
            ], replace: false)
    }

    @Test(arguments: Backend.available)
    func ingestSkipsUnchangedAndReplacesChanged(_ backend: Backend) throws {
        try TestStore.with(backend) { t in
            let store = t.store
            #expect(try Self.sample(store) == IngestOutcome(added: 3, events: 4))
            #expect(try Self.sample(store) == IngestOutcome(skipped: 3))
            #expect(try store.documentState("a") != nil)
            #expect(try store.documentState("zzz") == nil)
            let changed = item(
                "b", date: "2022-09-28", sentences: ["Thousands protested in Tbilisi, and police fired gas."],
                events: [
                    event("b", "PROTEST", source: ["GEO"], target: ["GEO"], date: "2022-09-28", place: "GEO"),
                    event("b", "ASSAULT", source: ["GEO"], target: ["GEO"], date: "2022-09-28", place: "GEO"),
                ])
            #expect(try store.ingest([changed], replace: false) == IngestOutcome(replaced: 1, events: 2))
            let s = try store.stats()
            #expect(s.documents == 3 && s.events == 5 && s.sentences == 4)
            #expect(try store.query(EventQuery(text: "law")).isEmpty)
            #expect(try store.query(EventQuery(text: "gas")).count == 2)
            // Rollups follow the replacement: the PROTEST of b lost its quantity.
            let protest = try store.counts(EventQuery(types: ["PROTEST"]), by: .type)
            #expect(protest == [CountRow(key: "PROTEST", events: 2, quantity: 500)])
            // Recoding unchanged documents replaces them.
            #expect(try store.ingest([changed], replace: true).replaced == 1)
            #expect(try store.stats().events == 5)
        }
    }

    @Test(arguments: Backend.available)
    func everyFilter(_ backend: Backend) throws {
        try TestStore.with(backend) { t in
            let store = t.store
            _ = try Self.sample(store)
            func count(_ q: EventQuery) throws -> Int { try store.query(q).count }
            #expect(try count(EventQuery()) == 4)
            #expect(try count(EventQuery(from: Day(iso: "2022-09-28"))) == 2)
            #expect(try count(EventQuery(to: Day(iso: "2022-09-27"))) == 2)
            #expect(try count(EventQuery(types: ["PROTEST", "CONSULT"])) == 3)
            #expect(try count(EventQuery(sourceCountries: ["RUS"])) == 1)
            #expect(try count(EventQuery(targetCountries: ["ARM"])) == 1)
            #expect(try count(EventQuery(placeCountries: ["GEO"])) == 3)
            #expect(try count(EventQuery(actor: "georgian")) == 1)
            #expect(try count(EventQuery(text: "protesters Moscow")) == 1)
            #expect(try count(EventQuery(text: "Tbilisi")) == 3)
            #expect(try count(EventQuery(limit: 2)) == 2)
            let all = try store.query(EventQuery())
            #expect(try store.query(EventQuery(limit: 1, offset: 1)).first?.id == all[1].id)
            #expect(try store.query(EventQuery(afterID: all[2].id)).map(\.id) == [all[3].id])
            // Round trip of the event value.
            let first = all[0].event
            #expect(first.type == .coerce && first.source.first?.country == "RUS" && first.quantity?.value == 12)
            #expect(first.place?.lat == 10 && first.evidence.text == "words")
            var exported: [Int64] = []
            try store.export(EventQuery(placeCountries: ["GEO"])) { exported.append($0.id) }
            #expect(exported.count == 3)
        }
    }

    @Test(arguments: Backend.available)
    func everyCountBy(_ backend: Backend) throws {
        try TestStore.with(backend) { t in
            let store = t.store
            _ = try Self.sample(store)
            func keys(_ by: CountDimension, _ q: EventQuery = EventQuery()) throws -> [String: Int] {
                Dictionary(uniqueKeysWithValues: try store.counts(q, by: by).map { ($0.key, $0.events) })
            }
            #expect(try keys(.day) == ["2022-09-26": 1, "2022-09-27": 1, "2022-09-28": 1, "2022-09-29": 1])
            #expect(try keys(.week) == ["2022-09-26": 4])
            #expect(try keys(.month) == ["2022-09": 4])
            #expect(try keys(.type) == ["COERCE": 1, "CONSULT": 1, "PROTEST": 2])
            #expect(try keys(.source) == ["RUS": 1, "GEO": 3])
            #expect(try keys(.target) == ["RUS": 1, "GEO": 2, "ARM": 1])
            #expect(try keys(.place) == ["RUS": 1, "GEO": 3])
            #expect(try keys(.dyad) == ["RUS -> RUS": 1, "GEO -> GEO": 2, "GEO -> ARM": 1])
            // The same counts from events (a text filter) and from rollups (country filters).
            #expect(try keys(.type, EventQuery(sourceCountries: ["GEO"])) == ["CONSULT": 1, "PROTEST": 2])
            #expect(try keys(.type, EventQuery(text: "Tbilisi")) == ["CONSULT": 1, "PROTEST": 2])
            let q = try store.counts(EventQuery(), by: .place)
            #expect(q.first == CountRow(key: "GEO", events: 3, quantity: 1500))
        }
    }

    @Test(arguments: Backend.available)
    func clustersJoinReportsAcrossDocuments(_ backend: Backend) throws {
        try TestStore.with(backend) { t in
            let store = t.store
            _ = try Self.sample(store)
            let protests = try store.query(EventQuery(types: ["PROTEST"]))
            #expect(protests.count == 2)
            #expect(protests[0].clusterID != nil && protests[0].clusterID == protests[1].clusterID)
            let others = try store.query(EventQuery(types: ["COERCE", "CONSULT"]))
            #expect(Set(others.compactMap(\.clusterID)).count == 2)
            #expect(!others.contains { $0.clusterID == protests[0].clusterID })
            let s = try store.stats()
            #expect(s.clusters == 3 && s.sharedClusters == 1)
            #expect(s.firstDay == Day(iso: "2022-09-26") && s.lastDay == Day(iso: "2022-09-29"))
        }
    }
}
