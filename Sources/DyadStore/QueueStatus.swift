/// Where a store's work queue stands (`dyad enqueue` / `dyad worker`): what `dyad stats` prints
/// and `/metrics` exports, so that an operator sees progress, throughput and failures.
public struct QueueStatus: Sendable, Hashable {
    /// Batches waiting for a worker.
    public var pending = 0
    /// Batches a worker holds (its lease has not run out).
    public var leased = 0
    /// Batches coded and stored.
    public var done = 0
    /// Batches given up (leased too often without finishing, or refused by the store).
    public var failed = 0
    /// Documents in batches of each state.
    public var pendingDocuments = 0
    public var doneDocuments = 0
    /// Events the done batches stored.
    public var doneEvents = 0
    /// Documents stored per second over the last minute (0 when nothing finished in it).
    public var documentsPerSecond = 0.0
    /// The failed batches' ids and reasons, oldest first (at most 20).
    public var failures: [Failure] = []

    public struct Failure: Sendable, Hashable {
        public var job: Int64
        public var reason: String

        public init(job: Int64, reason: String) {
            self.job = job
            self.reason = reason
        }
    }

    public init() {}
}

/// A store with a work queue of documents to code (`PostgresStore`).
public protocol QueueReporting: Sendable {
    /// The queue's counts, throughput and failures.
    func queueStatus() throws -> QueueStatus
}
