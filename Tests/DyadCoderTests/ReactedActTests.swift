import DyadModel
import Testing

@testable import DyadCoder

/// An accusation, a rejection or a protest of a hostile act whose own words name its maker reacts
/// to an act that was done; without its maker named the act stays the reaction's content.
/// Sentences written for these tests.
@Suite("Event coder: acts reacted to")
struct ReactedActTests {
    @Test func anActWithItsMakerNamedWasDone() {
        let call = code("Kenyan students are trying to resist Ruto's call-up of 5,000 reservists.")
        #expect(call.contains { $0.type == .mobilize && $0.source.first?.country == "KEN" }, "\(call)")
        let condemned = code("Uganda condemned Kenya's attacks on the border villages.")
        #expect(condemned.contains { $0.type == .assault && $0.source.first?.country == "KEN" }, "\(condemned)")
    }

    @Test func anActWithoutItsMakerStaysContent() {
        let events = code("Uganda condemned the attacks on the border villages.")
        #expect(!events.contains { $0.type == .assault }, "\(events)")
    }
}
