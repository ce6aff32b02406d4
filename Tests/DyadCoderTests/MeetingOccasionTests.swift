import DyadModel
import Testing

@testable import DyadCoder

/// Meetings told as the occasion of another act, and officials speaking with a counterpart.
/// Sentences written for these tests.
@Suite("Event coder: meetings as occasions")
struct MeetingOccasionTests {
    /// "warned … in a meeting with Scholz": the meeting is the subject's, with the one it names.
    @Test func aMeetingWithSomeoneIsTheSubjects() {
        let e = code(
            "Kenyan President William Ruto warned against escalation of the war in a meeting with the Somali president."
        )
        #expect(
            e.contains {
                $0.type == .consult && $0.source.first?.country == "KEN" && $0.target.first?.country == "SOM"
            },
            "\(e)")
    }

    /// Two people of one state and office meet: the head of state with the head of government.
    @Test func twoOfficialsOfOneStateMeet() {
        let e = code(
            "Prime Minister Liz Truss said during a meeting with King Charles III that the economy would recover.")
        #expect(e.contains { $0.type == .consult && $0.source.first?.text?.contains("Truss") == true }, "\(e)")
    }

    /// "during the visit" names no other party: the setting, not a meeting of the speaker.
    @Test func aSettingIsNoMeeting() {
        let e = code("The Kenyan minister laughed and joked during the visit.")
        #expect(!e.contains { $0.type == .consult }, "\(e)")
    }

    /// verbs.tsv speak/talk with a counterpart or a leader; roles.tsv counterpart.
    @Test func speakingWithACounterpartIsAConsultation() {
        let e = code("The Kenyan defence minister spoke with his Somali counterpart on Sunday.")
        #expect(
            e.contains {
                $0.type == .consult && $0.source.first?.country == "KEN" && $0.target.first?.country == "SOM"
            },
            "\(e)")
        let press = code("The Kenyan defence minister spoke with reporters on Sunday.")
        #expect(!press.contains { $0.type == .consult }, "\(press)")
    }
}

/// A call for evacuations is made to the caller's own people, not to the other party of the story.
@Suite("Event coder: calls to evacuate")
struct EvacuationCallTests {
    @Test func aCallForEvacuationsIsToOnesOwnPeople() {
        let e = code("Fearing flooding, Ethiopian officials call for evacuations after Eritrea damaged a dam.")
        #expect(
            e.contains {
                $0.type == .request && $0.source.first?.country == "ETH" && $0.target.first?.country == "ETH"
            },
            "\(e)")
    }
}

/// An act named as what someone's announcement or order is of is theirs.
@Suite("Event coder: announced acts")
struct AnnouncedActTests {
    @Test func theAnnouncersAct() {
        let e = code("Ruto's announcement of a crackdown on protesters angered the opposition.")
        #expect(e.contains { $0.type == .coerce && $0.source.first?.sector == .government }, "\(e)")
        let m = code("Putin's announcement of a partial mobilization shocked Russians.")
        #expect(m.contains { $0.type == .mobilize && $0.source.first?.country == "RUS" }, "\(m)")
    }
}
