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
            #expect(filtered.status == 200 && filtered.text.contains("FRA → DEU"))
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
