import DyadModel
import DyadQuery
import DyadStore
import DyadText

/// The dashboard at `/`: filters, timeline, map, dyad table and event list for one query.
///
/// Built from plain values computed by `DashboardData`, so rendering never touches the store.
struct DashboardPage {
    var q: QueryString
    var parameters: EventParameters?
    var error: APIError?
    var data: DashboardData?

    func render() -> String {
        var body = ""
        if let error {
            body += "<div class=\"error\" role=\"alert\"><strong>\(HTML.escape(error.detail))</strong></div>"
        }
        body += filterForm()
        guard let data else { return HTML.page(title: "Dashboard", body: body) }
        let chart = data.chart
        body += "<section class=\"panel\"><h2>Events per \(chart.resolution.rawValue) by type"
        if let unit = chart.unit { body += " · \(HTML.escape(unit)) per \(chart.resolution.rawValue)" }
        body += "</h2>" + chart.legend(data.typesPresent)
        body += chart.svg { from, to in "/?" + q.with(["from": from.description, "to": to.description, "after": nil]) }
        if data.undated > 0 {
            body +=
                "<p class=\"muted small\">\(HTML.grouped(data.undated)) matching events have no date and are not drawn.</p>"
        }
        body += "</section>"
        body +=
            "<div class=\"grid\"><section class=\"panel\"><h2>Where (\(HTML.grouped(data.places.count)) places)</h2>"
        body += WorldMap(
            places: data.places, countryCounts: data.countryCounts, focus: parameters?.query.placeCountries ?? []
        ).svg { code in
            "/?" + q.with(["place": code, "after": nil])
        }
        body +=
            "<p class=\"muted small\">Circle area grows with the number of events at a place; shaded countries had events. Click to filter.</p>"
        body += topPlaces(data) + "</section>"
        body += "<section class=\"panel\"><h2>Top dyads: source → target</h2>" + dyadTable(data) + "</section></div>"
        body +=
            "<div class=\"row-gap\"></div><section class=\"panel\"><h2>Events (\(HTML.grouped(data.matching)))</h2>"
            + exportLinks() + eventTable(data) + "</section>"
        let store =
            "\(HTML.grouped(data.totalEvents)) events · \(HTML.grouped(data.totalDocuments)) documents"
            + (data.firstDay.map { f in data.lastDay.map { " · \(f) to \($0)" } ?? "" } ?? "")
        // Under a filter the header says how many events match, beside the store's totals.
        let subtitle =
            isFiltered ? "\(HTML.grouped(data.matching)) matching events · of \(store)" : store
        return HTML.page(title: "Dashboard", subtitle: subtitle, body: body)
    }

    /// The filter bar: a GET form that works without JavaScript.
    func filterForm() -> String {
        func value(_ name: String) -> String { HTML.escape(q.list(name).joined(separator: ",")) }
        let selected = Set(q.list("type").map { $0.uppercased() })
        let palette = data?.palette ?? Palette(counts: [:])
        var s = "<section class=\"panel\"><form class=\"filters\" method=\"get\" action=\"/\">"
        s += "<label>From<input type=\"date\" name=\"from\" value=\"\(HTML.escape(q.value("from") ?? ""))\"></label>"
        s += "<label>To<input type=\"date\" name=\"to\" value=\"\(HTML.escape(q.value("to") ?? ""))\"></label>"
        s +=
            "<label>Source countries<input class=\"code\" type=\"text\" name=\"source\" placeholder=\"RUS,UKR\" value=\"\(value("source"))\"></label>"
        s +=
            "<label>Target countries<input class=\"code\" type=\"text\" name=\"target\" placeholder=\"USA\" value=\"\(value("target"))\"></label>"
        s +=
            "<label>Place countries<input class=\"code\" type=\"text\" name=\"place\" placeholder=\"IRN\" value=\"\(value("place"))\"></label>"
        s +=
            "<label>Actor<input class=\"words\" type=\"text\" name=\"actor\" placeholder=\"police\" value=\"\(HTML.escape(q.value("actor") ?? ""))\"></label>"
        s +=
            "<label>Words in the sentence<input class=\"words\" type=\"text\" name=\"text\" placeholder=\"arrested\" value=\"\(HTML.escape(q.value("text") ?? ""))\"></label>"
        s += "<label>Confidence at least<select name=\"min_confidence\">"
        for (v, name) in [("", "any"), ("0.5", "0.5"), ("0.8", "0.8")] {
            s += "<option value=\"\(v)\"\((q.value("min_confidence") ?? "") == v ? " selected" : "")>\(name)</option>"
        }
        s += "</select></label>"
        let historical = ["1", "true", "yes", "on"].contains((q.value("include_historical") ?? "").lowercased())
        s +=
            "<label><input type=\"checkbox\" name=\"include_historical\" value=\"1\"\(historical ? " checked" : "")> Historical events</label>"
        s += "<label>Bars per<select name=\"by\">"
        for (v, name) in [("", "auto"), ("day", "day"), ("week", "week"), ("month", "month")] {
            s += "<option value=\"\(v)\"\((q.value("by") ?? "") == v ? " selected" : "")>\(name)</option>"
        }
        s += "</select></label>"
        if let units = data?.units, !units.isEmpty {
            s += "<label>Line<select name=\"unit\">"
            for u in units {
                let on = u.unit == data?.chart.unit
                s +=
                    "<option value=\"\(HTML.escape(u.unit))\"\(on ? " selected" : "")>\(HTML.escape(u.unit)) (\(HTML.number(u.total)))</option>"
            }
            s += "</select></label>"
        }
        s += "<button type=\"submit\">Apply</button><a class=\"button plain\" href=\"/\">Reset</a>"
        s += "<fieldset class=\"types\"><legend>Event types (none ticked: all)</legend>"
        for t in EventTypes.all {
            let on = selected.contains(t)
            let n = data?.typeCounts[t] ?? 0
            s +=
                "<label class=\"chip\(on ? " on" : "")\"><input type=\"checkbox\" name=\"type\" value=\"\(t)\"\(on ? " checked" : "")>"
            s += "<span class=\"dot\" style=\"background:\(palette.colour(t))\"></span>\(t)"
            s += " <span class=\"muted\">\(HTML.grouped(n))</span></label>"
        }
        return s + "</fieldset></form></section>"
    }

