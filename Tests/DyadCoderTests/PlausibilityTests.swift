import DyadModel
import DyadText
import Testing

@testable import DyadCoder

/// Precision and plausibility of what the coder reads (`PlausibilityRules.swift`,
/// `Plausibility.swift`), on sentences written for these tests.
@Suite("Plausibility")
struct PlausibilityTests {
    func only(_ text: String, _ type: EventType, date: String = "2023-03-15") -> CodedEvent? {
        code(text, date: date).first { $0.type == type }
    }

    // MARK: Dates

    @Test func aDateUnderAnAnniversaryDoesNotDateTheEvent() throws {
        let e = try #require(
            only("Protesters marched in Kyiv on the 10th anniversary of the crackdown in February 2013.", .protest))
        #expect(e.date == nil)
        #expect(e.datePrecision == .document)
        #expect(!e.historical)
    }

    @Test func aBirthDateDoesNotDateAnArrest() throws {
        let e = try #require(
            only("The activist, who was born on 3 May 1970, was arrested by French police in Lyon.", .coerce))
        #expect(e.date == nil)
        #expect(!e.historical)
    }

    @Test func aVehiclesYearDoesNotDateTheEvent() throws {
        let e = try #require(
            only("Police arrested the owner of a 1979 Mercedes, a car built in 1979, in Lyon on Monday.", .coerce))
        #expect(e.date == Day(iso: "2023-03-13"))
        #expect(e.datePrecision == .day)
    }

    @Test func aFarPastDateOfAnotherVerbDoesNotDateTheEvent() throws {
        let events = code("Police arrested the activist in Lyon, years after a court convicted him in March 2015.")
        let arrest = try #require(events.first { $0.type == .coerce })
        #expect(arrest.date == nil)
        #expect(!arrest.historical)
    }

    @Test func aRelativeClauseEventIsNotDatedByTheMainClause() throws {
        let e = try #require(
            only(
                "The last leader of the regime that killed 200,000 villagers lost his appeal in Phnom Penh on Thursday.",
                .assault))
        #expect(e.date == nil)
    }

    @Test func anEventDatedLongBeforeTheDocumentIsHistorical() throws {
        let e = try #require(only("French police arrested 40 protesters in Paris in 2016.", .coerce))
        #expect(e.date == Day(iso: "2016-01-01"))
        #expect(e.datePrecision == .year)
        #expect(e.historical)
        #expect(e.quantity?.scope == .historical)
        #expect(e.json.bytes().count > 0)
    }

    @Test func theHistoricalSpanIsConfigurable() throws {
        var options = Pipeline.Options()
        options.historicalDays = 30
        let pipeline = Pipeline(lexicon: sharedLexicon, syntax: sharedSyntax, options: options)
        let text = "Police in Kenya arrested 20 protesters in Nairobi on 1 January."
        let strict = pipeline.annotate(Document(id: "t", date: Day(iso: "2023-03-15"), text: text, origin: "test"))
        #expect(strict.events.first { $0.type == .coerce }?.historical == true)
        #expect(only(text, .coerce)?.historical == false)
    }

    @Test func datePrecisionFollowsTheExpression() throws {
        #expect(only("Police in Kenya arrested 20 protesters in Nairobi on Tuesday.", .coerce)?.datePrecision == .day)
        #expect(only("Police in Kenya arrested 20 protesters in Nairobi last week.", .coerce)?.datePrecision == .week)
        #expect(
            only("Police in Kenya arrested 20 protesters in Nairobi in February.", .coerce)?.datePrecision == .month)
        #expect(CodedEvent.DatePrecision.of(first: Day(iso: "2022-01-01")!, last: Day(iso: "2022-12-31")) == .year)
        #expect(CodedEvent.DatePrecision.of(first: Day(iso: "2022-01-01")!, last: nil) == .day)
    }

    // MARK: Places

    @Test func placePrecisionTellsACityFromACountry() throws {
        #expect(only("Russian police arrested 40 protesters in Moscow on Tuesday.", .coerce)?.placePrecision == .point)
        #expect(
            only("Russian police arrested dozens of protesters, rights groups said.", .coerce)?.placePrecision
                == .country)
        let e = try #require(only("Russian police arrested dozens of protesters, rights groups said.", .coerce))
        #expect(e.json.bytes().count > 0)
        #expect(CodedEvent.PlacePrecision.allCases.map(\.rawValue) == ["point", "admin1", "country", "none"])
    }

    // MARK: Quantities

    @Test func aCountInAYearIsAPeriodTotal() throws {
        let e = try #require(only("Border agents arrested two million migrants in a year, officials said.", .coerce))
        #expect(e.quantity?.scope == .periodTotal)
        #expect(e.quantity?.period == "in a year")
    }

    @Test func aCountSinceAMonthIsAPeriodTotal() throws {
        let e = try #require(only("Iranian police have arrested 14,000 protesters since September.", .coerce))
        #expect(e.quantity?.scope == .periodTotal)
        #expect(e.quantity?.period == "since September")
    }

    @Test func aCountSoFarThisYearIsAPeriodTotal() throws {
        let e = try #require(only("Police in Belarus have arrested 300 people so far this year.", .coerce))
        #expect(e.quantity?.scope == .periodTotal)
    }

    @Test func aTotalOfIsAPeriodTotal() throws {
        let e = try #require(only("Police arrested a total of 900 protesters across Iran.", .coerce))
        #expect(e.quantity?.scope == .periodTotal)
    }

    @Test func enoughToKillIsHypothetical() throws {
        let e = try #require(
            only("Police arrested a man in Ohio with enough fentanyl to kill 190,000 people.", .assault))
        #expect(e.quantity?.scope == .hypothetical)
    }

    @Test func aHugeCountWithoutPeriodIsNotOneDaysFigure() throws {
        let e = try #require(only("The virus has killed more than 1 million Americans.", .assault))
        #expect(e.quantity?.scope == .periodTotal)
        #expect(e.quantity?.period == nil)
    }

    @Test func aLargeCountInThePerfectIsATotalToDate() throws {
        let e = try #require(
            only("Iranian security forces have arrested more than 15,000 protesters, a rights group says.", .coerce))
        #expect(e.quantity?.scope == .periodTotal)
        let small = try #require(
            only("Iranian security forces have arrested 40 protesters in Tehran, a rights group says.", .coerce))
        #expect(small.quantity?.scope == nil)
    }

    @Test func aCountOfAPastDecadeIsHistorical() throws {
        let e = try #require(only("The militia killed 5,000 villagers in the 1990s, the report said.", .assault))
        #expect(e.quantity?.scope == .historical)
    }

    @Test func anAgeIsNotACount() throws {
        let e = try #require(only("French police arrested Maria Lopez, 34, in Lyon on Monday.", .coerce))
        #expect(e.quantity == nil)
        let crowd = try #require(only("French police arrested 34 protesters in Lyon on Monday.", .coerce))
        #expect(crowd.quantity?.value == 34)
    }

    @Test func anOrdinaryCountHasNoScope() throws {
        let e = try #require(only("Russian police arrested 40 protesters in Moscow on Tuesday.", .coerce))
        #expect(e.quantity?.value == 40)
        #expect(e.quantity?.scope == nil)
        #expect(e.countsForAggregates)
    }

    @Test func scopeAndPeriodAreInTheRecord() throws {
        let e = try #require(only("Border agents arrested two million migrants in a year, officials said.", .coerce))
        let json = String(decoding: e.json.bytes(), as: UTF8.self)
        #expect(json.contains("\"scope\":\"period_total\""))
        #expect(json.contains("\"period\":\"in a year\""))
        #expect(json.contains("\"place_precision\":"))
        #expect(json.contains("\"date_precision\":"))
        #expect(json.contains("\"historical\":false"))
    }

    // MARK: Confidence

    @Test func confidenceIsTheModelsProbability() throws {
        let events = code("Russian police arrested 40 protesters in Moscow on Tuesday.")
        for e in events {
            #expect(e.confidence > 0 && e.confidence < 1)
        }
        let e = try #require(events.first)
        #expect(e.confidenceFeatures().contains("place:point"))
        #expect(e.confidenceFeatures().contains("date:day"))
        #expect(e.confidenceFeatures(sentenceEvents: 2).contains("sentence_events:2"))
    }
}
