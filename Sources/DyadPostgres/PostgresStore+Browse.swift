import DyadModel
import DyadStore
import DyadText
import Foundation
import PostgresNIO

/// The browsing queries `dyad serve` needs: single items, two-way counts, quantities and places.
extension PostgresStore {
    public func event(id: Int64) throws -> StoredEvent? {
        guard id > Int64.min else { return nil }
        return try read { s in try page(EventQuery(limit: 1, afterID: id - 1), session: s) }.first { $0.id == id }
    }

    public func document(id: String) throws -> StoredDocument? {
        try read { s in
            var sql = SQL()
            sql += """
                SELECT id, date, outlet, url, title, content_hash, text, coded_at, mentions
                FROM documents WHERE id = \(sql.bind(id))
                """
            guard let r = try s.query(sql).first else { return nil }
            let doc = Document(
                id: try r[0].decode(String.self), date: try r[1].decode(String?.self).flatMap { Day(iso: $0) },
                text: try r[6].decode(String.self), origin: "\(path):\(id)", title: try r[4].decode(String?.self),
                url: try r[3].decode(String?.self), outlet: try r[2].decode(String?.self))
            let scalars = Array(doc.text.unicodeScalars)
            var sentencesSQL = SQL()
            sentencesSQL += #"SELECT idx, start, "end" FROM sentences WHERE doc_id = "#
            sentencesSQL += "\(sentencesSQL.bind(id)) ORDER BY idx"
            let sentences = try s.query(sentencesSQL).map { r -> StoredSentence in
                let start = min(max(0, try r[1].decode(Int.self)), scalars.count)
                let end = min(max(start, try r[2].decode(Int.self)), scalars.count)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                return StoredSentence(index: try r[0].decode(Int.self), start: start, end: end, text: String(text))
            }
            return StoredDocument(
                document: doc, contentHash: try r[5].decode(String.self), codedAt: try r[7].decode(String.self),
                sentences: sentences, mentions: StoredMentions.decode(try r[8].decode(String.self), text: doc.text))
        }
    }

    public func events(inDocument id: String) throws -> [StoredEvent] {
        try read { s in
            var sql = SQL()
            sql += "SELECT \(Self.eventColumns) FROM events e WHERE e.doc_id = \(sql.bind(id)) ORDER BY e.id"
            return try storedEvents(try s.query(sql), session: s)
        }
    }

