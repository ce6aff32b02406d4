import DyadModel
import Testing

@testable import DyadCoder

/// A killing told in the circumstance of a raid or a strike whose noun names who carried it out
/// was done by them; the country that struck is not where. Sentences written for these tests.
@Suite("Event coder: killed in someone's raid")
struct MeansActorTests {
    @Test func aRaidsNationalityIsTheKiller() {
        let e = code("Two Palestinians killed in Israeli raid in Jenin.")
        #expect(
            e.contains {
                $0.type == .assault && $0.source.first?.country == "ISR" && $0.target.first?.country == "PSE"
            },
            "\(e)")
    }

    @Test func theStrikingCountryIsNotThePlace() {
        let e = code("A senior militant was killed in a US drone strike in Somalia.")
        #expect(
            e.contains {
                $0.type == .assault && $0.source.first?.country == "USA" && $0.target.first?.country == "SOM"
                    && $0.place?.country == "SOM"
            }, "\(e)")
    }

    /// A town before the attack noun names where, not who ("a Kabul blast").
    @Test func aTownNamesNoKiller() {
        let e = code("Five people were killed in a Kabul blast on Friday.")
        #expect(
            !e.contains {
                $0.type == .assault && $0.source.first?.country == "AFG" && $0.source.first?.implied != true
            }, "\(e)")
    }

    /// "Three siblings *killed* at their home.": a verb that takes an object, with none, after the
    /// root noun of a full sentence is passive (the siblings were killed).
    @Test func anObjectlessKillingAfterARootNounIsPassive() {
        let e = code("Three police officers killed at their station in Ireland.")
        #expect(e.contains { $0.type == .assault && $0.target.first?.sector == .police }, "\(e)")
        #expect(!e.contains { $0.type == .assault && $0.source.first?.sector == .police }, "\(e)")
    }
}
