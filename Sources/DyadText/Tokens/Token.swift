/// One token of a document: a word, a number or a punctuation mark, located by UTF-8 byte offsets.
///
/// Tokens carry a hash of their normalised form (ASCII letters lower-cased, typographic apostrophes
/// folded to `'`) so that every table lookup downstream — number words, month names, the lexicon's
/// multi-word automaton — is a single integer lookup instead of a string comparison.
public struct Token: Sendable, Hashable {
    /// Byte offset of the first byte in the document's UTF-8 text.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int
    /// FNV-1a hash of the normalised form; equal for "Moscow", "MOSCOW" and "moscow".
    public var key: UInt64
    /// What the token looks like.
    public var shape: Shape

    /// Creates a token; the tokenizer is the usual source of tokens.
    public init(start: Int, end: Int, key: UInt64, shape: Shape) {
        self.start = start
        self.end = end
        self.key = key
        self.shape = shape
    }

    /// The length in bytes.
    public var byteCount: Int { end - start }

    /// The surface features of a token that recognisers need without reading its bytes again.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// Contains at least one letter.
        public static let word = Shape(rawValue: 1 << 0)
        /// Starts with a digit ("98,000", "1.5", "21st").
        public static let number = Shape(rawValue: 1 << 1)
        /// Punctuation or a symbol.
        public static let punctuation = Shape(rawValue: 1 << 2)
        /// The first letter is upper case ("Moscow", "OVD-Info", "U.S.").
        public static let capitalized = Shape(rawValue: 1 << 3)
        /// Every letter is upper case and there are at least two ("NATO", "OSCE").
        public static let allCaps = Shape(rawValue: 1 << 4)
        /// An abbreviation that keeps its final period ("Mr.", "U.S.", "Gen.").
        public static let abbreviation = Shape(rawValue: 1 << 5)
        /// Contains a hyphen between letters ("OVD-Info", "anti-war").
        public static let hyphenated = Shape(rawValue: 1 << 6)
        /// A sentence-final mark: `.`, `!`, `?`.
        public static let terminal = Shape(rawValue: 1 << 7)
        /// An opening quotation mark (`"` at a word start, `“`, `‘`, `«`).
        public static let openQuote = Shape(rawValue: 1 << 8)
        /// A closing quotation mark (`"` after a word, `”`, `’` standing alone, `»`).
        public static let closeQuote = Shape(rawValue: 1 << 9)
        /// Preceded by a line break with an empty line (a paragraph boundary).
        public static let paragraphStart = Shape(rawValue: 1 << 10)
        /// Contains a non-ASCII byte.
        public static let nonASCII = Shape(rawValue: 1 << 11)
        /// A dash used as punctuation ("—", "–", " - ").
        public static let dash = Shape(rawValue: 1 << 12)
        /// Preceded directly (no space) by the previous token.
        public static let attached = Shape(rawValue: 1 << 13)
        /// Preceded by a single line break (a line boundary inside a paragraph).
        public static let lineStart = Shape(rawValue: 1 << 14)
    }
}

/// The normalised-form hash used for `Token.key`: FNV-1a over ASCII-lower-cased bytes.
///
/// Lexicon entries are hashed with the same function, so a table built from data files and a
/// token read from text agree without either side building a `String`.
public enum TokenKey {
    /// The FNV-1a offset basis.
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one more byte into a running hash (lower-casing ASCII letters).
    @inlinable
    public static func fold(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let b = (byte &- 65) < 26 ? byte | 0x20 : byte
        return (hash ^ UInt64(b)) &* prime
    }

    /// The key of a whole string, normalised as the tokenizer normalises a token.
    ///
    /// Typographic apostrophes (’ U+2019, ‘ U+2018) become `'` so "Prosecutor’s" and
    /// "Prosecutor's" share a key.
    public static func of(_ text: some StringProtocol) -> UInt64 {
        var h = seed
        var bytes = Array(text.utf8)[...]
        while let b = bytes.first {
            if b == 0xE2, bytes.count >= 3 {
                let b1 = bytes[bytes.startIndex + 1]
                let b2 = bytes[bytes.startIndex + 2]
                if b1 == 0x80, b2 == 0x98 || b2 == 0x99 {
                    h = fold(h, UInt8(ascii: "'"))
                    bytes = bytes.dropFirst(3)
                    continue
                }
            }
            h = fold(h, b)
            bytes = bytes.dropFirst()
        }
        return h
    }
}
