import DyadStore
import DyadText
import Foundation
import Hummingbird
import Testing

@testable import DyadServer

/// The HTML pages: dashboard, event page, document page, assets.
@Suite(.serialized) struct DashboardTests {
    var fixture: Fixture { APITests.fixture }

    @Test func dashboardDrawsTimelineMapDyadsAndEvents() async throws {
        try await fixture.live { client in
            let r = try await client.call("/")
            #expect(r.status == 200 && r.headers[.contentType]?.hasPrefix("text/html") == true)
            for piece in [
                "<form class=\"filters\" method=\"get\"", "aria-label=\"Events per", "aria-label=\"Event places",
                "class=\"country has\"", "<circle class=\"place\"", "Top dyads", "href=\"/events/1\"", "Natural Earth",
                "GeoNames", "/assets/dyad.css",
            ] {
                #expect(r.text.contains(piece), "missing \(piece)")
            }
            #expect(!r.text.contains("http://") || !r.text.contains("<script src=\"http"))
            let filtered = try await client.call("/?type=CONSULT&source=FRA&from=2021-05-01&to=2021-05-31&by=week")
            #expect(
                filtered.status == 200
                    && filtered.text.contains(
                        "<a class=\"actor\" href=\"/actors/FRA\">FRA</a> → <a class=\"actor\" href=\"/actors/DEU\">DEU</a>"
                    ))
            // Actors by name beside their codes in the event list.
            let named = try await client.call("/?source=BLR")
            #expect(
                named.text.contains(
                    "officials of BLR <span class=\"code\">BLR</span></a> → <a class=\"actor\" href=\"/actors/BLR\">people of BLR <span class=\"code\">BLR</span>"
                ))
            let bad = try await client.call("/?from=tomorrow")
            #expect(bad.status == 400 && bad.text.contains("from: &quot;tomorrow&quot; is not a date"))
            let escaped = try await client.call("/?text=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            #expect(escaped.status == 200 && !escaped.text.contains("<script>alert(1)"))
        }
    }

    @Test func eventPageHighlightsTheSentence() async throws {
        try await fixture.live { client in
            let events = try await client.call("/api/events?text=detained&limit=1")
            let id = (events.json["events"] as? [[String: Any]])?.first?["id"] as? Int ?? 1
            let r = try await client.call("/events/\(id)")
            #expect(r.status == 200)
            #expect(r.text.contains("<mark class=\"hl-trigger\""))
            #expect(r.text.contains("class=\"keys\" aria-label=\"Legend\""))
            let missing = try await client.call("/events/987654")
            #expect(missing.status == 404 && missing.text.contains("There is no event 987654"))
        }
    }

    @Test func documentPageMarksEventsAndMentions() async throws {
        try await fixture.live { client in
            let r = try await client.call("/documents/002_tbilisi_protest")
            #expect(r.status == 200)
            #expect(r.text.contains("<span class=\"ev\" id=\"event-"))
            #expect(r.text.contains("<mark class=\"hl-place\""))
            let css = try await client.call("/assets/dyad.css")
            #expect(css.status == 200 && css.headers[.contentType]?.hasPrefix("text/css") == true)
            let js = try await client.call("/assets/dyad.js")
            #expect(js.status == 200 && js.text.contains("addEventListener"))
        }
    }
}

/// The timeline's quantity line keeps its scale when one period dwarfs the rest.
@Suite struct TimelineChartTests {
    @Test func oneHugePeriodIsClippedAndLabelled() {
        let start = Day(year: 2022, month: 9, day: 5)!
        let values = [120.0, 80, 2_000_000, 95, 60]
        let columns = values.enumerated().map { i, v in
            var c = TimelineChart.Column(start: start.adding(days: 7 * i), end: start.adding(days: 7 * i + 6))
            c.series["COERCE"] = 3
            c.total = 3
            c.unitTotal = v
            return c
        }
        let chart = TimelineChart(
            columns: columns, resolution: .week, palette: Palette(counts: ["COERCE": 15]), unit: "arrested")
        let svg = chart.svg { _, _ in "/" }
        #expect(svg.contains("↑ 2,000,000"))
        #expect(!svg.contains(">2,000,000</text>") && svg.contains(">150</text>"))
        let even = TimelineChart(
            columns: Array(columns.prefix(2)) + Array(columns.suffix(2)), resolution: .week,
            palette: Palette(counts: ["COERCE": 15]), unit: "arrested")
        #expect(!even.svg { _, _ in "/" }.contains("↑"))
    }
}

/// "Export this view": the dashboard's export links return exactly the events its filters match,
/// the number the Events heading and the header show.
@Suite(.serialized) struct ExportViewTests {
    var fixture: Fixture { APITests.fixture }

