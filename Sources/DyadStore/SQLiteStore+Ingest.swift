import DyadModel
import DyadText
import Foundation
import GRDB

extension SQLiteStore {
    public func ingest(_ items: [IngestItem], replace: Bool = false) throws -> IngestOutcome {
        let codedAt = ISO8601DateFormatter().string(from: Date())
        defer { checkpointer.requestIfLarge() }
        return try write { db in
            var outcome = IngestOutcome()
            var touched = Set<Int64>()
            var deltas = RollupDeltas(expectedEvents: items.reduce(0) { $0 + $1.events.count })
            let statements = try IngestStatements(db)
            // Sentences above this id are not in the full-text index yet; index them in one statement
            // at the end, or before a delete (whose trigger expects indexed rows).
            var indexed = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM sentences") ?? 0
            func indexSentences() throws {
                try db.execute(
                    sql:
                        "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM event_sentence_texts WHERE id > ?",
                    arguments: [indexed])
                indexed = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM sentences") ?? 0
            }
            for item in items {
                let id = item.document.id
                let stored = try String.fetchOne(
                    db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?"), arguments: [id])
                if let stored {
                    if stored == item.contentHash && !replace {
                        outcome.skipped += 1
                        continue
                    }
                    try indexSentences()
                    try deleteDocument(id, db: db, touched: &touched, deltas: &deltas)
                    // Deleting the newest sentences frees their ids for reuse: everything left is
                    // indexed, so the next unindexed id is above what is left, not above the old maximum.
                    indexed = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM sentences") ?? 0
                    outcome.replaced += 1
                } else {
                    outcome.added += 1
                }
                try insert(
                    item, codedAt: codedAt, statements: statements, db: db, touched: &touched, deltas: &deltas)
                outcome.events += item.events.count
            }
            try refreshClusters(touched, db: db)
            try deltas.write(db)
            try indexSentences()
            return outcome
        }
    }

    public func checkpoint() throws {
        guard !isReadOnly else { return }
        do { try checkpointer.finish() } catch let e as DatabaseError { throw Self.storeError(e, path: path) }
    }

    public func documentState(_ id: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM documents WHERE id = ?", arguments: [id])
        }
    }

