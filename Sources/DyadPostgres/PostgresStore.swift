import DyadStore
import DyadText
import Foundation
import PostgresNIO

/// The `EventStore` on a PostgreSQL server: the store many coding workers on many machines write
/// to and several `dyad serve` replicas read (see docs/scale.md).
///
/// The tables are those of `SQLiteStore` (documents, sentences, events, event_actors,
/// event_clusters, rollups, place_precisions, dyad_meta) plus the job queue of `JobQueue`. Every
/// ingest is one transaction that first takes the store's write lock (a transaction-level
/// advisory lock), so that rollups, clusters and the content-hash check see every earlier batch
/// whichever process wrote it: coding runs in parallel on every worker, writing one batch at a
/// time. A process killed in mid-transaction leaves nothing (the server rolls it back).
public final class PostgresStore: EventStore {
    /// The schema version this build writes; a store with a larger one is refused.
    public static let schemaVersion = 2

    /// Where the store is.
    public let location: PostgresLocation
    /// Whether the store was opened for reading only: nothing is created, migrated or written.
    public let isReadOnly: Bool
    let pool: ConnectionPool
    /// The advisory-lock key that serialises this store's writers (one per schema).
    let writeLockKey: Int64

    /// The URL without password, as errors name the store.
    public var path: String { location.description }

    /// Connects to the server and brings the schema up to date (creating the schema and tables
    /// when missing), or, `readOnly`, opens an existing store as it is.
    /// - Throws: `StoreError` naming the URL: unreachable server, unknown database or role, newer
    ///   schema, missing or older store (read-only).
    public init(location: PostgresLocation, readOnly: Bool = false, connections: Int = 8) throws {
        self.location = location
        isReadOnly = readOnly
        pool = ConnectionPool(location: location, readOnly: readOnly, limit: connections)
        writeLockKey = Int64(bitPattern: Self.fnv("dyad-write:" + location.schema))
        try migrate()
    }

    /// Opens the store a `postgres://` URL names (see `PostgresLocation`).
    public convenience init(url: String, readOnly: Bool = false) throws {
        try self.init(location: PostgresLocation(url: url), readOnly: readOnly)
    }

    /// Drops the store's schema with everything in it (tests and benchmarks clean up with it).
    public func dropSchema() throws {
        try pool.with { s in try s.execute("DROP SCHEMA IF EXISTS \(Session.quoted(location.schema)) CASCADE") }
    }

    /// Takes the store's write lock until the current transaction ends.
    func lockForWriting(_ s: Session) throws {
        var sql = SQL()
        sql += "SELECT pg_advisory_xact_lock(\(sql.bind(writeLockKey)))"
        try s.query(sql)
    }

    /// Runs a read; reads need no transaction (each statement sees committed data).
    func read<T>(_ body: (Session) throws -> T) throws -> T { try pool.with(body) }

    /// Runs a write transaction under the store's write lock.
    func write<T>(_ body: (Session) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        return try pool.transaction { s in
            try lockForWriting(s)
            return try body(s)
        }
    }

    public func checkpoint() throws {}

    /// The commit counter in `dyad_meta`, which every write transaction increments
    /// (`countChange`): one indexed read, whichever machine committed.
    public func changeToken() throws -> StoreChangeToken {
        try read { s in
            let rows = try s.query("SELECT value FROM dyad_meta WHERE key = 'changes'")
            let value = try rows.first?[0].decode(String.self) ?? "0"
            return StoreChangeToken(parts: [Int64(value) ?? -1])
        }
    }

    /// Records one more commit in the change counter (`changeToken`), inside a write transaction.
    func countChange(_ s: Session) throws {
        try s.execute("UPDATE dyad_meta SET value = (value::bigint + 1)::text WHERE key = 'changes'")
    }

