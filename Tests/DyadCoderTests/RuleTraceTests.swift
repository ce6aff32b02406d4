import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText
import Testing

@testable import DyadCoder

/// Each named rule, seen doing its job on a sentence written for it: the trace names the rule and
/// the arc it read, so a rule that stops firing (or fires for the wrong reason) fails here.
@Suite("Event rules: traces")
struct RuleTraceTests {
    static let explaining: Pipeline = {
        var o = Pipeline.Options()
        o.explain = true
        return Pipeline(lexicon: sharedLexicon, syntax: sharedSyntax, options: o)
    }()

    static func annotate(_ text: String) -> AnnotatedDocument {
        explaining.annotate(Document(id: "r", date: Day(iso: "2023-05-02"), text: text, origin: "test"))
    }

    /// The trace of the first event of `type`, as "rule: note" lines.
    static func trace(_ text: String, _ type: EventType) -> [String] {
        let a = annotate(text)
        guard let k = a.events.firstIndex(where: { $0.type == type }), k < a.traces.count else { return [] }
        return a.traces[k].map { "\($0.rule): \($0.note)" }
    }

    /// (sentence, type, rule, a fragment of its note)
    static let cases: [(String, EventType, String, String)] = [
        ("Peru accused Chile of spying.", .accuse, "arguments", "nsubj(accused)"),
        ("Peru accused Chile of spying.", .accuse, "arguments", "dobj(accused)"),
        ("Two journalists were detained by Iranian police.", .coerce, "arguments", "nsubjpass(detained)"),
        ("Two journalists were detained by Iranian police.", .coerce, "arguments", "pobj(by)"),
        ("Russia launched an attack on Ukraine.", .assault, "light-verb", "nsubj(launched)"),
        ("Russia launched an attack on Ukraine.", .assault, "recipient-preposition", "pobj(on)"),
        ("Egypt called on Israel to halt its offensive.", .request, "arguments", "nsubj(called)"),
        ("China will send aid to Pakistan.", .agree, "modality", "future"),
        ("China will send aid to Pakistan.", .agree, "intent", "AID → AGREE"),
        ("Kenyan police arrested 40 protesters in Nairobi.", .coerce, "place", "Nairobi"),
        ("Kenyan police arrested 40 protesters in Nairobi.", .coerce, "quantity", "40"),
        ("Egypt's foreign ministry said Israeli forces shelled Gaza.", .assault, "attribution", "nsubj(said)"),
        ("Hundreds of people were arrested in Minsk.", .coerce, "implied-actor", "COP"),
        ("An air strike on a market in Aleppo killed 12 civilians.", .assault, "event-subject", "strike"),
        ("Egypt warned that it would retaliate against Ethiopia.", .threaten, "warning-threat", "own act"),
        ("Egypt warned that it would cut off gas supplies to Israel.", .threaten, "threat-recipient", "Israel"),
        ("Chile handed over two suspects to Peru.", .cooperate, "arguments", "pobj(to)"),
        (
            "The former president of Peru has been accused of stealing public funds by current government officials.",
            .accuse, "displaced-agent", "(displaced)"
        ),
        (
            "Croatia is investigating alleged abuses by Croatian police against migrants.", .accuse, "object-phrase",
            "Croatian police"
        ),
        ("Britain mobilized reservists for a possible war against Iraq.", .mobilize, "recipient-preposition", "←for"),
        (
            "The opposition demanded that the Kenyan government release the journalists.", .request, "request-clause",
            "Kenyan"
        ),
        ("The African Union reiterated its demand that Sudan lift restrictions.", .request, "request-clause", "Sudan"),
        ("The Macedonian army prepared to resume shelling Albanian rebel positions.", .mobilize, "intent", "readying"),
        // A full sentence whose root the parser made a noun: the participle after it is its main verb.
        ("The opposition called for protests on Friday.", .protest, "arguments", "acl(called)"),
        (
            "The Somali rebels said they will release the Kenyan aid workers, whom they had taken hostage.", .assault,
            "arguments", "→relcl"
        ),
        ("Joan Whitby blasts Keir Starmer for his handling of the strike.", .accuse, "verbal-attack", "for a reason"),
        (
            "Tom Reyes blasts the Biden administration's energy policies.", .accuse, "verbal-attack",
            "statement"
        ),
        ("Jane Porter slams Joe Biden over the border.", .accuse, "named-actor", "nsubj(slams)"),
        ("Israeli jets blasted Hamas positions in Gaza.", .assault, "verbal-attack", "an armed actor"),
        ("The U.S. Embassy in Moscow warned Americans to leave Russia.", .request, "warning-advice", "leave"),
        ("Putin ordered a partial mobilization of reservists.", .mobilize, "ordered-act", "is the event"),
        ("A Nairobi man was arrested for killing his neighbour.", .assault, "alleged-crime", "(accused)"),
        (
            "Villagers who endured relentless shelling by the Russians fled Kharkiv.", .assault, "following-actor",
            "\"by\" after the trigger"
        ),
        ("Piet Jansen, a Belgian, was arrested in Madrid.", .coerce, "arguments", "Belgian"),
        (
            "Kenyan journalists have led media attacks on the Nairobi governor.", .accuse, "verbal-attack",
            "\"media\" attack"
        ),
        (
            "Ron DeSantis clashed with Charlie Crist over school funding on Tuesday.", .accuse, "verbal-attack",
            "a quarrel"
        ),
        (
            "Kenyan police officers involved in the shooting of John Kamau Mwangi were suspended.", .assault,
            "light-verb", "acl(involved)"
        ),
        (
            "Kenyan police officers involved in the shooting of John Kamau Mwangi were suspended.", .assault,
            "named-recipient", "Mwangi"
        ),
        ("The strikes on rebel positions in Tigray continued on Monday.", .assault, "war-strike", "war word \"rebel\""),
        ("Ethiopian strikes hit the town of Adwa on Monday, rebel officials said.", .assault, "war-strike", "rebel"),
        // A Title Case headline: the parser reads its common words in lower case.
        ("Kenya Withdraws From Trade Deal After Border Attack", .retreat, "arguments", "(Withdraws) \"Kenya\""),
        ("The U.S. Blasts Kenya Over Its Election Law", .accuse, "verbal-attack", "for a reason"),
        ("Protests erupt in Kenyan cities over fuel prices", .protest, "place", "KEN (\"cities\" after a locative)"),
        ("The U.S. penalized Kenyan companies for trading with Iran.", .sanction, "arguments", "dobj(penalized)"),
        // A phrasal verb pattern outranks the curated "called out" (criticism) it starts.
        ("President Ruto called out for 300,000 troops to fight in Somalia.", .mobilize, "arguments", "nsubj(called)"),
        ("Kenya has called up 30,000 reservists to fight in Somalia.", .mobilize, "arguments", "nsubj(called)"),
        (
            "The Kenyan troops fled the town after heavy fighting with al-Shabab.", .retreat, "migrate-mover",
            "armed men"
        ),
        (
            "Kenyan opposition lawmakers launched a barrage of criticism at the finance minister.", .accuse,
            "verbal-attack", "an attack of words"
        ),
        (
            "Kenyan opposition lawmakers went on the attack against the finance minister.", .accuse, "verbal-attack",
            "bear no arms"
        ),
        (
            "Kenyan senator Moses Wetangula and Raila Odinga clashed over the budget.", .accuse, "verbal-attack",
            "a quarrel"
        ),
        ("Kenya warns Somalia is training militias along the border.", .accuse, "reporting-frame", "another actor"),
        // A headline's topic label names where the story happens (and names no actor).
        ("Somalia war: Kenyan troops shelled two villages on Monday", .assault, "place", "topic label"),
        // A Title Case headline's "Strikes" read as a noun, a state before it, striking "at" someone.
        ("Kenya Strikes at Separatist Groups in Northern Somalia", .assault, "war-strike", "a state strikes"),
        (
            "Ukraine says the strikes by Moscow aimed to cripple its energy system as winter nears.", .assault,
            "war-strike",
            "a story of the war of RUS and UKR"
        ),
        ("A man was stabbed to death in Leeds on Sunday.", .assault, "unidentified-actor", "GBR"),
        (
            "A man was stabbed to death outside Poland's embassy in London.", .assault,
            "unidentified-actor", "the story names POL too"
        ),
    ]

