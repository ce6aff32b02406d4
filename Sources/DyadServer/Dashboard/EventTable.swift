import DyadModel
import DyadQuery
import DyadStore

/// The event list of the dashboard and of actor pages: one row per event, actors linked to their
/// pages, column headers that sort (plain links carrying the current filters, so sorting works
/// without JavaScript), and a pager whose cursor is the last event's id in the chosen order.
struct EventTable {
    /// The page's query string: filters, sort and cursor, carried into every link.
    var q: QueryString
    /// The page the links go back to: `/` or `/actors/RUS`.
    var path: String
    var sort: EventSort
    var events: [StoredEvent]
    /// The cursor of the next page (the last shown event's id), nil on the last page.
    var next: Int64?
    var palette: Palette

    /// The header of a sortable column: a link sorting by `key`, first in `firstDescending`
    /// order, then the other way when already sorted by it; `aria-sort` and an arrow mark it.
    func header(_ label: String, _ key: EventSort.Key, numeric: Bool = false, firstDescending: Bool) -> String {
        let current = sort.key == key
        let descending = current ? !sort.descending : firstDescending
        let link =
            path + "?" + q.with(["sort": key.rawValue, "order": descending ? "desc" : "asc", "after": nil])
        let state = current ? (sort.descending ? "descending" : "ascending") : nil
        let arrow = current ? (sort.descending ? " ▼" : " ▲") : ""
        let title = "Sort by \(label.lowercased()), \(descending ? "descending" : "ascending")"
        return "<th\(numeric ? " class=\"num\"" : "")\(state.map { " aria-sort=\"\($0)\"" } ?? "")>"
            + "<a class=\"sort\" href=\"\(HTML.escape(link))\" title=\"\(title)\">\(label)\(arrow)</a></th>"
    }

    /// Actors of one side, by name (the lexicon's canonical name, else the words of the text)
    /// beside their code, each a link to the code's actor page.
    /// The place cell of an event row: "name, country", or a dash.
    static func placeCell(_ e: CodedEvent) -> String {
        "<td>\(HTML.escape(e.place.map { "\($0.name), \($0.country)" } ?? "—"))</td>"
    }

    /// The count cell of an event row: the value and its unit, or empty.
    static func countCell(_ e: CodedEvent) -> String {
        "<td class=\"num\">\(e.quantity.map { HTML.number($0.value) + ($0.unit.map { " " + HTML.escape($0) } ?? "") } ?? "")</td>"
    }

    static func side(_ actors: [CodedEvent.Actor]) -> String {
        actors.isEmpty
            ? "—"
            : actors.map { a in
                let name = a.name ?? a.text.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 }
                let label =
                    (name.map { HTML.escape($0) + " " } ?? "")
                    + "<span class=\"code\">\(HTML.escape(a.country?.rawValue ?? "?"))</span>"
                return ActorPage.link(a.country?.rawValue, label)
            }.joined(separator: ", ")
    }

    func render() -> String {
        guard !events.isEmpty else { return "<p class=\"empty\">No events match these filters.</p>" }
        var s = "<table class=\"events\"><thead><tr>"
        s += header("#", .id, numeric: true, firstDescending: false)
        s += header("Day", .date, firstDescending: true) + header("Type", .type, firstDescending: false)
        s += "<th>Source → target</th><th>Place</th>"
        s += header("Count", .count, numeric: true, firstDescending: true) + "<th>Evidence</th></tr></thead><tbody>"
        for e in events {
            let ev = e.event
            var evidence = ev.evidence.text.replacingOccurrences(of: "\n", with: " ")
            if evidence.count > 150 { evidence = String(evidence.prefix(147)) + "…" }
            s += "<tr><td class=\"num\"><a href=\"/events/\(e.id)\">\(e.id)</a></td>"
            s += "<td class=\"dyad\">\(e.day?.description ?? "—")</td><td>\(palette.badge(ev.type.rawValue))</td>"
            s += "<td class=\"actors\">\(Self.side(ev.source)) → \(Self.side(ev.target))</td>"
            s += Self.placeCell(ev) + Self.countCell(ev)
            s += "<td class=\"evidence\"><a href=\"/events/\(e.id)\">\(HTML.escape(evidence))</a></td></tr>"
        }
        s += "</tbody></table><div class=\"pager\">"
        if q.value("after") != nil {
            s +=
                "<a class=\"button plain\" href=\"\(HTML.escape(path + "?" + q.with(["after": nil])))\">← First page</a>"
        }
        if let next {
            s +=
                "<a class=\"button plain\" href=\"\(HTML.escape(path + "?" + q.with(["after": String(next)])))\">Next page →</a>"
        }
        return s + "</div>"
    }
}
