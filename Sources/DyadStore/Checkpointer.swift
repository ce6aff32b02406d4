import Foundation
import GRDB

/// Copies a store's write-ahead log into the database file on a thread of its own.
///
/// SQLite normally does this inside the commit that fills the log, on the writing thread, which
/// during a bulk ingest is the pipeline's bottleneck. A passive checkpoint from a second connection
/// runs alongside the writer instead (WAL allows it) and never blocks it; the last checkpoint at the
/// end of an ingest truncates the log.
///
/// A passive checkpoint cannot rewind the log while the writer keeps appending: SQLite starts the
/// log over only when a transaction begins with every frame copied. So a long ingest that never
/// pauses would grow the log without end (32 GB in 20 minutes of filling a large store). Past
/// `limit` the writer therefore waits for a checkpoint that copies the rest and truncates the log.
final class Checkpointer: @unchecked Sendable {
    let path: String
    /// Log size that triggers a background checkpoint.
    let threshold: Int64
    /// Log size at which the writer stops for a truncating checkpoint.
    let limit: Int64
    private let queue = DispatchQueue(label: "dyad-checkpoint")
    private let lock = NSLock()
    private var running = false
    private var connection: DatabaseQueue?

    init(path: String, threshold: Int64 = 32 << 20, limit: Int64 = 512 << 20) {
        self.path = path
        self.threshold = threshold
        self.limit = max(threshold, limit)
    }

    /// The log file's size (its high-water mark: SQLite reuses the file from the start after a
    /// complete checkpoint, and only a truncating one shrinks it).
    var logSize: Int64 {
        (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// Called by the writer after each commit: past the threshold starts a passive checkpoint in
    /// the background (unless one is running); past the limit waits for a truncating one.
    func requestIfLarge() {
        let size = logSize
        guard size >= threshold else { return }
        if size >= limit {
            // Readers holding an old snapshot make it give up after its busy timeout; the next
            // commit tries again.
            try? queue.sync { try run("TRUNCATE") }
            return
        }
        lock.lock()
        defer { lock.unlock() }
        guard !running else { return }
        running = true
        queue.async { [self] in
            try? run("PASSIVE")
            lock.lock()
            running = false
            lock.unlock()
        }
    }

    /// Waits for a running checkpoint, then copies the whole log and truncates it.
    func finish() throws {
        try queue.sync { try run("TRUNCATE") }
    }

    /// Runs on `queue` only.
    private func run(_ mode: String) throws {
        if connection == nil {
            var config = Configuration()
            config.busyMode = .timeout(5)
            config.label = "dyad-checkpoint"
            connection = try DatabaseQueue(path: path, configuration: config)
        }
        try connection?.writeWithoutTransaction { db in
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(\(mode))")
        }
    }
}