    @Test(arguments: cases)
    func ruleFires(_ c: (String, EventType, String, String)) {
        let lines = Self.trace(c.0, c.1)
        #expect(lines.contains { $0.hasPrefix(c.2 + ":") && $0.contains(c.3) }, "\(c.0): \(lines)")
    }

    /// Triggers the rules keep from becoming events, with the rule that decided.
    static let unused: [(String, String, String)] = [
        ("Iran did not agree to the proposal.", "agree", "negated"),
        ("Serbia rejected an invitation to the summit.", "invitation", "content of"),
        ("Thousands of Syrians fled after the attack.", "attack", "background"),
        ("Storms lashed Kenya with the bad weather to strike Nairobi on Sunday.", "strike", "caused by \"weather\""),
        // "following" read as the noun's participle modifier, not a preposition.
        (
            "Ruto orders 'government commission' following bridge blast. Kenya's opposition condemned the delay.",
            "blast", "background"
        ),
        ("Officials warned that prices would rise.", "warned", "reports a clause"),
        ("Oman dropped its long-standing demand for a review.", "demand", "content of"),
        ("The African Union reiterated its demand that Sudan lift restrictions.", "lift", "content of"),
        ("Reports said the detainees were being handed military enlistment letters.", "enlistment", "no actor"),
        ("The mayor resigned over a lack of financial support from Tokyo.", "financial support", "absent"),
        ("He said he will seek the presidency.", "seek", "candidacy"),
        (
            "Japan's Nikkei share average closed higher on Wednesday, lifted by strong earnings.", "lifted",
            "market figure"
        ),
        ("A hiker in Montana was attacked by a grizzly on Sunday.", "attacked", "an animal"),
        ("Two swimmers were hurt in a shark attack off Sydney.", "attack", "an animal"),
        ("A hiker in Montana survived an attack by a bison on Sunday.", "attack", "an animal"),
        (
            "A hiker in Montana was attacked by a grizzly in a rare fatal attack on Sunday.", "attack",
            "the attack by an animal"
        ),
        ("A strange light was captured on camera shining over the palace in London.", "captured", "on \"camera\""),
        ("Thousands of Russian men were drafted to fight in Ukraine.", "fight", "no armed actor"),
        ("A powerful explosion ripped through a market in Kabul.", "ripped", "physical sense"),
        ("Typhoon Doksuri slammed into the coast of Fujian province in China.", "slammed", "physical sense"),
        ("Senate Republicans killed the immigration bill on Monday.", "killed", "a statement"),
        ("Lisa Grant discusses how Joe Biden is handling the rail dispute.", "discusses", "one party only"),
        ("Elon Musk has taken control of Twitter.", "taken control of", "a business"),
        ("Kenyan ministers have ordered an urgent survey of the border.", "ordered", "asks no one"),
        ("Aussie women journalists risked kidnap in Syria.", "kidnap", "risked"),
        ("The Kenyan minister died of a heart attack in Nairobi.", "attack", "medical"),
        ("A Kenyan student was killed on Sunday after a bus crashed into his car.", "killed", "after"),
        ("His family in Kenya do not believe he killed himself.", "killed", "himself"),
        ("The Kenyan man has accepted a plea deal.", "accepted", "plea"),
        ("A Kenyan reporter asked the governor if he was satisfied with the bridge.", "asked", "a question"),
        ("Kenya Airways cancelled all flights to Nairobi on Monday.", "cancelled", "called off"),
        ("Kenyan senator Moses Wetangula defended his Senate seat.", "defended", "its own"),
        ("The damage caused by Storm Ada in Peru has killed at least 5 people.", "killed", "Storm"),
        ("The presidents of Kenya and Ethiopia strike a conciliatory tone in Nairobi.", "strike", "strikes"),
        ("The Kenyan president defended his economic plan on Monday.", "defended", "its own"),
        ("The United States should impose sanctions on Iran, a senator said.", "impose sanctions", "an obligation"),
        ("The Kenyan president received his COVID booster shot on Monday.", "shot", "medical"),
        ("A Kenyan runner went into cardiac arrest during the race in Nairobi.", "arrest", "medical"),
        ("The Kenyan boy suddenly had a life-threatening seizure in Nairobi.", "seizure", "medical"),
        ("A Nairobi man shot and killed a dog during an argument with its owner.", "shot and killed", "an animal"),
        ("The Kenyan activist is risking a jail sentence for her posts.", "jail", "part of"),
        ("Nairobi has far more such attacks than Mombasa, police said.", "attacks", "had, not done"),
        ("Crowds gathered in Nairobi to await the arrival of the president's coffin.", "arrival", "the arrival of"),
        ("The Kenyan minister's departure surprised his party.", "departure", "a departure without"),
        ("The leaders of Kenya and Ethiopia strike a conciliatory tone amid the war.", "strike", "strikes"),
        ("China seeks to increase its influence in Kenya.", "seeks", "its own aim"),
        (
            "Venezuela recalled its ambassador to Colombia in protest over the capture of a rebel leader.",
            "in protest", "a state's act done in protest"
        ),
        // "deadly" makes a strike a military one (war-strike); with no attacker named it is dropped.
        ("Kenya is hit with deadly strikes on its border towns.", "strikes", "no actor"),
        ("Russian drones exploded over Kyiv, killing at least four people.", "killing", "the outcome of"),
        ("President Ruto and Governor Sakaja will hold rival rallies in Nairobi on Sunday.", "rallies", "politicians"),
        ("Kenyan school shooting hoaxes rattled parents in Nairobi.", "shooting", "modifies"),
        ("Three statues were returned to Kenya after the museum found they had been looted.", "looted", "no protest"),
        ("Germany returned the looted bronzes to Nigeria on Monday.", "looted", "describes \"bronzes\""),
        ("A Kenyan dealer accused of running a looting network was jailed in Nairobi.", "looting", "no protest"),
        ("Two armed men arrived at the house in Nairobi on motorbikes.", "arrived", "armed men arriving"),
        ("Kenyan opposition parties fight to win the Senate.", "fight", "fights to"),
        ("The pound rallied after the Kenyan minister resigned.", "rallied", "market figure"),
        (
            "A Nairobi court dismissed the sexual assault lawsuit against the Kenyan senator.", "sexual assault",
            "modifies"
        ),
        ("The Kenyan judge died in a house fire on the estate.", "fire on", "a noun after"),
        ("Six people died in a fire at a Nairobi nightclub.", "fire at", "caused by \"fire\""),
        ("The Kenyan president was buried in an annex to the cathedral in Nairobi.", "annex", "a noun after"),
        ("Nanmadol is one of the worst typhoons ever to strike Japan.", "strike", "caused by"),
        ("A Kenyan jogger was killed by a police car driving at speed in Nairobi.", "killed", "car"),
    ]

