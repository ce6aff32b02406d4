import DyadModel
import Testing

@testable import DyadCoder

/// An agreement named by a place and a noun ("the Iran nuclear deal") is a standing agreement, not
/// one reached now; a verb that makes, joins or extends it tells an event. Sentences written for
/// these tests.
@Suite("Event coder: standing agreements")
struct StandingAgreementTests {
    @Test(arguments: [
        "Iran nuclear deal flounders again.",
        "The State Department says the Iran nuclear deal is not its focus.",
        "Britain still wants an India trade deal within two weeks.",
    ])
    func aNamedAgreementIsNoEvent(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .agree }, "\(text) → \(e)")
    }

    @Test(arguments: [
        "Israel and Lebanon reached a maritime deal on Tuesday.",
        "Russia rejoined the Ukraine grain deal on Wednesday.",
    ])
    func anAgreementAVerbActsOnIsAnEvent(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .agree }, "\(text) → \(e)")
    }

    /// "Aboriginal" is an Australian people's adjective: an Aboriginal elder is Australian.
    @Test func anAboriginalElderIsAustralian() {
        let e = code("An Aboriginal elder slammed the mining magnate on Monday.")
        #expect(e.first { $0.type == .accuse }?.source.first?.country == "AUS", "\(e)")
    }
}
