import DyadModel
import DyadText

extension IngestItem {
    /// Builds the item of a document coded part by part (see `TextParts`): each part's sentences,
    /// mentions and events are shifted into the whole document's sentence numbers and character
    /// offsets as they come, so only one part's analysis is alive at a time.
    public struct PartsBuilder: Sendable {
        var sentences: [StoredSentence] = []
        var events: [CodedEvent] = []
        var mentions: [UInt8] = [UInt8(ascii: "[")]
        /// Sentences of the parts added so far: the first sentence number of the next part.
        public private(set) var sentenceCount = 0

        public init() {}

        /// Adds one part's layers.
        /// - Parameters:
        ///   - text: the part's analysed text.
        ///   - mentions: what was recognised in each of its sentences.
        ///   - events: its events, with offsets within the part.
        ///   - characterOffset: where the part starts in the document, in Unicode scalars.
        public mutating func add(
            text: AnalyzedText, mentions partMentions: [SentenceMentions], events partEvents: [CodedEvent],
            characterOffset: Int
        ) {
            let base = sentenceCount
            for s in text.sentences {
                sentences.append(
                    StoredSentence(
                        index: s.index + base, start: text.characterOffset(ofByte: s.start) + characterOffset,
                        end: text.characterOffset(ofByte: s.end) + characterOffset, text: text.string(s.start..<s.end)))
            }
            for m in partMentions.flatMap(\.all) {
                if mentions.count > 1 { mentions.append(UInt8(ascii: ",")) }
                StoredMentions.append(
                    m, text: text, to: &mentions, sentenceOffset: base, characterOffset: characterOffset)
            }
            events += partEvents.map { $0.shifted(sentences: base, characters: characterOffset) }
            sentenceCount += text.sentences.count
        }

        /// The item for `document`, whose parts were all added in order.
        public func item(for document: Document) -> IngestItem {
            IngestItem(
                document: document, contentHash: IngestItem.contentHash(document), sentences: sentences,
                events: events, mentions: String(decoding: mentions + [UInt8(ascii: "]")], as: UTF8.self))
        }
    }
}

extension CodedEvent {
    /// The event of a document part, moved into its whole document: evidence sentence number and
    /// character offsets shifted by where the part starts.
    public func shifted(sentences: Int, characters: Int) -> CodedEvent {
        guard sentences != 0 || characters != 0 else { return self }
        var e = self
        e.evidence.sentence += sentences
        e.evidence.start += characters
        e.evidence.end += characters
        return e
    }
}
