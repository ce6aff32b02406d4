import DyadModel
import DyadStore
import DyadText
import Foundation
import PostgresNIO

extension PostgresStore {
    public func ingest(_ items: [IngestItem], replace: Bool = false) throws -> IngestOutcome {
        try write { s in try ingest(items, replace: replace, session: s) }
    }

    /// Stores a batch inside the caller's write transaction (which holds the write lock): what
    /// `ingest` and a worker finishing a job (`JobQueue.complete`) share.
    func ingest(_ items: [IngestItem], replace: Bool, session s: Session) throws -> IngestOutcome {
        var outcome = IngestOutcome()
        guard !items.isEmpty else { return outcome }
        let codedAt = ISO8601DateFormatter().string(from: Date())
        var deltas = PostgresRollupDeltas()
        var clusters = ClusterWork()
        let stored = try documentStates(items.map(\.document.id), session: s)
        var writing: [IngestItem] = []
        var seen = Set<String>()
        for item in items {
            let id = item.document.id
            if let hash = stored[id] {
                if hash == item.contentHash && !replace {
                    outcome.skipped += 1
                    continue
                }
                try deleteDocument(id, session: s, deltas: &deltas, clusters: &clusters)
                outcome.replaced += 1
            } else if seen.contains(id) {
                // The same id twice in one batch: the later one replaces the earlier (as SQLite,
                // which stores the earlier and then replaces it).
                writing.removeAll { $0.document.id == id }
                outcome.replaced += 1
            } else {
                outcome.added += 1
            }
            seen.insert(id)
            writing.append(item)
            outcome.events += item.events.count
        }
        guard !writing.isEmpty else { return outcome }
        try insertDocuments(writing, codedAt: codedAt, session: s)
        try insertEvents(writing, session: s, deltas: &deltas, clusters: &clusters)
        try clusters.apply(session: s)
        try deltas.write(session: s)
        try countChange(s)
        return outcome
    }

    public func documentState(_ id: String) throws -> String? {
        try read { s in try documentStates([id], session: s)[id] }
    }

    public func documentStates(_ ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { s in try documentStates(ids, session: s) }
    }

    func documentStates(_ ids: [String], session s: Session) throws -> [String: String] {
        var sql = SQL()
        sql += "SELECT id, content_hash FROM documents WHERE id = ANY(\(sql.bind(ids)))"
        var states: [String: String] = [:]
        for r in try s.query(sql) { states[try r[0].decode(String.self)] = try r[1].decode(String.self) }
        return states
    }

    public func documents(after afterID: String?, limit: Int) throws -> [Document] {
        try read { s in
            var sql = SQL()
            sql += """
                SELECT id, date, text, title, url, outlet FROM documents
                WHERE id > \(sql.bind(afterID ?? "")) ORDER BY id LIMIT \(sql.bind(limit))
                """
            return try s.query(sql).map { r in
                let id = try r[0].decode(String.self)
                return Document(
                    id: id, date: try r[1].decode(String?.self).flatMap { Day(iso: $0) },
                    text: try r[2].decode(String.self), origin: "\(path):\(id)", title: try r[3].decode(String?.self),
                    url: try r[4].decode(String?.self), outlet: try r[5].decode(String?.self))
            }
        }
    }

