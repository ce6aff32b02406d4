import DyadModel

/// The dashboard's colours: each event type's own colour (`EventType.colour`, the same on every
/// page and in GeoJSON exports), plus grey for "other types".
///
/// A chart draws at most seven series, so a page's seven most frequent types are its series and
/// the rest are summed as "other"; a type keeps its colour whichever page or series it is in.
struct Palette: Sendable {
    /// The grey of the "other types" series.
    static let other = "#8C8C8C"
    /// How many types a chart draws as series of their own.
    static let seriesCount = 7

    /// The types drawn as series of their own, most frequent first.
    let types: [String]

    /// Picks the most frequent types of `counts` (type → events) as series.
    init(counts: [String: Int]) {
        types = counts.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(
            Self.seriesCount
        )
        .map(\.key)
    }

    /// The colour of a type (its own on every page), or grey for a code Dyad does not know.
    func colour(_ type: String) -> String { EventType(rawValue: type)?.colour ?? Self.other }

    /// Whether a type is drawn as a series of its own.
    func isOwn(_ type: String) -> Bool { types.contains(type) }

    /// The series a type is drawn in: itself or "OTHER".
    func series(_ type: String) -> String { isOwn(type) ? type : "OTHER" }

    /// A type badge: the type's name on its colour.
    func badge(_ type: String) -> String {
        let c = colour(type)
        return
            "<span class=\"badge\" style=\"background:\(c);color:\(EventType.textColour(on: c))\">\(HTML.escape(type))</span>"
    }
}
