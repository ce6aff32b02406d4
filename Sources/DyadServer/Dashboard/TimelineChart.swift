import DyadStore
import DyadText
import Foundation

/// The dashboard's timeline: stacked bars of events per type for each day, week or month, and a
/// line (on its own axis) for the total of one quantity unit, e.g. people arrested. Drawn as SVG
/// by Swift; every bar links to the dashboard filtered to its period.
struct TimelineChart {
    /// One bar: a period and its counts per series (a type, or OTHER).
    struct Column {
        var start: Day
        var end: Day
        var series: [String: Int] = [:]
        var total = 0
        var unitTotal = 0.0
    }

    var columns: [Column]
    var resolution: CountDimension
    var palette: Palette
    var unit: String?

    /// A chart of ready-made columns.
    init(columns: [Column], resolution: CountDimension, palette: Palette, unit: String?) {
        self.columns = columns
        self.resolution = resolution
        self.palette = palette
        self.unit = unit
    }

    /// Groups a by-day timeline into `resolution` periods with no gaps between first and last.
    init(days: Timeline, resolution: CountDimension, palette: Palette) {
        self.resolution = resolution
        self.palette = palette
        unit = days.unit
        var byStart: [Day: Column] = [:]
        for b in days.buckets {
            guard let day = Day(iso: b.key) else { continue }
            let start = Self.periodStart(day, resolution)
            var c = byStart[start] ?? Column(start: start, end: Self.periodEnd(start, resolution))
            for (type, v) in b.types { c.series[palette.series(type), default: 0] += v.events }
            c.total += b.events
            c.unitTotal += b.unitTotal
            byStart[start] = c
        }
        var filled: [Column] = []
        if let first = byStart.keys.min(), let last = byStart.keys.max() {
            var d = first
            while d <= last, filled.count < 5000 {
                filled.append(byStart[d] ?? Column(start: d, end: Self.periodEnd(d, resolution)))
                d = Self.periodEnd(d, resolution).adding(days: 1)
            }
        }
        columns = filled
    }

    /// Day for spans up to four months, week up to two years, month beyond.
    static func resolution(first: Day?, last: Day?) -> CountDimension {
        guard let first, let last else { return .day }
        let span = last.ordinal - first.ordinal
        return span <= 120 ? .day : span <= 730 ? .week : .month
    }

    static func periodStart(_ d: Day, _ r: CountDimension) -> Day {
        switch r {
        case .week: return d.adding(days: 1 - d.weekday)
        case .month: return Day(year: d.year, month: d.month, day: 1) ?? d
        default: return d
        }
    }

