import DyadStore
import Foundation
import PostgresNIO

/// Where a PostgreSQL store lives, read from a `postgres://user[:password]@host[:port]/database`
/// URL (`postgresql://` too), as `--db` and `DYAD_DB` take it.
///
/// `?schema=NAME` keeps the store's tables in their own schema (tests give each store one, so
/// that many stores share a database); `?host=/path` or a host starting with `/` connects
/// through that Unix-socket folder, as libpq does.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// The schema holding the tables (created when missing, unless read-only); `public` by default.
    public var schema: String

    /// Whether a `--db` value names a PostgreSQL server rather than an SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL; throws `StoreError.cannotOpen` naming what is wrong with it.
    public init(url text: String) throws {
        func bad(_ why: String) -> StoreError {
            .cannotOpen(
                path: Self.redacted(text), detail: "not a PostgreSQL URL (\(why)); expected postgres://user@host/db")
        }
        guard Self.isURL(text), let c = URLComponents(string: text) else { throw bad("cannot parse it") }
        guard let user = c.user, !user.isEmpty else { throw bad("no user") }
        let path = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        guard !path.isEmpty, !path.contains("/") else { throw bad("no database name after the host") }
        self.user = user
        password = c.password
        database = path
        port = c.port ?? 5432
        let items = c.queryItems ?? []
        host = items.first { $0.name == "host" }?.value ?? c.host ?? "localhost"
        if host.isEmpty { host = "localhost" }
        schema = items.first { $0.name == "schema" }?.value ?? "public"
        guard schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
            throw bad("schema \"\(schema)\" must be lowercase letters, digits and _")
        }
    }

    /// The URL without its password, as messages and `dyad stats` show it.
    public var description: String {
        var s = "postgres://\(user)@\(host.hasPrefix("/") ? "" : host)"
        if !host.hasPrefix("/") && port != 5432 { s += ":\(port)" }
        s += "/\(database)"
        var query: [String] = []
        if host.hasPrefix("/") { query.append("host=\(host)") }
        if schema != "public" { query.append("schema=\(schema)") }
        return query.isEmpty ? s : s + "?" + query.joined(separator: "&")
    }

    /// A URL text with any password replaced, for errors about URLs that did not parse.
    static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]*@"#, with: ":***@", options: .regularExpression)
    }

    /// The same server and database with another schema.
    public func with(schema: String) -> PostgresLocation {
        var l = self
        l.schema = schema
        return l
    }

    var configuration: PostgresConnection.Configuration {
        var config: PostgresConnection.Configuration
        if host.hasPrefix("/") {
            let socket = (host as NSString).appendingPathComponent(".s.PGSQL.\(port)")
            config = .init(unixSocketPath: socket, username: user, password: password, database: database)
        } else {
            config = .init(
                host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        config.options.connectTimeout = .seconds(10)
        return config
    }
}
