import Testing

@testable import DyadText

@Suite("Date resolver")
struct DateResolverTests {
    let resolver = DateResolver()

    /// The mentions of a whole text, with the text of their spans.
    func find(_ text: String, _ doc: String?) -> [(m: DateMention, span: String)] {
        let a = AnalyzedText(text)
        let date = doc.flatMap { Day(iso: $0) }
        return resolver.dates(in: a, tokens: 0..<a.tokens.count, documentDate: date).map {
            ($0, a.string(tokens: $0.tokens))
        }
    }

    /// The single mention's day (and last day) as ISO strings, or nil when there is not exactly one.
    func one(_ text: String, _ doc: String?) -> String? {
        let r = find(text, doc)
        guard r.count == 1 else { return nil }
        let m = r[0].m
        return m.lastDay.map { "\(m.day)..\($0)" } ?? m.day.description
    }

    // MARK: - Weekdays

    /// Days print as ISO dates, zero-padded, and read back as the same day.
    @Test func dayDescriptionRoundTrips() throws {
        for (y, m, d, text) in [
            (2022, 9, 27, "2022-09-27"), (812, 1, 5, "0812-01-05"), (1814, 12, 31, "1814-12-31"),
            (7, 3, 9, "0007-03-09"),
        ] {
            let day = try #require(Day(year: y, month: m, day: d))
            #expect(day.description == text)
            #expect(Day(iso: text) == day)
        }
        var start = try #require(Day(iso: "2019-12-25"))
        for _ in 0..<800 {
            #expect(Day(iso: start.description) == start)
            start = start.adding(days: 1)
        }
    }

    @Test func weekdayOnTheDocumentDate() throws {
        let r = find("Kazakhstan on Tuesday asserted that the country", "2022-09-27")
        try #require(r.count == 1)
        #expect(r[0].m.day.description == "2022-09-27")
        #expect(r[0].m.kind == .day)
        #expect(r[0].m.lastDay == nil)
        #expect(r[0].span == "on Tuesday")
    }

    @Test func weekdayIsTheMostRecentOne() {
        #expect(one("police said on Tuesday", "2022-09-29") == "2022-09-27")
        #expect(one("protests began Monday", "2022-09-27") == "2022-09-26")
        #expect(one("on Wednesday the army", "2022-09-27") == "2022-09-21")
        #expect(one("the strike on sunday", "2022-09-27") == "2022-09-25")
    }

    @Test func weekdayWithModifiers() {
        #expect(one("since last Tuesday", "2022-09-29")?.hasPrefix("2022-09-27") == true)
        #expect(one("last Tuesday", "2022-09-27") == "2022-09-20")
        #expect(one("last Tuesday", "2022-09-29") == "2022-09-27")
        #expect(one("next Tuesday", "2022-09-27") == "2022-10-04")
        #expect(one("next Tuesday", "2022-09-28") == "2022-10-04")
        #expect(one("this Friday", "2022-09-27") == "2022-09-23")
    }

    @Test func weekdayWithPartOfDay() throws {
        let r = find("clashes on Tuesday night left", "2022-09-29")
        try #require(r.count == 1)
        #expect(r[0].span == "on Tuesday night")
        #expect(r[0].m.day.description == "2022-09-27")
    }

    @Test func futureMarkersMoveWeekdaysAhead() {
        #expect(one("the talks will resume on Tuesday", "2022-09-28") == "2022-10-04")
        #expect(one("Moscow'll answer on Friday", "2022-09-28") == "2022-09-30")
        #expect(one("the minister is to visit Kyiv on Friday", "2022-09-28") == "2022-09-30")
        #expect(one("he plans to travel on Monday", "2022-09-28") == "2022-10-03")
        #expect(one("the vote is expected to take place on Sunday", "2022-09-28") == "2022-10-02")
        #expect(one("the summit is scheduled for Thursday", "2022-09-28") == "2022-09-29")
        #expect(one("parliament shall meet on Monday", "2022-09-28") == "2022-10-03")
    }

