import DyadModel
import Testing

@testable import DyadCoder

/// Ground won in a war between states, and who the other party is when the text names one side
/// only (`conflicts.tsv`, rules `war-front`, `ground-sense`, `war-adversary`). Sentences written
/// for these tests.
@Suite("Event coder: the front of a war")
struct WarFrontTests {
    func assaults(_ text: String, date: String = "2022-10-12") -> [CodedEvent] {
        code(text, date: date).filter { $0.type == .assault }
    }

    /// Villages named by their nationality and taken back by no named actor were taken back by
    /// their state, from the other party.
    @Test func villagesOfANationalityLiberatedAreWonFromTheOtherParty() {
        let e = assaults(
            "Residents described life under Russian occupation. More than 300 Ukrainian villages have been liberated in four days of Ukraine's counteroffensive, officials said."
        ).first
        #expect(e?.source.first?.country == "UKR" && e?.target.first?.country == "RUS", "\(String(describing: e))")
    }

    /// A party state of the war of the day that damages a thing acts through its forces; a
    /// council or a storm that damages something attacks no one.
    @Test func aPartyStateDamagingAThingAttacks() {
        let e = assaults("Officials in Kryvyi Rih called for evacuations after Russia damaged a dam in the war.").first
        #expect(e?.source.first?.country == "RUS" && e?.target.first?.country == "UKR", "\(String(describing: e))")
        #expect(assaults("The city council damaged a footpath in Leeds while repairing a pipe.").isEmpty)
    }

