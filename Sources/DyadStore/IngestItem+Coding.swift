import DyadCoder
import DyadLexicon
import DyadText

extension IngestItem {
    /// Codes a document into what the store keeps: its sentences (with character offsets, like the
    /// evidence's), its events and the mentions they were coded from. The text is analysed once.
    public init(coding document: Document, with coder: EventCoder) {
        let text = AnalyzedText(document.text)
        let mentions = coder.recognizer.recognize(text, documentDate: document.date)
        let events = coder.code(document, text: text, mentions: mentions)
        let sentences = text.sentences.map { s in
            StoredSentence(
                index: s.index, start: text.characterOffset(ofByte: s.start),
                end: text.characterOffset(ofByte: s.end), text: text.string(s.start..<s.end))
        }
        self.init(
            document: document, contentHash: Self.contentHash(document), sentences: sentences, events: events,
            mentions: StoredMentions.json(mentions, text: text))
    }

    /// A 64-bit FNV-1a hash (hex) of everything coding reads: text, date and metadata. It only has
    /// to tell a changed document from an unchanged one, not resist an adversary.
    public static func contentHash(_ d: Document) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String?) {
            for b in (s ?? "\u{0}").utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            h ^= 0xFF
            h = h &* 0x100_0000_01b3
        }
        mix(d.text)
        mix(d.date?.description)
        mix(d.title)
        mix(d.url)
        mix(d.outlet)
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
