/// The English number vocabulary, as token-key tables shared by `QuantityParser` and
/// `DateResolver` ("two days ago").
///
/// Built once; every lookup is one probe into a `KeyTable`.
enum NumberLexicon {
    /// What a word contributes to a number.
    enum Word: Sendable, Equatable {
        /// zero … nineteen.
        case unit(Double)
        /// twenty … ninety, and the hyphenated compounds "twenty-five" (value 25).
        case tens(Double)
        /// "hundred".
        case hundred
        /// thousand, million, billion, trillion and their news abbreviations (mln, bln, bn).
        case scale(Double)
        /// "dozen": multiplies the count before it by 12.
        case dozen
        /// A plural that stands for a vague amount: "dozens" (value 24, one unit 12).
        /// `needsOf` for words that are only amounts before "of" ("scores of", "tens of").
        case vague(value: Double, unit: Double, needsOf: Bool)
        /// "a", "an": a count of one before hundred/thousand/dozen.
        case article
        /// "half" in "half a million".
        case half
        /// "several" (and "few" after "a"): a vague count of about three before a scale word.
        case several
        /// "few" (only counts after "a").
        case few
        /// "and" inside "two hundred and fifty".
        case and
    }

    static let units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// Every word that can begin or continue a number, keyed by token key.
    static let words: KeyTable<Word> = {
        var pairs: [(String, Word)] = []
        for (i, w) in units.enumerated() { pairs.append((w, .unit(Double(i)))) }
        for (i, w) in tens.enumerated() {
            let t = Double(20 + 10 * i)
            pairs.append((w, .tens(t)))
            for u in 1...9 {
                pairs.append(("\(w)-\(units[u])", .tens(t + Double(u))))
            }
        }
        pairs += [
            ("hundred", .hundred), ("thousand", .scale(1e3)), ("million", .scale(1e6)), ("mln", .scale(1e6)),
            ("mn", .scale(1e6)), ("billion", .scale(1e9)), ("bln", .scale(1e9)), ("bn", .scale(1e9)),
            ("trillion", .scale(1e12)), ("tln", .scale(1e12)), ("dozen", .dozen),
            ("dozens", .vague(value: 24, unit: 12, needsOf: false)),
            ("scores", .vague(value: 40, unit: 20, needsOf: true)),
            ("tens", .vague(value: 20, unit: 10, needsOf: true)),
            ("hundreds", .vague(value: 200, unit: 100, needsOf: false)),
            ("thousands", .vague(value: 2000, unit: 1e3, needsOf: false)),
            ("millions", .vague(value: 2e6, unit: 1e6, needsOf: false)),
            ("billions", .vague(value: 2e9, unit: 1e9, needsOf: false)),
            ("a", .article), ("an", .article), ("half", .half), ("several", .several), ("few", .few),
            ("and", .and),
        ]
        return KeyTable(words: pairs)
    }()

    /// The small count a word names, for "two days ago": units, tens and "a"/"an" (one).
    static func smallCount(_ key: UInt64) -> Int? {
        switch words[key] {
        case .unit(let v)?, .tens(let v)?: return Int(v)
        case .article?: return 1
        default: return nil
        }
    }
}

/// A digit token read from its bytes: "98,000", "5.93", "21st", "1.5bn".
struct ScannedNumber: Sendable {
    /// The digits as an integer, ignoring the decimal point ("5.93" → 593).
    var mantissa: Double
    /// Digits after the decimal point.
    var decimals: Int
    /// Digits before the decimal point.
    var integerDigits: Int
    /// Contains a thousands separator.
    var grouped: Bool
    /// What trails the digits.
    var suffix: Suffix

    /// Letters glued to the digits.
    enum Suffix: Sendable, Equatable {
        /// Only digits and separators.
        case none
        /// "st", "nd", "rd", "th".
        case ordinal
        /// "bn", "mln", "tn", … : an unambiguous scale.
        case scale(Double)
        /// "m", "k": a scale only after a currency sign ("$5m"), a unit otherwise ("5m tall").
        case ambiguousScale(Double)
        /// Anything else ("1990s", "10am", "98-year-old").
        case other
    }

    /// The value, multiplied by `scale` before dividing out the decimals so that "5.93 mln"
    /// is exactly 5,930,000.
    func value(times scale: Double = 1) -> Double {
        var div = 1.0
        for _ in 0..<decimals { div *= 10 }
        return mantissa * scale / div
    }

    /// A plain integer without separators, decimals or suffix.
    var isPlainInteger: Bool { decimals == 0 && !grouped && suffix == .none }

    /// Reads the token's bytes; nil when they are not a number in an English shape
    /// ("1,5", "1.2.3", "2014-2022").
    static func scan(_ bytes: [UInt8], _ token: Token) -> ScannedNumber? {
        var i = token.start
        let end = token.end
        var n = ScannedNumber(mantissa: 0, decimals: 0, integerDigits: 0, grouped: false, suffix: .none)
        var groupDigits = 0
        var sawPoint = false
        while i < end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                n.mantissa = n.mantissa * 10 + Double(b - 0x30)
                if sawPoint { n.decimals += 1 } else { n.integerDigits += 1 }
                groupDigits += 1
                i += 1
            } else if b == 0x2C {
                // Thousands separator: the first group has 1–3 digits, later ones exactly 3.
                if sawPoint || groupDigits == 0 || groupDigits > 3 || (n.grouped && groupDigits != 3) { return nil }
                n.grouped = true
                groupDigits = 0
                i += 1
            } else if b == 0x2E {
                if sawPoint || (n.grouped && groupDigits != 3) { return nil }
                sawPoint = true
                groupDigits = 0
                i += 1
            } else {
                break
            }
        }
        if n.grouped && !sawPoint && groupDigits != 3 { return nil }
        if i < end { n.suffix = suffix(bytes, i, end) }
        return n
    }

    private static func suffix(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Suffix {
        var key = TokenKey.seed
        for i in start..<end {
            let b = bytes[i] | 0x20
            guard b >= 0x61 && b <= 0x7A else { return .other }
            key = TokenKey.fold(key, b)
        }
        return suffixes[key] ?? .other
    }

    private static let suffixes = KeyTable<Suffix>(words: [
        ("st", .ordinal), ("nd", .ordinal), ("rd", .ordinal), ("th", .ordinal),
        ("bn", .scale(1e9)), ("bln", .scale(1e9)), ("mn", .scale(1e6)), ("mln", .scale(1e6)),
        ("tn", .scale(1e12)), ("trn", .scale(1e12)), ("m", .ambiguousScale(1e6)), ("k", .ambiguousScale(1e3)),
        ("b", .ambiguousScale(1e9)),
    ])

    /// A day of the month: "21", "21st", "3rd" (1–31, at most two digits, no separators).
    static func dayOfMonth(_ bytes: [UInt8], _ token: Token) -> Int? {
        guard token.byteCount <= 4, let n = scan(bytes, token), n.decimals == 0, !n.grouped,
            n.integerDigits <= 2, n.suffix == .none || n.suffix == .ordinal
        else { return nil }
        let d = Int(n.mantissa)
        return d >= 1 && d <= 31 ? d : nil
    }

    /// A four-digit year without separators, 1000–2999.
    static func year(_ bytes: [UInt8], _ token: Token) -> Int? {
        guard token.byteCount == 4, token.shape.contains(.number) else { return nil }
        var y = 0
        for i in token.start..<token.end {
            let d = Int(bytes[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            y = y * 10 + d
        }
        return y >= 1000 && y <= 2999 ? y : nil
    }
}
