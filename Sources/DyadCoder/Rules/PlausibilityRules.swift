import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// Plausibility of what the `date` and `quantity` rules read: a date expression that belongs to
/// something else than the event (an anniversary, a vehicle's year, a founding), or one far in the
/// past outside the event's clause, is not the event's date; a count told as a total over a period
/// or as a hypothetical figure is marked so that aggregates do not draw it as one day's figure.
///
/// The span beyond which a resolved date makes the whole event historical is applied once the
/// document is coded (`Pipeline.Options.historicalDays`, `Plausibility.finish`).
extension SentenceContext {
    /// Days before the document date past which a date found outside the event's clause is not
    /// taken for the event's date.
    static let farPastDays = 365

    /// Whether date mention `m` may date the event of draft `d` at all: not when a noun that dates
    /// something else governs it ("the 80th *anniversary* of the 1942 massacre", "a 1979 *model*",
    /// "*founded* in 1881") and does not also govern the trigger.
    func mayDate(_ d: EventDraft, _ m: Mention) -> Bool {
        guard range.contains(m.tokens.lowerBound) else { return true }
        var x = m.tokens.lowerBound
        for i in m.tokens where range.contains(i) && !m.tokens.contains(tree.head(i)) {
            x = i
            break
        }
        var steps = 0
        // The first verb above the date: a date far in the past that dates another verb of the
        // sentence ("arrested him, years after a court *convicted* him in March 2015") is not this
        // event's date.
        var verb: Int?
        while !tree.isRoot(x) && steps < 8 {
            let h = tree.head(x)
            if h == x { break }
            if PlausibilityWords.retrospective.contains(key(h)) && !d.trigger.contains(h) {
                let sub = tree.subtree(h)
                if !sub.contains(d.trigger.lowerBound) { return false }
            }
            if verb == nil && tree.tag(h).isVerb { verb = h }
            x = h
            steps += 1
        }
        if let v = verb, v != d.clause, v != d.predicate.head, !d.trigger.contains(v),
            let dm = m.date, let doc = document.date, doc.ordinal - (dm.lastDay ?? dm.day).ordinal > Self.farPastDays
        {
            return false
        }
        // "marched on the 10th *anniversary* of the crackdown in February 2013" with the date hung
        // on the verb: a date far in the past after an anniversary is the remembered event's.
        if let dm = m.date, let doc = document.date, doc.ordinal - (dm.lastDay ?? dm.day).ordinal > Self.farPastDays,
            (range.lowerBound..<m.tokens.lowerBound).contains(where: {
                PlausibilityWords.commemorative.contains(key($0))
            })
        {
            return false
        }
        return true
    }

    /// Whether a date mention outside the event's clause may still date it: not when it lies far
    /// before the document (a background date of another clause), and not for the event of a
    /// relative or participial clause ("the regime *that killed* 1.7 million", told of a trial
    /// "on Thursday").
    func mayDateFromOutside(_ d: EventDraft, _ m: Mention) -> Bool {
        let label = tree.label(d.clause)
        if label == .relcl || label == .acl { return false }
        if let dm = m.date, let doc = document.date, doc.ordinal - (dm.lastDay ?? dm.day).ordinal > Self.farPastDays {
            return false
        }
        return true
    }

    /// The words of a period the count of draft `d` is a total over, if the event's clause (or,
    /// for a noun trigger, its sentence near the count) gives one: "in a year", "since February",
    /// "so far this year", "each year", "over the past three months", "in total".
    func periodPhrase(_ d: EventDraft, quantity q: Range<Int>) -> String? {
        let clause = tree.subtree(d.clause)
        let lo = max(range.lowerBound, min(clause.lowerBound, q.lowerBound))
        let hi = min(range.upperBound, max(clause.upperBound, q.upperBound))
        // A date expression of the clause that names a period up to the document's day: "since 21
        // September", "this year", "over the past year" (not "in 2016" or "last year", which date
        // a past event).
        for m in mentions.dates where m.tokens.lowerBound >= lo && m.tokens.lowerBound < hi {
            guard let dm = m.date else { continue }
            if dm.kind == .since { return string(tokens: m.tokens) }
            if let last = dm.lastDay, last.ordinal - dm.day.ordinal > 31, let doc = document.date, last >= doc {
                return string(tokens: m.tokens)
            }
        }
        var i = lo
        while i < hi {
            if let n = PlausibilityWords.periodPhrase(at: i, tokens, upTo: hi) { return string(tokens: i..<(i + n)) }
            i += 1
        }
        return nil
    }

