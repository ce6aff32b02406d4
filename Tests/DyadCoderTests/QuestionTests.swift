import DyadModel
import Testing

@testable import DyadCoder

/// A yes/no question asks whether something happens; it reports no event. A question about who
/// did a thing still reports the thing. Sentences written for these tests.
@Suite("Event coder: questions")
struct QuestionTests {
    @Test(arguments: [
        "Can Kenya and Ethiopia reach a deal on the dam?",
        "Will Uganda send troops to Somalia?",
    ])
    func aYesNoQuestionIsNoEvent(_ text: String) {
        #expect(code(text).isEmpty, "\(text) → \(code(text))")
    }

    @Test func aQuestionAboutTheDoerKeepsTheEvent() {
        let e = code("Who was behind the bombing in Mogadishu?")
        #expect(e.contains { $0.type == .assault }, "\(e)")
    }

    /// Asking what or how asks for nothing; asking why someone did something challenges it.
    @Test func askingWhyChallenges() {
        #expect(!code("The Kenyan senator asked what the government would do.").contains { $0.type == .request })
        let why = first("Kenyan farmers asked why the government ignored the drought.", .accuse)
        #expect(why?.mode == "disapprove", "\(String(describing: why))")
        #expect(why?.source.first?.country == "KEN")
    }
}
