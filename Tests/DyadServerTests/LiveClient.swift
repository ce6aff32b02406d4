import DyadServer
import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import NIOPosix
import ServiceLifecycle

/// A small HTTP/1.1 client for the server tests: one keep-alive connection to the real server on
/// loopback, one request at a time (what HummingbirdTesting's `.live` mode did, without pulling
/// AsyncHTTPClient, NIOSSL and HTTP/2 into the test build). When the server has closed the idle
/// connection (after `ServerConfiguration.idleTimeout`, easily reached on a loaded machine) the
/// request goes out once more on a new connection, as browsers do; a request that got any part of
/// an answer is never sent again.
actor LiveClient {
    struct Response: Sendable {
        var head: HTTPResponse
        var body: ByteBuffer
    }

    enum Failure: Error {
        /// The connection closed (or failed) before any part of the answer arrived.
        case closedBeforeResponse(any Error)
        /// The connection closed in the middle of an answer.
        case closedMidResponse
        case malformedResponse
        case timedOut(String)
    }

    let port: Int
    private var channel: (any Channel)?
    /// How long a request may wait for its whole response before failing (a guard against hanging
    /// forever, not a timing check: no test expects any answer to be fast).
    static let timeout = TimeAmount.seconds(120)

    init(port: Int) {
        self.port = port
    }

    private func connection() async throws -> any Channel {
        if let channel, channel.isActive { return channel }
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandlers([HTTP1ToHTTPClientCodec(), ExchangeHandler()])
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        self.channel = channel
        return channel
    }

    /// Sends one request (with a Content-Length when it has a body) and waits for the whole response.
    func execute(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws -> Response {
        var head = HTTPRequest(method: method, scheme: nil, authority: "127.0.0.1", path: uri, headerFields: headers)
        if let body { head.headerFields[.contentLength] = String(body.readableBytes) }
        do {
            return try await send(head, body, on: try await connection())
        } catch Failure.closedBeforeResponse, ChannelError.ioOnClosedChannel {
            channel = nil
            return try await send(head, body, on: try await connection())
        }
    }

    private func send(_ head: HTTPRequest, _ body: ByteBuffer?, on channel: any Channel) async throws -> Response {
        let promise = channel.eventLoop.makePromise(of: Response.self)
        let description = "\(head.method) \(head.path ?? "")"
        let guardTask = channel.eventLoop.scheduleTask(in: Self.timeout) {
            promise.fail(Failure.timedOut(description))
        }
        promise.futureResult.whenComplete { _ in guardTask.cancel() }
        channel.writeAndFlush(Exchange(head: head, body: body, response: promise)).cascadeFailure(to: promise)
        return try await promise.futureResult.get()
    }

    func close() async {
        try? await channel?.close()
        channel = nil
    }
}

/// A request on its way out, with the promise its response fulfils.
struct Exchange: Sendable {
    var head: HTTPRequest
    var body: ByteBuffer?
    var response: EventLoopPromise<LiveClient.Response>
}

/// Writes each request's parts and hands the parts of the next response, collected, to the oldest
/// request still waiting (HTTP/1.1 answers in order).
final class ExchangeHandler: ChannelDuplexHandler {
    typealias OutboundIn = Exchange
    typealias OutboundOut = HTTPRequestPart
    typealias InboundIn = HTTPResponsePart

    private var waiting = CircularBuffer<EventLoopPromise<LiveClient.Response>>()
    private var head: HTTPResponse?
    private var body = ByteBuffer()

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let exchange = unwrapOutboundIn(data)
        waiting.append(exchange.response)
        context.write(wrapOutboundOut(.head(exchange.head)), promise: nil)
        if let body = exchange.body, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(body)), promise: nil)
        }
        context.write(wrapOutboundOut(.end(nil)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            // 1xx answers (e.g. 100 Continue) precede the real one.
            if h.status.kind == .informational { return }
            head = h
            body.clear()
        case .body(var part):
            body.writeBuffer(&part)
        case .end:
            guard let h = head, let promise = waiting.popFirst() else {
                // An answer without a head, or one nobody asked for.
                waiting.popFirst()?.fail(LiveClient.Failure.malformedResponse)
                context.close(promise: nil)
                return
            }
            head = nil
            promise.succeed(LiveClient.Response(head: h, body: body))
            body = ByteBuffer()
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(ChannelError.eof)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(error)
        context.close(promise: nil)
    }

    private func failAll(_ error: any Error) {
        guard let first = waiting.popFirst() else { return }
        // Only the oldest request can have had part of its answer.
        first.fail(head == nil ? LiveClient.Failure.closedBeforeResponse(error) : LiveClient.Failure.closedMidResponse)
        while let promise = waiting.popFirst() { promise.fail(LiveClient.Failure.closedBeforeResponse(error)) }
        head = nil
    }
}

extension LiveClient {
    /// GET (or another method) returning status, JSON object (when the body is one), text and headers.
    nonisolated func call(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil
    ) async throws -> (status: Int, json: [String: Any], text: String, headers: HTTPFields) {
        let response = try await execute(
            uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let text = String(buffer: response.body)
        let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return (response.head.status.code, json, text, response.head.headerFields)
    }
}

/// The port the server reports once it listens, or why it stopped before.
private actor StartBox {
    private var outcome: Result<Int, any Error>?
    private var waiters: [CheckedContinuation<Int, any Error>] = []

    func finish(_ value: Result<Int, any Error>) {
        guard outcome == nil else { return }
        outcome = value
        for w in waiters { w.resume(with: value) }
        waiters = []
    }

    func port() async throws -> Int {
        if let outcome { return try outcome.get() }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }
}

extension DyadServer {
    struct StoppedBeforeListening: Error {}

    /// Starts this server on its configured address (port 0: one the system picks), runs `body`
    /// with a client connected to it, then closes the client and shuts the server down gracefully.
    func live<T: Sendable>(_ body: @Sendable (LiveClient) async throws -> T) async throws -> T {
        let box = StartBox()
        let application = makeApplication(onRunning: { port in await box.finish(.success(port)) })
        // No signal handlers: the test itself stops the server.
        let group = ServiceGroup(
            configuration: .init(services: [application], gracefulShutdownSignals: [], logger: application.logger))
        let server = Task {
            do {
                try await group.run()
                await box.finish(.failure(StoppedBeforeListening()))
            } catch {
                await box.finish(.failure(error))
            }
        }
        let port: Int
        do { port = try await box.port() } catch {
            server.cancel()
            throw error
        }
        let client = LiveClient(port: port)
        let result: Result<T, any Error>
        do { result = .success(try await body(client)) } catch { result = .failure(error) }
        await client.close()
        await group.triggerGracefulShutdown()
        await server.value
        return try result.get()
    }
}
