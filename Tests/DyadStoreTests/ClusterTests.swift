import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

/// The cluster corpus and checks, and the migration of an older SQLite file (the behaviour on
/// every backend is in `EventStoreTests+Clusters.swift`).
@Suite("Deterministic clusters", .serialized)
struct ClusterTests {
    /// `count` documents of one to four events over three types, two source countries and two
    /// places, on days spread over `days` days (dense, so that windows chain and re-form).
    static func corpus(_ count: Int, days: Int = 24, seed: UInt64 = 7) -> [IngestItem] {
        let start = Day(iso: "2022-09-01")!
        return (0..<count).map { n in
            var r = SyntheticEvents.Random(state: seed &+ UInt64(n) &* 7919)
            let id = "d\(n)"
            let published = start.adding(days: r.below(days))
            let events = (0..<(1 + r.below(4))).map { i in
                event(
                    id, ["PROTEST", "COERCE", "ASSAULT"][r.below(3)], source: [["RUS", "UKR"][r.below(2)]],
                    target: r.below(2) == 0 ? ["UKR"] : [],
                    date: r.below(4) == 0 ? nil : published.adding(days: -r.below(4)).description,
                    place: ["UKR", "RUS"][r.below(2)], sentence: i)
            }
            return item(
                id, date: published.description, sentences: events.indices.map { "Sentence \($0) of \(id)." },
                events: events)
        }
    }

    /// What a store holds of its clusters: each event (document and sentence) with its cluster id,
    /// and the cluster rows.
    struct Snapshot: Equatable {
        var assignment: [String: Int64?]
        var clusters: [String]
    }

    static func snapshot(_ store: any EventStore) throws -> Snapshot {
        var assignment: [String: Int64?] = [:]
        for r in try TestStore.rows(
            store, "SELECT doc_id, CAST(evidence_sentence AS TEXT), CAST(cluster_id AS TEXT) FROM events")
        {
            assignment["\(r[0] ?? "")#\(r[1] ?? "")"] = r[2].flatMap { Int64($0) }
        }
        let clusters = try TestStore.rows(
            store,
            """
            SELECT CAST(id AS TEXT), type, source_countries, target_countries, place_country, first_day, last_day,
                CAST(mention_count AS TEXT), CAST(event_count AS TEXT), CAST(document_count AS TEXT)
            FROM event_clusters
            """
        ).map { $0.map { $0 ?? "NULL" }.joined(separator: "|") }.sorted()
        return Snapshot(assignment: assignment, clusters: clusters)
    }

    /// The clusters by definition, computed here from the events alone: per key, three-day windows
    /// from the earliest day not yet covered. Returned as sorted lists of `doc#sentence`.
    static func expected(_ items: [IngestItem]) -> Set<[String]> {
        var byKey: [String: [(day: Day, name: String)]] = [:]
        for item in items {
            for e in item.events {
                guard let day = e.date ?? item.document.date else { continue }
                let key = [
                    e.type.rawValue, e.source.compactMap(\.country?.rawValue).sorted().joined(separator: "+"),
                    e.target.compactMap(\.country?.rawValue).sorted().joined(separator: "+"),
                    e.place?.country.rawValue ?? "",
                ].joined(separator: "|")
                byKey[key, default: []].append((day, "\(item.document.id)#\(e.evidence.sentence)"))
            }
        }
        var clusters = Set<[String]>()
        for events in byKey.values {
            var current: [String] = []
            var end: Day?
            for e in events.sorted(by: { $0.day < $1.day }) {
                if let last = end, e.day <= last {
                    current.append(e.name)
                } else {
                    if !current.isEmpty { clusters.insert(current.sorted()) }
                    current = [e.name]
                    end = e.day.adding(days: 2)
                }
            }
            if !current.isEmpty { clusters.insert(current.sorted()) }
        }
        return clusters
    }

    /// The store's clusters in the form of `expected`.
    static func grouped(_ s: Snapshot) -> Set<[String]> {
        var groups: [Int64: [String]] = [:]
        for (name, id) in s.assignment { if let id { groups[id, default: []].append(name) } }
        return Set(groups.values.map { $0.sorted() })
    }

    /// Every cluster row's counts and days agree with its events, and every dated event has one.
    static func checkConsistent(_ store: any EventStore) throws {
        let stale = try TestStore.rows(
            store,
            """
            SELECT CAST(COUNT(*) AS TEXT) FROM event_clusters c LEFT JOIN (
                SELECT cluster_id, SUM(mentions) AS m, COUNT(*) AS n, COUNT(DISTINCT doc_id) AS d,
                    MIN(day) AS f, MAX(day) AS l
                FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id) e ON e.cluster_id = c.id
            WHERE e.n IS NULL OR c.mention_count <> e.m OR c.event_count <> e.n OR c.document_count <> e.d
                OR c.first_day <> e.f OR c.last_day <> e.l
            """)
        #expect(stale == [["0"]])
        let orphans = try TestStore.rows(
            store,
            """
            SELECT CAST(COUNT(*) AS TEXT) FROM events e WHERE e.day IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM event_clusters c WHERE c.id = e.cluster_id
                    AND c.type = e.type AND c.source_countries = e.source_countries
                    AND c.target_countries = e.target_countries
                    AND c.place_country = COALESCE(e.place_country, ''))
            """)
        #expect(orphans == [["0"]])
    }

    /// A store clustered the old way (greedy, in arrival order) is re-clustered by migration 10.
    @Test func migrationReclustersAnOlderStore() throws {
        let items = Self.corpus(80, seed: 21)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        let fresh = try SQLiteStore(path: dir.appendingPathComponent("fresh.sqlite").path)
        _ = try fresh.ingest(items, replace: false)
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.ingest(items.reversed(), replace: false)
            try store.pool.write { db in
                // Old ids and one cluster per event: anything but the definition.
                try db.execute(
                    sql: """
                        DELETE FROM event_clusters;
                        UPDATE events SET cluster_id = id WHERE cluster_id IS NOT NULL;
                        INSERT INTO event_clusters SELECT id, type, source_countries, target_countries,
                            COALESCE(place_country, ''), day, day, mentions, 1, 1 FROM events WHERE day IS NOT NULL;
                        DELETE FROM grdb_migrations WHERE identifier = 'v10';
                        PRAGMA user_version = 8;
                        """)
            }
        }
        let migrated = try SQLiteStore(path: path)
        #expect(try migrated.stats().schemaVersion == SQLiteStore.schemaVersion)
        #expect(try Self.snapshot(migrated) == (try Self.snapshot(fresh)))
        try Self.checkConsistent(migrated)
    }
}
