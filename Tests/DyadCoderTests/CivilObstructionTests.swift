import DyadModel
import Testing

@testable import DyadCoder

/// Blockades and occupations by civilians are protests (PLOVER PROTEST obstruct); by the state
/// they stay coercion. Sentences written for these tests.
@Suite("Event coder: civil obstruction")
struct CivilObstructionTests {
    @Test(arguments: [
        "Greenpeace blocked a jetty at an oil terminal in Mombasa.",
        "Hundreds of Kenyan protesters occupied two bridges in Nairobi.",
    ])
    func civiliansBlockingRoadsProtest(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .protest && $0.mode == "obstruct" }, "\(text) → \(e)")
        #expect(!e.contains { $0.type == .coerce || $0.type == .reject }, "\(text) → \(e)")
    }

    @Test func theStateBlockingRoadsCoerces() {
        let e = code("Kenyan police blocked four roads in central Nairobi on Monday.")
        #expect(!e.contains { $0.type == .protest }, "\(e)")
    }
}
