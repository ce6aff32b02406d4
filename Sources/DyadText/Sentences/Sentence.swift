/// A sentence: a run of tokens and the bytes they span.
public struct Sentence: Sendable, Hashable {
    /// Position of the sentence in its document, from 0.
    public var index: Int
    /// The tokens of the sentence, as indices into `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// Byte offset of the first token.
    public var start: Int
    /// Byte offset one past the last token.
    public var end: Int

    public init(index: Int, tokens: Range<Int>, start: Int, end: Int) {
        self.index = index
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}