    @Test func futureMarkerMustBeInTheSameClause() {
        #expect(one("Russia will respond, Lavrov said on Tuesday", "2022-09-28") == "2022-09-27")
        #expect(one("The troops that will leave said on Monday", "2022-09-28") == "2022-09-26")
        #expect(one("Russia was expected to win. He left on Monday", "2022-09-28") == "2022-09-26")
    }

    @Test func futureMarkerOutsideTheRangeIsIgnored() throws {
        let a = AnalyzedText("Talks will resume. They met on Monday.")
        let r = resolver.dates(in: a, tokens: a.sentences[1].tokens, documentDate: Day(iso: "2022-09-28"))
        try #require(r.count == 1)
        #expect(r[0].day.description == "2022-09-26")
    }

    @Test func twoWeekdays() {
        let r = find("rallies on Saturday and Sunday drew crowds", "2022-09-27")
        #expect(r.map(\.m.day.description) == ["2022-09-24", "2022-09-25"])
        #expect(r.map(\.span) == ["on Saturday", "Sunday"])
    }

    @Test func weekdayFollowedByFullDate() throws {
        let r = find("on Tuesday, 27 September 2022, officials", nil)
        try #require(r.count == 1)
        #expect(r[0].m.day.description == "2022-09-27")
        #expect(r[0].span == "on Tuesday, 27 September 2022")
    }

    // MARK: - Day and month

    @Test func dayMonthForms() {
        let doc = "2022-09-27"
        #expect(one("the mobilization announced on 21 September", doc) == "2022-09-21")
        #expect(one("on 21st September", doc) == "2022-09-21")
        #expect(one("on the 21st of September", doc) == "2022-09-21")
        #expect(one("on September 21", doc) == "2022-09-21")
        #expect(one("on Sept. 21 police", doc) == "2022-09-21")
        #expect(one("on Sep 21 police", doc) == "2022-09-21")
        #expect(one("on September 21, 2021, police", doc) == "2021-09-21")
        #expect(one("on 21 September 2021", doc) == "2021-09-21")
        #expect(one("by 5 May", doc) == "2022-05-05")
    }

    @Test func dayMonthSpan() throws {
        let r = find("It was announced on Sept. 21, 2022.", "2022-09-27")
        try #require(r.count == 1)
        #expect(r[0].span == "on Sept. 21, 2022")
        #expect(r[0].m.kind == .day)
    }

    @Test func dayMonthInTheFutureMeansLastYear() {
        #expect(one("on 30 December", "2023-01-03") == "2022-12-30")
        #expect(one("on 30 September", "2022-09-27") == "2021-09-30")
        #expect(one("voters will go to the polls on 30 September", "2022-09-27") == "2022-09-30")
        #expect(one("the leaders will meet on 5 January", "2022-12-28") == "2023-01-05")
        #expect(one("on 27 September", "2022-09-27") == "2022-09-27")
    }

    @Test func impossibleDaysAreDropped() {
        #expect(find("on 31 September", "2022-10-05").isEmpty)
        #expect(find("on September 31, 2022", nil).isEmpty)
        #expect(find("on 29 February", "2022-03-05").isEmpty)
        #expect(one("on 29 February", "2024-03-05") == "2024-02-29")
    }

    @Test func withoutDocumentDateOnlyFullDatesResolve() {
        #expect(one("on September 21, 2022 police", nil) == "2022-09-21")
        #expect(one("on 21 September 2022", nil) == "2022-09-21")
        #expect(one("in September 2022", nil) == "2022-09-01..2022-09-30")
        #expect(one("in 2021", nil) == "2021-01-01..2021-12-31")
        #expect(find("on 21 September", nil).isEmpty)
        #expect(find("on Tuesday", nil).isEmpty)
        #expect(find("yesterday and last week", nil).isEmpty)
    }

    @Test func monthNamesMustBeCapitalizedAndInADatePattern() {
        #expect(find("protesters march on the capital", "2022-09-27").isEmpty)
        #expect(find("they may 21 times", "2022-09-27").isEmpty)
        #expect(find("Theresa May said", "2022-09-27").isEmpty)
        #expect(find("as many as 5 may have died", "2022-09-27").isEmpty)
        #expect(find("as many as 5 May", "2022-09-27").count == 1)
        #expect(find("March on Moscow", "2022-09-27").isEmpty)
        #expect(one("in May", "2022-09-27") == "2022-05-01..2022-05-31")
        #expect(one("May 2021", "2022-09-27") == "2021-05-01..2021-05-31")
        #expect(one("last May", "2022-09-27") == "2022-05-01..2022-05-31")
        #expect(one("on May 9", "2022-09-27") == "2022-05-09")
    }

