import DyadModel
import Testing

@testable import DyadCoder

/// Violence whose doer the text does not name: PLOVER's unidentified actor of the place
/// (`types.tsv` unidentified), except in stories of armed conflict, where the place names no
/// attacker. Sentences written for these tests.
@Suite("Event coder: unidentified actors")
struct UnidentifiedActorTests {
    /// The first assault coded in `text`, if any.
    func assault(_ text: String) -> CodedEvent? {
        code(text).first { $0.type == .assault }
    }

    /// A stabbing or a shooting with nobody named was done by someone where it happened, marked
    /// implied, in the sector the mode gives (`UAF` for gunfire, "unknown gunmen").
    @Test func crimeWithoutADoerIsAnUnidentifiedLocal() {
        let stabbed = assault("A man was stabbed to death in Leeds on Sunday.")
        #expect(stabbed?.source.map(\.country) == ["GBR"], "\(String(describing: stabbed))")
        #expect(stabbed?.source.first?.implied == true)
        #expect(stabbed?.source.first?.sector == .unidentified)
        #expect(stabbed?.source.first?.text == nil)
        let shot = assault("Two teenagers were shot outside a school in Ohio on Friday.")
        #expect(shot?.source.map(\.country) == ["USA"], "\(String(describing: shot))")
        #expect(shot?.source.first?.sector == .unidentifiedArmedForces)
    }

