import DyadServer
import Foundation
import Hummingbird
import Testing

/// The OpenAPI document lists exactly the routes the router serves, and is the committed file.
@Suite(.serialized) struct OpenAPITests {
    var fixture: Fixture { APITests.fixture }

    /// (METHOD, path) pairs of an OpenAPI document's `paths`.
    static func operations(_ doc: [String: Any]) -> Set<String> {
        let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
        var out = Set<String>()
        for (path, item) in paths {
            for method in item.keys where ["get", "post", "put", "patch", "delete", "head", "options"].contains(method)
            {
                out.insert("\(method.uppercased()) \(path)")
            }
        }
        return out
    }

    @Test func servedDocumentMatchesTheRoutesAndTheCommittedFile() async throws {
        let api = Set(Route.all.filter(\.isAPI).map(\.description))
        let committed = try Data(contentsOf: repoRoot.appendingPathComponent("docs/openapi.json"))
        try await fixture.live { client in
            let r = try await client.call("/openapi.json")
            #expect(r.status == 200 && r.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(r.json["openapi"] as? String == "3.1.0")
            #expect(Self.operations(r.json) == api)
            #expect(r.text == String(decoding: committed, as: UTF8.self).trimmingCharacters(in: .newlines))
            // Every documented operation is routed: none answers "no route" or "method not allowed".
            for op in Self.operations(r.json) {
                let parts = op.split(separator: " ")
                let uri = String(parts[1]).replacingOccurrences(of: "{id}", with: "1")
                let answer = try await client.call(uri, method: HTTPRequest.Method(String(parts[0]))!)
                #expect(answer.status != 405 && answer.json["error"] as? String != "no_route", "\(op)")
            }
        }
    }

    @Test func everyRouteIsAnsweredAndNothingElse() async throws {
        try await fixture.live { client in
            for route in Route.all {
                let uri = route.path.replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(
                    of: "{code}", with: "BLR")
                let r = try await client.call(uri, method: HTTPRequest.Method(route.method)!)
                #expect(r.json["error"] as? String != "no_route", "\(route)")
                #expect(r.status != 500, "\(route)")
            }
            for uri in ["/api", "/api/events/1/extra", "/api/stats", "/events", "/assets/other.css"] {
                let r = try await client.call(uri)
                #expect(r.status == 404, "\(uri)")
            }
        }
    }
}
