import PostgresNIO

/// One row key of `rollups`: day ("" for none), type, both country sets, place country and name
/// ("" for none) and the counted quantity's unit ("" when the event has no counted quantity,
/// "-" for a count without a unit).
struct RollupKey: Hashable, Comparable {
    var day: String
    var type: String
    var sources: String
    var targets: String
    var place: String
    var placeName: String
    var unit: String

    static func < (a: RollupKey, b: RollupKey) -> Bool {
        (a.day, a.type, a.sources, a.targets, a.place, a.placeName) < (
            b.day, b.type, b.sources, b.targets, b.place, b.placeName
        )
            || ((a.day, a.type, a.sources, a.targets, a.place, a.placeName) == (
                b.day, b.type, b.sources, b.targets, b.place, b.placeName
            )
                && a.unit < b.unit)
    }
}

/// What a rollup row counts: events, summed quantity and the coordinate sums of located places.
struct RollupSums {
    var events = 0
    var quantity = 0.0
    var latSum = 0.0
    var lonSum = 0.0
    var located = 0

    static func += (a: inout RollupSums, b: RollupSums) {
        a.events += b.events
        a.quantity += b.quantity
        a.latSum += b.latSum
        a.lonSum += b.lonSum
        a.located += b.located
    }
}

/// The rollup changes of one batch, summed per key and written once per key at its end, in key
/// order (so concurrent writers could never lock rows in opposite orders).
struct PostgresRollupDeltas {
    private var rows: [RollupKey: RollupSums] = [:]
    /// Places stored at other than point precision: `[name, country, precision]`.
    var precisions = Set<[String]>()

    mutating func add(_ key: RollupKey, _ sums: RollupSums) { rows[key, default: RollupSums()] += sums }

    func write(session s: Session) throws {
        let changed = rows.filter { $0.value.events != 0 || $0.value.quantity != 0 }.sorted { $0.key < $1.key }
        for chunk in changed.chunked(by: 5000) {
            var sql = SQL()
            let k = chunk.map(\.key)
            let v = chunk.map(\.value)
            sql += """
                INSERT INTO rollups AS r (day, type, source_countries, target_countries, place_country, place_name, unit,
                    event_count, quantity, lat_sum, lon_sum, located)
                SELECT * FROM unnest(\(sql.bind(k.map(\.day)))::text[], \(sql.bind(k.map(\.type)))::text[],
                    \(sql.bind(k.map(\.sources)))::text[], \(sql.bind(k.map(\.targets)))::text[],
                    \(sql.bind(k.map(\.place)))::text[], \(sql.bind(k.map(\.placeName)))::text[],
                    \(sql.bind(k.map(\.unit)))::text[], \(sql.bind(v.map(\.events)))::int8[],
                    \(sql.bind(v.map(\.quantity)))::float8[], \(sql.bind(v.map(\.latSum)))::float8[],
                    \(sql.bind(v.map(\.lonSum)))::float8[], \(sql.bind(v.map(\.located)))::int8[])
                ON CONFLICT (day, type, source_countries, target_countries, place_country, place_name, unit)
                DO UPDATE SET event_count = r.event_count + excluded.event_count,
                    quantity = r.quantity + excluded.quantity, lat_sum = r.lat_sum + excluded.lat_sum,
                    lon_sum = r.lon_sum + excluded.lon_sum, located = r.located + excluded.located
                """
            try s.query(sql)
        }
        // The same changes per day, type and unit (whole-store timelines and quantity lines).
        var days: [[String]: (Int, Double)] = [:]
        for (key, sums) in changed {
            let k = [key.day, key.type, key.unit]
            days[k] = ((days[k]?.0 ?? 0) + sums.events, (days[k]?.1 ?? 0) + sums.quantity)
        }
        let dayRows = days.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        for chunk in dayRows.chunked(by: 5000) {
            var sql = SQL()
            sql += """
                INSERT INTO rollup_days AS r (day, type, unit, event_count, quantity)
                SELECT * FROM unnest(\(sql.bind(chunk.map { $0.key[0] }))::text[], \(sql.bind(chunk.map { $0.key[1] }))::text[],
                    \(sql.bind(chunk.map { $0.key[2] }))::text[], \(sql.bind(chunk.map { $0.value.0 }))::int8[],
                    \(sql.bind(chunk.map { $0.value.1 }))::float8[])
                ON CONFLICT (day, type, unit)
                DO UPDATE SET event_count = r.event_count + excluded.event_count, quantity = r.quantity + excluded.quantity
                """
            try s.query(sql)
        }
        // The same changes without the day (whole-store counts by country, place or dyad; the map).
        var totals: [RollupKey: RollupSums] = [:]
        for (key, sums) in changed {
            var k = key
            k.day = ""
            totals[k, default: RollupSums()] += sums
        }
        for chunk in totals.sorted(by: { $0.key < $1.key }).chunked(by: 5000) {
            var sql = SQL()
            let k = chunk.map(\.key)
            let v = chunk.map(\.value)
            sql += """
                INSERT INTO rollup_totals AS r (type, source_countries, target_countries, place_country, place_name,
                    unit, event_count, quantity, lat_sum, lon_sum, located)
                SELECT * FROM unnest(\(sql.bind(k.map(\.type)))::text[],
                    \(sql.bind(k.map(\.sources)))::text[], \(sql.bind(k.map(\.targets)))::text[],
                    \(sql.bind(k.map(\.place)))::text[], \(sql.bind(k.map(\.placeName)))::text[],
                    \(sql.bind(k.map(\.unit)))::text[], \(sql.bind(v.map(\.events)))::int8[],
                    \(sql.bind(v.map(\.quantity)))::float8[], \(sql.bind(v.map(\.latSum)))::float8[],
                    \(sql.bind(v.map(\.lonSum)))::float8[], \(sql.bind(v.map(\.located)))::int8[])
                ON CONFLICT (type, source_countries, target_countries, place_country, place_name, unit)
                DO UPDATE SET event_count = r.event_count + excluded.event_count,
                    quantity = r.quantity + excluded.quantity, lat_sum = r.lat_sum + excluded.lat_sum,
                    lon_sum = r.lon_sum + excluded.lon_sum, located = r.located + excluded.located
                """
            try s.query(sql)
        }
        if rows.values.contains(where: { $0.events < 0 }) {
            try s.execute("DELETE FROM rollups WHERE event_count <= 0")
            try s.execute("DELETE FROM rollup_days WHERE event_count <= 0")
            try s.execute("DELETE FROM rollup_totals WHERE event_count <= 0")
        }
        let places = precisions.sorted { $0.lexicographicallyPrecedes($1) }
        if !places.isEmpty {
            var sql = SQL()
            sql += """
                INSERT INTO place_precisions (name, country, precision)
                SELECT * FROM unnest(\(sql.bind(places.map { $0[0] }))::text[], \(sql.bind(places.map { $0[1] }))::text[],
                    \(sql.bind(places.map { $0[2] }))::text[])
                ON CONFLICT DO NOTHING
                """
            try s.query(sql)
        }
    }
}