    /// The press that reports violence is no party to it, and a place before the noun is where it
    /// happened, not who did it: the unidentified doer is still the place's.
    @Test func thePressAndAPlaceAreNoParty() {
        let bbc = assault("BBC identifies young people killed in protests across Iran.")
        #expect(
            bbc?.source.map(\.country) == ["IRN"] && bbc?.source.first?.implied == true, "\(String(describing: bbc))")
        let leeds = assault("Leeds shooting: two men dead after reports of gunshots.")
        #expect(leeds?.source.map(\.country) == ["GBR"], "\(String(describing: leeds))")
    }

    /// A doer the text names keeps its own side.
    @Test func aNamedDoerIsNotReplaced() {
        let e = assault("A gunman shot two teenagers outside a school in Ohio on Friday.")
        #expect(e?.source.first?.implied != true, "\(String(describing: e))")
        #expect(e?.source.first?.text != nil)
    }

    /// In a story of war, or of two states (the victims' aside), an unnamed attacker stays unnamed: the
    /// place is not the attacker ("four soldiers were killed by a roadside bomb outside Kandahar").
    @Test func noUnidentifiedActorInArmedConflict() {
        for text in [
            "Four soldiers were killed by a roadside bomb outside the Afghan city of Kandahar.",
            "Five people were killed in Aleppo on Monday as missiles hit the city.",
        ] {
            let e = assault(text)
            #expect(e != nil && e?.source.isEmpty == true, "\(text) → \(String(describing: e))")
        }
    }

    /// In a story of no war, a foreigner killed abroad was killed by someone where it happened; words
    /// against a foreigner there come as likely from home.
    @Test func aForeignerKilledAbroadInPeaceIsTheirHosts() {
        let shot = assault("A Pakistani journalist was shot dead in Kenya on Sunday.")
        #expect(
            shot?.source.map(\.country) == ["KEN"] && shot?.source.first?.implied == true
                && shot?.target.map(\.country) == ["PAK"], "\(String(describing: shot))")
        // ACLED's "unidentified armed group (Somalia)": the place's, the victims' state aside.
        let aid = assault("A Kenyan aid worker was killed in Mogadishu on Monday.")
        #expect(aid?.source.map(\.country) == ["SOM"], "\(String(describing: aid))")
        let slammed = code(
            "New York Governor Kathy Hochul was slammed for dancing maskless at a school in Puerto Rico.")
        #expect(!slammed.contains { $0.source.contains { $0.country == "PRI" } }, "\(slammed)")
    }

    /// An inquest or an investigation opened with no investigator named is someone's of the place
    /// (types.tsv unidentified investigate=UNK).
    @Test func anUnnamedInvestigatorIsALocal() {
        let e = code("An inquest opened today into the death of a 12-year-old boy in Nakuru, Kenya.").first {
            $0.type == .accuse
        }
        #expect(
            e?.mode == "investigate" && e?.source.map(\.country) == ["KEN"] && e?.source.first?.implied == true,
            "\(String(describing: e))")
    }

    /// Criticism of a named person is from their own country, even in a story of a war with another.
    @Test func criticismOfAPersonIsFromHomeInAWarStory() {
        let e = code("Russian Defence Minister Sergei Shoigu is criticised after the retreat from Kherson in Ukraine.")
            .first { $0.type == .accuse }
        #expect(e?.source.first?.country == "RUS" && e?.source.first?.implied == true, "\(String(describing: e))")
    }

    /// Calls to resign that a person faces are a demand on them by someone at home, not their
    /// resignation.
    @Test func callsToResignAreADemand() {
        let events = code("Kenyan Interior Minister Peter Kamau has faced calls to resign over the floods.")
        let e = events.first { $0.type == .request }
        #expect(e?.target.first?.country == "KEN" && e?.source.first?.sector == .unidentified, "\(events)")
        #expect(!events.contains { $0.type == .retreat }, "\(events)")
    }

    /// An accusation with nobody named against a person or a body is someone's at home; against a
    /// state itself nobody at home stands in: the accuser stays unnamed.
    @Test func anUnnamedAccuserOfAPersonIsALocal() {
        let accused = code("A Nairobi doctor was accused of abusing eight patients.").first { $0.type == .accuse }
        #expect(accused?.source.map(\.country) == ["KEN"], "\(String(describing: accused))")
        #expect(accused?.source.first?.implied == true && accused?.source.first?.sector == .unidentified)
        let state = code("Kenya was accused of abusing refugees.").first { $0.type == .accuse }
        #expect(state?.source.isEmpty == true && state?.target.first?.country == "KEN", "\(String(describing: state))")
        // A government named as a body, not by its country's name, is criticised at home in a story
        // of its own state alone.
        let house = code("A watchdog group accused the White House of breaching ethics rules.").first {
            $0.type == .accuse
        }
        #expect(house?.source.map(\.country) == ["USA"], "\(String(describing: house))")
    }

    /// Coercion with nobody named ("was banned", "restrictions", "was evicted") in a story of one
    /// state is someone's at home (`types.tsv` unidentified `*=UNK`: a shop or a club bans people
    /// too), marked implied; in a story of war the place names no one who coerced.
    @Test func unnamedCoercionIsSomeoneAtHome() {
        let banned = code("A physiotherapist in Sydney was banned from treating women for life.").first {
            $0.type == .coerce
        }
        #expect(banned?.source.map(\.country) == ["AUS"], "\(String(describing: banned))")
        #expect(banned?.source.first?.implied == true && banned?.source.first?.sector == .unidentified)
        let war = code("In occupied Kherson, Ukrainian songs were banned during the war.").first { $0.type == .coerce }
        #expect(war.map { $0.source.isEmpty } ?? true, "\(String(describing: war))")
    }

    /// With nobody acting and nobody named as its victims, violence told only by where it happened
    /// is no event (no actor is invented from the place); victims the text names keep it, with
    /// its actor empty.
    @Test func aPlaceAloneIsNoVictim() {
        let placeOnly = "Fighting broke out in Kabul on Monday as envoys from China, Iran and Pakistan met."
        #expect(!code(placeOnly).contains { $0.type == .assault }, "\(code(placeOnly))")
        let victims = code(
            "Three civilians were killed in fighting in Kabul on Monday as envoys from China, Iran and Pakistan met."
        )
        .first { $0.type == .assault }
        #expect(
            victims?.source.isEmpty == true && victims?.target.first?.text == "civilians",
            "\(String(describing: victims))")
    }

    /// A doer named but unknown to the lexicon ("Hurricane Ian slammed Florida") is no unidentified
    /// person; a count of victims before a headline's participle is no doer.
    @Test func aNamedSubjectIsNoUnidentifiedDoer() {
        #expect(!code("Hurricane Ian slammed Florida on Wednesday.").contains { $0.type == .accuse })
        let injured = assault("Three dead, six injured after school shooting in Ohio")
        #expect(injured?.source.map(\.country) == ["USA"], "\(String(describing: injured))")
    }

    /// Deaths in an accident told in the same sentence, or done by an animal, are nobody's attack.
    @Test func accidentsAndAnimalsHaveNoUnidentifiedDoer() {
        for text in [
            "A Leeds man was killed when a tree fell on his van in a storm on Sunday.",
            "A Perth surfer was attacked by a shark on Sunday.",
        ] {
            #expect(
                !code(text).contains { $0.source.contains { $0.sector == .unidentified } },
                "\(text) → \(code(text))")
        }
    }

    /// Criticism of a named person or body is someone's whatever else the sentence tells ("an
    /// accident" there is a word quoted, not a mishap); a storm taking aim at a place is no critic.
    @Test func criticismBesideAnAccidentWordIsStillSomeones() {
        let e = code("Leeds University was slammed for banning words such as 'accident' from its guides.").first {
            $0.type == .accuse
        }
        #expect(e?.source.map(\.country) == ["GBR"] && e?.source.first?.implied == true, "\(String(describing: e))")
        #expect(
            !code("As flooding traps people, the storm is now taking aim at South Carolina.").contains {
                $0.type == .accuse
            })
    }

    /// Being under investigation or scrutiny (verbs.tsv be under, come under) is being
    /// investigated, by whoever "by" names, else by someone of the place.
    @Test func underInvestigationIsInvestigated() {
        let e = code("Britain's Brexit Festival is under investigation over its cost.").first { $0.type == .accuse }
        #expect(
            e?.mode == "investigate" && e?.target.map(\.country) == ["GBR"] && e?.source.map(\.country) == ["GBR"],
            "\(String(describing: e))")
    }

    /// A person suspended or expelled with nobody named was sanctioned by someone there.
    @Test func anUnnamedSanctionOfAPersonIsALocal() {
        let e = code("A Nairobi police officer was suspended after the shooting.").first { $0.type == .sanction }
        #expect(e?.source.map(\.country) == ["KEN"] && e?.source.first?.implied == true, "\(String(describing: e))")
        // Placed on leave or relieved of duty is a suspension too (events.tsv).
        for text in [
            "A Nairobi police officer was placed on administrative leave after the shooting.",
            "A Nairobi police officer was relieved of duty after the shooting.",
        ] {
            #expect(code(text).contains { $0.type == .sanction && $0.mode == "discontinue" }, "\(text) → \(code(text))")
        }
    }
}

