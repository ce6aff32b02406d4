import DyadModel
import DyadStore
import DyadText

/// The event page (`/events/{id}`) and the document page (`/documents/{id}`).
enum ItemPages {
    /// What each highlight means, in the order the legend lists them.
    static let legend: [(kind: String, name: String)] = [
        ("hl-source", "source actor"), ("hl-trigger", "trigger"), ("hl-target", "target actor"),
        ("hl-place", "place"), ("hl-number", "number"), ("hl-attribution", "attribution"),
    ]

    static func legendHTML(_ items: [(kind: String, name: String)]) -> String {
        "<div class=\"keys\" aria-label=\"Legend\">"
            + items.map { "<span><mark class=\"\($0.kind)\">\($0.name)</mark></span>" }.joined() + "</div>"
    }

    /// The event's sentence with who, what, to whom, where, how many and says-who marked.
    static func highlightedSentence(_ e: CodedEvent, sentence: String) -> String {
        let text = Array(sentence.unicodeScalars)
        var spans: [Highlighter.Span] = []
        func mark(_ needle: String?, _ kind: String, _ title: String) {
            if let r = Highlighter.find(needle, in: text, taken: spans) {
                spans.append(.init(start: r.lowerBound, end: r.upperBound, kind: kind, title: title))
            }
        }
        func actorTitle(_ side: String, _ a: CodedEvent.Actor) -> String {
            "\(side): " + [a.country?.rawValue, a.sector?.rawValue, a.name].compactMap { $0 }.joined(separator: " · ")
        }
        for a in e.source { mark(a.text, "hl-source", actorTitle("source actor", a)) }
        for a in e.target { mark(a.text, "hl-target", actorTitle("target actor", a)) }
        mark(e.attribution, "hl-attribution", "attribution: who says so")
        mark(e.trigger, "hl-trigger", "trigger: \(e.type)\(e.mode.map { " / \($0)" } ?? "")")
        if let q = e.quantity { mark(q.text, "hl-number", "number: \(JSONObject.format(q.value)) \(q.unit ?? "")") }
        if let p = e.place { mark(p.name, "hl-place", "place: \(p.name), \(p.country)") }
        return Highlighter.render(text, spans: spans)
    }

