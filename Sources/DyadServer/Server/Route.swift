import Hummingbird

/// One route the server answers: a method and an OpenAPI-style path (`/api/events/{id}`).
///
/// The server registers exactly the routes of `Route.all`, and a test compares that list with the
/// paths of the OpenAPI document, so the document cannot drift from what is served.
public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The HTTP method, upper case (`GET`, `POST`).
    public var method: String
    /// The path with `{name}` placeholders, as OpenAPI writes it.
    public var path: String
    /// True for JSON API routes documented in `/openapi.json`; false for dashboard HTML pages.
    public var isAPI: Bool

    public init(_ method: String, _ path: String, api: Bool = true) {
        self.method = method
        self.path = path
        self.isAPI = api
    }

    /// The path in Hummingbird's router syntax (`/api/events/:id`).
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : part
        }.joined(separator: "/")
    }

    /// Whether a concrete request path matches this route's pattern (used to tell 405 from 404).
    func matches(path requestPath: String) -> Bool {
        let mine = path.split(separator: "/", omittingEmptySubsequences: false)
        let theirs = requestPath.split(separator: "/", omittingEmptySubsequences: false)
        guard mine.count == theirs.count else { return false }
        return zip(mine, theirs).allSatisfy { m, t in m.hasPrefix("{") ? !t.isEmpty : m == t }
    }

    public var description: String { "\(method) \(path)" }

    public static func < (a: Route, b: Route) -> Bool { (a.path, a.method) < (b.path, b.method) }

    /// Every route the server registers.
    public static let all: [Route] = [
        Route("GET", "/api/events"),
        Route("GET", "/api/events/{id}"),
        Route("GET", "/api/export"),
        Route("GET", "/api/documents/{id}"),
        Route("POST", "/api/documents"),
        Route("GET", "/api/stats/timeline"),
        Route("GET", "/api/stats/dyads"),
        Route("GET", "/api/places"),
        Route("GET", "/healthz"),
        Route("GET", "/metrics"),
        Route("GET", "/openapi.json"),
        Route("GET", "/", api: false),
        Route("GET", "/events/{id}", api: false),
        Route("GET", "/documents/{id}", api: false),
        Route("GET", "/clusters/{id}", api: false),
        Route("GET", "/actors/{code}", api: false),
        Route("GET", "/assets/dyad.css", api: false),
        Route("GET", "/assets/dyad.js", api: false),
    ]
}
