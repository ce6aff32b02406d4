/// Finds date expressions in a sentence and resolves them to calendar days against the
/// document's publication date.
///
/// News dates events relative to publication ("on Tuesday", "last week", "since 21 September"),
/// and event data needs the day itself. The resolver reads token keys only and rejects a word
/// that is neither a digit token nor a calendar word with one table probe, so it can run on every
/// sentence of a large corpus.
///
/// Resolution never places a date after the document date unless the text says the event lies
/// ahead: "next", "tomorrow", "until", or a future marker ("will", "'ll", "shall", "is to",
/// "plans to", "is expected to", …) earlier in the same clause. Without a document date only
/// expressions that carry their own year resolve.
public struct DateResolver: Sendable {
    private let heads = CalendarWords.heads

    /// Creates a resolver with the built-in English tables.
    public init() {}

    /// The date expressions in `text.tokens[tokens]`, in text order and without overlaps.
    ///
    /// - Parameters:
    ///   - text: the analysed document.
    ///   - tokens: the token range to search, usually one sentence; prepositions and future
    ///     markers are only looked for inside it.
    ///   - documentDate: the publication date relative expressions are resolved against.
    public func dates(in text: AnalyzedText, tokens range: Range<Int>, documentDate: Day?) -> [DateMention] {
        let toks = text.tokens
        let end = min(range.upperBound, toks.count)
        var out: [DateMention] = []
        var floor = range.lowerBound
        var i = range.lowerBound
        while i < end {
            let t = toks[i]
            let core: Core?
            if t.shape.contains(.number) {
                core = numberCore(text, i, floor, end)
            } else if let head = heads[t.key] {
                core = wordCore(head, text, i, floor, end)
            } else {
                core = nil
            }
            guard let c = core, c.start >= floor, let mention = finish(c, toks, floor, documentDate) else {
                i += 1
                continue
            }
            out.append(mention)
            i = max(mention.tokens.upperBound, i + 1)
            floor = i
        }
        return out
    }

    // MARK: - Resolution

    /// Adds the preposition, decides whether the future is allowed, and resolves.
    private func finish(_ core: Core, _ toks: [Token], _ floor: Int, _ documentDate: Day?) -> DateMention? {
        var start = core.start
        var preposition: CalendarWords.Preposition?
        if start > floor, let p = CalendarWords.prepositions[toks[start - 1].key] {
            preposition = p
            start -= 1
        }
        switch core.expression {
        case .month(_, year: nil) where core.modifier == .none:
            // A bare month name is a date only after "in", "since", "until", "during".
            guard let p = preposition, p == .in || p == .since || p == .until || p == .during else { return nil }
        default:
            break
        }
        var future = core.modifier == .next || preposition == .until
        if case .relative(let n) = core.expression, n > 0 { future = true }
        if !future { future = hasFutureMarker(toks, before: start, floor) }

        guard let (first, last) = resolve(core.expression, core.modifier, documentDate, future: future) else {
            return nil
        }
        var mention = DateMention(
            tokens: start..<core.end, day: first, lastDay: last, kind: last == nil ? .day : .range)
        switch preposition {
        case .since?:
            if let doc = documentDate, first > doc { return nil }
            mention.kind = .since
            mention.lastDay = documentDate
        case .until?:
            mention.kind = .until
            mention.day = last ?? first
            mention.lastDay = nil
        default:
            if let doc = documentDate, !future {
                if first > doc { return nil }
                if let l = last, l > doc { mention.lastDay = doc }
            }
        }
        return mention
    }

