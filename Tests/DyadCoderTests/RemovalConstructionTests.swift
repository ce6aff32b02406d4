import DyadModel
import Testing

@testable import DyadCoder

/// Removal from a post (PLOVER SANCTION, expel), told by a verb whose object is a person, and
/// phrases cut off by a date or a count. Sentences written for these tests.
@Suite("Event coder: removals from office")
struct RemovalConstructionTests {
    /// "dismissed her chancellor": a person dismissed is removed from a post, which outranks the
    /// one-word trigger "dismissed" (a claim or a case dismissed is rejected).
    @Test(arguments: [
        "Scholz dismissed the minister on Tuesday.",
        "The German minister was dismissed by Scholz on Tuesday.",
        // A passive subject with an apposition is still the person dismissed.
        "Germany's cybersecurity chief, Arne Schoenbohm, was dismissed on Tuesday by Interior Minister Nancy Faeser.",
    ])
    func aPersonDismissedIsRemoved(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .sanction && $0.mode == "expel" }, "\(text) → \(e)")
        #expect(!e.contains { $0.type == .reject }, "\(text) → \(e)")
    }

    @Test func aCaseDismissedIsNoRemoval() {
        let e = code("A Berlin judge dismissed the lawsuit against the German minister.")
        #expect(!e.contains { $0.type == .sanction }, "\(e)")
    }

    /// "removed from his post" is a removal; "removed from life support" is none.
    @Test func removedFromOfficeNotFromLifeSupport() {
        #expect(code("The Russian general was removed from his post by Putin.").contains { $0.type == .sanction })
        #expect(!code("The Texas officer was removed from life support on Friday.").contains { $0.type == .sanction })
    }

    /// A phrase trigger whose last word opens a date or a count is no trigger: "was *fired on*
    /// Tuesday" is a dismissal, "*fired at* least one missile" a launch, not shots at someone.
    @Test func aPhraseCutByADateOrCountIsNoTrigger() {
        let fired = code("The San Antonio police officer was fired on Tuesday.")
        #expect(!fired.contains { $0.type == .assault }, "\(fired)")
        #expect(fired.contains { $0.type == .sanction }, "\(fired)")
        let missile = code("North Korea fired at least one ballistic missile on Tuesday.")
        #expect(!missile.contains { $0.type == .assault }, "\(missile)")
        let shots = code("Iranian police fired at protesters in Tehran on Monday.")
        #expect(shots.contains { $0.type == .assault }, "\(shots)")
    }
}

/// Ending a coercive measure is a concession (PLOVER CONCEDE, ease), like dropping or lifting it.
/// Sentences written for these tests.
@Suite("Event coder: measures ended")
struct EndedMeasureTests {
    @Test(arguments: [
        "Kenya ended its mask mandate on public transport on Monday.",
        "Kenya to end mandatory Covid isolation",
    ])
    func endingAMeasureIsAConcession(_ text: String) {
        let e = code(text)
        #expect(e.contains { $0.type == .concede && $0.source.first?.country == "KEN" }, "\(text) → \(e)")
    }

    /// Ending a partnership with someone is no concession.
    @Test func endingAPartnershipIsNone() {
        #expect(!code("Kenya ended its partnership with the company on Monday.").contains { $0.type == .concede })
    }
}
