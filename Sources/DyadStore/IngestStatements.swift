import GRDB

/// The statements an ingest batch runs for every document and event, prepared once per batch.
///
/// Looking a statement up in GRDB's cache hashes its SQL text; for a corpus of short items that
/// is hundreds of thousands of hashes of long strings, so a batch takes its statements once.
struct IngestStatements {
    var document: RowInserter
    var sentence: RowInserter
    var event: RowInserter
    var actor: RowInserter
    var findCluster: RowInserter
    var joinCluster: RowInserter

    init(_ db: Database) throws {
        document = try RowInserter(
            db,
            sql: """
                INSERT INTO documents (id, date, outlet, url, title, content_hash, text, coded_at, mentions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        sentence = try RowInserter(db, sql: #"INSERT INTO sentences (doc_id, idx, start, "end") VALUES (?, ?, ?, ?)"#)
        event = try RowInserter(
            db,
            sql: """
                INSERT INTO events (doc_id, type, mode, date, day, place_name, place_country, lat, lon,
                    quantity_value, quantity_qualifier, quantity_unit, quantity_text, attribution,
                    evidence_sentence, evidence_start, evidence_end, evidence_text, modality, contexts,
                    trigger, mentions, confidence, cluster_id, source_countries, target_countries, cameo,
                    place_precision, date_precision, historical, quantity_scope, quantity_period, source_slot,
                    target_slot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        actor = try RowInserter(
            db,
            sql: """
                INSERT INTO event_actors (event_id, side, position, text, country, sector, name, implied)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        // See `SQLiteStore+Clusters.swift`: the window of the key holding a day starts at most two
        // days before it.
        findCluster = try RowInserter(
            db,
            sql: """
                SELECT id FROM event_clusters
                WHERE type = ? AND source_countries = ? AND target_countries = ? AND place_country = ?
                  AND last_day BETWEEN ? AND ? AND first_day BETWEEN ? AND ?
                LIMIT 1
                """)
        joinCluster = try RowInserter(
            db,
            sql: """
                UPDATE event_clusters SET last_day = max(last_day, ?),
                    mention_count = mention_count + ?, event_count = event_count + 1,
                    document_count = document_count + ?
                WHERE id = ?
                """)
    }
}
