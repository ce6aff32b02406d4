#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fields Dyad reads from one JSON Lines record, parsed straight from the line's UTF-8 bytes.
///
/// Corpora arrive as gigabytes of JSON Lines. A general JSON decoder would build every value of
/// every record; this parser validates the whole line but only materialises the few top-level
/// string fields a `Document` needs, and skips everything else in place.
public struct JSONLine: Sendable, Hashable {
    /// A field's value, reduced to what a reader needs to accept it or to say why it cannot.
    public enum Value: Sendable, Hashable {
        /// A JSON string, with escapes decoded.
        case string(String)
        /// An integer number, as its decimal text (`42`, `-7`); ids are often numbers.
        case integer(String)
        /// JSON `null`.
        case null
        /// Any other value; the payload names its kind for messages ("a number", "an object").
        case other(String)
    }

    /// The top-level `id` field, if present.
    public var id: Value?
    /// The top-level `date` field, if present.
    public var date: Value?
    /// The top-level `text` field, if present.
    public var text: Value?
    /// The top-level `title` field, if present.
    public var title: Value?
    /// The top-level `url` field, if present.
    public var url: Value?
    /// The top-level `source` field, if present (an alternative name for the outlet).
    public var source: Value?
    /// The top-level `outlet` field, if present.
    public var outlet: Value?

    /// An empty record; `parse` fills it in.
    public init() {}

    /// Parses one line holding one JSON object. The line must not contain its `\n`.
    ///
    /// Validates UTF-8 and the full JSON grammar; on failure the error names the column.
    /// A key that appears twice keeps its last value, as most JSON libraries do.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONLine {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONSyntaxError(message: "JSON does not parse: empty line", column: 1)
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw JSONSyntaxError(message: "invalid UTF-8", column: characterColumn(bytes, bad))
        }
        var parser = JSONLineParser(base: base, count: bytes.count)
        return try parser.parseRecord()
    }

    /// Parses one line from any byte collection (copied first when it is not contiguous).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONLine {
        func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONLine, JSONSyntaxError> {
            Result { () throws(JSONSyntaxError) in try parse(buffer) }
        }
        return try (bytes.withContiguousStorageIfAvailable(run) ?? Array(bytes).withUnsafeBufferPointer(run)).get()
    }
}

/// Why a JSON line could not be read, and where: the column counts characters from 1.
///
/// A column lets a user jump straight to the broken spot of a long line in an editor.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. `JSON does not parse: expected ',' or '}', found 'x'`.
    public var message: String
    /// The 1-based character (Unicode scalar) column of the problem within the line.
    public var column: Int

    /// Creates an error; the parser is the usual source.
    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// `message at column N`.
    public var description: String { "\(message) at column \(column)" }
}

/// The byte offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or nil.
func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let p = bytes.baseAddress else { return nil }
    let n = bytes.count
    var i = 0
    while i < n {
        // ASCII fast path: eight bytes at a time.
        while i + 8 <= n,
            UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
            i += 8
        }
        guard i < n else { break }
        let b = p[i]
        if b < 0x80 {
            i += 1
            continue
        }
        // Lead byte → continuation count and the allowed range of the first continuation byte
        // (narrowed to refuse overlong forms, surrogates and scalars past U+10FFFF).
        let (need, lo, hi): (Int, UInt8, UInt8)
        switch b {
        case 0xC2...0xDF: (need, lo, hi) = (1, 0x80, 0xBF)
        case 0xE0: (need, lo, hi) = (2, 0xA0, 0xBF)
        case 0xED: (need, lo, hi) = (2, 0x80, 0x9F)
        case 0xE1...0xEF: (need, lo, hi) = (2, 0x80, 0xBF)
        case 0xF0: (need, lo, hi) = (3, 0x90, 0xBF)
        case 0xF4: (need, lo, hi) = (3, 0x80, 0x8F)
        case 0xF1...0xF3: (need, lo, hi) = (3, 0x80, 0xBF)
        default: return i
        }
        guard i + need < n, p[i + 1] >= lo, p[i + 1] <= hi else { return i }
        for k in 2..<(need + 1) where p[i + k] & 0xC0 != 0x80 { return i }
        i += need + 1
    }
    return nil
}

/// The 1-based character column of byte offset `offset`: lead bytes before it, plus one.
func characterColumn(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    var column = 1
    for i in 0..<min(offset, bytes.count) where bytes[i] & 0xC0 != 0x80 { column += 1 }
    return column
}

/// Which top-level key a record field is.
private enum FieldKey { case id, date, text, title, url, source, outlet }

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")

/// A cursor over one line's bytes; UTF-8 is already valid when it runs.
private struct JSONLineParser {
    let base: UnsafePointer<UInt8>
    let count: Int
    var i = 0
    /// Nesting beyond this is refused, so that skipping recursion cannot exhaust a thread's stack.
    static let maxDepth = 512

    /// The current byte, or 0 at the end (error paths tell the two apart with `i < count`).
    @inline(__always) var current: UInt8 { i < count ? base[i] : 0 }

