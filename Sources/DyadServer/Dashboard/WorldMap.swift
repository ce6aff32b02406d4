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
        // Events known only to the country are drawn as the country hatched, never as a point at
        // its representative point, which would look like a city.
        s +=
            "<defs><pattern id=\"country-level\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#c9d6e6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#0072B2\" stroke-width=\"2\"/></pattern></defs>"
        var countryLevel: [String: Int] = [:]
        for p in places where p.precision == "country" { countryLevel[p.country, default: 0] += p.events }
        for c in WorldOutlines.countries {
            let n = countryCounts[c.code] ?? 0
            let k = countryLevel[c.code] ?? 0
            let title =
                HTML.escape(c.name) + (n > 0 ? ": \(HTML.grouped(n)) events" : "")
                + (k > 0 ? " (\(HTML.grouped(k)) located only to the country)" : "")
            if n > 0 {
                let cls = k > 0 ? "country has level" : "country has"
                s +=
                    "<a href=\"\(HTML.escape(link(c.code)))\"><path class=\"\(cls)\" d=\"\(c.path)\"><title>\(title)</title></path></a>"
            } else {
                s += "<path class=\"country\" d=\"\(c.path)\"><title>\(title)</title></path>"
            }
        }
        let located = places.filter { $0.lat != nil && $0.lon != nil && $0.precision != "country" }
        let maxCount = Double(located.map(\.events).max() ?? 1)
        for p in located.sorted(by: { $0.events > $1.events }) {
            let (x, y) = Self.project(lon: p.lon!, lat: p.lat!)
            let r = 2.5 + 15 * (Double(p.events) / maxCount).squareRoot()
            let region = p.precision == "admin1"
            let title =
                "\(HTML.escape(p.name)), \(HTML.escape(p.country)): \(HTML.grouped(p.events)) event\(p.events == 1 ? "" : "s")"
                + (region ? " (a region: located to the region only)" : "")
            s +=
                "<a href=\"\(HTML.escape(link(p.country)))\"><circle class=\"\(region ? "place region" : "place")\" cx=\"\(String(format: "%.1f", x))\" cy=\"\(String(format: "%.1f", y))\" r=\"\(String(format: "%.1f", r))\"><title>\(title)</title></circle></a>"
        }
        s +=
            "<g class=\"legend\"><circle class=\"place\" cx=\"14\" cy=\"\(Int(h) - 40)\" r=\"5\"/><text x=\"24\" y=\"\(Int(h) - 36)\" class=\"credit\">city or site</text><circle class=\"place region\" cx=\"14\" cy=\"\(Int(h) - 24)\" r=\"5\"/><text x=\"24\" y=\"\(Int(h) - 20)\" class=\"credit\">region</text><rect x=\"9\" y=\"\(Int(h) - 13)\" width=\"10\" height=\"9\" fill=\"url(#country-level)\"/><text x=\"24\" y=\"\(Int(h) - 5)\" class=\"credit\">country only (hatched)</text></g>"
        s +=
            "<text x=\"\(Int(w) - 6)\" y=\"\(Int(h) - 6)\" text-anchor=\"end\" class=\"credit\">Outlines: Natural Earth (public domain)</text>"
        return s + "</svg>"
    }
}
