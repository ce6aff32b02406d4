import DyadStore
import Foundation

/// The dashboard's world map: Natural Earth country outlines (compiled in, see `WorldOutlines`)
/// in the Equal Earth projection, countries with events shaded, and each event place a circle
/// whose area grows with its count. Circles and countries link to the dashboard filtered by place.
struct WorldMap {
    var places: [PlaceCount]
    /// Events per place country (ISO alpha-3).
    var countryCounts: [String: Int]
    /// The countries a view is filtered to (its place filter): the map shows them whole.
    var focus: [String] = []

    /// A rectangle in map units (the outlines' 1000-wide coordinates).
    struct Rect: Equatable {
        var minX, minY, maxX, maxY: Double
        var width: Double { maxX - minX }
        var height: Double { maxY - minY }

        func union(_ o: Rect) -> Rect {
            Rect(minX: min(minX, o.minX), minY: min(minY, o.minY), maxX: max(maxX, o.maxX), maxY: max(maxY, o.maxY))
        }
    }

    /// Each country's bounding box, read once from its outline's coordinates.
    static let bounds: [String: Rect] = {
        var out: [String: Rect] = [:]
        for c in WorldOutlines.countries {
            let numbers = c.path.split(whereSeparator: { $0 == " " || $0 == "M" || $0 == "Z" }).compactMap {
                Double($0)
            }
            var r: Rect?
            for i in stride(from: 0, to: numbers.count - 1, by: 2) {
                let p = Rect(minX: numbers[i], minY: numbers[i + 1], maxX: numbers[i], maxY: numbers[i + 1])
                r = r.map { $0.union(p) } ?? p
            }
            if let r { out[c.code] = out[c.code].map { $0.union(r) } ?? r }
        }
        return out
    }()

    /// The part of the world to draw: the filtered countries whole (with their places), else the
    /// places when they lie in a small part of the world, else the whole map. Padded, never
    /// narrower than a small country, and with the whole map's proportions.
    func extent() -> Rect {
        let (w, h) = WorldOutlines.size
        let world = Rect(minX: 0, minY: 0, maxX: w, maxY: h)
        let points = places.filter { $0.lat != nil && $0.lon != nil && $0.precision != "country" }.map { p in
            let (x, y) = Self.project(lon: p.lon!, lat: p.lat!)
            return Rect(minX: x, minY: y, maxX: x, maxY: y)
        }
        var box: Rect?
        for code in focus { if let b = Self.bounds[code] { box = box.map { $0.union(b) } ?? b } }
        if box == nil {
            box = points.dropFirst().reduce(points.first) { $0?.union($1) }
            // Places all over the world: the world map it is.
            if let b = box, b.width > w * 0.5 || b.height > h * 0.6 { return world }
        } else {
            for p in points { box = box?.union(p) }
        }
        guard var r = box else { return world }
        let pad = max(r.width, r.height) * 0.08
        r = Rect(minX: r.minX - pad, minY: r.minY - pad, maxX: r.maxX + pad, maxY: r.maxY + pad)
        // At least 60 units wide (about the width of Germany), at the map's proportions.
        let width = max(60, r.width, r.height * w / h)
        let height = width * h / w
        let cx = (r.minX + r.maxX) / 2
        let cy = (r.minY + r.maxY) / 2
        guard width < w else { return world }
        let x = min(max(0, cx - width / 2), w - width)
        let y = min(max(0, cy - height / 2), h - height)
        return Rect(minX: x, minY: y, maxX: x + width, maxY: y + height)
    }

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

    /// Places whose circles would overlap at this zoom, drawn as one circle: its area is their
    /// events, at their events-weighted centre, and its title lists them. Greedy, busiest first.
    struct Group {
        var places: [PlaceCount]
        var x: Double
        var y: Double
        var events: Int
        /// Radius on screen (map units at zoom 1), from the group's share of the busiest group.
        var radius = 0.0
    }

    /// The circle size on screen for `events` out of the busiest `maxCount`.
    static func screenRadius(_ events: Int, of maxCount: Int) -> Double {
        2.5 + 15 * (Double(events) / Double(max(1, maxCount))).squareRoot()
    }

