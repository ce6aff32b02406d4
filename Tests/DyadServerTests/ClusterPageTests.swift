import DyadModel
import Foundation
import Testing

/// The cluster page lists every report of one event across documents, the event page links it,
/// and the `cluster` filter gives the same reports in the API and the export.
@Suite(.serialized) struct ClusterPageTests {
    @Test func aClusterAcrossTwoDocumentsIsListedLinkedAndFiltered() async throws {
        let fixture = try Fixture()
        defer { fixture.close() }
        // The same protest told by two outlets a day apart: one key, days within three days.
        _ = try fixture.store.ingest(
            ["2031-03-04", "2031-03-05"].enumerated().map { i, day in
                item(
                    "telling-\(i)", date: day, sentences: ["Officials of GEO faced a protest in Tbilisi."],
                    events: [handEvent("telling-\(i)", .protest, source: "GEO", target: "GEO", date: day, place: "GEO")]
                )
            }, replace: false)
        try await fixture.live(token: nil) { client in
            let listed = try await client.call("/api/events?from=2031-03-01&to=2031-03-31")
            let events = listed.json["events"] as? [[String: Any]] ?? []
            try #require(events.count == 2)
            let cluster = try #require(events[0]["cluster_id"] as? Int)
            #expect(events[1]["cluster_id"] as? Int == cluster)

            let eventPage = try await client.call("/events/\(events[0]["id"] as? Int ?? 0)")
            #expect(eventPage.text.contains("<a href=\"/clusters/\(cluster)\">"))

            let page = try await client.call("/clusters/\(cluster)")
            #expect(page.status == 200)
            #expect(page.text.contains("2 reports in 2 documents, 2031-03-04 to 2031-03-05"))
            for doc in ["telling-0", "telling-1"] { #expect(page.text.contains("/documents/\(doc)#event-")) }
            #expect(page.text.contains("background:\(EventType.protest.colour)"))

            let filtered = try await client.call("/api/events?cluster=\(cluster)")
            #expect((filtered.json["events"] as? [[String: Any]])?.count == 2)
            let exported = try await client.call("/api/export?cluster=\(cluster)&format=jsonl")
            #expect(exported.text.split(separator: "\n").count == 2)

            #expect(try await client.call("/clusters/424242").status == 404)
            #expect(try await client.call("/clusters/abc").status == 400)
            #expect(try await client.call("/api/events?cluster=-3").status == 400)
        }
    }
}