    /// Removes a document with its sentences, events and actors, taking its events out of the
    /// rollups and marking their cluster keys for re-forming.
    func deleteDocument(
        _ id: String, session s: Session, deltas: inout PostgresRollupDeltas, clusters: inout ClusterWork
    ) throws {
        var sql = SQL()
        let doc = sql.bind(id)
        sql += """
            SELECT COALESCE(day, ''), type, source_countries, target_countries, COALESCE(place_country, ''),
                   COALESCE(place_name, ''),
                   CASE WHEN quantity_value IS NOT NULL AND quantity_scope IS NULL
                       THEN COALESCE(quantity_unit, '-') ELSE '' END,
                   COUNT(*)::int8, COALESCE(SUM(CASE WHEN quantity_scope IS NULL THEN quantity_value END), 0)::float8,
                   COALESCE(SUM(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lat END), 0)::float8,
                   COALESCE(SUM(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lon END), 0)::float8,
                   COUNT(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 END)::int8
            FROM events WHERE doc_id = \(doc) AND NOT historical GROUP BY 1, 2, 3, 4, 5, 6, 7
            """
        for r in try s.query(sql) {
            let key = RollupKey(
                day: try r[0].decode(String.self), type: try r[1].decode(String.self),
                sources: try r[2].decode(String.self), targets: try r[3].decode(String.self),
                place: try r[4].decode(String.self), placeName: try r[5].decode(String.self),
                unit: try r[6].decode(String.self))
            deltas.add(
                key,
                RollupSums(
                    events: -(try r[7].decode(Int.self)), quantity: -(try r[8].decode(Double.self)),
                    latSum: -(try r[9].decode(Double.self)), lonSum: -(try r[10].decode(Double.self)),
                    located: -(try r[11].decode(Int.self))))
        }
        var keys = SQL()
        keys += """
            SELECT type, source_countries, target_countries, COALESCE(place_country, ''), MIN(day), MAX(day)
            FROM events WHERE doc_id = \(keys.bind(id)) AND day IS NOT NULL
            GROUP BY 1, 2, 3, 4
            """
        for r in try s.query(keys) {
            clusters.reform(
                ClusterWork.Key(
                    type: try r[0].decode(String.self), sources: try r[1].decode(String.self),
                    targets: try r[2].decode(String.self), place: try r[3].decode(String.self)),
                from: try r[4].decode(String?.self), to: try r[5].decode(String?.self))
        }
        for statement in [
            "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE doc_id = $1)",
            "DELETE FROM events WHERE doc_id = $1", "DELETE FROM sentences WHERE doc_id = $1",
            "DELETE FROM documents WHERE id = $1",
        ] {
            var binds = PostgresBindings()
            binds.append(id)
            try s.query(statement, binds)
        }
    }

    /// Writes the documents and their sentences, many rows per statement.
    func insertDocuments(_ items: [IngestItem], codedAt: String, session s: Session) throws {
        for chunk in items.chunked(by: 500) {
            var sql = SQL(
                "INSERT INTO documents (id, date, outlet, url, title, content_hash, text, coded_at, mentions) VALUES ")
            sql += chunk.map { item in
                let d = item.document
                return "("
                    + [
                        sql.bind(d.id), sql.bind(d.date?.description), sql.bind(d.outlet), sql.bind(d.url),
                        sql.bind(d.title), sql.bind(item.contentHash), sql.bind(d.text), sql.bind(codedAt),
                        sql.bind(item.mentions),
                    ].joined(separator: ", ") + ")"
            }.joined(separator: ", ")
            try s.query(sql)
        }
        // Sentences as four parallel arrays: one statement for the whole batch.
        var ids: [String] = []
        var idx: [Int] = []
        var starts: [Int] = []
        var ends: [Int] = []
        for item in items {
            for sentence in item.sentences {
                ids.append(item.document.id)
                idx.append(sentence.index)
                starts.append(sentence.start)
                ends.append(sentence.end)
            }
        }
        guard !ids.isEmpty else { return }
        var sql = SQL()
        sql += """
            INSERT INTO sentences (doc_id, idx, start, "end")
            SELECT * FROM unnest(\(sql.bind(ids))::text[], \(sql.bind(idx))::int8[], \(sql.bind(starts))::int8[],
                                 \(sql.bind(ends))::int8[])
            """
        try s.query(sql)
    }

