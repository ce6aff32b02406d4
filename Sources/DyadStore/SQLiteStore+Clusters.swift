import DyadText
import GRDB

/// The key events cluster on: type, source and target country sets (`countrySet`) and place
/// country (`""` for none).
struct ClusterKey: Hashable {
    var type: String
    var sources: String
    var targets: String
    var place: String

    var arguments: [String] { [type, sources, targets, place] }
}

/// Clusters: the reports of one event across documents (`event_clusters`, `events.cluster_id`).
///
/// **Definition.** Events with a day are grouped by `ClusterKey`. Within a key, take the distinct
/// days of its events in order: the earliest day starts a window of three days `[d, d+2]`; the first
/// day after that window starts the next window, and so on. A cluster is the events of one window,
/// so its days lie within two days of each other and its first day is the window's start. The
/// partition depends only on the set of events (their keys and days), never on the order they were
/// ingested in, and a cluster's id is derived from its key and first day (`clusterID`), so the same
/// events get the same ids in every store that holds them and `dyad recode` of unchanged documents
/// changes nothing.
///
/// **Incremental upkeep.** An event whose day lies in an existing window of its key joins it (the
/// common case: one indexed lookup and one update). A day outside every window starts a new window
/// there; the windows after it that now start inside it are taken apart (`absorbFollowing`): their
/// events up to the new window's end move in, and the rest starts a new window at its earliest day,
/// which may in turn reach into the next one, until a window starts after the current one's end.
/// Deleting a document's events can only change a window whose first day lost all its events: it
/// restarts at its earliest remaining day and absorbs what follows in the same way (`repairClusters`).
/// Windows before the change never move, so the work is bounded by the run of windows that change.
/// The id of the cluster of a key (type, source and target country sets, place country) whose
/// first day is `start`: FNV-1a (64-bit), cut to 53 bits so that it survives JSON readers that
/// hold numbers as doubles. One function for every store, so that the same events get the same
/// cluster ids in SQLite and in PostgreSQL.
public func clusterIDFor(type: String, sources: String, targets: String, place: String, start: String) -> Int64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in [type, sources, targets, place, start] {
        for byte in part.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        h ^= 0x1f
        h &*= 0x0000_0100_0000_01b3
    }
    let id = Int64(h & ((1 << 53) - 1))
    return id == 0 ? 1 : id
}

extension SQLiteStore {
    /// The id of the cluster of `key` whose first day is `start`: FNV-1a (64-bit) of the key and
    /// day, cut to 53 bits so that it survives JSON readers that hold numbers as doubles. Two
    /// windows hashing alike (about one in 10^9 for 100,000 clusters) take the next free id
    /// (`createCluster`); only then does an id depend on which window came first.
    static func clusterID(_ key: ClusterKey, start: String) -> Int64 {
        clusterIDFor(type: key.type, sources: key.sources, targets: key.targets, place: key.place, start: start)
    }

    static let clusterIDMask: UInt64 = (1 << 53) - 1

    /// Puts an event of `key` on `day` into its window's cluster, starting a new window (and
    /// re-forming the windows after it) when no window holds `day`. See the type's documentation.
    /// - Parameters:
    ///   - joined: the clusters the event's document joined before (its earlier events); the
    ///     cluster's document count grows only on the first.
    ///   - touched: clusters whose counts must be recomputed from their events at the end of the
    ///     batch (`refreshClusters`): those that gained or lost events other than by a join.
    func assignCluster(
        _ key: ClusterKey, day: Day, mentions: Int, joined: inout Set<Int64>, touched: inout Set<Int64>,
        statements: IngestStatements, db: Database
    ) throws -> Int64 {
        let text = day.description
        let before = day.adding(days: -2).description
        // A window holding `day` starts at most two days earlier; its last day lies between its
        // first day and two days after it (the bounds on `last_day` let the key index serve).
        var find = statements.findCluster
        for value in key.arguments { find.bind(value) }
        for value in [before, day.adding(days: 2).description, before, text] { find.bind(value) }
        if let found = try find.int64(db) {
            var update = statements.joinCluster
            update.bind(text)
            update.bind(mentions)
            update.bind(joined.insert(found).inserted ? 1 : 0)
            update.bind(found)
            try update.run(db)
            return found
        }
        let id = try createCluster(key, start: text, mentions: mentions, events: 1, documents: 1, db: db)
        joined.insert(id)
        try absorbFollowing(key, start: day, cluster: id, touched: &touched, db: db)
        return id
    }