    static func groups(_ places: [PlaceCount], zoom z: Double) -> [Group] {
        let located = places.filter { $0.lat != nil && $0.lon != nil && $0.precision != "country" }
            .sorted { ($0.events, $1.name) > ($1.events, $0.name) }
        let maxCount = located.first?.events ?? 1
        var groups: [Group] = []
        for p in located {
            let (x, y) = project(lon: p.lon!, lat: p.lat!)
            let r = screenRadius(p.events, of: maxCount)
            // Overlapping on screen by more than a third of the smaller circle: one mark.
            if let i = groups.firstIndex(where: { g in
                let d = ((g.x - x) * (g.x - x) + (g.y - y) * (g.y - y)).squareRoot() * z
                return d < screenRadius(g.events, of: maxCount) + r / 3
            }) {
                let g = groups[i]
                let total = g.events + p.events
                groups[i].x = (g.x * Double(g.events) + x * Double(p.events)) / Double(total)
                groups[i].y = (g.y * Double(g.events) + y * Double(p.events)) / Double(total)
                groups[i].events = total
                groups[i].places.append(p)
            } else {
                groups.append(Group(places: [p], x: x, y: y, events: p.events))
            }
        }
        let busiest = groups.map(\.events).max() ?? 1
        for i in groups.indices { groups[i].radius = screenRadius(groups[i].events, of: busiest) }
        return groups.sorted { $0.events > $1.events }
    }

    /// The SVG; `link` makes a dashboard URL filtered to a place country.
    func svg(link: (String) -> String) -> String {
        let (w, h) = WorldOutlines.size
        let view = extent()
        // Marks keep their size on screen whatever the zoom: radii and hatching shrink with it
        // (strokes do not scale, see the stylesheet's `vector-effect`).
        let z = w / view.width
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        func f2(_ v: Double) -> String { String(format: "%.2f", v) }
        var s =
            "<svg class=\"map\" viewBox=\"\(f(view.minX)) \(f(view.minY)) \(f(view.width)) \(f(view.height))\" data-world=\"0 0 \(Int(w)) \(h)\" role=\"img\" aria-label=\"Event places on a world map\">"
        s += "<rect width=\"\(Int(w))\" height=\"\(Int(h.rounded(.up)))\" fill=\"#f8fafc\"/>"
        // Events known only to the country are drawn as the country hatched, never as a point at
        // its representative point, which would look like a city.
        s +=
            "<defs><pattern id=\"country-level\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45) scale(\(String(format: "%.4f", 1 / z)))\"><rect width=\"5\" height=\"5\" fill=\"#c9d6e6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#0072B2\" stroke-width=\"2\"/></pattern></defs>"
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
        for c in Self.groups(places, zoom: z) {
            let (x, y) = (c.x, c.y)
            let r = c.radius / z
            let region = c.places.count == 1 && c.places[0].precision == "admin1"
            let title: String
            if c.places.count == 1 {
                let p = c.places[0]
                title =
                    "\(HTML.escape(p.name)), \(HTML.escape(p.country)): \(HTML.grouped(p.events)) event\(p.events == 1 ? "" : "s")"
                    + (region ? " (a region: located to the region only)" : "")
            } else {
                title =
                    "\(c.places.count) places, \(HTML.grouped(c.events)) events: "
                    + c.places.prefix(8).map { "\(HTML.escape($0.name)) \(HTML.grouped($0.events))" }.joined(
                        separator: ", ")
                    + (c.places.count > 8 ? "…" : "")
            }
            let cls = c.places.count > 1 ? "place group" : region ? "place region" : "place"
            s +=
                "<a href=\"\(HTML.escape(link(c.places[0].country)))\"><circle class=\"\(cls)\" cx=\"\(f2(x))\" cy=\"\(f2(y))\" r=\"\(f2(r))\"><title>\(title)</title></circle></a>"
        }
        // The legend and credit stay at the view's corners, at their usual size.
        s +=
            "<g class=\"overlay\" transform=\"translate(\(f2(view.minX)) \(f2(view.minY))) scale(\(String(format: "%.4f", 1 / z)))\">"
        s +=
            "<g class=\"legend\"><circle class=\"place\" cx=\"14\" cy=\"\(Int(h) - 40)\" r=\"5\"/><text x=\"24\" y=\"\(Int(h) - 36)\" class=\"credit\">city or site</text><circle class=\"place region\" cx=\"14\" cy=\"\(Int(h) - 24)\" r=\"5\"/><text x=\"24\" y=\"\(Int(h) - 20)\" class=\"credit\">region</text><rect x=\"9\" y=\"\(Int(h) - 13)\" width=\"10\" height=\"9\" fill=\"url(#country-level)\"/><text x=\"24\" y=\"\(Int(h) - 5)\" class=\"credit\">country only (hatched)</text></g>"
        s +=
            "<text x=\"\(Int(w) - 6)\" y=\"\(Int(h) - 6)\" text-anchor=\"end\" class=\"credit\">Outlines: Natural Earth (public domain)</text></g>"
        return s + "</svg>"
    }
}
