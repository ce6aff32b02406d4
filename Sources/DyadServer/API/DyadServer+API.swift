import DyadModel
import DyadQuery
import DyadStore
import DyadText
import Foundation
import Hummingbird

/// The read-only JSON routes.
extension DyadServer {
    /// `GET /api/events`: a page of matching events in id order, or by `sort` and `order`; `next`
    /// is the cursor for `after` (an event id, valid in any order).
    func events(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let q = QueryString(request.uri.query)
        let p = try EventParameters(q, extra: ["limit", "after", "sort", "order"])
        var pageQuery = p.query
        pageQuery.limit = p.limit + 1
        let query = pageQuery
        let limit = p.limit
        // Cached like the counts: the same page (a dashboard's first page, asked by every viewer)
        // is read and encoded once per state of the store. Building it costs ~1.5 ms of CPU on
        // a million-event store (half decoding rows, half encoding JSON, measured with perf).
        let bytes = try await cached("events", q) { store in
            let page = try store.query(query)
            let shown = Array(page.prefix(limit))
            var o = JSONObject()
            o.set("events", shown.map(\.apiJSON))
            o.set("count", shown.count)
            let next = page.count > limit ? shown.last?.id : nil
            o.set("next", next.map { Int($0) })
            o.set("next_url", next.map { "/api/events?" + q.with(["after": String($0)]) })
            return o.bytes()
        }
        return .json(bytes)
    }

    /// `GET /api/events/{id}`: one event with its whole sentence and its document's links.
    func event(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let id = try Self.eventID(context)
        let store = store
        let found = try await offload { () throws -> (StoredEvent, StoredDocument?)? in
            guard let e = try store.event(id: id) else { return nil }
            return (e, try store.document(id: e.event.document))
        }
        guard let (event, document) = found else { throw APIError.notFound("no event \(id)") }
        var o = event.apiJSON
        let sentence = document?.sentences.first { $0.index == event.event.evidence.sentence }
        o.set("sentence", sentence?.json)
        var d = JSONObject()
        d.set("id", event.event.document)
        d.set("title", document?.document.title)
        d.set("url", document?.document.url)
        d.set("date", document?.document.date?.description)
        d.set("api", "/api/documents/\(PathSegment.encode(event.event.document))")
        d.set("page", "/documents/\(PathSegment.encode(event.event.document))")
        o.set("document", d)
        return .json(o.bytes())
    }

    /// The `{id}` of an event route: a positive integer.
    static func eventID(_ context: DyadRequestContext) throws -> Int64 {
        let raw = context.parameters.get("id") ?? ""
        guard let id = Int64(raw), id > 0 else {
            throw APIError.badParameter("id", "\(EventParameters.quoted(raw)) is not an event id (a positive integer)")
        }
        return id
    }

    /// The `{id}` of a document route, percent-decoded and checked for length.
    static func documentID(_ context: DyadRequestContext) throws -> String {
        let id = PathSegment.decode(context.parameters.get("id") ?? "")
        guard !id.isEmpty, id.count <= 512 else { throw APIError.badParameter("id", "not a document id") }
        return id
    }

    /// `GET /api/documents/{id}[?sentence=N]`: a page of the document (all of a short one): its
    /// text with its sentences, recognised mentions and event spans, and `next` for the rest.
    func document(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let id = try Self.documentID(context)
        let from = try Self.firstSentence(QueryString(request.uri.query))
        guard let view = try await documentView(id, from: from) else { throw APIError.notFound("no document \(id)") }
        return .json(view.json.bytes())
    }

    /// The `sentence` parameter of the document routes: the first sentence of the page (0 when absent).
    static func firstSentence(_ q: QueryString) throws(APIError) -> Int {
        if let name = q.unknown(allowed: ["sentence"]).first {
            throw APIError.badParameter(name, "unknown parameter; the document routes take sentence")
        }
        if q.repeated(among: ["sentence"]) != nil {
            throw APIError.badParameter("sentence", "given more than once; give it once")
        }
        return try EventParameters.integer(q, "sentence", in: 0...Int(Int32.max)) ?? 0
    }

    /// A page of a document with its events and mentions, nil when not stored. Pages are read one
    /// at a time per `documentReads` slot, so parallel requests for a long document queue
    /// instead of each holding its text in memory at once.
    func documentView(_ id: String, from: Int) async throws -> DocumentView? {
        let store = store
        let limits = configuration
        return try await documentReads.run {
            try await offload { () throws -> DocumentView? in
                try store.documentPage(
                    id: id, from: from, maxSentences: limits.documentPageSentences,
                    maxCharacters: limits.documentPageCharacters
                ).map(DocumentView.init)
            }
        }
    }