    public func documentPage(id: String, from: Int = 0, maxSentences: Int = 500, maxCharacters: Int = 1 << 18)
        throws -> DocumentPage?
    {
        try read { s in
            var head = SQL()
            head += """
                SELECT id, date, outlet, url, title, content_hash, coded_at, length(text)::int8,
                       (SELECT COUNT(*) FROM sentences WHERE doc_id = documents.id)::int8
                FROM documents WHERE id = \(head.bind(id))
                """
            guard let r = try s.query(head).first else { return nil }
            let length = try r[7].decode(Int.self)
            let sentenceCount = try r[8].decode(Int.self)
            // One row more than a page can hold tells where the next page starts.
            var positionsSQL = SQL()
            positionsSQL += #"SELECT idx, start, "end" FROM sentences WHERE doc_id = "#
            positionsSQL += """
                \(positionsSQL.bind(id)) AND idx >= \(positionsSQL.bind(max(0, from)))
                ORDER BY idx LIMIT \(positionsSQL.bind(maxSentences + 1))
                """
            var positions: [(index: Int, start: Int, end: Int)] = []
            var next: (index: Int, start: Int)?
            var characters = 0
            for row in try s.query(positionsSQL) {
                let p = (
                    index: try row[0].decode(Int.self), start: try row[1].decode(Int.self),
                    end: try row[2].decode(Int.self)
                )
                if !positions.isEmpty, positions.count >= maxSentences || characters >= maxCharacters {
                    next = (p.index, p.start)
                    break
                }
                positions.append(p)
                characters += max(0, p.end - p.start)
            }
            let spanStart = from <= 0 ? 0 : min(length, max(0, positions.first?.start ?? length))
            let spanEnd = max(spanStart, min(length, next?.start ?? length))
            var textSQL = SQL()
            textSQL += """
                SELECT substr(text, \(textSQL.bind(spanStart + 1))::int, \(textSQL.bind(spanEnd - spanStart))::int)
                FROM documents WHERE id = \(textSQL.bind(id))
                """
            let text = try s.query(textSQL).first?[0].decode(String?.self) ?? ""
            let scalars = Array(text.unicodeScalars)
            func cut(_ start: Int, _ end: Int) -> String {
                let lo = min(max(0, start - spanStart), scalars.count)
                let hi = min(max(lo, end - spanStart), scalars.count)
                var words = String.UnicodeScalarView()
                words.append(contentsOf: scalars[lo..<hi])
                return String(words)
            }
            let sentences = positions.map {
                StoredSentence(index: $0.index, start: $0.start, end: $0.end, text: cut($0.start, $0.end))
            }
            // The page's mentions picked out of the document's array by the server (`json` keeps each
            // element's text as stored).
            var mentionSQL = SQL()
            mentionSQL += """
                SELECT j.value::text FROM documents d, json_array_elements(d.mentions::json) j
                WHERE d.id = \(mentionSQL.bind(id))
                  AND (j.value ->> 0)::int BETWEEN \(mentionSQL.bind(positions.first?.index ?? 0))
                  AND \(mentionSQL.bind(positions.last?.index ?? -1))
                """
            let mentionRows = try s.query(mentionSQL).map { try $0[0].decode(String.self) }
            let mentions = StoredMentions.decode(
                "[" + mentionRows.joined(separator: ",") + "]", text: text, textOffset: spanStart)
            let document = Document(
                id: try r[0].decode(String.self), date: try r[1].decode(String?.self).flatMap { Day(iso: $0) },
                text: text, origin: "\(path):\(id)", title: try r[4].decode(String?.self),
                url: try r[3].decode(String?.self), outlet: try r[2].decode(String?.self))
            let stored = StoredDocument(
                document: document, contentHash: try r[5].decode(String.self), codedAt: try r[6].decode(String.self),
                sentences: sentences, mentions: mentions)
            var events: [StoredEvent] = []
            if let first = positions.first?.index, let last = positions.last?.index {
                var eventSQL = SQL()
                eventSQL += """
                    SELECT \(Self.eventColumns) FROM events e WHERE e.doc_id = \(eventSQL.bind(id))
                      AND e.evidence_sentence BETWEEN \(eventSQL.bind(first)) AND \(eventSQL.bind(last))
                    ORDER BY e.id
                    """
                events = try storedEvents(try s.query(eventSQL), session: s)
            }
            return DocumentPage(
                document: stored, textOffset: spanStart, documentLength: length, sentenceCount: sentenceCount,
                nextSentence: next?.index, events: events)
        }
    }

    public func crossCounts(
        _ q: EventQuery, by first: CountDimension, and second: CountDimension, perGroup: Int?
    ) throws -> [CrossCountRow] {
        var sql = SQL()
        let t: String
        let table: String
        let conditions: [String]
        let counted: String
        let summed: String
        if Self.fromRollups(q) {
            t = "r"
            table = Self.rollupTable(q, [first, second])
            conditions = Self.rollupFilter(q, &sql)
            counted = "SUM(r.event_count)::int8"
            summed = "SUM(r.quantity)::float8"
        } else {
            t = "e"
            table = "events e"
            conditions = Self.eventFilter(q, &sql)
            counted = "COUNT(*)::int8"
            summed = "COALESCE(SUM(\(Self.aggregatedQuantity)), 0)::float8"
        }
        let grouped = """
            SELECT \(Self.groupKey(first, t)) AS a, \(Self.groupKey(second, t)) AS b, \(counted) AS n, \(summed) AS q
            FROM \(table) \(Self.whereClause(conditions)) GROUP BY a, b
            """
        let order = first.isTime ? "ORDER BY a, b" : "ORDER BY n DESC, a, b"
        if let perGroup {
            sql += """
                SELECT a, b, n, q FROM (
                    SELECT a, b, n, q, row_number() OVER (PARTITION BY b ORDER BY n DESC, a) AS rank
                    FROM (\(grouped)) g) ranked
                WHERE rank <= \(sql.bind(perGroup)) \(order)
                """
        } else {
            sql += "SELECT a, b, n, q FROM (\(grouped)) g \(order)"
        }
        return try read { s in
            try s.query(sql).map {
                CrossCountRow(
                    first: try $0[0].decode(String.self), second: try $0[1].decode(String.self),
                    events: try $0[2].decode(Int.self), quantity: try $0[3].decode(Double.self))
            }
        }
    }

