/// Finds the numbers in a sentence — digits, number words and vague amounts — with their hedges.
///
/// The event coder needs "how many" for protests, arrests and casualties. This parser reads the
/// token keys only (no `String`s) and rejects an ordinary word with one table probe, so it can run
/// on every sentence of a large corpus. Numbers that belong to dates ("21 September", "in 1987"),
/// times ("10:30"), ordinals ("21st") and measurements glued to units ("1,340-kilometre") are not
/// quantities; the date resolver handles the dates.
public struct QuantityParser: Sendable {
    private let words = NumberLexicon.words
    private let tables = Tables.shared

    /// The parser's word tables, built once per process so that `init()` costs nothing.
    private struct Tables: Sendable {
        static let shared = Tables()
        let qualifiers = QualifierPhrases()
        let months = CalendarWords.months
        let currency = KeySet(["$", "€", "£", "¥"])
        /// Currency signs and the words after an amount that make it money, by the currency they name.
        let currencyNames = KeyTable<String>(words: [
            ("$", "dollars"), ("€", "euros"), ("£", "pounds"), ("¥", "yen"), ("dollars", "dollars"),
            ("dollar", "dollars"), ("usd", "dollars"), ("euros", "euros"), ("euro", "euros"), ("eur", "euros"),
            ("pounds", "pounds"), ("sterling", "pounds"), ("gbp", "pounds"), ("rubles", "rubles"),
            ("roubles", "rubles"), ("rub", "rubles"), ("yuan", "yuan"), ("renminbi", "yuan"), ("yen", "yen"),
            ("rupees", "rupees"), ("hryvnias", "hryvnias"), ("hryvnia", "hryvnias"), ("francs", "francs"),
            ("shekels", "shekels"), ("lira", "lira"), ("liras", "lira"), ("pesos", "pesos"), ("reais", "reais"),
            ("rand", "rand"), ("tenge", "tenge"), ("won", "won"), ("dinars", "dinars"), ("riyals", "riyals"),
            ("dirhams", "dirhams"), ("crowns", "crowns"), ("kronor", "crowns"), ("kroner", "crowns"),
            ("zlotys", "zlotys"), ("zloty", "zlotys"), ("lari", "lari"), ("drams", "drams"), ("manat", "manat"),
        ])
        let timeWords = KeySet(["a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "hrs"])
        let oneBlockers = KeySet(["no", "the", "this", "that", "any", "every", "each", "which", "either"])
        let rangeLinks = KeySet(["and", "to", "--", "-", "or"])
        let separators = KeySet([":", "/"])
        let ofKey = TokenKey.of("of")
        let anotherKey = TokenKey.of("another")
        let numberSignKey = TokenKey.of("no")
    }

    /// Creates a parser with the built-in English tables.
    public init() {}

    /// The quantities in `text.tokens[tokens]`, in text order and without overlaps.
    ///
    /// - Parameters:
    ///   - text: the analysed document.
    ///   - tokens: the token range to search, usually one sentence; hedges are not looked for
    ///     before its start.
    public func quantities(in text: AnalyzedText, tokens range: Range<Int>) -> [Quantity] {
        let toks = text.tokens
        let end = min(range.upperBound, toks.count)
        var out: [Quantity] = []
        var floor = range.lowerBound
        var i = range.lowerBound
        while i < end {
            let t = toks[i]
            let found: Found?
            if t.shape.contains(.number) {
                found = digits(text, i, floor, end)
            } else if let w = words[t.key] {
                found = wordNumber(w, toks, i, floor, end)
            } else {
                found = nil
            }
            // A run of digits past Double's range reads as infinity (and sums of such runs as NaN):
            // no count (found by fuzz-numbers).
            guard let f = found, f.value.isFinite else {
                i += 1
                continue
            }
            var start = i
            var hasSign = false
            if start > floor, tables.currency.contains(toks[start - 1].key) {
                start -= 1
                hasSign = true
            }
            var qualifier: Qualifier = f.isVague ? .approximately : .exact
            var hedged = false
            if let q = tables.qualifiers.match(toks, before: start, floor: floor) {
                start = q.start
                qualifier = q.qualifier
                hedged = true
            }
            // A bare year ("2022", "in 1987") is a date, not a count, unless something says it is
            // an amount: a hedge, a currency sign or a scale word.
            if f.isYearLike && !hedged && !hasSign {
                i += 1
                continue
            }
            var quantity = Quantity(
                value: f.value, qualifier: qualifier, isVague: f.isVague, tokens: start..<f.spanEnd,
                numberTokens: i..<f.numberEnd)
            if hasSign {
                quantity.currency = tables.currencyNames[toks[i - 1].key]
            } else if f.spanEnd < end, let name = tables.currencyNames[toks[f.spanEnd].key] {
                quantity.currency = name
            }
            out.append(quantity)
            i = f.spanEnd
            floor = i
        }
        return out
    }

    /// A number read at some token.
    private struct Found {
        var value: Double
        var numberEnd: Int
        var spanEnd: Int
        var isVague = false
        var isYearLike = false
    }

    // MARK: - Digits

    /// "98,000", "1.5 million", "2 dozen", "$5m": a digit token and the scale words after it.
    private func digits(_ text: AnalyzedText, _ i: Int, _ floor: Int, _ end: Int) -> Found? {
        let toks = text.tokens
        let t = toks[i]
        guard let n = ScannedNumber.scan(text.bytes, t) else { return nil }
        var multiplier = 1.0
        var hasScale = false
        switch n.suffix {
        case .none: break
        case .scale(let s):
            multiplier = s
            hasScale = true
        case .ambiguousScale(let s):
            guard i > floor, tables.currency.contains(toks[i - 1].key) else { return nil }
            multiplier = s
            hasScale = true
        case .ordinal, .other: return nil
        }
        if isPartOfDateOrTime(toks, i, floor, end) { return nil }
        var j = i + 1
        if !hasScale && j < end {
            if words[toks[j].key] == .hundred {
                multiplier = 100
                j += 1
                hasScale = true
            }
            if j < end, case .scale(let s)? = words[toks[j].key] {
                multiplier *= s
                j += 1
                hasScale = true
            } else if !hasScale, words[toks[j].key] == .dozen {
                multiplier = 12
                j += 1
                hasScale = true
            }
        }
        let value = n.value(times: multiplier)
        let yearLike = !hasScale && n.isPlainInteger && n.integerDigits == 4 && value >= 1900 && value <= 2099
        return Found(value: value, numberEnd: j, spanEnd: j, isYearLike: yearLike)
    }

    /// Whether the digit token at `i` is a day next to a month name, part of a time or a slashed
    /// date, or follows "No.".
    private func isPartOfDateOrTime(_ toks: [Token], _ i: Int, _ floor: Int, _ end: Int) -> Bool {
        if i > floor {
            let p = toks[i - 1]
            if isMonth(p) { return true }
            if p.key == tables.numberSignKey && p.shape.contains(.abbreviation) { return true }
            if tables.separators.contains(p.key) && toks[i].shape.contains(.attached) && i - 1 > floor
                && toks[i - 2].shape.contains(.number) && p.shape.contains(.attached)
            {
                return true
            }
        }
        if i + 1 < end {
            let n = toks[i + 1]
            if isMonth(n) { return true }
            if tables.timeWords.contains(n.key) { return true }
            if tables.separators.contains(n.key) && n.shape.contains(.attached) && i + 2 < end
                && toks[i + 2].shape.contains(.number) && toks[i + 2].shape.contains(.attached)
            {
                return true
            }
            // "21 and 22 September", "5 to 7 October".
            if tables.rangeLinks.contains(n.key) && i + 3 < end && toks[i + 2].shape.contains(.number)
                && isMonth(toks[i + 3])
            {
                return true
            }
        }
        return false
    }

    @inline(__always)
    private func isMonth(_ t: Token) -> Bool {
        t.shape.contains(.capitalized) && tables.months[t.key] != nil
    }

    // MARK: - Words

    /// A number starting with a word: "two hundred", "a dozen", "half a million", "dozens".
    private func wordNumber(
        _ w: NumberLexicon.Word, _ toks: [Token], _ i: Int, _ floor: Int, _ end: Int
    ) -> Found? {
        switch w {
        case .unit, .tens:
            if w == .unit(1) {
                // "no one", "the one who", "one another" are pronouns.
                if i > floor && tables.oneBlockers.contains(toks[i - 1].key) { return nil }
                if i + 1 < end && toks[i + 1].key == tables.anotherKey { return nil }
            }
            guard let r = readWords(toks, from: i, to: end, count: nil) else { return nil }
            return Found(value: r.value, numberEnd: r.end, spanEnd: r.end)
        case .article:
            guard i + 1 < end else { return nil }
            if words[toks[i + 1].key] == .few {
                guard let r = readWords(toks, from: i + 2, to: end, count: 3) else { return nil }
                return Found(value: r.value, numberEnd: r.end, spanEnd: r.end, isVague: true)
            }
            guard let r = readWords(toks, from: i + 1, to: end, count: 1) else { return nil }
            return Found(value: r.value, numberEnd: r.end, spanEnd: r.end)
        case .several:
            guard let r = readWords(toks, from: i + 1, to: end, count: 3) else { return nil }
            return Found(value: r.value, numberEnd: r.end, spanEnd: r.end, isVague: true)
        case .half:
            guard i + 2 < end, words[toks[i + 1].key] == .article,
                let r = readWords(toks, from: i + 2, to: end, count: 0.5)
            else { return nil }
            return Found(value: r.value, numberEnd: r.end, spanEnd: r.end)
        case .vague(let value, let unit, let needsOf):
            return vague(toks, i, end, value: value, unit: unit, needsOf: needsOf)
        case .hundred, .scale, .dozen, .few, .and:
            return nil
        }
    }

    /// "dozens", "thousands of", "tens of thousands of", "hundreds of millions".
    private func vague(_ toks: [Token], _ i: Int, _ end: Int, value: Double, unit: Double, needsOf: Bool) -> Found? {
        var v = value
        var numberEnd = i + 1
        if i + 2 < end, toks[i + 1].key == tables.ofKey,
            case .vague(_, let larger, _)? = words[toks[i + 2].key], larger > unit, larger >= 100
        {
            v = value * larger
            numberEnd = i + 3
        }
        var spanEnd = numberEnd
        if spanEnd < end && toks[spanEnd].key == tables.ofKey { spanEnd += 1 }
        if needsOf {
            // "tens" alone is not an amount; "scores" needs its "of".
            if unit == 10 && numberEnd == i + 1 { return nil }
            if spanEnd == numberEnd && numberEnd == i + 1 { return nil }
        }
        return Found(value: v, numberEnd: numberEnd, spanEnd: spanEnd, isVague: true)
    }

    /// How far the number words since the last scale word have got.
    private enum Step { case none, count, unit, tens, hundred, scale, and }

    /// Reads number words from `j0`: "two hundred and fifty thousand", "twenty-five".
    ///
    /// - Parameter count: a count already read ("a" = 1, "several" = 3, "half a" = 0.5); then
    ///   only "hundred", a scale word or "dozen" may follow, and at least one must.
    /// - Returns: the value and the end of the words, or nil when nothing was read.
    private func readWords(_ toks: [Token], from j0: Int, to end: Int, count: Double?) -> (value: Double, end: Int)? {
        var total = 0.0
        var current = count ?? 0
        var last: Step = count == nil ? .none : .count
        var lastScale = Double.infinity
        var j = j0
        var stop = j0
        loop: while j < end {
            guard let w = words[toks[j].key] else { break }
            switch w {
            case .unit(let v):
                let afterRoundTens = last == .tens && v > 0 && v < 10
                guard last == .none || last == .hundred || last == .scale || last == .and || afterRoundTens
                else { break loop }
                current += v
                last = .unit
            case .tens(let v):
                guard last == .none || last == .hundred || last == .scale || last == .and else { break loop }
                current += v
                last = v.truncatingRemainder(dividingBy: 10) == 0 ? .tens : .unit
            case .hundred:
                guard last == .unit || last == .tens || last == .count, current > 0, current < 100 else { break loop }
                current *= 100
                last = .hundred
            case .scale(let s):
                guard last == .unit || last == .tens || last == .count || last == .hundred, current > 0,
                    s < lastScale
                else { break loop }
                total += current * s
                current = 0
                lastScale = s
                last = .scale
            case .dozen:
                guard last == .unit || last == .tens || last == .count, current > 0 else { break loop }
                current *= 12
                stop = j + 1
                break loop
            case .and:
                guard (last == .hundred || last == .scale) && canContinue(toks, afterAnd: j, end, last, lastScale)
                else { break loop }
                last = .and
                j += 1
                continue
            default:
                break loop
            }
            j += 1
            stop = j
        }
        guard stop > j0 else { return nil }
        return (total + current, stop)
    }

    /// Whether "and" at `j` continues the number ("two hundred and fifty") rather than joining
    /// two numbers ("two hundred and three hundred").
    private func canContinue(_ toks: [Token], afterAnd j: Int, _ end: Int, _ last: Step, _ lastScale: Double) -> Bool {
        guard j + 1 < end else { return false }
        switch words[toks[j + 1].key] {
        case .unit?, .tens?: break
        default: return false
        }
        guard j + 2 < end, let after = words[toks[j + 2].key] else { return true }
        switch after {
        case .hundred: return last != .hundred
        case .scale(let s): return s < lastScale
        default: return true
        }
    }
}
