import DyadModel
import Testing

@testable import DyadCoder

/// A vow is a promise (AGREE) unless it promises force: the state's vow against criminals or
/// rebels, or a criminal's vow, is a threat. Sentences written for these tests.
@Suite("Event coder: hostile vows")
struct HostileVowTests {
    @Test(arguments: [
        "The Kenyan president vowed to deal decisively with the rioters.",
        "The killer vowed to finish the job in Nairobi.",
    ])
    func aVowOfForceIsAThreat(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .threaten }, "\(text) → \(e)")
        #expect(!e.contains { $0.type == .agree }, "\(text) → \(e)")
    }

    @Test(arguments: [
        "The Kenyan president vowed to support Somalia.",
        "Liz Truss vowed to match Ukraine's military aid.",
    ])
    func aVowOfHelpIsAPromise(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .threaten }, "\(text) → \(e)")
    }
}
