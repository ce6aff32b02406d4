import DyadModel
import Testing

@testable import DyadCoder

/// A state that strikes or damages ground or infrastructure attacks it. Sentences written for these
/// tests.
@Suite("Event coder: states striking ground and infrastructure")
struct StateStrikeTests {
    /// "Ethiopia strikes key town": ground (grammar.tsv territory) as the object is a target, not a
    /// thing struck in another sense ("strike a tone").
    @Test func aStateStrikingATownAttacks() {
        let e = code("Ethiopia strikes key town in Tigray")
        #expect(e.contains { $0.type == .assault && $0.source.first?.country == "ETH" }, "\(e)")
        let tone = code("The Ethiopian leaders strike a conciliatory tone")
        #expect(!e.isEmpty && !tone.contains { $0.type == .assault || $0.type == .protest }, "\(tone)")
    }

    /// verbs.tsv damage: an attacker damaging a bridge or a dam.
    @Test func aStateDamagingABridgeAttacks() {
        let e = code("Ethiopia damages a bridge in Eritrea, cutting a supply route")
        #expect(
            e.contains {
                $0.type == .assault && $0.source.first?.country == "ETH" && $0.target.first?.country == "ERI"
            },
            "\(e)")
        let storm = code("The storm damaged homes across Kenya")
        #expect(!storm.contains { $0.type == .assault }, "\(storm)")
    }
}

/// Cancelled talks are refused (PLOVER: cancellation of meetings is REJECT); a cancelled visit
/// stays SANCTION, as the PLOVER gold codes it. Sentences written for these tests.
@Suite("Event coder: cancellations")
struct CancellationTests {
    @Test func cancelledTalksAreRefused() {
        let e = code("Kenya cancelled talks with Somalia over the border dispute.")
        #expect(e.contains { $0.type == .reject && $0.source.first?.country == "KEN" }, "\(e)")
    }

    @Test func aCancelledVisitIsASanction() {
        let e = code("A Kenyan minister has cancelled a planned visit to Somalia.")
        #expect(e.contains { $0.type == .sanction } && !e.contains { $0.type == .reject }, "\(e)")
    }
}

/// A deal signed with another party is PLOVER SUPPORT ("ratify, sign, or finalize an agreement or
/// treaty"), directed at that party. Sentences written for these tests.
@Suite("Event coder: deals signed")
struct SignedDealTests {
    @Test func aDealSignedWithAStateIsSupportForIt() {
        let e = code("Kenya signs new security deal with Somalia")
        #expect(
            e.contains {
                $0.type == .support && $0.source.first?.country == "KEN" && $0.target.first?.country == "SOM"
            },
            "\(e)")
    }
}

/// An army's advance is combat (events.tsv, grammar.tsv armed-only): a party of the war of the day
/// named as its owner is armed; with no armed actor and no opponent ("booked months in advance")
/// it is no event. Sentences written for these tests.
@Suite("Event coder: advances")
struct AdvanceTests {
    @Test func aWarPartysAdvanceIsAnAttack() {
        let e = code(
            "Russia's war: Ukraine's rapid advance near Kharkiv pushed Russian troops back.", date: "2022-09-14")
        #expect(e.contains { $0.type == .assault && $0.source.first?.country == "UKR" }, "\(e)")
    }

    @Test func inAdvanceIsNoAttack() {
        let e = code("The Kenyan family had booked the holiday seven months in advance.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
    }
}
