import DyadText

/// The per-token facts features are built from, computed once per token from its bytes and key so
/// the tagger and parser hash integers, never strings.
@usableFromInline
struct TokenAtoms: Sendable {
    /// The lower-cased form (the tokenizer's key).
    @usableFromInline var word: UInt64
    /// The form with its capitalisation pattern (lower, Title, ALL CAPS, mixed).
    @usableFromInline var form: UInt64
    /// The first byte.
    @usableFromInline var prefix: UInt64
    /// The last three bytes, lower-cased.
    @usableFromInline var suffix3: UInt64
    /// The last four bytes (zero-padded for short words), lower-cased... via a separate hash.
    @usableFromInline var suffix4: UInt64
    /// The spaCy-style word shape ("Xxxxx", "dd.d", "X.X."), runs cut at four.
    @usableFromInline var shape: UInt64
    /// The tokenizer's shape flags that matter for syntax (quotes, attachment, dash, line starts).
    @usableFromInline var flags: UInt64

    /// Atoms standing for positions before the sentence start, after its end, and for the virtual root.
    static let before = TokenAtoms(special: 0xB0)
    static let after = TokenAtoms(special: 0xA0)

    init(special: UInt64) {
        let v = special &* 0x1000_0000_01B3
        word = v
        form = v
        prefix = v
        suffix3 = v
        suffix4 = v
        shape = v
        flags = v
    }

    /// Computes the atoms of one token; `lowered` reads a capitalised word as if it were written in
    /// lower case (a common word in a Title Case headline: "Russia *Withdraws* From Grain Deal").
    @inlinable
    init(_ t: Token, bytes p: UnsafeBufferPointer<UInt8>, lowered: Bool = false) {
        word = t.key
        let s = t.start
        let e = max(t.end, s)
        // Case class.
        var caseClass: UInt64 = 0
        if lowered && t.shape.contains(.word) {
            caseClass = 1
        } else if t.shape.contains(.allCaps) {
            caseClass = 3
        } else if t.shape.contains(.capitalized) {
            caseClass = 2
        } else if t.shape.contains(.word) {
            caseClass = 1
        }
        form = (t.key ^ (caseClass &* 0x9E37_79B9)) &* 0x100_0000_01B3
        prefix = e > s ? UInt64(lowered && (p[s] &- 65) < 26 ? p[s] | 0x20 : p[s]) | 0x5000 : 0x5000
        var h3: UInt64 = 0x3333
        var h4: UInt64 = 0x4444
        var i = max(s, e - 4)
        while i < e {
            var b = p[i]
            if (b &- 65) < 26 { b |= 0x20 }
            h4 = (h4 << 8) | UInt64(b)
            if i >= e - 3 { h3 = (h3 << 8) | UInt64(b) }
            i += 1
        }
        suffix3 = h3
        suffix4 = h4 | (UInt64(min(e - s, 15)) << 52)
        // Shape: X x d or the byte itself; multi-byte letters count as x; runs longer than four are cut.
        var sh: UInt64 = 0xC0FFEE
        var last: UInt8 = 0
        var run = 0
        i = s
        while i < e {
            let b = p[i]
            var c: UInt8
            if b >= 0x80 {
                if b & 0xC0 == 0x80 {
                    i += 1
                    continue
                }
                c = UInt8(ascii: "x")
            } else if (b &- 65) < 26 {
                c = lowered ? UInt8(ascii: "x") : UInt8(ascii: "X")
            } else if (b &- 97) < 26 {
                c = UInt8(ascii: "x")
            } else if (b &- 48) < 10 {
                c = UInt8(ascii: "d")
            } else {
                c = b
            }
            if c == last {
                run += 1
            } else {
                run = 1
                last = c
            }
            if run <= 4 { sh = (sh ^ UInt64(c)) &* 0x100_0000_01B3 }
            i += 1
        }
        shape = sh
        let keep: Token.Shape = [
            .openQuote, .closeQuote, .attached, .dash, .abbreviation, .hyphenated, .paragraphStart, .lineStart,
            .terminal,
        ]
        flags = UInt64(t.shape.intersection(keep).rawValue) | 0xF1A6_0000
    }
}
