import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText
import Foundation
import Testing

@testable import DyadCoder

/// The compiled lexicon, once for all tests (it takes a moment to compile).
let sharedLexicon: Lexicon = {
    do { return try Lexicon.load() } catch { fatalError("\(error)") }
}()

/// The shipped tagger and parser weights, once for all tests.
let sharedSyntax: SyntaxModel = {
    do { return try SyntaxModel.load() } catch { fatalError("\(error)") }
}()

/// The contract pipeline (every telling apart), as `dyad code` runs it.
let sharedPipeline = Pipeline(lexicon: sharedLexicon, syntax: sharedSyntax)

func code(_ text: String, date: String = "2023-03-15") -> [CodedEvent] {
    sharedPipeline.annotate(Document(id: "t", date: Day(iso: date), text: text, origin: "test")).events
}

func first(_ text: String, _ type: EventType) -> CodedEvent? {
    code(text).first { $0.type == type }
}

@Suite("Event coder: one sentence per PLOVER type")
struct EventTypeTests {
    /// Sentences written for these tests: (text, type, source country, target country or nil).
    static let cases: [(String, EventType, CountryCode, CountryCode?)] = [
        ("Armenia and Azerbaijan agreed on Friday to exchange prisoners.", .agree, "ARM", nil),
        ("The Japanese prime minister met the Indian president in Tokyo.", .consult, "JPN", "IND"),
        ("Canada praised Ghana for its peaceful election.", .support, "CAN", "GHA"),
        ("The Colombian government lifted the curfew in Cali.", .concede, "COL", nil),
        ("Jordan loosened restrictions on travel to Syria.", .concede, "JOR", nil),
        // The manual: regret or remorse, an apology among them, is CONCEDE.
        ("Argentina apologized to Brazil for the incident.", .concede, "ARG", "BRA"),
        ("Norway and Sweden signed a pact to share intelligence.", .support, "NOR", nil),
        ("Germany sent humanitarian aid to Moldova.", .aid, "DEU", "MDA"),
        ("Russian troops withdrew from Kherson.", .retreat, "RUS", nil),
        ("Chile urged Peru to release the detained fishermen.", .request, "CHL", "PER"),
        ("Serbia accused Croatia of stoking tensions.", .accuse, "SRB", "HRV"),
        ("Egypt rejected the Ethiopian proposal.", .reject, "EGY", nil),
        ("North Korea threatened Japan with missile strikes.", .threaten, "PRK", "JPN"),
        ("Thousands of Peruvian farmers rallied in Lima.", .protest, "PER", nil),
        ("The United States imposed sanctions on Iran.", .sanction, "USA", "IRN"),
        ("Turkey deployed troops along the Syrian border.", .mobilize, "TUR", nil),
        ("Kenyan police arrested 40 protesters in Nairobi.", .coerce, "KEN", "KEN"),
        ("Sudanese rebels shelled the town of El Fasher.", .assault, "SDN", nil),
        ("About 3,000 Venezuelans crossed into Colombia on Sunday.", .migrate, "VEN", nil),
    ]

    @Test(arguments: cases)
    func codesType(_ c: (String, EventType, CountryCode, CountryCode?)) {
        let events = code(c.0)
        let e = events.first { $0.type == c.1 }
        #expect(e != nil, "\(c.0) gave \(events.map(\.type))")
        #expect(e?.source.first?.country == c.2, "\(c.0)")
        if let t = c.3 { #expect(e?.target.contains { $0.country == t } == true, "\(c.0)") }
    }
}

@Suite("Event coder: rules")
struct EventRuleTests {
    @Test func passiveVoiceUsesTheByAgent() {
        let e = first("Three journalists were detained by Belarusian police in Minsk.", .coerce)
        #expect(e?.source.first?.country == "BLR")
        #expect(e?.source.first?.sector == .police)
        #expect(e?.target.first?.country == "BLR")
    }

