import DyadModel
import DyadQuery
import DyadStore
import DyadText
import Hummingbird

/// The actor page (`/actors/{code}`): every event with an actor of one country or actor code
/// (`RUS`, `IGO`) on either side, as an analyst asks of one party: when it acted or was acted on
/// (timeline), with whom (counterpart dyads), where (map and places), and the events themselves.
///
/// Rendered from `ActorData` alone, so rendering never touches the store.
struct ActorPage {
    var code: String
    var q: QueryString
    var parameters: EventParameters
    var data: ActorData

    /// The page's path.
    var path: String { Self.path(code) }

    static func path(_ code: String) -> String { "/actors/\(code)" }

    /// Whether a string is an actor code the page answers for: three capital letters, as the
    /// store keeps them in event source and target actors.
    static func isCode(_ s: String) -> Bool { s.utf8.count == 3 && s.utf8.allSatisfy { $0 >= 65 && $0 <= 90 } }

    /// `label` (HTML) as a link to the actor page of `code`, or alone when there is no code.
    static func link(_ code: String?, _ label: String) -> String {
        guard let code, isCode(code) else { return label }
        return "<a class=\"actor\" href=\"\(path(code))\">\(label)</a>"
    }

    /// The codes of a stored country set (`RUS+BLR`, `-` for none), each linked to its page.
    static func codeLinks(_ set: String) -> String {
        guard set != "-", !set.isEmpty else { return "—" }
        return set.split(separator: "+").map { link(String($0), HTML.escape(String($0))) }.joined(separator: "+")
    }

    /// The English name of a country code from the map's Natural Earth outlines, or of PLOVER's
    /// non-state codes; nil for a code neither knows.
    static func name(_ code: String) -> String? { names[code] }

    static let names: [String: String] = {
        var out = [
            "IGO": "intergovernmental organisations", "NGO": "non-governmental organisations",
            "UNO": "United Nations", "EUR": "European Union", "MNC": "multinational corporations",
        ]
        for c in WorldOutlines.countries where isCode(c.code) { out[c.code] = c.name }
        return out
    }()

    func render() -> String {
        let title = "Actor \(code)" + (Self.name(code).map { " · \($0)" } ?? "")
        var b = "<h1>\(HTML.escape(title))</h1><section class=\"panel\"><p>"
        b += "\(HTML.grouped(data.total)) event\(data.total == 1 ? "" : "s") with \(code) on either side"
        b += " · \(HTML.grouped(data.asSource)) as source · \(HTML.grouped(data.asTarget)) as target."
        b += " <a href=\"/?source=\(code)\">Dashboard with \(code) as source</a>"
        b += " · <a href=\"/?target=\(code)\">as target</a></p>"
        if !data.names.isEmpty {
            b += "<p class=\"muted small\">Named in the events listed below: "
            b += data.names.map { "\(HTML.escape($0.name)) (\(HTML.grouped($0.events)))" }.joined(separator: ", ")
            b += "</p>"
        }
        b += "</section>"
        let chart = data.chart
        b += "<section class=\"panel\"><h2>Events per \(chart.resolution.rawValue) by type</h2>"
        b += chart.legend(data.typesPresent)
        b += chart.svg { from, to in
            path + "?" + q.with(["from": from.description, "to": to.description, "after": nil])
        }
        b += "</section><div class=\"grid\"><section class=\"panel\"><h2>Counterparts: top dyads</h2>"
        b += counterparts() + "</section>"
        b += "<section class=\"panel\"><h2>Where (\(HTML.grouped(data.places.count)) places)</h2>"
        b += WorldMap(places: data.places, countryCounts: data.countryCounts).svg { country in
            path + "?" + q.with(["place": country, "after": nil])
        }
        b += placeList() + "</section></div><div class=\"row-gap\"></div>"
        b += "<section class=\"panel\"><h2>Events (\(HTML.grouped(data.total)))</h2>"
        b += EventTable(
            q: q, path: path, sort: parameters.query.sort, events: data.events, next: data.next,
            palette: data.palette
        ).render()
        b += "</section>"
        return HTML.page(title: title, subtitle: "one actor's events", body: b)
    }

    /// The dyads with the actor as source or target, largest first: codes linked to their pages,
    /// counts to the dashboard filtered to the dyad.
    func counterparts() -> String {
        guard !data.dyads.isEmpty else { return "<p class=\"empty\">No events with a known counterpart.</p>" }
        let top = Double(data.dyads.map(\.events).max() ?? 1)
        var s = "<table><thead><tr><th>Source → target</th><th class=\"num\">Events</th></tr></thead><tbody>"
        for d in data.dyads {
            let filter =
                "/?"
                + QueryString(nil).with([
                    "source": d.source == "-" ? nil : d.source.replacingOccurrences(of: "+", with: ","),
                    "target": d.target == "-" ? nil : d.target.replacingOccurrences(of: "+", with: ","),
                ])
            let width = Int(80 * Double(d.events) / top)
            s += "<tr><td class=\"dyad\">\(Self.codeLinks(d.source)) → \(Self.codeLinks(d.target))</td>"
            s += "<td class=\"num\"><a href=\"\(HTML.escape(filter))\">\(HTML.grouped(d.events))</a>"
            s += "<span class=\"bar\" style=\"width:\(width)px;background:#5b6475\"></span></td></tr>"
        }
        return s + "</tbody></table><p class=\"muted small\">Country codes of each side (several joined by +).</p>"
    }

