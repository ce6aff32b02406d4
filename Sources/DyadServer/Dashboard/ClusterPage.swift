import DyadModel
import DyadQuery
import DyadStore
import DyadText
import Hummingbird

/// The cluster page (`/clusters/{id}`): every report of one event across documents, so an analyst
/// sees who told it, when, and how the tellings differ (actors, place, numbers).
enum ClusterPage {
    /// The most reports a page lists (a cluster is a few days of one type, dyad and place).
    static let limit = 500

    static func render(id: Int64, events: [StoredEvent], documents: [String: StoredDocument]) -> String {
        let first = events.compactMap(\.day).min()
        let last = events.compactMap(\.day).max()
        let type = events.first?.event.type.rawValue ?? ""
        let palette = Palette(counts: [type: 1])
        let documentCount = Set(events.map(\.event.document)).count
        var b = "<h1>Cluster \(id) \(palette.badge(type))</h1><section class=\"panel\">"
        b += "<p>\(HTML.grouped(events.count)) report\(events.count == 1 ? "" : "s") in "
        b += "\(HTML.grouped(documentCount)) document\(documentCount == 1 ? "" : "s")"
        if let first, let last { b += ", \(first)" + (first == last ? "" : " to \(last)") }
        b += ". <span class=\"muted\">Events of one type, the same source and target countries and place "
        b += "country, on days within three days of the first.</span></p>"
        b += "<p class=\"muted small export\">Export these reports:"
        for (format, label) in [("csv", "CSV"), ("jsonl", "JSON Lines"), ("geojson", "GeoJSON")] {
            b += " <a href=\"/api/export?cluster=\(id)&amp;format=\(format)\" download>\(label)</a>"
        }
        b += "</p><table><thead><tr><th class=\"num\">#</th><th>Day</th><th>Source → target</th><th>Place</th>"
        b += "<th class=\"num\">Count</th><th>Document</th><th>Evidence</th></tr></thead><tbody>"
        for s in events {
            let e = s.event
            func side(_ actors: [CodedEvent.Actor]) -> String {
                actors.isEmpty
                    ? "—"
                    : actors.map { a in
                        ActorPage.link(
                            a.country?.rawValue,
                            HTML.escape(a.name ?? a.text ?? "?")
                                + " <span class=\"muted\">\(HTML.escape(a.country?.rawValue ?? "?"))</span>")
                    }.joined(separator: ", ")
            }
            let d = documents[e.document]?.document
            let docLink = "/documents/\(PathSegment.encode(e.document))#event-\(s.id)"
            let docText = [d?.title ?? e.document, d?.outlet, d?.date?.description].compactMap { $0 }
            b += "<tr><td class=\"num\"><a href=\"/events/\(s.id)\">\(s.id)</a></td>"
            b += "<td class=\"dyad\">\(s.day?.description ?? "—")</td>"
            b += "<td>\(side(e.source)) → \(side(e.target))</td>"
            b += EventTable.placeCell(e) + EventTable.countCell(e)
            b += "<td><a href=\"\(HTML.escape(docLink))\">\(HTML.escape(docText.joined(separator: " · ")))</a></td>"
            b += "<td class=\"evidence\">\(HTML.escape(e.evidence.text))</td></tr>"
        }
        b += "</tbody></table>"
        if events.count >= limit { b += "<p class=\"muted\">The first \(limit) reports are listed.</p>" }
        b += "</section>"
        return HTML.page(title: "Cluster \(id)", subtitle: "reports of one event", body: b)
    }
}

extension DyadServer {
    /// `GET /clusters/{id}`: the reports of one event across documents.
    func clusterPage(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let raw = context.parameters.get("id") ?? ""
        guard let id = Int64(raw), id > 0 else {
            throw APIError.badParameter("id", "\(EventParameters.quoted(raw)) is not a cluster id (a positive integer)")
        }
        let store = store
        let (events, documents) = try await offload { () throws -> ([StoredEvent], [String: StoredDocument]) in
            var q = EventQuery(limit: ClusterPage.limit, includeHistorical: true)
            q.clusterID = id
            let events = try store.query(q)
            var documents: [String: StoredDocument] = [:]
            for doc in Set(events.map(\.event.document)).sorted().prefix(100) {
                documents[doc] = try store.document(id: doc)
            }
            return (events, documents)
        }
        guard !events.isEmpty else { return Self.notFoundPage("There is no cluster \(id).") }
        let html = ClusterPage.render(id: id, events: events, documents: documents)
        return .bytes(Array(html.utf8), type: "text/html; charset=utf-8")
    }
}