    // MARK: - Since and until

    @Test func since() throws {
        let r = find("an estimated 64,000 had left since 21 September.", "2022-09-27")
        try #require(r.count == 1)
        #expect(r[0].m.kind == .since)
        #expect(r[0].m.day.description == "2022-09-21")
        #expect(r[0].m.lastDay?.description == "2022-09-27")
        #expect(r[0].span == "since 21 September")
        #expect(find("since last week", "2022-09-27").first?.m.day.description == "2022-09-19")
        #expect(find("since 2014", "2022-09-27").first?.m.kind == .since)
        #expect(find("since 2014", "2022-09-27").first?.m.day.description == "2014-01-01")
    }

    @Test func until() throws {
        let r = find("the border stays closed until 5 October", "2022-09-27")
        try #require(r.count == 1)
        #expect(r[0].m.kind == .until)
        #expect(r[0].m.day.description == "2022-10-05")
        #expect(r[0].m.lastDay == nil)
        #expect(find("held till Friday", "2022-09-27").first?.m.day.description == "2022-09-30")
    }

    // MARK: - Relative days

    @Test func relativeDays() {
        let doc = "2022-09-27"
        #expect(one("police said yesterday", doc) == "2022-09-26")
        #expect(one("a rally today", doc) == "2022-09-27")
        #expect(one("a rally tonight", doc) == "2022-09-27")
        #expect(one("a rally tomorrow", doc) == "2022-09-28")
        #expect(one("the day before yesterday", doc) == "2022-09-25")
        #expect(one("the day after tomorrow", doc) == "2022-09-29")
        #expect(one("clashes last night", doc) == "2022-09-26")
        #expect(one("this morning", doc) == "2022-09-27")
        #expect(find("the day before yesterday", doc).first?.span == "the day before yesterday")
    }

    @Test func ago() {
        let doc = "2022-09-27"
        #expect(one("two days ago", doc) == "2022-09-25")
        #expect(one("3 days ago", doc) == "2022-09-24")
        #expect(one("three weeks ago", doc) == "2022-09-06")
        #expect(one("a week ago", doc) == "2022-09-20")
        #expect(one("two months ago", doc) == "2022-07-01..2022-07-31")
        #expect(find("a week ago", doc).first?.m.kind == .day)
    }

    // MARK: - Periods

    @Test func weeks() {
        let doc = "2022-09-27"
        #expect(one("last week", doc) == "2022-09-19..2022-09-25")
        #expect(one("this week", doc) == "2022-09-26..2022-09-27")
        #expect(one("earlier this week", doc) == "2022-09-26..2022-09-27")
        #expect(one("the talks will end this week", doc) == "2022-09-26..2022-10-02")
        #expect(one("next week", doc) == "2022-10-03..2022-10-09")
        #expect(one("over the past week", doc) == "2022-09-20..2022-09-27")
        #expect(find("last week", doc).first?.m.kind == .range)
    }

    @Test func monthsAndYears() {
        let doc = "2022-09-27"
        #expect(one("last month", doc) == "2022-08-01..2022-08-31")
        #expect(one("last month", "2023-01-10") == "2022-12-01..2022-12-31")
        #expect(one("this month", doc) == "2022-09-01..2022-09-27")
        #expect(one("Earlier this month, Finland began", "2023-03-15") == "2023-03-01..2023-03-15")
        #expect(one("last year", doc) == "2021-01-01..2021-12-31")
        #expect(one("this year", doc) == "2022-01-01..2022-09-27")
        #expect(one("earlier this year", doc) == "2022-01-01..2022-09-27")
        // "earlier" ends the period today even in a future-tense clause.
        #expect(one("the union will strike after a walkout earlier this week", doc) == "2022-09-26..2022-09-27")
        #expect(one("the union will strike again this week", doc) == "2022-09-26..2022-10-02")
    }

