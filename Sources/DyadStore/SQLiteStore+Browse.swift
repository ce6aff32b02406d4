import DyadCoder
import DyadText
import Foundation
import GRDB

/// The browsing queries `dyad serve` needs: single items and two-way counts. Every value reaches
/// SQL as a bound argument; only fixed column expressions are interpolated.
extension SQLiteStore {
    public func event(id: Int64) throws -> StoredEvent? {
        guard id > Int64.min else { return nil }
        // The keyset page starting just before `id` reuses the one event reader (with its actors).
        let page = try read { db in try self.page(EventQuery(limit: 1, afterID: id - 1), db: db) }
        return page.first { $0.id == id }
    }

    public func document(id: String) throws -> StoredDocument? {
        try read { db in
            guard
                let r = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, date, outlet, url, title, content_hash, text, coded_at
                        FROM documents WHERE id = ?
                        """, arguments: [id])
            else { return nil }
            let date: String? = r["date"]
            let doc = Document(
                id: r["id"], date: date.flatMap { Day(iso: $0) }, text: r["text"], origin: "\(path):\(id)",
                title: r["title"], url: r["url"], outlet: r["outlet"])
            // Sentence texts are cut from the document text by their character offsets, so this
            // reads only the sentences' positions, however the schema keeps their words.
            let scalars = Array(doc.text.unicodeScalars)
            let sentences = try Row.fetchAll(
                db, sql: #"SELECT idx, start, "end" FROM sentences WHERE doc_id = ? ORDER BY idx"#, arguments: [id]
            ).map { r -> StoredSentence in
                let start = min(max(0, r["start"] as Int), scalars.count)
                let end = min(max(start, r["end"] as Int), scalars.count)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                return StoredSentence(index: r["idx"], start: start, end: end, text: String(text))
            }
            return StoredDocument(
                document: doc, contentHash: r["content_hash"], codedAt: r["coded_at"], sentences: sentences)
        }
    }

    public func events(inDocument id: String) throws -> [StoredEvent] {
        try read { db in
            guard
                let r = try Row.fetchOne(
                    db, sql: "SELECT MIN(id) AS lo, MAX(id) AS hi FROM events WHERE doc_id = ?", arguments: [id]),
                let lo: Int64 = r["lo"], let hi: Int64 = r["hi"]
            else { return [] }
            // A document's events are written in one batch, so their ids form a (nearly) contiguous run.
            let run = try self.page(EventQuery(limit: Int(hi - lo + 1), afterID: lo - 1), db: db)
            return run.filter { $0.event.document == id }
        }
    }

    public func crossCounts(
        _ q: EventQuery, by first: CountDimension, and second: CountDimension, perGroup: Int?
    ) throws -> [CrossCountRow] {
        try read { db in
            var (sql, args) = Self.crossSQL(q, by: first, and: second, sets: try Self.countrySets(q, db: db))
            if let perGroup {
                sql = """
                    SELECT a, b, n, q FROM (
                        SELECT a, b, n, q, ROW_NUMBER() OVER (PARTITION BY b ORDER BY n DESC, a) AS rank
                        FROM (\(sql)))
                    WHERE rank <= ?
                    """
                args += [perGroup]
            }
            sql += first.isTime ? " ORDER BY a, b" : " ORDER BY n DESC, a, b"
            return try Row.fetchAll(db, sql: sql, arguments: args).map {
                CrossCountRow(first: $0["a"], second: $0["b"], events: $0["n"], quantity: $0["q"])
            }
        }
    }

    /// The two-key grouping statement (columns `a`, `b`, `n`, `q`) from the cheapest exact table:
    /// the day rows of `rollup_periods` for time × type; its all-time rows for a country dimension
    /// × type over the whole store; `rollups` for other day, type and country filters; else `events`.
    static func crossSQL(
        _ q: EventQuery, by first: CountDimension, and second: CountDimension, sets: CountrySets = CountrySets()
    ) -> (String, StatementArguments) {
        let rollupOnly = q.isRollupQuery && q.afterID == nil
        let countries = !q.sourceCountries.isEmpty || !q.targetCountries.isEmpty || !q.placeCountries.isEmpty
        let dims = [first, second]
        let single = rollupOnly ? singleCountry(q) : nil
        if rollupOnly && (!countries || single != nil) && dims.allSatisfy({ $0.isTime || $0 == .type }) {
            // Day rows: all events, or those of one country on one side.
            var f = rollupFilter(EventQuery(from: q.from, to: q.to, types: q.types))
            if let single {
                f.clauses.insert("r.dimension = ? AND r.key = ?", at: 0)
                f.arguments = ["\(single.side)_country", single.country] + f.arguments
            } else {
                f.clauses.insert("r.dimension = 'day'", at: 0)
            }
            return (
                """
                SELECT \(groupKey(first, "r")) AS a, \(groupKey(second, "r")) AS b,
                       SUM(r.event_count) AS n, TOTAL(r.quantity) AS q
                FROM (SELECT period AS day, type, key, dimension, event_count, quantity FROM rollup_periods) r
                \(f.sql) GROUP BY a, b
                """, f.arguments
            )
        }
        if rollupOnly && !countries && q.from == nil && q.to == nil && dims.contains(.type),
            let other = dims.first(where: { [.source, .target, .place, .dyad].contains($0) })
        {
            var f = Filter()
            f.add("dimension = ?", [other.rawValue])
            f.add("period = '*'")
            if !q.types.isEmpty { f.add("type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types)) }
            let (a, b) = first == .type ? ("type", "key") : ("key", "type")
            return (
                """
                SELECT \(a) AS a, \(b) AS b, SUM(event_count) AS n, TOTAL(quantity) AS q
                FROM rollup_periods \(f.sql) GROUP BY a, b
                """, f.arguments
            )
        }
        let t = rollupOnly ? "r" : "e"
        let f = rollupOnly ? rollupFilter(q, sets: sets) : eventFilter(q)
        let counted = rollupOnly ? "SUM(r.event_count)" : "COUNT(*)"
        let summed = rollupOnly ? "TOTAL(r.quantity)" : "TOTAL(e.quantity_value)"
        let table = rollupOnly ? "rollups r" : "events e"
        return (
            """
            SELECT \(groupKey(first, t)) AS a, \(groupKey(second, t)) AS b,
                   \(counted) AS n, \(summed) AS q
            FROM \(table) \(f.sql) GROUP BY a, b
            """, f.arguments
        )
    }

    public func quantities(_ q: EventQuery, by dimension: CountDimension) throws -> [QuantityRow] {
        let sql: String
        let f: Filter
        let countries = !q.sourceCountries.isEmpty || !q.targetCountries.isEmpty || !q.placeCountries.isEmpty
        if q.isRollupQuery && q.afterID == nil && !countries && (dimension.isTime || dimension == .type) {
            // The unit rows of `rollup_periods`: per day, type and unit.
            var rf = Self.rollupFilter(q)
            rf.clauses.insert("r.dimension = 'unit'", at: 0)
            f = rf
            sql = """
                SELECT \(Self.groupKey(dimension, "r")) AS k, r.key AS u,
                       SUM(r.event_count) AS n, TOTAL(r.quantity) AS q
                FROM (SELECT period AS day, type, key, dimension, event_count, quantity FROM rollup_periods) r
                \(f.sql) GROUP BY k, u
                """
        } else {
            var ef = Self.eventFilter(q)
            ef.add("e.quantity_value IS NOT NULL")
            f = ef
            sql = """
                SELECT \(Self.groupKey(dimension, "e")) AS k, COALESCE(e.quantity_unit, '-') AS u,
                       COUNT(*) AS n, TOTAL(e.quantity_value) AS q
                FROM events e \(f.sql) GROUP BY k, u
                """
        }
        let order = dimension.isTime ? " ORDER BY k, u" : " ORDER BY q DESC, k, u"
        return try read { db in
            try Row.fetchAll(db, sql: sql + order, arguments: f.arguments).map {
                QuantityRow(key: $0["k"], unit: $0["u"], events: $0["n"], total: $0["q"])
            }
        }
    }

    public func places(_ q: EventQuery) throws -> [PlaceCount] {
        let actorCountries = !q.sourceCountries.isEmpty || !q.targetCountries.isEmpty
        if q.isRollupQuery && q.afterID == nil && !actorCountries {
            // Days, types and place countries: `place_rollups` holds them per place, no scan of
            // events. All time reads the `*` rows; a window its whole months and the days at its edges.
            var common = Filter()
            if !q.types.isEmpty {
                common.add("type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types))
            }
            if !q.placeCountries.isEmpty {
                common.add(
                    "country IN (\(Filter.marks(q.placeCountries.count)))", StatementArguments(q.placeCountries))
            }
            var parts: [Filter] = []
            if q.from == nil && q.to == nil {
                var f = common
                f.add("period = '*'")
                parts.append(f)
            } else {
                let span = MonthSpan(from: q.from, to: q.to)
                if let months = span.months {
                    var f = common
                    f.add("length(period) = 7 AND period BETWEEN ? AND ?", [months.first, months.last])
                    parts.append(f)
                }
                for edge in span.edges {
                    var f = common
                    f.add("length(period) = 10")
                    if let from = edge.from { f.add("period >= ?", [from.description]) }
                    if let to = edge.to { f.add("period <= ?", [to.description]) }
                    parts.append(f)
                }
            }
            var args = StatementArguments()
            for p in parts { args += p.arguments }
            let union = parts.map {
                "SELECT name, country, lat_sum, lon_sum, located, event_count, quantity FROM place_rollups \($0.sql)"
            }.joined(separator: " UNION ALL ")
            let sql = """
                SELECT name, country, SUM(lat_sum) AS lat, SUM(lon_sum) AS lon, SUM(located) AS located,
                       SUM(event_count) AS n, TOTAL(quantity) AS q
                FROM (\(union))
                GROUP BY name, country ORDER BY n DESC, name LIMIT ? OFFSET ?
                """
            return try read { db in
                try Row.fetchAll(db, sql: sql, arguments: args + [q.limit ?? -1, q.offset]).map {
                    let located: Int = $0["located"]
                    let lat: Double = $0["lat"]
                    let lon: Double = $0["lon"]
                    return PlaceCount(
                        name: $0["name"], country: $0["country"], lat: located > 0 ? lat / Double(located) : nil,
                        lon: located > 0 ? lon / Double(located) : nil, events: $0["n"], quantity: $0["q"])
                }
            }
        }
        var f = Self.eventFilter(q)
        f.add("e.place_name IS NOT NULL")
        var args = f.arguments
        args += [q.limit ?? -1, q.offset]
        let sql = """
            SELECT e.place_name AS name, COALESCE(e.place_country, '') AS country,
                   AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(*) AS n, TOTAL(e.quantity_value) AS q
            FROM events e \(f.sql)
            GROUP BY e.place_name, e.place_country ORDER BY n DESC, name LIMIT ? OFFSET ?
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: args).map {
                PlaceCount(
                    name: $0["name"], country: $0["country"], lat: $0["lat"], lon: $0["lon"], events: $0["n"],
                    quantity: $0["q"])
            }
        }
    }
}
