import DyadStore
import Foundation
import PostgresNIO

/// A few PostgreSQL connections shared by the threads of one process, used synchronously.
///
/// The store protocol is synchronous (the command line and the server call it from their own
/// threads), so each call checks a connection out, runs its statements and waits for their
/// answers on the calling thread while one NIO event loop of its own does the I/O. Waiting never
/// happens on that loop, so it cannot deadlock; a connection that failed is dropped, not reused.
final class ConnectionPool: @unchecked Sendable {
    let location: PostgresLocation
    let readOnly: Bool
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private let limit: Int
    private var nextID = 0
    private let logger: Logger = {
        var l = Logger(label: "dyad.postgres")
        l.logLevel = .critical
        return l
    }()

    init(location: PostgresLocation, readOnly: Bool, limit: Int = 8) {
        self.location = location
        self.readOnly = readOnly
        self.limit = limit
    }

    deinit {
        for c in idle { _ = c.close() as EventLoopFuture<Void> }
        try? group.syncShutdownGracefully()
    }

    /// Runs `body` on a connection of the pool (waiting for one when all are busy).
    func with<T>(_ body: (Session) throws -> T) throws -> T {
        let connection = try checkOut()
        var healthy = true
        defer { checkIn(connection, healthy: healthy) }
        do {
            return try body(Session(connection: connection, logger: logger, location: location))
        } catch {
            // A broken connection (server restart, network) is dropped; a failed statement rolls
            // back (see `transaction`) and leaves the connection usable.
            healthy = !connection.isClosed
            throw error
        }
    }

    /// Runs `body` in one transaction (`BEGIN` … `COMMIT`, `ROLLBACK` when it throws).
    /// - Parameter isolation: `REPEATABLE READ` gives an export one snapshot.
    func transaction<T>(isolation: String? = nil, _ body: (Session) throws -> T) throws -> T {
        try with { s in
            try s.execute(isolation.map { "BEGIN ISOLATION LEVEL \($0)" } ?? "BEGIN")
            do {
                let result = try body(s)
                try s.execute("COMMIT")
                return result
            } catch {
                try? s.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func checkOut() throws -> PostgresConnection {
        condition.lock()
        while true {
            while let c = idle.popLast() {
                if !c.isClosed {
                    condition.unlock()
                    return c
                }
                open -= 1
            }
            if open < limit { break }
            condition.wait()
        }
        open += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            let c = try Session.wait(
                PostgresConnection.connect(
                    on: group.next(), configuration: location.configuration, id: id, logger: logger))
            let session = Session(connection: c, logger: logger, location: location)
            try session.execute("SET search_path TO \(Session.quoted(location.schema))")
            if readOnly { try session.execute("SET default_transaction_read_only = on") }
            return c
        } catch {
            condition.lock()
            open -= 1
            condition.signal()
            condition.unlock()
            throw Session.storeError(error, location: location)
        }
    }

    private func checkIn(_ c: PostgresConnection, healthy: Bool) {
        condition.lock()
        if healthy && !c.isClosed {
            idle.append(c)
        } else {
            open -= 1
            _ = c.close() as EventLoopFuture<Void>
        }
        condition.signal()
        condition.unlock()
    }
}

/// One checked-out connection: statements with `$n` parameters, answered synchronously.
struct Session {
    let connection: PostgresConnection
    let logger: Logger
    let location: PostgresLocation

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRandomAccessRow] {
        do {
            let result = try Self.wait(
                connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger))
            return result.rows.map { $0.makeRandomAccess() }
        } catch {
            throw Self.storeError(error, location: location)
        }
    }

    /// Runs a statement built with `SQL`.
    @discardableResult
    func query(_ sql: SQL) throws -> [PostgresRandomAccessRow] { try query(sql.text, sql.binds) }

    /// Runs one statement without parameters and ignores its rows.
    func execute(_ sql: String) throws { try query(sql) }

    /// Visits the rows of a statement as they arrive, without collecting them.
    func forEach(_ sql: SQL, _ visit: @escaping @Sendable (PostgresRandomAccessRow) throws -> Void) throws {
        do {
            _ = try Self.wait(
                connection.query(PostgresQuery(unsafeSQL: sql.text, binds: sql.binds), logger: logger) { row in
                    try visit(row.makeRandomAccess())
                })
        } catch {
            throw Self.storeError(error, location: location)
        }
    }

    /// A double-quoted SQL identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Waits on the calling thread for a future of the pool's own event loop.
    static func wait<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        future.whenComplete { result in
            box.result = result
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// A PostgreSQL or connection failure as a `StoreError` naming the store's URL (never its password).
    static func storeError(_ error: any Error, location: PostgresLocation) -> StoreError {
        if let e = error as? StoreError { return e }
        let path = location.description
        guard let e = error as? PSQLError else { return .database(path: path, detail: "\(error)") }
        if let info = e.serverInfo, let message = info[.message] {
            let state = info[.sqlState] ?? ""
            switch state {
            case "25006": return .readOnly(path: path)
            case "55P03", "40P01": return .locked(path: path)
            case "3D000", "28000", "28P01", "42501": return .cannotOpen(path: path, detail: message)
            default: return .database(path: path, detail: message + (state.isEmpty ? "" : " (SQLSTATE \(state))"))
            }
        }
        switch e.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            return .cannotOpen(
                path: path, detail: "cannot reach the server: \(e.underlying.map { "\($0)" } ?? "\(e.code)")")
        default:
            return .database(path: path, detail: "\(e.code)\(e.underlying.map { ": \($0)" } ?? "")")
        }
    }
}

/// The outcome of a future, handed from the event loop to the waiting thread.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// A statement and its parameters, built together so that every value is a bound `$n`.
struct SQL {
    var text = ""
    var binds = PostgresBindings()

    init(_ text: String = "") { self.text = text }

    /// Binds a value and returns its placeholder.
    mutating func bind<V: PostgresDynamicTypeEncodable>(_ value: V) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Binds a value or NULL and returns its placeholder.
    mutating func bind<V: PostgresDynamicTypeEncodable>(_ value: V?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    static func += (s: inout SQL, text: String) { s.text += text }
}
