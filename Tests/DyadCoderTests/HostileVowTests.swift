import DyadModel
import Testing

@testable import DyadCoder

/// A vow is a promise (AGREE) unless it promises force: the state's vow against criminals or
/// rebels, a criminal's vow, or a vow whose own content is an attack or coercion, is a threat. Sentences written for these tests.
@Suite("Event coder: hostile vows")
struct HostileVowTests {
    @Test(arguments: [
        "The Kenyan president vowed to deal decisively with the rioters.",
        "The killer vowed to finish the job in Nairobi.",
        "Israel vowed to strike Hamas targets in Gaza.",
        "The Ukrainian government has vowed to retake Kherson from Russia.",
    ])
    func aVowOfForceIsAThreat(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .threaten }, "\(text) → \(e)")
        #expect(!e.contains { $0.type == .agree }, "\(text) → \(e)")
    }

    @Test(arguments: [
        "The Kenyan president vowed to support Somalia.",
        "Liz Truss vowed to match Ukraine's military aid.",
        "NATO vowed to help Ukraine recapture the regions annexed by Russia.",
        "The British prime minister vowed to fight white supremacy.",
        "World leaders in Glasgow pledged to halt deforestation.",
    ])
    func aVowOfHelpIsAPromise(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .threaten }, "\(text) → \(e)")
    }
}
