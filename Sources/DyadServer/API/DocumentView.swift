import DyadStore
import DyadText

/// A page of a stored document with what was found in it: the mentions recognised when it was
/// coded (the store keeps them with the document, so viewing needs no recognizer and shows what
/// the events were coded from) and the evidence spans of its events, all in character offsets of
/// the whole document. A short document is one page; a long one is answered a page at a time
/// (`next` links the following page), so no answer grows with the document.
struct DocumentView: Sendable {
    /// One recognised mention.
    struct Span: Sendable, Hashable {
        var kind: String
        var start: Int
        var end: Int
        var text: String
        var country: String?
        var detail: String?
    }

    var stored: StoredDocument
    var events: [StoredEvent]
    var mentions: [Span]
    /// Where the page sits in the document (see `DocumentPage`).
    var textOffset: Int
    var documentLength: Int
    var sentenceCount: Int
    var nextSentence: Int?

    init(_ page: DocumentPage) {
        let stored = page.document
        self.stored = stored
        events = page.events
        textOffset = page.textOffset
        documentLength = page.documentLength
        sentenceCount = page.sentenceCount
        nextSentence = page.nextSentence
        mentions = stored.mentions.map { m in
            var detail: String?
            switch m.kind {
            case .place: detail = m.name
            case .actor: detail = [m.name, m.sector?.rawValue].compactMap { $0 }.joined(separator: " · ")
            case .quantity:
                detail = [m.value.map { JSONObject.format($0) }, m.unit].compactMap { $0 }.joined(separator: " ")
            case .date: detail = m.date?.description
            }
            return Span(
                kind: m.kind.rawValue, start: m.start, end: m.end, text: m.text, country: m.country?.rawValue,
                detail: detail?.isEmpty == true ? nil : detail)
        }
    }

    var json: JSONObject {
        let d = stored.document
        var o = JSONObject()
        o.set("id", d.id)
        o.set("date", d.date?.description)
        o.set("title", d.title)
        o.set("url", d.url)
        o.set("outlet", d.outlet)
        o.set("text", d.text)
        o.set("coded_at", stored.codedAt)
        o.set("text_start", textOffset)
        o.set("length", documentLength)
        o.set("sentence_count", sentenceCount)
        o.set("next_sentence", nextSentence)
        o.set("next", nextSentence.map { "/api/documents/\(PathSegment.encode(d.id))?sentence=\($0)" })
        o.set("sentences", stored.sentences.map(\.json))
        o.set(
            "mentions",
            mentions.map { m in
                var j = JSONObject()
                j.set("kind", m.kind)
                j.set("start", m.start)
                j.set("end", m.end)
                j.set("text", m.text)
                j.set("country", m.country)
                j.set("detail", m.detail)
                return j
            })
        o.set(
            "events",
            events.map { e in
                var j = JSONObject()
                j.set("id", Int(e.id))
                j.set("type", e.event.type.rawValue)
                j.set("sentence", e.event.evidence.sentence)
                j.set("start", e.event.evidence.start)
                j.set("end", e.event.evidence.end)
                j.set("trigger", e.event.trigger)
                j.set("url", "/api/events/\(e.id)")
                return j
            })
        return o
    }
}
