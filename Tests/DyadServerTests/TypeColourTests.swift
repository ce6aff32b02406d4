import DyadModel
import Foundation
import Testing

/// Each event type has one colour everywhere (`EventType.colour`): in the dashboard's badges,
/// legends and type chips under any filter and sort, on actor, event and document pages, and in
/// GeoJSON exports.
@Suite(.serialized) struct TypeColourTests {
    var fixture: Fixture { APITests.fixture }

    /// Every (type, colour) pair a page draws: badges (`background:C…">TYPE<`), legend swatches and
    /// filter dots (`background:C"></span>TYPE`).
    static func colouredTypes(_ html: String) -> [(type: String, colour: String)] {
        let pattern =
            #"background:(#[0-9A-Fa-f]{6})(?:;color:#[0-9a-f]{3})?"></span>([A-Z]+)|background:(#[0-9A-Fa-f]{6});color:#[0-9a-f]{3}">([A-Z]+)<"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { m in
            func group(_ i: Int) -> String? {
                m.range(at: i).location == NSNotFound ? nil : ns.substring(with: m.range(at: i))
            }
            return (group(2) ?? group(4) ?? "", group(1) ?? group(3) ?? "")
        }
    }

    @Test func everyPageDrawsATypeInItsOwnColour() async throws {
        try await fixture.live { client in
            let events = try await client.call("/api/events?limit=200")
            let list = events.json["events"] as? [[String: Any]] ?? []
            let eventIDs = list.compactMap { $0["id"] as? Int }.prefix(6)
            let documents = Set(list.compactMap { $0["doc"] as? String }).sorted().prefix(3)
            var pages = [
                "/", "/?type=CONSULT", "/?source=BLR", "/?from=2021-05-01&to=2021-05-31&by=day",
                "/?sort=type&order=desc", "/actors/RUS", "/actors/BLR",
            ]
            pages += eventIDs.map { "/events/\($0)" } + documents.map { "/documents/\($0)" }
            var seen: [String: Set<String>] = [:]
            for page in pages {
                let r = try await client.call(page)
                #expect(r.status == 200, "\(page)")
                for (type, colour) in Self.colouredTypes(r.text) where EventType(rawValue: type) != nil {
                    seen[type, default: []].insert(colour.uppercased())
                }
            }
            // The dashboard's type chips draw all seventeen types, so every type is checked.
            #expect(Set(seen.keys) == Set(EventType.allCases.map(\.rawValue)))
            for (type, colours) in seen {
                #expect(colours == [EventType(rawValue: type)!.colour], "\(type) drawn in \(colours.sorted())")
            }
        }
    }

    @Test func coloursAreDistinctAndLabelsReadable() {
        let colours = EventType.allCases.map(\.colour)
        #expect(Set(colours).count == colours.count)
        // Dark colours take white text, light ones black.
        #expect(EventType.concede.textColour == "#fff" && EventType.coerce.textColour == "#fff")
        #expect(EventType.threaten.textColour == "#000" && EventType.consult.textColour == "#000")
    }
}
