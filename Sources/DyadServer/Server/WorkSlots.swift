import Foundation

/// A fixed number of slots for expensive work, so that a burst of requests cannot make the server
/// hold more in memory than the slots allow.
///
/// Coding (`POST /api/documents`) takes a slot or is answered 503 with `Retry-After` at once:
/// a client that sends too much is told to come back rather than queued without bound. Reading a
/// document page waits for a slot: each is short, and queueing them keeps their texts from all
/// being in memory at once.
public final class WorkSlots: @unchecked Sendable {
    /// How many may run at once.
    public let limit: Int
    private let lock = NSLock()
    private var used = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Slots in use now.
    public var inUse: Int {
        lock.lock()
        defer { lock.unlock() }
        return used
    }

    /// Takes a slot if one is free.
    public func tryAcquire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard used < limit else { return false }
        used += 1
        return true
    }

    /// Takes a slot, waiting for one.
    public func acquire() async {
        if tryAcquire() { return }
        await withCheckedContinuation { continuation in enqueue(continuation) }
    }

    /// Takes a slot for `continuation` now if one came free, else queues it for `release`.
    private func enqueue(_ continuation: CheckedContinuation<Void, Never>) {
        lock.lock()
        if used < limit {
            used += 1
            lock.unlock()
            continuation.resume()
        } else {
            waiters.append(continuation)
            lock.unlock()
        }
    }

    /// Gives a slot back (to the first waiter, if any).
    public func release() {
        lock.lock()
        if waiters.isEmpty {
            used -= 1
            lock.unlock()
        } else {
            let next = waiters.removeFirst()
            lock.unlock()
            next.resume()
        }
    }

    /// Runs `body` in a slot, waiting for one.
    public func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }
}
