import GRDB

/// The schema of a store and the migrations that bring an older file up to it.
extension SQLiteStore {
    /// The versioned migrations. Never edit a shipped migration: add the next one and bump
    /// `schemaVersion`, which each migration records in `PRAGMA user_version` and `dyad_meta`.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: schemaV1)
            try record(version: 1, db)
        }
        m.registerMigration("v2") { db in
            // (type, id) order: a page of one type in id order needs no sort of all that type's events.
            try db.execute(sql: "CREATE INDEX events_type ON events(type)")
            // Quantity totals per day, type and unit, so that a timeline's quantity line ("people
            // arrested per day") reads rollups instead of scanning events; existing stores are backfilled.
            try db.execute(
                sql: """
                    INSERT INTO rollup_periods (dimension, period, type, key, event_count, quantity)
                    SELECT 'unit', COALESCE(day, ''), type, COALESCE(quantity_unit, '-'), COUNT(*),
                        TOTAL(quantity_value)
                    FROM events WHERE quantity_value IS NOT NULL GROUP BY 2, 3, 4
                    """)
            // Counts per day, type and single country on each side, for views filtered to one country.
            for side in ["source", "target"] {
                try db.execute(
                    sql: """
                        INSERT INTO rollup_periods (dimension, period, type, key, event_count, quantity)
                        SELECT ?, COALESCE(e.day, ''), e.type, c.country, COUNT(*), TOTAL(e.quantity_value)
                        FROM events e JOIN (SELECT DISTINCT event_id, country FROM event_actors
                                            WHERE side = ? AND country IS NOT NULL) c ON c.event_id = e.id
                        GROUP BY 2, 3, 4
                        """, arguments: ["\(side)_country", side])
            }
            try db.execute(
                sql: """
                    INSERT INTO rollup_periods (dimension, period, type, key, event_count, quantity)
                    SELECT 'place_country', COALESCE(day, ''), type, place_country, COUNT(*), TOTAL(quantity_value)
                    FROM events WHERE place_country IS NOT NULL AND place_country <> '' GROUP BY 2, 3, 4
                    """)
            try record(version: 2, db)
        }
        m.registerMigration("v3") { db in
            // Events per named place, per month and for all time, with coordinate sums: the map of a
            // whole store without scanning its events. Existing stores are backfilled.
            try db.execute(
                sql: """
                    CREATE TABLE place_rollups (
                        period TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL,
                        event_count INTEGER NOT NULL, quantity REAL NOT NULL,
                        lat_sum REAL NOT NULL, lon_sum REAL NOT NULL, located INTEGER NOT NULL,
                        PRIMARY KEY (period, type, name, country)) WITHOUT ROWID
                    """)
            try backfillPlaceRollups(period: "COALESCE(substr(day, 1, 7), '')", db)
            try backfillPlaceRollups(period: "'*'", db)
            try record(version: 3, db)
        }
        m.registerMigration("v4") { db in
            // A rollup filter matches the stored country sets holding a code by equality (see
            // `countrySets`); these find one country's rows in a date range without reading the
            // range's rows of every country.
            try db.execute(
                sql: """
                    CREATE INDEX rollups_source ON rollups(source_countries, day);
                    CREATE INDEX rollups_target ON rollups(target_countries, day);
                    CREATE INDEX rollups_place ON rollups(place_country, day);
                    DROP INDEX IF EXISTS documents_date;
                    """)
            // Mentions as compact arrays (see `StoredMentions`): the objects took more room than
            // the documents' text.
            try db.execute(sql: mentionsToArraysV4)
            try db.execute(sql: "DROP VIEW IF EXISTS mentions")
            try db.execute(sql: mentionsViewV4)
            try record(version: 4, db)
        }
        m.registerMigration("v5") { db in
            // Day rows in `place_rollups` (period `YYYY-MM-DD`), so that the map of a date window
            // reads whole months and the days at its edges instead of the window's events.
            try backfillPlaceRollups(period: "day", where: "day IS NOT NULL AND day <> ''", db)
            try record(version: 5, db)
        }
        m.registerMigration("v6") { db in
            // The country indexes carry the counts, so that a count filtered to one country and a
            // window reads only the index (the table lookups per row made such a count take
            // 160 ms instead of 40 ms for the United States over 90 days of 10 M events). The
            // primary key's columns (type, the other countries) are in every index already.
            for (name, column) in [
                ("rollups_source", "source_countries"), ("rollups_target", "target_countries"),
                ("rollups_place", "place_country"),
            ] {
                try db.execute(
                    sql: """
                        DROP INDEX IF EXISTS \(name);
                        CREATE INDEX \(name) ON rollups(\(column), day, event_count, quantity);
                        """)
            }
            // Events per named place under each actor country, per day, month and all time: the
            // map of a view filtered to one source or target country without scanning its events
            // (8.6 s p95 for 90 days of one country in 10 M events). Existing stores are backfilled.
            try db.execute(
                sql: """
                    CREATE TABLE actor_place_rollups (
                        side TEXT NOT NULL, country TEXT NOT NULL, period TEXT NOT NULL, name TEXT NOT NULL,
                        place_country TEXT NOT NULL, event_count INTEGER NOT NULL, quantity REAL NOT NULL,
                        lat_sum REAL NOT NULL, lon_sum REAL NOT NULL, located INTEGER NOT NULL,
                        PRIMARY KEY (side, country, period, name, place_country)) WITHOUT ROWID
                    """)
            try backfillActorPlaceRollups(db)
            try record(version: 6, db)
        }
        m.registerMigration("v7") { db in
            // Counts per single country (see `SQLiteStore+CountryRollups`): the dashboard of one
            // country read its quantity line from its events and its dyads from a third of
            // `rollups` (12 s for the United States in 10 M events). Existing stores are backfilled.
            try createCountryRollups(db)
            try record(version: 7, db)
        }
        m.registerMigration("v8") { db in
            // The CAMEO code of the verb pattern an event's trigger came from (`CodedEvent.cameo`),
            // NULL for curated triggers and for every event stored before: nothing to backfill.
            try db.execute(sql: "ALTER TABLE events ADD COLUMN cameo TEXT")
            try record(version: 8, db)
        }
        m.registerMigration("v9") { db in
            // Precision and plausibility (`CodedEvent+Precision.swift`): how exactly the place and
            // date are known, historical events (kept out of rollups), the scope and period of a
            // count that is not one day's figure, how the actor slots were filled. Events stored
            // before have NULLs (not known) until `dyad recode` fills them. `place_precisions`
            // lists the places stored at other than point precision, so the map can tell a
            // country's representative point from a city.
            try db.execute(
                sql: """
                    ALTER TABLE events ADD COLUMN place_precision TEXT;
                    ALTER TABLE events ADD COLUMN date_precision TEXT;
                    ALTER TABLE events ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE events ADD COLUMN quantity_scope TEXT;
                    ALTER TABLE events ADD COLUMN quantity_period TEXT;
                    ALTER TABLE events ADD COLUMN source_slot TEXT;
                    ALTER TABLE events ADD COLUMN target_slot TEXT;
                    CREATE TABLE place_precisions (
                        name TEXT NOT NULL, country TEXT NOT NULL, precision TEXT NOT NULL,
                        PRIMARY KEY (name, country)) WITHOUT ROWID;
                    """)
            try record(version: 9, db)
        }
        m.registerMigration("v10") { db in
            // Clusters by the order-free definition of `SQLiteStore+Clusters.swift` (three-day windows
            // from each key's earliest day, ids from key and first day) instead of the greedy
            // joining in arrival order, which gave different clusters for the same events.
            try reclusterAll(db)
            try record(version: 10, db)
        }
        return m
    }

    /// Rewrites schema 1–3 mention objects (`{"country": …, "doc": …, "kind": "place", …}`) as
    /// the arrays of `StoredMentions`.
    static let mentionsToArraysV4 = """
        UPDATE documents SET mentions = (
            SELECT json_group_array(json(CASE j.value ->> 'kind'
                WHEN 'place' THEN json_array(j.value ->> 'sentence', j.value ->> 'start', j.value ->> 'end',
                    'place', j.value ->> 'country', j.value ->> 'name', j.value ->> 'lat', j.value ->> 'lon',
                    j.value ->> 'place_kind')
                WHEN 'actor' THEN json_array(j.value ->> 'sentence', j.value ->> 'start', j.value ->> 'end',
                    'actor', j.value ->> 'country', j.value ->> 'name', j.value ->> 'sector', j.value ->> 'actor_kind')
                WHEN 'quantity' THEN json_array(j.value ->> 'sentence', j.value ->> 'start', j.value ->> 'end',
                    'quantity', j.value ->> 'value', j.value ->> 'qualifier', j.value ->> 'unit', j.value -> 'vague')
                ELSE json_array(j.value ->> 'sentence', j.value ->> 'start', j.value ->> 'end',
                    'date', j.value ->> 'date', j.value ->> 'date_kind', j.value ->> 'last_date')
                END))
            FROM json_each(documents.mentions) j)
        WHERE mentions LIKE '[{%'
        """

    /// The `mentions` view over the arrays of `StoredMentions`: one row per mention, its words cut
    /// from the document text by its character offsets.
    static let mentionsViewV4 = """
        CREATE VIEW mentions (doc_id, position, sentence, start, "end", kind, text, country, sector, name,
                lat, lon, value, qualifier, unit, date, detail) AS
            SELECT m.id, j.key, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3,
                substr(m.text, (j.value ->> 1) + 1, (j.value ->> 2) - (j.value ->> 1)),
                CASE WHEN j.value ->> 3 IN ('place', 'actor') THEN j.value ->> 4 END,
                CASE WHEN j.value ->> 3 = 'actor' THEN j.value ->> 6 END,
                CASE WHEN j.value ->> 3 IN ('place', 'actor') THEN j.value ->> 5 END,
                CASE WHEN j.value ->> 3 = 'place' THEN j.value ->> 6 END,
                CASE WHEN j.value ->> 3 = 'place' THEN j.value ->> 7 END,
                CASE WHEN j.value ->> 3 = 'quantity' THEN j.value ->> 4 END,
                CASE WHEN j.value ->> 3 = 'quantity' THEN j.value ->> 5 END,
                CASE WHEN j.value ->> 3 = 'quantity' THEN j.value ->> 6 END,
                CASE WHEN j.value ->> 3 = 'date' THEN j.value ->> 4 END,
                CASE j.value ->> 3 WHEN 'place' THEN j.value ->> 8 WHEN 'actor' THEN j.value ->> 7
                    WHEN 'date' THEN j.value ->> 5 END
            FROM documents m, json_each(m.mentions) j
        """

    /// Version 1 of the schema. Days are `YYYY-MM-DD` text; country sets are codes joined by `+` in
    /// sorted order (`EST+LTU+LVA+POL`), empty for no actor. `day` is the event's date, else its
    /// document's publication date; filters and group-bys use it.
    ///
    /// Sentences keep offsets, not text: `sentence_texts` cuts their text out of the document
    /// (SQLite's `substr` counts characters, as the offsets do), which halves the text written.
    /// `sentences_fts` indexes the sentences that carry events (`event_sentence_texts`; FTS5,
    /// `detail=none`: word queries, no phrases), which is what `--text` searches: a tenth of the
    /// sentences of a news corpus. Ingest fills it once per batch; a delete trigger keeps it in step
    /// when documents are replaced (sentences are deleted before their events for it).
    /// Recognised mentions are kept as one JSON array per document (`documents.mentions`, what
    /// `dyad mentions` prints), written once instead of a row each; the `mentions` view unpacks
    /// them into rows for SQL. `rollups` holds counts per day, type, both country sets and place country; `rollup_periods`
    /// holds the coarse counts that whole-store and month-aligned group-bys read (see `RollupDeltas`).
    static let schemaV1 = """
        CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, date TEXT, outlet TEXT, url TEXT, title TEXT,
            content_hash TEXT NOT NULL, text TEXT NOT NULL, coded_at TEXT NOT NULL,
            mentions TEXT NOT NULL DEFAULT '[]');
        CREATE INDEX documents_date ON documents(date);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE UNIQUE INDEX sentences_doc ON sentences(doc_id, idx);
        CREATE VIEW sentence_texts (id, doc_id, idx, start, "end", text) AS
            SELECT s.id, s.doc_id, s.idx, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start)
            FROM sentences s JOIN documents d ON d.id = s.doc_id;
        CREATE VIEW event_sentence_texts (id, text) AS
            SELECT s.id, substr(d.text, s.start + 1, s."end" - s.start)
            FROM sentences s JOIN documents d ON d.id = s.doc_id
            WHERE EXISTS (SELECT 1 FROM events e WHERE e.doc_id = s.doc_id AND e.evidence_sentence = s.idx);
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='event_sentence_texts', content_rowid='id', detail='none', columnsize=0);
        CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences
        WHEN EXISTS (SELECT 1 FROM events WHERE doc_id = old.doc_id AND evidence_sentence = old.idx) BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id,
                (SELECT substr(text, old.start + 1, old."end" - old.start) FROM documents WHERE id = old.doc_id));
        END;
        CREATE VIEW mentions (doc_id, position, sentence, start, "end", kind, text, country, sector, name,
                lat, lon, value, qualifier, unit, date) AS
            SELECT m.id, j.key, j.value ->> 'sentence', j.value ->> 'start', j.value ->> 'end',
                j.value ->> 'kind', j.value ->> 'text', j.value ->> 'country', j.value ->> 'sector',
                j.value ->> 'name', j.value ->> 'lat', j.value ->> 'lon', j.value ->> 'value',
                j.value ->> 'qualifier', j.value ->> 'unit', j.value ->> 'date'
            FROM documents m, json_each(m.mentions) j;
        CREATE TABLE events (
            id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
            date TEXT, day TEXT,
            place_name TEXT, place_country TEXT, lat REAL, lon REAL,
            quantity_value REAL, quantity_qualifier TEXT, quantity_unit TEXT, quantity_text TEXT,
            attribution TEXT,
            evidence_sentence INTEGER NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL,
            modality TEXT, contexts TEXT NOT NULL, trigger TEXT NOT NULL, mentions INTEGER NOT NULL,
            confidence REAL NOT NULL,
            cluster_id INTEGER, source_countries TEXT NOT NULL, target_countries TEXT NOT NULL);
        CREATE INDEX events_doc ON events(doc_id, evidence_sentence);
        CREATE INDEX events_day ON events(day);
        CREATE INDEX events_type_day ON events(type, day);
        CREATE INDEX events_place ON events(place_country, day);
        CREATE INDEX events_cluster ON events(cluster_id, doc_id);
        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL, side TEXT NOT NULL CHECK (side IN ('source', 'target')),
            position INTEGER NOT NULL, text TEXT, country TEXT, sector TEXT, name TEXT,
            implied INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (event_id, side, position)) WITHOUT ROWID;
        CREATE INDEX event_actors_country ON event_actors(country, side, event_id);
        CREATE TABLE event_clusters (
            id INTEGER PRIMARY KEY, type TEXT NOT NULL, source_countries TEXT NOT NULL,
            target_countries TEXT NOT NULL, place_country TEXT NOT NULL,
            first_day TEXT NOT NULL, last_day TEXT NOT NULL,
            mention_count INTEGER NOT NULL, event_count INTEGER NOT NULL, document_count INTEGER NOT NULL);
        CREATE INDEX event_clusters_key
            ON event_clusters(type, source_countries, target_countries, place_country, last_day);
        CREATE TABLE rollups (
            day TEXT NOT NULL, type TEXT NOT NULL, source_countries TEXT NOT NULL,
            target_countries TEXT NOT NULL, place_country TEXT NOT NULL,
            event_count INTEGER NOT NULL, quantity REAL NOT NULL,
            PRIMARY KEY (day, type, source_countries, target_countries, place_country)) WITHOUT ROWID;
        CREATE INDEX rollups_type ON rollups(type, day);
        CREATE TABLE rollup_periods (
            dimension TEXT NOT NULL, period TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL,
            event_count INTEGER NOT NULL, quantity REAL NOT NULL,
            PRIMARY KEY (dimension, period, type, key)) WITHOUT ROWID;
        """

    /// Records `version` in `dyad_meta` and `PRAGMA user_version`, as every migration ends.
    static func record(version: Int, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO dyad_meta(key, value) VALUES ('schema_version', ?)",
            arguments: ["\(version)"])
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// Fills `actor_place_rollups` from the stored events (migration 6): the day rows (`''` for
    /// undated events) from the events, then the month and all-time rows from the day rows.
    static func backfillActorPlaceRollups(_ db: Database) throws {
        let sums = "SUM(event_count), TOTAL(quantity), TOTAL(lat_sum), TOTAL(lon_sum), SUM(located)"
        try db.execute(
            sql: """
                INSERT INTO actor_place_rollups
                SELECT a.side, a.country, COALESCE(e.day, ''), e.place_name, COALESCE(e.place_country, ''),
                    COUNT(*), TOTAL(e.quantity_value),
                    TOTAL(CASE WHEN e.lat IS NOT NULL AND e.lon IS NOT NULL THEN e.lat END),
                    TOTAL(CASE WHEN e.lat IS NOT NULL AND e.lon IS NOT NULL THEN e.lon END),
                    COUNT(CASE WHEN e.lat IS NOT NULL AND e.lon IS NOT NULL THEN 1 END)
                FROM (SELECT DISTINCT event_id, side, country FROM event_actors
                      WHERE country IS NOT NULL AND country <> '') a
                JOIN events e ON e.id = a.event_id
                WHERE e.place_name IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
                INSERT INTO actor_place_rollups
                SELECT side, country, substr(period, 1, 7), name, place_country, \(sums)
                FROM actor_place_rollups WHERE length(period) = 10 GROUP BY 1, 2, 3, 4, 5;
                INSERT INTO actor_place_rollups
                SELECT side, country, '*', name, place_country, \(sums)
                FROM actor_place_rollups WHERE length(period) = 10 OR period = '' GROUP BY 1, 2, 4, 5;
                """)
    }

    /// Fills `place_rollups` rows of one period kind from the stored events (migrations 3 and 5).
    /// - Parameters:
    ///   - period: the SQL expression of the period (`day`, its month, `'*'`).
    ///   - condition: which events count, besides having a named place.
    static func backfillPlaceRollups(period: String, where condition: String = "1", _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO place_rollups
                SELECT \(period), type, place_name, COALESCE(place_country, ''), COUNT(*), TOTAL(quantity_value),
                    TOTAL(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lat END),
                    TOTAL(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN lon END),
                    COUNT(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 END)
                FROM events WHERE place_name IS NOT NULL AND (\(condition)) GROUP BY 1, 2, 3, 4
                """)
    }
}