    /// `GET /api/stats/timeline`: counts per type and summed quantities per day, week or month;
    /// with `unit=`, that unit's total per bucket too (people arrested per day).
    func timeline(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let q = QueryString(request.uri.query)
        let p = try EventParameters(q, extra: ["by", "unit"])
        let bytes = try await cached("timeline", q) { store in try JSONAnswer.bytes(Timeline(store, p)) }
        return .json(bytes)
    }

    /// `GET /api/stats/dyads`: the top source → target country pairs of each event type.
    func dyads(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let q = QueryString(request.uri.query)
        let p = try EventParameters(q, extra: ["per_type"])
        let bytes = try await cached("dyads", q) { store in
            let rows = try store.crossCounts(p.query, by: .dyad, and: .type, perGroup: p.perType)
            return try JSONAnswer.bytes(Dyads(dyads: rows.map(DyadRow.init)))
        }
        return .json(bytes)
    }

    /// `GET /api/places`: a GeoJSON FeatureCollection of event places with their counts.
    func places(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let q = QueryString(request.uri.query)
        let p = try EventParameters(q, extra: ["limit"], defaultLimit: 500)
        var placeQuery = p.query
        placeQuery.limit = p.limit
        let query = placeQuery
        let bytes = try await cached("places", q) { store in
            let rows = try store.places(query)
            let located = rows.filter { $0.lat != nil && $0.lon != nil }
            var out = Array("{\"features\":[".utf8)
            for (i, place) in located.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += place.feature
            }
            out += Array("],\"type\":\"FeatureCollection\",\"without_coordinates\":\(rows.count - located.count)}".utf8)
            return out
        }
        return .json(bytes)
    }

    /// `GET /healthz`: 200 when the store answers a query.
    func health(_ request: Request, _ context: DyadRequestContext) async throws -> Health {
        let store = store
        _ = try await offload { try store.documentState("") }
        return Health(status: "ok")
    }

    /// `GET /metrics`: Prometheus text.
    func prometheus(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let totals = try await cached("totals", QueryString(nil)) { store in
            let s = try store.overview()
            return Array("\(s.events) \(s.documents)".utf8)
        }
        let parts = String(decoding: totals, as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        var text = metrics.render(storedEvents: parts.first ?? 0, storedDocuments: parts.last ?? 0)
        if let queue = store as? any QueueReporting {
            // Not cached: queue progress moves on while the store's events may not have yet.
            text += ServerMetrics.render(queue: try await offload { try queue.queueStatus() })
        }
        return .bytes(Array(text.utf8), type: "text/plain; version=0.0.4; charset=utf-8")
    }

    /// A body from the response cache, computed off the event loops when missing.
    func cached(_ name: String, _ q: QueryString, _ make: @escaping @Sendable (any EventStore) throws -> [UInt8])
        async throws -> [UInt8]
    {
        let key = name + "?" + q.with([:])
        let store = store
        let cache = cache
        return try await offload { try cache.body(key) { try make(store) } }
    }
}

/// The answer of `GET /healthz`: small and fixed, so Hummingbird encodes it (sorted keys, see
/// `DyadRequestContext`).
struct Health: ResponseEncodable, Sendable {
    var status: String
}

/// The answer of `GET /api/stats/dyads`, encoded once per state of the store (the cache keeps the
/// bytes).
struct Dyads: Encodable {
    var dyads: [DyadRow]
}

/// One source → target pair of one type, split from the store's `RUS -> UKR` key.
struct DyadRow: Sendable, Hashable, Encodable {
    var source: String
    var target: String
    var type: String
    var events: Int
    var quantity: Double

    init(_ row: CrossCountRow) {
        let parts = row.first.components(separatedBy: " -> ")
        source = parts.first ?? "-"
        target = parts.count > 1 ? parts[1] : "-"
        type = row.second
        events = row.events
        quantity = row.quantity
    }
}

extension PlaceCount {
    /// A GeoJSON Point feature (written by hand: `JSONObject` has no number arrays).
    var feature: [UInt8] {
        var props = JSONObject()
        props.set("name", name)
        props.set("country", country)
        props.set("events", events)
        props.set("quantity", quantity)
        let point = "[\(JSONObject.format(lon ?? 0)),\(JSONObject.format(lat ?? 0))]"
        return Array("{\"geometry\":{\"coordinates\":\(point),\"type\":\"Point\"},\"properties\":".utf8)
            + props.bytes() + Array(",\"type\":\"Feature\"}".utf8)
    }
}