    @Test func exportLinksReturnTheEventsTheViewCounts() async throws {
        try await fixture.live { client in
            for view in ["/", "/?type=COERCE", "/?source=BLR", "/?place=GEO&from=2020-01-01", "/?text=protest"] {
                let page = try await client.call(view)
                #expect(page.status == 200, "\(view)")
                let shown = try #require(
                    page.text.firstMatch(of: /<h2>Events \(([0-9,]+)\)<\/h2>/).map { String($0.1) },
                    "no count on \(view)")
                let counted = Int(shown.replacing(",", with: ""))!
                let links = page.text.matches(of: /href="(\/api\/export\?[^"]+)"/).map {
                    String($0.1).replacingOccurrences(of: "&amp;", with: "&")
                }
                #expect(links.count == 3, "\(view): \(links)")
                for link in links {
                    let r = try await client.call(link)
                    #expect(r.status == 200, "\(link)")
                    if link.contains("format=jsonl") {
                        #expect(r.text.split(separator: "\n").count == counted, "\(link) vs \(counted) on \(view)")
                        #expect(r.headers[.contentDisposition]?.contains("dyad-events.jsonl") == true)
                    } else if link.contains("format=csv") {
                        #expect(r.text.split(separator: "\n").count == counted + 1, "\(link)")
                    } else {
                        let geo = try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any]
                        let features = geo?["features"] as? [[String: Any]] ?? []
                        #expect(features.count <= counted)
                    }
                }
                // The header says how many match under a filter, and only the store's totals without one.
                #expect(page.text.contains("\(shown) matching events · of ") == (view != "/"), "\(view)")
            }
            let bad = try await client.call("/api/export?format=xls")
            #expect(bad.status == 400 && bad.text.contains("jsonl, csv, geojson"))
        }
    }

    /// A page boundary inside the export (more events than one read) loses and repeats nothing.
    @Test func exportReadsPastItsPageSize() async throws {
        try await fixture.server(configure: { $0.exportPageSize = 7 }).live { client in
            let all = try await client.call("/api/export?format=jsonl")
            let ids = try await client.call("/api/events?limit=1000")
            let count = (ids.json["events"] as? [[String: Any]])?.count ?? -1
            #expect(all.text.split(separator: "\n").count == count)
        }
    }
}

/// The map shows what a view is about: the countries it is filtered to, or its places when they
/// lie close together, else the whole world; marks keep their size on screen.
@Suite struct MapExtentTests {
    static let world = WorldMap.Rect(minX: 0, minY: 0, maxX: WorldOutlines.size.width, maxY: WorldOutlines.size.height)

    func place(_ name: String, _ country: String, lat: Double, lon: Double, events: Int = 1) -> PlaceCount {
        PlaceCount(name: name, country: country, lat: lat, lon: lon, events: events, quantity: 0)
    }

    @Test func aCountryFilterShowsTheCountryWhole() throws {
        let geo = try #require(WorldMap.bounds["GEO"])
        let map = WorldMap(
            places: [place("Tbilisi", "GEO", lat: 41.7, lon: 44.8)], countryCounts: ["GEO": 1], focus: ["GEO"])
        let view = map.extent()
        #expect(view.width < Self.world.width / 5)
        #expect(view.minX <= geo.minX && view.maxX >= geo.maxX && view.minY <= geo.minY && view.maxY >= geo.maxY)
        // The map's proportions, so the drawing is not stretched.
        #expect(abs(view.width / view.height - Self.world.width / Self.world.height) < 0.01)
    }

    @Test func nearbyPlacesAreZoomedToAndWorldwideOnesAreNot() {
        let uk = WorldMap(
            places: [place("London", "GBR", lat: 51.5, lon: -0.1), place("Leeds", "GBR", lat: 53.8, lon: -1.5)],
            countryCounts: [:])
        #expect(uk.extent().width < Self.world.width / 5)
        let spread = WorldMap(
            places: [place("London", "GBR", lat: 51.5, lon: -0.1), place("Sydney", "AUS", lat: -33.9, lon: 151.2)],
            countryCounts: [:])
        #expect(spread.extent() == Self.world)
        #expect(WorldMap(places: [], countryCounts: [:]).extent() == Self.world)
    }

    @Test func overlappingPlacesAreOneMarkUntilZoomedApart() {
        let places = [
            place("London", "GBR", lat: 51.51, lon: -0.13, events: 40),
            place("Oxford", "GBR", lat: 51.75, lon: -1.26, events: 5),
            place("Sydney", "AUS", lat: -33.9, lon: 151.2, events: 10),
        ]
        let world = WorldMap.groups(places, zoom: 1)
        #expect(world.count == 2)
        #expect(world[0].places.map(\.name) == ["London", "Oxford"] && world[0].events == 45)
        // Zoomed to England (about twenty times), London and Oxford are apart.
        #expect(WorldMap.groups(places, zoom: 20).count == 3)
        let map = WorldMap(places: places, countryCounts: ["GBR": 45, "AUS": 10]).svg { "/?place=\($0)" }
        #expect(map.contains("class=\"place group\"") && map.contains("2 places, 45 events: London 40, Oxford 5"))
    }

    @Test func theDashboardDrawsTheFilteredCountry() async throws {
        try await APITests.fixture.live { client in
            let whole = try await client.call("/")
            let zoomed = try await client.call("/?place=GEO")
            func viewBox(_ html: String) -> [Double] {
                let m = html.firstMatch(of: /<svg class="map" viewBox="([0-9. ]+)"/)
                return m.map { $0.1.split(separator: " ").compactMap { Double($0) } } ?? []
            }
            #expect(viewBox(whole.text).count == 4)
            let z = viewBox(zoomed.text)
            let geo = try #require(WorldMap.bounds["GEO"])
            try #require(z.count == 4)
            #expect(z[2] < Self.world.width / 5)
            #expect(z[0] <= geo.minX && z[0] + z[2] >= geo.maxX && z[1] <= geo.minY && z[1] + z[3] >= geo.maxY)
        }
    }
}