    @inline(__always) mutating func skipWhitespace() {
        while i < count {
            let b = base[i]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            i += 1
        }
    }

    func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let buffer = UnsafeBufferPointer(start: base, count: count)
        return JSONSyntaxError(
            message: "JSON does not parse: " + message, column: characterColumn(buffer, offset ?? i))
    }

    /// "expected X, found 'y'" or, at the end of the line, a hint that it was cut short.
    func unexpected(_ expected: String) -> JSONSyntaxError {
        guard i < count else { return fail("line ends early (truncated?), expected \(expected)") }
        return fail("expected \(expected), found \(describe(i))")
    }

    /// A readable rendering of the character at `offset` for messages.
    func describe(_ offset: Int) -> String {
        let b = base[offset]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return "control character 0x\(String(b, radix: 16, uppercase: true))" }
        var end = offset + 1
        while end < count && base[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: UnsafeBufferPointer(start: base + offset, count: end - offset), as: UTF8.self)
            + "'"
    }

    mutating func parseRecord() throws(JSONSyntaxError) -> JSONLine {
        var record = JSONLine()
        skipWhitespace()
        guard current == UInt8(ascii: "{") else {
            if i < count && current == UInt8(ascii: "[") {
                throw fail("found an array; JSON Lines needs one object per line")
            }
            throw unexpected("'{' (each line must be one JSON object)")
        }
        i += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                guard current == quote else { throw unexpected("a key string") }
                let key = try scanKey()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
                i += 1
                skipWhitespace()
                switch key {
                case nil: try skipValue(depth: 1)
                case .id: record.id = try readValue()
                case .date: record.date = try readValue()
                case .text: record.text = try readValue()
                case .title: record.title = try readValue()
                case .url: record.url = try readValue()
                case .source: record.source = try readValue()
                case .outlet: record.outlet = try readValue()
                }
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace()
                    continue
                }
                guard current == UInt8(ascii: "}") else { throw unexpected("',' or '}'") }
                i += 1
                break
            }
        }
        skipWhitespace()
        if i < count { throw fail("unexpected \(describe(i)) after the object") }
        return record
    }

    /// Scans a string starting at its opening quote; returns its content range and whether it has escapes.
    mutating func scanString() throws(JSONSyntaxError) -> (start: Int, end: Int, escaped: Bool) {
        let open = i
        i += 1
        let start = i
        var escaped = false
        while true {
            // Eight bytes at a time until a quote, backslash or control character is in sight.
            // The lowest flagged byte is exact (little-endian), so jump straight to it.
            while i + 8 <= count {
                let enders = runEnders(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian)
                if enders != 0 {
                    i += enders.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < count else { break }
            let b = base[i]
            if b == quote {
                i += 1
                return (start, i - 1, escaped)
            }
            if b == backslash {
                escaped = true
                guard i + 1 < count else { break }
                switch base[i + 1] {
                case quote, backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    for k in 2..<6 where i + k >= count || hexValue(base[i + k]) == nil {
                        throw fail("invalid \\u escape (needs four hex digits)")
                    }
                    i += 6
                default:
                    throw fail("invalid escape: backslash followed by \(describe(i + 1))")
                }
            } else if b < 0x20 {
                throw fail("unescaped \(describe(i)) in string (use \\n, \\t, ...)")
            } else {
                i += 1
            }
        }
        throw fail("line ends inside a string (truncated?)", at: open)
    }

    /// Scans a key and says whether it is one of the fields a document needs.
    mutating func scanKey() throws(JSONSyntaxError) -> FieldKey? {
        let s = try scanString()
        if s.escaped { return Array(decode(s).utf8).withUnsafeBufferPointer(Self.field) }  // rare: "t\u0065xt"
        return Self.field(UnsafeBufferPointer(start: base + s.start, count: s.end - s.start))
    }

    /// The field a key names, by its bytes packed little-endian: one integer compare per candidate.
    static func field(_ key: UnsafeBufferPointer<UInt8>) -> FieldKey? {
        guard key.count >= 2 && key.count <= 6 else { return nil }
        var packed: UInt64 = 0
        for k in 0..<key.count { packed |= UInt64(key[k]) << (8 * UInt64(k)) }
        switch packed {
        case 0x6469: return .id
        case 0x6c_7275: return .url
        case 0x6574_6164: return .date
        case 0x7478_6574: return .text
        case 0x65_6c74_6974: return .title
        case 0x6563_7275_6f73: return .source
        case 0x7465_6c74_756f: return .outlet
        default: return nil
        }
    }

    /// Reads the value of a wanted field.
    mutating func readValue() throws(JSONSyntaxError) -> JSONLine.Value {
        switch current {
        case quote:
            return .string(decode(try scanString()))
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            try skipValue(depth: 1)
            return .other("a boolean")
        case UInt8(ascii: "{"):
            try skipValue(depth: 1)
            return .other("an object")
        case UInt8(ascii: "["):
            try skipValue(depth: 1)
            return .other("an array")
        default:
            let start = i
            guard try scanNumber() else { return .other("a non-integer number") }
            return .integer(String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self))
        }
    }

    /// Skips any value, validating it.
    mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
        switch current {
        case quote:
            _ = try scanString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth <= Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth) levels") }
            let isObject = current == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            i += 1
            skipWhitespace()
            if current == close {
                i += 1
                return
            }
            while true {
                if isObject {
                    guard current == quote else { throw unexpected("a key string") }
                    _ = try scanString()
                    skipWhitespace()
                    guard current == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
                    i += 1
                    skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace()
                    continue
                }
                guard current == close else { throw unexpected(isObject ? "',' or '}'" : "',' or ']'") }
                i += 1
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try scanNumber()
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
        guard i + n <= count, UnsafeBufferPointer(start: base + i, count: n).elementsEqual(w) else {
            throw unexpected("a value")
        }
        i += n
    }

    /// Scans a number by the JSON grammar; returns whether it is an integer (no fraction or exponent).
    mutating func scanNumber() throws(JSONSyntaxError) -> Bool {
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        let start = i
        if current == UInt8(ascii: "-") { i += 1 }
        if current == UInt8(ascii: "0") {
            i += 1
        } else if current >= 0x31 && current <= 0x39 {
            while isDigit(current) { i += 1 }
        } else {
            if i == start { throw unexpected("a value") }
            throw unexpected("a digit")
        }
        var integer = true
        if current == UInt8(ascii: ".") {
            integer = false
            i += 1
            guard isDigit(current) else { throw unexpected("a digit after '.'") }
            while isDigit(current) { i += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integer = false
            i += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
            guard isDigit(current) else { throw unexpected("a digit in the exponent") }
            while isDigit(current) { i += 1 }
        }
        return integer
    }

    /// Decodes a scanned string's content; escapes were validated by `scanString`.
    func decode(_ s: (start: Int, end: Int, escaped: Bool)) -> String {
        let length = s.end - s.start
        guard s.escaped else {
            return String(decoding: UnsafeBufferPointer(start: base + s.start, count: length), as: UTF8.self)
        }
        // Decoded text is never longer than its escaped form, so `length` bytes always suffice.
        return String(unsafeUninitializedCapacity: length) { out in
            let dst = out.baseAddress!
            var o = 0
            var j = s.start
            while j < s.end {
                // Copy the run up to the next backslash in one go.
                let run =
                    memchr(base + j, Int32(backslash), s.end - j).map { UnsafeRawPointer(base).distance(to: $0) }
                    ?? s.end
                if run > j {
                    (dst + o).update(from: base + j, count: run - j)
                    o += run - j
                    j = run
                    if j == s.end { break }
                }
                let e = base[j + 1]
                j += 2
                var scalar: UInt32
                switch e {
                case UInt8(ascii: "b"): scalar = 0x08
                case UInt8(ascii: "f"): scalar = 0x0C
                case UInt8(ascii: "n"): scalar = 0x0A
                case UInt8(ascii: "r"): scalar = 0x0D
                case UInt8(ascii: "t"): scalar = 0x09
                case UInt8(ascii: "u"):
                    scalar = hex4(j)
                    j += 4
                    if scalar >= 0xD800 && scalar <= 0xDFFF {
                        let low =
                            j + 6 <= s.end && base[j] == backslash && base[j + 1] == UInt8(ascii: "u") ? hex4(j + 2) : 0
                        if scalar <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            j += 6
                        } else {
                            scalar = 0xFFFD  // a lone surrogate cannot be encoded
                        }
                    }
                default: scalar = UInt32(e)  // \" \\ \/
                }
                o += writeUTF8(scalar, to: dst + o)
            }
            return o
        }
    }

    /// The value of four hex digits at `at` (validated earlier).
    @inline(__always) func hex4(_ at: Int) -> UInt32 {
        var v: UInt32 = 0
        for k in 0..<4 { v = v << 4 | UInt32(hexValue(base[at + k]) ?? 0) }
        return v
    }
}

/// Flags (high bit) the bytes of `w` that are a quote, a backslash or a control character; nonzero
/// exactly when one is present, and the lowest flag is exact (higher ones may be false alarms).
@inline(__always) private func runEnders(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let q = w ^ (ones &* 0x22)
    let b = w ^ (ones &* 0x5C)
    let zeroInQ = (q &- ones) & ~q
    let zeroInB = (b &- ones) & ~b
    let below20 = (w &- ones &* 0x20) & ~w
    return (zeroInQ | zeroInB | below20) & high
}

/// Writes `scalar` (never a surrogate) as UTF-8 at `p`; returns the number of bytes.
@inline(__always) private func writeUTF8(_ scalar: UInt32, to p: UnsafeMutablePointer<UInt8>) -> Int {
    var n = 0
    UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { byte in
        p[n] = byte
        n += 1
    }
    return n
}

@inline(__always) private func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: return b - 0x30
    case 0x41...0x46: return b - 0x37
    case 0x61...0x66: return b - 0x57
    default: return nil
    }
}