    static func eventPage(_ s: StoredEvent, document: StoredDocument?) -> String {
        let e = s.event
        let sentence = document?.sentences.first { $0.index == e.evidence.sentence }?.text ?? e.evidence.text
        let palette = Palette(counts: [e.type.rawValue: 1])
        var b = "<h1>Event \(s.id) \(palette.badge(e.type.rawValue))"
        if let mode = e.mode { b += " <span class=\"muted\">\(HTML.escape(mode))</span>" }
        b += "</h1><section class=\"panel\"><h2>What the source says</h2>"
        b += "<p class=\"sentence\">\(highlightedSentence(e, sentence: sentence))</p>" + legendHTML(legend)
        b += "</section><section class=\"panel\"><h2>Coded event</h2><dl class=\"facts\">"
        func fact(_ name: String, _ html: String?) {
            guard let html, !html.isEmpty else { return }
            b += "<dt>\(name)</dt><dd>\(html)</dd>"
        }
        func actors(_ list: [CodedEvent.Actor]) -> String {
            list.isEmpty
                ? "<span class=\"muted\">none named</span>"
                : list.map { a in
                    var parts = [HTML.escape(a.text ?? "(implied)")]
                    parts.append(
                        "<span class=\"muted\">"
                            + HTML.escape(
                                [a.country?.rawValue, a.sector?.rawValue, a.name].compactMap { $0 }.joined(
                                    separator: " · "))
                            + (a.implied ? " · implied" : "") + "</span>")
                    // The actor and its codes link to the actor page of its country code.
                    return ActorPage.link(a.country?.rawValue, parts.joined(separator: " "))
                }.joined(separator: "<br>")
        }
        fact("Type", HTML.escape(e.type.rawValue + (e.mode.map { " / \($0)" } ?? "")))
        fact("Trigger", HTML.escape(e.trigger))
        fact("Source", actors(e.source))
        fact("Target", actors(e.target))
        fact(
            "Day",
            HTML.escape(s.day?.description ?? "unknown")
                + (e.date == nil ? " <span class=\"muted\">(the document's date)</span>" : "")
                + (e.historical ? " <span class=\"flag\">historical</span>" : ""))
        fact("Date precision", Self.datePrecisionText(e.datePrecision))
        if let p = e.place {
            let coords = p.lat.flatMap { lat in p.lon.map { String(format: " · %.2f, %.2f", lat, $0) } } ?? ""
            fact("Place", HTML.escape("\(p.name), \(p.country)") + "<span class=\"muted\">\(coords)</span>")
        }
        fact("Place precision", Self.placePrecisionText(e.placePrecision))
        if let q = e.quantity {
            var scope = ""
            switch q.scope {
            case .periodTotal?: scope = " · total over " + (q.period.map { "“\($0)”" } ?? "an unstated period")
            case .historical?: scope = " · a past figure"
            case .hypothetical?: scope = " · hypothetical"
            case nil: break
            }
            fact(
                "Number",
                HTML.escape("\(HTML.number(q.value)) \(q.unit ?? "") (\(q.qualifier.rawValue)) · “\(q.text)”")
                    + (scope.isEmpty
                        ? "" : " <span class=\"flag\">" + HTML.escape(String(scope.dropFirst(3))) + "</span>"))
        }
        fact(
            "Confidence",
            String(format: "%.2f", e.confidence)
                + " <span class=\"muted\">(calibrated probability that the record is right)</span>")
        fact("Attribution", e.attribution.map(HTML.escape))
        fact("Modality", e.modality?.rawValue)
        fact("Contexts", e.contexts.isEmpty ? nil : HTML.escape(e.contexts.joined(separator: ", ")))
        fact("Told", e.mentions > 1 ? "\(e.mentions) times in the document" : nil)
        if let c = s.clusterID {
            fact(
                "Cluster",
                "<a href=\"/clusters/\(c)\">\(c)</a> <span class=\"muted\">(every report of the same event across documents)</span>"
            )
        }
        let docLink = "/documents/\(PathSegment.encode(e.document))"
        var docHTML =
            "<a href=\"\(HTML.escape(docLink))#event-\(s.id)\">\(HTML.escape(document?.document.title ?? e.document))</a>"
        if let d = document?.document {
            docHTML +=
                " <span class=\"muted\">"
                + HTML.escape([d.outlet, d.date?.description].compactMap { $0 }.joined(separator: " · ")) + "</span>"
            if let url = d.url, url.hasPrefix("http") {
                docHTML += " · <a href=\"\(HTML.escape(url))\" rel=\"noreferrer\">original</a>"
            }
        }
        fact("Document", docHTML)
        fact("JSON", "<a href=\"/api/events/\(s.id)\">/api/events/\(s.id)</a>")
        b += "</dl></section>"
        return HTML.page(title: "Event \(s.id)", subtitle: HTML.escape(e.type.rawValue), body: b)
    }