    /// The busiest places as a compact list under the map.
    func topPlaces(_ data: DashboardData) -> String {
        let top = data.places.prefix(12)
        guard !top.isEmpty else { return "" }
        var s =
            "<table class=\"places\"><thead><tr><th>Busiest places</th><th class=\"num\">Events</th><th>Busiest places</th><th class=\"num\">Events</th></tr></thead><tbody>"
        let half = (top.count + 1) / 2
        for i in 0..<half {
            s += "<tr>"
            for p in [top[top.startIndex + i]] + (i + half < top.count ? [top[top.startIndex + i + half]] : []) {
                let link = "/?" + q.with(["place": p.country, "after": nil])
                s +=
                    "<td><a href=\"\(HTML.escape(link))\">\(HTML.escape(p.name))</a> <span class=\"muted\">\(HTML.escape(p.country))</span></td><td class=\"num\">\(HTML.grouped(p.events))</td>"
            }
            s += "</tr>"
        }
        return s + "</tbody></table>"
    }

    func dyadTable(_ data: DashboardData) -> String {
        let rows = data.dyads.filter { $0.source != "-" }.prefix(16)
        guard !rows.isEmpty else { return "<p class=\"empty\">No events with a known source actor.</p>" }
        let top = Double(rows.map(\.events).max() ?? 1)
        var s =
            "<table><thead><tr><th>Source → target</th><th>Type</th><th class=\"num\">Events</th></tr></thead><tbody>"
        for r in rows {
            let link =
                "/?"
                + q.with([
                    "source": r.source.replacingOccurrences(of: "+", with: ","),
                    "target": r.target == "-" ? nil : r.target.replacingOccurrences(of: "+", with: ","), "type": r.type,
                    "after": nil,
                ])
            let width = Int(80 * Double(r.events) / top)
            // Each code links to its actor page; the count links to the dashboard filtered to the dyad.
            s += "<tr><td class=\"dyad\">\(ActorPage.codeLinks(r.source)) → \(ActorPage.codeLinks(r.target))</td>"
            s += "<td>\(data.palette.badge(r.type))</td>"
            s +=
                "<td class=\"num\"><a href=\"\(HTML.escape(link))\" title=\"Show these events\">\(HTML.grouped(r.events))</a><span class=\"bar\" style=\"width:\(width)px;background:\(data.palette.colour(r.type))\"></span></td></tr>"
        }
        return s
            + "</tbody></table><p class=\"muted small\">Country codes of the actors on each side (several joined by +; each opens its actor page); — means no target. A count shows those events.</p>"
    }

    /// Whether any filter narrows the view (paging and chart options do not).
    var isFiltered: Bool { q.pairs.contains { EventParameters.filterNames.contains($0.name) && !$0.value.isEmpty } }

