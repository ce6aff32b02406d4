/// The date patterns: from an anchor token, the unresolved expression and its tokens.
///
/// Each pattern starts at a word from `CalendarWords.heads` (or a digit token) and reads the few
/// tokens around it; resolving against the document date happens afterwards in `DateResolver`.
extension DateResolver {
    /// A date expression before resolution.
    enum Expression: Sendable, Equatable {
        /// "21 September", "September 21, 2022".
        case dayMonth(day: Int, month: Int, year: Int?)
        /// "in September", "September 2022", "last May".
        case month(Int, year: Int?)
        /// "in 2021".
        case year(Int)
        /// "Tuesday", "next Tuesday".
        case weekday(Int)
        /// Days from the document date: "yesterday" = -1, "the day after tomorrow" = 2.
        case relative(Int)
        /// "last week", "this month", "over the weekend".
        case period(CalendarWords.Period)
        /// "two days ago".
        case ago(Int, CalendarWords.AgoUnit)
    }

    /// An expression and the tokens it covers, before any preposition.
    struct Core {
        var expression: Expression
        var start: Int
        var end: Int
        var modifier: CalendarWords.Modifier = .none
    }

    // MARK: - Digits

    /// "21 September [2022]", "21st of September", or a year after "in"/"since"/"until".
    func numberCore(_ text: AnalyzedText, _ i: Int, _ floor: Int, _ end: Int) -> Core? {
        if let c = dayFirst(text, i, end) { return c }
        let toks = text.tokens
        if i > floor, let y = ScannedNumber.year(text.bytes, toks[i]), y >= 1800, y <= 2100,
            let p = CalendarWords.prepositions[toks[i - 1].key], p == .in || p == .since || p == .until || p == .during
        {
            return Core(expression: .year(y), start: i, end: i + 1)
        }
        return nil
    }

    /// "21 September", "21st September", "21st of September", each with an optional year.
    func dayFirst(_ text: AnalyzedText, _ i: Int, _ end: Int) -> Core? {
        let toks = text.tokens
        guard i < end, toks[i].shape.contains(.number), let d = ScannedNumber.dayOfMonth(text.bytes, toks[i])
        else { return nil }
        var j = i + 1
        if j + 1 < end && toks[j].key == Keys.of && toks[i].byteCount > 2 { j += 1 }
        guard j < end, let m = month(toks[j]) else { return nil }
        let (y, e) = optionalYear(text, j + 1, end)
        return Core(expression: .dayMonth(day: d, month: m, year: y), start: i, end: e)
    }

    /// "September 21", "Sept. 21, 2022", "September 2022".
    func monthFirst(_ text: AnalyzedText, _ i: Int, _ end: Int) -> Core? {
        let toks = text.tokens
        guard i + 1 < end, let m = month(toks[i]) else { return nil }
        if let d = ScannedNumber.dayOfMonth(text.bytes, toks[i + 1]) {
            let (y, e) = optionalYear(text, i + 2, end)
            return Core(expression: .dayMonth(day: d, month: m, year: y), start: i, end: e)
        }
        if let y = ScannedNumber.year(text.bytes, toks[i + 1]) {
            return Core(expression: .month(m, year: y), start: i, end: i + 2)
        }
        return nil
    }

    /// A year at `j`, optionally after a comma: returns it and the end of the expression.
    private func optionalYear(_ text: AnalyzedText, _ j: Int, _ end: Int) -> (Int?, Int) {
        let toks = text.tokens
        if j < end, let y = ScannedNumber.year(text.bytes, toks[j]) { return (y, j + 1) }
        if j + 1 < end, toks[j].key == Keys.comma, let y = ScannedNumber.year(text.bytes, toks[j + 1]) {
            return (y, j + 2)
        }
        return (nil, j)
    }

    /// The month a token names, when it is capitalised ("march" the verb and "may" the modal
    /// are never months).
    @inline(__always)
    func month(_ t: Token) -> Int? {
        t.shape.contains(.capitalized) ? CalendarWords.months[t.key] : nil
    }

    // MARK: - Words