    @Test func passiveWithoutAgentImpliesPolice() {
        let e = first("At least 200 people were arrested in Tehran on Monday.", .coerce)
        #expect(e?.source.first?.implied == true)
        #expect(e?.source.first?.sector == .police)
        #expect(e?.source.first?.country == "IRN")
        #expect(e?.quantity?.value == 200)
        #expect(e?.quantity?.qualifier == .atLeast)
    }

    @Test func negatedEventsAreDropped() {
        #expect(first("Greece did not expel the Turkish diplomats.", .sanction) == nil)
        #expect(first("Greece expelled the Turkish diplomats.", .sanction) != nil)
    }

    @Test func futureAndConditionalAreMarked() {
        // A stated intention to coerce is a threat, marked with its modality.
        #expect(first("Poland will close its border with Belarus.", .threaten)?.modality == .future)
        #expect(first("Poland would close its border with Belarus if attacked.", .threaten)?.modality == .conditional)
        #expect(first("Poland closed its border with Belarus.", .coerce)?.modality == nil)
    }

    @Test func reportedMustIsADemand() {
        let e = first("Russia said on Tuesday that Sudan must return the captured helicopter.", .request)
        #expect(e?.source.first?.country == "RUS")
        #expect(e?.target.first?.country == "SDN")
    }

    /// A headline verb the tagger reads as a noun still governs its object ("students … *face*
    /// criminal charges"): its verb row holds.
    @Test func headlineVerbTaggedAsNounWithAnObject() {
        let events = code("Two groups of students at Florida high school face criminal charges after gun prank")
        #expect(events.contains { $0.type == .accuse }, "\(events)")
    }

    /// "The president" after a named head of government is that person's: Kenya's, not the
    /// country the story names last.
    @Test func theRoleIsTheLeaderNamedBefore() {
        let e = first(
            "In His Third Summit With Asian Leaders, Ruto Bets on Face Time\nThe president traveled to Cambodia hoping to counter China's rise.",
            .consult)
        #expect(e?.source.first?.country == "KEN" && e?.target.first?.country == "KHM", "\(String(describing: e))")
    }

    /// A trial is a court's case against whom it tries (ACCUSE allege, the court implied); a
    /// clinical or vaccine trial is a test.
    @Test func aTrialIsACourtCaseAndAClinicalTrialIsNot() {
        let e = first("The trial of Kenyan activist Boniface Mwangi opened in Nairobi on Monday.", .accuse)
        #expect(e?.mode == "allege" && e?.target.first?.country == "KEN", "\(String(describing: e))")
        #expect(first("Kenyan scientists are rushing to begin clinical trials of the vaccine.", .accuse) == nil)
    }

