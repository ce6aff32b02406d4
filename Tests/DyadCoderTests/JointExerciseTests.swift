import DyadModel
import Testing

@testable import DyadCoder

/// Military exercises: one state's are a show of force (MOBILIZE), several states' together are
/// cooperation (PLOVER: "joint military operations are coded as COOPERATE but single-country
/// exercises should be coded as MOBILIZE"). Sentences written for these tests.
@Suite("Event coder: joint exercises")
struct JointExerciseTests {
    @Test(arguments: [
        "Chile and Peru conducted naval drills off Arica on Wednesday.",
        "Military drills between Chile and Peru wrapped up on Friday.",
    ])
    func exercisesOfSeveralStatesAreCooperation(_ text: String) {
        let e = code(text)
        let c = e.first { $0.type == .cooperate }
        #expect(Set(c?.source.compactMap(\.country) ?? []) == ["CHL", "PER"], "\(text) → \(e)")
        #expect(!e.contains { $0.type == .mobilize }, "\(text) → \(e)")
    }

    @Test func exercisesWithAnotherStateAreCooperationWithIt() {
        let e = code("Japan held naval exercises with India in the Bay of Bengal.")
        #expect(
            e.contains {
                $0.type == .cooperate && $0.source.first?.country == "JPN" && $0.target.first?.country == "IND"
            },
            "\(e)")
    }

    @Test func oneStatesExercisesAreAMobilization() {
        let e = code("China staged military drills around Taiwan.")
        #expect(e.contains { $0.type == .mobilize && $0.source.first?.country == "CHN" }, "\(e)")
        #expect(!e.contains { $0.type == .cooperate }, "\(e)")
    }

    /// A headline's comma list read as two subjects of one verb is one compound actor.
    @Test func aHeadlinesCommaListIsOneActor() {
        let drills = code("US, South Korea conduct river-crossing drills as tensions with North escalate")
        #expect(drills.contains { $0.type == .cooperate && $0.source.count == 2 }, "\(drills)")
        let talks = code("Putin, Xi hold talks in Samarkand")
        #expect(
            Set(talks.filter { $0.type == .consult }.compactMap { $0.source.first?.country }) == ["RUS", "CHN"],
            "\(talks)")
    }
}
