import DyadServer
import DyadStore
import Foundation
import Testing

/// `min_confidence` and `include_historical` on the API and the dashboard, and the precision keys
/// of the event JSON, against the real server.
@Suite(.serialized) struct PrecisionAPITests {
    var fixture: Fixture { APITests.fixture }

    @Test func minConfidenceFiltersEvents() async throws {
        try await fixture.live { client in
            let all = try await client.call("/api/events?limit=1000")
            let events = all.json["events"] as? [[String: Any]] ?? []
            #expect(!events.isEmpty)
            let confidences = events.compactMap { ($0["confidence"] as? NSNumber)?.doubleValue }
            #expect(confidences.count == events.count)
            for key in ["place_precision", "date_precision", "historical", "confidence"] {
                #expect(events.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
            }
            let high = try await client.call("/api/events?limit=1000&min_confidence=0.5")
            #expect(high.status == 200)
            let kept = high.json["events"] as? [[String: Any]] ?? []
            #expect(kept.count == confidences.filter { $0 >= 0.5 }.count)
            #expect(kept.allSatisfy { (($0["confidence"] as? NSNumber)?.doubleValue ?? 0) >= 0.5 })
            let none = try await client.call("/api/events?limit=1000&min_confidence=1")
            #expect((none.json["events"] as? [[String: Any]])?.isEmpty == true)
            for bad in ["2", "-0.1", "high"] {
                let r = try await client.call("/api/events?min_confidence=\(bad)")
                #expect(r.status == 400, "min_confidence=\(bad)")
            }
            let twice = try await client.call("/api/events?min_confidence=0.1&min_confidence=0.2")
            #expect(twice.status == 400)
        }
    }

    @Test func historicalAndConfidenceReachEveryView() async throws {
        try await fixture.live { client in
            let all = try await client.call("/api/events?limit=1000")
            let withOld = try await client.call("/api/events?limit=1000&include_historical=1")
            #expect(
                ((withOld.json["events"] as? [[String: Any]])?.count ?? 0)
                    >= ((all.json["events"] as? [[String: Any]])?.count ?? 0))
            #expect(try await client.call("/api/events?include_historical=maybe").status == 400)
            for path in [
                "/api/stats/timeline?min_confidence=0.5", "/api/stats/timeline?include_historical=1",
                "/api/places?min_confidence=0.5", "/api/stats/dyads?include_historical=1",
                "/?min_confidence=0.8&include_historical=1", "/?min_confidence=",
            ] {
                let r = try await client.call(path)
                #expect(r.status == 200, "\(path)")
            }
            let page = try await client.call("/?min_confidence=0.8")
            #expect(page.text.contains("name=\"min_confidence\""))
            #expect(page.text.contains("name=\"include_historical\""))
        }
    }
}
