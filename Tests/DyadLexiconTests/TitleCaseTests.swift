import DyadModel
import DyadText
import Testing

@testable import DyadLexicon

/// Title Case headlines: told apart from running text, and read without taking capitalised common
/// words for names.
@Suite("Title Case headlines")
struct TitleCaseTests {
    func isTitleCase(_ text: String) -> Bool {
        let a = AnalyzedText(text)
        return a.tokens.withUnsafeBufferPointer { sharedLexicon.isTitleCase($0, in: a.sentences[0].tokens) }
    }

    @Test(arguments: [
        "Kenya Withdraws From Trade Deal After Border Attack",
        "North Korea Fires Three More Missiles Toward Japan",
        "Ukraine war: Protests Erupt in Kenyan Cities Over Fuel Prices",
        // A short headline: two capitalised common words and none in lower case.
        "Men Flee Kenyan Conscription",
        // Three words, or a capitalised trigger in five words or fewer.
        "Kenya Gains Ground",
        "Kenya Strikes Rebels in Somalia",
    ])
    func titleCaseIsRecognised(_ text: String) {
        #expect(isTitleCase(text))
    }

    @Test(arguments: [
        "Kenya withdraws from trade deal after border attack",
        "Ukraine war: Putin orders partial mobilisation after setbacks",
        "The Kenyan Parliament approved the budget on Monday.",
        "Joe Biden Jr.",
        "Kenyan Police arrest three",
    ])
    func runningTextIsNot(_ text: String) {
        #expect(!isTitleCase(text))
    }

    /// Inflections of listed words and trigger forms count as common words; names do not.
    @Test func commonWordsIncludeInflections() {
        let a = AnalyzedText("Withdraws Erupted Cities Kenya Ruto")
        let common = a.tokens.map { sharedLexicon.isCommonWord($0, in: a) }
        #expect(common == [true, true, true, false, false])
    }

    /// "Kenya Withdraws" is no person's name in a Title Case headline: Kenya stays a place.
    @Test func capitalisedVerbIsNoName() {
        let ms = recognize("Kenya Withdraws From Trade Deal After Border Attack")
        #expect(ms.contains { $0.kind == .place && $0.country == "KEN" })
        #expect(!ms.contains { $0.kind == .actor })
    }

    /// "Federal" opening a sentence is the adjective, not the Argentine town of that name.
    @Test func federalIsNoTown() {
        let ms = recognize("Federal agents raided the office of the senator.")
        #expect(!ms.contains { $0.kind == .place })
    }
}

/// A headline of names with no lower-case word and a capitalised trigger is in Title Case, and a
/// clitic "’s" is no lower-case word. Sentences written for these tests.
@Suite("Title Case: headlines of names")
struct TitleCaseNamesTests {
    @Test func namesAndATriggerWithNoLowerCaseWord() throws {
        let lexicon = try Lexicon.load()
        let text = AnalyzedText("Raila Odinga, William Ruto Slam ‘Idiot’ Martha Karua’s Antisemitism")
        let tc = text.tokens.withUnsafeBufferPointer { lexicon.isTitleCase($0, in: 0..<$0.count) }
        #expect(tc)
        let running = AnalyzedText("Raila Odinga and William Ruto slam the manifesto")
        #expect(!running.tokens.withUnsafeBufferPointer { lexicon.isTitleCase($0, in: 0..<$0.count) })
    }
}
