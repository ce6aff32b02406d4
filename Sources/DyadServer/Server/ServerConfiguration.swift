/// How `dyad serve` listens, what it allows and how much of itself one client may take.
///
/// The limits have defaults that suit one machine serving a team; every one can be changed on the
/// command line. Together they keep memory and file descriptors bounded whatever clients do:
/// idle and slow connections are closed, the number of open connections is capped (the longest
/// idle makes room for a new one), coding runs in a few slots (503 with `Retry-After` when
/// they are taken), and a document is answered a page at a time.
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
    /// Events `GET /api/export` reads from the store at a time: the next read waits until the
    /// previous one was written to the connection, so a slow client holds one page in memory.
    public var exportPageSize = 1000
    /// Seconds a connection may wait between requests, or for a request's head, before it is
    /// closed (slow or idle clients otherwise hold a descriptor each forever).
    public var idleTimeout: Double
    /// Seconds from a request's head to its last body byte; a body dribbled more slowly is cut off.
    public var requestTimeout: Double
    /// Connections kept open at once; past it the longest-idle one is closed for the new one.
    public var maxConnections: Int
    /// Documents coded at once by `POST /api/documents`; more get 503 with `Retry-After`.
    public var maxConcurrentCodings: Int
    /// Document pages read at once; more wait their turn.
    public var maxConcurrentDocumentReads: Int
    /// Sentences and characters in one page of a document answer.
    public var documentPageSentences: Int
    public var documentPageCharacters: Int
    /// The largest document `POST /api/documents` accepts (one JSON line), in bytes.
    public var maxDocumentBytes: Int

    /// The shortest bearer token accepted: a short token can be guessed.
    public static let minimumTokenLength = 16
    /// Seconds a client is told to wait (`Retry-After`) when every coding slot is taken.
    public static let retryAfterSeconds = 5

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 8 << 20,
        cacheEntries: Int = 256, idleTimeout: Double = 15, requestTimeout: Double = 60, maxConnections: Int = 2048,
        maxConcurrentCodings: Int = 2, maxConcurrentDocumentReads: Int = 4, documentPageSentences: Int = 500,
        documentPageCharacters: Int = 1 << 17, maxDocumentBytes: Int = 8 << 20
    ) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.cacheEntries = cacheEntries
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.maxConnections = maxConnections
        self.maxConcurrentCodings = maxConcurrentCodings
        self.maxConcurrentDocumentReads = maxConcurrentDocumentReads
        self.documentPageSentences = documentPageSentences
        self.documentPageCharacters = documentPageCharacters
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// The server's base URL, as printed on start.
    public func url(port: Int? = nil) -> String {
        let h = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        return "http://\(h.contains(":") ? "[\(h)]" : h):\(port ?? self.port)/"
    }
}