    /// Forces pushing or driving an enemy's forces back or out fight them (verbs.tsv push back,
    /// push out, drive out); a counter-offensive that "gathers pace" in a headline is still one.
    @Test func pushingForcesBackIsCombat() {
        let back = assaults("Ukrainian troops are pushing back the Russian army near Kherson.").first
        #expect(
            back?.source.first?.country == "UKR" && back?.target.first?.country == "RUS", "\(String(describing: back))")
        let out = assaults("Ukrainian forces continue to push Russian troops out of the Kherson region.").first
        #expect(
            out?.source.first?.country == "UKR" && out?.target.first?.country == "RUS", "\(String(describing: out))")
        #expect(code("Ukraine's counter-offensive gathers pace", date: "2022-09-10").contains { $0.type == .assault })
        #expect(!code("Police pushed back the crowd outside the stadium.").contains { $0.type == .assault })
    }

    /// Ground taken back (events.tsv, verbs.tsv take back) is won from the party named after
    /// "from"; a slogan's "take back control" wins no ground.
    @Test func groundTakenBackIsWonFromTheOtherParty() {
        let e = assaults("Jubilant scenes continued after Ukraine took back the city of Kherson from Russia.").first
        #expect(e?.source.first?.country == "UKR" && e?.target.first?.country == "RUS", "\(String(describing: e))")
        #expect(assaults("Brexit campaigners in Britain promised to take back control of the economy.").isEmpty)
    }

    /// Ground retaken *from* one party of the war of the day is retaken by the other: forces with no
    /// country named are the other party's, not the foe's own.
    @Test func groundRetakenFromAFoeIsTheOtherPartys() {
        let e = assaults("Soldiers retake two villages from Russian troops", date: "2022-10-01")
        #expect(e.contains { $0.source.first?.country == "UKR" && $0.target.first?.country == "RUS" }, "\(e)")
        #expect(!e.contains { $0.source.first?.country == "RUS" }, "\(e)")
    }

    /// A party state of the war of the day advancing into ground fights there (a locative
    /// preposition of the verb or its adverb); troops sent "to fight in Ukraine" tell no fight yet.
    @Test func aPartyStateAdvancingIntoGroundAttacks() {
        let e = assaults("Ukraine advances deeper into areas held by Russia in the war.", date: "2022-09-20").first
        #expect(e?.source.first?.country == "UKR" && e?.target.first?.country == "RUS", "\(String(describing: e))")
        #expect(assaults("Russia advances its interests in Africa through trade deals.", date: "2022-09-20").isEmpty)
    }

    /// An attack on the war's other party's forces, with no attacker named, where a party's place
    /// is named, is the place's state's ("fight against Russian troops in Ukraine").
    @Test func anAttackOnThePartysForcesInThePlaceIsThePlaces() {
        let e = assaults(
            "A US Army veteran was killed while volunteering in the fight against Russian troops in Ukraine."
        ).first {
            $0.target.first?.country == "RUS"
        }
        #expect(e?.source.first?.country == "UKR", "\(String(describing: e))")
    }

    /// A soldier with no country who strikes one party of the war of the day is the other party's.
    @Test func aSoldierStrikingOnePartyIsTheOthers() {
        let e = assaults("The defence ministry said a soldier shot down a Russian cruise missile near Kyiv.").first
        #expect(e?.source.first?.country == "UKR" && e?.target.first?.country == "RUS", "\(String(describing: e))")
    }

    /// One side's forces taking back ground of their own country fight the other side, not the
    /// place: Ukraine against Russia, never Ukraine against Ukraine.
    @Test func groundRetakenIsWonFromTheOtherParty() {
        for text in [
            "Ukrainian forces recaptured the city of Izyum on Saturday.",
            "Ukraine has retaken 1,000 square kilometres in a week, officials said, as the army pressed on.",
            "Ukrainian troops advance along the front line in the Kharkiv region.",
            "Ukrainian forces are making gains in the south, US officials said.",
            "Ukrainian forces liberated the village of Pisky on Saturday.",
            "Ukrainian troops reclaimed the town of Lyman after heavy fighting.",
        ] {
            let e = assaults(text).first
            #expect(e?.source.first?.country == "UKR", "\(text) → \(assaults(text))")
            #expect(e?.target.map(\.country) == ["RUS"], "\(text) → \(assaults(text))")
            #expect(e?.target.first?.implied == true)
        }
    }

    /// What one party of the war attacks, told with no country or place of its own, is the other
    /// party's; an arrest at home is not.
    @Test func whatOnePartyAttacksIsTheOthers() {
        let text =
            "Russia's war went on in its eighth month. Russian attacks on schools and hospitals have been a form of terrorism, she said."
        let e = assaults(text).first
        #expect(e?.source.map(\.country) == ["RUS"], "\(String(describing: e))")
        #expect(e?.target.map(\.country) == ["UKR", "UKR"], "\(String(describing: e))")
        let arrest = code("Russia's war went on. Russian police arrested 700 protesters in Moscow.", date: "2022-10-12")
            .first { $0.type == .coerce }
        #expect(arrest?.target.first?.country == "RUS", "\(String(describing: arrest))")
    }

    /// Ground retaken with nobody named was retaken by the state it belongs to.
    /// Whom one party's army coerces in the war is the other party's ("Russian forces rounded up
    /// men"); a state's police arrest at home.
    @Test func whomAnArmyCoercesIsTheOtherPartys() {
        let army = code(
            "Panic flooded the occupied territories as Russian forces rounded up men to fight in the war.",
            date: "2022-10-12")
        #expect(army.first { $0.type == .coerce }?.target.first?.country == "UKR", "\(army)")
        let police = code(
            "Russian police detained hundreds of anti-war protesters in the war's seventh month.", date: "2022-10-12")
        #expect(police.first { $0.type == .coerce }?.target.first?.country == "RUS", "\(police)")
    }

    @Test func groundRetakenByNobodyNamedIsTheOwnersGain() {
        let e = assaults("The army said villages in Kherson were retaken on Wednesday.").first
        #expect(e?.source.map(\.country) == ["UKR"], "\(String(describing: e))")
        #expect(e?.target.map(\.country) == ["RUS"])
    }

    /// A missile that hits a Ukrainian city in 2022 is Russia's, though the story names no Russian;
    /// before the war, or in a war the table does not list, the attacker stays unnamed.
    @Test func theWarOfTheDayNamesTheAttacker() {
        let text = "Five people were killed in Kharkiv on Monday as missiles hit the city."
        #expect(assaults(text).first?.source.map(\.country) == ["RUS"], "\(assaults(text))")
        #expect(assaults(text, date: "2021-06-01").first?.source.isEmpty == true)
        let aleppo = "Five people were killed in Aleppo on Monday as missiles hit the city."
        #expect(assaults(aleppo).first?.source.isEmpty == true, "\(assaults(aleppo))")
    }

    /// An attack by one party of the war of the day with no recipient named is on the other party,
    /// not on a state the story names for its reaction.
    @Test func anAttackWithNoRecipientIsOnTheOtherParty() {
        let text = "China's leader said Russia's invasion was a concern."
        #expect(assaults(text).first?.target.map(\.country) == ["UKR"], "\(assaults(text))")
        #expect(assaults(text, date: "2021-06-01").first?.target.map(\.country) == ["CHN"])
    }

    /// An offensive pushed on is combat whatever its object ("pushing *a counteroffensive*"), and a
    /// Title Case headline's "*Counteroffensive* Forces" describes the forces (no attack on them).
    @Test func anOffensivePushedIsCombatAndAHeadlineModifierIsNone() {
        let text =
            "Ukraine's Counteroffensive Forces Face Mobilized Inmates and Drones\nUkraine has been pushing a counteroffensive in the east and south."
        let e = assaults(text, date: "2022-09-18")
        #expect(e.count == 1, "\(e)")
        #expect(e.first?.source.map(\.country) == ["UKR"] && e.first?.target.map(\.country) == ["RUS"], "\(e)")
    }

    /// Without a war to name the other side, ground gained has no recipient (not the place), and a
    /// state named only as the one reporting it is no party.
    @Test func noOtherPartyNoRecipient() {
        let retook = assaults("Ukrainian forces recaptured the city of Izyum on Saturday.", date: "2021-06-01")
        #expect(retook.first?.source.first?.country == "UKR", "\(retook)")
        #expect(retook.first?.target.isEmpty == true, "\(retook)")
        let reported = assaults(
            "Ukrainian forces are making gains in the south, US officials said.", date: "2021-06-01")
        #expect(reported.first?.target.isEmpty == true, "\(reported)")
    }

    /// Taking back an office, a majority or power is winning an election, not combat.
    @Test func retakingAnOfficeIsNoAttack() {
        for text in [
            "Republicans retake the Senate.", "Netanyahu retakes power in Israel.",
            "The GOP is poised to retake the House of Representatives in November.",
            "The commissioner pledged to retake integrity.",
        ] {
            #expect(code(text).isEmpty, "\(text) → \(code(text))")
        }
    }

    /// Ground liberated with no liberator named was taken back by its own state; "the liberated
    /// city" only describes the city.
    @Test func liberatedGroundIsTheOwnStates() {
        let e = assaults("The regional capital Kherson was liberated on Friday after being taken by Russia in March.")
        #expect(
            e.contains { $0.source.first?.country == "UKR" && $0.target.first?.country == "RUS" }, "\(e)")
        #expect(assaults("President Zelensky visits the liberated city of Izium.").isEmpty)
        #expect(assaults("Passengers waited at the baggage reclaim in Kyiv amid the war.").isEmpty)
        // Those who celebrate a recapture did not make it: the place's state did, from the other.
        let r = assaults("Ukrainians celebrated the recapture of Kherson.")
        #expect(
            r.count == 1 && r.first?.source.first?.country == "UKR" && r.first?.source.first?.sector == .military
                && r.first?.target.first?.country == "RUS", "\(r)")
    }
}

