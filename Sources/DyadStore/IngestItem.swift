import DyadModel
import DyadText

/// One document ready to store: its text, its sentences (for full-text search), its events and
/// the mentions they were coded from.
///
/// The store does not code: whoever ingests (the `dyad` commands, the server's ingest route)
/// annotates the document and hands the layers over, so the store depends only on the records of
/// `DyadModel`, not on the coding engine.
public struct IngestItem: Sendable {
    public var document: Document
    /// A hash of everything the coder reads (text, date, metadata), to detect changed documents.
    public var contentHash: String
    public var sentences: [StoredSentence]
    public var events: [CodedEvent]
    /// The places, actors, quantities and dates recognised in it, in the compact JSON of
    /// `StoredMentions` (built by the coding threads, so the writer only stores one text).
    public var mentions: String

    public init(
        document: Document, contentHash: String, sentences: [StoredSentence], events: [CodedEvent],
        mentions: String = "[]"
    ) {
        self.document = document
        self.contentHash = contentHash
        self.sentences = sentences
        self.events = events
        self.mentions = mentions
    }

    /// What the store keeps of an annotated document: its sentences (with character offsets, like
    /// the evidence's), its events and its mentions as compact JSON. Called on the coding threads.
    /// - Parameters:
    ///   - document: the document as read.
    ///   - text: its analysed text (tokens and sentences).
    ///   - mentions: what was recognised in each sentence.
    ///   - events: its coded events, as they are to be stored (merged or not).
    public init(document: Document, text: AnalyzedText, mentions: [SentenceMentions], events: [CodedEvent]) {
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
