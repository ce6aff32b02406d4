import DyadServer
import Foundation
import Hummingbird
import Testing

/// Malformed parameters get 400 naming the parameter; injection attempts neither fail nor leak.
@Suite(.serialized) struct ValidationTests {
    var fixture: Fixture { APITests.fixture }

    static let malformed: [(query: String, parameter: String)] = [
        ("from=2022-13-01", "from"), ("from=yesterday", "from"), ("to=2022-1-5", "to"),
        ("from=2022-05-02&to=2022-05-01", "to"), ("type=FOO", "type"), ("type=PROTEST,,RIOT", "type"),
        ("source=RU", "source"), ("target=RUSS", "target"), ("place=R1S", "place"), ("limit=0", "limit"),
        ("limit=1001", "limit"), ("limit=ten", "limit"), ("after=-1", "after"), ("after=1e3", "after"),
        ("tpye=PROTEST", "tpye"), ("text=%00", "text"), ("text=" + String(repeating: "a", count: 201), "text"),
        ("text=---", "text"),
    ]

    @Test func malformedParametersAre400() async throws {
        try await fixture.live { client in
            for (query, parameter) in Self.malformed {
                let r = try await client.call("/api/events?" + query)
                #expect(r.status == 400, "\(query) gave \(r.status)")
                #expect(r.json["error"] as? String == "bad_parameter", "\(query)")
                #expect((r.json["detail"] as? String)?.hasPrefix(parameter + ":") == true, "\(query): \(r.text)")
            }
            for uri in [
                "/api/stats/timeline?by=year", "/api/stats/dyads?per_type=0", "/api/places?limit=5000",
                "/api/stats/timeline?unit=1%3Bdrop",
            ] {
                let r = try await client.call(uri)
                #expect(r.status == 400, "\(uri)")
            }
        }
    }

    @Test func injectionAttemptsNeitherFailNorLeak() async throws {
        try await fixture.live { client in
            // Free-text parameters are bound values: they match nothing instead of everything.
            for query in [
                "text=%27%20OR%201%3D1%20--", "text=%22%20OR%20%22%22%3D%22", "actor=%25%27%20OR%20%271%27%3D%271",
                "actor=%25", "actor=_", "actor=%27%3B%20DROP%20TABLE%20events%3B%20--", "text=NEAR(a%20b)",
                "actor=%5C",
            ] {
                for path in ["/api/events", "/api/stats/timeline", "/api/stats/dyads", "/api/places", "/"] {
                    let r = try await client.call(path + "?" + query)
                    #expect(r.status == 200, "\(path)?\(query) gave \(r.status): \(r.text.prefix(200))")
                    if path == "/api/events" {
                        #expect((r.json["events"] as? [[String: Any]])?.isEmpty == true, "\(query) leaked events")
                    }
                }
            }
            // Closed-vocabulary parameters reject anything outside it.
            for query in [
                "type=PROTEST%27%20OR%201%3D1", "source=RUS%27--", "place=%27%20OR%20", "by=day%27", "text=*",
                "text=%27%20--",
            ] {
                let r = try await client.call("/api/stats/timeline?" + query)
                #expect(r.status == 400, "\(query)")
            }
            // The store is intact.
            let after = try await client.call("/api/events?limit=1000")
            #expect((after.json["events"] as? [[String: Any]])?.count == (try fixture.store.stats().events))
        }
    }
}
