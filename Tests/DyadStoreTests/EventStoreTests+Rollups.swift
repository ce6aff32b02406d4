import DyadModel
import DyadText
import Foundation
import GRDB
import Testing

@testable import DyadStore

extension EventStoreTests {
    /// Every group-by, over windows that are whole-store, month-aligned, mid-month, one day and
    /// across a year end, with and without type and country filters, must give the same rows from
    /// the rollup tables as from the events themselves (a cursor filter forces the events path).
    @Test(arguments: Backend.available)
    func rollupCountsEqualEventCounts(_ backend: Backend) throws {
        let t = try TestStore(backend)
        defer { t.close() }
        let store = t.store
        let synthetic = SyntheticEvents(seed: 7, eventsPerDocument: 6)
        _ = try store.ingest((0..<400).map(synthetic.item), replace: false)
        // Replace some documents with other events, so removals go through the rollups too.
        let other = SyntheticEvents(seed: 99, eventsPerDocument: 3)
        let replaced = (0..<60).map { n -> IngestItem in
            var item = other.item(n)
            let old = synthetic.item(n * 5)
            item.document = Document(
                id: old.document.id, date: item.document.date, text: item.document.text, origin: "test")
            item.events = item.events.map {
                var e = $0
                e.document = old.document.id
                return e
            }
            item.contentHash = "changed"
            return item
        }
        let outcome = try store.ingest(replaced, replace: false)
        #expect(outcome.replaced == 60)
        // Sides with several countries (stored as sets such as "BLR+RUS"), which a country filter
        // matches through the list of stored sets holding the code.
        let compound = (0..<24).map { n in
            item(
                "compound-\(n)", date: ["2021-03-20", "2021-06-07", "2021-09-05"][n % 3],
                sentences: ["Belarus and Russia warned Ukraine."],
                events: [
                    event(
                        "compound-\(n)", n % 2 == 0 ? "PROTEST" : "THREATEN",
                        source: n % 4 == 0 ? ["BLR", "RUS"] : ["BLR", "USA", "RUS"],
                        target: n % 3 == 0 ? ["UKR"] : ["UKR", "POL"],
                        place: "UKR", quantity: Double(n))
                ])
        }
        #expect(try store.ingest(compound, replace: false).added == 24)
        if let sqlite = store as? SQLiteStore {
            try sqlite.pool.write { db in
                try db.execute(sql: "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
            }
        }
        let windows: [(String?, String?)] = [
            (nil, nil), ("2021-03-01", "2021-08-31"), ("2021-03-15", "2021-09-10"), ("2021-06-07", "2021-06-07"),
            ("2021-12-20", "2022-01-10"), ("2022-02-01", nil), (nil, "2021-05-17"), ("2021-02-10", "2021-02-20"),
        ]
        let filters: [(types: [String], sources: [String])] = [
            ([], []), (["PROTEST", "COERCE"], []), ([], ["RUS"]), (["ASSAULT"], ["USA"]), ([], ["RUS", "UKR"]),
            ([], ["BLR"]), (["PROTEST"], ["BLR", "USA"]), ([], ["ZZZ"]),
        ]
        var compared = 0
        for (from, to) in windows {
            for f in filters {
                for by in CountDimension.allCases {
                    var q = EventQuery(
                        from: from.flatMap { Day(iso: $0) }, to: to.flatMap { Day(iso: $0) }, types: f.types,
                        sourceCountries: f.sources)
                    let fromRollups = try store.counts(q, by: by)
                    q.afterID = 0
                    let fromEvents = try store.counts(q, by: by)
                    #expect(
                        Set(fromRollups) == Set(fromEvents),
                        "count-by \(by) from \(from ?? "-") to \(to ?? "-") \(f)")
                    compared += fromEvents.count
                }
            }
        }
        #expect(compared > 1000)
        // One target or place country (`country_rollups`, source and target counts from dyad rows).
        for (from, to) in windows {
            for q0 in [
                EventQuery(targetCountries: ["UKR"]), EventQuery(targetCountries: ["POL"]),
                EventQuery(types: ["PROTEST", "THREATEN"], targetCountries: ["RUS"]),
                EventQuery(placeCountries: ["UKR"]),
            ] {
                for by in CountDimension.allCases {
                    var q = q0
                    q.from = from.flatMap { Day(iso: $0) }
                    q.to = to.flatMap { Day(iso: $0) }
                    let fromRollups = try store.counts(q, by: by)
                    q.afterID = 0
                    let fromEvents = try store.counts(q, by: by)
                    #expect(Set(fromRollups) == Set(fromEvents), "count-by \(by) \(q0) from \(from ?? "-")")
                    compared += fromEvents.count
                }
            }
        }
        // Pages of common countries probe each event, of rare ones list the matches: same events.
        for country in ["USA", "RUS", "GEO", "ZZZ"] {
            for types in [[], ["PROTEST"]] {
                let all = try store.query(EventQuery(types: types, sourceCountries: [country])).map(\.id)
                let page = try store.query(EventQuery(types: types, sourceCountries: [country], limit: 40)).map(\.id)
                #expect(page == Array(all.prefix(40)), "page of \(country) \(types)")
            }
        }
        // The header totals from rollups match the full count.
        let overview = try store.overview()
        let stats = try store.stats()
        #expect(overview.events == stats.events && overview.documents == stats.documents)
        #expect(overview.firstDay == stats.firstDay && overview.lastDay == stats.lastDay && stats.events > 2000)
        // The map's places too, over windows and place countries (coordinates are averaged, so
        // compared to a rounding).
        // One actor country (read from `actor_place_rollups`, members of compound sets included).
        let actorFilters: [(sources: [String], targets: [String])] = [
            ([], []), (["RUS"], []), (["BLR"], []), ([], ["UKR"]), ([], ["POL"]), (["ZZZ"], []),
        ]
        let placeQueries = windows.flatMap { from, to in
            [[], ["PROTEST", "ASSAULT"]].flatMap { types in
                [[], ["USA", "UKR"]].flatMap { places in
                    actorFilters.map { actors in
                        EventQuery(
                            from: from.flatMap { Day(iso: $0) }, to: to.flatMap { Day(iso: $0) }, types: types,
                            sourceCountries: actors.sources, targetCountries: actors.targets, placeCountries: places)
                    }
                }
            }
        }
        var placesCompared = 0
        for q in placeQueries {
            var all = q
            all.afterID = 0
            let fromRollups = try store.places(q)
            let fromEvents = try store.places(all)
            #expect(fromRollups.count == fromEvents.count, "places \(q)")
            placesCompared += fromEvents.count
            let byName = Dictionary(uniqueKeysWithValues: fromEvents.map { ($0.name + "/" + $0.country, $0) })
            for p in fromRollups {
                let e = byName[p.name + "/" + p.country]
                #expect(e?.events == p.events && e?.quantity == p.quantity, "place \(p.name)")
                #expect(abs((e?.lat ?? 0) - (p.lat ?? 0)) < 1e-6 && abs((e?.lon ?? 0) - (p.lon ?? 0)) < 1e-6)
            }
        }
        #expect(placesCompared > 500)
        // Quantity totals per unit (the timeline's quantity line) too.
        // Also for one country on one side (`country_rollups`), members of compound sets included.
        let quantityFilters = [
            EventQuery(), EventQuery(sourceCountries: ["RUS"]), EventQuery(sourceCountries: ["BLR"]),
            EventQuery(targetCountries: ["UKR"]), EventQuery(types: ["PROTEST"], placeCountries: ["UKR"]),
        ]
        var quantityRows = 0
        for by in [CountDimension.day, .week, .month, .type] {
            for (from, to) in windows.prefix(5) {
                for filter in quantityFilters {
                    var q = filter
                    q.from = from.flatMap { Day(iso: $0) }
                    q.to = to.flatMap { Day(iso: $0) }
                    let fromRollups = try store.quantities(q, by: by)
                    q.afterID = 0
                    let fromEvents = try store.quantities(q, by: by)
                    #expect(Set(fromRollups) == Set(fromEvents), "quantities by \(by) from \(from ?? "-") \(filter)")
                    quantityRows += fromEvents.count
                }
            }
        }
        #expect(quantityRows > 1000)
        // Two-key counts (the dashboard's timeline and dyad table) too.
        let pairs: [(CountDimension, CountDimension)] = [
            (.day, .type), (.week, .type), (.month, .type), (.dyad, .type), (.type, .source), (.place, .type),
            (.type, .dyad), (.type, .place),
        ]
        for (a, b) in pairs {
            let queries = [
                EventQuery(), EventQuery(types: ["PROTEST"]), EventQuery(sourceCountries: ["RUS"]),
                EventQuery(
                    from: Day(iso: "2021-03-15"), to: Day(iso: "2021-09-10"), types: ["COERCE"],
                    placeCountries: ["USA"]),
                EventQuery(targetCountries: ["UKR", "RUS"]),
                EventQuery(from: Day(iso: "2021-03-01"), to: Day(iso: "2021-06-30"), targetCountries: ["POL"]),
                EventQuery(sourceCountries: ["BLR"], targetCountries: ["UKR"]),
                EventQuery(sourceCountries: ["BLR"]), EventQuery(targetCountries: ["UKR"]),
                EventQuery(from: Day(iso: "2021-03-15"), to: Day(iso: "2021-09-10"), sourceCountries: ["USA"]),
                EventQuery(from: Day(iso: "2021-02-01"), types: ["ASSAULT"], placeCountries: ["RUS"]),
            ]
            for var q in queries {
                let fromRollups = try store.crossCounts(q, by: a, and: b, perGroup: nil)
                q.afterID = 0
                let fromEvents = try store.crossCounts(q, by: a, and: b, perGroup: nil)
                #expect(Set(fromRollups) == Set(fromEvents), "cross count \(a) x \(b) \(q)")
                #expect(!fromEvents.isEmpty)
                // The top rows per group, in the order of the full list (ties broken by key).
                q.afterID = nil
                let top = try store.crossCounts(q, by: a, and: b, perGroup: 3)
                var ranked: [String: Int] = [:]
                let expected = fromEvents.sorted {
                    ($0.second, -$0.events, $0.first) < ($1.second, -$1.events, $1.first)
                }.filter { r in
                    ranked[r.second, default: 0] += 1
                    return ranked[r.second]! <= 3
                }
                #expect(Set(top) == Set(expected) && top.count == expected.count, "top 3 \(a) x \(b) \(q)")
                let inOrder =
                    a.isTime
                    ? top.map { [$0.first, $0.second] }
                        == top.map { [$0.first, $0.second] }.sorted {
                            $0.lexicographicallyPrecedes($1)
                        } : top.map(\.events) == top.map(\.events).sorted(by: >)
                #expect(inOrder, "order of top 3 \(a) x \(b)")
            }
        }
    }
}