    public func documentStates(_ ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var states: [String: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min($0 + 500, ids.count)] }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, content_hash FROM documents WHERE id IN (\(marks))",
                    arguments: StatementArguments(Array(chunk)))
                while let r = try rows.next() { states[r["id"]] = r["content_hash"] }
            }
            return states
        }
    }

    public func documents(after afterID: String?, limit: Int) throws -> [Document] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, date, text, title, url, outlet FROM documents
                    WHERE id > ? ORDER BY id LIMIT ?
                    """, arguments: [afterID ?? "", limit])
            return rows.map { r in
                let id: String = r["id"]
                let date: String? = r["date"]
                return Document(
                    id: id, date: date.flatMap { Day(iso: $0) }, text: r["text"], origin: "\(path):\(id)",
                    title: r["title"], url: r["url"], outlet: r["outlet"])
            }
        }
    }

    /// Removes a document with its sentences, mentions, events and actors; takes its events out of
    /// the rollups, re-forms the clusters they belonged to (`repairClusters`) and records them for
    /// `refreshClusters`.
    func deleteDocument(
        _ id: String, db: Database, touched: inout Set<Int64>, deltas: inout RollupDeltas
    ) throws {
        let groups = try Row.fetchAll(
            db,
            sql: """
                SELECT COALESCE(day, '') AS day, type, source_countries, target_countries,
                       COALESCE(place_country, '') AS place,
                       CASE WHEN quantity_value IS NOT NULL AND quantity_scope IS NULL
                           THEN COALESCE(quantity_unit, '-') END AS unit,
                       COUNT(*) AS n, TOTAL(\(Self.aggregated("quantity_value"))) AS q
                FROM events WHERE doc_id = ? AND historical = 0 GROUP BY 1, 2, 3, 4, 5, 6
                """, arguments: [id])
        for g in groups {
            let n: Int = g["n"]
            let q: Double = g["q"]
            deltas.add(
                day: g["day"], type: g["type"], sources: g["source_countries"], targets: g["target_countries"],
                place: g["place"], unit: g["unit"], events: -n, quantity: -q)
        }
        let places = try Row.fetchAll(
            db,
            sql: """
                SELECT COALESCE(day, '') AS day, type, place_name, COALESCE(place_country, '') AS country,
                       source_countries, target_countries, COUNT(*) AS n,
                       TOTAL(\(Self.aggregated("quantity_value"))) AS q,
                       TOTAL(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lat END) AS lat_sum,
                       TOTAL(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lon END) AS lon_sum,
                       COUNT(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 END) AS located
                FROM events WHERE doc_id = ? AND place_name IS NOT NULL AND historical = 0
                GROUP BY 1, 2, 3, 4, 5, 6
                """, arguments: [id])
        for g in places {
            let n: Int = g["n"]
            let q: Double = g["q"]
            let lat: Double = g["lat_sum"]
            let lon: Double = g["lon_sum"]
            let located: Int = g["located"]
            deltas.addPlace(
                name: g["place_name"], country: g["country"], day: g["day"], type: g["type"],
                sources: g["source_countries"], targets: g["target_countries"], events: -n, quantity: -q, latSum: -lat,
                lonSum: -lon, located: -located)
        }
        let clusters = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT cluster_id FROM events WHERE doc_id = ? AND cluster_id IS NOT NULL",
            arguments: [id])
        // Sentences first: the full-text delete trigger looks up their events and document.
        try db.execute(sql: "DELETE FROM sentences WHERE doc_id = ?", arguments: [id])
        try db.execute(
            sql: "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)",
            arguments: [id])
        try db.execute(sql: "DELETE FROM events WHERE doc_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
        touched.formUnion(clusters)
        try repairClusters(clusters, touched: &touched, db: db)
    }

    /// Writes one document, its sentences, mentions, events and actors, and adds its events to
    /// rollups and clusters.
    func insert(
        _ item: IngestItem, codedAt: String, statements: IngestStatements, db: Database,
        touched: inout Set<Int64>, deltas: inout RollupDeltas
    ) throws {
        let d = item.document
        var document = statements.document
        for value in [
            d.id, d.date?.description, d.outlet, d.url, d.title, item.contentHash, d.text, codedAt, item.mentions,
        ] {
            document.bind(value)
        }
        try document.run(db)
        var sentence = statements.sentence
        for s in item.sentences {
            sentence.bind(d.id)
            sentence.bind(s.index)
            sentence.bind(s.start)
            sentence.bind(s.end)
            try sentence.run(db)
        }
        var event = statements.event
        var actor = statements.actor
        // Clusters this document's events joined so far: a cluster counts a document once.
        var joined = Set<Int64>()
        for e in Self.sentenceOrder(item.events) {
            let type = e.type.rawValue
            let day = (e.date ?? d.date)?.description
            let sources = Self.countrySet(e.source)
            let targets = Self.countrySet(e.target)
            let place = e.place?.country.rawValue ?? ""
            var cluster: Int64?
            if let dated = e.date ?? d.date {
                cluster = try assignCluster(
                    ClusterKey(type: type, sources: sources, targets: targets, place: place), day: dated,
                    mentions: e.mentions, joined: &joined, touched: &touched, statements: statements, db: db)
            }
            event.bind(d.id)
            event.bind(type)
            event.bind(e.mode)
            event.bind(e.date?.description)
            event.bind(day)
            event.bind(e.place?.name)
            event.bind(e.place?.country.rawValue)
            event.bind(e.place?.lat)
            event.bind(e.place?.lon)
            event.bind(e.quantity?.value)
            event.bind(e.quantity?.qualifier.rawValue)
            event.bind(e.quantity?.unit)
            event.bind(e.quantity?.text)
            event.bind(e.attribution)
            event.bind(e.evidence.sentence)
            event.bind(e.evidence.start)
            event.bind(e.evidence.end)
            event.bind(e.evidence.text)
            event.bind(e.modality?.rawValue)
            event.bind(e.contexts.joined(separator: ","))
            event.bind(e.trigger)
            event.bind(e.mentions)
            event.bind(e.confidence)
            event.bind(cluster)
            event.bind(sources)
            event.bind(targets)
            event.bind(e.cameo)
            event.bind(e.place?.precision.rawValue)
            event.bind(e.datePrecision.rawValue)
            event.bind(e.historical)
            event.bind(e.quantity?.scope?.rawValue)
            event.bind(e.quantity?.period)
            event.bind(e.sourceSlot?.rawValue)
            event.bind(e.targetSlot?.rawValue)
            try event.run(db)
            if let p = e.place, p.precision != .point {
                try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO place_precisions (name, country, precision) VALUES (?, ?, ?)"
                )
                .execute(arguments: [p.name, p.country.rawValue, p.precision.rawValue])
            }
            let eventID = db.lastInsertedRowID
            for (side, actors) in [("source", e.source), ("target", e.target)] {
                for (i, a) in actors.enumerated() {
                    actor.bind(eventID)
                    actor.bind(side)
                    actor.bind(i)
                    actor.bind(a.text)
                    actor.bind(a.country?.rawValue)
                    actor.bind(a.sector?.rawValue)
                    actor.bind(a.name)
                    actor.bind(a.implied)
                    try actor.run(db)
                }
            }
            // Historical events stay out of the rollups; a count with a scope (a period total, a
            // past or hypothetical figure) is not summed (`RollupDeltas`, `Self.aggregated`).
            if e.historical { continue }
            let counted = e.countsForAggregates ? e.quantity : nil
            deltas.add(
                day: day ?? "", type: type, sources: sources, targets: targets, place: place,
                unit: counted.map { $0.unit ?? "-" }, events: 1, quantity: counted?.value ?? 0)
            if let p = e.place {
                deltas.addPlace(
                    name: p.name, country: p.country.rawValue, day: day ?? "", type: type, sources: sources,
                    targets: targets, events: 1,
                    quantity: counted?.value ?? 0, latSum: p.lat ?? 0, lonSum: p.lon ?? 0,
                    located: p.lat != nil && p.lon != nil ? 1 : 0)
            }
        }
    }

    /// A document's events in the order of their evidence sentences (stable): the coder emits
    /// them so, and full-text pages rely on event ids following sentence ids (see `textPage`).
    static func sentenceOrder(_ events: [CodedEvent]) -> [CodedEvent] {
        if zip(events, events.dropFirst()).allSatisfy({ $0.evidence.sentence <= $1.evidence.sentence }) {
            return events
        }
        return events.enumerated().sorted {
            ($0.element.evidence.sentence, $0.offset) < ($1.element.evidence.sentence, $1.offset)
        }.map(\.element)
    }

    /// The sorted, distinct country codes of one side, joined by `+` ("" for none): the set that
    /// clusters, rollups and dyad counts key on, so that actor order does not split an event.
    static func countrySet(_ actors: [CodedEvent.Actor]) -> String {
        Set(actors.compactMap(\.country?.rawValue)).sorted().joined(separator: "+")
    }
}