    /// The expression anchored at the word `head` at token `i`.
    func wordCore(_ head: CalendarWords.Head, _ text: AnalyzedText, _ i: Int, _ floor: Int, _ end: Int) -> Core? {
        let toks = text.tokens
        switch head {
        case .month(let m):
            guard toks[i].shape.contains(.capitalized) else { return nil }
            if let c = monthFirst(text, i, end) { return c }
            let (mod, s) = modifier(toks, before: i, floor, [.last, .next, .this, .early, .mid, .late])
            return Core(expression: .month(m, year: nil), start: s, end: i + 1, modifier: mod)
        case .weekday(let w):
            var core = Core(expression: .weekday(w), start: i, end: i + 1)
            if i + 1 < end && Keys.partsOfDay.contains(toks[i + 1].key) {
                core.end = i + 2
            } else {
                // "Tuesday, 27 September 2022": the explicit date wins.
                let j = i + 1 < end && toks[i + 1].key == Keys.comma ? i + 2 : i + 1
                if let date = dayFirst(text, j, end) ?? monthFirst(text, j, end),
                    case .dayMonth = date.expression
                {
                    core.expression = date.expression
                    core.end = date.end
                }
            }
            let (mod, s) = modifier(toks, before: i, floor, [.last, .next, .this])
            core.start = s
            core.modifier = mod
            return core
        case .relative(var n):
            var s = i
            if i - 3 >= floor && toks[i - 3].key == Keys.the && toks[i - 2].key == Keys.day {
                if n == -1 && toks[i - 1].key == Keys.before {
                    n = -2
                    s = i - 3
                } else if n == 1 && toks[i - 1].key == Keys.after {
                    n = 2
                    s = i - 3
                }
            }
            let e = i + 1 < end && Keys.partsOfDay.contains(toks[i + 1].key) ? i + 2 : i + 1
            return Core(expression: .relative(n), start: s, end: e)
        case .period(let p):
            return periodCore(p, toks, i, floor)
        case .ago:
            return agoCore(text, i, floor)
        case .partOfDay:
            guard i > floor else { return nil }
            let p = toks[i - 1].key
            if p == Keys.this { return Core(expression: .relative(0), start: i - 1, end: i + 1) }
            if p == Keys.last && toks[i].key == Keys.night {
                return Core(expression: .relative(-1), start: i - 1, end: i + 1)
            }
            return nil
        }
    }

    /// "last week", "earlier this month", "the past year", "over the weekend".
    private func periodCore(_ p: CalendarWords.Period, _ toks: [Token], _ i: Int, _ floor: Int) -> Core? {
        guard i > floor else { return nil }
        guard let mod = CalendarWords.modifiers[toks[i - 1].key] else {
            if p == .weekend && toks[i - 1].key == Keys.the {
                return Core(expression: .period(.weekend), start: i - 1, end: i + 1, modifier: .this)
            }
            return nil
        }
        var s = i - 1
        var m = mod
        let before: UInt64? = s > floor ? toks[s - 1].key : nil
        switch mod {
        case .this:
            if before == Keys.earlier {
                m = .earlierThis
                s -= 1
            } else if before == Keys.later {
                return nil
            }
        case .last:
            // "the last year" is the year up to now, not the previous calendar year.
            if before == Keys.the && p != .weekend {
                m = .past
                s -= 1
            }
        case .past, .next:
            if before == Keys.the { s -= 1 }
        case .early, .mid, .late, .earlierThis, .none:
            return nil
        }
        if p == .weekend && (m == .earlierThis || m == .past) { m = m == .past ? .last : .this }
        return Core(expression: .period(p), start: s, end: i + 1, modifier: m)
    }

    /// "two days ago", "3 weeks ago", "a month ago".
    private func agoCore(_ text: AnalyzedText, _ i: Int, _ floor: Int) -> Core? {
        let toks = text.tokens
        guard i - 2 >= floor, let unit = CalendarWords.agoUnits[toks[i - 1].key] else { return nil }
        let countToken = toks[i - 2]
        var count: Int?
        if countToken.shape.contains(.number) {
            if let n = ScannedNumber.scan(text.bytes, countToken), n.isPlainInteger, n.integerDigits <= 4 {
                count = Int(n.mantissa)
            }
        } else {
            count = NumberLexicon.smallCount(countToken.key)
        }
        guard let n = count, n >= 0 else { return nil }
        return Core(expression: .ago(n, unit), start: i - 2, end: i + 1)
    }

    /// The modifier right before `i`, if it is one of `allowed`, and where the expression starts.
    private func modifier(
        _ toks: [Token], before i: Int, _ floor: Int, _ allowed: [CalendarWords.Modifier]
    ) -> (CalendarWords.Modifier, Int) {
        guard i > floor, let m = CalendarWords.modifiers[toks[i - 1].key], allowed.contains(m) else {
            return (.none, i)
        }
        return (m, i - 1)
    }

    /// Token keys the patterns compare against.
    enum Keys {
        static let of = TokenKey.of("of")
        static let comma = TokenKey.of(",")
        static let the = TokenKey.of("the")
        static let day = TokenKey.of("day")
        static let before = TokenKey.of("before")
        static let after = TokenKey.of("after")
        static let this = TokenKey.of("this")
        static let last = TokenKey.of("last")
        static let night = TokenKey.of("night")
        static let earlier = TokenKey.of("earlier")
        static let later = TokenKey.of("later")
        static let to = TokenKey.of("to")
        static let `for` = TokenKey.of("for")
        static let partsOfDay = KeySet(["morning", "afternoon", "evening", "night", "overnight"])
    }
}