    static func periodEnd(_ start: Day, _ r: CountDimension) -> Day {
        switch r {
        case .week: return start.adding(days: 6)
        case .month: return start.adding(days: Day.daysIn(month: start.month, year: start.year) - 1)
        default: return start
        }
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A short axis label; the year is added at the first label and when it changes.
    func label(_ d: Day, previous: Day?) -> String {
        let year = previous == nil || previous!.year != d.year ? " \(d.year)" : ""
        switch resolution {
        case .month: return Self.months[d.month - 1] + year
        default: return "\(d.day) \(Self.months[d.month - 1])" + year
        }
    }

    /// A round step so that about `count` ticks cover `maximum`.
    static func step(_ maximum: Double, count: Int = 4) -> Double {
        guard maximum > 0 else { return 1 }
        let raw = maximum / Double(count)
        let magnitude = pow(10, floor(log10(raw)))
        let unit = [1.0, 2, 2.5, 5, 10].first { $0 * magnitude >= raw } ?? 10
        return max(1, unit * magnitude)
    }

    /// The SVG; `link` makes a dashboard URL for a period.
    func svg(link: (Day, Day) -> String) -> String {
        guard !columns.isEmpty else { return "<p class=\"empty\">No dated events match these filters.</p>" }
        let (w, h) = (1300.0, 300.0)
        let (left, right, top, bottom) = (52.0, unit == nil ? 16.0 : 70.0, 14.0, 40.0)
        let plotW = w - left - right
        let plotH = h - top - bottom
        let maxCount = Double(columns.map(\.total).max() ?? 1)
        let yStep = Self.step(maxCount)
        let yMax = max(yStep, (maxCount / yStep).rounded(.up) * yStep)
        let slot = plotW / Double(columns.count)
        let barW = max(1, slot * (columns.count > 60 ? 0.9 : 0.75))
        var s =
            "<svg viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"Events per \(resolution.rawValue) by type\">"
        var tick = 0.0
        while tick <= yMax + 0.001 {
            let y = top + plotH - tick / yMax * plotH
            s += "<line class=\"gridline\" x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(y))\" y2=\"\(f(y))\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(HTML.number(tick))</text>"
            tick += yStep
        }
        s +=
            "<text x=\"12\" y=\"\(f(top + plotH / 2))\" transform=\"rotate(-90 12 \(f(top + plotH / 2)))\" text-anchor=\"middle\">events</text>"
        let order = palette.types + ["OTHER"]
        let labelEvery = max(1, Int((74.0 / slot).rounded(.up)))
        var previousLabel: Day?
        for (i, c) in columns.enumerated() {
            let x = left + Double(i) * slot + (slot - barW) / 2
            var y = top + plotH
            let period = c.start == c.end ? c.start.description : "\(c.start) – \(c.end)"
            s += "<a href=\"\(HTML.escape(link(c.start, c.end)))\">"
            s +=
                "<rect x=\"\(f(left + Double(i) * slot))\" y=\"\(f(top))\" width=\"\(f(slot))\" height=\"\(f(plotH))\" fill=\"transparent\"><title>\(period): \(c.total) events</title></rect>"
            for series in order {
                guard let n = c.series[series], n > 0 else { continue }
                let bh = Double(n) / yMax * plotH
                y -= bh
                let colour = series == "OTHER" ? Palette.other : palette.colour(series)
                let name = series == "OTHER" ? "other types" : series
                s +=
                    "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(barW))\" height=\"\(f(bh))\" fill=\"\(colour)\"><title>\(period) · \(name): \(n) events</title></rect>"
            }
            s += "</a>"
            if i % labelEvery == 0 {
                let cx = left + Double(i) * slot + slot / 2
                s +=
                    "<line class=\"axis\" x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(top + plotH))\" y2=\"\(f(top + plotH + 4))\"/>"
                s +=
                    "<text x=\"\(f(cx))\" y=\"\(f(top + plotH + 18))\" text-anchor=\"middle\">\(label(c.start, previous: previousLabel))</text>"
                previousLabel = c.start
            }
        }
        s +=
            "<line class=\"axis\" x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(top + plotH))\" y2=\"\(f(top + plotH))\"/>"
        if let unit {
            // One bucket far above all others (a cumulative figure such as "two million migrants were
            // arrested this year") would flatten the line: scale to the rest and mark it as clipped.
            let totals = columns.map(\.unitTotal).filter { $0 > 0 }.sorted(by: >)
            var maxUnit = totals.first ?? 0
            if totals.count >= 3, totals[0] > 4 * totals[1] { maxUnit = totals[1] }
            let uStep = Self.step(maxUnit)
            let uMax = max(uStep, (maxUnit / uStep).rounded(.up) * uStep)
            var t = 0.0
            while t <= uMax + 0.001 {
                let y = top + plotH - t / uMax * plotH
                s += "<text x=\"\(f(left + plotW + 6))\" y=\"\(f(y + 4))\">\(HTML.number(t))</text>"
                t += uStep
            }
            let rx = w - 10
            s +=
                "<text x=\"\(f(rx))\" y=\"\(f(top + plotH / 2))\" transform=\"rotate(90 \(f(rx)) \(f(top + plotH / 2)))\" text-anchor=\"middle\">\(HTML.escape(unit))</text>"
            var points: [String] = []
            var dots = ""
            for (i, c) in columns.enumerated() {
                let cx = left + Double(i) * slot + slot / 2
                let clipped = c.unitTotal > uMax
                let y = top + plotH - min(c.unitTotal, uMax) / uMax * plotH
                points.append("\(f(cx)),\(f(y))")
                if clipped {
                    dots +=
                        "<text class=\"clipped\" x=\"\(f(cx))\" y=\"\(f(y - 6))\" text-anchor=\"middle\">↑ \(HTML.number(c.unitTotal))</text>"
                }
                if c.unitTotal > 0 {
                    let period = c.start == c.end ? c.start.description : "\(c.start) – \(c.end)"
                    dots +=
                        "<circle cx=\"\(f(cx))\" cy=\"\(f(y))\" r=\"3\" fill=\"#1d2330\"><title>\(period): \(HTML.number(c.unitTotal)) \(HTML.escape(unit))</title></circle>"
                }
            }
            s +=
                "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#1d2330\" stroke-width=\"2\" stroke-linejoin=\"round\"/>"
            s += dots
        }
        return s + "</svg>"
    }

    /// The legend: one swatch per coloured type, OTHER when drawn, and the unit line.
    func legend(_ present: Set<String>) -> String {
        var s = "<div class=\"legend\">"
        for t in palette.types {
            s += "<span><span class=\"sw\" style=\"background:\(palette.colour(t))\"></span>\(t)</span>"
        }
        if present.contains(where: { !palette.isOwn($0) }) {
            s += "<span><span class=\"sw\" style=\"background:\(Palette.other)\"></span>other types</span>"
        }
        if let unit { s += "<span><span class=\"line\"></span>\(HTML.escape(unit)) (right axis)</span>" }
        return s + "</div>"
    }

    func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
