import DyadModel
import Testing

@testable import DyadCoder

/// Protests an act happens during, or that a crackdown falls on, are going on: news of their own
/// (PROTEST by the civilians of the place against its government). Sentences written for these
/// tests.
@Suite("Event coder: protests going on")
struct OngoingProtestTests {
    func protests(_ text: String) -> [CodedEvent] { code(text).filter { $0.type == .protest } }

    @Test func protestsAnArrestHappensDuringAreTold() {
        let p = protests("Kenyan police detained dozens of students during the protests in Nairobi.")
        #expect(p.contains { $0.source.first?.country == "KEN" && $0.target.first?.country == "KEN" }, "\(p)")
    }

    @Test func protestsACrackdownFallsOnAreTold() {
        let p = protests("Kenyan police cracked down on protests in Nairobi on Monday.")
        #expect(p.contains { $0.source.first?.sector == .civilians && $0.source.first?.country == "KEN" }, "\(p)")
    }

    /// Protests of another year, a campaign rally and a place an attack happened at are no news of
    /// their own.
    @Test(arguments: [
        "A Nairobi man shot two men during the 2020 protests, a court heard.",
        "Security forces stormed a pro-democracy rally in Nairobi in 2009.",
        "A Kenyan woman was attacked at a rally for the governor in Nairobi.",
    ])
    func otherProtestsAreNotTold(_ text: String) {
        #expect(protests(text).isEmpty, "\(text) → \(protests(text))")
    }

    /// Protests going on that the story already tells ("called for nationwide protests … people
    /// were arrested during the protests") are that one protest, not a second.
    @Test func protestsTheStoryTellsAreOne() {
        let p = protests(
            "Kenyan opposition groups called for nationwide protests. Police detained dozens of people during the protests in Nairobi."
        )
        #expect(p.count == 1, "\(p)")
    }
}

/// Protest acts of South Asian news (verbs.tsv burn an effigy, raise, shout or chant slogans;
/// a crowd torching vehicles, people who demonstrate; events.tsv mass leave, black badges, black day).
/// Sentences written for these tests.
@Suite("Event coder: effigies and slogans")
struct EffigySloganTests {
    @Test(arguments: [
        "Activists of the youth wing burnt an effigy of the chief minister outside the collectorate in Patna.",
        "Farmers chanted slogans against the state government in Ludhiana.",
        "Students raised slogans against the vice-chancellor in Lucknow on Monday.",
        "Hundreds of employees went on mass leave in Hyderabad demanding regularisation.",
        "Lawyers wore black badges outside the high court in Patna.",
        "A mob torched several vehicles in Bhilwara after the murder of a youth.",
        "Thousands of students demonstrated in Patna demanding the resignation of the minister.",
    ])
    func aProtestActIsAProtest(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .protest && $0.source.first?.country == "IND" }, "\(text) → \(e)")
    }

    /// A verb trigger read as a noun modifying the noun after it names that noun's kind (grammar.tsv
    /// noun-sense): "the *block* development officer" refuses nothing.
    @Test func aNounModifierIsNoAct() {
        let e = code("The protesters gheraoed the block development officer in Ranchi.")
        #expect(e.contains { $0.type == .protest } && !e.contains { $0.type == .reject }, "\(e)")
    }

    /// "the *protesting* farmers": the noun a present participle describes does it (a protest, not
    /// the police's).
    @Test func aParticiplesNounActs() {
        let e = code("Police resorted to a lathicharge to disperse the protesting farmers in Karnal.")
        #expect(
            e.contains { $0.type == .protest && $0.source.first?.sector == .agriculture }
                && !e.contains { $0.type == .accuse }, "\(e)")
    }

    /// A role before the first word of a verb phrase trigger is its actor ("Maoists *blew up* a
    /// culvert", roles.tsv maoists), not a modifier of a noun.
    @Test func aRoleBeforeAPhraseTriggerActs() {
        let e = code("Maoists blew up a culvert near the police camp in Bijapur.")
        #expect(e.contains { $0.type == .assault && $0.source.first?.sector == .rebels }, "\(e)")
    }
}