    /// An occupation is a state, not an act told ("living under Israeli military occupation", "to
    /// occupied Luhansk region"); occupying a place is.
    @Test func anOccupationIsAState() {
        #expect(
            code("Children living under Ethiopian military occupation fled to Kenya.").allSatisfy { $0.type != .coerce }
        )
        #expect(
            code("Up to 70 women set off on foot from Kursk to occupied Luhansk region.").allSatisfy {
                $0.type != .coerce
            })
        #expect(first("Ethiopian troops occupied the Eritrean border town on Monday.", .coerce) != nil)
    }

    /// Declining to comment on an act refuses nothing.
    @Test func decliningToCommentIsNoRefusal() {
        let events = code("Kenya's president again declined to comment on the arrival of migrants from Somalia.")
        #expect(!events.contains { $0.type == .reject }, "\(events)")
    }

    /// "Should" is advice or opinion ("he believes Biden should …"), which annotators do not code as
    /// a demand; "must" is one.
    @Test func reportedShouldIsNoDemand() {
        #expect(first("Russia said on Tuesday that Sudan should return the captured helicopter.", .request) == nil)
        #expect(first("The senator said he believes President Biden should resign.", .request) == nil)
    }

    @Test func statedIntentToHelpIsAgree() {
        let e = code("Japan will provide emergency aid to Turkey.").first
        #expect(e?.type == .agree)
        #expect(e?.target.first?.country == "TUR")
    }

    @Test func attributionFromSaidAndAccordingTo() {
        #expect(
            first("Ukrainian forces shelled Donetsk, Russian officials said.", .assault)?.attribution
                == "Russian officials")
        let e = first("According to Amnesty International, Iranian police attacked the students.", .assault)
        #expect(e?.attribution?.contains("Amnesty") == true)
    }

    @Test func quoteSpeakerActsWhenTheQuoteNamesNobody() {
        let e = code("\"We will send more food aid next week,\" said the Italian foreign minister.").first
        #expect(e?.source.first?.country == "ITA")
        #expect(e?.attribution?.contains("Italian foreign minister") == true)
    }

    @Test func pronounsResolveToTheLastActor() {
        let events = code("Brazilian President Lula arrived in Beijing on Tuesday. He met Chinese officials there.")
        let consult = events.first { $0.type == .consult }
        #expect(consult?.source.first?.country == "BRA")
        #expect(consult?.target.first?.country == "CHN")
    }

    @Test func theCountryResolves() {
        let e = first("Hungary said on Monday that the country will expel two Russian diplomats.", .threaten)
        #expect(e?.source.first?.country == "HUN")
    }

    @Test func compoundActorsStayInOneEvent() {
        let e = first("France, Italy and Spain condemned the attack on the embassy.", .accuse)
        #expect(e?.source.compactMap(\.country) == ["FRA", "ITA", "ESP"])
    }

    @Test func coordinatedVerbsShareTheirSubject() {
        let events = code("Malian soldiers arrested Burkinabe traders and killed 15 men.")
        #expect(events.first { $0.type == .coerce }?.target.first?.country == "BFA")
        #expect(events.first { $0.type == .assault }?.source.first?.country == "MLI")
    }

    @Test func severalTriggersOfOneActAreOneEvent() {
        let events = code("Algerian activist Ali Benali staged a hunger strike in protest against the prison rules.")
        #expect(events.filter { $0.type == .protest }.count == 1)
    }

    /// "in Chechnya's Grozny": the place named after a locative place's possessive is the more
    /// precise one; the first only locates it.
    @Test func possessivePlaceIsTheMorePreciseOne() {
        for text in [
            "Dozens of women in Chechnya’s Grozny took to the streets.",
            "Police in Kenya's Nairobi arrested 12 activists.",
        ] {
            let e = code(text).first { $0.type == .protest || $0.type == .coerce }
            #expect(["Grozny", "Nairobi"].contains(e?.place?.name ?? ""), "\(text): \(String(describing: e?.place))")
        }
        // Without the possessive, the country stays.
        #expect(first("Police in Kenya arrested 12 activists on Tuesday.", .coerce)?.place?.name == "Kenya")
    }

    @Test func datePlaceAndEvidence() {
        let text = "Police in Lagos arrested 12 activists on Tuesday."
        let e = first(text, .coerce)
        #expect(e?.date?.description == "2023-03-14")
        #expect(e?.place?.country == "NGA")
        #expect(e?.place?.lat != nil)
        let ev = try! #require(e?.evidence)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[ev.start..<ev.end])
        #expect(String(view) == ev.text)
    }

    @Test func backgroundMentionsAreNotEvents() {
        // "following the invasion" refers to an event told elsewhere, when the story tells another.
        let e = code("Prices rose in Kyiv following the invasion. Ukraine's president condemned the price rises.")
        #expect(!e.contains { $0.type == .assault }, "\(e)")
    }

    /// A noun modifying a prepositional object ("killed in a *car bomb* explosion") takes no actor
    /// by word order: the victim before it did not bomb anyone.
    @Test func aNounInAPrepositionalPhraseTakesNoPrecedingActor() {
        let e = code("A prominent journalist has been killed in a car bomb explosion in Nairobi.")
        #expect(!e.contains { $0.type == .accuse }, "\(e)")
        #expect(!e.contains { $0.source.first?.sector == .journalists }, "\(e)")
    }

    /// A story that tells nothing but a background event tells that event ("Horror grips a farming
    /// region after the killing spree"): it is the story's news.
    @Test func aStoryOfBackgroundOnlyTellsIt() {
        let e = code("Prices rose in Kyiv following the Russian invasion.")
        #expect(e.contains { $0.type == .assault && $0.source.first?.country == "RUS" }, "\(e)")
        #expect(
            code("Prices rose in Kyiv following the invasion. Zelensky condemned the price rises.").allSatisfy {
                $0.type != .assault
            })
    }

    @Test func duplicatesMerge() {
        let doc = Document(
            id: "d", date: Day(iso: "2023-03-15"),
            text:
                "Latvia expelled the Russian ambassador. \"Latvia expelled the Russian ambassador,\" the ministry said.",
            origin: "t")
        let merged = Pipeline(
            lexicon: sharedLexicon, syntax: sharedSyntax, options: Pipeline.Options(mergeRepeatedTellings: true)
        )
        .annotate(doc).events
        let apart = sharedPipeline.annotate(doc).events
        #expect(apart.filter { $0.type == .sanction }.count == 2)
        #expect(merged.filter { $0.type == .sanction }.count == 1)
        #expect(merged.first { $0.type == .sanction }?.mentions == 2)
    }
}

