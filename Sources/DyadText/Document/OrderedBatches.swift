import Dispatch
import Foundation

/// Runs a per-document transform on all cores while keeping output in input order.
///
/// Documents are read lazily in batches; each batch is transformed in parallel and handed to
/// `emit` in the order the documents came in. Memory is bounded by one batch, not the input.
public struct OrderedBatches: Sendable {
    /// Documents per batch.
    public var batchSize: Int
    /// Worker threads; 1 runs everything on the calling thread.
    public var threads: Int
    /// UTF-8 bytes of text after which a batch ends early, so that long documents do not hold
    /// `batchSize` times their size in memory.
    public var maxBytes: Int

    /// Creates a runner.
    /// - Parameters:
    ///   - batchSize: documents per batch (more smooths load imbalance, fewer bounds memory).
    ///   - threads: how many documents to transform at once.
    ///   - maxBytes: text bytes after which a batch ends before `batchSize` documents.
    public init(batchSize: Int = 256, threads: Int = 1, maxBytes: Int = .max) {
        self.batchSize = max(1, batchSize)
        self.threads = max(1, threads)
        self.maxBytes = max(1, maxBytes)
    }

    /// Transforms every document of `input` and emits results in input order.
    /// - Parameters:
    ///   - input: documents or read problems, in order.
    ///   - transform: the work for one document; called concurrently.
    ///   - emit: receives each result, in input order, on the calling thread.
    public func run<S: Sequence, T>(
        _ input: S, transform: @Sendable @escaping (Document) -> T, emit: (Result<T, DocumentIssue>) -> Void
    ) where S.Element == Result<Document, DocumentIssue> {
        var iterator = input.makeIterator()
        func nextBatch() -> [Result<Document, DocumentIssue>] {
            var batch: [Result<Document, DocumentIssue>] = []
            batch.reserveCapacity(batchSize)
            var bytes = 0
            while batch.count < batchSize, bytes < maxBytes, let next = iterator.next() {
                if case .success(let d) = next { bytes += d.text.utf8.count }
                batch.append(next)
            }
            return batch
        }
        if threads == 1 {
            while true {
                let batch = nextBatch()
                if batch.isEmpty { return }
                for item in batch { emit(item.map(transform)) }
            }
        }
        // Pipeline: while the workers transform batch n, this thread emits batch n-1 and reads
        // batch n+1, so reading and writing never leave a core idle.
        let threads = self.threads
        var running: (results: UnsafeResults<T>, done: DispatchGroup)?
        var batch = nextBatch()
        while true {
            var launched: (results: UnsafeResults<T>, done: DispatchGroup)?
            if !batch.isEmpty {
                let docs = batch
                let results = UnsafeResults<T>(count: docs.count)
                let done = DispatchGroup()
                // Wait for the previous batch before starting this one: never more than one
                // batch in flight on the workers.
                running?.done.wait()
                DispatchQueue.global().async(group: done) {
                    DispatchQueue.concurrentPerform(iterations: threads) { _ in
                        while let i = results.claim() { results.set(i, docs[i].map(transform)) }
                    }
                }
                launched = (results, done)
            }
            if let previous = running {
                previous.done.wait()
                for r in previous.results.values() { emit(r) }
            }
            guard let current = launched else { return }
            running = current
            batch = nextBatch()
        }
    }
}

/// A fixed-size buffer that workers fill at distinct indices.
///
/// Backed by raw memory, not an array: concurrent writes to distinct slots of a Swift array
/// property would race on its copy-on-write check.
private final class UnsafeResults<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result<T, DocumentIssue>?>
    private let count: Int
    private let lock = NSLock()
    private var nextIndex = 0

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// The next unclaimed index (dynamic scheduling keeps both cores busy to the end).
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func set(_ i: Int, _ v: Result<T, DocumentIssue>) { storage[i] = v }

    func values() -> [Result<T, DocumentIssue>] { (0..<count).map { storage[$0]! } }
}
