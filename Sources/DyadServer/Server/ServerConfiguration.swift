/// How `dyad serve` listens and what it allows.
public struct ServerConfiguration: Sendable, Hashable {
    /// The interface to bind; loopback by default so a store is never exposed by accident.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The bearer token `POST /api/documents` requires; nil makes the server read-only.
    public var token: String?
    /// The largest request body accepted, in bytes; larger bodies get 413.
    public var maxBodyBytes: Int
    /// Stats responses kept per store state (the store's file size and time), so a dashboard
    /// reloaded over an unchanged million-event store does not recount it.
    public var cacheEntries: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 8 << 20,
        cacheEntries: Int = 256
    ) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.cacheEntries = cacheEntries
    }

    /// The server's base URL, as printed on start.
    public func url(port: Int? = nil) -> String {
        let h = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        return "http://\(h.contains(":") ? "[\(h)]" : h):\(port ?? self.port)/"
    }
}
