import DyadServer
import DyadStore
import Foundation
import Testing

/// The response cache is keyed by the store's change token, so a body cached before another
/// process (here a second store on the same file, as `dyad ingest` would be) commits is not
/// served after it. A POST to this server clears the cache itself; this is the other path.
@Suite struct CacheTokenTests {
    @Test func anotherWritersCommitIsSeenThroughTheCache() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        let range = "/api/stats/timeline?from=2031-01-01&to=2031-12-31"
        try await fixture.live(token: nil) { client in
            let before = try await client.call(range)
            #expect((before.json["buckets"] as? [[String: Any]])?.isEmpty == true)
            let writer = try ServerBackend.current.reopen(fixture.store)
            _ = try writer.ingest(
                [
                    item(
                        "other-process", date: "2031-05-01", sentences: ["Officials of FRA met officials of DEU."],
                        events: [
                            handEvent(
                                "other-process", .consult, source: "FRA", target: "DEU", date: "2031-05-01",
                                place: "FRA")
                        ])
                ], replace: false)
            let after = try await client.call(range)
            #expect((after.json["buckets"] as? [[String: Any]])?.isEmpty == false)
        }
    }
}
