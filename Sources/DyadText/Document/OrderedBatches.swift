import Dispatch

/// Runs a per-document transform on all cores while keeping output in input order.
///
/// Documents are read lazily in batches; each batch is transformed in parallel and handed to
/// `emit` in the order the documents came in. Memory is bounded by one batch, not the input.
public struct OrderedBatches: Sendable {
    /// Documents per batch.
    public var batchSize: Int
    /// Worker threads; 1 runs everything on the calling thread.
    public var threads: Int

    /// Creates a runner.
    /// - Parameters:
    ///   - batchSize: documents per batch (more smooths load imbalance, fewer bounds memory).
    ///   - threads: how many documents to transform at once.
    public init(batchSize: Int = 256, threads: Int = 1) {
        self.batchSize = max(1, batchSize)
        self.threads = max(1, threads)
    }

    /// Transforms every document of `input` and emits results in input order.
    /// - Parameters:
    ///   - input: documents or read problems, in order.
    ///   - transform: the work for one document; called concurrently.
    ///   - emit: receives each result, in input order, on the calling thread.
    public func run<S: Sequence, T>(
        _ input: S, transform: @Sendable (Document) -> T, emit: (Result<T, DocumentIssue>) -> Void
    ) where S.Element == Result<Document, DocumentIssue> {
        var iterator = input.makeIterator()
        var batch: [Result<Document, DocumentIssue>] = []
        batch.reserveCapacity(batchSize)
        while true {
            batch.removeAll(keepingCapacity: true)
            while batch.count < batchSize, let next = iterator.next() { batch.append(next) }
            if batch.isEmpty { return }
            if threads == 1 {
                for item in batch { emit(item.map(transform)) }
                continue
            }
            let results = UnsafeResults<T>(count: batch.count)
            let docs = batch
            DispatchQueue.concurrentPerform(iterations: min(threads, docs.count)) { worker in
                var i = worker
                while i < docs.count {
                    results.set(i, docs[i].map(transform))
                    i += threads
                }
            }
            for r in results.values() { emit(r) }
        }
    }
}

/// A fixed-size buffer that workers fill at distinct indices.
private final class UnsafeResults<T>: @unchecked Sendable {
    private var storage: [Result<T, DocumentIssue>?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: Result<T, DocumentIssue>) {
        storage.withUnsafeMutableBufferPointer { $0[i] = v }
    }
    func values() -> [Result<T, DocumentIssue>] { storage.map { $0! } }
}