    /// The busiest places of the actor's events.
    func placeList() -> String {
        let top = data.places.prefix(12)
        guard !top.isEmpty else { return "" }
        var s = "<table class=\"places\"><thead><tr><th>Busiest places</th><th class=\"num\">Events</th></tr></thead>"
        for p in top {
            let link = path + "?" + q.with(["place": p.country, "after": nil])
            s += "<tr><td><a href=\"\(HTML.escape(link))\">\(HTML.escape(p.name))</a> "
            s += "<span class=\"muted\">\(HTML.escape(p.country))</span></td>"
            s += "<td class=\"num\">\(HTML.grouped(p.events))</td></tr>"
        }
        return s + "</table>"
    }
}

/// What an actor page shows, read from the store in one go.
struct ActorData: Sendable {
    /// Matching events with the code on either side, as source, as target.
    var total: Int
    var asSource: Int
    var asTarget: Int
    var chart: TimelineChart
    var typesPresent: Set<String>
    var palette: Palette
    /// Source → target country sets of the events with the code on a side, largest first.
    var dyads: [(source: String, target: String, events: Int)]
    var places: [PlaceCount]
    var countryCounts: [String: Int]
    /// The names and words its actors were coded from in the listed events, most frequent first.
    var names: [(name: String, events: Int)]
    var events: [StoredEvent]
    var next: Int64?

    /// How many counterpart dyads the page lists.
    static let dyadRows = 16

    init(_ store: any EventStore, code: String, _ p: EventParameters) throws {
        var q = p.query
        q.eitherSideCountries = [code]
        var unpaged = q
        unpaged.afterID = nil
        func matching(_ query: EventQuery) throws -> Int {
            try store.counts(query, by: .type).reduce(0) { $0 + $1.events }
        }
        var asSourceQuery = unpaged
        asSourceQuery.eitherSideCountries = []
        asSourceQuery.sourceCountries = [code]
        var asTargetQuery = unpaged
        asTargetQuery.eitherSideCountries = []
        asTargetQuery.targetCountries = [code]
        total = try matching(unpaged)
        asSource = try matching(asSourceQuery)
        asTarget = try matching(asTargetQuery)

        var byDay = p
        byDay.by = .day
        byDay.query = unpaged
        let days = try Timeline(store, byDay)
        var types: [String: Int] = [:]
        for b in days.buckets { for (t, v) in b.types { types[t, default: 0] += v.events } }
        typesPresent = Set(types.keys)
        palette = Palette(counts: types)
        let first = days.buckets.first.flatMap { Day(iso: $0.key) }
        let last = days.buckets.last.flatMap { Day(iso: $0.key) }
        chart = TimelineChart(
            days: days, resolution: TimelineChart.resolution(first: first, last: last), palette: palette)

        // A dyad with the code on both sides is in both lists, with the same events: kept once.
        var byKey: [String: Int] = [:]
        for query in [asSourceQuery, asTargetQuery] {
            var top = query
            top.limit = Self.dyadRows
            for row in try store.counts(top, by: .dyad) { byKey[row.key] = row.events }
        }
        dyads = byKey.map { key, events in
            let parts = key.components(separatedBy: " -> ")
            return (parts.first ?? "-", parts.count > 1 ? parts[1] : "-", events)
        }.sorted { ($0.events, $1.source, $1.target) > ($1.events, $0.source, $0.target) }
            .prefix(Self.dyadRows).map { $0 }

        var placeQuery = unpaged
        placeQuery.limit = 400
        places = try store.places(placeQuery)
        countryCounts = Dictionary(
            uniqueKeysWithValues: try store.counts(unpaged, by: .place).map { ($0.key, $0.events) })

        var page = q
        page.limit = 26
        let fetched = try store.query(page)
        events = Array(fetched.prefix(25))
        next = fetched.count > 25 ? events.last?.id : nil
        var seen: [String: Int] = [:]
        for e in events {
            for a in e.event.source + e.event.target where a.country?.rawValue == code {
                if let name = a.name ?? a.text { seen[name, default: 0] += 1 }
            }
        }
        names = seen.map { ($0.key, $0.value) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(8).map { $0 }
    }
}

extension DyadServer {
    /// `GET /actors/{code}`: one actor code's events, counterparts and places, under the
    /// dashboard's filters (`from`, `type`...), sorted and paged like the dashboard's list.
    func actorPage(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let raw = PathSegment.decode(context.parameters.get("code") ?? "")
        let code = raw.uppercased()
        guard ActorPage.isCode(code) else {
            throw APIError.badParameter(
                "code", "\(EventParameters.quoted(raw)) is not an actor code (three letters: RUS, UKR, IGO)")
        }
        let q = QueryString(request.uri.query)
        let parameters: EventParameters
        do {
            parameters = try EventParameters(q, extra: ["after", "sort", "order"])
        } catch {
            let html = HTML.page(
                title: "Actor \(code)",
                body: "<div class=\"error\" role=\"alert\"><strong>\(HTML.escape(error.detail))</strong></div>"
                    + "<p><a href=\"\(ActorPage.path(code))\">All events of \(code)</a></p>")
            return .bytes(Array(html.utf8), type: "text/html; charset=utf-8", status: .badRequest)
        }
        // Cached like the dashboard (the same page per state of the store); empty: no such actor.
        let bytes = try await cached("actor/" + code, q) { store in
            let data = try ActorData(store, code: code, parameters)
            if data.total == 0 {
                // Nothing under these filters: a page saying so, unless the code has no events at all.
                var any = EventQuery(limit: 1, includeHistorical: true)
                any.eitherSideCountries = [code]
                if try store.query(any).isEmpty { return [] }
            }
            return Array(ActorPage(code: code, q: q, parameters: parameters, data: data).render().utf8)
        }
        guard !bytes.isEmpty else { return Self.notFoundPage("No event has an actor coded \(code).") }
        return .bytes(bytes, type: "text/html; charset=utf-8")
    }
}
