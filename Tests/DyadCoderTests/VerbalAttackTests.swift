import DyadModel
import Testing

@testable import DyadCoder

/// Attacks by people who bear no arms are words or protest: a party or one person named in a
/// headline "attacks" or "blasts" in words; activists attacking a painting protest. Sentences
/// written for these tests.
@Suite("Event coder: attacks without arms")
struct VerbalAttackTests {
    @Test(arguments: [
        "Odinga's party attacks Kenya's electoral commission",
        "Ruto blasts Nairobi County after the vote",
        "President Ruto has attacked Kenya's electronic voting system",
    ])
    func aPartyOrAPersonAttacksInWords(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .accuse && $0.source.first?.country == "KEN" }, "\(text) → \(e)")
        #expect(!e.contains { $0.type == .assault })
    }

    /// A person or body roasted, trolled, smeared, shamed, trashed or eviscerated is criticised;
    /// one grilled by lawmakers or investigators is questioned (verbs.tsv, events.tsv); a chicken
    /// roasted, a room trashed or an interviewer's grilling is none.
    @Test func mockeryAndGrillingAccuse() {
        let roasted = code("Kenyan comedians roasted President William Ruto over the gaffe.").first {
            $0.type == .accuse
        }
        #expect(
            roasted?.mode == "disapprove" && roasted?.target.first?.country == "KEN", "\(String(describing: roasted))")
        let grilled = code("Kenyan senators grilled the Safaricom chief executive on Tuesday.").first {
            $0.type == .accuse
        }
        #expect(grilled?.mode == "investigate", "\(String(describing: grilled))")
        #expect(
            code("Raila Odinga eviscerated the Kenyan electoral commission.").contains { $0.type == .accuse })
        for text in [
            "The Nairobi chef roasted a chicken for President William Ruto.",
            "Protesters trashed a hotel room in Nairobi.",
            "President William Ruto was grilled by a radio host in Nairobi.",
        ] {
            #expect(!code(text).contains { $0.type == .accuse }, "\(text) → \(code(text))")
        }
    }

    /// Criticism told by a verb or an idiom of rebuke (events.tsv ACCUSE disapprove): "chastised",
    /// "took a jab at", "laid into", "fired back at".
    @Test(arguments: [
        "Kenya's president chastised Uganda's leader over the border closure.",
        "Kenya's president took a jab at Uganda's leader in a speech in Nairobi.",
        "Kenya's president laid into Uganda's leader on Tuesday.",
        "Kenya's president fired back at Uganda's leader after the vote.",
        "At the United Nations, Kenya's president railed against Uganda over the border.",
        "Kenya's president snapped back at Uganda's leader over the border closure.",
        "Kenya's president took issue with Uganda's leader over the border closure.",
        "Kenya's president spoke out against Uganda's leader over the border closure.",
        "Kenya's president is furious at Uganda's leader over the border closure.",
        "Kenya's president rounded on Uganda's leader over the border closure.",
    ])
    func rebukeIsCriticism(_ text: String) {
        let e = code(text).first { $0.type == .accuse }
        #expect(e?.source.first?.country == "KEN" && e?.target.first?.country == "UGA", "\(text) → \(code(text))")
    }

    @Test func activistsAttackingAPaintingProtest() {
        let e = code("Two activists attacked a famous painting at a gallery in Nairobi.")
        #expect(e.contains { $0.type == .protest }, "\(e)")
        #expect(!e.contains { $0.type == .assault })
    }

    /// Criticism faced criticises the one who faces it, by whoever the text names after "from",
    /// else by someone unnamed of the same country; the fury of a storm is nobody's criticism.
    @Test func criticismFacedCriticisesTheSubject() {
        let named = code("The Kenyan minister faced criticism from Uganda over the deal.").first { $0.type == .accuse }
        #expect(
            named?.source.map(\.country) == ["UGA"] && named?.target.map(\.country) == ["KEN"],
            "\(String(describing: named))")
        let unnamed = code("The Kenyan minister faces fierce backlash over the deal.").first { $0.type == .accuse }
        #expect(
            unnamed?.mode == "disapprove" && unnamed?.source.first?.implied == true, "\(String(describing: unnamed))")
        #expect(unnamed?.target.first?.text == "The Kenyan minister")
        #expect(!code("The city faces the fury of the storm.").contains { $0.type == .accuse })
        // Criticism sparked or provoked is criticism drawn.
        let sparked = code("The Kenyan minister's decision sparked a backlash from Uganda.").first {
            $0.type == .accuse
        }
        #expect(
            sparked?.source.map(\.country) == ["UGA"] && sparked?.target.map(\.country) == ["KEN"],
            "\(String(describing: sparked))")
    }

    /// "Kenyan MP slammed for …" with Somalia in the story: an accusation in the passive is kept for
    /// its named accused, criticised by someone at home (implied, unidentified).
    @Test func aPassiveAccusationKeepsItsAccused() {
        let events = code("Kenyan MP slammed for comparing Somali refugees to criminals")
        let e = events.first { $0.type == .accuse }
        #expect(e?.target.first?.country == "KEN", "\(events)")
        #expect(e?.source.count == 1 && e?.source.first?.implied == true && e?.source.first?.sector == .unidentified)
    }
}

/// Words that criticise what they are said of (events.tsv kind evaluation): the speaker accuses
/// the reported clause's subject. Sentences written for these tests.
@Suite("Event coder: spoken evaluations")
struct SpokenEvaluationTests {
    @Test(arguments: [
        ("Zelensky says Russian tactics are crazy.", "UKR", "RUS"),
        ("Sunak said Labour was lying about the economy.", "GBR", "GBR"),
        ("The Kenyan president said Uganda's decision was a disgrace.", "KEN", "UGA"),
        ("The Kenyan president said Uganda's leader was dangerous and unfit.", "KEN", "UGA"),
        ("Kenya's foreign minister said Uganda's border policy was a failure.", "KEN", "UGA"),
    ])
    func theSpeakerAccusesTheSubject(_ c: (String, CountryCode, CountryCode)) {
        let e = code(c.0).filter { $0.type == .accuse }
        #expect(e.count == 1, "\(c.0) → \(e)")
        #expect(e.first?.source.first?.country == c.1 && e.first?.target.first?.country == c.2, "\(c.0) → \(e)")
    }

    /// A naming verb gives the evaluation of its object, by its subject ("calls … a disgrace").
    @Test func aNamingVerbSaysItOfItsObject() {
        let e = code("President Ruto calls Uganda's decision to close the border \"a disgrace\".").filter {
            $0.type == .accuse
        }
        #expect(e.count == 1, "\(e)")
        #expect(e.first?.source.first?.country == "KEN" && e.first?.target.first?.country == "UGA", "\(e)")
    }

    /// A surname that is also a market word is a person ("Jacinta Price slams …"), not a price.
    @Test func aSurnameIsNoMarketFigure() {
        let e = code("Jacinta Price slams Anthony Albanese's government over the welfare card")
        #expect(e.contains { $0.type == .accuse && $0.target.first?.country == "AUS" }, "\(e)")
    }

    /// Unsaid, said of no actor, or a modifier rather than what is said: no event.
    @Test(arguments: [
        "Russian tactics in Ukraine are crazy.",
        "Ruto said the weather in Nairobi was disgraceful.",
        "Police said illegal immigrants crossed into Kenya on Monday.",
    ])
    func noSpeakerNoActorOrAModifierIsNoEvent(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .accuse }, "\(text) → \(e)")
    }
}
