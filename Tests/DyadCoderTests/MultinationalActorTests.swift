import DyadModel
import Testing

@testable import DyadCoder

/// Multinational corporations (PLOVER MNC: BUS is for companies "not including MNCs"; the imported
/// Phoenix actors code a few, Chevron among them), and the headline passive whose object is a sum
/// of money. Sentences written for these tests.
@Suite("Event coder: multinational corporations")
struct MultinationalActorTests {
    /// A multinational named as a side is MNC, not its home state.
    @Test func aMultinationalIsMNC() {
        let e = code("Kenya's competition authority accused Chevron of abusing its dominance in Nairobi.")
        #expect(
            e.contains { $0.type == .accuse && $0.source.first?.country == "KEN" && $0.target.first?.country == "MNC" },
            "\(e)")
    }

    /// "Glencore fined $314 million": a sum of money after a headline's participle is no object,
    /// so the subject is the one fined; the implied court never takes the company's code.
    @Test func aFineInAHeadlineFallsOnItsSubject() {
        let fined = code("Chevron fined $12 million over Nairobi oil spill")
        let s = fined.first { $0.type == .sanction }
        #expect(s?.target.first?.country == "MNC", "\(fined)")
        #expect(s?.source.allSatisfy { $0.implied && $0.country != "MNC" } ?? false, "\(fined)")
        let man = code("Kenyan man fined £700 for abusing cabin crew")
        #expect(man.contains { $0.type == .sanction && $0.target.first?.country == "KEN" }, "\(man)")
        #expect(!man.contains { $0.type == .sanction && $0.source.contains { !$0.implied } }, "\(man)")
    }

    /// A company before a noun is not what the noun names: its contractors and workers are not the
    /// company.
    @Test(arguments: [
        "A Kenyan Chevron contractor was charged with fraud in Nairobi.",
        "Kenyan Chevron workers attacked the minister in Nairobi over the tax.",
    ])
    func aCompanyBeforeANounLendsNothing(_ text: String) {
        let e = code(text)
        #expect(!e.isEmpty, "\(text) → \(e)")
        #expect(!e.contains { ($0.source + $0.target).contains { $0.country == "MNC" } }, "\(text) → \(e)")
    }
}
