import DyadModel
import Testing

@testable import DyadCoder

/// Trips, delegations, gatherings and call-ups: which verbs of going and sending are events. Sentences written
/// for these tests.
@Suite("Event coder: trips and delegations")
struct TripTests {
    /// "heads to London", "travels to Paris": one official's trip abroad is a visit (grammar journey).
    @Test(arguments: [
        "Kenya's president heads to London.",
        "Kenyan Foreign Minister Alfred Mutua travels to Paris.",
    ])
    func anOfficialsTripAbroadIsAVisit(_ text: String) {
        let visit = code(text).first { $0.type == .consult }
        #expect(visit?.mode == "visit", "\(text) → \(String(describing: visit))")
        #expect(visit?.source.first?.country == "KEN")
        #expect(visit?.target.first.map { $0.country == "GBR" || $0.country == "FRA" } == true)
    }

    /// "Kenyans head to the polls": anyone else's trip is no event, and no migration.
    @Test func votersGoingToThePollsIsNoEvent() {
        let events = code("Kenyans head to the polls on Tuesday.")
        #expect(events.isEmpty, "\(events)")
    }

    /// "won't travel to the G20 summit": the summit is the meeting refused, not the trip.
    @Test func aSummitNotTravelledToIsRefused() {
        let events = code("Ruto won't travel to the G20 summit.")
        #expect(events.contains { $0.type == .reject && $0.source.first?.country == "KEN" }, "\(events)")
    }

    /// "dispatched a delegation to Addis Ababa": a delegation or an envoy sent is a visit.
    @Test func aDelegationSentIsAVisit() {
        let events = code("Kenya dispatched a delegation to Addis Ababa on Monday.")
        #expect(
            events.contains { $0.type == .consult && $0.mode == "visit" && $0.target.first?.country == "ETH" },
            "\(events)")
    }

    /// "ordered up reservists": a call-up (MOBILIZE), not an order to someone (REQUEST).
    @Test func reservistsOrderedUpAreMobilized() {
        let events = code("Ruto ordered up reservists to bolster the army.")
        #expect(events.contains { $0.type == .mobilize } && !events.contains { $0.type == .request }, "\(events)")
    }

    /// "approved 5 billion euros to assist Kenya": a sum approved for a state is aid.
    @Test func aSumApprovedIsAid() {
        let events = code("The EU approved 5 billion euros to assist Kenya.")
        #expect(events.contains { $0.type == .aid && $0.target.first?.country == "KEN" }, "\(events)")
    }

    /// "G20 leaders gathered in Bali": leaders gathering meet (CONSULT); protesters gathering
    /// outside an embassy protest.
    @Test func leadersGatheringMeet() {
        #expect(code("G20 leaders gathered in Bali on Tuesday.").contains { $0.type == .consult })
        let crowd = code("Protesters gathered outside the Kenyan embassy.")
        #expect(crowd.contains { $0.type == .protest } && !crowd.contains { $0.type == .consult }, "\(crowd)")
    }

    /// "Ruto talks up Kenya's growth", "talks tough": "talks" as a verb is a meeting only with
    /// someone ("Ruto talks with Museveni"); "is meeting" still meets.
    @Test func talkingIsAMeetingOnlyWithSomeone() {
        #expect(!code("Ruto talks up Kenya's economic growth.").contains { $0.type == .consult })
        #expect(!code("Ruto talks tough on Uganda.").contains { $0.type == .consult })
        #expect(code("Ruto talks with Museveni by phone.").contains { $0.type == .consult })
        #expect(code("Ruto is meeting Museveni in Kampala.").contains { $0.type == .consult })
    }

    /// A country deep inside a phrase on the verb is no destination: entering pleas "in a case
    /// involving a plot to sell secrets to Brazil" visits nobody.
    @Test func aCountryDeepInAPhraseIsNoDestination() {
        let e = code(
            "A US Navy engineer faces prison after entering new guilty pleas in a case involving a plot to sell secrets to Brazil."
        )
        #expect(!e.contains { $0.type == .consult }, "\(e)")
        let visit = code("The US defense secretary arrived in the Brazilian capital Brasilia on Monday.")
        #expect(visit.contains { $0.type == .consult && $0.target.first?.country == "BRA" }, "\(visit)")
    }
}
