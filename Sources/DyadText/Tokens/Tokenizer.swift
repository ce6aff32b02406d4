/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// News text mixes ASCII with typographic quotes and dashes, hyphenated names ("OVD-Info"),
/// possessives ("Kazakhstan’s"), decimal and grouped numbers ("98,000") and abbreviations
/// ("U.S.", "St", "Gen."). The tokenizer handles those without building `String`s or `Character`s,
/// so that tagging runs at millions of words per second.
public struct Tokenizer: Sendable {
    /// Lower-cased abbreviations (without their period) that keep the period as part of the token
    /// and never end a sentence: titles and the like.
    public var titleAbbreviations: Set<UInt64>
    /// Abbreviations that keep their period but may end a sentence ("Inc.", "Co.", "etc.").
    public var otherAbbreviations: Set<UInt64>

    /// The default tokenizer, built once (its abbreviation tables are hashed at creation).
    public static let standard = Tokenizer()

    /// Creates a tokenizer with the default English abbreviation lists.
    public init() {
        titleAbbreviations = Set(Tokenizer.defaultTitles.map { TokenKey.of($0) })
        otherAbbreviations = Set(Tokenizer.defaultOthers.map { TokenKey.of($0) })
    }

    /// Titles and name prefixes: the period after them never ends a sentence.
    public static let defaultTitles = [
        "mr", "mrs", "ms", "dr", "prof", "st", "ste", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
        "adm", "brig", "rep", "sen", "gov", "pres", "rev", "fr", "hon", "sr", "jr", "messrs", "mt", "ft", "pt",
        "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "e.g", "i.e", "approx", "dept", "univ", "gens", "cf", "fig",
    ]
    /// Abbreviations that often stand at a sentence end.
    public static let defaultOthers = [
        "inc", "co", "corp", "ltd", "plc", "etc", "bros", "llc", "jr", "sr", "ave", "blvd", "rd", "mln", "bln",
        "pct", "cts", "dlrs", "vol", "est", "al",
    ]

    /// Top-level domains that make "Name.com" one token (a news outlet or company named by its
    /// web address), not a sentence end.
    static let domains: Set<UInt64> = Set(
        ["com", "org", "net", "gov", "edu", "io", "co", "uk", "au"].map { TokenKey.of($0) })

