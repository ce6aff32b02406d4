import DyadModel
import Foundation
import Testing

/// Hand-made events of a made-up actor `XSO` whose orders by date, type and count are known,
/// including ties (same day, same count, same type), two undated events and two without a count,
/// plus one with `XSO` only as target and one without it: over the repository's examples, on
/// `ServerBackend.current`.
enum SortedEvents {
    /// Document id, day ("" for none), type, count, source, target: stored in this order.
    static let rows: [(doc: String, day: String, type: EventType, count: Double?, source: String, target: String)] = [
        ("s-1", "2040-03-01", .coerce, 40, "XSO", "XTA"),
        ("s-2", "2040-01-15", .protest, nil, "XSO", "XTA"),
        ("s-3", "2040-03-01", .assault, 40, "XSO", "XTB"),
        ("s-4", "", .aid, 5, "XSO", "XTA"),
        ("s-5", "2040-02-10", .coerce, 300, "XSO", "XTA"),
        ("s-6", "2040-02-11", .accuse, nil, "XTB", "XSO"),
        ("s-7", "2040-02-12", .accuse, nil, "XTB", "XTC"),
        ("s-8", "", .agree, nil, "XSO", "XTA"),
    ]

    static let fixture: Fixture = {
        do {
            let fixture = try Fixture()
            _ = try fixture.store.ingest(
                rows.map { r in
                    item(
                        r.doc, date: r.day, sentences: ["Words about \(r.source) and \(r.target)."],
                        events: [
                            handEvent(
                                r.doc, r.type, source: CountryCode(r.source), target: CountryCode(r.target),
                                date: r.day, place: CountryCode(r.target), quantity: r.count)
                        ])
                }, replace: false)
            return fixture
        } catch { fatalError("fixture: \(error)") }
    }()
}

/// `sort` and `order` on `GET /api/events` and on the dashboard's event table: each key in both
/// directions, ties broken by id, paging by cursor in any order, bad values refused.
@Suite(.serialized) struct SortingTests {
    var fixture: Fixture { SortedEvents.fixture }

    /// The expected documents, in order, of the source-`XSO` events for each `sort order`.
    static let expected: [String: [String]] = [
        "id asc": ["s-1", "s-2", "s-3", "s-4", "s-5", "s-8"],
        "id desc": ["s-8", "s-5", "s-4", "s-3", "s-2", "s-1"],
        // Undated last in both directions, among themselves by id; the two events of 2040-03-01 by id.
        "date asc": ["s-2", "s-5", "s-1", "s-3", "s-4", "s-8"],
        "date desc": ["s-1", "s-3", "s-5", "s-2", "s-4", "s-8"],
        "type asc": ["s-8", "s-4", "s-3", "s-1", "s-5", "s-2"],
        "type desc": ["s-2", "s-1", "s-5", "s-3", "s-4", "s-8"],
        // Without a count last in both directions, among themselves by id; the two counts of 40 by id.
        "count asc": ["s-4", "s-1", "s-3", "s-5", "s-2", "s-8"],
        "count desc": ["s-5", "s-1", "s-3", "s-4", "s-2", "s-8"],
    ]

    /// Follows `next_url` from `uri` to the last page, returning the documents in order.
    static func documents(_ client: LiveClient, from uri: String) async throws -> [String] {
        var docs: [String] = []
        var next: String? = uri
        while let page = next {
            let r = try await client.call(page)
            #expect(r.status == 200, "\(page): \(r.text)")
            docs += (r.json["events"] as? [[String: Any]] ?? []).compactMap { $0["doc"] as? String }
            next = r.json["next_url"] as? String
            #expect(docs.count <= 10, "paging does not end")
            if docs.count > 10 { break }
        }
        return docs
    }

    @Test func everyKeyInBothDirectionsOnTheAPIWithPaging() async throws {
        try await fixture.live { client in
            for (sort, docs) in Self.expected {
                let parts = sort.split(separator: " ")
                let whole = try await Self.documents(
                    client, from: "/api/events?source=XSO&sort=\(parts[0])&order=\(parts[1])")
                #expect(whole == docs, "\(sort)")
                // One and two at a time: the cursor continues after the last event's key and id,
                // also from an event without the key (undated, no count) to the next such one.
                for limit in [1, 2] {
                    let paged = try await Self.documents(
                        client, from: "/api/events?source=XSO&sort=\(parts[0])&order=\(parts[1])&limit=\(limit)")
                    #expect(paged == docs, "\(sort), pages of \(limit)")
                }
            }
            // Without `order`, ascending; without `sort`, id order.
            #expect(
                try await Self.documents(client, from: "/api/events?source=XSO&sort=date") == Self.expected["date asc"])
            #expect(
                try await Self.documents(client, from: "/api/events?source=XSO&order=desc") == Self.expected["id desc"])
        }
    }

    @Test func badSortOrOrderIsA400() async throws {
        try await fixture.live { client in
            let sort = try await client.call("/api/events?sort=size")
            #expect(sort.status == 400 && sort.json["error"] as? String == "bad_parameter")
            #expect(sort.json["detail"] as? String == "sort: \"size\" must be one of id, date, type, count")
            let order = try await client.call("/api/events?sort=date&order=up")
            #expect(order.status == 400 && order.json["detail"] as? String == "order: \"up\" must be asc or desc")
            let twice = try await client.call("/api/events?sort=date&sort=type")
            #expect(twice.status == 400)
            let page = try await client.call("/?sort=size")
            #expect(page.status == 400 && page.text.contains("sort: &quot;size&quot; must be one of"))
        }
    }

    /// The event ids of a page's event table, in order.
    static func tableIDs(_ html: String) -> [Int] {
        html.components(separatedBy: "<tr><td class=\"num\"><a href=\"/events/").dropFirst().compactMap {
            Int($0.prefix { $0.isNumber })
        }
    }

    @Test func dashboardTableSortsByEachKeyWithHeaderLinks() async throws {
        try await fixture.live { client in
            // The documents' event ids, from the API.
            let listed = try await client.call("/api/events?source=XSO")
            var id: [String: Int] = [:]
            for e in listed.json["events"] as? [[String: Any]] ?? [] {
                id[e["doc"] as? String ?? ""] = e["id"] as? Int
            }
            for (sort, docs) in Self.expected {
                let parts = sort.split(separator: " ")
                let page = try await client.call("/?source=XSO&sort=\(parts[0])&order=\(parts[1])")
                #expect(page.status == 200)
                #expect(Self.tableIDs(page.text) == docs.compactMap { id[$0] }, "\(sort)")
                // The sorted column's header links to the other direction, keeping the filters.
                let other = parts[1] == "asc" ? "desc" : "asc"
                #expect(page.text.contains("href=\"/?source=XSO&amp;order=\(other)&amp;sort=\(parts[0])\""), "\(sort)")
                #expect(page.text.contains("aria-sort=\"\(parts[1] == "asc" ? "ascending" : "descending")\""))
            }
            // Unsorted, every sortable header is a link carrying the filters.
            let plain = try await client.call("/?source=XSO")
            for link in ["order=desc&amp;sort=date", "order=asc&amp;sort=type", "order=desc&amp;sort=count"] {
                #expect(plain.text.contains("href=\"/?source=XSO&amp;\(link)\""), "\(link)")
            }
            // The next page of a sorted table continues in that order.
            let all = Self.expected["date desc"]!.compactMap { id[$0] }
            let second = try await client.call("/?source=XSO&sort=date&order=desc&after=\(all[1])")
            #expect(Self.tableIDs(second.text) == Array(all.dropFirst(2)))
        }
    }
}
