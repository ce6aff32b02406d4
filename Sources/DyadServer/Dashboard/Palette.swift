/// Colours of the dashboard: the Okabe–Ito palette, distinguishable with the common forms of
/// colour blindness, plus grey for "other".
///
/// Seventeen event types cannot all get distinguishable colours, so a page colours its seven most
/// frequent types and draws the rest as "other"; the mapping is made once per page so the chart,
/// the dyad table and the event list agree.
struct Palette: Sendable {
    /// Okabe–Ito without black, in the order they are handed out.
    static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442"]
    static let other = "#8C8C8C"
    /// Text colour that reads on each palette colour (WCAG contrast ≥ 4.5 on its swatch).
    static let onColour: [String: String] = [
        "#E69F00": "#000", "#56B4E9": "#000", "#009E73": "#000", "#0072B2": "#fff", "#D55E00": "#000",
        "#CC79A7": "#000", "#F0E442": "#000", "#8C8C8C": "#000",
    ]

    /// The coloured types, most frequent first.
    let types: [String]

    /// Colours the most frequent types of `counts` (type → events).
    init(counts: [String: Int]) {
        types = counts.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(
            Self.okabeIto.count
        )
        .map(\.key)
    }

    /// The colour of a type: its own when among the most frequent, else grey.
    func colour(_ type: String) -> String {
        guard let i = types.firstIndex(of: type) else { return Self.other }
        return Self.okabeIto[i]
    }

    /// Whether a type has its own colour.
    func isOwn(_ type: String) -> Bool { types.contains(type) }

    /// The series a type is drawn in: itself or "OTHER".
    func series(_ type: String) -> String { isOwn(type) ? type : "OTHER" }

    /// A type badge: the type's name on its colour.
    func badge(_ type: String) -> String {
        let c = colour(type)
        return
            "<span class=\"badge\" style=\"background:\(c);color:\(Self.onColour[c] ?? "#000")\">\(HTML.escape(type))</span>"
    }
}
