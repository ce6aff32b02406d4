import DyadStore
import Foundation

/// Recently computed response bodies for one state of the store.
///
/// Whole-store counts on a million events take most of a second, and a dashboard asks for the same
/// ones on every reload. A body is reused only while the store is unchanged: the state is the store's
/// change token (`EventStore.changeToken()`), which every commit (from this server or from
/// `dyad ingest` in another process) changes, whatever the backend.
public final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [UInt8]] = [:]
    private var order: [String] = []
    private var state: StoreChangeToken?
    private let capacity: Int
    /// The store whose change token keys the cache.
    public let store: any EventStore

    public init(store: any EventStore, capacity: Int) {
        self.store = store
        self.capacity = capacity
    }

    /// The stored body for `key`, or the one `make` computes (stored when the store did not change
    /// meanwhile).
    public func body(_ key: String, _ make: () throws -> [UInt8]) throws -> [UInt8] {
        guard capacity > 0 else { return try make() }
        let before = try store.changeToken()
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
        let after = try? store.changeToken()
        if state == before, after == before, entries[key] == nil {
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