    /// Writes the events (in sentence order, ids taken from the sequence in one go) and their
    /// actors, and adds them to rollups and cluster work.
    func insertEvents(
        _ items: [IngestItem], session s: Session, deltas: inout PostgresRollupDeltas, clusters: inout ClusterWork
    ) throws {
        let events: [(item: IngestItem, event: CodedEvent)] = items.flatMap { item in
            Self.sentenceOrder(item.events).map { (item, $0) }
        }
        guard !events.isEmpty else { return }
        var idSQL = SQL()
        idSQL += "SELECT nextval('events_id_seq')::int8 FROM generate_series(1, \(idSQL.bind(events.count)))"
        let ids = try s.query(idSQL).map { try $0[0].decode(Int64.self) }.sorted()
        try clusters.load(
            events.compactMap { pair in
                guard (pair.event.date ?? pair.item.document.date) != nil else { return nil }
                return Self.clusterKey(pair.event)
            }, session: s)
        var actorRows: [(Int64, String, Int, CodedEvent.Actor)] = []
        for chunk in Array(zip(ids, events)).chunked(by: 1000) {
            var sql = SQL(
                """
                INSERT INTO events (id, doc_id, type, mode, date, day, place_name, place_country, lat, lon,
                    quantity_value, quantity_qualifier, quantity_unit, quantity_text, attribution,
                    evidence_sentence, evidence_start, evidence_end, evidence_text, modality, contexts, trigger,
                    mentions, confidence, cluster_id, source_countries, target_countries, cameo, place_precision,
                    date_precision, historical, quantity_scope, quantity_period, source_slot, target_slot,
                    sentence_words) VALUES
                """)
            var rows: [String] = []
            for (id, pair) in chunk {
                let (item, e) = pair
                let d = item.document
                let key = Self.clusterKey(e)
                let dated = e.date ?? d.date
                let day = dated?.description
                let cluster = dated.flatMap { clusters.join(key, day: $0) }
                let sentence = item.sentences.first { $0.index == e.evidence.sentence }?.text ?? ""
                let values: [String] = [
                    sql.bind(id), sql.bind(d.id), sql.bind(e.type.rawValue), sql.bind(e.mode),
                    sql.bind(e.date?.description), sql.bind(day), sql.bind(e.place?.name),
                    sql.bind(e.place?.country.rawValue), sql.bind(e.place?.lat), sql.bind(e.place?.lon),
                    sql.bind(e.quantity?.value), sql.bind(e.quantity?.qualifier.rawValue), sql.bind(e.quantity?.unit),
                    sql.bind(e.quantity?.text), sql.bind(e.attribution), sql.bind(e.evidence.sentence),
                    sql.bind(e.evidence.start), sql.bind(e.evidence.end), sql.bind(e.evidence.text),
                    sql.bind(e.modality?.rawValue), sql.bind(e.contexts.joined(separator: ",")), sql.bind(e.trigger),
                    sql.bind(e.mentions), sql.bind(e.confidence), sql.bind(cluster), sql.bind(key.sources),
                    sql.bind(key.targets), sql.bind(e.cameo), sql.bind(e.place?.precision.rawValue),
                    sql.bind(e.datePrecision.rawValue), sql.bind(e.historical), sql.bind(e.quantity?.scope?.rawValue),
                    sql.bind(e.quantity?.period), sql.bind(e.sourceSlot?.rawValue), sql.bind(e.targetSlot?.rawValue),
                    "array_to_tsvector(\(sql.bind(Self.words(sentence)))::text[])",
                ]
                rows.append("(" + values.joined(separator: ", ") + ")")
                if let dated { clusters.added(key, day: dated, document: d.id) }
                for (side, actors) in [("source", e.source), ("target", e.target)] {
                    for (i, a) in actors.enumerated() { actorRows.append((id, side, i, a)) }
                }
                if let p = e.place, p.precision != .point {
                    deltas.precisions.insert([p.name, p.country.rawValue, p.precision.rawValue])
                }
                // Historical events stay out of the rollups; a count with a scope is not summed.
                if e.historical { continue }
                let counted = e.countsForAggregates ? e.quantity : nil
                let located = e.place?.lat != nil && e.place?.lon != nil
                deltas.add(
                    RollupKey(
                        day: day ?? "", type: key.type, sources: key.sources, targets: key.targets, place: key.place,
                        placeName: e.place?.name ?? "", unit: counted.map { $0.unit ?? "-" } ?? ""),
                    RollupSums(
                        events: 1, quantity: counted?.value ?? 0, latSum: located ? e.place?.lat ?? 0 : 0,
                        lonSum: located ? e.place?.lon ?? 0 : 0, located: located ? 1 : 0))
            }
            sql += rows.joined(separator: ", ")
            try s.query(sql)
        }
        for chunk in actorRows.chunked(by: 5000) {
            var sql = SQL()
            let columns = [
                sql.bind(chunk.map(\.0)), sql.bind(chunk.map(\.1)), sql.bind(chunk.map(\.2)),
                sql.bind(chunk.map { $0.3.text ?? "" }), sql.bind(chunk.map { $0.3.country?.rawValue ?? "" }),
                sql.bind(chunk.map { $0.3.sector?.rawValue ?? "" }), sql.bind(chunk.map { $0.3.name ?? "" }),
                sql.bind(chunk.map { $0.3.text == nil }), sql.bind(chunk.map { $0.3.country == nil }),
                sql.bind(chunk.map { $0.3.sector == nil }), sql.bind(chunk.map { $0.3.name == nil }),
                sql.bind(chunk.map { $0.3.implied }),
            ]
            // Arrays cannot hold NULL through the driver's encoders: "no value" travels as a flag.
            sql += """
                INSERT INTO event_actors (event_id, side, position, text, country, sector, name, implied)
                SELECT e, s, p, CASE WHEN nt THEN NULL ELSE t END, CASE WHEN nc THEN NULL ELSE c END,
                       CASE WHEN ns THEN NULL ELSE se END, CASE WHEN nn THEN NULL ELSE n END, i
                FROM unnest(\(columns[0])::int8[], \(columns[1])::text[], \(columns[2])::int8[], \(columns[3])::text[],
                            \(columns[4])::text[], \(columns[5])::text[], \(columns[6])::text[], \(columns[7])::bool[],
                            \(columns[8])::bool[], \(columns[9])::bool[], \(columns[10])::bool[], \(columns[11])::bool[])
                     AS a(e, s, p, t, c, se, n, nt, nc, ns, nn, i)
                """
            try s.query(sql)
        }
    }

    /// The words of a sentence as `--text` matches them: runs of letters and digits, lowercased
    /// (as SQLite's FTS5 tokenizer cuts them), so both stores find the same events.
    static func words(_ text: String) -> [String] {
        Array(Set(text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() })).sorted()
    }

    /// The cluster key of an event: type, both country sets and place country.
    static func clusterKey(_ e: CodedEvent) -> ClusterWork.Key {
        ClusterWork.Key(
            type: e.type.rawValue, sources: countrySet(e.source), targets: countrySet(e.target),
            place: e.place?.country.rawValue ?? "")
    }

    /// The sorted, distinct country codes of one side joined by `+` ("" for none), as SQLite keys them.
    static func countrySet(_ actors: [CodedEvent.Actor]) -> String {
        Set(actors.compactMap(\.country?.rawValue)).sorted().joined(separator: "+")
    }

    /// A document's events in the order of their evidence sentences (stable), as SQLite stores them.
    static func sentenceOrder(_ events: [CodedEvent]) -> [CodedEvent] {
        events.enumerated().sorted {
            ($0.element.evidence.sentence, $0.offset) < ($1.element.evidence.sentence, $1.offset)
        }.map(\.element)
    }
}

extension Array {
    /// The array cut into runs of at most `size` elements.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
