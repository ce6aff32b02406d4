import DyadModel
import Testing

@testable import DyadCoder

/// An election is no event between actors: the electorate voting, or a vote for an office or its
/// next holder. A body or a person voting for a bill or a candidate still supports it. Sentences
/// written for these tests.
@Suite("Event coder: elections")
struct ElectionVoteTests {
    @Test(arguments: [
        "Kenyans vote for a new parliament on Tuesday.",
        "Nairobi residents vote for Ruto in the presidential race.",
        "Kenya votes for a new president on Sunday.",
        "Kenya votes for president on Sunday.",
    ])
    func theElectorateVotingIsNoEvent(_ text: String) {
        let events = code(text)
        #expect(!events.contains { [.support, .agree].contains($0.type) }, "\(text) → \(events)")
    }

    @Test func aBodyVotingForABillSupportsIt() {
        let events = code("The Kenyan Senate voted for the bill on Tuesday.")
        #expect(events.contains { $0.type == .support && $0.source.first?.country == "KEN" }, "\(events)")
        // A named person is no office.
        #expect(code("The Kenyan Senate voted for Ruto on Tuesday.").contains { $0.type == .support })
    }

    /// A referendum decides a measure: the voters' verdict on it is an event.
    @Test func aReferendumOnAMeasureIsAnEvent() {
        let events = code("Kenyan voters have rejected the proposed constitution.")
        #expect(events.contains { $0.type == .reject && $0.source.first?.country == "KEN" }, "\(events)")
        #expect(!code("Kenyan voters oppose the new airport, a poll shows.").contains { $0.type == .reject })
    }

    /// A score on a defeat verb names a game ("beating Leeds 3-1"); a beating at a game stays an
    /// attack when the score belongs elsewhere in the sentence.
    @Test func aScoreMakesABeatingAGame() {
        let e = code("Ohio State dominated the Hawkeyes, beating Iowa 54-10 in Columbus.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
        let fight = code("Fans beat up a steward in Leeds after the 3-1 defeat, police said.")
        #expect(fight.contains { $0.type == .assault }, "\(fight)")
    }
}