/// Two states that meet, agree or join hands are coded once each way, as fighting between two
/// sides is (rule `mutual-pair`). Sentences written for these tests.
@Suite("Event coder: two parties acting together")
struct MutualPairTests {
    @Test func aPairIsCodedOnceEachWay() {
        let deal = code("Israel and Lebanon reached a historic agreement on their sea border.").filter {
            $0.type == .agree
        }
        let dyads = Set(
            deal.map { e in
                (e.source.compactMap(\.country?.rawValue) + [">"] + e.target.compactMap(\.country?.rawValue)).joined()
            })
        #expect(dyads == ["ISR>LBN", "LBN>ISR"], "\(deal)")
        let talks = code("Putin-Xi talks in Samarkand").filter { $0.type == .consult }
        #expect(talks.count == 2, "\(talks)")
    }

    /// Three parties, or two of one state, keep one event with every party as its actor.
    @Test func moreThanTwoOrOneStateStaysOneEvent() {
        let three = code("France, Germany and Italy agreed on a joint gas purchase.").filter { $0.type == .agree }
        #expect(three.count == 1, "\(three)")
        #expect(three.first?.target.isEmpty == true)
    }

    /// Missiles fired with no target named: a launch (MOBILIZE weapons) by a state at war with
    /// nobody, an attack on its adversary by a party to the war of the day, and no attack in a drill.
    @Test func missilesFiredWithNoTarget() {
        let launch = code("North Korea fired a record number of missiles on Wednesday.", date: "2022-11-03")
        #expect(launch.contains { $0.type == .mobilize && $0.source.first?.country == "PRK" }, "\(launch)")
        #expect(!launch.contains { $0.type == .assault })
        let war = code("Russia fired dozens of missiles on Monday.", date: "2022-10-12").filter { $0.type == .assault }
        #expect(war.contains { $0.source.first?.country == "RUS" && $0.target.first?.country == "UKR" }, "\(war)")
        #expect(
            !code("Russia launched nuclear-capable missiles in annual exercises on Wednesday.", date: "2022-10-26")
                .contains { $0.type == .assault })
    }

    /// A counteroffensive on a state's own ground, whose only recipient is the place it happens
    /// (place-recipient), is against the other party ("offensive" is a word of armed conflict).
    @Test func aCounteroffensiveAtHomeIsAgainstTheOtherParty() {
        let e = code(
            "Russia damaged a dam. In southern Ukraine, Kyiv's forces are carrying out a counteroffensive.",
            date: "2022-09-15"
        ).filter { $0.type == .assault && $0.source.first?.country == "UKR" }
        #expect(e.contains { $0.target.first?.country == "RUS" }, "\(e)")
        #expect(!e.contains { $0.target.first?.country == "UKR" }, "\(e)")
    }
}
