import DyadModel
@testable import DyadStore
import DyadText
import Foundation
import GRDB
import Testing

/// Clusters depend only on the set of stored events: not on ingest order, batching, recoding or
/// the replacements that led to them (see `SQLiteStore+Clusters.swift`).
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

    static func snapshot(_ store: SQLiteStore) throws -> Snapshot {
        try store.pool.read { db in
            var assignment: [String: Int64?] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT doc_id, evidence_sentence, cluster_id FROM events") {
                let doc: String = r[0]
                let sentence: Int = r[1]
                assignment["\(doc)#\(sentence)"] = r[2] as Int64?
            }
            let clusters = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, type, source_countries, target_countries, place_country, first_day, last_day,
                        mention_count, event_count, document_count
                    FROM event_clusters ORDER BY id
                    """
            ).map(\.description)
            return Snapshot(assignment: assignment, clusters: clusters)
        }
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
    static func checkConsistent(_ store: SQLiteStore) throws {
        try store.pool.read { db in
            let stale = try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM event_clusters c LEFT JOIN (
                        SELECT cluster_id, SUM(mentions) AS m, COUNT(*) AS n, COUNT(DISTINCT doc_id) AS d,
                            MIN(day) AS f, MAX(day) AS l
                        FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id) e ON e.cluster_id = c.id
                    WHERE e.n IS NULL OR c.mention_count <> e.m OR c.event_count <> e.n OR c.document_count <> e.d
                        OR c.first_day <> e.f OR c.last_day <> e.l
                    """)
            #expect(stale == 0)
            let orphans = try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM events e WHERE e.day IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM event_clusters c WHERE c.id = e.cluster_id
                            AND c.type = e.type AND c.source_countries = e.source_countries
                            AND c.target_countries = e.target_countries
                            AND c.place_country = COALESCE(e.place_country, ''))
                    """)
            #expect(orphans == 0)
        }
    }

    func withStores(_ n: Int, _ body: ([SQLiteStore]) throws -> Void) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stores = try (0..<n).map { try SQLiteStore(path: dir.appendingPathComponent("s\($0).sqlite").path) }
        try body(stores)
    }

    @Test func theSameEventsGiveTheSameClustersInAnyOrderAndBatching() throws {
        let items = Self.corpus(160)
        var shuffled = items
        var r = SyntheticEvents.Random(state: 99)
        for i in shuffled.indices.reversed() { shuffled.swapAt(i, r.below(i + 1)) }
        try withStores(4) { stores in
            _ = try stores[0].ingest(items, replace: false)
            for item in items.reversed() { _ = try stores[1].ingest([item], replace: false) }
            for start in stride(from: 0, to: shuffled.count, by: 7) {
                _ = try stores[2].ingest(Array(shuffled[start..<min(start + 7, shuffled.count)]), replace: false)
            }
            // Sorted by day: the order in which no window is ever re-formed.
            let byDay = items.sorted { ($0.document.date!, $0.document.id) < ($1.document.date!, $1.document.id) }
            _ = try stores[3].ingest(byDay, replace: false)
            let snapshots = try stores.map(Self.snapshot)
            #expect(Self.grouped(snapshots[0]) == Self.expected(items))
            #expect(snapshots[0].clusters.count > 20)
            for s in snapshots.dropFirst() {
                #expect(s == snapshots[0])
            }
            for store in stores { try Self.checkConsistent(store) }
        }
    }

    @Test func recodingUnchangedDocumentsChangesNothing() throws {
        let items = Self.corpus(120, seed: 3)
        try withStores(1) { stores in
            let store = stores[0]
            _ = try store.ingest(items, replace: false)
            let before = try Self.snapshot(store)
            // As `dyad recode` does: every document replaced, in batches, here in two orders.
            for start in stride(from: 0, to: items.count, by: 50) {
                let outcome = try store.ingest(Array(items[start..<min(start + 50, items.count)]), replace: true)
                #expect(outcome.replaced == min(50, items.count - start))
            }
            #expect(try Self.snapshot(store) == before)
            for item in items.reversed() { _ = try store.ingest([item], replace: true) }
            #expect(try Self.snapshot(store) == before)
            try Self.checkConsistent(store)
        }
    }

    /// One key; documents a (day 10), b (12), c (13), d (15): windows [10–12] {a, b} and [13–15]
    /// {c, d}. Without a the windows re-form as [12–14] {b, c} and [15] {d}; with a back they are
    /// the first ones again, ids included.
    @Test func removingAndRestoringADocumentSplitsAndMergesWindows() throws {
        func doc(_ id: String, _ day: String?) -> IngestItem {
            item(
                id, date: "2022-09-01", sentences: ["Protest."],
                events: day.map { [event(id, "PROTEST", source: ["GEO"], date: $0, place: "GEO")] } ?? [])
        }
        let full = [
            doc("a", "2022-09-10"), doc("b", "2022-09-12"), doc("c", "2022-09-13"), doc("d", "2022-09-15"),
        ]
        try withStores(2) { stores in
            let store = stores[0]
            _ = try store.ingest(full, replace: false)
            let original = try Self.snapshot(store)
            #expect(Self.grouped(original) == [["a#0", "b#0"], ["c#0", "d#0"]])
            // a loses its event (a replacement without events; `replace`, since the text is the
            // same): the windows move on.
            _ = try store.ingest([doc("a", nil)], replace: true)
            let without = try Self.snapshot(store)
            #expect(Self.grouped(without) == [["b#0", "c#0"], ["d#0"]])
            try Self.checkConsistent(store)
            // The same as a store that never had a's event.
            _ = try stores[1].ingest(
                [doc("d", "2022-09-15"), doc("c", "2022-09-13"), doc("b", "2022-09-12")], replace: false)
            #expect(try Self.snapshot(stores[1]).clusters == without.clusters)
            // a back: the first windows and ids again.
            _ = try store.ingest([doc("a", "2022-09-10")], replace: true)
            #expect(try Self.snapshot(store) == original)
            // b moves to day 11: same windows, same ids, b's day in the cluster's span.
            _ = try store.ingest([doc("b", "2022-09-11")], replace: true)
            let moved = try Self.snapshot(store)
            #expect(Self.grouped(moved) == Self.grouped(original))
            #expect(moved.assignment == original.assignment)
            // c moves to day 16: windows [10–12] {a, b}, [15–17] {c, d}.
            _ = try store.ingest([doc("c", "2022-09-16")], replace: true)
            #expect(Self.grouped(try Self.snapshot(store)) == [["a#0", "b#0"], ["c#0", "d#0"]])
            // a moves to day 8: [8–10] {a}, [11–13] {b}, [15–17] {c, d}.
            _ = try store.ingest([doc("a", "2022-09-08")], replace: true)
            #expect(Self.grouped(try Self.snapshot(store)) == [["a#0"], ["b#0"], ["c#0", "d#0"]])
            try Self.checkConsistent(store)
        }
    }

    /// Random replacements (new days, new keys, no events) keep the clusters those of a fresh store
    /// holding the final documents.
    @Test func replacementsEndWhereAFreshIngestEnds() throws {
        var current = Self.corpus(90, days: 15, seed: 11)
        try withStores(2) { stores in
            _ = try stores[0].ingest(current, replace: false)
            var r = SyntheticEvents.Random(state: 5)
            for round in 0..<6 {
                let changed = (0..<12).map { _ in r.below(current.count) }
                let fresh = Self.corpus(90, days: 15, seed: 100 + UInt64(round))
                var batch: [IngestItem] = []
                for i in Set(changed).sorted() {
                    let replacement = fresh[i]
                    // Keep the id of the document replaced.
                    let events = r.below(5) == 0 ? [] : replacement.events
                    let new = item(
                        current[i].document.id, date: replacement.document.date!.description,
                        sentences: events.indices.map { "Replaced \($0) in round \(round)." },
                        events: events.map {
                            var e = $0
                            e.document = current[i].document.id
                            return e
                        })
                    current[i] = new
                    batch.append(new)
                }
                _ = try stores[0].ingest(batch, replace: false)
                try Self.checkConsistent(stores[0])
            }
            _ = try stores[1].ingest(current.reversed(), replace: false)
            let a = try Self.snapshot(stores[0])
            #expect(a == (try Self.snapshot(stores[1])))
            #expect(Self.grouped(a) == Self.expected(current))
        }
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
