import DyadModel
import Testing

@testable import DyadCoder

/// Fires and earthquakes are no attacks and no strikes: a blaze named by "fire" and a quake that
/// "strikes" a town have nobody acting (grammar.tsv mishap, noun-sense). Sentences written for
/// these tests.
@Suite("Event coder: blazes and earthquakes")
struct DisasterSenseTests {
    /// "fire" as a noun in a noun's place is a blaze, not gunfire: a headline's first word, an
    /// object, the object of "on" or "under".
    @Test(arguments: [
        "Fire at a Lagos market kills 12 traders",
        "Officials confirm fire at a Tehran prison.",
        "A bus caught on fire at a depot in Leeds.",
        "The mayor of Leeds came under fire on social media for his remarks.",
    ])
    func aBlazeIsNoShooting(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .assault && $0.mode == "firearms" }, "\(text) → \(e)")
    }

    /// Someone injured or killed "in a fire" was hurt by a blaze.
    @Test func hurtInAFireIsNoAttack() {
        let e = code("A Leeds pensioner was injured in a fire at his garage.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
    }

    /// An explosion or a fire at works or of a fuel (grammar.tsv detonation, facility) is an
    /// accident, when the sentence names no weapon; a bomb at a depot stays an attack.
    @Test func anExplosionAtWorksIsNoAttack() {
        for text in [
            "Seven people were killed and eight were injured in an explosion at a gas station in Kenya.",
            "Kenyan mine explosion kills 22 and leaves dozens trapped",
        ] {
            #expect(!code(text).contains { $0.type == .assault }, "\(text) → \(code(text))")
        }
        let bomb = code("A drone attack caused an explosion at a fuel depot in Kenya, killing two guards.")
        #expect(bomb.contains { $0.type == .assault }, "\(bomb)")
    }

    /// An earthquake that strikes a country is no labour strike and no attack.
    @Test func anEarthquakeStrikeIsNoStrike() {
        let e = code("6.1 magnitude earthquake strikes Peru, killing two")
        #expect(!e.contains { $0.type == .protest || $0.type == .assault }, "\(e)")
    }

    /// Gunfire stays gunfire: troops opening fire, and a kill by another country's fire.
    @Test func gunfireStaysAnAttack() {
        let opened = code("Troops opened fire on protesters in Khartoum.")
        #expect(opened.contains { $0.type == .assault && $0.target.first?.country == "SDN" }, "\(opened)")
        let russian = code("Two Ukrainian soldiers were killed by Russian fire near Kharkiv.")
        #expect(russian.contains { $0.type == .assault }, "\(russian)")
    }

    /// Deaths from a gas leak or a poisoning with no poisoner are an accident's; a poisoning with
    /// its poisoner stays an attack.
    @Test func aGasPoisoningIsNoAttack() {
        let e = code("Three tourists in Lima were killed by carbon monoxide poisoning.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
        let leak = code("A carbon monoxide leak in a Leeds flat killed two pensioners.")
        #expect(!leak.contains { $0.type == .assault }, "\(leak)")
        let agents = code("The poisoning of Alexei Navalny by Russian agents shocked Europe.")
        #expect(agents.contains { $0.type == .assault && $0.source.first?.country == "RUS" }, "\(agents)")
    }

    /// What a crash does, told by a participle joined to the crash's own participle, is the crash's.
    @Test func aCrashParticipleConjunctIsNoAttack() {
        let e = code("A Nigerian air force jet went down over Kaduna, crashing into a market and killing nine traders.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
    }
}

/// "block", "shells" and "sign" read as nouns name buildings, munitions and placards, not a refusal, a shelling or a signing
/// (grammar.tsv noun-sense); a weapon a verb row takes as its subject is its country's. Sentences
/// written for these tests.
@Suite("Event coder: buildings and munitions")
struct MunitionSenseTests {
    @Test func aTowerBlockIsNoRefusal() {
        let e = code("Kenyan tower block in flames as fire spreads")
        #expect(!e.contains { $0.type == .reject }, "\(e)")
    }

    @Test func boughtShellsAreNoShelling() {
        let e = code("Ethiopia is buying artillery shells from Eritrea for its war in Tigray.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
    }

    @Test(arguments: [
        "A Kenyan protester holding an 'abolish the monarchy' sign was arrested.",
        "It was the latest sign of warming relations between Kenya and Somalia.",
    ])
    func aSignIsNoSigning(_ text: String) {
        let e = code(text)
        #expect(!e.contains { $0.type == .support }, "\(text) → \(e)")
    }

    @Test func aWeaponSubjectIsItsCountrys() {
        let e = code("Russian shells hit the streets of Kharkiv on Monday.")
        #expect(e.contains { $0.type == .assault && $0.source.first?.country == "RUS" }, "\(e)")
    }
}

/// A weapon that malfunctions and explodes is an accident (grammar.tsv mishap), not an attack; a
/// person who tries to overdose and kill someone acts. Sentences written for these tests.
@Suite("Event coder: malfunctions")
struct MalfunctionTests {
    @Test func aMalfunctioningMissileAttacksNoOne() {
        let e = code("A Kenyan ballistic missile malfunctioned and exploded during joint exercises with Somalia.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
    }

    @Test func anActorJoinedToAMishapVerbStillActs() {
        let e = code("Three Kenyan suspects tried to overdose and kill a woman in Nairobi.")
        #expect(e.contains { $0.type == .assault }, "\(e)")
    }
}
