import DyadModel
import DyadText
import Foundation
import Testing

@testable import DyadLexicon

/// Organisations the lexicon does not list, recognised by the head noun of their name
/// (`organization_heads.tsv`), with the country their name gives.
@Suite("Recognizer: unlisted organisations")
struct OrganizationTests {
    func organisation(_ text: String) -> Mention? {
        recognize(text).first { $0.kind == .actor && $0.actorKind == .organization }
    }

    @Test(arguments: [
        ("The Liberian Peace Council rejected the accord.", "Liberian Peace Council", "LBR", Sector.civilSociety),
        (
            "The Kenya Human Rights Commission accused police of torture.", "Kenya Human Rights Commission", "KEN",
            .government
        ),
        (
            "The Association of African Jurists visited the camp.", "Association of African Jurists", "NGO",
            .civilSociety
        ),
        ("The Third World Water Forum ended on Saturday.", "Third World Water Forum", "NGO", .civilSociety),
    ])
    func namedOrganisations(_ c: (String, String, String, Sector)) throws {
        let m = try #require(organisation(c.0), "\(recognize(c.0))")
        #expect(surface(m, c.0).hasSuffix(c.1))
        #expect(m.country?.rawValue == c.2)
        #expect(m.sector == c.3)
    }

    @Test func noOrganisationFromPlacesClubsOrALoneHead() {
        #expect(organisation("The Soviet Union invaded Afghanistan.") == nil)
        #expect(organisation("Liverpool lost in the Rugby League final.")?.name?.contains("Rugby") != true)
        #expect(organisation("Council members met on Monday.") == nil)
    }
}
