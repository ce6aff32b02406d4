import DyadStore
import DyadText
import PostgresNIO

/// The cluster changes of one ingest batch, by the order-free definition of SQLite's clusters
/// (docs/store.md, "Clusters"): within a key (type, source and target country sets, place country) the
/// days are cut into three-day windows from the earliest, and a cluster's id derives from its key
/// and first day, so both stores give the same clusters and ids for the same events.
///
/// A new event whose day lies in a window of its key joins it: the windows do not change, only
/// that cluster's totals. Any other day (before, between or after the windows, or a key with none)
/// and any deleted event re-form the key from the last window that starts on or before the
/// earliest changed day: windows before it end before that day and never move, so a batch's work
/// is bounded by the windows that can change, not by the key's whole history (re-forming whole
/// keys made filling a million-event store quadratic).
struct ClusterWork {
    struct Key: Hashable, Comparable {
        var type: String
        var sources: String
        var targets: String
        var place: String

        static func < (a: Key, b: Key) -> Bool {
            (a.type, a.sources, a.targets, a.place) < (b.type, b.sources, b.targets, b.place)
        }
    }

    /// The first days and ids of the stored windows of the batch's keys.
    private var windows: [Key: [(first: Day, id: Int64)]] = [:]
    /// Keys whose windows are re-formed after the batch's events are in, each from its earliest
    /// changed day ("" for all its days).
    private var reformFrom: [Key: String] = [:]
    /// The latest changed day of each re-formed key ("~", after every day, when unknown): past it,
    /// the first re-formed window that starts where a stored one starts ends the re-form.
    private var reformTo: [Key: String] = [:]
    /// Keys whose windows are re-formed.
    var reformed: Set<Key> { Set(reformFrom.keys) }
    /// Clusters that gained events (their totals are recomputed).
    private var joined = Set<Int64>()

    /// Marks a key for re-forming from `day` on (a deleted event's day, a day outside its
    /// windows); nil re-forms all its days.
    mutating func reform(_ key: Key, from day: String?, to last: String? = nil) {
        let from = day ?? ""
        let to = day == nil ? "~" : (last ?? from)
        if reformFrom[key].map({ from < $0 }) ?? true { reformFrom[key] = from }
        if reformTo[key].map({ to > $0 }) ?? true { reformTo[key] = to }
    }

    /// Reads the stored windows of `keys` (one statement).
    mutating func load(_ keys: [Key], session s: Session) throws {
        let wanted = Set(keys).subtracting(reformFrom.keys).subtracting(windows.keys).sorted()
        guard !wanted.isEmpty else { return }
        for k in wanted { windows[k] = [] }
        for chunk in wanted.chunked(by: 5000) {
            var sql = SQL()
            sql += """
                SELECT c.id, c.type, c.source_countries, c.target_countries, c.place_country, c.first_day
                FROM event_clusters c
                JOIN unnest(\(sql.bind(chunk.map(\.type)))::text[], \(sql.bind(chunk.map(\.sources)))::text[],
                            \(sql.bind(chunk.map(\.targets)))::text[], \(sql.bind(chunk.map(\.place)))::text[])
                     AS k(type, sources, targets, place)
                  ON c.type = k.type AND c.source_countries = k.sources AND c.target_countries = k.targets
                 AND c.place_country = k.place
                """
            for r in try s.query(sql) {
                let key = Key(
                    type: try r[1].decode(String.self), sources: try r[2].decode(String.self),
                    targets: try r[3].decode(String.self), place: try r[4].decode(String.self))
                guard let first = Day(iso: try r[5].decode(String.self)) else { continue }
                windows[key, default: []].append((first, try r[0].decode(Int64.self)))
            }
        }
    }

    /// The cluster an event of `key` on `day` joins, or nil when the key is re-formed instead.
    mutating func join(_ key: Key, day: Day) -> Int64? {
        guard reformFrom[key] == nil else {
            reform(key, from: day.description)
            return nil
        }
        if let w = windows[key]?.first(where: { $0.first <= day && day <= $0.first.adding(days: 2) }) {
            return w.id
        }
        reform(key, from: day.description)
        return nil
    }