    static func documentPage(_ view: DocumentView) -> String {
        let d = view.stored.document
        // The page's text; offsets are the document's, so `base` is taken off each.
        let text = Array(d.text.unicodeScalars)
        let base = view.textOffset
        // Event evidence spans (merged when several events share one), each holding its mentions.
        var groups: [(range: Range<Int>, events: [StoredEvent])] = []
        for e in view.events.sorted(by: { $0.event.evidence.start < $1.event.evidence.start }) {
            let lo = min(text.count, max(0, e.event.evidence.start - base))
            let r = lo..<max(lo, min(text.count, e.event.evidence.end - base))
            guard !r.isEmpty else { continue }
            if let i = groups.indices.last, groups[i].range.overlaps(r) {
                groups[i].range =
                    min(groups[i].range.lowerBound, r.lowerBound)..<max(groups[i].range.upperBound, r.upperBound)
                groups[i].events.append(e)
            } else {
                groups.append((r, [e]))
            }
        }
        func mentions(_ r: Range<Int>) -> String {
            let spans = view.mentions.filter { $0.start - base >= r.lowerBound && $0.end - base <= r.upperBound }.map {
                Highlighter.Span(
                    start: $0.start - base - r.lowerBound, end: $0.end - base - r.lowerBound, kind: "hl-\($0.kind)",
                    title: "\($0.kind)" + [$0.country, $0.detail].compactMap { $0 }.map { " · \($0)" }.joined())
            }
            return Highlighter.render(Array(text[r]), spans: spans)
        }
        var html = ""
        var at = 0
        for g in groups {
            html += mentions(at..<g.range.lowerBound)
            let ids = g.events.map { "\($0.id) \($0.event.type)" }.joined(separator: ", ")
            let anchors = g.events.dropFirst().map { "<a id=\"event-\($0.id)\"></a>" }.joined()
            html +=
                "\(anchors)<span class=\"ev\" id=\"event-\(g.events[0].id)\" title=\"event \(HTML.escape(ids))\">\(mentions(g.range))</span>"
            at = g.range.upperBound
        }
        html += mentions(at..<text.count)
        let palette = Palette(counts: Dictionary(view.events.map { ($0.event.type.rawValue, 1) }, uniquingKeysWith: +))
        var b = "<h1>\(HTML.escape(d.title ?? d.id))</h1><p class=\"muted\">"
        b += HTML.escape([d.id, d.outlet, d.date?.description].compactMap { $0 }.joined(separator: " · "))
        if let url = d.url, url.hasPrefix("http") {
            b += " · <a href=\"\(HTML.escape(url))\" rel=\"noreferrer\">original</a>"
        }
        b += " · <a href=\"/api/documents/\(HTML.escape(PathSegment.encode(d.id)))\">JSON</a></p>"
        b +=
            "<section class=\"panel\"><div class=\"keys\"><span><span class=\"ev\">sentence an event was coded from</span></span>"
        b += ["actor", "place", "quantity", "date"].map { "<span><mark class=\"hl-\($0)\">\($0)</mark></span>" }
            .joined()
        b += "</div>"
        if view.sentenceCount > view.stored.sentences.count {
            let shown = view.stored.sentences
            b += "<p class=\"muted\">Sentences \((shown.first?.index ?? 0) + 1)–\((shown.last?.index ?? 0) + 1) of "
            b += "\(view.sentenceCount) (a long document is shown a part at a time)</p>"
        }
        b += "<div class=\"doc-text\">\(html)</div>"
        if let next = view.nextSentence {
            b += "<p><a href=\"/documents/\(HTML.escape(PathSegment.encode(d.id)))?sentence=\(next)\">Next part</a></p>"
        }
        b += "</section>"
        b += "<section class=\"panel\"><h2>\(view.events.count) events</h2>"
        if view.events.isEmpty {
            b += "<p class=\"empty\">No events were coded from this document.</p>"
        } else {
            b +=
                "<table><thead><tr><th class=\"num\">#</th><th>Type</th><th>Source → target</th><th>Trigger</th><th>Evidence</th></tr></thead><tbody>"
            for e in view.events {
                let side = { (a: [CodedEvent.Actor]) in
                    a.isEmpty ? "—" : a.map { ActorPage.codeLinks($0.country?.rawValue ?? "?") }.joined(separator: "+")
                }
                b +=
                    "<tr><td class=\"num\"><a href=\"/events/\(e.id)\">\(e.id)</a></td><td>\(palette.badge(e.event.type.rawValue))</td>"
                b +=
                    "<td class=\"dyad\">\(side(e.event.source)) → \(side(e.event.target))</td>"
                b +=
                    "<td>\(HTML.escape(e.event.trigger))</td><td class=\"evidence\">\(HTML.escape(String(e.event.evidence.text.prefix(160))))</td></tr>"
            }
            b += "</tbody></table>"
        }
        b += "</section>"
        return HTML.page(title: d.title ?? d.id, subtitle: "document", body: b)
    }
}

extension ItemPages {
    /// The date precision in words for the event page.
    static func datePrecisionText(_ p: CodedEvent.DatePrecision) -> String {
        switch p {
        case .day: "day <span class=\"muted\">(the text states the day)</span>"
        case .week: "week <span class=\"muted\">(a span of up to a week; the day shown is its first)</span>"
        case .month: "month <span class=\"muted\">(a span of up to a month; the day shown is its first)</span>"
        case .year: "year <span class=\"muted\">(a longer span; the day shown is its first)</span>"
        case .document: "document <span class=\"muted\">(no date in the text: the document's date)</span>"
        }
    }

    /// The place precision in words for the event page.
    static func placePrecisionText(_ p: CodedEvent.PlacePrecision) -> String {
        switch p {
        case .point: "point <span class=\"muted\">(a named city or site)</span>"
        case .admin1: "region <span class=\"muted\">(a province or state; its coordinates are the region's)</span>"
        case .country:
            "country <span class=\"muted\">(only the country is known; the coordinates are its representative point, not where it happened)</span>"
        case .none: "none"
        }
    }
}
