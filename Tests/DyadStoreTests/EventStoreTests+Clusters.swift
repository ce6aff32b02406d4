import DyadModel
import DyadStore
import DyadText
import Foundation
import Testing

/// Clusters depend only on the set of stored events: not on ingest order, batching, recoding or
/// the replacements that led to them (docs/store.md, "Clusters"), and both backends give the same ones.
extension EventStoreTests {
    @Test(arguments: Backend.available)
    func theSameEventsGiveTheSameClustersInAnyOrderAndBatching(_ backend: Backend) throws {
        let items = ClusterTests.corpus(160)
        var shuffled = items
        var r = SyntheticEvents.Random(state: 99)
        for i in shuffled.indices.reversed() { shuffled.swapAt(i, r.below(i + 1)) }
        try TestStore.with(backend, count: 4) { stores in
            _ = try stores[0].ingest(items, replace: false)
            for item in items.reversed() { _ = try stores[1].ingest([item], replace: false) }
            for start in stride(from: 0, to: shuffled.count, by: 7) {
                _ = try stores[2].ingest(Array(shuffled[start..<min(start + 7, shuffled.count)]), replace: false)
            }
            // Sorted by day: the order in which no window is ever re-formed.
            let byDay = items.sorted { ($0.document.date!, $0.document.id) < ($1.document.date!, $1.document.id) }
            _ = try stores[3].ingest(byDay, replace: false)
            let snapshots = try stores.map { try ClusterTests.snapshot($0) }
            #expect(ClusterTests.grouped(snapshots[0]) == ClusterTests.expected(items))
            #expect(snapshots[0].clusters.count > 20)
            for s in snapshots.dropFirst() {
                #expect(s == snapshots[0])
            }
            for store in stores { try ClusterTests.checkConsistent(store) }
        }
    }

    @Test(arguments: Backend.available)
    func recodingUnchangedDocumentsChangesNothing(_ backend: Backend) throws {
        let items = ClusterTests.corpus(120, seed: 3)
        try TestStore.with(backend, count: 1) { stores in
            let store = stores[0]
            _ = try store.ingest(items, replace: false)
            let before = try ClusterTests.snapshot(store)
            // As `dyad recode` does: every document replaced, in batches, here in two orders.
            for start in stride(from: 0, to: items.count, by: 50) {
                let outcome = try store.ingest(Array(items[start..<min(start + 50, items.count)]), replace: true)
                #expect(outcome.replaced == min(50, items.count - start))
            }
            #expect(try ClusterTests.snapshot(store) == before)
            for item in items.reversed() { _ = try store.ingest([item], replace: true) }
            #expect(try ClusterTests.snapshot(store) == before)
            try ClusterTests.checkConsistent(store)
        }
    }