/// In a story of two states at war, an attack on one whose attacker the sentence does not name is
/// the other's, marked implied; never the victim's own state. Sentences written for these tests.
@Suite("Event coder: the other party of a war")
struct WarAdversaryTests {
    @Test func anUnnamedAttackerIsTheOtherParty() {
        let text =
            "Azerbaijani forces pressed their offensive on Monday. Two soldiers were killed by shelling in Armenia."
        let e = code(text).first {
            $0.type == .assault && $0.target.first?.country == "ARM" && $0.source.first?.implied == true
        }
        #expect(e?.source.first?.country == "AZE", "\(code(text))")
        #expect(e?.source.first?.sector == .military)
    }

    /// Clashes or fighting in a war of two states (grammar.tsv mutual-combat, as a noun or the
    /// verb clash) are each side attacking the other: coded each way; a fighter killed "while
    /// fighting" tells one side's act.
    @Test func clashesAreCodedEachWay() {
        let e = code("Armenia reports a ceasefire after border clashes with Azerbaijan in the war.").filter {
            $0.type == .assault
        }
        let dyads = Set(
            e.map { "\($0.source.first?.country?.rawValue ?? "-")>\($0.target.first?.country?.rawValue ?? "-")" })
        #expect(dyads == ["ARM>AZE", "AZE>ARM"], "\(e)")
        let killed = code("An Irish volunteer was killed while fighting in Ukraine against Russian troops in the war.")
            .filter { $0.type == .assault }
        #expect(
            !killed.contains { $0.source.first?.country == "RUS" && $0.target.first?.country == "UKR" }, "\(killed)")
    }

    /// A story of one state, or one that names the other state only through the press, leaves the
    /// attacker unnamed.
    @Test func noOtherPartyNoAttacker() {
        let one = code("Two soldiers were killed by shelling in Armenia.")
        #expect(!one.contains { $0.type == .assault && !$0.source.isEmpty }, "\(one)")
        let press = code("Two soldiers were killed by shelling in Armenia, the BBC reported on the war.")
        #expect(!press.contains { $0.type == .assault && $0.source.first?.country == "GBR" }, "\(press)")
    }

    /// An offensive pressed or pushed on is the attack going on, not a request.
    @Test func pressingAnOffensiveIsAnAttack() {
        let e = code("Azerbaijani forces pressed their offensive in Armenia.")
        #expect(e.contains { $0.type == .assault && $0.source.first?.country == "AZE" }, "\(e)")
        #expect(!e.contains { $0.type == .request })
    }

    /// A person named before an attack noun is whom it befell, not who made it.
    @Test func aPersonBeforeAnAttackNounIsItsVictim() {
        let events = code("Raila Odinga Kisumu attack: what we know about the assault")
        #expect(!events.contains { $0.source.contains { $0.text?.contains("Odinga") ?? false } }, "\(events)")
    }
}
