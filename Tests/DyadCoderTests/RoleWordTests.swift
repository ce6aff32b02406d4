import DyadModel
import Testing

@testable import DyadCoder

/// Institutions and groups named by a common noun (roles.tsv) act in events: unions, shareholders,
/// regulators, a jury, environmentalists. Sentences written for these tests.
@Suite("Event coder: role words as actors")
struct RoleWordTests {
    @Test(arguments: [
        ("Unions in Britain welcomed the workforce plan on Monday.", EventType.support, Sector.labor),
        ("Twitter shareholders in the United States approved the deal on Tuesday.", .support, .business),
        ("Federal regulators in the United States accused the bank of failures.", .accuse, .government),
        ("A jury in Florida convicted the former mayor of fraud.", .sanction, .judiciary),
        ("Environmentalists in Canada are pushing for the ministry to protect the wolves.", .request, .civilSociety),
        // Officers with nothing before them are police (roles.tsv officers; "army officers" stay military).
        ("Witnesses said officers fired tear gas into the stands in Malang.", .assault, .police),
    ])
    func roleWordIsTheActor(_ c: (String, EventType, Sector)) {
        let e = code(c.0).first { $0.type == c.1 }
        #expect(e?.source.first?.sector == c.2, "\(c.0) → \(code(c.0))")
    }
}
