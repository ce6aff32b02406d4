import DyadText
import Foundation

/// Codes documents on all cores and stores them in batches: what `dyad ingest`, `dyad recode`,
/// `dyad demo` and the server's ingest route share.
///
/// Workers code while the calling thread writes the previous batch, one transaction per batch, so
/// a killed run loses at most the batch in flight and a rerun skips everything committed (same id
/// and content hash) and codes the rest. The coding itself is the caller's (`coding`): the store
/// knows the records it keeps, not the engine that makes them.
public struct StoreIngestor: Sendable {
    /// Turns one document into what the store keeps; called on the worker threads, so it must be
    /// safe to call concurrently (a `Pipeline` captured by value is).
    public typealias Coding = @Sendable (Document) -> IngestItem

    public var store: any EventStore
    public var coding: Coding
    public var threads: Int
    /// Documents per transaction. Large transactions write each index page once for many
    /// documents, which matters most for short items (headlines, wire snippets).
    public var batchSize: Int
    /// UTF-8 bytes of text after which a transaction ends before `batchSize` documents, so that
    /// long documents keep memory bounded.
    public var batchBytes: Int
    /// Re-code and replace documents even when stored unchanged (`dyad recode`).
    public var replace: Bool

    public init(
        store: any EventStore, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        batchSize: Int = 4096, batchBytes: Int = 8 << 20, replace: Bool = false, coding: @escaping Coding
    ) {
        self.store = store
        self.coding = coding
        self.threads = threads
        self.batchSize = batchSize
        self.batchBytes = batchBytes
        self.replace = replace
    }

    /// Where a run stands, for progress lines.
    public struct Progress: Sendable {
        /// Documents read so far (stored, skipped or failed).
        public var documents = 0
        public var outcome = IngestOutcome()
        /// Documents refused (unreadable, too large, a repeated id).
        public var failed = 0
        /// Documents with nothing to code (empty files and texts): reported, not failures.
        public var empty = 0
        /// UTF-8 bytes of the texts read, to estimate the share of the input done.
        public var textBytes = 0
        public var seconds = 0.0
        /// Seconds spent inside store transactions: when close to `seconds`, the store (one
        /// writer) is the bottleneck, not coding.
        public var writeSeconds = 0.0
    }

    /// What a work item became: a document to store, or one already stored unchanged.
    enum Prepared: Sendable {
        case item(IngestItem)
        case unchanged
    }

    /// Codes and stores every document of `input`.
    /// - Parameters:
    ///   - progress: called after each committed batch, on the calling thread.
    ///   - issue: called for each document that could not be read or was empty.
    /// - Returns: the final totals.
    /// - Throws: the first `StoreError`; documents before the failing batch stay stored.
    public func run<S: Sequence>(
        _ input: S, progress: (Progress) -> Void = { _ in }, issue: (DocumentIssue) -> Void = { _ in }
    ) throws -> Progress where S.Element == Result<Document, DocumentIssue> {
        let start = Date()
        var state = Progress()
        var pending: [IngestItem] = []
        var pendingBytes = 0
        var failure: (any Error)?
        let stop = StopFlag()
        let store = store
        let coding = coding
        let replace = replace
        func flush() {
            guard failure == nil, !pending.isEmpty else { return }
            let began = Date()
            do {
                state.outcome += try store.ingest(pending, replace: replace)
            } catch {
                failure = error
                stop.set()
            }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            state.writeSeconds += Date().timeIntervalSince(began)
            state.seconds = Date().timeIntervalSince(start)
            progress(state)
        }
        let unchanged = UnchangedSet()
        // Into an empty store everything is new: no need to ask which documents it holds (the
        // write still checks each id, so a document given twice is stored once).
        let empty = (try? store.documents(after: nil, limit: 1).isEmpty) ?? false
        let guarded = CheckedSequence(
            base: input, stop: stop, store: replace || empty ? nil : store, unchanged: unchanged,
            batchSize: batchSize, batchBytes: batchBytes)
        OrderedBatches(batchSize: batchSize, threads: threads, maxBytes: batchBytes).run(guarded) {
            doc -> Prepared in
            if unchanged.take(doc) { return .unchanged }
            return .item(coding(doc))
        } emit: { result in
            state.documents += 1
            switch result {
            case .success(.item(let item)):
                let bytes = item.document.text.utf8.count
                state.textBytes += bytes
                pendingBytes += bytes
                pending.append(item)
                if pending.count >= batchSize || pendingBytes >= batchBytes { flush() }
            case .success(.unchanged):
                state.outcome.skipped += 1
            case .failure(let problem):
                if problem.isFailure { state.failed += 1 } else { state.empty += 1 }
                issue(problem)
            }
        }
        flush()
        if failure == nil {
            let began = Date()
            do { try store.checkpoint() } catch { failure = error }
            state.writeSeconds += Date().timeIntervalSince(began)
        }
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

/// Documents found stored with the same content hash, which workers skip instead of coding.
final class UnchangedSet: @unchecked Sendable {
    private let lock = NSLock()
    private var keys = Set<String>()

    static func key(_ d: Document) -> String { d.id + "\u{0}" + IngestItem.contentHash(d) }

    func insert(_ key: String) {
        lock.lock()
        keys.insert(key)
        lock.unlock()
    }

    /// Whether the document is stored unchanged (forgotten once asked).
    func take(_ d: Document) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !keys.isEmpty else { return false }
        return keys.remove(Self.key(d)) != nil
    }
}

/// The input, read ahead one batch at a time so that one query finds the documents already
/// stored unchanged; ends early once the stop flag is set.
struct CheckedSequence<Base: Sequence>: Sequence where Base.Element == Result<Document, DocumentIssue> {
    var base: Base
    var stop: StopFlag
    /// Nil when every document is to be coded (`dyad recode`).
    var store: (any EventStore)?
    var unchanged: UnchangedSet
    var batchSize: Int
    var batchBytes: Int

    struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        let parent: CheckedSequence
        var ahead: [Base.Element] = []
        var position = 0

        mutating func next() -> Base.Element? {
            if stop { return nil }
            if position == ahead.count {
                ahead.removeAll(keepingCapacity: true)
                position = 0
                var bytes = 0
                while ahead.count < parent.batchSize, bytes < parent.batchBytes, let e = base.next() {
                    if case .success(let d) = e { bytes += d.text.utf8.count }
                    ahead.append(e)
                }
                guard !ahead.isEmpty else { return nil }
                if let store = parent.store {
                    let docs = ahead.compactMap { try? $0.get() }
                    if let states = try? store.documentStates(docs.map(\.id)), !states.isEmpty {
                        for d in docs where states[d.id] == IngestItem.contentHash(d) {
                            parent.unchanged.insert(UnchangedSet.key(d))
                        }
                    }
                }
            }
            position += 1
            return ahead[position - 1]
        }

        var stop: Bool { parent.stop.isSet }
    }

    func makeIterator() -> Iterator { Iterator(base: base.makeIterator(), parent: self) }
}

/// The documents of a store, read in id order in pages, as reader results (for `dyad recode`).
public struct StoredDocuments: Sequence, Sendable {
    public var store: any EventStore
    public var pageSize: Int

    public init(store: any EventStore, pageSize: Int = 256) {
        self.store = store
        self.pageSize = pageSize
    }

    public struct Iterator: IteratorProtocol {
        let store: any EventStore
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
