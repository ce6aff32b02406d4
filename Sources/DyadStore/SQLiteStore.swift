import DyadText
import Foundation
import GRDB

/// The `EventStore` on one SQLite file (GRDB `DatabasePool`, WAL journal).
///
/// WAL lets readers (queries, a server) run while one writer ingests, and each ingest batch is one
/// transaction, so a process killed at any moment leaves the last committed batch and nothing
/// half-written. Tables are plain and named for people (`documents`, `events`, `event_actors`...) so
/// that `sqlite3 FILE` can read a store without Dyad.
public final class SQLiteStore: EventStore {
    /// The schema version this build writes; a file with a larger one is refused.
    public static let schemaVersion = 10

    /// The database file's path, as given.
    public let path: String
    /// Whether the store was opened for reading only: nothing is created, migrated or written.
    public let isReadOnly: Bool
    let pool: DatabasePool
    /// Keeps the write-ahead log in check off the writing thread (automatic checkpoints are off).
    let checkpointer: Checkpointer

    /// Opens (creating when missing) the store at `path` and brings its schema up to date, or,
    /// with `readOnly`, opens an existing store as it is: reading commands then work on a file
    /// they may not write (a 0444 file, a read-only mount, a store another user owns) and never
    /// change a store they only look at.
    /// - Parameters:
    ///   - path: the database file.
    ///   - readOnly: open for reading only; the file must exist and have the current schema.
    ///   - busyTimeout: how long to wait for another process's lock before `StoreError.locked`.
    ///   - cacheMegabytes: page cache per connection; a bulk load into a store of many gigabytes
    ///     keeps its indexes in memory with a larger one.
    /// - Throws: `StoreError` naming the file: not a database, newer schema, locked, cannot open,
    ///   missing or older schema (read-only).
    public init(path: String, readOnly: Bool = false, busyTimeout: TimeInterval = 5, cacheMegabytes: Int = 64) throws {
        self.path = path
        isReadOnly = readOnly
        checkpointer = Checkpointer(path: path)
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(busyTimeout)
        config.label = "dyad-store"
        config.prepareDatabase { db in
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            try db.execute(sql: "PRAGMA cache_size = -\(cacheMegabytes * 1024)")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            if !readOnly { try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) {
            throw StoreError.cannotOpen(path: path, detail: "folder \(dir) does not exist")
        }
        if readOnly, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.cannotOpen(path: path, detail: "no such file (reading commands never create a store)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw Self.storeError(error, path: path)
        }
        do {
            let found = try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if found > Self.schemaVersion {
                throw StoreError.newerSchema(path: path, found: found, supported: Self.schemaVersion)
            }
            if readOnly {
                if found < Self.schemaVersion { throw StoreError.olderSchema(path: path, found: found) }
            } else {
                try Self.migrator.migrate(pool)
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Maps GRDB and SQLite failures to errors that name the file and say what to do.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let e = error as? DatabaseError else { return .database(path: path, detail: "\(error)") }
        let detail = e.message ?? "\(e.resultCode)"
        switch e.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path, detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
            return .cannotOpen(path: path, detail: detail)
        default: return .database(path: path, detail: detail)
        }
    }

    /// Runs a read, mapping database failures to `StoreError` (a visitor's own errors pass through).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let e as DatabaseError { throw Self.storeError(e, path: path) }
    }

    /// Runs a write transaction, mapping database failures to `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        do { return try pool.write(body) } catch let e as DatabaseError { throw Self.storeError(e, path: path) }
    }
}
