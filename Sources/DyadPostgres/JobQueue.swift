import DyadStore
import DyadText
import Foundation
import PostgresNIO

/// The work queue of a PostgreSQL store: `dyad enqueue` puts batches of documents on the `jobs`
/// table, any number of `dyad worker`s on any machines claim them, code them and store their
/// events.
///
/// A claim is `FOR UPDATE SKIP LOCKED` with a lease: workers never wait for each other's batches,
/// and a batch whose worker died is claimed again when its lease runs out. A worker stores a
/// batch's documents and marks it done in one transaction, and only while it still holds the
/// lease, so a batch is stored once even when a slow worker and its replacement both code it
/// (and a document stored already with the same content is skipped in any case).
public struct JobQueue: Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) { self.store = store }

    /// A claimed batch.
    public struct Job: Sendable {
        public var id: Int64
        public var documents: [Document]
        /// How many times it was claimed, this claim included.
        public var attempts: Int
        /// The worker holding the lease.
        public var owner: String
    }

    /// Puts documents on the queue as one batch; returns its id. Wakes waiting workers.
    @discardableResult
    public func enqueue(_ documents: [Document]) throws -> Int64 {
        let json = try Self.encode(documents)
        return try store.pool.transaction { s in
            var sql = SQL()
            sql += """
                INSERT INTO jobs (documents, document_count) VALUES (\(sql.bind(json)), \(sql.bind(documents.count)))
                RETURNING id
                """
            let id = try s.query(sql)[0][0].decode(Int64.self)
            try s.execute("NOTIFY dyad_jobs")
            return id
        }
    }

    /// Claims the oldest batch that is pending or whose lease ran out, or nil when there is none.
    /// Batches leased `maxAttempts` times already are marked failed instead of claimed again.
    /// - Parameters:
    ///   - owner: the worker's name (host and process id), recorded with the lease.
    ///   - lease: seconds the worker may hold the batch before another may take it.
    public func claim(owner: String, lease: Double, maxAttempts: Int = 3) throws -> Job? {
        try store.pool.with { s in
            var fail = SQL()
            fail += """
                UPDATE jobs SET state = 'failed', lease_owner = NULL, lease_until = NULL,
                    error = 'leased ' || attempts || ' times without finishing (worker killed, or the batch takes longer than the lease); last worker ' || COALESCE(lease_owner, '?')
                WHERE state = 'leased' AND lease_until < now() AND attempts >= \(fail.bind(maxAttempts))
                """
            try s.query(fail)
            var sql = SQL()
            sql += """
                UPDATE jobs SET state = 'leased', lease_owner = \(sql.bind(owner)),
                    lease_until = now() + make_interval(secs => \(sql.bind(lease))), attempts = attempts + 1
                WHERE id = (SELECT id FROM jobs WHERE state = 'pending' OR (state = 'leased' AND lease_until < now())
                            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, documents, attempts
                """
            guard let r = try s.query(sql).first else { return nil }
            let id = try r[0].decode(Int64.self)
            return Job(
                id: id, documents: try Self.decode(try r[1].decode(String.self), job: id),
                attempts: try r[2].decode(Int.self), owner: owner)
        }
    }

    /// Stores a claimed batch's coded documents and marks it done, in one transaction, if the
    /// worker still holds its lease; nil (nothing written) when another worker took it over.
    public func complete(_ job: Job, items: [IngestItem]) throws -> IngestOutcome? {
        try store.write { s in
            var held = SQL()
            held += """
                SELECT 1 FROM jobs WHERE id = \(held.bind(job.id)) AND state = 'leased'
                  AND lease_owner = \(held.bind(job.owner)) FOR UPDATE
                """
            guard !(try s.query(held)).isEmpty else { return nil }
            let outcome = try store.ingest(items, replace: false, session: s)
            var done = SQL()
            done += """
                UPDATE jobs SET state = 'done', done_at = now(), lease_until = NULL,
                    stored = \(done.bind(outcome.added + outcome.replaced)), skipped = \(done.bind(outcome.skipped)),
                    events = \(done.bind(outcome.events))
                WHERE id = \(done.bind(job.id))
                """
            try s.query(done)
            return outcome
        }
    }

    /// Gives a batch up with the reason (a store error while writing it), if still held.
    public func fail(_ job: Job, reason: String) throws {
        try store.pool.with { s in
            var sql = SQL()
            sql += """
                UPDATE jobs SET state = 'failed', lease_until = NULL, error = \(sql.bind(reason))
                WHERE id = \(sql.bind(job.id)) AND state = 'leased' AND lease_owner = \(sql.bind(job.owner))
                """
            try s.query(sql)
        }
    }

    /// Whether no batch is pending or leased (what `dyad worker --drain` waits for).
    public func isDrained() throws -> Bool {
        try store.pool.with { s in
            try s.query("SELECT 1 FROM jobs WHERE state IN ('pending', 'leased') LIMIT 1").isEmpty
        }
    }

    /// Seconds until the earliest lease runs out (nil when nothing is leased): how long a
    /// draining worker waits before it can take over a dead worker's batch.
    public func nextLeaseExpiry() throws -> Double? {
        try store.pool.with { s in
            try s.query(
                """
                SELECT GREATEST(0, EXTRACT(EPOCH FROM MIN(lease_until) - now()))::float8 FROM jobs
                WHERE state = 'leased'
                """
            ).first?[0].decode(Double?.self)
        }
    }

    /// The queue's counts, throughput and failures.
    public func status() throws -> QueueStatus {
        try store.pool.with { s in
            var q = QueueStatus()
            for r in try s.query(
                """
                SELECT state, COUNT(*)::int8, COALESCE(SUM(document_count), 0)::int8, COALESCE(SUM(events), 0)::int8
                FROM jobs GROUP BY state
                """)
            {
                let n = try r[1].decode(Int.self)
                let documents = try r[2].decode(Int.self)
                switch try r[0].decode(String.self) {
                case "pending":
                    q.pending = n
                    q.pendingDocuments += documents
                case "leased":
                    q.leased = n
                    q.pendingDocuments += documents
                case "done":
                    q.done = n
                    q.doneDocuments = documents
                    q.doneEvents = try r[3].decode(Int.self)
                default: q.failed = n
                }
            }
            q.documentsPerSecond =
                try s.query(
                    """
                    SELECT (COALESCE(SUM(document_count), 0) / 60.0)::float8 FROM jobs
                    WHERE state = 'done' AND done_at > now() - interval '60 seconds'
                    """
                ).first?[0].decode(Double.self) ?? 0
            q.failures = try s.query(
                "SELECT id, COALESCE(error, '') FROM jobs WHERE state = 'failed' ORDER BY id LIMIT 20"
            ).map { QueueStatus.Failure(job: try $0[0].decode(Int64.self), reason: try $0[1].decode(String.self)) }
            return q
        }
    }

    /// A batch's documents as one JSON array of `{"id", "date", "text", "title", "url", "outlet"}`.
    static func encode(_ documents: [Document]) throws -> String {
        let objects: [[String: Any]] = documents.map { d in
            var o: [String: Any] = ["id": d.id, "text": d.text, "origin": d.origin]
            if let date = d.date { o["date"] = date.description }
            if let title = d.title { o["title"] = title }
            if let url = d.url { o["url"] = url }
            if let outlet = d.outlet { o["outlet"] = outlet }
            return o
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ json: String, job: Int64) throws -> [Document] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else {
            throw StoreError.database(path: "jobs", detail: "job \(job): its documents are not a JSON array")
        }
        return try array.map { o in
            guard let id = o["id"] as? String, let text = o["text"] as? String else {
                throw StoreError.database(path: "jobs", detail: "job \(job): a document without id or text")
            }
            return Document(
                id: id, date: (o["date"] as? String).flatMap { Day(iso: $0) }, text: text,
                origin: o["origin"] as? String ?? "job \(job)", title: o["title"] as? String, url: o["url"] as? String,
                outlet: o["outlet"] as? String)
        }
    }
}

extension PostgresStore: QueueReporting {
    public func queueStatus() throws -> QueueStatus { try JobQueue(store: self).status() }
}
