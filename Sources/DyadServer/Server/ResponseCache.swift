import Foundation

/// Recently computed response bodies for one state of the store.
///
/// Whole-store counts on a million events take most of a second, and a dashboard asks for the same
/// ones on every reload. A body is reused only while the store is unchanged: the state is the size
/// store's change token (`EventStore.changeToken()`: the SQLite file's and log's size and time, a
/// PostgreSQL store's commit counter), which every commit (from this server, `dyad ingest` or a
/// worker in another process) changes.
public final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [UInt8]] = [:]
    private var order: [String] = []
    private var state: String?
    private let capacity: Int
    /// Reads the store's change token; a token that cannot be read keys nothing (no caching).
    private let token: @Sendable () -> String?

    public init(capacity: Int, changeToken: @escaping @Sendable () -> String?) {
        self.token = changeToken
        self.capacity = capacity
    }

    /// The stored body for `key`, or the one `make` computes (stored when the store did not change
    /// meanwhile).
    public func body(_ key: String, _ make: () throws -> [UInt8]) throws -> [UInt8] {
        guard capacity > 0, let before = token() else { return try make() }
        lock.lock()
        if state != before {
            entries.removeAll(keepingCapacity: true)
            order.removeAll(keepingCapacity: true)
            state = before
        }
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = try make()
        lock.lock()
        defer { lock.unlock() }
        if state == before, token() == before, entries[key] == nil {
            if order.count >= capacity { entries[order.removeFirst()] = nil }
            entries[key] = made
            order.append(key)
        }
        return made
    }

    /// Forgets everything (after this server wrote to the store).
    public func invalidate() {
        lock.lock()
        entries.removeAll()
        order.removeAll()
        state = nil
        lock.unlock()
    }
}
