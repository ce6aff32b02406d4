import Foundation
import Testing

@testable import DyadText

@Suite("Quantity parser")
struct QuantityParserTests {
    let parser = QuantityParser()

    /// The quantities of a whole text, with the text of their spans.
    func parse(_ text: String) -> [(q: Quantity, span: String, number: String)] {
        let a = AnalyzedText(text)
        return parser.quantities(in: a, tokens: 0..<a.tokens.count).map {
            ($0, a.string(tokens: $0.tokens), a.string(tokens: $0.numberTokens))
        }
    }

    func single(_ text: String) -> Quantity? {
        let r = parse(text)
        return r.count == 1 ? r[0].q : nil
    }

    /// fuzz-numbers' crash (long release run): runs of hundreds of digits gave a quantity whose
    /// value was NaN; numbers past Double's range are no quantities.
    @Test func digitRunsPastDoubleRangeGiveNoQuantity() throws {
        let bytes = try #require(
            Data(
                base64Encoded:
                    "eyJpZCI6ImRhAExkYXRmITUyLjc3NzcuNzc3Nzc3AAAAMgAALQQwADMtMzMzMzMzMzMzMyMzMzMzMzMzLjk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5MzMzIzMzMzMzMzMuOTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OWRhAExkYXRmITUyLjc3NzcuNzc3Nzc3AAAAMgAALQQwADMtMzMzMzMzMzMzMyMzMzMzMzMzLjk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5MzMzIzMzMzMzMzMuOTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5OTk5OTk5OTkzMzMzMzMzMzM5OTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwOTk5OTk5OTk5MzMzMzMzMzMzMzMzMzMjMxERERERemF0NW6veXAAW2B0aWtuIHR4"
            ))
        let a = AnalyzedText(String(decoding: bytes, as: UTF8.self))
        for sentence in a.sentences {
            for q in parser.quantities(in: a, tokens: sentence.tokens) { #expect(q.value.isFinite) }
        }
        #expect(parse(String(repeating: "9", count: 400) + " people").allSatisfy { $0.q.value.isFinite })
    }

    // MARK: - Digits

    @Test func groupedDigitsWithHedge() throws {
        let r = parse("about 98,000 Russians had entered the country")
        try #require(r.count == 1)
        #expect(r[0].q.value == 98000)
        #expect(r[0].q.qualifier == .approximately)
        #expect(!r[0].q.isVague)
        #expect(r[0].span == "about 98,000")
        #expect(r[0].number == "98,000")
        #expect(r[0].q.tokens == 0..<2)
        #expect(r[0].q.numberTokens == 1..<2)
    }

    @Test func moneyCarriesItsCurrency() throws {
        #expect(single("a $473 million settlement")?.currency == "dollars")
        #expect(single("fined 5 million euros")?.currency == "euros")
        #expect(single("at least 1,386 people")?.currency == nil)
    }

    @Test func anEstimated() throws {
        let r = parse("and an estimated 64,000 had left")
        try #require(r.count == 1)
        #expect(r[0].q.value == 64000)
        #expect(r[0].q.qualifier == .approximately)
        #expect(r[0].span == "an estimated 64,000")
    }

    @Test func atLeastAndExactInOneSentence() throws {
        let r = parse("at least 1,386 people had been arrested in 38 cities across Russia")
        try #require(r.count == 2)
        #expect(r[0].q.value == 1386)
        #expect(r[0].q.qualifier == .atLeast)
        #expect(r[0].span == "at least 1,386")
        #expect(r[1].q.value == 38)
        #expect(r[1].q.qualifier == .exact)
        #expect(r[1].span == "38")
    }

    @Test func decimalsAndScaleWords() {
        #expect(single("a budget of 1.5 million")?.value == 1_500_000)
        #expect(single("output of 5.93 mln tonnes")?.value == 5_930_000)
        #expect(single("exports of 2 mln barrels")?.value == 2_000_000)
        #expect(single("a loss of 3 billion")?.value == 3_000_000_000)
        #expect(single("sales of 4 bln.")?.value == 4_000_000_000)
        #expect(single("some 20 thousand people")?.value == 20_000)
        #expect(single("prices rose 1.5 pct")?.value == 1.5)
        #expect(single("a 1.5bn loan")?.value == 1_500_000_000)
        #expect(single("2 dozen eggs")?.value == 24)
        #expect(single("3 hundred thousand")?.value == 300_000)
    }

