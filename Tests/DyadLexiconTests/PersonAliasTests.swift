import DyadModel
import Testing

@testable import DyadLexicon

/// A known person's one-word alias before someone else's surname ("*Sharon* Osbourne",
/// "*Mandela* Barnes") is not that person; alone, or after a title, it still is. Sentences written
/// for these tests.
@Suite("Recognizer: person aliases inside other names")
struct PersonAliasTests {
    /// A surname-like word after a known one-word alias makes another person: no actor the lexicon
    /// knows by that alias (the whole name may be a person of its own: actors_mined.tsv).
    @Test(arguments: [
        "Cameron Dicker kicked two late field goals.",
        "Sharon Osbourne slammed the network on Monday.",
        "Cameron Norrie lost in the fourth round.",
        "Wisconsin voters heard Mandela Barnes on Monday.",
    ])
    func anotherPersonsNameIsNoKnownPerson(_ text: String) {
        let known = recognize(text).filter { $0.kind == .actor && $0.name != nil && $0.name != surface($0, text) }
        #expect(known.isEmpty, "\(text) → \(known)")
    }

    /// The alias alone, after a title or an honorific, or before a verb of a Title Case headline,
    /// is still the person.
    @Test(arguments: [
        ("Gov. Kemp signed the bill on Monday.", "USA"),
        ("Mr Biden met the king on Monday.", "USA"),
        ("Belarus Wavers as Putin Presses It to Join Ukraine War", "RUS"),
        ("Biden WON'T meet the crown prince, aides say.", "USA"),
        ("Ruto Won't Travel to G20 Summit in Bali", "KEN"),
        ("Kemp signed the bill on Monday.", "USA"),
    ])
    func theAliasAloneIsThePerson(_ text: String, _ country: String) {
        let known = recognize(text).filter { $0.kind == .actor && $0.name != nil }
        #expect(known.contains { $0.country?.rawValue == country }, "\(text) → \(known)")
    }

    /// "the Trump Organization" is the company, not the former president.
    @Test func theTrumpOrganizationIsACompany() {
        let a = recognize("Jurors heard the case against the Trump Organization.").first {
            $0.kind == .actor && $0.name != nil
        }
        #expect(a?.name == "Trump Organization" && a?.sector == .business, "\(String(describing: a))")
    }
}
