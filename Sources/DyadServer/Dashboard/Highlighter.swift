/// Marks spans of a text with `<mark>` elements, escaping everything else: the event page's
/// highlighted sentence and the document page's mentions.
struct Highlighter {
    /// A span to mark, in character (Unicode scalar) offsets into the text.
    struct Span: Hashable {
        var start: Int
        var end: Int
        /// The CSS class (`hl-source`, `hl-trigger`...).
        var kind: String
        /// The tooltip.
        var title: String
    }

    /// Finds `needle` in `text` (case-insensitive, first occurrence not already taken), as a span.
    static func find(_ needle: String?, in text: [Unicode.Scalar], taken: [Span]) -> Range<Int>? {
        guard let needle, !needle.isEmpty else { return nil }
        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { c.properties.lowercaseMapping.unicodeScalars.first ?? c }
        let n = needle.unicodeScalars.map(lower)
        let hay = text.map(lower)
        guard n.count <= hay.count else { return nil }
        var i = 0
        while i + n.count <= hay.count {
            if hay[i] == n[0], Array(hay[i..<(i + n.count)]) == n {
                let r = i..<(i + n.count)
                if !taken.contains(where: { $0.start < r.upperBound && r.lowerBound < $0.end }) { return r }
            }
            i += 1
        }
        return nil
    }

    /// The text as HTML with non-overlapping spans marked (an overlapping span is dropped).
    static func render(
        _ text: [Unicode.Scalar], spans: [Span],
        wrap: (Span, String) -> String = { s, inner in
            "<mark class=\"\(s.kind)\" title=\"\(HTML.escape(s.title))\">\(inner)</mark>"
        }
    ) -> String {
        var kept: [Span] = []
        for s in spans.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) })
        where s.start >= 0 && s.end <= text.count && s.start < s.end {
            if let last = kept.last, s.start < last.end { continue }
            kept.append(s)
        }
        var out = ""
        var at = 0
        func plain(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text[r])
            return HTML.escape(String(s))
        }
        for s in kept {
            out += plain(at..<s.start)
            out += wrap(s, plain(s.start..<s.end))
            at = s.end
        }
        return out + plain(at..<text.count)
    }
}