    @Test func namedMonths() {
        let doc = "2022-09-27"
        #expect(one("in September", doc) == "2022-09-01..2022-09-27")
        #expect(one("in October", doc) == "2021-10-01..2021-10-31")
        #expect(one("in March", doc) == "2022-03-01..2022-03-31")
        #expect(one("elections will be held in October", doc) == "2022-10-01..2022-10-31")
        #expect(one("in September 2021", doc) == "2021-09-01..2021-09-30")
        #expect(one("in early March", doc) == "2022-03-01..2022-03-10")
        #expect(find("in September 2023", doc).isEmpty)
    }

    @Test func years() {
        #expect(one("in 2021", "2022-09-27") == "2021-01-01..2021-12-31")
        #expect(one("in 1987", "2022-09-27") == "1987-01-01..1987-12-31")
        #expect(find("some 2021 people", "2022-09-27").isEmpty)
    }

    @Test func weekends() {
        #expect(one("over the weekend", "2022-09-27") == "2022-09-24..2022-09-25")
        #expect(one("at the weekend", "2022-09-26") == "2022-09-24..2022-09-25")
        #expect(one("at the weekend", "2022-09-25") == "2022-09-24..2022-09-25")
        #expect(one("at the weekend", "2022-09-24") == "2022-09-24..2022-09-24")
        #expect(one("they will march at the weekend", "2022-09-27") == "2022-10-01..2022-10-02")
        #expect(one("last weekend", "2022-09-25") == "2022-09-17..2022-09-18")
        #expect(find("over the weekend", "2022-09-27").first?.span == "over the weekend")
    }

    // MARK: - Never after the document date

    @Test func nothingLiesAfterTheDocumentDateWithoutAMarker() {
        let phrases = [
            "on Tuesday", "Tuesday night", "on 21 September", "September 30", "in December", "this week",
            "this month", "this year", "over the weekend", "today", "last week", "in 2022", "on 31 December",
            "since 1 January", "in early December", "on Sunday", "this Friday",
        ]
        var day = Day(year: 2022, month: 1, day: 1)!
        for _ in 0..<60 {
            for p in phrases {
                for m in find("police said \(p)", day.description) {
                    #expect(m.m.day <= day, "\(p) on \(day)")
                    #expect((m.m.lastDay ?? m.m.day) <= day, "\(p) on \(day)")
                }
            }
            day = day.adding(days: 7)
        }
    }

    @Test func wholeArticleSentence() {
        let text =
            " date 2022-09-27 Amid the ongoing Russia-Ukraine war, Kazakhstan on Tuesday asserted that the "
            + "country will extradite any Russian nationals declared ‘wanted’ for evading the military "
            + "mobilization "
            + "that was announced by President Putin on 21 September, reported EuroWeekly News."
        let r = find(text, "2022-09-27")
        #expect(r.map(\.m.day.description) == ["2022-09-27", "2022-09-21"])
        #expect(r.map(\.span) == ["on Tuesday", "on 21 September"])
    }

    @Test func resultsAreOrderedDisjointAndInsideTheRange() {
        let a = AnalyzedText(
            "on Monday last week since 21 September two days ago the day before yesterday in May Tuesday")
        let range = 1..<(a.tokens.count - 1)
        let r = resolver.dates(in: a, tokens: range, documentDate: Day(iso: "2022-09-27"))
        #expect(r.count == 6)
        var previousEnd = range.lowerBound
        for m in r {
            #expect(m.tokens.lowerBound >= previousEnd)
            #expect(m.tokens.upperBound <= range.upperBound)
            #expect(m.day <= (m.lastDay ?? m.day))
            previousEnd = m.tokens.upperBound
        }
        // "on" lies before the range, so the first mention starts at "Monday".
        #expect(r.first?.tokens.lowerBound == 1)
    }

    @Test func ordinaryWordsAreNotDates() {
        #expect(find("The week was long and the year hard", "2022-09-27").isEmpty)
        #expect(find("police used tear gas on the crowd in the square", "2022-09-27").isEmpty)
        #expect(find("later this week", "2022-09-27").isEmpty)
    }
}