    /// Whether a quantity mention is a person's age, not a count: "Tracy Beatty, 61, was executed",
    /// "Virginia Hayden, 71, has been sentenced" (a bare whole number under 120 set off by commas
    /// right after a capitalised name).
    func isAge(_ m: Mention) -> Bool {
        guard let q = m.quantity, !q.isVague, q.qualifier == .exact, q.value >= 1, q.value < 120,
            q.value == q.value.rounded(), m.tokens.count == 1
        else { return false }
        let i = m.tokens.lowerBound
        guard i - 2 >= range.lowerBound, key(i - 1) == PlausibilityWords.comma,
            tokens[i - 2].shape.contains(.capitalized)
        else { return false }
        let j = m.tokens.upperBound
        return j >= range.upperBound || PlausibilityWords.ageEnd.contains(key(j))
    }

    /// Whether the event's verb, or one of the two words above it, is in the perfect ("have
    /// arrested", "has been killed", "have spread …, with 300 dead").
    func perfectAspect(_ d: EventDraft) -> Bool {
        var v = d.clause
        for _ in 0..<3 {
            if tree.children(v).contains(where: {
                tree.label($0) == .aux && PlausibilityWords.perfect.contains(key($0))
            }) {
                return true
            }
            let h = tree.head(v)
            if h == v { break }
            v = h
        }
        return false
    }

    /// Whether the count of draft `d` is hypothetical: "enough fentanyl *to kill* four million",
    /// "*could* kill", "capable of killing".
    func hypotheticalCount(_ d: EventDraft) -> Bool {
        if d.modality == .conditional || d.modality == .hypothetical { return true }
        let t = d.trigger.lowerBound
        var j = t - 1
        let floor = max(range.lowerBound, t - 10)
        while j >= floor {
            let k = key(j)
            if PlausibilityWords.hypothetical.contains(k) { return true }
            if PlausibilityWords.sentenceBreaks.contains(k) { break }
            j -= 1
        }
        return false
    }

    /// Whether the clause dates the count to a past decade or century ("in the 1970s", "in the
    /// 20th century"): a historical figure.
    func historicalCount(_ d: EventDraft, quantity q: Range<Int>) -> Bool {
        let clause = tree.subtree(d.clause)
        let lo = max(range.lowerBound, min(clause.lowerBound, q.lowerBound))
        let hi = min(range.upperBound, max(clause.upperBound, q.upperBound))
        for i in lo..<hi {
            if PlausibilityWords.eras.contains(key(i)) { return true }
            let w = string(i)
            // "1970s", "1990s": a decade before the document's.
            if w.count == 5, w.hasSuffix("s"), let y = Int(w.dropLast()), y >= 1000, y % 10 == 0 {
                if let doc = document.date { if y + 10 <= doc.year { return true } } else { return true }
            }
        }
        return false
    }
}

extension EventRule {
    /// A count that is not one day's figure of the event: a total over a period, a past decade's,
    /// or a hypothetical one; aggregates and timelines leave it out.
    static let quantityPeriod = EventRule(
        "quantity-period",
        "a count told as a total over a period (in a year, since February, each year), of a past era or hypothetical (enough … to kill) is marked with its scope"
    ) { drafts, i, s, rule in
        let d = drafts[i]
        guard d.quantity != nil, let q = d.quantityTokens else { return }
        if s.hypotheticalCount(d) {
            drafts[i].quantity?.scope = .hypothetical
            drafts[i].note(rule, s, "quantity: hypothetical")
        } else if let p = s.periodPhrase(d, quantity: q) {
            drafts[i].quantity?.scope = .periodTotal
            drafts[i].quantity?.period = p
            drafts[i].note(rule, s, "quantity: total over \"\(p)\"")
        } else if s.historicalCount(d, quantity: q) {
            drafts[i].quantity?.scope = .historical
            drafts[i].note(rule, s, "quantity: of a past era")
        } else if let v = d.quantity?.value, v >= PlausibilityWords.cumulativeCount, d.datePrecision != .day,
            s.perfectAspect(d)
        {
            // "more than 15,000 have been arrested", "protests have spread …, with 15,000 arrested":
            // a large count in the perfect, not dated to a day, is a total to date.
            drafts[i].quantity?.scope = .periodTotal
            drafts[i].note(rule, s, "quantity: total to date (perfect, no day)")
        }
    }
}

