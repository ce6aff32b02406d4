import DyadStore
import Foundation

/// The dashboard's world map: Natural Earth country outlines (compiled in, see `WorldOutlines`)
/// in the Equal Earth projection, countries with events shaded, and each event place a circle
/// whose area grows with its count. Circles and countries link to the dashboard filtered by place.
struct WorldMap {
    var places: [PlaceCount]
    /// Events per place country (ISO alpha-3).
    var countryCounts: [String: Int]

    /// Equal Earth (Šavrič, Patterson, Jenny 2018), scaled as `scripts/build_world_map.py` does.
    static func project(lon: Double, lat: Double) -> (x: Double, y: Double) {
        let (a1, a2, a3, a4) = (1.340264, -0.081106, 0.000893, 0.003796)
        func raw(_ lon: Double, _ lat: Double) -> (Double, Double) {
            let lam = lon * .pi / 180
            let theta = asin(3.0.squareRoot() / 2 * sin(lat * .pi / 180))
            let t2 = theta * theta
            let t6 = t2 * t2 * t2
            let x = 2 * 3.0.squareRoot() * lam * cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
            let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
            return (x, y)
        }
        let scale = 1000 / (2 * 2.7066297319215575)
        let top = raw(0, 84).1
        let (x, y) = raw(lon, max(-57, min(84, lat)))
        return (500 + x * scale, (top - y) * scale)
    }

    /// The SVG; `link` makes a dashboard URL filtered to a place country.
    func svg(link: (String) -> String) -> String {
        let (w, h) = WorldOutlines.size
        var s =
            "<svg viewBox=\"0 0 \(Int(w)) \(Int(h.rounded(.up)))\" role=\"img\" aria-label=\"Event places on a world map\">"
        s += "<rect width=\"\(Int(w))\" height=\"\(Int(h.rounded(.up)))\" fill=\"#f8fafc\"/>"
        for c in WorldOutlines.countries {
            let n = countryCounts[c.code] ?? 0
            let title = HTML.escape(c.name) + (n > 0 ? ": \(HTML.grouped(n)) events" : "")
            if n > 0 {
                s +=
                    "<a href=\"\(HTML.escape(link(c.code)))\"><path class=\"country has\" d=\"\(c.path)\"><title>\(title)</title></path></a>"
            } else {
                s += "<path class=\"country\" d=\"\(c.path)\"><title>\(title)</title></path>"
            }
        }
        let located = places.filter { $0.lat != nil && $0.lon != nil }
        let maxCount = Double(located.map(\.events).max() ?? 1)
        for p in located.sorted(by: { $0.events > $1.events }) {
            let (x, y) = Self.project(lon: p.lon!, lat: p.lat!)
            let r = 2.5 + 15 * (Double(p.events) / maxCount).squareRoot()
            let title =
                "\(HTML.escape(p.name)), \(HTML.escape(p.country)): \(HTML.grouped(p.events)) event\(p.events == 1 ? "" : "s")"
            s +=
                "<a href=\"\(HTML.escape(link(p.country)))\"><circle class=\"place\" cx=\"\(String(format: "%.1f", x))\" cy=\"\(String(format: "%.1f", y))\" r=\"\(String(format: "%.1f", r))\"><title>\(title)</title></circle></a>"
        }
        s +=
            "<text x=\"\(Int(w) - 6)\" y=\"\(Int(h) - 6)\" text-anchor=\"end\" class=\"credit\">Outlines: Natural Earth (public domain)</text>"
        return s + "</svg>"
    }
}
