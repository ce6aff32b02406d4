import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// `country_cues.tsv`: words only one country's news uses, counted in a text.
@Suite("Lexicon: country cues")
struct CountryCueTests {
    func counts(_ text: String, _ cues: [CountryCue]) -> [CountryCode: Int] {
        let toks = Tokenizer().tokenize(Array(text.utf8))
        return toks.withUnsafeBufferPointer { CountryCues(cues).counts($0, in: 0..<$0.count) }
    }

    @Test func theBuiltInTableKnowsBritishAndAmericanInstitutions() throws {
        let data = try LexiconData(directory: try LexiconLocator.locate())
        let c = counts("Coroner slams government after A&E doctor denied NHS face mask", data.countryCues)
        #expect(c == ["GBR": 2], "\(c)")
        #expect(counts("Liz Cheney campaigns in the midterms", data.countryCues) == ["USA": 1])
        #expect(counts("The Senate voted and the MP spoke", data.countryCues).isEmpty)
    }

    /// A capitalised phrase needs a capitalised word in the text; a lower-case one matches any case.
    @Test func aCapitalisedCueNeedsACapitalisedWord() {
        let cues = [CountryCue(phrase: "Labor", country: "AUS"), CountryCue(phrase: "crore", country: "IND")]
        #expect(counts("Labor MPs voted", cues) == ["AUS": 1])
        #expect(counts("child labor laws", cues).isEmpty)
        #expect(counts("a 5 Crore fund", cues) == ["IND": 1])
    }

    /// A bad row names the file and line: an empty phrase, a country that is no code.
    @Test(arguments: ["\tGBR\tx\n", "NHS\tUK\tx\n", "NHS\tgbr\tx\n"])
    func badRowsNameFileAndLine(_ row: String) throws {
        try expectBadRow("country_cues.tsv", "phrase\tcountry\tnote\n" + row)
    }

    /// A user's row with the same phrase replaces ours.
    @Test func aUserRowReplacesOurs() {
        var base = LexiconData()
        base.countryCues = [CountryCue(phrase: "Labor", country: "AUS")]
        var user = LexiconData()
        user.countryCues = [CountryCue(phrase: "Labor", country: "NZL")]
        base.merge(user)
        #expect(base.countryCues.map(\.country) == ["NZL"])
    }
}