    /// Records that an event of `key` on `day` was stored with the cluster `join` gave it.
    mutating func added(_ key: Key, day: Day, document: String) {
        guard reformFrom[key] == nil,
            let w = windows[key]?.first(where: { $0.first <= day && day <= $0.first.adding(days: 2) })
        else { return }
        joined.insert(w.id)
    }

    /// Re-forms the marked keys and recomputes the totals of the clusters that gained events.
    func apply(session s: Session) throws {
        let keys = reformed.sorted()
        for chunk in keys.chunked(by: 2000) {
            try reformKeys(Array(chunk), session: s)
        }
        // Every cluster that gained events, also those of keys re-formed later in the batch: a
        // re-form rebuilds only the windows from its bound on, and recomputing one again is harmless.
        let refresh = joined.sorted()
        guard !refresh.isEmpty else { return }
        var delete = SQL()
        delete += "DELETE FROM event_clusters WHERE id = ANY(\(delete.bind(refresh)))"
        try s.query(delete)
        var insert = SQL()
        insert += """
            INSERT INTO event_clusters (id, type, source_countries, target_countries, place_country, first_day,
                last_day, mention_count, event_count, document_count)
            SELECT cluster_id, type, source_countries, target_countries, COALESCE(place_country, ''), MIN(day),
                MAX(day), SUM(mentions), COUNT(*), COUNT(DISTINCT doc_id)
            FROM events WHERE cluster_id = ANY(\(insert.bind(refresh)))
            GROUP BY cluster_id, type, source_countries, target_countries, COALESCE(place_country, '')
            """
        try s.query(insert)
    }

