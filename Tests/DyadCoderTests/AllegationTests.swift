import DyadModel
import Testing

@testable import DyadCoder

/// The state an attack befalls saying another state's actor did it accuses that actor; a
/// bystander's report, or a speaker of the actor's own country, accuses no one. Sentences written
/// for these tests.
@Suite("Event coder: reported allegations")
struct AllegationTests {
    @Test func theVictimsStateAccusesTheAttacker() {
        let events = code("Ukraine says Russian forces shelled Kharkiv.", date: "2022-10-12")
        #expect(events.contains { $0.type == .assault && $0.source.first?.country == "RUS" }, "\(events)")
        let a = events.first { $0.type == .accuse }
        #expect(a?.mode == "allege", "\(events)")
        #expect(a?.source.map(\.country) == ["UKR"] && a?.target.map(\.country) == ["RUS"], "\(events)")
    }

    @Test func aBystanderOrACompatriotAccusesNoOne() {
        for text in [
            "The Thai military said Vietnamese forces shelled camps in Cambodia.",
            "Police said the man stabbed a woman in Leeds.",
        ] {
            let events = code(text)
            #expect(events.contains { $0.type == .assault }, "\(text) → \(events)")
            #expect(!events.contains { $0.type == .accuse }, "\(text) → \(events)")
        }
    }

    /// A state naming who was behind an attack accuses them, whoever the victim.
    @Test func namingWhoWasBehindItAccuses() {
        let events = code("Germany said Russia was behind the attack on the pipeline.")
        let a = events.first { $0.type == .accuse }
        #expect(a?.source.map(\.country) == ["DEU"] && a?.target.map(\.country) == ["RUS"], "\(events)")
        #expect(!code("Police said the man was behind the attack in Leeds.").contains { $0.type == .accuse })
    }

    /// A warning of another state's hostile act accuses that state; a warning of one's own act
    /// threatens.
    @Test func aWarningOfAnothersAttackAccusesIt() {
        let other = code("Kenya warns of more Somali militant attacks on the border.").first {
            $0.type == .accuse || $0.type == .threaten
        }
        #expect(other?.type == .accuse && other?.mode == "allege", "\(String(describing: other))")
        #expect(other?.source.map(\.country) == ["KEN"] && other?.target.first?.country == "SOM")
        let own = code("Kenya warned that it would retaliate against Somalia.")
        #expect(own.contains { $0.type == .threaten && $0.source.first?.country == "KEN" }, "\(own)")
    }

    /// A state claiming what its own forces did reports it; one politician claiming another did
    /// wrong still accuses.
    @Test func claimingOnesOwnForcesActAccusesNoOne() {
        let events = code("Ruto claims Kenyan forces have recaptured ten villages from al-Shabab.", date: "2022-10-12")
        #expect(!events.contains { $0.type == .accuse }, "\(events)")
    }

    /// "has come under fire", "is under fire", "faces backlash": criticism its subject undergoes,
    /// told with no critic named; "troops came under fire from artillery" is shooting.
    @Test(arguments: [
        "Kenyan minister Alfred Mutua has come under fire for his remarks.",
        "The Kenya Red Cross is under fire for its response to the floods.",
        "Kenyan minister Alfred Mutua faces backlash over his remarks.",
        "Kenyan minister under fire for his remarks on Uganda",
    ])
    func criticismUndergoneIsAnAccusation(_ text: String) {
        let e = code(text).first { $0.type == .accuse }
        #expect(e?.target.isEmpty == false, "\(text) → \(String(describing: e))")
    }

    /// A state's inquiry needs nobody named ("Germany investigates leaks in Nord Stream pipelines");
    /// a private one does.
    @Test(arguments: [
        ("Kenya investigates leaks in the Mombasa pipeline", "KEN"),
        ("Kenyan lawmakers are investigating the circumstances.", "KEN"),
    ])
    func statesInquiryStandsAlone(_ text: String, _ country: String) {
        let e = code(text, date: "2022-09-27").first { $0.type == .accuse }
        #expect(
            e?.mode == "investigate" && e?.source.first?.country?.rawValue == country,
            "\(text) → \(String(describing: e))")
    }

    /// An investigation one is placed under or is under, in a sentence or a headline: the one
    /// investigated is the recipient (a passive verb row's object is its subject).
    @Test(arguments: [
        "Former Kenyan minister Alfred Mutua was placed under formal investigation on Wednesday.",
        "Nairobi prosecutors placed former Kenyan minister Alfred Mutua under investigation.",
        "Kenyan minister Alfred Mutua under investigation over Uganda trip",
    ])
    func placedUnderInvestigationIsInvestigated(_ text: String) {
        let e = code(text, date: "2022-11-05").first { $0.type == .accuse }
        #expect(e?.mode == "investigate" && e?.target.first?.country == "KEN", "\(text) → \(String(describing: e))")
    }

    /// A country that faces criticism is the state criticised, whoever criticises it.
    @Test func countryFacingCriticismIsAccused() {
        let e = code("Egypt is facing a barrage of criticism over its crackdown on activists.", date: "2022-11-05")
            .first { $0.type == .accuse }
        #expect(e?.target.first?.country == "EGY" && e?.source.isEmpty == true, "\(String(describing: e))")
    }

    /// "came under fire *from* Tories": the critics the row's own phrase names are the actor.
    @Test func criticsNamedAfterFireAreTheActor() {
        let e = code("Kenyan minister Alfred Mutua has come under fire from Ugandan officials over his remarks.")
            .first { $0.type == .accuse }
        #expect(e?.source.first?.country == "UGA", "\(String(describing: e))")
    }

    @Test func troopsComingUnderFireAreAttacked() {
        let events = code("Kenyan troops came under fire from Al-Shabaab fighters near the border.")
        #expect(events.contains { $0.type == .assault } && !events.contains { $0.type == .accuse }, "\(events)")
    }
}
