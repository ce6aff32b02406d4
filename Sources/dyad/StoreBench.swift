import DyadPostgres
import DyadStore
import DyadText
import Foundation

/// `dyad bench --synthetic N --db FILE`: fills a store with synthetic events and reports query
/// latency percentiles, the figures the store issue asks for on a large store.
struct StoreBench {
    var events: Int
    var path: String
    var repetitions = 20

    func run() throws {
        // A large page cache keeps the growing indexes in memory while millions of events go in.
        let store: any EventStore =
            PostgresLocation.isURL(path)
            ? try openStore(path) : try storeCall { try SQLiteStore(path: path, cacheMegabytes: 4096) }
        let generator = SyntheticEvents()
        let documents = (events + generator.eventsPerDocument - 1) / generator.eventsPerDocument
        let have = try storeCall { try store.stats().documents }
        if have < documents {
            let start = Date()
            var n = have
            while n < documents {
                let batch = (n..<min(documents, n + 4096)).map(generator.item)
                _ = try storeCall { try store.ingest(batch, replace: false) }
                n += batch.count
                if n / 50_000 != (n - batch.count) / 50_000 || n == documents {
                    let s = Date().timeIntervalSince(start)
                    warn(
                        String(
                            format: "%d documents, %.0f events/s", n,
                            Double((n - have) * generator.eventsPerDocument) / s))
                }
            }
            warn(String(format: "filled in %.1f s", Date().timeIntervalSince(start)))
        }
        let stats = try storeCall { try store.stats() }
        print(
            "store: \(stats.events) events, \(stats.documents) documents, "
                + String(format: "%.0f MB", Double(stats.bytesOnDisk) / 1_048_576))
        var r = SyntheticEvents.Random(state: 42)
        let countries = Array(SyntheticEvents.countries.prefix(12))
        func randomQuery() -> EventQuery {
            let from = Day(year: 2021, month: 1, day: 1)!.adding(days: r.below(600))
            return EventQuery(
                from: from, to: from.adding(days: 90), sourceCountries: [countries[r.below(countries.count)]])
        }
        func measure(_ name: String, _ body: () throws -> Void) throws {
            var times: [Double] = []
            for _ in 0..<repetitions {
                let t = Date()
                try body()
                times.append(Date().timeIntervalSince(t) * 1000)
            }
            times.sort()
            let p50 = times[times.count / 2]
            let p95 = times[min(times.count - 1, Int(Double(times.count) * 0.95))]
            print(pad(name, 44) + String(format: "p50 %8.1f ms   p95 %8.1f ms", p50, p95))
        }
        for by in CountDimension.allCases {
            try measure("--count-by \(by.rawValue)") { _ = try store.counts(EventQuery(), by: by) }
            try measure("--count-by \(by.rawValue) --source X, 90 days") { _ = try store.counts(randomQuery(), by: by) }
        }
        try measure("timeline: day x type, whole store") {
            _ = try store.crossCounts(EventQuery(), by: .day, and: .type, perGroup: nil)
        }
        try measure("dyads: dyad x type, top 10 per type") {
            _ = try store.crossCounts(EventQuery(), by: .dyad, and: .type, perGroup: 10)
        }
        try measure("page of 100: --type T --source X") {
            var q = EventQuery(
                types: [SyntheticEvents.types[r.below(5)].rawValue], sourceCountries: [countries[r.below(12)]])
            q.limit = 100
            _ = try store.query(q)
        }
        try measure("page of 100: --source X --from/--to 90 days") {
            var q = randomQuery()
            q.limit = 100
            _ = try store.query(q)
        }
        try measure("page of 100: --text \"arrested\" --place X") {
            _ = try store.query(EventQuery(placeCountries: [countries[r.below(12)]], text: "arrested", limit: 100))
        }
        try measure("page of 100: --text \"people\" --type T") {
            _ = try store.query(
                EventQuery(types: [SyntheticEvents.types[r.below(8)].rawValue], text: "people", limit: 100))
        }
        try measure("dyads x type, --source X, 90 days, top 10") {
            _ = try store.crossCounts(randomQuery(), by: .dyad, and: .type, perGroup: 10)
        }
        try measure("map: 400 places, whole store") { _ = try store.places(EventQuery(limit: 400)) }
        try measure("map: 400 places, 90 days") {
            var q = randomQuery()
            q.sourceCountries = []
            q.limit = 400
            _ = try store.places(q)
        }
        try measure("map: 400 places, --source X, 90 days") {
            var q = randomQuery()
            q.limit = 400
            _ = try store.places(q)
        }
        try measure("map: 400 places, --place X") {
            _ = try store.places(EventQuery(placeCountries: [countries[r.below(12)]], limit: 400))
        }
    }
}
