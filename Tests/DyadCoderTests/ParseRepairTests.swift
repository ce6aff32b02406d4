import DyadModel
import Testing

@testable import DyadCoder

/// Constructions where the tree hangs a phrase where its meaning does not: a partitive before
/// its content, an infinitive after what a report is on, a headline subject cut off by a comma.
/// Sentences written for these tests.
@Suite("Event coder: phrases the parser hangs elsewhere")
struct ParseRepairTests {
    /// "a barrage of Ethiopian drone strikes on Mekelle": the partitive only counts the strikes,
    /// which keep their sides (the barrage took the nationality after "of" as its recipient).
    @Test func aPartitiveCountsItsContent() {
        let e = code("After a barrage of Ethiopian drone strikes on the Tigrayan capital, its residents rebuild.")
        #expect(e.contains { $0.type == .assault && $0.source.first?.country == "ETH" }, "\(e)")
        #expect(e.filter { $0.type == .assault }.count == 1, "\(e)")
    }

    /// "The BBC's reporter reports on Kenya's offensive to retake the town": the infinitive is the
    /// offensive's, done by its owner, never by the reporter.
    @Test func anInfinitiveAfterAReportIsNotTheReporters() {
        let e = code("CNN's Sam Kiley reports on Ethiopia's offensive to recapture Mekelle from rebels.")
        #expect(!e.contains { $0.source.first?.country == "USA" }, "\(e)")
    }

    /// "U.S., Allies Vow to …": the state before the comma is who acts when the subject after it
    /// names none; a subject that is a state itself keeps the verb.
    @Test func aHeadlineSubjectBeforeACommaActs() {
        let vow = code("U.S., Allies Vow to Protect Kenya's Ports From Attacks")
        #expect(vow.contains { $0.type == .agree && $0.source.first?.country == "USA" }, "\(vow)")
        let both = code("Kenya, Ethiopia Sign Border Accord")
        #expect(!both.contains { $0.source.isEmpty }, "\(both)")
    }
}
