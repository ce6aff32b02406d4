import DyadModel
import Testing

@testable import DyadCoder

/// A verbal event that no side places in a country is no record (types.tsv unplaced); a material
/// act is kept and counted by type and place. Sentences written for these tests.
@Suite("Event coder: events placed in no country")
struct UnplacedEventTests {
    @Test(arguments: [
        "The activist accused the police chief of lying.",
        "Angry fans have slammed the coverage of the awards night.",
    ])
    func aVerbalEventWithNoCountryIsDropped(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .accuse }, "\(text) → \(e)")
    }

    @Test func placedVerbalEventsStay() {
        let e = code("The Kenyan activist accused the police chief of lying.")
        #expect(e.contains { $0.type == .accuse && $0.source.first?.country == "KEN" }, "\(e)")
    }

    /// A story that names no country but uses words only one country's news uses is set there
    /// (country_cues.tsv): its verbal events are placed.
    @Test func countryCuesPlaceAStory() {
        let e = code("Angry fans have slammed the NHS coverage of the awards night.")
        #expect(
            e.contains {
                $0.type == .accuse && $0.source.first?.country == "GBR" && $0.target.first?.country == "GBR"
            }, "\(e)")
    }

    /// Legal words of one country's courts place a crime story that names no place: a US
    /// "felony" or "death row", an Australian "bikie".
    @Test(arguments: [
        ("A retired teacher was sentenced to life without parole for the murder of his neighbour.", "USA"),
        ("A senior bikie was charged over the shooting of a rival gang member.", "AUS"),
    ])
    func legalCuesPlaceACrimeStory(_ text: String, _ country: String) {
        let e = code(text)
        #expect(
            e.contains {
                ($0.type == .sanction || $0.type == .accuse) && $0.source.first?.country?.rawValue == country
            },
            "\(text) → \(e)")
    }

    @Test func materialActsStayWithoutACountry() {
        let protest = code("Hundreds of farmers staged a protest outside the district office on Monday.")
        #expect(protest.contains { $0.type == .protest }, "\(protest)")
        let killing = code("Gunmen killed two villagers on Sunday.")
        #expect(killing.contains { $0.type == .assault }, "\(killing)")
    }

    /// `--explain` lists the dropped event with the reason.
    @Test func theDroppedEventIsExplained() {
        let a = RuleTraceTests.annotate("The activist accused the police chief of lying.")
        #expect(a.unusedTriggers.contains { $0.reason.hasPrefix("unplaced") }, "\(a.unusedTriggers)")
    }
}

/// A term in quotation marks is no quotation: its speaker does not act in it. Sentences written for
/// these tests.
@Suite("Event coder: scare quotes")
struct ScareQuoteTests {
    @Test func aQuotedTermIsNotTheSpeakersAct() {
        let e = code("Ethiopia claims Eritrea is in the 'final stage' of building a 'dirty bomb'")
        #expect(!e.contains { $0.type == .assault && $0.source.first?.country == "ETH" }, "\(e)")
    }

    @Test func aQuotedSentenceIsTheSpeakers() {
        let e = code("\"We will attack the rebels in Tigray tomorrow,\" the Ethiopian army said.")
        #expect(!e.isEmpty && e.allSatisfy { $0.source.first?.country == "ETH" }, "\(e)")
    }
}