    /// Inserts the cluster row of the window of `key` starting on `start` and returns its id
    /// (`clusterID`, or the next free one when another window's id is taken).
    func createCluster(
        _ key: ClusterKey, start: String, mentions: Int, events: Int, documents: Int, db: Database
    ) throws -> Int64 {
        var id = Self.clusterID(key, start: start)
        let insert = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO event_clusters (id, type, source_countries, target_countries, place_country,
                    first_day, last_day, mention_count, event_count, document_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        while true {
            try insert.execute(
                arguments: [
                    id, key.type, key.sources, key.targets, key.place, start, start, mentions, events, documents,
                ])
            if db.changesCount > 0 { return id }
            id = Int64((UInt64(id) & Self.clusterIDMask) % Self.clusterIDMask + 1)
        }
    }

    /// After the window of `cluster` was (re)started on `start`, takes apart the windows of `key`
    /// that now start inside it: their events up to its last day move into it, the rest start a
    /// new window on their earliest day, which is checked against the next window in turn.
    func absorbFollowing(
        _ key: ClusterKey, start: Day, cluster: Int64, touched: inout Set<Int64>, db: Database
    ) throws {
        let next = try db.cachedStatement(
            sql: """
                SELECT id, first_day FROM event_clusters
                WHERE type = ? AND source_countries = ? AND target_countries = ? AND place_country = ?
                  AND last_day > ? AND first_day > ?
                ORDER BY last_day LIMIT 1
                """)
        var (start, cluster) = (start, cluster)
        while true {
            let first = start.description
            let end = start.adding(days: 2).description
            guard let row = try Row.fetchOne(next, arguments: StatementArguments(key.arguments + [first, first])),
                let nextFirst = row[1] as String?, nextFirst <= end
            else { return }
            let nextID: Int64 = row[0]
            touched.insert(cluster)
            try db.execute(
                sql: "UPDATE events SET cluster_id = ? WHERE cluster_id = ? AND day <= ?",
                arguments: [cluster, nextID, end])
            try db.execute(sql: "DELETE FROM event_clusters WHERE id = ?", arguments: [nextID])
            guard
                let rest = try String.fetchOne(
                    db, sql: "SELECT MIN(day) FROM events WHERE cluster_id = ?", arguments: [nextID]),
                let restDay = Day(iso: rest)
            else { return }
            let restID = try createCluster(key, start: rest, mentions: 0, events: 0, documents: 0, db: db)
            try db.execute(sql: "UPDATE events SET cluster_id = ? WHERE cluster_id = ?", arguments: [restID, nextID])
            touched.insert(restID)
            (start, cluster) = (restDay, restID)
        }
    }

    /// Re-forms the windows of clusters that lost events (a deleted or replaced document): a
    /// cluster left empty is dropped; one whose first day lost all its events restarts on its
    /// earliest remaining day (a new id) and absorbs what follows (`absorbFollowing`). Counts
    /// are left to `refreshClusters`.
    func repairClusters(_ ids: [Int64], touched: inout Set<Int64>, db: Database) throws {
        guard !ids.isEmpty else { return }
        let select = try db.cachedStatement(
            sql: """
                SELECT type, source_countries, target_countries, place_country, first_day
                FROM event_clusters WHERE id = ?
                """)
        var starts: [(first: String, id: Int64)] = []
        for id in ids {
            if let row = try Row.fetchOne(select, arguments: [id]) { starts.append((row[4], id)) }
        }
        // In day order, so that a window is repaired before the windows after it are looked at.
        for (_, id) in starts.sorted(by: { ($0.first, $0.id) < ($1.first, $1.id) }) {
            // An earlier repair may have taken this cluster apart already.
            guard let row = try Row.fetchOne(select, arguments: [id]) else { continue }
            let key = ClusterKey(type: row[0], sources: row[1], targets: row[2], place: row[3])
            let first: String = row[4]
            guard
                let earliest = try String.fetchOne(
                    db, sql: "SELECT MIN(day) FROM events WHERE cluster_id = ?", arguments: [id])
            else {
                try db.execute(sql: "DELETE FROM event_clusters WHERE id = ?", arguments: [id])
                continue
            }
            guard earliest != first, let day = Day(iso: earliest) else { continue }
            let restarted = try createCluster(key, start: earliest, mentions: 0, events: 0, documents: 0, db: db)
            try db.execute(sql: "UPDATE events SET cluster_id = ? WHERE cluster_id = ?", arguments: [restarted, id])
            try db.execute(sql: "DELETE FROM event_clusters WHERE id = ?", arguments: [id])
            touched.insert(restarted)
            try absorbFollowing(key, start: day, cluster: restarted, touched: &touched, db: db)
        }
    }

    /// Recomputes counts and spans of clusters whose events changed other than by a join; drops
    /// clusters left empty.
    func refreshClusters(_ ids: Set<Int64>, db: Database) throws {
        for id in ids.sorted() {
            try db.execute(
                sql:
                    "DELETE FROM event_clusters WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE cluster_id = ?)",
                arguments: [id, id])
            try db.execute(
                sql: """
                    UPDATE event_clusters SET (mention_count, event_count, document_count, first_day, last_day) =
                        (SELECT SUM(mentions), COUNT(*), COUNT(DISTINCT doc_id), MIN(day), MAX(day)
                         FROM events WHERE cluster_id = ?)
                    WHERE id = ?
                    """, arguments: [id, id])
        }
    }

    /// Forms every cluster of a store anew by the definition above (migration 10, from the
    /// order-dependent clusters of earlier versions): one pass over the dated events in key and
    /// day order, the assignments through a temporary table, then the cluster rows from the events.
    static func reclusterAll(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM event_clusters;
                UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL;
                CREATE TEMP TABLE cluster_assignments (event_id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL);
                """)
        let assign = try db.makeStatement(sql: "INSERT INTO cluster_assignments VALUES (?, ?)")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, type, source_countries, target_countries, COALESCE(place_country, ''), day FROM events
                WHERE day IS NOT NULL AND day <> '' ORDER BY 2, 3, 4, 5, 6, 1
                """)
        var key: ClusterKey?
        var windowEnd = ""
        var cluster: Int64 = 0
        var used: [Int64: (ClusterKey, String)] = [:]
        while let r = try rows.next() {
            let k = ClusterKey(type: r[1], sources: r[2], targets: r[3], place: r[4])
            let dayText: String = r[5]
            if k != key || dayText > windowEnd {
                guard let day = Day(iso: dayText) else { continue }
                key = k
                windowEnd = day.adding(days: 2).description
                cluster = clusterID(k, start: dayText)
                while used[cluster] != nil {
                    cluster = Int64((UInt64(cluster) & clusterIDMask) % clusterIDMask + 1)
                }
                used[cluster] = (k, dayText)
            }
            try assign.execute(arguments: [r[0] as Int64, cluster])
        }
        try db.execute(
            sql: """
                UPDATE events SET cluster_id = a.cluster_id FROM cluster_assignments a WHERE a.event_id = events.id;
                DROP TABLE cluster_assignments;
                INSERT INTO event_clusters (id, type, source_countries, target_countries, place_country,
                    first_day, last_day, mention_count, event_count, document_count)
                SELECT cluster_id, type, source_countries, target_countries, COALESCE(place_country, ''),
                    MIN(day), MAX(day), SUM(mentions), COUNT(*), COUNT(DISTINCT doc_id)
                FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id;
                """)
    }
}
