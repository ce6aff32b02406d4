import DyadText
import Foundation
import GRDB

extension SQLiteStore {
    /// A WHERE clause and its arguments.
    struct Filter {
        var clauses: [String] = []
        var arguments = StatementArguments()

        var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }

        mutating func add(_ clause: String, _ args: StatementArguments = []) {
            clauses.append(clause)
            arguments += args
        }

        static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
    }

    /// The filter over `events e`.
    /// - Parameter probeSides: sides (`source`, `target`) whose country filter is written as a
    ///   per-event probe (`EXISTS`) rather than a list of matching events: better for a page in id
    ///   order when the countries are common, since the scan stops after the page is full.
    static func eventFilter(_ q: EventQuery, probeSides: Set<String> = []) -> Filter {
        var f = Filter()
        // When countries are probed, a page walks events in id order; a unary plus keeps SQLite
        // from walking the day index instead, which would sort every event of the window.
        let day = probeSides.isEmpty ? "e.day" : "+e.day"
        if let from = q.from { f.add("\(day) >= ?", [from.description]) }
        if let to = q.to { f.add("\(day) <= ?", [to.description]) }
        if !q.types.isEmpty { f.add("e.type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types)) }
        if let cluster = q.clusterID { f.add("e.cluster_id = ?", [cluster]) }
        for (side, codes) in [("source", q.sourceCountries), ("target", q.targetCountries)] where !codes.isEmpty {
            let countries = "country IN (\(Filter.marks(codes.count)))"
            if probeSides.contains(side) {
                f.add(
                    "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.side = ? AND a.\(countries))",
                    [side] + StatementArguments(codes))
            } else {
                f.add(
                    "e.id IN (SELECT event_id FROM event_actors WHERE side = ? AND \(countries))",
                    [side] + StatementArguments(codes))
            }
        }
        if !q.placeCountries.isEmpty {
            f.add(
                "e.place_country IN (\(Filter.marks(q.placeCountries.count)))", StatementArguments(q.placeCountries))
        }
        if !q.eitherSideCountries.isEmpty {
            f.add(
                "e.id IN (SELECT event_id FROM event_actors WHERE country IN (\(Filter.marks(q.eitherSideCountries.count))))",
                StatementArguments(q.eitherSideCountries))
        }
        if let actor = q.actor {
            let pattern =
                "%"
                + actor.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            f.add(
                """
                e.id IN (SELECT event_id FROM event_actors
                         WHERE text LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
                """, [pattern, pattern])
        }
        if let text = q.text {
            f.add(
                """
                e.id IN (SELECT e2.id FROM sentences_fts f
                         JOIN sentences s ON s.id = f.rowid
                         JOIN events e2 ON e2.doc_id = s.doc_id AND e2.evidence_sentence = s.idx
                         WHERE sentences_fts MATCH ?)
                """, [ftsQuery(text)])
        }
        if let after = q.afterID {
            var bindings = 0
            let condition = q.sort.afterCondition {
                bindings += 1
                return "?"
            }
            f.add(condition, StatementArguments(Array(repeating: after, count: bindings)))
        }
        if let c = q.minConfidence { f.add("e.confidence >= ?", [c]) }
        if !q.includeHistorical { f.add("e.historical = 0") }
        return f
    }

    /// The stored country sets (`EST+LTU+LVA+POL`) holding one of a query's codes, per side.
    ///
    /// With them a rollup filter matches sets by equality, which the rollups' country indexes
    /// answer, instead of testing the set of every row in the date range. A store has few distinct
    /// sets, all listed in the all-time rows of `rollup_periods`.
    struct CountrySets {
        var source: [String]?
        var target: [String]?
    }

    /// The sets for `q`'s source and target codes (nil for a side it does not filter).
    static func countrySets(_ q: EventQuery, db: Database) throws -> CountrySets {
        func sets(_ side: String, _ codes: [String]) throws -> [String]? {
            guard !codes.isEmpty else { return nil }
            let any = codes.map { _ in "instr('+' || key || '+', '+' || ? || '+') > 0" }.joined(separator: " OR ")
            return try String.fetchAll(
                db,
                sql: "SELECT DISTINCT key FROM rollup_periods WHERE dimension = ? AND period = '*' AND (\(any))",
                arguments: [side] + StatementArguments(codes))
        }
        return CountrySets(source: try sets("source", q.sourceCountries), target: try sets("target", q.targetCountries))
    }

    /// The filter over `rollups r`: a country set matches when it contains one of the codes.
    /// - Parameter sets: the stored sets holding the codes (`countrySets`); without them each
    ///   row's set is searched for the codes.
    static func rollupFilter(_ q: EventQuery, sets: CountrySets = CountrySets()) -> Filter {
        var f = Filter()
        if let from = q.from { f.add("r.day >= ?", [from.description]) }
        if let to = q.to { f.add("r.day <> '' AND r.day <= ?", [to.description]) }
        if !q.types.isEmpty { f.add("r.type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types)) }
        for (column, codes, stored) in [
            ("source_countries", q.sourceCountries, sets.source), ("target_countries", q.targetCountries, sets.target),
        ] where !codes.isEmpty {
            if let stored {
                f.add(
                    stored.isEmpty ? "0" : "r.\(column) IN (\(Filter.marks(stored.count)))", StatementArguments(stored))
            } else {
                let any = codes.map { _ in "instr('+' || r.\(column) || '+', '+' || ? || '+') > 0" }
                f.add("(" + any.joined(separator: " OR ") + ")", StatementArguments(codes))
            }
        }
        if !q.placeCountries.isEmpty {
            f.add(
                "r.place_country IN (\(Filter.marks(q.placeCountries.count)))", StatementArguments(q.placeCountries))
        }
        return f
    }

    /// The side and code when the query filters countries on exactly one side to exactly one
    /// country: the case the per-country day rollups answer.
    static func singleCountry(_ q: EventQuery) -> (side: String, country: String)? {
        let sides = [("source", q.sourceCountries), ("target", q.targetCountries), ("place", q.placeCountries)]
            .filter { !$0.1.isEmpty }
        guard sides.count == 1, sides[0].1.count == 1 else { return nil }
        return (sides[0].0, sides[0].1[0])
    }

    /// Every word of the user's text as a quoted FTS5 term, so punctuation never makes a syntax error.
    static func ftsQuery(_ text: String) -> String {
        let words = text.split { !$0.isLetter && !$0.isNumber }
        if words.isEmpty { return "\"\"" }
        return words.map { "\"\($0)\"" }.joined(separator: " ")
    }

    public func query(_ q: EventQuery) throws -> [StoredEvent] {
        try read { db in try page(q, db: db) }
    }

    /// One page of events with their actors, in `q.sort` order.
    func page(_ q: EventQuery, db: Database) throws -> [StoredEvent] {
        let rows: [Row]
        if !q.sort.isStorageOrder {
            // Any other order sorts every matching event (no index holds these keys in order): the
            // top-N sort of one statement, with the cursor's key compared in SQL.
            let f = Self.eventFilter(q)
            var args = f.arguments
            args += [q.limit ?? -1, q.offset]
            return try storedEvents(
                db.cachedStatement(
                    sql:
                        "SELECT \(Self.eventColumns) FROM events e \(f.sql) ORDER BY \(q.sort.orderBy) LIMIT ? OFFSET ?"
                ),
                arguments: args, db: db)
        } else if q.limit != nil, let text = q.text, try Self.isCommon(text: text, db: db) {
            // Common words: walk their matches, unless the other filters leave so few events that
            // checking each of those against the index is shorter.
            if let filtered = try matchesWithoutText(q, db: db), filtered <= Self.probedEventLimit {
                rows = try probedTextPage(q, text: text, db: db)
            } else {
                rows = try textPage(q, text: text, db: db)
            }
        } else {
            let f = Self.eventFilter(q, probeSides: q.limit == nil ? [] : try commonSides(q, db: db))
            var args = f.arguments
            var sql = "SELECT \(Self.eventColumns) FROM events e \(f.sql) ORDER BY e.id"
            if q.limit != nil || q.offset > 0 {
                sql += " LIMIT ? OFFSET ?"
                args += [q.limit ?? -1, q.offset]
            }
            return try storedEvents(db.cachedStatement(sql: sql), arguments: args, db: db)
        }
        return try storedEvents(rows, db: db)
    }

    /// The sides whose country filter matches at least 2% of all events (from the all-time
    /// rollups): for those, walking events in id order and probing each finds a page sooner than
    /// listing every match first; rare countries are faster the other way.
    func commonSides(_ q: EventQuery, db: Database) throws -> Set<String> {
        var sides = Set<String>()
        // No country filter, nothing to decide: do not sum the day rollups (an aggregate over
        // every day and type, which every unfiltered page of the API used to pay).
        guard !q.sourceCountries.isEmpty || !q.targetCountries.isEmpty else { return sides }
        let total =
            try Int.fetchOne(
                db, sql: "SELECT SUM(event_count) FROM rollup_periods WHERE dimension = 'day'") ?? 0
        guard total > 0 else { return sides }
        for (side, codes) in [("source", q.sourceCountries), ("target", q.targetCountries)] where !codes.isEmpty {
            let any = codes.map { _ in "instr('+' || key || '+', '+' || ? || '+') > 0" }.joined(separator: " OR ")
            let matching =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT SUM(event_count) FROM rollup_periods
                        WHERE dimension = ? AND period = '*' AND (\(any))
                        """, arguments: [side] + StatementArguments(codes)) ?? 0
            if matching * 50 >= total { sides.insert(side) }
        }
        return sides
    }

    public func export(_ q: EventQuery, _ visit: (StoredEvent) throws -> Void) throws {
        // One read transaction: the export is one consistent snapshot even while an ingest runs.
        try read { db in
            var page = q
            page.offset = 0
            var remaining = q.limit ?? Int.max
            var skip = q.offset
            while remaining > 0 {
                page.limit = min(1000, remaining + skip)
                let events = try self.page(page, db: db)
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

    /// The SQL expression of a group key over `events` or `rollups` (same column names).
    static func groupKey(_ by: CountDimension, _ t: String) -> String {
        let day = "NULLIF(\(t).day, '')"
        switch by {
        case .day: return "COALESCE(\(day), '-')"
        case .week:
            return "COALESCE(date(\(day), '-' || ((CAST(strftime('%w', \(day)) AS INTEGER) + 6) % 7) || ' days'), '-')"
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

    public func counts(_ q: EventQuery, by dimension: CountDimension) throws -> [CountRow] {
        let order = dimension.isTime ? "ORDER BY k" : "ORDER BY n DESC, k"
        return try read { db in
            var (sql, args) = Self.countSQL(q, by: dimension, sets: try Self.countrySets(q, db: db))
            args += [q.limit ?? -1, q.offset]
            return try Row.fetchAll(db, sql: "\(sql) \(order) LIMIT ? OFFSET ?", arguments: args).map {
                CountRow(key: $0["k"], events: $0["n"], quantity: $0["q"])
            }
        }
    }

    /// The grouping statement (columns `k`, `n`, `q`) for a count, from the cheapest table that
    /// answers it exactly:
    /// - `rollup_periods` when only days and types are filtered: its day rows for day, week, month
    ///   and type; its all-time rows for a country dimension over the whole store, else its month
    ///   rows for the whole months of the range plus `rollups` for the partial months at its edges;
    /// - `rollups` when countries are filtered too;
    /// - `events` for actor, text and cursor filters.
    static func countSQL(
        _ q: EventQuery, by dimension: CountDimension, sets: CountrySets = CountrySets()
    ) -> (String, StatementArguments) {
        guard q.isRollupQuery && q.afterID == nil else {
            let f = eventFilter(q)
            return (
                """
                SELECT \(groupKey(dimension, "e")) AS k, COUNT(*) AS n, TOTAL(\(aggregated("e.quantity_value"))) AS q
                FROM events e \(f.sql) GROUP BY k
                """, f.arguments
            )
        }
        let countriesFiltered = !q.sourceCountries.isEmpty || !q.targetCountries.isEmpty || !q.placeCountries.isEmpty
        func fine(_ q: EventQuery) -> (String, StatementArguments) {
            let f = rollupFilter(q, sets: sets)
            return (
                "SELECT \(groupKey(dimension, "r")) AS k, r.event_count AS n, r.quantity AS q FROM rollups r \(f.sql)",
                f.arguments
            )
        }
        var types = Filter()
        if !q.types.isEmpty { types.add("type IN (\(Filter.marks(q.types.count)))", StatementArguments(q.types)) }
        let typeSQL = types.clauses.map { " AND " + $0 }.joined()
        var parts: [(String, StatementArguments)] = []
        if let country = countryRollupParts(q, by: dimension, sets: sets) {
            parts = country
        } else if let (side, country) = singleCountry(q), dimension.isTime || dimension == .type {
            // Day rows of that one country, renamed to the columns `groupKey` and `rollupFilter` expect.
            var f = rollupFilter(EventQuery(from: q.from, to: q.to, types: q.types))
            f.clauses.insert("r.dimension = ? AND r.key = ?", at: 0)
            parts = [
                (
                    "SELECT \(groupKey(dimension, "r")) AS k, r.event_count AS n, r.quantity AS q "
                        + "FROM (SELECT period AS day, type, key, dimension, event_count, quantity "
                        + "FROM rollup_periods) r " + f.sql, ["\(side)_country", country] + f.arguments
                )
            ]
        } else if countriesFiltered {
            parts = [fine(q)]
        } else if dimension.isTime || dimension == .type {
            // Day rows, renamed to the columns `groupKey` and `rollupFilter` expect.
            var f = rollupFilter(q)
            f.clauses.insert("r.dimension = 'day'", at: 0)
            parts = [
                (
                    "SELECT \(groupKey(dimension, "r")) AS k, r.event_count AS n, r.quantity AS q "
                        + "FROM (SELECT period AS day, type, dimension, event_count, quantity FROM rollup_periods) r "
                        + f.sql, f.arguments
                )
            ]
        } else if q.from == nil && q.to == nil {
            parts = [
                (
                    "SELECT key AS k, event_count AS n, quantity AS q FROM rollup_periods "
                        + "WHERE dimension = ? AND period = '*'" + typeSQL,
                    [dimension.rawValue] + types.arguments
                )
            ]
        } else {
            let span = MonthSpan(from: q.from, to: q.to)
            if let months = span.months {
                parts.append(
                    (
                        "SELECT key AS k, event_count AS n, quantity AS q FROM rollup_periods "
                            + "WHERE dimension = ? AND period BETWEEN ? AND ?" + typeSQL,
                        [dimension.rawValue, months.first, months.last] + types.arguments
                    ))
            }
            for edge in span.edges {
                var e = q
                e.from = edge.from
                e.to = edge.to
                parts.append(fine(e))
            }
        }
        var args = StatementArguments()
        for p in parts { args += p.1 }
        let union = parts.map(\.0).joined(separator: " UNION ALL ")
        return ("SELECT k, SUM(n) AS n, TOTAL(q) AS q FROM (\(union)) GROUP BY k", args)
    }

    public func overview() throws -> StoreOverview {
        try read { db in
            let days = "FROM rollup_periods WHERE dimension = 'day'"
            let first = try String.fetchOne(db, sql: "SELECT MIN(period) \(days) AND period <> ''")
            let last = try String.fetchOne(db, sql: "SELECT MAX(period) \(days) AND period <> ''")
            return StoreOverview(
                documents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(event_count), 0) \(days)") ?? 0,
                firstDay: first.flatMap { Day(iso: $0) }, lastDay: last.flatMap { Day(iso: $0) })
        }
    }

    public func stats() throws -> StoreStats {
        var s = StoreStats(path: path, schemaVersion: Self.schemaVersion)
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            s.schemaVersion = try count("PRAGMA user_version")
            s.documents = try count("SELECT COUNT(*) FROM documents")
            s.sentences = try count("SELECT COUNT(*) FROM sentences")
            s.events = try count("SELECT COUNT(*) FROM events")
            s.actors = try count("SELECT COUNT(*) FROM event_actors")
            s.clusters = try count("SELECT COUNT(*) FROM event_clusters")
            s.sharedClusters = try count("SELECT COUNT(*) FROM event_clusters WHERE document_count > 1")
            s.rollupRows = try count("SELECT (SELECT COUNT(*) FROM rollups) + (SELECT COUNT(*) FROM rollup_periods)")
            let days = "FROM rollup_periods WHERE dimension = 'day' AND period <> ''"
            let first = try String.fetchOne(db, sql: "SELECT MIN(period) \(days)")
            let last = try String.fetchOne(db, sql: "SELECT MAX(period) \(days)")
            s.firstDay = first.flatMap { Day(iso: $0) }
            s.lastDay = last.flatMap { Day(iso: $0) }
        }
        s.types = try counts(EventQuery(), by: .type)
        for file in [path, path + "-wal"] {
            if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber {
                s.bytesOnDisk += size.int64Value
            }
        }
        return s
    }
}