    /// "Export this view" links: every event the filters match (not only this page), streamed by
    /// `GET /api/export` in the formats of `dyad export`.
    func exportLinks() -> String {
        var filters = q
        filters.pairs = q.pairs.filter { EventParameters.filterNames.contains($0.name) }
        var s = "<p class=\"muted small export\">Export this view:"
        for (format, label) in [("csv", "CSV"), ("jsonl", "JSON Lines"), ("geojson", "GeoJSON")] {
            let query = filters.with(["format": format])
            s += " <a href=\"/api/export?\(HTML.escape(query))\" download>\(label)</a>"
        }
        return s + "</p>"
    }

    func eventTable(_ data: DashboardData) -> String {
        EventTable(
            q: q, path: "/", sort: parameters?.query.sort ?? .storage, events: data.events, next: data.next,
            palette: data.palette
        ).render()
    }
}

/// What the dashboard shows for one query, read from the store in one go.
struct DashboardData: Sendable {
    var totalEvents: Int
    var totalDocuments: Int
    /// Events the filters match (all pages): what the export links return.
    var matching: Int
    var firstDay: Day?
    var lastDay: Day?
    var typeCounts: [String: Int]
    var typesPresent: Set<String>
    var palette: Palette
    var chart: TimelineChart
    var undated: Int
    /// Dated events left out of the chart as outliers.
    var outside: Int
    var units: [(unit: String, total: Double)]
    var places: [PlaceCount]
    var countryCounts: [String: Int]
    var dyads: [DyadRow]
    var events: [StoredEvent]
    var next: Int64?

    init(_ store: any EventStore, _ p: EventParameters, resolution: CountDimension?) throws {
        let stats = try store.overview()
        totalEvents = stats.events
        totalDocuments = stats.documents
        firstDay = stats.firstDay
        lastDay = stats.lastDay
        var byDay = p
        byDay.by = .day
        var unpaged = p.query
        unpaged.afterID = nil
        byDay.query = unpaged
        var days = try Timeline(store, byDay, allUnits: true)
        outside = 0
        if p.query.from == nil && p.query.to == nil {
            // Dates resolved far from the bulk (a history article's 1814) would squash the chart;
            // without explicit From/To, the chart shows the shortest run of days holding 95% of the events (and says so).
            let trimmed = DashboardData.trim(days.buckets)
            outside =
                days.buckets.count - trimmed.count == 0
                ? 0 : days.buckets.reduce(0) { $0 + $1.events } - trimmed.reduce(0) { $0 + $1.events }
            days.buckets = trimmed
        }
        var types: [String: Int] = [:]
        for b in days.buckets { for (t, v) in b.types { types[t, default: 0] += v.events } }
        var all = unpaged
        all.types = []
        typeCounts = Dictionary(uniqueKeysWithValues: try store.counts(all, by: .type).map { ($0.key, $0.events) })
        matching = try store.counts(unpaged, by: .type).reduce(0) { $0 + $1.events }
        typesPresent = Set(types.keys)
        palette = Palette(counts: types)
        let first = days.buckets.first.flatMap { Day(iso: $0.key) }
        let last = days.buckets.last.flatMap { Day(iso: $0.key) }
        chart = TimelineChart(
            days: days, resolution: resolution ?? TimelineChart.resolution(first: first, last: last), palette: palette)
        undated = days.undated
        units = days.units
        var placeQuery = unpaged
        placeQuery.limit = 400
        places = try store.places(placeQuery)
        countryCounts = Dictionary(
            uniqueKeysWithValues: try store.counts(unpaged, by: .place).map { ($0.key, $0.events) })
        dyads = try store.crossCounts(unpaged, by: .dyad, and: .type, perGroup: 16).map(DyadRow.init)
            .sorted { ($0.events, $1.source, $1.target) > ($1.events, $0.source, $0.target) }
        var page = p.query
        page.limit = 26
        let fetched = try store.query(page)
        events = Array(fetched.prefix(25))
        next = fetched.count > 25 ? events.last?.id : nil
    }

    /// The shortest run of days holding 95% of the events: the chart's default window.
    static func trim(_ buckets: [Timeline.Bucket]) -> [Timeline.Bucket] {
        let days = buckets.map { Day(iso: $0.key)?.ordinal ?? 0 }
        let total = buckets.reduce(0) { $0 + $1.events }
        let need = total - total * 5 / 100
        var best: ClosedRange<Int>?
        var sum = 0
        var lo = 0
        for hi in buckets.indices {
            sum += buckets[hi].events
            while lo < hi, sum - buckets[lo].events >= need {
                sum -= buckets[lo].events
                lo += 1
            }
            if sum >= need, best.map({ days[hi] - days[lo] < days[$0.upperBound] - days[$0.lowerBound] }) ?? true {
                best = lo...hi
            }
        }
        return best.map { Array(buckets[$0]) } ?? buckets
    }

}