    @Test(arguments: unused)
    func triggerIsNotCoded(_ c: (String, String, String)) {
        let a = Self.annotate(c.0)
        let u = a.unusedTriggers.first { $0.trigger == c.1 }
        #expect(u?.reason.contains(c.2) == true, "\(c.0): \(a.unusedTriggers.map { "\($0.trigger): \($0.reason)" })")
    }

    /// "a *lightning* offensive" is no disaster: the seizure it tells stays an event.
    @Test func figurativeDisasterWordIsNoMishap() {
        let a = Self.annotate("Kenyan forces seized the town from the rebels in a lightning offensive.")
        #expect(a.events.contains { $0.type == .coerce && $0.source.first?.country?.rawValue == "KEN" })
        #expect(!a.unusedTriggers.contains { $0.reason.contains("lightning") })
    }

    /// Those an attack befalls are never its doer by word order (only an unidentified doer is
    /// implied: `unidentified-actor`).
    @Test func victimsAreNotTheAttacker() {
        let a = Self.annotate("The victims were attending a vigil in Nairobi when the shooting began.")
        let e = a.events.first { $0.type == .assault }
        #expect(e != nil && e?.source.allSatisfy(\.implied) == true, "\(a.events)")
    }

    /// "Ruto *supporters* protested": the politician only modifies who protests, so the protest is
    /// not his complaint in words (verbal-protest keeps PROTEST).
    @Test func supportersOfAnOfficialProtestInTheStreet() {
        let a = Self.annotate("Ruto supporters protested outside parliament in Nairobi on Monday.")
        #expect(a.events.contains { $0.type == .protest }, "\(a.events.map(\.type))")
        #expect(!a.events.contains { $0.type == .accuse })
    }

