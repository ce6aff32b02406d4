import GRDB

/// Counts of the events of one actor or place country (`country_rollups`): what a view filtered
/// to one country reads for its quantity line, its place counts and its dyad table, instead of
/// the `rollups` rows of that country (a third of them for the United States in a large store)
/// or its events.
///
/// Rows, per side (`source`, `target`, `place`) and single country of that side:
/// - `unit`: per day (`''` undated), type and counted unit, events with a quantity only;
/// - `place` (sides source and target) and `dyad` (all sides): per month (`''` undated) and for
///   all time (`*`), per type and group label (`RUS`, `RUS -> UKR`). The dyad rows also give the
///   source and target counts, from either half of their label.
extension SQLiteStore {
    /// The country dimensions `country_rollups` answers per side.
    static let countryRollupDimensions: [String: Set<CountDimension>] = [
        "source": [.place, .dyad, .source, .target], "target": [.place, .dyad, .source, .target],
        "place": [.dyad, .source, .target],
    ]

    /// The stored dimension and the SQL of the group key for `dimension`: source and target
    /// labels are the halves of the dyad label (`BLR+RUS -> UKR`; codes hold no arrow).
    static func countryRollupKey(_ dimension: CountDimension) -> (stored: String, key: String) {
        switch dimension {
        case .source: return ("dyad", "substr(key, 1, instr(key, ' -> ') - 1)")
        case .target: return ("dyad", "substr(key, instr(key, ' -> ') + 4)")
        default: return (dimension.rawValue, "key")
        }
    }

    /// The statements (columns `k` key, `t` type, `n` events, `q` quantity) that together count
    /// `q`'s events by `dimension` from `country_rollups`: all-time rows, or the window's whole
    /// months plus `rollups` for the days at its edges. Nil when the query is not filtered to
    /// exactly one country on one side, or the table does not keep that dimension for it.
    static func countryRollupParts(
        _ q: EventQuery, by dimension: CountDimension, sets: CountrySets
    ) -> [(String, StatementArguments)]? {
        guard q.isRollupQuery, q.afterID == nil, let (side, country) = singleCountry(q),
            countryRollupDimensions[side]?.contains(dimension) == true
        else { return nil }
        let (stored, key) = countryRollupKey(dimension)
        var common = Filter()
        common.add("side = ? AND country = ? AND dimension = ?", [side, country, stored])
        if !q.types.isEmpty { common.add("type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types)) }
        let rows = "SELECT \(key) AS k, type AS t, event_count AS n, quantity AS q FROM country_rollups "
        if q.from == nil && q.to == nil {
            var f = common
            f.add("period = '*'")
            return [(rows + f.sql, f.arguments)]
        }
        var parts: [(String, StatementArguments)] = []
        let span = MonthSpan(from: q.from, to: q.to)
        if let months = span.months {
            var f = common
            f.add("period BETWEEN ? AND ? AND period <> '*'", [months.first, months.last])
            parts.append((rows + f.sql, f.arguments))
        }
        for edge in span.edges {
            var e = q
            e.from = edge.from
            e.to = edge.to
            let f = rollupFilter(e, sets: sets)
            parts.append(
                (
                    "SELECT \(groupKey(dimension, "r")) AS k, r.type AS t, r.event_count AS n, r.quantity AS q "
                        + "FROM rollups r \(f.sql)", f.arguments
                ))
        }
        return parts
    }

    /// The quantity statement (columns `k`, `u`, `n`, `q`) by a time dimension or type for a query
    /// filtered to one country on one side, from the `unit` rows; nil for other queries.
    static func countryUnitSQL(_ q: EventQuery, by dimension: CountDimension) -> (String, StatementArguments)? {
        guard q.isRollupQuery, q.afterID == nil, dimension.isTime || dimension == .type,
            let (side, country) = singleCountry(q)
        else { return nil }
        var f = rollupFilter(EventQuery(from: q.from, to: q.to, types: q.types))
        f.clauses.insert("r.side = ? AND r.country = ? AND r.dimension = 'unit'", at: 0)
        f.arguments = [side, country] + f.arguments
        return (
            """
            SELECT \(groupKey(dimension, "r")) AS k, r.key AS u, SUM(r.event_count) AS n, TOTAL(r.quantity) AS q
            FROM (SELECT side, country, dimension, period AS day, type, key, event_count, quantity
                  FROM country_rollups) r
            \(f.sql) GROUP BY k, u
            """, f.arguments
        )
    }

    /// Creates and fills `country_rollups` from the stored events (migration 7).
    static func createCountryRollups(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE country_rollups (
                    side TEXT NOT NULL, country TEXT NOT NULL, dimension TEXT NOT NULL, period TEXT NOT NULL,
                    type TEXT NOT NULL, key TEXT NOT NULL, event_count INTEGER NOT NULL, quantity REAL NOT NULL,
                    PRIMARY KEY (side, country, dimension, period, type, key)) WITHOUT ROWID
                """)
        // Each event once per side and single country of that side.
        let countries = """
            (SELECT DISTINCT event_id, side, country FROM event_actors WHERE country IS NOT NULL AND country <> ''
             UNION ALL
             SELECT id, 'place', place_country FROM events WHERE place_country IS NOT NULL AND place_country <> '')
            """
        let label = { (column: String) in "COALESCE(NULLIF(e.\(column), ''), '-')" }
        try db.execute(
            sql: """
                INSERT INTO country_rollups
                SELECT a.side, a.country, 'unit', COALESCE(e.day, ''), e.type, COALESCE(e.quantity_unit, '-'),
                    COUNT(*), TOTAL(e.quantity_value)
                FROM \(countries) a JOIN events e ON e.id = a.event_id
                WHERE e.quantity_value IS NOT NULL GROUP BY 1, 2, 4, 5, 6;
                INSERT INTO country_rollups
                SELECT a.side, a.country, 'place', COALESCE(substr(e.day, 1, 7), ''), e.type, \(label("place_country")),
                    COUNT(*), TOTAL(e.quantity_value)
                FROM \(countries) a JOIN events e ON e.id = a.event_id
                WHERE a.side <> 'place' GROUP BY 1, 2, 4, 5, 6;
                INSERT INTO country_rollups
                SELECT a.side, a.country, 'dyad', COALESCE(substr(e.day, 1, 7), ''), e.type,
                    \(label("source_countries")) || ' -> ' || \(label("target_countries")),
                    COUNT(*), TOTAL(e.quantity_value)
                FROM \(countries) a JOIN events e ON e.id = a.event_id GROUP BY 1, 2, 4, 5, 6;
                INSERT INTO country_rollups
                SELECT side, country, dimension, '*', type, key, SUM(event_count), TOTAL(quantity)
                FROM country_rollups WHERE dimension <> 'unit' GROUP BY 1, 2, 3, 5, 6;
                """)
    }
}
