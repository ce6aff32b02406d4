import DyadModel
import Testing

@testable import DyadCoder

/// Acts told after a background preposition ("after", "following"): which of them the sentence
/// still reports, and whose country their victims are. Sentences written for these tests.
@Suite("Event coder: acts in the background")
struct BackgroundActTests {
    /// "without power following Azerbaijani attacks": an attack whose noun names a state as its
    /// agent is that state's act, told here; an unnamed one is background.
    @Test func anAttackWithAStatesNationalityIsTold() {
        let named = code("Millions in Armenia are without power following Azerbaijani attacks.")
        #expect(named.contains { $0.type == .assault && $0.source.first?.country == "AZE" }, "\(named)")
        let unnamed = code(
            "Millions in Armenia are without power following the attacks. Armenia's president condemned the blackout.")
        #expect(!unnamed.contains { $0.type == .assault }, "\(unnamed)")
    }

    /// "after the Azerbaijani invasion": a noun whose modifier may be its patient (grammar
    /// patient-noun) stays background.
    @Test func anInvasionInTheBackgroundIsNotTold() {
        let events = code(
            "Residents fled Armenia after the Azerbaijani invasion. Armenia's president condemned the exodus.")
        #expect(!events.contains { $0.type == .assault }, "\(events)")
    }

    /// "condemned after launching rocket attacks": a verb that carries the act out (grammar
    /// carry-out) makes it the main clause actor's act; "after attending protests" does not.
    @Test func anActCarriedOutAfterABackgroundPrepositionIsTold() {
        let launched = code("Azerbaijan was condemned after launching rocket attacks on Armenian villages.")
        #expect(
            launched.contains {
                $0.type == .assault && $0.source.first?.country == "AZE" && $0.target.first?.country == "ARM"
            }, "\(launched)")
        let attended = code(
            "The Armenian teenager went missing after attending protests in Yerevan. Armenia's president condemned the police."
        )
        #expect(!attended.contains { $0.type == .protest }, "\(attended)")
    }

    /// "Armenia conflict: Azerbaijan arrests dozens": a state arrests at home, so the headline's
    /// topic label does not place the arrest or give its detainees a country.
    @Test func aStatesArrestIsNotPlacedByTheTopicLabel() {
        let events = code("Armenia conflict: Azerbaijan arrests dozens at peace rallies")
        let arrest = events.first { $0.type == .coerce }
        #expect(arrest?.target.first?.country == "AZE", "\(events)")
        #expect(arrest?.place?.country != "ARM", "\(events)")
    }

    /// "A Somali man … killing 20" in a story of Nairobi: a private person's nationality says where
    /// they are from; the victims are the story's country.
    @Test func aForeignersVictimsAreTheStorysCountry() {
        let events = code(
            "Trial over the Mombasa attack opens in Nairobi. A Somali man drove a truck into crowds, killing 20.")
        let attack = events.first { $0.type == .assault && $0.source.first?.country == "SOM" }
        #expect(attack?.target.first?.country == "KEN", "\(events)")
    }

    /// "despite the Kremlin's crackdown on dissent": a crackdown its doer owns is going on, told
    /// here, on the doer's own people.
    @Test func aCrackdownItsDoerOwnsIsTold() {
        let e = code(
            "Demonstrations against the draft continued in Moscow, despite the Kremlin's crackdown on dissent."
        )
        .first { $0.type == .coerce }
        #expect(e?.source.first?.country == "RUS" && e?.target.first?.country == "RUS", "\(String(describing: e))")
    }
}
