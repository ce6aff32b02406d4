import Dispatch
import DyadCoder
import DyadStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The coding `dyad serve` ingests with, replaced on SIGHUP by one built from the lexicon folders
/// as they are now, so that an analyst who edits a `--lexicon` folder need not restart the
/// server (and drop its connections) to use it.
///
/// The new pipeline is built on a background queue while requests keep coding with the old one;
/// then it takes over for the next document. A folder that no longer loads leaves the old coding
/// in place and says why on stderr.
final class ReloadableCoding: @unchecked Sendable {
    private let lock = NSLock()
    private var current: StoreIngestor.Coding
    private let build: @Sendable () throws -> StoreIngestor.Coding
    private var source: (any DispatchSourceSignal)?

    /// - Parameter build: makes a coding from the lexicon as it is on disk now.
    init(build: @escaping @Sendable () throws -> StoreIngestor.Coding) throws {
        self.build = build
        self.current = try build()
    }

    /// The coding to hand the server: each document is coded by whichever pipeline is current.
    var coding: StoreIngestor.Coding {
        { [self] document in
            lock.lock()
            let c = current
            lock.unlock()
            return c(document)
        }
    }

    /// Rebuilds now; on failure the old coding stays. Returns the message printed.
    @discardableResult
    func reload() -> String {
        let start = Date()
        do {
            let next = try build()
            lock.lock()
            current = next
            lock.unlock()
            return String(format: "dyad serve: lexicon reloaded in %.2f s", Date().timeIntervalSince(start))
        } catch {
            return "dyad serve: lexicon not reloaded, still coding with the previous one: \(error)"
        }
    }

    /// Reloads on every SIGHUP, off the signal handler, printing the outcome on stderr.
    func reloadOnHangup() {
        signal(SIGHUP, SIG_IGN)
        let s = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue.global(qos: .utility))
        s.setEventHandler { [self] in warn(reload()) }
        s.resume()
        source = s
    }
}