    @Test func moneyAndPercent() throws {
        let r = parse("The UN appealed for $4.6 billion in aid")
        try #require(r.count == 1)
        #expect(r[0].q.value == 4_600_000_000)
        #expect(r[0].span == "$4.6 billion")
        #expect(r[0].number == "4.6 billion")
        let m = parse("more than $5m was raised")
        try #require(m.count == 1)
        #expect(m[0].q.value == 5_000_000)
        #expect(m[0].q.qualifier == .atLeast)
        #expect(m[0].span == "more than $5m")
        #expect(single("turnout fell 5% overall")?.value == 5)
        // Without a currency sign "5m" is a length.
        #expect(parse("a wall 5m high").isEmpty)
    }

    // MARK: - Number words

    @Test func numberWords() {
        #expect(single("more than two hundred protesters")?.value == 200)
        #expect(single("more than two hundred protesters")?.qualifier == .atLeast)
        #expect(single("a dozen activists")?.value == 12)
        #expect(single("a hundred cars")?.value == 100)
        #expect(single("twenty-five soldiers")?.value == 25)
        #expect(single("Twenty five soldiers")?.value == 25)
        #expect(single("three thousand troops")?.value == 3000)
        #expect(single("one hundred and fifty")?.value == 150)
        #expect(single("two million three hundred thousand")?.value == 2_300_000)
        #expect(single("one protester was shot")?.value == 1)
        #expect(single("half a million refugees")?.value == 500_000)
        #expect(single("ninety-nine")?.value == 99)
    }

    @Test func numberWordSpans() throws {
        let r = parse("police detained more than a dozen students")
        try #require(r.count == 1)
        #expect(r[0].span == "more than a dozen")
        #expect(r[0].number == "a dozen")
        #expect(r[0].q.value == 12)
    }

    @Test func andJoinsOnlyWithinANumber() {
        let r = parse("between two hundred and three hundred people")
        #expect(r.map(\.q.value) == [200, 300])
        #expect(parse("two thousand and five").map(\.q.value) == [2005])
    }

    @Test func pronounOneIsNotACount() {
        #expect(parse("no one was hurt").isEmpty)
        #expect(parse("the one who spoke").isEmpty)
        #expect(parse("they blamed one another").isEmpty)
    }

    @Test func articleAloneIsNotANumber() {
        #expect(parse("a protest and an arrest").isEmpty)
        #expect(parse("several people and a few others").isEmpty)
        #expect(parse("hundred").isEmpty)
    }

    // MARK: - Vague amounts

    @Test func vagueAmounts() throws {
        let r = parse("after dozens of women took to the streets")
        try #require(r.count == 1)
        #expect(r[0].q.value == 24)
        #expect(r[0].q.isVague)
        #expect(r[0].q.qualifier == .approximately)
        #expect(r[0].span == "dozens of")
        #expect(r[0].number == "dozens")

        let t = parse("tens of thousands of people marched")
        try #require(t.count == 1)
        #expect(t[0].q.value == 20_000)
        #expect(t[0].q.isVague)
        #expect(t[0].number == "tens of thousands")
        #expect(t[0].span == "tens of thousands of")

        #expect(single("hundreds of thousands fled")?.value == 200_000)
        #expect(single("Thousands rally in Tbilisi")?.value == 2000)
        #expect(single("Thousands rally in Tbilisi")?.isVague == true)
        #expect(single("hundreds were detained")?.value == 200)
        #expect(single("a project that will cost millions of Euros")?.value == 2_000_000)
        #expect(single("scores of villagers")?.value == 40)
        #expect(single("tens of millions of dollars")?.value == 20_000_000)
        #expect(single("several hundred protesters")?.value == 300)
        #expect(single("several hundred protesters")?.isVague == true)
        #expect(single("a few thousand people")?.value == 3000)
    }

    @Test func vagueWordsNeedingOf() {
        #expect(parse("the striker scores again").isEmpty)
        #expect(parse("tens of people").isEmpty)
    }

    @Test func explicitHedgeOverridesVagueDefault() {
        #expect(single("at least dozens of people")?.qualifier == .atLeast)
        #expect(single("at least dozens of people")?.isVague == true)
    }

    // MARK: - Qualifiers

