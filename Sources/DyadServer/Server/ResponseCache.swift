import Foundation

/// Recently computed response bodies for one state of the store.
///
/// Whole-store counts on a million events take most of a second, and a dashboard asks for the same
/// ones on every reload. A body is reused only while the store is unchanged: the state is the size
/// and modification time of the database file and its write-ahead log, which every commit (from
/// this server or from `dyad ingest` in another process) changes.
public final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [UInt8]] = [:]
    private var order: [String] = []
    private var state: StoreState?
    private let capacity: Int
    /// The database file whose state keys the cache.
    public let path: String

    public init(path: String, capacity: Int) {
        self.path = path
        self.capacity = capacity
    }

    /// The stored body for `key`, or the one `make` computes (stored when the store did not change
    /// meanwhile).
    public func body(_ key: String, _ make: () throws -> [UInt8]) throws -> [UInt8] {
        guard capacity > 0 else { return try make() }
        let before = StoreState(path: path)
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
        if state == before, StoreState(path: path) == before, entries[key] == nil {
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

/// Size and modification time of a store's database file and write-ahead log.
struct StoreState: Hashable {
    var parts: [Int64] = []

    init(path: String) {
        for file in [path, path + "-wal"] {
            var st = stat()
            if stat(file, &st) == 0 {
                #if canImport(Darwin)
                    let time = st.st_mtimespec
                #else
                    let time = st.st_mtim
                #endif
                parts += [Int64(st.st_size), Int64(time.tv_sec), Int64(time.tv_nsec)]
            } else {
                parts += [-1, 0, 0]
            }
        }
    }
}
