/// The byte classes the tokenizer needs: which UTF-8 sequences are spaces, quotes, dashes,
/// letters or capitals, decided without decoding to `Character`.
extension Tokenizer {

    enum SpecialKind { case none, space, openQuote, closeQuote, apostrophe, dash, ellipsis, otherPunct }
    struct Special {
        var kind: SpecialKind
        var length: Int
        var single: Bool
    }

    /// Recognises the multi-byte punctuation and spaces that matter in news text.
    @inline(__always)
    static func classifySpecial(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Special {
        let b = p[i]
        if b < 0xC2 { return Special(kind: .none, length: 1, single: false) }
        if b == 0xC2, i + 1 < end {
            switch p[i + 1] {
            case 0xA0: return Special(kind: .space, length: 2, single: false)
            case 0xAB: return Special(kind: .openQuote, length: 2, single: false)
            case 0xBB: return Special(kind: .closeQuote, length: 2, single: false)
            case 0xA1...0xBF where p[i + 1] != 0xAA && p[i + 1] != 0xB5 && p[i + 1] != 0xBA:
                return Special(kind: .otherPunct, length: 2, single: false)
            default: return Special(kind: .none, length: 2, single: false)
            }
        }
        if b == 0xC3, i + 1 < end, p[i + 1] == 0x97 || p[i + 1] == 0xB7 {
            return Special(kind: .otherPunct, length: 2, single: false)
        }
        if b == 0xE2, i + 2 < end, p[i + 1] == 0x80 {
            switch p[i + 2] {
            case 0x80...0x8A, 0xAF: return Special(kind: .space, length: 3, single: false)
            case 0x8B...0x8F: return Special(kind: .space, length: 3, single: false)  // zero-width, marks
            case 0x90, 0x91: return Special(kind: .none, length: 3, single: false)  // hyphen: word-internal
            case 0x92...0x95: return Special(kind: .dash, length: 3, single: false)
            case 0x98: return Special(kind: .openQuote, length: 3, single: true)
            case 0x99: return Special(kind: .apostrophe, length: 3, single: true)
            case 0x9A, 0x9E: return Special(kind: .openQuote, length: 3, single: p[i + 2] == 0x9A)
            case 0x9C: return Special(kind: .openQuote, length: 3, single: false)
            case 0x9D: return Special(kind: .closeQuote, length: 3, single: false)
            case 0xA6: return Special(kind: .ellipsis, length: 3, single: false)
            case 0xA8, 0xA9: return Special(kind: .space, length: 3, single: false)
            default: return Special(kind: .otherPunct, length: 3, single: false)
            }
        }
        if b == 0xE2 || b == 0xEF && i + 1 < end && p[i + 1] == 0xBB {
            // Arrows, math, box drawing, BOM: punctuation-like symbols.
            if b == 0xEF, i + 2 < end, p[i + 2] == 0xBF { return Special(kind: .space, length: 3, single: false) }
            return Special(kind: .otherPunct, length: 3, single: false)
        }
        if b == 0xE3, i + 2 < end, p[i + 1] == 0x80, p[i + 2] <= 0x82 {
            return Special(kind: p[i + 2] == 0x80 ? .space : .otherPunct, length: 3, single: false)
        }
        if b >= 0xF0 { return Special(kind: .otherPunct, length: 4, single: false) }  // emoji and the like
        return Special(kind: .none, length: utf8Length(b), single: false)
    }

    @inline(__always) static func utf8Length(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        if b >= 0x80 { return b >= 0xC2 }
        let l = b | 0x20
        return (l >= 0x61 && l <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    @inline(__always) static func isLetterByte(_ b: UInt8) -> Bool {
        let l = b | 0x20
        return (l >= 0x61 && l <= 0x7A) || b >= 0xC2
    }

    @inline(__always) static func isAlnumOrHigh(_ b: UInt8) -> Bool {
        let l = b | 0x20
        return (l >= 0x61 && l <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0xC2
    }

    @inline(__always) static func isSpaceOrPunct(_ b: UInt8) -> Bool {
        !isAlnumOrHigh(b)
    }

    /// Whether the character at `i` is an upper-case letter (ASCII, Latin-1, Latin Extended-A
    /// even code points, Greek and Cyrillic capitals).
    @inline(__always) static func isUpperStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        guard i + 1 < end else { return false }
        let c = p[i + 1]
        switch b {
        case 0xC3: return c >= 0x80 && c <= 0x9E && c != 0x97
        case 0xC4, 0xC5: return c & 1 == 0  // Ā ă … alternate upper/lower (approximation)
        case 0xCE: return c >= 0x91 && c <= 0xAB
        case 0xD0: return c >= 0x80 && c <= 0xAF
        default: return false
        }
    }
}