@Suite("Scorer")
struct ScorerTests {
    func gold(_ events: [[String: Any]], exhaustive: Bool = true) -> [[String: Any]] {
        [["id": "d", "exhaustive": exhaustive, "events": events]]
    }

    @Test func matchesOnTypeAndCountries() {
        let g = gold([["types": ["COERCE"], "source": [["country": "RUS"]], "target": [["country": "UKR"]]]])
        let hit = Scorer().score(
            gold: g,
            system: [["doc": "d", "type": "COERCE", "source": [["country": "RUS"]], "target": [["country": "UKR"]]]])
        #expect(hit.summary["matched"] as? Int == 1)
        let wrongType = Scorer().score(
            gold: g,
            system: [["doc": "d", "type": "ASSAULT", "source": [["country": "RUS"]], "target": [["country": "UKR"]]]])
        #expect(wrongType.summary["matched"] as? Int == 0)
        #expect(wrongType.summary["unmatched_system_dyads_on_exhaustive_docs"] as? Int == 1)
        #expect(wrongType.misses.count == 1)
    }

    @Test func emptyGoldSideAcceptsAnything() {
        let g = gold([["types": ["PROTEST"], "source": [["country": "FRA"]], "target": []]])
        let r = Scorer().score(
            gold: g,
            system: [["doc": "d", "type": "PROTEST", "source": [["country": "FRA"]], "target": [["country": "DEU"]]]])
        #expect(r.summary["recall"] as? Double == 1.0)
    }

    /// The Swift scorer and `score.py` agree on the same output (when Python and ../shared exist).
    @Test func agreesWithScorePy() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        let scorePy = shared.appendingPathComponent("eval/score.py")
        let goldPath = shared.appendingPathComponent("gold/plover_gsr_dev.jsonl")
        guard FileManager.default.fileExists(atPath: scorePy.path),
            FileManager.default.fileExists(atPath: "/usr/bin/env")
        else { return }
        let goldLines = try String(contentsOf: goldPath, encoding: .utf8).split(separator: "\n")
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        var system: [[String: Any]] = []
        var out = Data()
        for r in DocumentReader(paths: [goldPath.path]) {
            guard case .success(let doc) = r else { continue }
            for e in sharedPipeline.annotate(doc).events {
                let bytes = e.json.bytes()
                out.append(contentsOf: bytes + [0x0A])
                system.append(try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any])
            }
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-score-\(UUID().uuidString).jsonl")
        try out.write(to: tmp)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", scorePy.path, goldPath.path, tmp.path, "--json"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return }  // no python3 here
        let py = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let swift = Scorer().score(gold: goldLines, system: system).summary
        for key in ["gold_dyads", "matched", "recall", "type_recall", "system_events", "system_events_per_gold_doc"] {
            #expect("\(py[key] ?? "nil")" == "\(swift[key] ?? "nil")", "\(key)")
        }
        #expect((py["field_accuracy"] as? [String: String]) == (swift["field_accuracy"] as? [String: String]))
    }
}
