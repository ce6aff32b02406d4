/// A long text cut into parts of at most a given size, at paragraph boundaries where it can be.
///
/// Coding holds tokens, mentions and parse trees for a whole document at once, tens of times the
/// text's size. A document longer than a news article (a book, a log pasted by mistake) is
/// therefore coded part by part, and each part's offsets are shifted back into the document
/// (`byteOffset`, `characterOffset`), so memory follows the part size, not the document's.
///
/// A cut falls, in this order of preference, after a blank line, after a line end, after a
/// sentence end (`. `, `? `, `! `), after any ASCII space, or between two Unicode scalars, always
/// in the second half of the allowed span so that parts stay large. Text shorter than `maxBytes`
/// is one part: ordinary documents are never cut.
public struct TextParts: Sequence, Sendable {
    /// One part: its text and where it starts in the whole text.
    public struct Part: Sendable, Hashable {
        /// The part's text (a copy of at most `maxBytes` UTF-8 bytes).
        public var text: String
        /// UTF-8 byte offset of the part in the whole text.
        public var byteOffset: Int
        /// Unicode-scalar offset of the part in the whole text (the offsets output uses).
        public var characterOffset: Int
        /// Position of the part, from 0.
        public var index: Int
    }

    /// The text being cut.
    public let text: String
    /// The largest part, in UTF-8 bytes (at least 64).
    public let maxBytes: Int

    /// Parts of `text` of at most `maxBytes` bytes each.
    public init(_ text: String, maxBytes: Int) {
        self.text = text
        self.maxBytes = Swift.max(64, maxBytes)
    }

    /// Whether the text needs more than one part.
    public var isSplit: Bool { text.utf8.count > maxBytes }

    public func makeIterator() -> Iterator { Iterator(text: text, maxBytes: maxBytes) }

    /// Walks the text once, building each part's string only when it is reached.
    public struct Iterator: IteratorProtocol {
        let text: String
        let maxBytes: Int
        var position = 0
        var characters = 0
        var index = 0

        public mutating func next() -> Part? {
            let utf8 = text.utf8
            let count = utf8.count
            guard position < count || (position == 0 && index == 0) else { return nil }
            let end = count - position <= maxBytes ? count : TextParts.cut(utf8, from: position, maxBytes: maxBytes)
            let start = utf8.index(utf8.startIndex, offsetBy: position)
            let stop = utf8.index(start, offsetBy: end - position)
            let slice = utf8[start..<stop]
            let part = Part(
                text: String(Substring(slice)), byteOffset: position, characterOffset: characters, index: index)
            characters += slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            position = end
            index += 1
            return part
        }
    }

    /// Where the part starting at byte `from` ends: the best boundary within `maxBytes`.
    static func cut(_ utf8: String.UTF8View, from: Int, maxBytes: Int) -> Int {
        let start = utf8.index(utf8.startIndex, offsetBy: from)
        // One byte past the allowed span, to see whether a cut there splits a scalar.
        let window = Array(utf8[start..<utf8.index(start, offsetBy: maxBytes + 1)])
        let half = maxBytes / 2
        func last(_ matches: (Int) -> Bool) -> Int? {
            var i = maxBytes - 1
            while i >= half {
                if matches(i) { return i + 1 }
                i -= 1
            }
            return nil
        }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        let paragraph = last { i in
            guard window[i] == 0x0A else { return false }
            var j = i - 1
            while j >= 0, isBlank(window[j]) { j -= 1 }
            return j >= 0 && window[j] == 0x0A
        }
        let boundary =
            paragraph ?? last { window[$0] == 0x0A }
            ?? last { i in
                i > 0 && window[i] == 0x20
                    && (window[i - 1] == UInt8(ascii: ".") || window[i - 1] == UInt8(ascii: "?")
                        || window[i - 1] == UInt8(ascii: "!"))
            }
            ?? last { window[$0] == 0x20 || window[$0] == 0x09 }
        if let boundary { return from + boundary }
        // No space at all: cut before a scalar's first byte.
        var i = maxBytes
        while i > 1, window[i] & 0xC0 == 0x80 { i -= 1 }
        return from + i
    }
}