    /// Cuts each key's distinct days into windows, gives their events the window's id and
    /// rebuilds the keys' rows of `event_clusters`.
    private func reformKeys(_ keys: [Key], session s: Session) throws {
        var keyBinds = SQL()
        // Each key with its bound: the first day of its last window starting on or before the
        // earliest changed day (that day itself when no window does, "" for the whole key).
        let keyTable = """
            (SELECT u.type, u.sources, u.targets, u.place,
                    COALESCE((SELECT MAX(c.first_day) FROM event_clusters c
                              WHERE c.type = u.type AND c.source_countries = u.sources
                                AND c.target_countries = u.targets AND c.place_country = u.place
                                AND c.first_day <= u.from_day), u.from_day) AS bound
             FROM unnest(\(keyBinds.bind(keys.map(\.type)))::text[], \(keyBinds.bind(keys.map(\.sources)))::text[],
                         \(keyBinds.bind(keys.map(\.targets)))::text[], \(keyBinds.bind(keys.map(\.place)))::text[],
                         \(keyBinds.bind(keys.map { reformFrom[$0] ?? "" }))::text[])
                  AS u(type, sources, targets, place, from_day)) AS k
            """
        // The bound of each key and the stored windows that start on or after it.
        var stored = keyBinds
        stored += """
            SELECT k.type, k.sources, k.targets, k.place, k.bound, c.first_day
            FROM \(keyTable) LEFT JOIN event_clusters c
              ON c.type = k.type AND c.source_countries = k.sources AND c.target_countries = k.targets
             AND c.place_country = k.place AND c.first_day >= k.bound
            """
        var bounds: [Key: String] = [:]
        var storedStarts: [Key: Set<String>] = [:]
        for r in try s.query(stored) {
            let key = Key(
                type: try r[0].decode(String.self), sources: try r[1].decode(String.self),
                targets: try r[2].decode(String.self), place: try r[3].decode(String.self))
            bounds[key] = try r[4].decode(String.self)
            if let start = try r[5].decode(String?.self) { storedStarts[key, default: []].insert(start) }
        }
        let match = """
            e.type = k.type AND e.source_countries = k.sources AND e.target_countries = k.targets
            AND COALESCE(e.place_country, '') = k.place
            """
        var days = keyBinds
        days += """
            SELECT DISTINCT e.type, e.source_countries, e.target_countries, COALESCE(e.place_country, ''), e.day
            FROM events e JOIN \(keyTable) ON \(match)
            WHERE e.day IS NOT NULL AND e.day <> '' AND e.day >= k.bound
            ORDER BY 1, 2, 3, 4, 5
            """
        var wType: [String] = []
        var wSources: [String] = []
        var wTargets: [String] = []
        var wPlace: [String] = []
        var wFirst: [String] = []
        var wLast: [String] = []
        var wID: [Int64] = []
        // Where each key's re-form ends: the first new window past the key's last changed day that
        // starts where a stored window starts; from there on the windows are the stored ones.
        var stops: [Key: String] = [:]
        var current: Key?
        var windowEnd = ""
        for r in try s.query(days) {
            let key = Key(
                type: try r[0].decode(String.self), sources: try r[1].decode(String.self),
                targets: try r[2].decode(String.self), place: try r[3].decode(String.self))
            let dayText = try r[4].decode(String.self)
            if stops[key] != nil { continue }
            if key != current || dayText > windowEnd {
                guard let day = Day(iso: dayText) else { continue }
                if dayText > reformTo[key] ?? "~", storedStarts[key]?.contains(dayText) == true {
                    stops[key] = dayText
                    continue
                }
                current = key
                windowEnd = day.adding(days: 2).description
                wType.append(key.type)
                wSources.append(key.sources)
                wTargets.append(key.targets)
                wPlace.append(key.place)
                wFirst.append(dayText)
                wLast.append(windowEnd)
                wID.append(Self.clusterID(key, start: dayText))
            }
        }
        let boundKeys = bounds.keys.sorted()
        var clear = SQL()
        clear += """
            DELETE FROM event_clusters c
            USING unnest(\(clear.bind(boundKeys.map(\.type)))::text[], \(clear.bind(boundKeys.map(\.sources)))::text[],
                         \(clear.bind(boundKeys.map(\.targets)))::text[], \(clear.bind(boundKeys.map(\.place)))::text[],
                         \(clear.bind(boundKeys.map { bounds[$0] ?? "" }))::text[],
                         \(clear.bind(boundKeys.map { stops[$0] ?? "" }))::text[])
                  AS k(type, sources, targets, place, bound, stop)
            WHERE c.type = k.type AND c.source_countries = k.sources AND c.target_countries = k.targets
              AND c.place_country = k.place AND c.first_day >= k.bound AND (k.stop = '' OR c.first_day < k.stop)
            """
        try s.query(clear)
        guard !wID.isEmpty else { return }
        var assign = SQL()
        assign += """
            UPDATE events e SET cluster_id = w.id
            FROM unnest(\(assign.bind(wType))::text[], \(assign.bind(wSources))::text[],
                        \(assign.bind(wTargets))::text[], \(assign.bind(wPlace))::text[],
                        \(assign.bind(wFirst))::text[], \(assign.bind(wLast))::text[], \(assign.bind(wID))::int8[])
                 AS w(type, sources, targets, place, first_day, last_day, id)
            WHERE e.type = w.type AND e.source_countries = w.sources AND e.target_countries = w.targets
              AND COALESCE(e.place_country, '') = w.place AND e.day BETWEEN w.first_day AND w.last_day
              AND e.cluster_id IS DISTINCT FROM w.id
            """
        try s.query(assign)
        var rebuild = SQL()
        rebuild += """
            INSERT INTO event_clusters (id, type, source_countries, target_countries, place_country, first_day,
                last_day, mention_count, event_count, document_count)
            SELECT e.cluster_id, e.type, e.source_countries, e.target_countries, COALESCE(e.place_country, ''),
                MIN(e.day), MAX(e.day), SUM(e.mentions), COUNT(*), COUNT(DISTINCT e.doc_id)
            FROM events e WHERE e.cluster_id = ANY(\(rebuild.bind(wID)))
            GROUP BY e.cluster_id, e.type, e.source_countries, e.target_countries, COALESCE(e.place_country, '')
            """
        try s.query(rebuild)
    }

    /// The cluster id both stores give a window (`clusterIDFor`, in DyadStore).
    static func clusterID(_ key: Key, start: String) -> Int64 {
        clusterIDFor(type: key.type, sources: key.sources, targets: key.targets, place: key.place, start: start)
    }
}