    /// "a jail guard" is a role (a guard at a jail), not a jailing.
    @Test func jailGuardIsARole() {
        let a = Self.annotate("A Kenyan inmate and a jail guard shared 900 phone calls.")
        #expect(!a.events.contains { $0.type == .coerce }, "\(a.events.map(\.type))")
    }

    /// "calls up" a person to a post mobilizes no one; "called up reservists" does (above).
    @Test func callingUpAMinisterIsNoMobilization() {
        let a = Self.annotate("The Kenyan president calls up Jeremy Hunt as his new finance minister.")
        #expect(!a.events.contains { $0.type == .mobilize }, "\(a.events.map(\.type))")
    }

    /// A country in a headline's topic label is where it happened, not who stabbed.
    @Test func topicLabelCountryIsNoActor() {
        let a = Self.annotate("Kenya stabbings: police hunt two suspects")
        let e = a.events.first { $0.type == .assault }
        #expect(e?.source.allSatisfy(\.implied) ?? true, "\(a.events)")
        #expect(e.map { $0.place?.country.rawValue == "KEN" } ?? true)
    }

    /// Every rule has a name and a summary, and names are unique (traces and the README list them).
    @Test func rulesAreNamed() {
        let names = EventRule.ordered.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(EventRule.ordered.allSatisfy { !$0.summary.isEmpty })
    }

    /// Without explaining, nothing is traced (building notes costs time).
    @Test func tracesOnlyWhenExplaining() {
        let a = sharedPipeline.annotate(
            Document(id: "q", date: nil, text: "Peru accused Chile of spying.", origin: "t"))
        #expect(!a.events.isEmpty)
        #expect(a.traces.isEmpty && a.unusedTriggers.isEmpty)
        // Only sentences with a trigger are parsed.
        let b = sharedPipeline.annotate(
            Document(id: "q", date: nil, text: "It rained. Peru accused Chile.", origin: "t"))
        #expect(b.trees.count == 2 && b.trees[0] == nil && b.trees[1] != nil)
    }
}
