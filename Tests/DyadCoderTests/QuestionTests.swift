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
}
