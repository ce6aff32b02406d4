import Foundation
import Testing

/// The actor page lists exactly the events with the code on either side, with its counterparts,
/// places and timeline, and every actor on the dashboard, event page and cluster page links to it.
@Suite(.serialized) struct ActorPageTests {
    var fixture: Fixture { SortedEvents.fixture }

    /// The ids of the events with `code` as source or as target, from the API.
    static func ids(_ client: LiveClient, _ code: String) async throws -> Set<Int> {
        var out = Set<Int>()
        for side in ["source", "target"] {
            let r = try await client.call("/api/events?\(side)=\(code)&limit=1000&include_historical=1")
            for e in r.json["events"] as? [[String: Any]] ?? [] { out.insert(e["id"] as? Int ?? 0) }
        }
        return out
    }

    @Test func actorPageListsExactlyTheActorsEvents() async throws {
        try await fixture.live { client in
            let expected = try await Self.ids(client, "XSO")
            #expect(expected.count == 7)
            let page = try await client.call("/actors/XSO?include_historical=1")
            #expect(page.status == 200)
            #expect(Set(SortingTests.tableIDs(page.text)) == expected)
            #expect(SortingTests.tableIDs(page.text).count == expected.count)
            #expect(page.text.contains("7 events with XSO on either side · 6 as source · 1 as target."))
            // Timeline, counterparts (codes linked to their pages, counts to the filtered dashboard), places.
            #expect(page.text.contains("aria-label=\"Events per"))
            #expect(
                page.text.contains(
                    "<a class=\"actor\" href=\"/actors/XTB\">XTB</a> → <a class=\"actor\" href=\"/actors/XSO\">XSO</a>")
            )
            #expect(page.text.contains("<a href=\"/?source=XSO&amp;target=XTA\">5</a>"))
            #expect(page.text.contains("Capital of XTA"))
            #expect(!page.text.contains("XTC"))
            // Lower case reads the same; filters and sorting apply to its list.
            let lower = try await client.call("/actors/xso?include_historical=1")
            #expect(Set(SortingTests.tableIDs(lower.text)) == expected)
            let coerce = try await client.call("/actors/XSO?type=COERCE&sort=count&order=desc")
            #expect(SortingTests.tableIDs(coerce.text).count == 2)
            #expect(coerce.text.contains("href=\"/actors/XSO?type=COERCE&amp;order=asc&amp;sort=count\""))
            // Errors: not a code, no such actor, a bad filter.
            #expect(try await client.call("/actors/12").status == 400)
            let none = try await client.call("/actors/QQQ")
            #expect(none.status == 404 && none.text.contains("No event has an actor coded QQQ."))
            let filteredOut = try await client.call("/actors/XSO?from=2050-01-01")
            #expect(filteredOut.status == 200 && filteredOut.text.contains("No events match these filters."))
            #expect(try await client.call("/actors/XSO?sort=size").status == 400)
        }
    }

    @Test func actorsLinkToTheirPagesFromEveryPage() async throws {
        try await fixture.live { client in
            let dashboard = try await client.call("/?source=XSO")
            #expect(
                dashboard.text.contains(
                    "<a class=\"actor\" href=\"/actors/XSO\">officials of XSO <span class=\"code\">XSO</span></a>"))
            // The dyad table: each code to its page.
            #expect(dashboard.text.contains("<td class=\"dyad\"><a class=\"actor\" href=\"/actors/XSO\">XSO</a> →"))
            let listed = try await client.call("/api/events?source=XSO&limit=1")
            let event = try #require((listed.json["events"] as? [[String: Any]])?.first)
            let eventPage = try await client.call("/events/\(event["id"] as? Int ?? 0)")
            #expect(eventPage.text.contains("<a class=\"actor\" href=\"/actors/XSO\">officials of XSO"))
            #expect(eventPage.text.contains("<a class=\"actor\" href=\"/actors/XTA\">people of XTA"))
            let cluster = try #require(event["cluster_id"] as? Int)
            let clusterPage = try await client.call("/clusters/\(cluster)")
            #expect(clusterPage.text.contains("<a class=\"actor\" href=\"/actors/XSO\">officials of XSO"))
        }
    }
}
