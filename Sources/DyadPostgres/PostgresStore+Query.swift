import DyadModel
import DyadStore
import DyadText
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The conditions over `events e` for a query (every value bound).
    static func eventFilter(_ q: EventQuery, _ sql: inout SQL) -> [String] {
        var c: [String] = []
        if let from = q.from { c.append("e.day >= \(sql.bind(from.description))") }
        if let to = q.to { c.append("e.day <= \(sql.bind(to.description))") }
        if !q.types.isEmpty { c.append("e.type = ANY(\(sql.bind(q.types)))") }
        if let cluster = q.clusterID { c.append("e.cluster_id = \(sql.bind(cluster))") }
        for (side, codes) in [("source", q.sourceCountries), ("target", q.targetCountries)] where !codes.isEmpty {
            c.append(
                """
                e.id IN (SELECT event_id FROM event_actors WHERE side = \(sql.bind(side))
                         AND country = ANY(\(sql.bind(codes))))
                """)
        }
        if !q.placeCountries.isEmpty { c.append("e.place_country = ANY(\(sql.bind(q.placeCountries)))") }
        if !q.eitherSideCountries.isEmpty {
            c.append(
                "e.id IN (SELECT event_id FROM event_actors WHERE country = ANY(\(sql.bind(q.eitherSideCountries))))")
        }
        if let actor = q.actor {
            let pattern =
                "%"
                + actor.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            let p = sql.bind(pattern)
            c.append("e.id IN (SELECT event_id FROM event_actors WHERE text ILIKE \(p) OR name ILIKE \(p))")
        }
        if let text = q.text {
            let words = Self.words(text)
            // No words (only punctuation) matches nothing, as SQLite's empty phrase does.
            c.append(
                words.isEmpty
                    ? "false"
                    : "e.sentence_words @@ \(sql.bind(words.map { "'\($0)'" }.joined(separator: " & ")))::tsquery")
        }
        if let after = q.afterID { c.append(q.sort.afterCondition { sql.bind(after) }) }
        if let minimum = q.minConfidence { c.append("e.confidence >= \(sql.bind(minimum))") }
        if !q.includeHistorical { c.append("NOT e.historical") }
        return c
    }

    /// The conditions over `rollups r` (or `rollup_days r` when only days and types are filtered).
    static func rollupFilter(_ q: EventQuery, _ sql: inout SQL) -> [String] {
        var c: [String] = []
        if let from = q.from { c.append("r.day >= \(sql.bind(from.description))") }
        if let to = q.to { c.append("r.day <> '' AND r.day <= \(sql.bind(to.description))") }
        if !q.types.isEmpty { c.append("r.type = ANY(\(sql.bind(q.types)))") }
        for (column, codes) in [("source_countries", q.sourceCountries), ("target_countries", q.targetCountries)]
        where !codes.isEmpty {
            c.append("string_to_array(r.\(column), '+') && \(sql.bind(codes))::text[]")
        }
        if !q.placeCountries.isEmpty { c.append("r.place_country = ANY(\(sql.bind(q.placeCountries)))") }
        return c
    }

    /// The rollup table that answers `q` grouped by `dimensions` (when `fromRollups(q)`):
    /// `rollup_days` for days and types alone, `rollup_totals` for a whole-store answer without a
    /// time dimension (no day range), `rollups` otherwise. All three have the columns that
    /// `rollupFilter` and `groupKey` name for such a query.
    static func rollupTable(_ q: EventQuery, _ dimensions: [CountDimension]) -> String {
        if fromDays(q, dimensions) { return "rollup_days r" }
        if q.from == nil, q.to == nil, dimensions.allSatisfy({ !$0.isTime }) { return "rollup_totals r" }
        return "rollups r"
    }

    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// Whether `rollups` answers a count, timeline or map of `q` exactly.
    static func fromRollups(_ q: EventQuery) -> Bool { q.isRollupQuery && q.afterID == nil }

    /// Whether `rollup_days` does (no country filters: it keeps days, types and units only).
    static func fromDays(_ q: EventQuery, _ dimensions: [CountDimension]) -> Bool {
        fromRollups(q) && q.sourceCountries.isEmpty && q.targetCountries.isEmpty && q.placeCountries.isEmpty
            && dimensions.allSatisfy { $0.isTime || $0 == .type }
    }

    /// The SQL expression of a group key over `events` or `rollups` (same column names).
    static func groupKey(_ by: CountDimension, _ t: String) -> String {
        let day = "NULLIF(\(t).day, '')"
        switch by {
        case .day: return "COALESCE(\(day), '-')"
        case .week: return "COALESCE(to_char(date_trunc('week', (\(day))::date), 'YYYY-MM-DD'), '-')"
        case .month: return "COALESCE(substr(\(day), 1, 7), '-')"
        case .type: return "\(t).type"
        case .source: return "COALESCE(NULLIF(\(t).source_countries, ''), '-')"
        case .target: return "COALESCE(NULLIF(\(t).target_countries, ''), '-')"
        case .place: return "COALESCE(NULLIF(\(t).place_country, ''), '-')"
        case .dyad:
            return "COALESCE(NULLIF(\(t).source_countries, ''), '-') || ' -> ' || "
                + "COALESCE(NULLIF(\(t).target_countries, ''), '-')"
        }
    }

    /// A quantity column as aggregates sum it: NULL for a count with a scope.
    static let aggregatedQuantity = "CASE WHEN e.quantity_scope IS NULL THEN e.quantity_value END"

    public func query(_ q: EventQuery) throws -> [StoredEvent] {
        try read { s in try page(q, session: s) }
    }

    /// One page of events with their actors, in `q.sort` order (id order by default).
    func page(_ q: EventQuery, session s: Session) throws -> [StoredEvent] {
        var sql = SQL()
        let conditions = Self.eventFilter(q, &sql)
        sql += "SELECT \(Self.eventColumns) FROM events e \(Self.whereClause(conditions)) ORDER BY \(q.sort.orderBy)"
        if let limit = q.limit { sql += " LIMIT \(sql.bind(limit))" }
        if q.offset > 0 { sql += " OFFSET \(sql.bind(q.offset))" }
        return try storedEvents(try s.query(sql), session: s)
    }

    public func export(_ q: EventQuery, _ visit: (StoredEvent) throws -> Void) throws {
        // One snapshot for the whole export, even while workers write.
        try pool.transaction(isolation: "REPEATABLE READ, READ ONLY") { s in
            var page = q
            page.offset = 0
            var remaining = q.limit ?? Int.max
            var skip = q.offset
            while remaining > 0 {
                page.limit = min(1000, remaining + skip)
                let events = try self.page(page, session: s)
                for e in events {
                    if skip > 0 {
                        skip -= 1
                        continue
                    }
                    try visit(e)
                    remaining -= 1
                    if remaining == 0 { break }
                }
                guard let last = events.last, events.count == page.limit else { break }
                page.afterID = last.id
            }
        }
    }

    /// The grouping statement (columns k, n, q) of a count, from the cheapest exact table:
    /// `rollup_days` for days and types, `rollups` for country filters and dimensions, `events`
    /// for actor, text, confidence, historical and cursor filters.
    static func countSQL(_ q: EventQuery, by dimension: CountDimension, _ sql: inout SQL) -> String {
        if fromRollups(q) {
            let c = rollupFilter(q, &sql)
            return """
                SELECT \(groupKey(dimension, "r")) AS k, SUM(r.event_count)::int8 AS n, SUM(r.quantity)::float8 AS q
                FROM \(rollupTable(q, [dimension])) \(whereClause(c)) GROUP BY k
                """
        }
        let c = eventFilter(q, &sql)
        return """
            SELECT \(groupKey(dimension, "e")) AS k, COUNT(*)::int8 AS n,
                   COALESCE(SUM(\(aggregatedQuantity)), 0)::float8 AS q
            FROM events e \(whereClause(c)) GROUP BY k
            """
    }

    public func counts(_ q: EventQuery, by dimension: CountDimension) throws -> [CountRow] {
        var sql = SQL()
        let grouped = Self.countSQL(q, by: dimension, &sql)
        sql += "SELECT k, n, q FROM (\(grouped)) g "
        sql += dimension.isTime ? "ORDER BY k" : "ORDER BY n DESC, k"
        if let limit = q.limit { sql += " LIMIT \(sql.bind(limit))" }
        if q.offset > 0 { sql += " OFFSET \(sql.bind(q.offset))" }
        return try read { s in
            try s.query(sql).map {
                CountRow(
                    key: try $0[0].decode(String.self), events: try $0[1].decode(Int.self),
                    quantity: try $0[2].decode(Double.self))
            }
        }
    }

    public func overview() throws -> StoreOverview {
        try read { s in
            let r = try s.query(
                """
                SELECT (SELECT COUNT(*) FROM documents)::int8,
                       (SELECT COALESCE(SUM(event_count), 0) FROM rollup_days)::int8,
                       (SELECT MIN(day) FROM rollup_days WHERE day <> ''),
                       (SELECT MAX(day) FROM rollup_days WHERE day <> '')
                """)[0]
            return StoreOverview(
                documents: try r[0].decode(Int.self), events: try r[1].decode(Int.self),
                firstDay: try r[2].decode(String?.self).flatMap { Day(iso: $0) },
                lastDay: try r[3].decode(String?.self).flatMap { Day(iso: $0) })
        }
    }

    public func stats() throws -> StoreStats {
        var st = StoreStats(path: path, schemaVersion: Self.schemaVersion)
        try read { s in
            let r = try s.query(
                """
                SELECT (SELECT value FROM dyad_meta WHERE key = 'schema_version'),
                       (SELECT COUNT(*) FROM documents)::int8, (SELECT COUNT(*) FROM sentences)::int8,
                       (SELECT COUNT(*) FROM events)::int8, (SELECT COUNT(*) FROM event_actors)::int8,
                       (SELECT COUNT(*) FROM event_clusters)::int8,
                       (SELECT COUNT(*) FROM event_clusters WHERE document_count > 1)::int8,
                       ((SELECT COUNT(*) FROM rollups) + (SELECT COUNT(*) FROM rollup_days))::int8,
                       (SELECT MIN(day) FROM rollup_days WHERE day <> ''),
                       (SELECT MAX(day) FROM rollup_days WHERE day <> ''),
                       (SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND c.relkind = 'r')::int8
                """)[0]
            st.schemaVersion = Int(try r[0].decode(String?.self) ?? "") ?? Self.schemaVersion
            st.documents = try r[1].decode(Int.self)
            st.sentences = try r[2].decode(Int.self)
            st.events = try r[3].decode(Int.self)
            st.actors = try r[4].decode(Int.self)
            st.clusters = try r[5].decode(Int.self)
            st.sharedClusters = try r[6].decode(Int.self)
            st.rollupRows = try r[7].decode(Int.self)
            st.firstDay = try r[8].decode(String?.self).flatMap { Day(iso: $0) }
            st.lastDay = try r[9].decode(String?.self).flatMap { Day(iso: $0) }
            st.bytesOnDisk = try r[10].decode(Int64.self)
        }
        st.types = try counts(EventQuery(), by: .type)
        return st
    }
}
