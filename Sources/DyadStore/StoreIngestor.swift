import DyadCoder
import DyadText
import Foundation

/// Codes documents on all cores and stores them in batches: what `dyad ingest`, `dyad recode` and
/// `dyad demo` share.
///
/// Workers code while the calling thread writes the previous batch, one transaction per batch, so
/// a killed run loses at most the batch in flight and a rerun skips everything committed (same id
/// and content hash) and codes the rest.
public struct StoreIngestor: Sendable {
    public var store: any DyadStore
    public var coder: EventCoder
    public var threads: Int
    /// Documents per transaction.
    public var batchSize: Int
    /// Re-code and replace documents even when stored unchanged (`dyad recode`).
    public var replace: Bool

    public init(
        store: any DyadStore, coder: EventCoder, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        batchSize: Int = 256, replace: Bool = false
    ) {
        self.store = store
        self.coder = coder
        self.threads = threads
        self.batchSize = batchSize
        self.replace = replace
    }

    /// Where a run stands, for progress lines.
    public struct Progress: Sendable {
        /// Documents read so far (stored, skipped or failed).
        public var documents = 0
        public var outcome = IngestOutcome()
        public var failed = 0
        /// UTF-8 bytes of the texts read, to estimate the share of the input done.
        public var textBytes = 0
        public var seconds = 0.0
    }

    /// What a work item became: a document to store, or one already stored unchanged.
    enum Prepared: Sendable {
        case item(IngestItem)
        case unchanged
    }

    /// Codes and stores every document of `input`.
    /// - Parameters:
    ///   - progress: called after each committed batch, on the calling thread.
    ///   - issue: called for each document that could not be read.
    /// - Returns: the final totals.
    /// - Throws: the first `StoreError`; documents before the failing batch stay stored.
    public func run<S: Sequence>(
        _ input: S, progress: (Progress) -> Void = { _ in }, issue: (DocumentIssue) -> Void = { _ in }
    ) throws -> Progress where S.Element == Result<Document, DocumentIssue> {
        let start = Date()
        var state = Progress()
        var pending: [IngestItem] = []
        var failure: (any Error)?
        let stop = StopFlag()
        let store = store
        let coder = coder
        let replace = replace
        func flush() {
            guard failure == nil, !pending.isEmpty else { return }
            do {
                state.outcome += try store.ingest(pending, replace: replace)
            } catch {
                failure = error
                stop.set()
            }
            pending.removeAll(keepingCapacity: true)
            state.seconds = Date().timeIntervalSince(start)
            progress(state)
        }
        let guarded = StoppableSequence(base: input, stop: stop)
        OrderedBatches(batchSize: batchSize, threads: threads).run(guarded) { doc -> Prepared in
            if !replace, let hash = try? store.documentState(doc.id), hash == IngestItem.contentHash(doc) {
                return .unchanged
            }
            return .item(IngestItem(coding: doc, with: coder))
        } emit: { result in
            state.documents += 1
            switch result {
            case .success(.item(let item)):
                state.textBytes += item.document.text.utf8.count
                pending.append(item)
                if pending.count >= batchSize { flush() }
            case .success(.unchanged):
                state.outcome.skipped += 1
            case .failure(let problem):
                state.failed += 1
                issue(problem)
            }
        }
        flush()
        state.seconds = Date().timeIntervalSince(start)
        if let failure { throw failure }
        return state
    }
}

/// Set once by the writer when a batch fails, so reading stops instead of coding the rest.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    func set() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }
}

/// A sequence that ends early once its flag is set.
struct StoppableSequence<Base: Sequence>: Sequence {
    var base: Base
    var stop: StopFlag

    struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        var stop: StopFlag

        mutating func next() -> Base.Element? { stop.isSet ? nil : base.next() }
    }

    func makeIterator() -> Iterator { Iterator(base: base.makeIterator(), stop: stop) }
}

/// The documents of a store, read in id order in pages, as reader results (for `dyad recode`).
public struct StoredDocuments: Sequence, Sendable {
    public var store: any DyadStore
    public var pageSize: Int

    public init(store: any DyadStore, pageSize: Int = 256) {
        self.store = store
        self.pageSize = pageSize
    }

    public struct Iterator: IteratorProtocol {
        let store: any DyadStore
        let pageSize: Int
        var page: [Document] = []
        var position = 0
        var lastID: String?
        var done = false

        public mutating func next() -> Result<Document, DocumentIssue>? {
            if position == page.count {
                guard !done else { return nil }
                do {
                    page = try store.documents(after: lastID, limit: pageSize)
                } catch {
                    done = true
                    page = []
                    position = 0
                    return .failure(DocumentIssue(location: "store", problem: "\(error)"))
                }
                position = 0
                if page.count < pageSize { done = true }
                guard let last = page.last else { return nil }
                lastID = last.id
            }
            position += 1
            return .success(page[position - 1])
        }
    }

    public func makeIterator() -> Iterator { Iterator(store: store, pageSize: pageSize) }
}
