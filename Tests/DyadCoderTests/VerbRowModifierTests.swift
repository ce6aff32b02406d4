import DyadModel
import Testing

@testable import DyadCoder

/// Verb patterns (verbs.tsv) whose object carries modifiers a phrase list cannot hold: "reached a
/// *landmark maritime* deal", "fires *suspected ballistic* missile". Sentences written for these
/// tests.
@Suite("Event coder: verb patterns with modified objects")
struct VerbRowModifierTests {
    /// A deal or agreement reached, struck, sealed or brokered is AGREE, whatever modifies it (two
    /// parties: once each way).
    @Test(arguments: [
        "Chile and Peru reached a landmark fishing deal on Tuesday.",
        "Chile and Peru struck a long-awaited border agreement.",
        "Chile and Peru sealed a historic trade pact in Lima.",
    ])
    func aDealReachedIsAnAgreement(_ text: String) {
        let e = code(text).filter { $0.type == .agree }
        #expect(Set(e.flatMap { $0.source.compactMap(\.country) }) == ["CHL", "PER"], "\(text) → \(e)")
    }

    /// A mediator brokering a cease-fire agrees to it with the parties (not a meeting).
    @Test func aBrokeredCeasefireIsAnAgreement() {
        let e = code("Qatar brokered a cease-fire between Israel and Hamas.")
        #expect(e.contains { $0.type == .agree && $0.source.first?.country == "QAT" }, "\(e)")
    }

    /// A ballistic missile fired over or toward a country is a show of force at it (MOBILIZE
    /// weapons); fired with no target, a launch; fired *at* a target, an attack.
    @Test func ballisticMissileLaunches() {
        let over = first("North Korea fired a ballistic missile over Japan on Tuesday.", .mobilize)
        #expect(
            over?.source.first?.country == "PRK" && over?.target.first?.country == "JPN", "\(String(describing: over))")
        let toward = first("North Korea launched two ballistic missiles towards Japan.", .mobilize)
        #expect(toward?.target.first?.country == "JPN", "\(String(describing: toward))")
        let bare = code("North Korea launched a short-range ballistic missile on Sunday.")
        #expect(bare.contains { $0.type == .mobilize && $0.mode == "weapons" }, "\(bare)")
        #expect(!bare.contains { $0.type == .assault })
        let at = first("Russia fired ballistic missiles at Kharkiv overnight.", .assault)
        #expect(at?.target.first?.country == "UKR", "\(String(describing: at))")
    }

    /// Someone stripped of a status or a right is sanctioned by whoever strips it; civilian areas
    /// targeted by a state are attacked.
    @Test func strippedOfAStatusAndTargetedAreas() {
        let stripped = code("Chile stripped Peru of its consulate accreditation on Monday.")
        #expect(
            stripped.contains {
                $0.type == .sanction && $0.source.first?.country == "CHL" && $0.target.first?.country == "PER"
            }, "\(stripped)")
        let areas = code("Ethiopia continues to target Eritrean civilian areas with drones.")
        #expect(areas.contains { $0.type == .assault && $0.source.first?.country == "ETH" }, "\(areas)")
    }

    /// The object a pattern needs may come before the verb: a passive's subject ("soldiers *are
    /// being moved*") or the noun a participle describes ("a deal *struck* by Chile and Peru").
    @Test func anObjectBeforeTheVerbCounts() {
        let moved = code("Ethiopian soldiers and heavy weapons are being moved near the border with Eritrea.")
        #expect(moved.contains { $0.type == .mobilize && $0.source.first?.country == "ETH" }, "\(moved)")
        let deal = code("Tanks reached Peru under a deal struck by Chile and Brazil.")
        #expect(deal.contains { $0.type == .agree && $0.source.first?.country == "CHL" }, "\(deal)")
    }

    /// A phrasal verb is another verb: "kicked out" of a summit is an expulsion (the curated
    /// phrase), not the kicking of the "kick" pattern; "flown back" is no deployment.
    @Test func aPhrasalVerbIsNotItsPlainVerb() {
        let out = code("Four Chilean activists have been kicked out of the climate talks in Lima.")
        #expect(!out.contains { $0.type == .assault }, "\(out)")
        #expect(out.contains { $0.type == .sanction }, "\(out)")
    }
}
