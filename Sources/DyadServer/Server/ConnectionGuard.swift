import Foundation
import NIOCore
import NIOHTTPTypes

/// Every open connection of a server, so that too many idle ones cannot starve the others.
///
/// A client that opens thousands of connections and sends nothing (or half a request, slowly)
/// would otherwise hold a file descriptor each until the process runs out and even `/healthz`
/// stops answering. Past `limit` open connections, a new one closes the connection that has been
/// idle longest (no request in flight); only when every connection is busy is the new one closed.
/// Idle timeouts then clear the rest.
public final class ConnectionRegistry: @unchecked Sendable {
    /// The most connections kept open at once.
    public let limit: Int
    private let lock = NSLock()
    private var nextID = 0
    /// Open connections by arrival order: id → (channel, busy). Arrival order is idle order
    /// closely enough for eviction, and keeps the scan cheap.
    private var open: [Int: Entry] = [:]
    private var order: [Int] = []
    private var orderStart = 0
    /// Connections closed to make room, for `/metrics`.
    public private(set) var evicted = 0

    struct Entry {
        var channel: any Channel
        var busy: Bool
    }

    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Connections open now.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return open.count
    }

    /// Registers a new connection; returns its id and the connection to close to make room (the
    /// new one itself when every other is busy), if any.
    func opened(_ channel: any Channel) -> (id: Int, close: (any Channel)?) {
        lock.lock()
        defer { lock.unlock() }
        nextID += 1
        let id = nextID
        var victim: (any Channel)?
        if open.count >= limit {
            var i = orderStart
            while i < order.count {
                if let entry = open[order[i]], !entry.busy {
                    victim = entry.channel
                    open[order[i]] = nil
                    evicted += 1
                    break
                }
                i += 1
            }
            if victim == nil {
                evicted += 1
                return (id, channel)
            }
        }
        open[id] = Entry(channel: channel, busy: false)
        order.append(id)
        compact()
        return (id, victim)
    }

    /// Marks a connection as serving a request (not evictable) or idle.
    func setBusy(_ id: Int, _ busy: Bool) {
        lock.lock()
        open[id]?.busy = busy
        lock.unlock()
    }

    func closed(_ id: Int) {
        lock.lock()
        open[id] = nil
        compact()
        lock.unlock()
    }

    /// Drops ids of closed connections from the front of the arrival order.
    private func compact() {
        while orderStart < order.count, open[order[orderStart]] == nil { orderStart += 1 }
        if orderStart > 4096 && orderStart * 2 > order.count {
            order.removeFirst(orderStart)
            orderStart = 0
        }
    }
}

/// The per-connection half of the guard: registers with the registry and enforces the request
/// timeout (a request's head and body must arrive within `requestTimeout` of its first part,
/// so a client dribbling a body byte by byte cannot hold a connection forever). Idle connections
/// are closed by Hummingbird's idle timeout.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let registry: ConnectionRegistry
    let requestTimeout: TimeAmount
    var id: Int?
    var deadline: Scheduled<Void>?

    init(registry: ConnectionRegistry, requestTimeout: TimeAmount) {
        self.registry = registry
        self.requestTimeout = requestTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { register(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        register(context)
        context.fireChannelActive()
    }

    private func register(_ context: ChannelHandlerContext) {
        guard id == nil else { return }
        let (id, victim) = registry.opened(context.channel)
        self.id = id
        victim?.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        if let id { registry.closed(id) }
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            if let id { registry.setBusy(id, true) }
            deadline?.cancel()
            let channel = context.channel
            deadline = context.eventLoop.scheduleTask(in: requestTimeout) { channel.close(promise: nil) }
        case .end:
            deadline?.cancel()
            deadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), let id {
            registry.setBusy(id, false)
        }
        context.write(data, promise: promise)
    }
}