    @Test(arguments: [
        ("about", Qualifier.approximately), ("around", .approximately), ("roughly", .approximately),
        ("approximately", .approximately), ("some", .approximately), ("an estimated", .approximately),
        ("estimated", .approximately), ("nearly", .approximately), ("almost", .approximately),
        ("close to", .approximately), ("an approximate", .approximately),
        ("at least", .atLeast), ("more than", .atLeast), ("over", .atLeast), ("upwards of", .atLeast),
        ("in excess of", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
        ("up to", .atMost), ("fewer than", .atMost), ("less than", .atMost), ("under", .atMost),
        ("at most", .atMost), ("no more than", .atMost), ("as many as", .atMost),
    ])
    func qualifiers(phrase: String, expected: Qualifier) throws {
        let r = parse("police said \(phrase) 300 people were held")
        try #require(r.count == 1)
        #expect(r[0].q.value == 300)
        #expect(r[0].q.qualifier == expected)
        #expect(r[0].span == "\(phrase) 300")
    }

    @Test func noHedgeIsExact() {
        #expect(single("38 cities")?.qualifier == .exact)
        #expect(single("up to 300 people")?.qualifier == .atMost)
    }

    @Test func hedgeIsNotTakenFromBeforeTheRange() throws {
        let a = AnalyzedText("They talked about. 300 came")
        let second = a.sentences[1].tokens
        let r = parser.quantities(in: a, tokens: second)
        try #require(r.count == 1)
        #expect(r[0].qualifier == .exact)
        #expect(r[0].tokens == second.lowerBound..<(second.lowerBound + 1))
    }

    @Test func hedgeDoesNotOverlapThePreviousQuantity() {
        let r = parse("1,000 over 2,000 people")
        #expect(r.map(\.q.value) == [1000, 2000])
        #expect(r[1].span == "over 2,000")
    }

    // MARK: - Not quantities

    @Test func yearsAreNotQuantities() {
        #expect(parse("the plant closed in 1987").isEmpty)
        #expect(parse("2022").isEmpty)
        #expect(parse("since 2014 the war").isEmpty)
        #expect(single("2,022 people")?.value == 2022)
        #expect(single("more than 2000 people")?.value == 2000)
        #expect(single("a budget of $2000")?.value == 2000)
        #expect(single("nearly four times as many as in 2021")?.value == 4)
    }

    @Test func dayNumbersNextToMonthsAreLeftToDates() {
        #expect(parse("announced on 21 September").isEmpty)
        #expect(parse("on September 21 troops").isEmpty)
        #expect(parse("on Sept. 21, 2022 officials").isEmpty)
        #expect(parse("on 21 and 22 September").isEmpty)
        #expect(parse("on 5 May").isEmpty)
        // Lower-case "march" is the verb.
        #expect(single("they march 5 km")?.value == 5)
        #expect(single("as many as 5 may have died")?.qualifier == .atMost)
    }

    @Test func ordinalsTimesAndUnitsAreNotQuantities() {
        #expect(parse("the 21st session").isEmpty)
        #expect(parse("the first day").isEmpty)
        #expect(parse("at 10:30 local time").isEmpty)
        #expect(parse("at 9 a.m. sharp").isEmpty)
        #expect(parse("a 1,340-kilometre border").isEmpty)
        #expect(parse("in the 1990s").isEmpty)
        #expect(parse("Resolution No. 5").isEmpty)
        #expect(parse("version 1.2.3").isEmpty)
        #expect(parse("a ratio of 1,5").isEmpty)
    }

    @Test func resultsAreOrderedDisjointAndInsideTheRange() {
        let a = AnalyzedText("at least 5 and about 6 , more than a dozen of hundreds of thousands 7 8 $9 up to 10")
        let range = 1..<(a.tokens.count - 1)
        let r = parser.quantities(in: a, tokens: range)
        #expect(r.count >= 6)
        var previousEnd = range.lowerBound
        for q in r {
            #expect(q.tokens.lowerBound >= previousEnd)
            #expect(q.tokens.upperBound <= range.upperBound)
            #expect(q.tokens.lowerBound <= q.numberTokens.lowerBound)
            #expect(q.numberTokens.upperBound <= q.tokens.upperBound)
            previousEnd = q.tokens.upperBound
        }
        // "at least" straddles the range start, so the first hedge is lost; "10" is outside.
        #expect(r.first?.qualifier == .exact)
        #expect(r.last?.value == 9)
    }

    @Test func numbersInWholeArticle() {
        let text =
            "Kazakhstan’s Ministry of Internal Affairs had previously stated that about 98,000 Russians "
            + "had entered the country and an estimated 64,000 had left since 21 September."
        #expect(parse(text).map(\.q.value) == [98000, 64000])
    }
}
