import DyadQuery
import DyadStore
import DyadText
import Hummingbird

/// The dashboard routes: HTML pages rendered on the server.
extension DyadServer {
    /// `GET /`: the dashboard for the filters in the query; bad filters show the form with the
    /// reason (400) instead of a JSON error.
    func dashboardPage(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let q = QueryString(request.uri.query)
        let parameters: EventParameters
        do {
            parameters = try EventParameters(q, extra: ["by", "unit", "after", "sort", "order"])
        } catch {
            let html = DashboardPage(q: q, parameters: nil, error: error, data: nil).render()
            return .bytes(Array(html.utf8), type: "text/html; charset=utf-8", status: .badRequest)
        }
        let resolution: CountDimension? = q.value("by") == nil ? nil : parameters.by
        let bytes = try await cached("dashboard", q) { store in
            let data = try DashboardData(store, parameters, resolution: resolution)
            return Array(DashboardPage(q: q, parameters: parameters, error: nil, data: data).render().utf8)
        }
        return .bytes(bytes, type: "text/html; charset=utf-8")
    }

    /// `GET /events/{id}`.
    func eventPage(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let id = try Self.eventID(context)
        let store = store
        let found = try await offload { () throws -> (StoredEvent, StoredDocument?)? in
            guard let e = try store.event(id: id) else { return nil }
            return (e, try store.document(id: e.event.document))
        }
        guard let (event, document) = found else { return Self.notFoundPage("There is no event \(id).") }
        return .bytes(Array(ItemPages.eventPage(event, document: document).utf8), type: "text/html; charset=utf-8")
    }

    /// `GET /documents/{id}`.
    func documentPage(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let id = try Self.documentID(context)
        let from = try Self.firstSentence(QueryString(request.uri.query))
        guard let view = try await documentView(id, from: from) else {
            return Self.notFoundPage("There is no document \(id).")
        }
        return .bytes(Array(ItemPages.documentPage(view).utf8), type: "text/html; charset=utf-8")
    }

    static func notFoundPage(_ message: String) -> Response {
        let html = HTML.page(
            title: "Not found",
            body: "<div class=\"error\">\(HTML.escape(message))</div><p><a href=\"/\">Back to the dashboard</a></p>")
        return .bytes(Array(html.utf8), type: "text/html; charset=utf-8", status: .notFound)
    }
}