/// The words the plausibility rules read (token keys).
enum PlausibilityWords {
    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map { TokenKey.of($0) }) }

    /// Nouns and participles that date something other than the event they appear near.
    static let retrospective = keys([
        "anniversary", "anniversaries", "birthday", "born", "founded", "founding", "established", "built",
        "manufactured", "model", "vintage", "service", "memorial", "commemoration", "era", "century",
        "heyday", "aged", "age", "since",
    ])

    /// Nouns of a remembered event: a date far in the past after them is that event's.
    static let commemorative = keys(["anniversary", "anniversaries"])

    /// Words before a trigger that make its count hypothetical.
    static let hypothetical = keys(["enough", "could", "potentially", "capable", "sufficient", "would", "might"])

    /// Words that end the backward search for them.
    static let sentenceBreaks = keys([";", ":", "said", "says", "but", "while", "and"])

    /// Words that put a count in a past era.
    static let eras = keys(["century", "centuries", "decades", "1970s", "1980s", "1990s"])

    static let units = keys([
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    ])
    static let singular = keys(["year", "month", "week", "day", "decade"])
    static let a = keys(["a", "per", "each", "every", "this", "last", "the"])
    /// Words after "a year" that make it a date ("a year ago"), not a period.
    static let relative = keys(["ago", "after", "before", "later", "earlier", "since"])
    static let counts = keys([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "many",
    ])
    static let so = TokenKey.of("so")
    static let far = TokenKey.of("far")
    static let to = TokenKey.of("to")
    static let date = TokenKey.of("date")
    static let `in` = keys(["in", "over", "during", "throughout"])
    static let total = keys([
        "total", "all", "overall", "altogether", "cumulative", "cumulatively", "annually", "yearly",
    ])
    static let totalBefore = keys(["in", "a"])
    static let pastWords = keys(["past", "last", "previous", "first", "next"])
    static let since = TokenKey.of("since")
    static let sinceObjects = keys([
        "start", "beginning", "outbreak", "war", "invasion", "pandemic", "conflict", "crisis", "onset", "then",
    ])
    static let during = TokenKey.of("during")
    /// Perfect auxiliaries.
    static let perfect = keys(["has", "have", "'ve", "'s"])
    /// From this many, a count told in the perfect without a day is a total to date.
    static let cumulativeCount = 1_000.0
    static let comma = TokenKey.of(",")
    /// What follows an age set off after a name.
    static let ageEnd = keys([",", ".", ")", ";"])
    static let the = TokenKey.of("the")

    /// The length of a period phrase starting at token `i`, if one does.
    static func periodPhrase(at i: Int, _ t: UnsafeBufferPointer<Token>, upTo hi: Int) -> Int? {
        func k(_ j: Int) -> UInt64? { j < hi ? t[j].key : nil }
        let k0 = t[i].key
        // "so far", "to date"
        if k0 == so, k(i + 1) == far { return 2 }
        if k0 == to, k(i + 1) == date { return 2 }
        // "in total", "a total of", "in all", "annually", "cumulative"
        if total.contains(k0) {
            if k0 == TokenKey.of("all") || k0 == TokenKey.of("total") {
                return i > 0 && totalBefore.contains(t[i - 1].key) ? 1 : nil
            }
            return 1
        }
        // "a year", "per year", "each month", "every week", "in a year", "this year" (not a date
        // mention when the resolver took no preposition)
        if a.contains(k0), let k1 = k(i + 1), singular.contains(k1) {
            if k0 == TokenKey.of("the") || k0 == TokenKey.of("this") || k0 == TokenKey.of("last") { return nil }
            if let k2 = k(i + 2), relative.contains(k2) { return nil }
            return 2
        }
        // "in the past three months", "over the last year", "in two years", "for years"
        if self.in.contains(k0) {
            var j = i + 1
            if let kj = k(j), kj == the || a.contains(kj) { j += 1 }
            if let kj = k(j), pastWords.contains(kj) { j += 1 }
            // an optional count
            if j < hi, t[j].shape.contains(.number) || counts.contains(t[j].key) { j += 1 }
            if let kj = k(j), units.contains(kj), j > i + 1 || !singular.contains(kj) {
                // "in years" alone is not enough; "for years", "over the years" are
                if j == i + 1 && k0 == TokenKey.of("in") { return nil }
                return j + 1 - i
            }
            // "during the war"
            if k0 == during, k(i + 1) == the, let k2 = k(i + 2), sinceObjects.contains(k2) { return 3 }
            return nil
        }
        // "since the start of the war", "since the invasion"
        if k0 == since {
            var j = i + 1
            if k(j) == the { j += 1 }
            if let kj = k(j), sinceObjects.contains(kj) { return j + 1 - i }
        }
        return nil
    }
}