    /// The length of ".com" (or ".com.au", ".co.uk") at `i`, when it ends the word there.
    static func domainSuffix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var j = i
        var found = false
        while j < end, p[j] == 0x2E {
            var k = j + 1
            var key = TokenKey.seed
            while k < end, p[k] >= 0x61, p[k] <= 0x7A {
                key = TokenKey.fold(key, p[k])
                k += 1
            }
            guard k > j + 1, domains.contains(key) else { break }
            found = true
            j = k
        }
        guard found, j >= end || !isAlnumOrHigh(p[j]) else { return nil }
        return j - i
    }

    /// Tokenizes `bytes[range]`.
    ///
    /// - Parameters:
    ///   - bytes: the document's UTF-8 bytes; token offsets index into it.
    ///   - range: the part to tokenize (for example the body after a `date YYYY-MM-DD` prefix).
    /// - Returns: the tokens in text order.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) -> [Token] {
        var em = Emitter()
        em.out.reserveCapacity(bytes.count / 5 + 8)
        let end = range?.upperBound ?? bytes.count
        var i = range?.lowerBound ?? 0
        var singleQuoteOpen = false
        var lastWasWordLike = false

        while i < end {
            let b = bytes[i]
            // Whitespace.
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B {
                i += 1
                em.attached = false
                continue
            }
            if b == 0x0A {
                em.newlines += 1
                i += 1
                em.attached = false
                continue
            }
            let special = Tokenizer.classifySpecial(bytes, i, end)
            switch special.kind {
            case .space:
                i += special.length
                em.attached = false
                continue
            case .openQuote, .closeQuote, .apostrophe:
                let s = i
                i += special.length
                var shape: Token.Shape = [.punctuation]
                let next: UInt8 = i < end ? bytes[i] : 0x20
                let nextIsSpaceOrPunct = Tokenizer.isSpaceOrPunct(next)
                switch special.kind {
                case .openQuote:
                    shape.insert(.openQuote)
                    if special.single { singleQuoteOpen = true }
                case .closeQuote:
                    shape.insert(.closeQuote)
                    if special.single { singleQuoteOpen = false }
                default:
                    // A straight quote or an unpaired ’: decide from the context.
                    if special.single && !singleQuoteOpen && lastWasWordLike && em.attached {
                        // Possessive plural ("protesters’ rights"): an apostrophe, no quote.
                        em.push(s, i, TokenKey.fold(TokenKey.seed, UInt8(ascii: "'")), shape)
                        lastWasWordLike = false
                        continue
                    }
                    if !em.attached || !lastWasWordLike && !nextIsSpaceOrPunct {
                        shape.insert(.openQuote)
                        if special.single { singleQuoteOpen = true }
                    } else {
                        shape.insert(.closeQuote)
                        if special.single { singleQuoteOpen = false }
                    }
                }
                em.push(s, i, special.single ? Keys.apostrophe : Keys.quote, shape)
                lastWasWordLike = false
                continue
            case .dash:
                em.push(i, i + special.length, Keys.dash, [.punctuation, .dash])
                i += special.length
                lastWasWordLike = false
                continue
            case .ellipsis:
                em.push(i, i + special.length, Keys.ellipsis, [.punctuation, .terminal])
                i += special.length
                lastWasWordLike = false
                continue
            case .otherPunct:
                em.push(i, i + special.length, Tokenizer.keyOf(bytes, i, i + special.length), [.punctuation])
                i += special.length
                lastWasWordLike = false
                continue
            case .none:
                break
            }

            if Tokenizer.isWordByte(b) {
                let t = scanWord(bytes, i, end)
                var shape = t.shape
                // A clitic split off the word ('s, n't, 'll ...) follows as its own attached token.
                em.push(i, t.end, t.key, shape)
                i = t.end
                if t.clitic > 0 {
                    shape = [.word]
                    em.push(i, i + t.clitic, Tokenizer.cliticKey(bytes, i, i + t.clitic), shape)
                    i += t.clitic
                }
                lastWasWordLike = true
                continue
            }

            // ASCII punctuation and symbols.
            if b == UInt8(ascii: ".") {
                // "..." as one token.
                if i + 2 < end, bytes[i + 1] == b, bytes[i + 2] == b {
                    em.push(i, i + 3, Keys.ellipsis, [.punctuation, .terminal])
                    i += 3
                } else {
                    em.push(i, i + 1, Keys.period, [.punctuation, .terminal])
                    i += 1
                }
                lastWasWordLike = false
                continue
            }
            if b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                em.push(i, i + 1, Tokenizer.keyOf(bytes, i, i + 1), [.punctuation, .terminal])
                i += 1
                lastWasWordLike = false
                continue
            }
            if b == UInt8(ascii: "-") {
                // "--" or a hyphen standing between spaces is a dash.
                var e = i + 1
                while e < end && bytes[e] == b { e += 1 }
                em.push(i, e, Keys.dash, [.punctuation, .dash])
                i = e
                lastWasWordLike = false
                continue
            }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "`") {
                let single = b != UInt8(ascii: "\"")
                var shape: Token.Shape = [.punctuation]
                let next: UInt8 = i + 1 < end ? bytes[i + 1] : 0x20
                if single && !singleQuoteOpen && lastWasWordLike && em.attached {
                    em.push(i, i + 1, Keys.apostrophe, shape)
                    i += 1
                    lastWasWordLike = false
                    continue
                }
                if !em.attached || (!lastWasWordLike && !Tokenizer.isSpaceOrPunct(next)) {
                    shape.insert(.openQuote)
                    if single { singleQuoteOpen = true }
                } else {
                    shape.insert(.closeQuote)
                    if single { singleQuoteOpen = false }
                }
                em.push(i, i + 1, single ? Keys.apostrophe : Keys.quote, shape)
                i += 1
                lastWasWordLike = false
                continue
            }
            // Any other single byte symbol.
            let len = b < 0x80 ? 1 : Tokenizer.utf8Length(b)
            let e = min(end, i + len)
            em.push(i, e, Tokenizer.keyOf(bytes, i, e), [.punctuation])
            i = e
            lastWasWordLike = b == UInt8(ascii: ")") || b == UInt8(ascii: "]")
        }
        return em.out
    }

    /// Tokenizes a whole array of bytes.
    public func tokenize(_ bytes: [UInt8], range: Range<Int>? = nil) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0, range: range) }
    }

    /// Keys of punctuation tokens, hashed once.
    private enum Keys {
        static let apostrophe = TokenKey.of("'")
        static let quote = TokenKey.of("\"")
        static let dash = TokenKey.of("--")
        static let ellipsis = TokenKey.of("...")
        static let period = TokenKey.of(".")
    }

    /// Collects tokens and the spacing facts that decide their `attached` and line flags.
    private struct Emitter {
        var out: [Token] = []
        var newlines = 0
        var attached = false

        @inline(__always)
        mutating func push(_ s: Int, _ e: Int, _ key: UInt64, _ shape: Token.Shape) {
            var sh = shape
            if newlines >= 2 { sh.insert(.paragraphStart) } else if newlines == 1 { sh.insert(.lineStart) }
            if attached && !out.isEmpty { sh.insert(.attached) }
            out.append(Token(start: s, end: e, key: key, shape: sh))
            newlines = 0
            attached = true
        }
    }

    // MARK: - Words

    private struct Scanned {
        var end: Int
        var key: UInt64
        var shape: Token.Shape
        var clitic: Int
    }

    /// Scans a word or number starting at `start`.
    private func scanWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Scanned {
        var i = start
        var key = TokenKey.seed
        let first = p[start]
        let isNumber = first >= 0x30 && first <= 0x39
        var shape: Token.Shape = isNumber ? [.number] : [.word]
        var letters = 0
        var upper = 0
        var periods = 0
        var singleLetterSegments = true
        var segmentLetters = 0
        var sawLetter = false
        if Tokenizer.isUpperStart(p, start, end) { shape.insert(.capitalized) }

        while i < end {
            let b = p[i]
            if b < 0x80 {
                let isDigit = b >= 0x30 && b <= 0x39
                let lower = b | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter || isDigit {
                    if isLetter {
                        letters += 1
                        segmentLetters += 1
                        sawLetter = true
                        if b < 0x61 { upper += 1 }
                    }
                    key = TokenKey.fold(key, b)
                    i += 1
                    continue
                }
                let next: UInt8 = i + 1 < end ? p[i + 1] : 0
                let nextIsAlnum = Tokenizer.isAlnumOrHigh(next)
                // Separators inside numbers: 98,000  5.93
                if isNumber && (b == 0x2C || b == 0x2E) && next >= 0x30 && next <= 0x39 && !sawLetter {
                    key = TokenKey.fold(key, b)
                    i += 1
                    continue
                }
                // Hyphen between word characters: OVD-Info, anti-war, 98-year-old.
                if b == 0x2D && nextIsAlnum && i > start {
                    shape.insert(.hyphenated)
                    key = TokenKey.fold(key, b)
                    i += 1
                    if segmentLetters != 1 { singleLetterSegments = false }
                    segmentLetters = 0
                    continue
                }
                // Apostrophe inside a word.
                if b == 0x27 {
                    if let split = negationSplit(p, start, i, end, aposLen: 1) {
                        return finish(split.end, split.key, shape, split.clitic, letters: letters - 1, upper: upper)
                    }
                    let c = cliticLength(p, i, end)
                    if c > 0 { return finish(i, key, shape, c, letters: letters, upper: upper) }
                    if Tokenizer.isLetterByte(next) && i > start {
                        key = TokenKey.fold(key, 0x27)
                        i += 1
                        continue
                    }
                    break
                }
                // Web addresses used as names: DailyMail.com, Crypto.com, news.com.au.
                if b == 0x2E && !isNumber && letters > 1, let length = Tokenizer.domainSuffix(p, i, end) {
                    for k in i..<i + length { key = TokenKey.fold(key, p[k]) }
                    i += length
                    continue
                }
                // Periods: U.S., e.g., St., Gen.
                if b == 0x2E && !isNumber {
                    if segmentLetters == 1 && Tokenizer.isLetterByte(next)
                        && (i + 2 >= end || p[i + 2] == 0x2E || !Tokenizer.isLetterByte(p[i + 2]))
                    {
                        // Initialism continues: U.S / e.g
                        periods += 1
                        key = TokenKey.fold(key, b)
                        segmentLetters = 0
                        i += 1
                        continue
                    }
                    if periods > 0 && segmentLetters <= 1 && singleLetterSegments {
                        // Final period of an initialism ("U.S.").
                        shape.insert(.abbreviation)
                        i += 1
                        return finish(i, key, shape, 0, letters: letters, upper: upper)
                    }
                    if periods == 0 && (titleAbbreviations.contains(key) || otherAbbreviations.contains(key)) {
                        shape.insert(.abbreviation)
                        i += 1
                        return finish(i, key, shape, 0, letters: letters, upper: upper)
                    }
                    if periods == 0 && letters == 1 && upper == 1 && !nextIsAlnum {
                        // A middle initial: "George W. Bush".
                        shape.insert(.abbreviation)
                        i += 1
                        return finish(i, key, shape, 0, letters: letters, upper: upper)
                    }
                    break
                }
                break
            } else {
                // Multi-byte: a letter unless it is typographic punctuation or space.
                if b == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x99 || p[i + 2] == 0x98 {
                    // ’ inside a word: clitic or O’Brien.
                    if let split = negationSplit(p, start, i, end, aposLen: 3) {
                        return finish(split.end, split.key, shape, split.clitic, letters: letters - 1, upper: upper)
                    }
                    let c = cliticLength(p, i, end)
                    if c > 0 { return finish(i, key, shape, c, letters: letters, upper: upper) }
                    let next: UInt8 = i + 3 < end ? p[i + 3] : 0
                    if Tokenizer.isLetterByte(next) && i > start {
                        key = TokenKey.fold(key, 0x27)
                        i += 3
                        continue
                    }
                    break
                }
                if Tokenizer.classifySpecial(p, i, end).kind != .none { break }
                let len = Tokenizer.utf8Length(b)
                if Tokenizer.isUpperStart(p, i, end) { upper += 1 }
                letters += 1
                segmentLetters += 1
                sawLetter = true
                shape.insert(.nonASCII)
                var k = 0
                while k < len && i < end {
                    key = TokenKey.fold(key, p[i])
                    i += 1
                    k += 1
                }
            }
        }
        return finish(i, key, shape, 0, letters: letters, upper: upper)
    }

    @inline(__always)
    private func finish(
        _ end: Int, _ key: UInt64, _ shape: Token.Shape, _ clitic: Int, letters: Int = 0, upper: Int = 0
    ) -> Scanned {
        var s = shape
        if letters >= 2 && upper == letters { s.insert(.allCaps) }
        if letters == 0 && !s.contains(.number) { s.remove(.word) }
        return Scanned(end: end, key: key, shape: s, clitic: clitic)
    }

    /// The byte length of a clitic ('s, n't, 'll, 're, 've, 'm, 'd) starting at the apostrophe at
    /// `i` (or at the "n" of n't), or 0.
    private func cliticLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let aposLen = p[i] == 0x27 ? 1 : 3
        var j = i + aposLen
        var n = 0
        while j < end, Tokenizer.isLetterByte(p[j]), n < 3 {
            j += 1
            n += 1
        }
        if j < end, Tokenizer.isAlnumOrHigh(p[j]) { return 0 }
        if n == 0 { return 0 }
        let s = i + aposLen
        let c0 = p[s] | 0x20
        if n == 1 && (c0 == UInt8(ascii: "s") || c0 == UInt8(ascii: "m") || c0 == UInt8(ascii: "d")) {
            return aposLen + 1
        }
        if n == 2 {
            let c1 = p[s + 1] | 0x20
            if (c0 == UInt8(ascii: "l") && c1 == UInt8(ascii: "l"))
                || (c0 == UInt8(ascii: "r") && c1 == UInt8(ascii: "e"))
                || (c0 == UInt8(ascii: "v") && c1 == UInt8(ascii: "e"))
            {
                return aposLen + 2
            }
        }
        return 0
    }

    /// "don't" → "do" + "n't": when the apostrophe at `i` follows an "n" and precedes a final "t".
    private func negationSplit(
        _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ i: Int, _ end: Int, aposLen: Int
    ) -> Scanned? {
        guard i - 1 > start, p[i - 1] | 0x20 == UInt8(ascii: "n"), i + aposLen < end,
            p[i + aposLen] | 0x20 == UInt8(ascii: "t")
        else { return nil }
        let after = i + aposLen + 1
        if after < end, Tokenizer.isAlnumOrHigh(p[after]) { return nil }
        return Scanned(
            end: i - 1, key: Tokenizer.keyOf(p, start, i - 1), shape: [], clitic: after - (i - 1))
    }

    private static func cliticKey(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var key = TokenKey.seed
        var i = s
        while i < e {
            if p[i] == 0xE2 {
                key = TokenKey.fold(key, 0x27)
                i += 3
            } else {
                key = TokenKey.fold(key, p[i])
                i += 1
            }
        }
        return key
    }

    static func keyOf(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var key = TokenKey.seed
        for i in s..<e { key = TokenKey.fold(key, p[i]) }
        return key
    }
}
