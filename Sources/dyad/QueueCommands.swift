import ArgumentParser
import DyadCoder
import DyadPostgres
import DyadStore
import DyadText
import Foundation

/// `dyad enqueue`: puts documents on a PostgreSQL store's work queue for `dyad worker`s.
struct EnqueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Put documents on a PostgreSQL store's work queue, in batches, for dyad worker to code.",
        discussion: """
            Reads the same inputs as dyad ingest. Each batch is one row of the jobs table; workers on \
            any machine claim, code and store them. Unreadable documents are reported on stderr as \
            file:line: problem and make the exit status 1; the others are queued.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Documents per batch (one claim and one transaction of a worker).")
    var batch: Int = 256

    @OptionGroup var input: InputOptions

    @Argument(help: "Input files, folders, or - for stdin.")
    var paths: [String]

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let queue = JobQueue(store: try store.openPostgres(for: "enqueue"))
        var pending: [Document] = []
        var queued = 0
        var jobs = 0
        var failed = 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            try storeCall { try queue.enqueue(pending) }
            queued += pending.count
            jobs += 1
            pending.removeAll(keepingCapacity: true)
        }
        for result in input.reader(paths, refusesRepeatedIDs: true) {
            switch result {
            case .success(let document):
                pending.append(document)
                if pending.count >= batch { try flush() }
            case .failure(let issue):
                warn(issue.description)
                if issue.isFailure { failed += 1 }
            }
        }
        try flush()
        warn("dyad enqueue: \(queued) documents in \(jobs) batches queued (\(store.displayName))")
        if failed > 0 { throw ExitCode(1) }
    }
}

/// `dyad worker`: claims batches from a PostgreSQL store's queue, codes and stores them.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Code the batches of a PostgreSQL store's work queue (run any number, on any machines).",
        discussion: """
            Claims one batch at a time (FOR UPDATE SKIP LOCKED, with a lease), codes its documents on \
            all cores and stores their events in the same transaction that marks the batch done. A \
            batch whose worker dies is claimed again when its lease runs out; one leased --max-attempts \
            times without finishing is marked failed with the reason (dyad stats lists them). Without \
            --drain the worker waits for new batches (polling every --poll seconds); Ctrl-C stops it \
            (its batch goes back to the queue when the lease runs out).
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Exit when no batch is pending or leased (waiting for running leases to end or run out).")
    var drain = false

    @Option(help: "Seconds a claimed batch stays this worker's before another worker may take it.")
    var lease: Double = 300

    @Option(help: "Claims of one batch before it is marked failed.")
    var maxAttempts: Int = 3

    @Option(help: "Seconds between looks at an empty queue.")
    var poll: Double = 1

    @Option(help: "Documents coded at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard lease > 0, poll > 0, maxAttempts > 0, threads > 0 else {
            throw ValidationError("--lease, --poll, --max-attempts and --threads must be positive")
        }
    }

    func run() throws {
        let postgres = try store.openPostgres(for: "worker")
        let queue = JobQueue(store: postgres)
        let coding = try Pipeline.forStore(lexicon).storeCoding
        let owner = "\(ProcessInfo.processInfo.hostName):\(getpid())"
        let start = Date()
        var total = IngestOutcome()
        var batches = 0
        var documents = 0
        while true {
            guard let job = try storeCall({ try queue.claim(owner: owner, lease: lease, maxAttempts: maxAttempts) })
            else {
                if drain, try storeCall({ try queue.isDrained() }) { break }
                // Draining: wait for the earliest lease to end or run out, then look again.
                let wait = drain ? min(poll, max(0.05, (try? queue.nextLeaseExpiry()) ?? poll)) : poll
                Thread.sleep(forTimeInterval: wait)
                continue
            }
            let items = try code(job.documents, postgres: postgres, coding: coding)
            do {
                guard let outcome = try queue.complete(job, items: items) else {
                    warn("dyad worker: batch \(job.id) was taken over by another worker (lease ran out); dropped")
                    continue
                }
                total += outcome
                batches += 1
                documents += job.documents.count
            } catch let e as StoreError {
                warn("dyad worker: batch \(job.id) failed: \(e)")
                try? queue.fail(job, reason: "\(e)")
            }
        }
        let seconds = Date().timeIntervalSince(start)
        warn(
            String(
                format:
                    "dyad worker: %d batches, %d documents (%d stored, %d skipped), %d events in %.1f s (%.0f documents/s)",
                batches, documents, total.added + total.replaced, total.skipped, total.events, seconds,
                Double(documents) / max(seconds, 0.001)))
    }

    /// Codes a batch on `threads` threads, skipping documents stored already with the same content.
    func code(_ documents: [Document], postgres: PostgresStore, coding: StoreIngestor.Coding) throws -> [IngestItem] {
        let stored = try storeCall { try postgres.documentStates(documents.map(\.id)) }
        let todo = documents.filter { stored[$0.id] != IngestItem.contentHash($0) }
        let results = ResultSlots(count: todo.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(threads, max(1, todo.count))) { _ in
            while true {
                let i = next.take()
                guard i < todo.count else { return }
                results.set(i, coding(todo[i]))
            }
        }
        return results.items
    }
}

/// The coded items of a batch, filled by the coding threads.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [IngestItem?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ item: IngestItem) {
        lock.lock()
        slots[i] = item
        lock.unlock()
    }

    var items: [IngestItem] { slots.compactMap { $0 } }
}

/// The next document index for the coding threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
