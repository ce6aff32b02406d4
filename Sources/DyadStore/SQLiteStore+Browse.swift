import DyadModel
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
                        SELECT id, date, outlet, url, title, content_hash, text, coded_at, mentions
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
                document: doc, contentHash: r["content_hash"], codedAt: r["coded_at"], sentences: sentences,
                mentions: StoredMentions.decode(r["mentions"] ?? "[]", text: doc.text))
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
            let (sql, args) = Self.crossSQL(q, by: first, and: second, sets: try Self.countrySets(q, db: db))
            func row(_ r: Row) -> CrossCountRow {
                CrossCountRow(first: r["a"], second: r["b"], events: r["n"], quantity: r["q"])
            }
            guard let perGroup else {
                let order = first.isTime ? " ORDER BY a, b" : " ORDER BY n DESC, a, b"
                return try Row.fetchAll(db, sql: sql + order, arguments: args).map(row)
            }
            // The top rows of each group, kept while reading the groups in order: SQLite's
            // ROW_NUMBER() window took 45 ms on the 28,000 dyad × type rows of 10 M events, this 25.
            var kept: [CrossCountRow] = []
            var group: String?
            var inGroup = 0
            let rows = try Row.fetchCursor(
                db, sql: "SELECT a, b, n, q FROM (\(sql)) ORDER BY b, n DESC, a", arguments: args)
            while let r = try rows.next() {
                let b: String = r["b"]
                if b != group {
                    group = b
                    inGroup = 0
                }
                inGroup += 1
                if inGroup <= perGroup { kept.append(row(r)) }
            }
            // The order SQLite would give (BINARY collation: byte order).
            func before(_ x: String, _ y: String) -> Bool { x.utf8.lexicographicallyPrecedes(y.utf8) }
            return kept.sorted { l, r in
                if first.isTime {
                    return l.first != r.first ? before(l.first, r.first) : before(l.second, r.second)
                }
                if l.events != r.events { return l.events > r.events }
                return l.first != r.first ? before(l.first, r.first) : before(l.second, r.second)
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
        if dims.contains(.type), let other = dims.first(where: { !$0.isTime && $0 != .type }),
            let parts = countryRollupParts(q, by: other, sets: sets)
        {
            // One country on one side: its own rows (see `countryRollupParts`).
            var args = StatementArguments()
            for p in parts { args += p.1 }
            let (a, b) = first == .type ? ("t", "k") : ("k", "t")
            return (
                "SELECT \(a) AS a, \(b) AS b, SUM(n) AS n, TOTAL(q) AS q FROM ("
                    + parts.map(\.0).joined(separator: " UNION ALL ") + ") GROUP BY a, b", args
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
        let summed = rollupOnly ? "TOTAL(r.quantity)" : "TOTAL(\(aggregated("e.quantity_value")))"
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
        if let (countrySQL, args) = Self.countryUnitSQL(q, by: dimension) {
            f = Filter(clauses: [], arguments: args)
            sql = countrySQL
        } else if q.isRollupQuery && q.afterID == nil && !countries && (dimension.isTime || dimension == .type) {
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
            ef.add("e.quantity_value IS NOT NULL AND e.quantity_scope IS NULL")
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
        let found = try placesUnmarked(q)
        // The places stored at other than point precision (a country's representative point, a region).
        let precisions = try read { db in
            var p: [String: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT name, country, precision FROM place_precisions") {
                p[(r["name"] as String) + "\u{1F}" + (r["country"] as String)] = r["precision"]
            }
            return p
        }
        guard !precisions.isEmpty else { return found }
        return found.map { c in
            var c = c
            c.precision = precisions[c.name + "\u{1F}" + c.country] ?? "point"
            return c
        }
    }

    func placesUnmarked(_ q: EventQuery) throws -> [PlaceCount] {
        let actorSides = [("source", q.sourceCountries), ("target", q.targetCountries)].filter { !$0.1.isEmpty }
        if q.isRollupQuery && q.afterID == nil {
            // Days, types and place countries: `place_rollups` holds them per place, no scan of
            // events. One actor country on one side, without a type: `actor_place_rollups`.
            var common = Filter()
            let table: String
            if actorSides.isEmpty {
                table = "place_rollups"
                if !q.types.isEmpty {
                    common.add("type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types))
                }
                if !q.placeCountries.isEmpty {
                    common.add(
                        "country IN (\(Filter.marks(q.placeCountries.count)))", StatementArguments(q.placeCountries))
                }
            } else if actorSides.count == 1, actorSides[0].1.count == 1, q.types.isEmpty {
                table = "actor_place_rollups"
                common.add("side = ? AND country = ?", [actorSides[0].0, actorSides[0].1[0]])
                if !q.placeCountries.isEmpty {
                    common.add(
                        "place_country IN (\(Filter.marks(q.placeCountries.count)))",
                        StatementArguments(q.placeCountries))
                }
            } else {
                return try scannedPlaces(q)
            }
            return try rolledUpPlaces(q, table: table, filter: common)
        }
        return try scannedPlaces(q)
    }

    /// Places from a place rollup table (columns period, name, the place's country as
    /// `country` or `place_country`, and the sums): all time reads the `*` rows; a window its
    /// whole months and the days at its edges.
    func rolledUpPlaces(_ q: EventQuery, table: String, filter common: Filter) throws -> [PlaceCount] {
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
        let country = table == "place_rollups" ? "country" : "place_country AS country"
        let union = parts.map {
            "SELECT name, \(country), lat_sum, lon_sum, located, event_count, quantity FROM \(table) \($0.sql)"
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

    /// Places counted from the events themselves, for filters no rollup answers.
    func scannedPlaces(_ q: EventQuery) throws -> [PlaceCount] {
        var f = Self.eventFilter(q)
        f.add("e.place_name IS NOT NULL")
        var args = f.arguments
        args += [q.limit ?? -1, q.offset]
        let sql = """
            SELECT e.place_name AS name, COALESCE(e.place_country, '') AS country,
                   AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(*) AS n,
                   TOTAL(\(Self.aggregated("e.quantity_value"))) AS q
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
