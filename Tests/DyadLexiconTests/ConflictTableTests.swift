import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// `conflicts.tsv`: wars between states and their days.
@Suite("Lexicon: armed conflicts")
struct ConflictTableTests {
    @Test func theBuiltInTableKnowsTheWarInUkraine() throws {
        let data = try LexiconData(directory: try LexiconLocator.locate())
        let war = data.conflicts.first { $0.parties == ["RUS", "UKR"] }
        #expect(war?.isActive(on: Day(iso: "2022-10-10")!) == true)
        #expect(war?.isActive(on: Day(iso: "2021-10-10")!) == false)
    }

    @Test func anEndedWarIsOverAfterItsLastDay() {
        let w = ArmedConflict(
            parties: ["ARM", "AZE"], start: Day(iso: "2020-09-27")!, end: Day(iso: "2020-11-10")!, name: "t")
        #expect(w.isActive(on: Day(iso: "2020-11-10")!))
        #expect(!w.isActive(on: Day(iso: "2020-11-11")!))
        #expect(!w.isActive(on: Day(iso: "2020-09-26")!))
    }

    /// A bad row names the file and line: a non-state party, a bad day, an end before the start.
    @Test(arguments: [
        "EUR\tUKR\t2022-02-24\t\tx\n", "RUS\tUKR\t2022-02-30\t\tx\n", "RUS\tUKR\t2022-02-24\t2021-01-01\tx\n",
    ])
    func badRowsNameFileAndLine(_ row: String) throws {
        try expectBadRow("conflicts.tsv", "party_a\tparty_b\tstart\tend\tname\n" + row)
    }

    /// A user's row for the same two states and start replaces ours.
    @Test func aUserRowReplacesOurs() {
        var base = LexiconData()
        base.conflicts = [ArmedConflict(parties: ["RUS", "UKR"], start: Day(iso: "2022-02-24")!, end: nil, name: "a")]
        var user = LexiconData()
        user.conflicts = [
            ArmedConflict(
                parties: ["UKR", "RUS"], start: Day(iso: "2022-02-24")!, end: Day(iso: "2022-12-31")!, name: "b")
        ]
        base.merge(user)
        #expect(base.conflicts.count == 1)
        #expect(base.conflicts.first?.name == "b")
    }
}
