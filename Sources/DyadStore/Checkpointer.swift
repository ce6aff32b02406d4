import Foundation
import GRDB

/// Copies a store's write-ahead log into the database file on a thread of its own.
///
/// SQLite normally does this inside the commit that fills the log, on the writing thread, which
/// during a bulk ingest is the pipeline's bottleneck. A passive checkpoint from a second connection
/// runs alongside the writer instead (WAL allows it) and never blocks it; the last checkpoint at the
/// end of an ingest truncates the log.
final class Checkpointer: @unchecked Sendable {
    let path: String
    /// Log size that triggers a background checkpoint.
    let threshold: Int64
    private let queue = DispatchQueue(label: "dyad-checkpoint")
    private let lock = NSLock()
    private var running = false
    private var connection: DatabaseQueue?

    init(path: String, threshold: Int64 = 32 << 20) {
        self.path = path
        self.threshold = threshold
    }

    /// Starts a passive checkpoint in the background when the log has grown past the threshold and
    /// none is running.
    func requestIfLarge() {
        let size =
            (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?
            .int64Value ?? 0
        guard size >= threshold else { return }
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
