import GRDB
import GRDBSQLite

/// Binds values straight into a prepared statement and runs it, for the hot statements of an
/// ingest (documents, sentences, events, actors, clusters: hundreds of thousands per corpus).
///
/// GRDB's `StatementArguments` boxes every value in an existential and an array; for short rows
/// that costs more than SQLite's own work. This keeps GRDB's connection, statement cache and error
/// handling, and binds with `sqlite3_bind_*` directly.
struct RowInserter {
    let statement: Statement
    private let handle: OpaquePointer
    private var index: Int32 = 0

    /// Prepares (or takes from the connection's cache) `sql`, an INSERT with `?` placeholders.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// SQLite copies text when the statement runs (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ v: String?) {
        index += 1
        guard let v else {
            sqlite3_bind_null(handle, index)
            return
        }
        var s = v
        let (handle, index) = (self.handle, self.index)
        s.withUTF8 { b in
            b.withMemoryRebound(to: CChar.self) { c in
                if let base = c.baseAddress {
                    _ = sqlite3_bind_text(handle, index, base, Int32(c.count), Self.transient)
                } else {
                    // An empty string still needs a non-null pointer, or SQLite stores NULL.
                    _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                }
            }
        }
    }

    mutating func bind(_ v: Int?) {
        index += 1
        if let v { sqlite3_bind_int64(handle, index, Int64(v)) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ v: Int64?) {
        index += 1
        if let v { sqlite3_bind_int64(handle, index, v) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ v: Double?) {
        index += 1
        if let v { sqlite3_bind_double(handle, index, v) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ v: Bool) { bind(v ? 1 : 0) }

    /// Runs the statement (an INSERT, UPDATE or DELETE) with the values bound since the last run,
    /// then clears them.
    /// - Throws: `DatabaseError` with SQLite's code and message (a constraint, a full disk...).
    mutating func run(_ db: Database) throws {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            index = 0
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }

    /// Runs a query with the values bound since the last run and returns the first row's first
    /// column as an integer, or nil when there is no row (or it is NULL).
    /// - Throws: `DatabaseError` with SQLite's code and message.
    mutating func int64(_ db: Database) throws -> Int64? {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            index = 0
        }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE:
            return nil
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }
}