    /// One key; documents a (day 10), b (12), c (13), d (15): windows [10–12] {a, b} and [13–15]
    /// {c, d}. Without a the windows re-form as [12–14] {b, c} and [15] {d}; with a back they are
    /// the first ones again, ids included.
    @Test(arguments: Backend.available)
    func removingAndRestoringADocumentSplitsAndMergesWindows(_ backend: Backend) throws {
        func doc(_ id: String, _ day: String?) -> IngestItem {
            item(
                id, date: "2022-09-01", sentences: ["Protest."],
                events: day.map { [event(id, "PROTEST", source: ["GEO"], date: $0, place: "GEO")] } ?? [])
        }
        let full = [
            doc("a", "2022-09-10"), doc("b", "2022-09-12"), doc("c", "2022-09-13"), doc("d", "2022-09-15"),
        ]
        try TestStore.with(backend, count: 2) { stores in
            let store = stores[0]
            _ = try store.ingest(full, replace: false)
            let original = try ClusterTests.snapshot(store)
            #expect(ClusterTests.grouped(original) == [["a#0", "b#0"], ["c#0", "d#0"]])
            // a loses its event (a replacement without events; `replace`, since the text is the
            // same): the windows move on.
            _ = try store.ingest([doc("a", nil)], replace: true)
            let without = try ClusterTests.snapshot(store)
            #expect(ClusterTests.grouped(without) == [["b#0", "c#0"], ["d#0"]])
            try ClusterTests.checkConsistent(store)
            // The same as a store that never had a's event.
            _ = try stores[1].ingest(
                [doc("d", "2022-09-15"), doc("c", "2022-09-13"), doc("b", "2022-09-12")], replace: false)
            #expect(try ClusterTests.snapshot(stores[1]).clusters == without.clusters)
            // a back: the first windows and ids again.
            _ = try store.ingest([doc("a", "2022-09-10")], replace: true)
            #expect(try ClusterTests.snapshot(store) == original)
            // b moves to day 11: same windows, same ids, b's day in the cluster's span.
            _ = try store.ingest([doc("b", "2022-09-11")], replace: true)
            let moved = try ClusterTests.snapshot(store)
            #expect(ClusterTests.grouped(moved) == ClusterTests.grouped(original))
            #expect(moved.assignment == original.assignment)
            // c moves to day 16: windows [10–12] {a, b}, [15–17] {c, d}.
            _ = try store.ingest([doc("c", "2022-09-16")], replace: true)
            #expect(ClusterTests.grouped(try ClusterTests.snapshot(store)) == [["a#0", "b#0"], ["c#0", "d#0"]])
            // a moves to day 8: [8–10] {a}, [11–13] {b}, [15–17] {c, d}.
            _ = try store.ingest([doc("a", "2022-09-08")], replace: true)
            #expect(ClusterTests.grouped(try ClusterTests.snapshot(store)) == [["a#0"], ["b#0"], ["c#0", "d#0"]])
            try ClusterTests.checkConsistent(store)
        }
    }

    /// Random replacements (new days, new keys, no events) keep the clusters those of a fresh store
    /// holding the final documents.
    @Test(arguments: Backend.available)
    func replacementsEndWhereAFreshIngestEnds(_ backend: Backend) throws {
        var current = ClusterTests.corpus(90, days: 15, seed: 11)
        try TestStore.with(backend, count: 2) { stores in
            _ = try stores[0].ingest(current, replace: false)
            var r = SyntheticEvents.Random(state: 5)
            for round in 0..<6 {
                let changed = (0..<12).map { _ in r.below(current.count) }
                let fresh = ClusterTests.corpus(90, days: 15, seed: 100 + UInt64(round))
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
                try ClusterTests.checkConsistent(stores[0])
            }
            _ = try stores[1].ingest(current.reversed(), replace: false)
            let a = try ClusterTests.snapshot(stores[0])
            #expect(a == (try ClusterTests.snapshot(stores[1])))
            #expect(ClusterTests.grouped(a) == ClusterTests.expected(current))
        }
    }

    /// The same documents give the same clusters, ids included, on SQLite and PostgreSQL.
    @Test(.enabled(if: postgresURL != nil, "DYAD_TEST_POSTGRES_URL is not set"))
    func bothBackendsGiveTheSameClusters() throws {
        let items = ClusterTests.corpus(150, seed: 13)
        try TestStore.with(.sqlite) { sqlite in
            try TestStore.with(.postgres) { postgres in
                _ = try sqlite.store.ingest(items, replace: false)
                for start in stride(from: 0, to: items.count, by: 11) {
                    _ = try postgres.store.ingest(Array(items[start..<min(start + 11, items.count)]), replace: false)
                }
                let a = try ClusterTests.snapshot(sqlite.store)
                #expect(a.clusters.count > 20)
                let b = try ClusterTests.snapshot(postgres.store)
                #expect(b.assignment == a.assignment)
                #expect(
                    b.clusters == a.clusters,
                    "first difference: \(zip(b.clusters, a.clusters).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "none")"
                )
            }
        }
    }
}