    /// The day or range an expression names.
    private func resolve(
        _ e: Expression, _ mod: CalendarWords.Modifier, _ doc: Day?, future: Bool
    ) -> (Day, Day?)? {
        switch e {
        case .dayMonth(let d, let m, let y):
            if let y { return Day(year: y, month: m, day: d).map { ($0, nil) } }
            guard let doc else { return nil }
            return DateMath.inferYear(day: d, month: m, reference: doc, allowFuture: future).map { ($0, nil) }
        case .month(let m, let y):
            let year: Int
            if let y {
                year = y
            } else {
                guard let doc else { return nil }
                switch mod {
                case .last: year = m < doc.month ? doc.year : doc.year - 1
                case .next: year = m > doc.month ? doc.year : doc.year + 1
                case .this: year = doc.year
                default: year = DateMath.inferMonthYear(m, reference: doc, allowFuture: future)
                }
            }
            guard let (a, b) = DateMath.monthRange(m, year: year) else { return nil }
            switch mod {
            case .early: return (a, a.adding(days: 9))
            case .mid: return (a.adding(days: 10), a.adding(days: 19))
            case .late: return (a.adding(days: 20), b)
            default: return (a, b)
            }
        case .year(let y):
            return DateMath.yearRange(y)
        case .weekday(let w):
            guard let doc else { return nil }
            let back = (doc.weekday - w + 7) % 7
            let ahead = (w - doc.weekday + 7) % 7
            switch mod {
            case .last: return (doc.adding(days: back == 0 ? -7 : -back), nil)
            case .next: return (doc.adding(days: ahead == 0 ? 7 : ahead), nil)
            default: return (future ? doc.adding(days: ahead) : doc.adding(days: -back), nil)
            }
        case .relative(let n):
            guard let doc else { return nil }
            return (doc.adding(days: n), nil)
        case .period(let p):
            guard let doc else { return nil }
            return period(p, mod, doc, future: future)
        case .ago(let n, let unit):
            guard let doc else { return nil }
            switch unit {
            case .day: return (doc.adding(days: -n), nil)
            case .week: return (doc.adding(days: -7 * n), nil)
            case .month:
                let first = DateMath.firstOfMonth(doc, adding: -n)
                return DateMath.monthRange(first.month, year: first.year)
            case .year: return DateMath.yearRange(doc.year - n)
            }
        }
    }

    /// "last week", "this month", "earlier this year", "the past week", "over the weekend".
    private func period(
        _ p: CalendarWords.Period, _ mod: CalendarWords.Modifier, _ doc: Day, future: Bool
    ) -> (Day, Day?)? {
        switch p {
        case .week:
            let monday = DateMath.monday(doc)
            switch mod {
            case .last: return (monday.adding(days: -7), monday.adding(days: -1))
            case .next: return (monday.adding(days: 7), monday.adding(days: 13))
            case .earlierThis: return (monday, doc)
            case .past: return (doc.adding(days: -7), doc)
            default: return (monday, monday.adding(days: 6))
            }
        case .month:
            let first = DateMath.firstOfMonth(doc)
            let nextFirst = DateMath.firstOfMonth(doc, adding: 1)
            switch mod {
            case .last: return (DateMath.firstOfMonth(doc, adding: -1), first.adding(days: -1))
            case .next: return (nextFirst, DateMath.firstOfMonth(doc, adding: 2).adding(days: -1))
            case .earlierThis: return (first, doc)
            case .past: return (doc.adding(days: -30), doc)
            default: return (first, nextFirst.adding(days: -1))
            }
        case .year:
            switch mod {
            case .last: return DateMath.yearRange(doc.year - 1)
            case .next: return DateMath.yearRange(doc.year + 1)
            case .earlierThis: return DateMath.yearRange(doc.year).map { ($0.0, doc) }
            case .past: return (doc.adding(days: -365), doc)
            default: return DateMath.yearRange(doc.year)
            }
        case .weekend:
            let (saturday, sunday) = DateMath.weekend(of: doc, mod, future: future)
            return (saturday, sunday)
        }
    }

    // MARK: - Future markers

    /// Whether the clause before token `start` says what follows lies ahead: "will", "shall",
    /// "'ll", "next", "tomorrow", "is to", "plans to", "is expected to", "is scheduled for".
    ///
    /// The search stops at punctuation and reporting verbs ("said"), which usually start another
    /// clause, and after sixteen tokens.
    func hasFutureMarker(_ toks: [Token], before start: Int, _ floor: Int) -> Bool {
        var j = start - 1
        let limit = max(floor, start - 16)
        while j >= limit {
            let k = toks[j].key
            if CalendarWords.clauseBoundaries.contains(k) { return false }
            if CalendarWords.futureWords.contains(k) { return true }
            if (k == Keys.to || k == Keys.for) && j > floor {
                let p = toks[j - 1].key
                if k == Keys.to && (CalendarWords.planVerbs.contains(p) || CalendarWords.presentBe.contains(p)) {
                    return true
                }
                if CalendarWords.scheduleWords.contains(p) && j - 2 >= floor
                    && CalendarWords.presentBe.contains(toks[j - 2].key)
                {
                    return true
                }
            }
            j -= 1
        }
        return false
    }
}
