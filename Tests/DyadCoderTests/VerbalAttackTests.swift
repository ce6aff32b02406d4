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
    ])
    func aPartyOrAPersonAttacksInWords(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .accuse && $0.source.first?.country == "KEN" }, "\(text) → \(e)")
        #expect(!e.contains { $0.type == .assault })
    }

    @Test func activistsAttackingAPaintingProtest() {
        let e = code("Two activists attacked a famous painting at a gallery in Nairobi.")
        #expect(e.contains { $0.type == .protest }, "\(e)")
        #expect(!e.contains { $0.type == .assault })
    }
}
