import DyadStore
import Foundation

/// Request counts, latencies and ingest totals, kept in memory and printed in Prometheus' text
/// format at `/metrics`, so an operator can scrape the server without another dependency.
public final class ServerMetrics: @unchecked Sendable {
    /// Upper bounds (seconds) of the latency histogram's buckets.
    public static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct Key: Hashable {
        var method: String
        var route: String
        var status: Int
    }

    private struct Histogram {
        var counts = [Int](repeating: 0, count: ServerMetrics.buckets.count)
        var sum = 0.0
        var count = 0
    }

    private let lock = NSLock()
    private var requests: [Key: Int] = [:]
    private var latency: [String: Histogram] = [:]
    private var documentsIngested = 0
    private var eventsIngested = 0
    private let started = Date()

    public init() {}

    /// Records one answered request under its route pattern (not its concrete path, so ids do not
    /// explode the label set).
    public func record(method: String, route: String, status: Int, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        requests[Key(method: method, route: route, status: status), default: 0] += 1
        var h = latency[route] ?? Histogram()
        if let i = Self.buckets.firstIndex(where: { seconds <= $0 }) { h.counts[i] += 1 }
        h.sum += seconds
        h.count += 1
        latency[route] = h
    }

    /// Records documents and events stored through `POST /api/documents`.
    public func recordIngest(documents: Int, events: Int) {
        lock.lock()
        defer { lock.unlock() }
        documentsIngested += documents
        eventsIngested += events
    }

    /// The Prometheus text exposition, with the store's totals as gauges.
    public func render(storedEvents: Int, storedDocuments: Int) -> String {
        lock.lock()
        let requests = self.requests
        let latency = self.latency
        let documents = documentsIngested
        let events = eventsIngested
        lock.unlock()
        var out = "# HELP dyad_http_requests_total HTTP requests answered, by method, route and status.\n"
        out += "# TYPE dyad_http_requests_total counter\n"
        for (k, n) in requests.sorted(by: {
            ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status)
        }) {
            out +=
                "dyad_http_requests_total{method=\"\(k.method)\",route=\"\(Self.escape(k.route))\",status=\"\(k.status)\"} \(n)\n"
        }
        out += "# HELP dyad_http_request_duration_seconds Time to answer a request, by route.\n"
        out += "# TYPE dyad_http_request_duration_seconds histogram\n"
        for (route, h) in latency.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(Self.escape(route))\""
            var cumulative = 0
            for (i, bound) in Self.buckets.enumerated() {
                cumulative += h.counts[i]
                out += "dyad_http_request_duration_seconds_bucket{\(label),le=\"\(bound)\"} \(cumulative)\n"
            }
            out += "dyad_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(h.count)\n"
            out += "dyad_http_request_duration_seconds_sum{\(label)} \(h.sum)\n"
            out += "dyad_http_request_duration_seconds_count{\(label)} \(h.count)\n"
        }
        out += "# HELP dyad_documents_ingested_total Documents stored through POST /api/documents.\n"
        out += "# TYPE dyad_documents_ingested_total counter\n"
        out += "dyad_documents_ingested_total \(documents)\n"
        out += "# HELP dyad_events_ingested_total Events stored through POST /api/documents.\n"
        out += "# TYPE dyad_events_ingested_total counter\n"
        out += "dyad_events_ingested_total \(events)\n"
        out += "# HELP dyad_events_stored Events in the store.\n# TYPE dyad_events_stored gauge\n"
        out += "dyad_events_stored \(storedEvents)\n"
        out += "# HELP dyad_documents_stored Documents in the store.\n# TYPE dyad_documents_stored gauge\n"
        out += "dyad_documents_stored \(storedDocuments)\n"
        out += "# HELP dyad_uptime_seconds Seconds since the server started.\n# TYPE dyad_uptime_seconds gauge\n"
        out += String(format: "dyad_uptime_seconds %.0f\n", Date().timeIntervalSince(started))
        return out
    }

    /// The work queue's gauges (PostgreSQL stores): batches and documents by state, events stored
    /// by workers and their throughput, so a scrape shows a fleet of workers' progress.
    public static func render(queue q: QueueStatus) -> String {
        var out = "# HELP dyad_queue_batches Batches of the work queue, by state.\n# TYPE dyad_queue_batches gauge\n"
        for (state, n) in [("pending", q.pending), ("leased", q.leased), ("done", q.done), ("failed", q.failed)] {
            out += "dyad_queue_batches{state=\"\(state)\"} \(n)\n"
        }
        out += "# HELP dyad_queue_documents Documents of the work queue still to code and coded.\n"
        out += "# TYPE dyad_queue_documents gauge\n"
        out += "dyad_queue_documents{state=\"to_code\"} \(q.pendingDocuments)\n"
        out += "dyad_queue_documents{state=\"coded\"} \(q.doneDocuments)\n"
        out += "# HELP dyad_queue_events Events stored by workers.\n# TYPE dyad_queue_events gauge\n"
        out += "dyad_queue_events \(q.doneEvents)\n"
        out += "# HELP dyad_queue_documents_per_second Documents coded per second over the last minute.\n"
        out += "# TYPE dyad_queue_documents_per_second gauge\n"
        out += String(format: "dyad_queue_documents_per_second %.2f\n", q.documentsPerSecond)
        return out
    }

    /// Escapes a label value (backslash, quote, newline) as the exposition format requires.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
