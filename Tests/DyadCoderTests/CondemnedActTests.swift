import DyadModel
import Testing

@testable import DyadCoder

/// Criticism of an act the story has just told, named by a definite noun ("condemned the launch"),
/// is criticism of whoever did it. Sentences written for these tests.
@Suite("Event coder: the act condemned")
struct CondemnedActTests {
    @Test func theActorOfTheCondemnedActIsTheRecipient() {
        let e = code("North Korea fired a ballistic missile over Japan. The US condemned the launch as reckless.")
        #expect(e.first { $0.type == .accuse }?.target.first?.country == "PRK", "\(e)")
    }

    /// A group referred back to is no act: "berated the group" takes no earlier actor.
    @Test func aGroupIsNoAct() {
        let e = code("Russia fired missiles at Kyiv. A Kenyan official openly berated the group.")
        let a = e.first { $0.type == .accuse }
        #expect(a != nil && a?.target.first?.country != "RUS", "\(e)")
    }
}
