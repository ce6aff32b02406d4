import DyadModel
import Testing

@testable import DyadCoder

/// Passives a headline or a coordination hides: the dropped "were" of "journalists shot and
/// injured by forces", and a past form after a headline's label ("X killing: journalist shot
/// dead"). Sentences written for these tests.
@Suite("Event coder: hidden passives")
struct PassiveConstructionTests {
    /// Coordinated participles share the last one's "by" agent, and their subject is the victim.
    @Test func coordinatedParticiplesShareTheAgent() {
        let events = code(
            "A Nigerian man was killed and two reporters shot and wounded by Cameroonian soldiers near the border.")
        #expect(
            !events.contains { $0.type == .assault && $0.source.first?.sector == .journalists }, "\(events)")
        #expect(
            events.contains {
                $0.type == .assault && $0.source.first?.country == "CMR" && $0.target.first?.country == "NGA"
            },
            "\(events)")
        // The active stays active, and a conjunct with its own "was" keeps its own agent.
        let active = code("Police shot and killed a man in Ohio.")
        #expect(active.contains { $0.type == .assault && $0.source.first?.sector == .police }, "\(active)")
        let own = code("The boy needed medical care but was considered stable by doctors in Leeds.")
        #expect(!own.contains { $0.source.first?.text == "doctors" }, "\(own)")
    }

    /// A headline's topic label before a colon is no complement that could hold the past form's object.
    @Test func aHeadlineLabelDoesNotMakeThePastFormActive() {
        let events = code("Mehmet Kaya killing: Turkish journalist shot dead in Germany")
        let a = events.first { $0.type == .assault }
        #expect(a?.target.first?.country == "TUR" && a?.source.first?.sector != .journalists, "\(events)")
    }
}

/// Instructions in the passive with nobody named as their giver (rule `instructed-passive`).
/// Sentences written for these tests.
@Suite("Event coder: instructions in the passive")
struct InstructedPassiveTests {
    /// People told, urged or ordered to do something were told so by the authorities where they
    /// are (GOV, implied); a person or a state told so was told by someone the text leaves out.
    @Test func peopleToldToActAreToldByTheirAuthorities() {
        let e = code("Residents of a Texas town were told to boil their water on Sunday.").first { $0.type == .request }
        #expect(e?.source.first?.country == "USA" && e?.source.first?.sector == .government, "\(String(describing: e))")
        #expect(e?.source.first?.implied == true)
        #expect(e?.target.first?.country == "USA")
        for text in [
            "Kenya was urged to withdraw its troops from the border.",
            "The Kenyan president was urged to resign on Sunday.",
        ] {
            let r = code(text).first { $0.type == .request }
            #expect(r?.source.first?.implied != true, "\(text) → \(String(describing: r))")
        }
    }
}

/// Detention told as being held or kept somewhere (verbs.tsv hold/keep in:custody|prison|cell …),
/// by whom a nationality of the place says (rule `jailer-nationality`), and of whom a reported
/// "he was held" says (rule `speaker-anaphor`). Sentences written for these tests.
@Suite("Event coder: detention")
struct DetentionTests {
    @Test func heldInCustodyIsDetention() {
        let e = code("The journalist was held in custody for three days in Nairobi.").first { $0.type == .coerce }
        #expect(e?.mode == "arrest" && e?.target.first?.country == "KEN", "\(String(describing: e))")
        #expect(!code("The minister held a meeting in Nairobi on Monday.").contains { $0.type == .coerce })
    }

    @Test func thePrisonsNationalityIsTheJailer() {
        let e = code("A Kenyan teacher has been held in an Ethiopian prison for months.").first { $0.type == .coerce }
        #expect(e?.source.first?.country == "ETH" && e?.target.first?.country == "KEN", "\(String(describing: e))")
    }

    @Test func aReportedPassivesPronounIsTheSpeaker() {
        let e = code("The Kenyan minister says he was held in a cell by Ethiopian troops.").first { $0.type == .coerce }
        #expect(e?.source.first?.country == "ETH", "\(String(describing: e))")
        #expect(e?.target.first?.text == "The Kenyan minister", "\(String(describing: e))")
    }
}