    public func quantities(_ q: EventQuery, by dimension: CountDimension) throws -> [QuantityRow] {
        var sql = SQL()
        let grouped: String
        if Self.fromRollups(q) {
            let table = Self.rollupTable(q, [dimension])
            let conditions = Self.rollupFilter(q, &sql) + ["r.unit <> ''"]
            grouped = """
                SELECT \(Self.groupKey(dimension, "r")) AS k, r.unit AS u, SUM(r.event_count)::int8 AS n,
                       SUM(r.quantity)::float8 AS q
                FROM \(table) \(Self.whereClause(conditions)) GROUP BY k, u
                """
        } else {
            let conditions =
                Self.eventFilter(q, &sql) + ["e.quantity_value IS NOT NULL AND e.quantity_scope IS NULL"]
            grouped = """
                SELECT \(Self.groupKey(dimension, "e")) AS k, COALESCE(e.quantity_unit, '-') AS u,
                       COUNT(*)::int8 AS n, COALESCE(SUM(e.quantity_value), 0)::float8 AS q
                FROM events e \(Self.whereClause(conditions)) GROUP BY k, u
                """
        }
        sql += "SELECT k, u, n, q FROM (\(grouped)) g "
        sql += dimension.isTime ? "ORDER BY k, u" : "ORDER BY q DESC, k, u"
        return try read { s in
            try s.query(sql).map {
                QuantityRow(
                    key: try $0[0].decode(String.self), unit: try $0[1].decode(String.self),
                    events: try $0[2].decode(Int.self), total: try $0[3].decode(Double.self))
            }
        }
    }

    public func places(_ q: EventQuery) throws -> [PlaceCount] {
        var sql = SQL()
        if Self.fromRollups(q) {
            let conditions = Self.rollupFilter(q, &sql) + ["r.place_name <> ''"]
            sql += """
                SELECT r.place_name AS name, r.place_country AS country,
                       CASE WHEN SUM(r.located) > 0 THEN SUM(r.lat_sum) / SUM(r.located) END::float8,
                       CASE WHEN SUM(r.located) > 0 THEN SUM(r.lon_sum) / SUM(r.located) END::float8,
                       SUM(r.event_count)::int8 AS n, SUM(r.quantity)::float8
                FROM \(q.from == nil && q.to == nil ? "rollup_totals r" : "rollups r") \(Self.whereClause(conditions))
                GROUP BY r.place_name, r.place_country ORDER BY n DESC, name
                """
        } else {
            let conditions = Self.eventFilter(q, &sql) + ["e.place_name IS NOT NULL"]
            sql += """
                SELECT e.place_name AS name, COALESCE(e.place_country, '') AS country,
                       AVG(e.lat)::float8, AVG(e.lon)::float8, COUNT(*)::int8 AS n,
                       COALESCE(SUM(\(Self.aggregatedQuantity)), 0)::float8
                FROM events e \(Self.whereClause(conditions))
                GROUP BY e.place_name, COALESCE(e.place_country, '') ORDER BY n DESC, name
                """
        }
        if let limit = q.limit { sql += " LIMIT \(sql.bind(limit))" }
        if q.offset > 0 { sql += " OFFSET \(sql.bind(q.offset))" }
        return try read { s in
            var precisions: [String: String] = [:]
            for r in try s.query("SELECT name, country, precision FROM place_precisions") {
                precisions[try r[0].decode(String.self) + "\u{1F}" + r[1].decode(String.self)] =
                    try r[2].decode(String.self)
            }
            return try s.query(sql).map {
                var p = PlaceCount(
                    name: try $0[0].decode(String.self), country: try $0[1].decode(String.self),
                    lat: try $0[2].decode(Double?.self), lon: try $0[3].decode(Double?.self),
                    events: try $0[4].decode(Int.self), quantity: try $0[5].decode(Double.self))
                p.precision = precisions[p.name + "\u{1F}" + p.country] ?? "point"
                return p
            }
        }
    }
}