    static func fnv(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    // MARK: Schema

    /// Creates or upgrades the schema; read-only, checks it.
    func migrate() throws {
        let schema = Session.quoted(location.schema)
        let found: Int = try pool.with { s in
            let exists = try s.query(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'dyad_meta'"
            )
            guard !exists.isEmpty else { return 0 }
            let rows = try s.query("SELECT value FROM dyad_meta WHERE key = 'schema_version'")
            return Int(try rows.first?[0].decode(String.self) ?? "0") ?? 0
        }
        if found > Self.schemaVersion {
            throw StoreError.newerSchema(path: path, found: found, supported: Self.schemaVersion)
        }
        if found == Self.schemaVersion { return }
        if isReadOnly {
            if found == 0 {
                throw StoreError.cannotOpen(
                    path: path, detail: "no Dyad store in schema \(location.schema) (reading commands never create one)"
                )
            }
            throw StoreError.olderSchema(path: path, found: found)
        }
        try pool.with { s in
            // Two processes creating the same store at once: the second waits and finds it made.
            try s.execute("BEGIN")
            do {
                try s.execute("SELECT pg_advisory_xact_lock(\(Int64(bitPattern: Self.fnv("dyad-migrate"))))")
                try s.execute("CREATE SCHEMA IF NOT EXISTS \(schema)")
                let exists = try s.query(
                    "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'dyad_meta'"
                )
                var version = 0
                if !exists.isEmpty {
                    let rows = try s.query("SELECT value FROM dyad_meta WHERE key = 'schema_version'")
                    version = Int(try rows.first?[0].decode(String.self) ?? "0") ?? 0
                }
                for (v, statements) in Self.migrations where v > version {
                    for statement in statements { try s.execute(statement) }
                    try s.execute(
                        """
                        INSERT INTO dyad_meta (key, value) VALUES ('schema_version', '\(v)')
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value
                        """)
                }
                try s.execute("COMMIT")
            } catch {
                try? s.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Text columns compare as bytes (`COLLATE "C"`), as SQLite's do: days and ids sort the same
    /// on every server whatever its locale, and keys order as `dyad query` prints them on SQLite.
    static let text = #"text COLLATE "C""#

    /// The versioned migrations, each a list of statements run in one transaction. Never edit a
    /// shipped one: add the next and bump `schemaVersion`.
    ///
    /// Version 1 has SQLite's tables with these differences: events carry `sentence_words` (the
    /// words of their evidence sentence as a `tsvector`, GIN-indexed: what `--text` searches,
    /// as `sentences_fts` does on SQLite); `rollups` holds, per day × type × both country sets ×
    /// place country × place name × counted unit, the counts, quantities and coordinate sums that
    /// every count, timeline, quantity line and map without actor, text or confidence filters
    /// reads, and `rollup_days` the same per day × type × unit for whole-store timelines; `jobs`
    /// is the work queue of `dyad enqueue` and `dyad worker`.
    static let migrations: [(Int, [String])] = [
        (
            1,
            [
                "CREATE TABLE dyad_meta (key \(text) PRIMARY KEY, value \(text) NOT NULL)",
                "INSERT INTO dyad_meta (key, value) VALUES ('changes', '0')",
                """
                CREATE TABLE documents (
                    id \(text) PRIMARY KEY, date \(text), outlet \(text), url \(text), title \(text),
                    content_hash \(text) NOT NULL, text \(text) NOT NULL, coded_at \(text) NOT NULL,
                    mentions \(text) NOT NULL DEFAULT '[]')
                """,
                """
                CREATE TABLE sentences (
                    doc_id \(text) NOT NULL, idx integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
                    PRIMARY KEY (doc_id, idx))
                """,
                """
                CREATE TABLE events (
                    id bigserial PRIMARY KEY, doc_id \(text) NOT NULL, type \(text) NOT NULL, mode \(text),
                    date \(text), day \(text),
                    place_name \(text), place_country \(text), lat float8, lon float8,
                    quantity_value float8, quantity_qualifier \(text), quantity_unit \(text), quantity_text \(text),
                    attribution \(text),
                    evidence_sentence integer NOT NULL, evidence_start integer NOT NULL, evidence_end integer NOT NULL,
                    evidence_text \(text) NOT NULL,
                    modality \(text), contexts \(text) NOT NULL, trigger \(text) NOT NULL, mentions integer NOT NULL,
                    confidence float8 NOT NULL, cluster_id bigint,
                    source_countries \(text) NOT NULL, target_countries \(text) NOT NULL, cameo \(text),
                    place_precision \(text), date_precision \(text), historical boolean NOT NULL DEFAULT false,
                    quantity_scope \(text), quantity_period \(text), source_slot \(text), target_slot \(text),
                    sentence_words tsvector NOT NULL)
                """,
                "CREATE INDEX events_doc ON events (doc_id, evidence_sentence)",
                "CREATE INDEX events_day ON events (day)",
                "CREATE INDEX events_type_day ON events (type, day)",
                "CREATE INDEX events_place ON events (place_country, day)",
                "CREATE INDEX events_cluster ON events (cluster_id)",
                """
                CREATE INDEX events_cluster_key
                    ON events (type, source_countries, target_countries, (COALESCE(place_country, '')), day)
                """,
                "CREATE INDEX events_words ON events USING gin (sentence_words)",
                """
                CREATE TABLE event_actors (
                    event_id bigint NOT NULL, side \(text) NOT NULL CHECK (side IN ('source', 'target')),
                    position integer NOT NULL, text \(text), country \(text), sector \(text), name \(text),
                    implied boolean NOT NULL DEFAULT false,
                    PRIMARY KEY (event_id, side, position))
                """,
                "CREATE INDEX event_actors_country ON event_actors (country, side, event_id)",
                """
                CREATE TABLE event_clusters (
                    id bigint PRIMARY KEY, type \(text) NOT NULL, source_countries \(text) NOT NULL,
                    target_countries \(text) NOT NULL, place_country \(text) NOT NULL,
                    first_day \(text) NOT NULL, last_day \(text) NOT NULL,
                    mention_count bigint NOT NULL, event_count bigint NOT NULL, document_count bigint NOT NULL)
                """,
                """
                CREATE INDEX event_clusters_key
                    ON event_clusters (type, source_countries, target_countries, place_country, first_day)
                """,
                """
                CREATE TABLE rollups (
                    day \(text) NOT NULL, type \(text) NOT NULL, source_countries \(text) NOT NULL,
                    target_countries \(text) NOT NULL, place_country \(text) NOT NULL, place_name \(text) NOT NULL,
                    unit \(text) NOT NULL, event_count bigint NOT NULL, quantity float8 NOT NULL,
                    lat_sum float8 NOT NULL, lon_sum float8 NOT NULL, located bigint NOT NULL,
                    PRIMARY KEY (day, type, source_countries, target_countries, place_country, place_name, unit))
                """,
                "CREATE INDEX rollups_type ON rollups (type, day)",
                "CREATE INDEX rollups_source ON rollups USING gin (string_to_array(source_countries, '+'))",
                "CREATE INDEX rollups_target ON rollups USING gin (string_to_array(target_countries, '+'))",
                "CREATE INDEX rollups_place ON rollups (place_country, day)",
                """
                CREATE TABLE rollup_days (
                    day \(text) NOT NULL, type \(text) NOT NULL, unit \(text) NOT NULL,
                    event_count bigint NOT NULL, quantity float8 NOT NULL,
                    PRIMARY KEY (day, type, unit))
                """,
                """
                CREATE TABLE place_precisions (
                    name \(text) NOT NULL, country \(text) NOT NULL, precision \(text) NOT NULL,
                    PRIMARY KEY (name, country))
                """,
                """
                CREATE TABLE jobs (
                    id bigserial PRIMARY KEY,
                    state \(text) NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'leased', 'done', 'failed')),
                    documents \(text) NOT NULL, document_count integer NOT NULL,
                    lease_owner \(text), lease_until timestamptz, attempts integer NOT NULL DEFAULT 0,
                    error \(text), enqueued_at timestamptz NOT NULL DEFAULT now(), done_at timestamptz,
                    stored integer, skipped integer, events integer)
                """,
                "CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('pending', 'leased')",
            ]
        ),
        (
            // `rollup_totals`: `rollups` without the day, what whole-store counts by country, place
            // or dyad and the whole-store map read (SQLite's all-time `rollup_periods` rows): summing
            // every day's rows took 150–330 ms on a million events, these rows a few ms.
            2,
            [
                """
                CREATE TABLE rollup_totals (
                    type \(text) NOT NULL, source_countries \(text) NOT NULL, target_countries \(text) NOT NULL,
                    place_country \(text) NOT NULL, place_name \(text) NOT NULL, unit \(text) NOT NULL,
                    event_count bigint NOT NULL, quantity float8 NOT NULL, lat_sum float8 NOT NULL,
                    lon_sum float8 NOT NULL, located bigint NOT NULL,
                    PRIMARY KEY (type, source_countries, target_countries, place_country, place_name, unit))
                """,
                """
                INSERT INTO rollup_totals
                SELECT type, source_countries, target_countries, place_country, place_name, unit, SUM(event_count),
                       SUM(quantity), SUM(lat_sum), SUM(lon_sum), SUM(located)
                FROM rollups GROUP BY type, source_countries, target_countries, place_country, place_name, unit
                """,
            ]
        ),
    ]
}
