import DyadModel
import Testing

@testable import DyadCoder

/// People moving, told by a present participle on their noun ("refugees *fleeing* the war"), are
/// who moves; an actor further back in the sentence never is. Sentences written for these tests.
@Suite("Event coder: movers named by a participle")
struct MoverParticipleTests {
    @Test func anActorFurtherBackIsNoMover() {
        let e = code("The United Nations will provide food aid to refugees fleeing the civil war in Liberia.")
        #expect(!e.contains { $0.type == .migrate && $0.source.first?.country == "IGO" }, "\(e)")
    }

    @Test func aPeoplesNounIsTheMover() {
        let e = code("Aid groups helped thousands of Ukrainians fleeing the war on Monday.")
        let m = e.first { $0.type == .migrate }
        #expect(m?.source.first?.country == "UKR", "\(e)")
    }
}
