import DyadModel
import Testing

@testable import DyadCoder

/// A request someone rejects was made: the rejection also tells the request (REQUEST) by its
/// maker. Sentences written for these tests.
@Suite("Event coder: rejected requests")
struct RejectedRequestTests {
    @Test func aRejectedRequestWasMade() {
        let e = code("A Phoenix judge denied the GOP's request to extend voting hours.")
        #expect(e.contains { $0.type == .reject }, "\(e)")
        let r = e.first { $0.type == .request }
        #expect(
            r?.source.first?.text?.contains("GOP") == true && r?.target.first?.text?.contains("judge") == true, "\(e)")
    }

    /// "Congress" has no country of its own in the lexicon: the maker takes the place's.
    @Test func aMakerWithNoCountryIsOfThePlace() {
        let e = code("The Biden administration ignored demands from Congress.")
        #expect(e.first { $0.type == .request }?.source.first?.country == "USA", "\(e)")
    }

    /// Rejecting an idea, a claim or an offer tells no request.
    @Test(arguments: [
        "Pelosi rejected the idea on Monday.", "Kenya rejected the claims of fraud.",
        "Germany rejected an offer from Russian President Vladimir Putin on Tuesday.",
    ])
    func aRejectedIdeaIsNoRequest(_ text: String) {
        #expect(!code(text).contains { $0.type == .request || $0.type == .agree }, "\(text)")
    }
}
