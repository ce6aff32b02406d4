import DyadModel
import Testing

@testable import DyadCoder

/// Threats made, and dangers or characterisations that only use the word. Sentences written for
/// these tests.
@Suite("Event coder: threats and dangers")
struct ThreatSenseTests {
    /// "a heat wave threatens power outages", ", threatening progress": a danger, not a threat.
    @Test(arguments: [
        "A heat wave threatens power outages across Kenya.",
        "Kenya scales back foreign aid, threatening progress in global health.",
    ])
    func aDangerIsNoThreat(_ text: String) {
        #expect(!code(text).contains { $0.type == .threaten }, "\(text)")
    }

    /// A warning of a storm, a flood or an accident is advice, not a threat; a warning to looters
    /// as the storm comes still threatens them (rule hazard-warning).
    @Test func aHazardWarningIsNoThreat() {
        for text in [
            "Officials in Mombasa are warning residents that the storm will cause flooding.",
            "Kenya's president warned the public that the cyclone could be the deadliest in decades.",
        ] {
            #expect(!code(text).contains { $0.type == .threaten }, "\(text) → \(code(text))")
        }
        let looters = code("The governor of Mombasa warned looters that police would shoot them as the storm hit.")
        #expect(looters.contains { $0.type == .threaten }, "\(looters)")
    }

    /// "Offensive" as an adjective is a quality, not a military offensive (grammar.tsv
    /// adjective-sense); the noun still is one.
    @Test func anOffensiveMuralIsNoAttack() {
        for text in [
            "Kenyan artist slammed for 'offensive' mural of soldiers in Nairobi",
            "The word is one many Kenyans find offensive.",
            "Can Ruto's new charm offensive win over Kenyan MPs?",
        ] {
            #expect(!code(text).contains { $0.type == .assault }, "\(text) → \(code(text))")
        }
        let real = code("Kenyan forces launched an offensive against the rebels in Somalia.")
        #expect(real.contains { $0.type == .assault }, "\(real)")
    }

    /// An actor threatening an actor is a threat.
    @Test(arguments: [
        "Ruto threatened Uganda with sanctions.",
        "Gunmen threatened a Kenyan journalist in Nairobi.",
    ])
    func anActorThreateningAnActorIsAThreat(_ text: String) {
        #expect(code(text).contains { $0.type == .threaten }, "\(text)")
    }

    /// "X is a threat to the region", "paints X as a threat": says what X is; no threat is made.
    @Test(arguments: [
        "Kenyan officials say Al-Shabaab is a threat to the region.",
        "Ruto paints Uganda as a threat to peace.",
    ])
    func beingCalledAThreatIsNoThreat(_ text: String) {
        #expect(!code(text).contains { $0.type == .threaten }, "\(text)")
    }

    /// What may or could happen, said by anyone but the actor, is a prediction: no event; the actor's
    /// own "could" is its threat (grammar.tsv speculative).
    @Test func aPossibilityIsNoThreatUnlessTheActorSaysIt() {
        let predicted = code("Moscow could retaliate with long-range attacks on Kyiv, Western officials warned.")
        #expect(!predicted.contains { $0.type == .threaten || $0.type == .assault }, "\(predicted)")
        let threatened = code("Iran said it could strike back against Israel.")
        #expect(threatened.contains { $0.type == .threaten && $0.source.first?.country == "IRN" }, "\(threatened)")
    }

    /// A warning of one's own response (grammar.tsv retaliation) threatens, with no recipient named;
    /// a warning of an outbreak does not.
    @Test func aWarningOfOnesResponseIsAThreat() {
        let e = code("North Korea warned of a strong response on Monday.").first { $0.type == .threaten }
        #expect(e?.source.first?.country == "PRK", "\(String(describing: e))")
        #expect(
            !code("Health officials in Nigeria are warning of a cholera outbreak.").contains { $0.type == .threaten })
    }

    /// A threat a danger verb takes ("poses", "raises", "under") or one "from" a state is a danger, no
    /// THREATEN; threats made, or from a person named, are words.
    @Test func aDangerIsNoThreat() {
        #expect(!code("Kenya sees a growing threat from Somalia.").contains { $0.type == .threaten })
        #expect(!code("The plan raises the threat of violence in Nairobi.").contains { $0.type == .threaten })
        #expect(!code("Press freedoms in Kenya are under threat.").contains { $0.type == .threaten })
        let made = code("Ugandan President Yoweri Museveni made threats against Kenya.").first { $0.type == .threaten }
        #expect(
            made?.source.first?.country == "UGA" && made?.target.first?.country == "KEN", "\(String(describing: made))")
    }
}
