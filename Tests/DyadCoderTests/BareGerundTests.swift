import DyadModel
import Testing

@testable import DyadCoder

/// A gerund after a preposition with no object or complement names an event as a noun does: the
/// thing the main clause is about did not do it, and no actor before it did by word order.
/// Sentences written for these tests.
@Suite("Event coder: bare gerunds")
struct BareGerundTests {
    @Test func aThingDoesNotDoABareGerund() {
        let events = code("Serbia Power Station Damaged After Shelling")
        #expect(!events.contains { $0.type == .assault && $0.source.first?.country == "SRB" }, "\(events)")
    }

    /// A gerund with an object or a complement keeps the main clause's subject as its actor.
    @Test func aGerundWithAComplementKeepsItsActor() {
        for (text, type) in [
            ("A police officer was fired after shooting a driver in Ohio.", EventType.assault),
            ("The mayor was criticised after refusing to meet the strikers in Leeds.", .reject),
        ] {
            let events = code(text)
            #expect(
                events.contains { $0.type == type && $0.source.first?.sector != nil }, "\(text) → \(events)")
        }
    }
}
