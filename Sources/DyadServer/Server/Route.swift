import Hummingbird

/// One route the server answers: a method and an OpenAPI-style path (`/api/events/{id}`).
///
/// `DyadServer.addRoutes` registers the routes with Hummingbird; tests check that what it
/// registers is exactly `Route.all` and that the API routes of this list are exactly the paths of
/// the OpenAPI document, so neither the document nor the 405 answers (`ServerMiddleware`) can
/// drift from what is served.
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

    /// Whether a concrete request path matches this route's pattern (used to tell 405 from 404).
    func matches(path requestPath: String) -> Bool {
        let mine = path.split(separator: "/", omittingEmptySubsequences: false)
        let theirs = requestPath.split(separator: "/", omittingEmptySubsequences: false)
        guard mine.count == theirs.count else { return false }
        return zip(mine, theirs).allSatisfy { m, t in m.hasPrefix("{") ? !t.isEmpty : m == t }
    }

    public var description: String { "\(method) \(path)" }

    public static func < (a: Route, b: Route) -> Bool { (a.path, a.method) < (b.path, b.method) }

    /// Every route the server registers (`DyadServer.addRoutes`).
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
