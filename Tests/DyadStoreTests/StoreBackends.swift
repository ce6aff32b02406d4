import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import DyadPostgres
@testable import DyadStore

/// The PostgreSQL server the suite may use (`.ci/run` starts one and sets it; see
/// `scripts/postgres-test-server.sh`); nil runs the store suite on SQLite only.
let postgresURL: String? = ProcessInfo.processInfo.environment["DYAD_TEST_POSTGRES_URL"].flatMap {
    $0.isEmpty ? nil : $0
}

/// The stores every test of `EventStoreTests` runs on.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// SQLite always; PostgreSQL when `DYAD_TEST_POSTGRES_URL` names a server.
    static let available: [Backend] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    var testDescription: String { rawValue }
}

/// A fresh, empty store of one backend for one test, with raw SQL access for the checks the
/// protocol does not answer (cluster rows). Each PostgreSQL store has a schema of its own, so
/// tests run in parallel on one database; `close()` removes it.
final class TestStore: @unchecked Sendable {
    let backend: Backend
    let store: any EventStore
    private let directory: URL?

    init(_ backend: Backend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let dir = try temporaryDirectory()
            directory = dir
            store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        case .postgres:
            let url = try #require(postgresURL, "DYAD_TEST_POSTGRES_URL is not set")
            let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
            directory = nil
            store = try PostgresStore(location: PostgresLocation(url: url).with(schema: String(schema)))
        }
    }

    /// Runs `body` on fresh stores and removes them afterwards.
    static func with(_ backend: Backend, count: Int = 1, _ body: ([any EventStore]) throws -> Void) throws {
        let stores = try (0..<count).map { _ in try TestStore(backend) }
        defer { for s in stores { s.close() } }
        try body(stores.map(\.store))
    }

    /// Runs `body` on a fresh store and removes it afterwards.
    static func with(_ backend: Backend, _ body: (TestStore) throws -> Void) throws {
        let s = try TestStore(backend)
        defer { s.close() }
        try body(s)
    }

    func close() {
        if let directory { try? FileManager.default.removeItem(at: directory) }
        if let pg = store as? PostgresStore { try? pg.dropSchema() }
    }

    /// The rows of a query whose columns are all `CAST(… AS TEXT)` (standard SQL both stores run).
    func rows(_ sql: String) throws -> [[String?]] {
        try Self.rows(store, sql)
    }

    static func rows(_ store: any EventStore, _ sql: String) throws -> [[String?]] {
        if let sqlite = store as? SQLiteStore {
            return try sqlite.pool.read { db in
                try Row.fetchAll(db, sql: sql).map { r in (0..<r.count).map { r[$0] as String? } }
            }
        }
        let pg = try #require(store as? PostgresStore)
        return try pg.read { s in
            try s.query(sql).map { r in try (0..<r.count).map { try r[$0].decode(String?.self) } }
        }
    }
}
