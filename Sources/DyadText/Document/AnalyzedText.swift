/// A document's text after tokenization and sentence splitting, with the byte/character
/// conversions every output needs.
///
/// It is the unit the recognisers and the coder work on: the bytes are kept once, tokens and
/// sentences point into them, and strings are only built for what is printed.
public struct AnalyzedText: Sendable {
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// All tokens of the body, in order.
    public let tokens: [Token]
    /// The sentences, covering all tokens.
    public let sentences: [Sentence]
    /// Byte offset where the article body starts (after a `date YYYY-MM-DD` prefix, if any).
    public let bodyStart: Int
    /// True when every byte is ASCII, so byte offsets are character offsets.
    public let isASCII: Bool
    /// For non-ASCII text: the number of scalars before each 64-byte block.
    private let blockScalars: [Int32]

    /// Tokenizes and splits `text`.
    /// - Parameters:
    ///   - text: the document text, possibly starting with a seed-style `date YYYY-MM-DD` prefix,
    ///     which is skipped.
    ///   - tokenizer: the tokenizer to use.
    ///   - splitter: the sentence splitter to use.
    public init(_ text: String, tokenizer: Tokenizer = .standard, splitter: SentenceSplitter? = nil) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        let start = AnalyzedText.bodyStart(bytes)
        self.bodyStart = start
        let toks = tokenizer.tokenize(bytes, range: start..<bytes.count)
        self.tokens = toks
        self.sentences = (splitter ?? .standard).split(toks)
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        self.isASCII = ascii
        var blocks: [Int32] = []
        if !ascii {
            blocks.reserveCapacity(bytes.count / 64 + 1)
            var n: Int32 = 0
            for (i, b) in bytes.enumerated() {
                if i & 63 == 0 { blocks.append(n) }
                if b & 0xC0 != 0x80 { n += 1 }
            }
        }
        self.blockScalars = blocks
    }

    /// The offset after a leading `date YYYY-MM-DD` prefix (and the whitespace around it), or 0.
    public static func bodyStart(_ b: [UInt8]) -> Int {
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        let prefix = Array("date ".utf8)
        guard i + 15 <= b.count, Array(b[i..<(i + 5)]) == prefix else { return 0 }
        guard Day(iso: String(decoding: b[(i + 5)..<(i + 15)], as: UTF8.self)) != nil else { return 0 }
        i += 15
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        return i
    }

    /// The text of a token.
    public func string(_ token: Token) -> String { string(token.start..<token.end) }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of a span of tokens, from the first token's start to the last token's end.
    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The byte span of a token range.
    public func byteRange(tokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// The Unicode-scalar offset of a byte offset, as Python's `str` indexes text.
    public func characterOffset(ofByte offset: Int) -> Int {
        if isASCII { return offset }
        let end = min(offset, bytes.count)
        let block = min(end >> 6, blockScalars.count - 1)
        var n = Int(blockScalars[block])
        var i = block << 6
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// The lower-cased ASCII form of a token, for matching small word lists.
    public func lowercased(_ token: Token) -> String {
        String(decoding: bytes[token.start..<token.end].map { ($0 &- 65) < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
