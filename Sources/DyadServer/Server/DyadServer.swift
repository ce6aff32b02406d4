import DyadStore
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// The HTTP server of `dyad serve`: the JSON API, the dashboard pages and their assets over one store.
///
/// A value type holding everything a request needs; Hummingbird copies it into each route's
/// closure. Store calls block, so they run off the event loops (`offload`).
public struct DyadServer: Sendable {
    public var store: any EventStore
    /// Codes posted documents (`POST /api/documents`); nil for a server that only reads, which
    /// then needs no lexicon. Document views show the mentions stored with each document.
    public var coding: StoreIngestor.Coding?
    public var configuration: ServerConfiguration
    public var metrics: ServerMetrics
    public var cache: ResponseCache
    /// Open connections, capped at `configuration.maxConnections`.
    public var connections: ConnectionRegistry
    /// Slots for coding posted documents (503 when taken).
    public var codingSlots: WorkSlots
    /// Slots for reading document pages (waited for).
    public var documentReads: WorkSlots

    /// - Parameters:
    ///   - store: the store to serve.
    ///   - coding: what `POST /api/documents` codes documents with (the caller's pipeline); nil
    ///     makes the route answer 403 like a server without a token.
    ///   - configuration: where to listen and what to allow.
    public init(
        store: any EventStore, coding: StoreIngestor.Coding?, configuration: ServerConfiguration
    ) {
        self.store = store
        self.coding = coding
        self.configuration = configuration
        metrics = ServerMetrics()
        cache = ResponseCache(store: store, capacity: configuration.cacheEntries)
        connections = ConnectionRegistry(limit: Self.connectionLimit(configuration.maxConnections))
        codingSlots = WorkSlots(limit: configuration.maxConcurrentCodings)
        documentReads = WorkSlots(limit: configuration.maxConcurrentDocumentReads)
    }

    /// The connection cap actually used: the configured one, lowered to leave room under the
    /// process's file-descriptor limit (raised to its hard limit first) for the store, the
    /// listening socket and the log, so that accepting never fails for want of descriptors.
    static func connectionLimit(_ configured: Int) -> Int {
        #if os(Linux)
            let files = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
            let files = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        guard getrlimit(files, &limit) == 0 else { return configured }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(files, &raised) == 0 { limit = raised }
        }
        let available = Int(clamping: limit.rlim_cur) - 64
        return max(1, min(configured, available))
    }

    /// The router with every route (`addRoutes`) behind the error-and-metrics middleware.
    public func makeRouter() -> Router<DyadRequestContext> {
        let router = Router(context: DyadRequestContext.self)
        router.add(middleware: ServerMiddleware(metrics: metrics))
        addRoutes(to: router)
        return router
    }

    /// The application, bound as configured; `onRunning` gets the bound port (useful with port 0).
    public func makeApplication(
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "dyad-serve")
        logger.logLevel = .warning
        let connections = connections
        let requestTimeout = TimeAmount.nanoseconds(Int64(configuration.requestTimeout * 1e9))
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [ConnectionGuard(registry: connections, requestTimeout: requestTimeout)],
            idleTimeout: .nanoseconds(Int64(configuration.idleTimeout * 1e9)))
        return Application(
            router: makeRouter(),
            server: .http1(configuration: http),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "dyad",
                // A backstop should eviction not keep up: stop accepting just above the cap.
                availableConnectionsDelegate: MaximumAvailableConnections(connections.limit + 16)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await makeApplication(onRunning: onRunning).runService()
    }
}

/// Runs blocking work (SQLite, coding) on a Dispatch worker, so the event loops keep serving.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try body() }) }
    }
}

extension Response {
    /// A 200 (or `status`) response with a body and its content type.
    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, cache: Bool = false)
        -> Response
    {
        var headers: HTTPFields = [.contentType: type]
        if cache { headers[.cacheControl] = "public, max-age=3600" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A JSON response (`application/json`), newline-terminated.
    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        .bytes(bytes + [0x0A], type: "application/json; charset=utf-8", status: status)
    }
}
