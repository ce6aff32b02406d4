import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText
import Testing

@testable import DyadCoder

@Suite("Pipeline")
struct PipelineTests {
    let doc = Document(
        id: "p", date: Day(iso: "2023-03-15"),
        text: "Latvia expelled the Russian ambassador. \"Latvia expelled the Russian ambassador,\" the ministry said.",
        origin: "test")

    @Test func textStageOnlyTokenizes() {
        let a = Pipeline(lexicon: sharedLexicon, syntax: sharedSyntax, options: Pipeline.Options(stage: .text))
            .annotate(doc)
        #expect(a.document.id == "p")
        #expect(a.text.sentences.count == 2)
        #expect(!a.text.tokens.isEmpty)
        #expect(a.mentions.isEmpty)
        #expect(a.events.isEmpty)
    }

    @Test func mentionsStageStopsBeforeEvents() {
        let a = Pipeline(lexicon: sharedLexicon, syntax: sharedSyntax, options: Pipeline.Options(stage: .mentions))
            .annotate(doc)
        // One entry per sentence, parallel to the text's sentences.
        #expect(a.mentions.count == a.text.sentences.count)
        #expect(a.mentions.map(\.sentence.index) == a.text.sentences.map(\.index))
        #expect(a.mentions[0].places.contains { $0.country == "LVA" })
        #expect(a.events.isEmpty)
    }

    @Test func eventsStageKeepsTellingsApartByDefault() {
        let a = sharedPipeline.annotate(doc)
        #expect(a.mentions.count == 2)
        #expect(a.events.filter { $0.type == .sanction }.count == 2)
        #expect(a.events.allSatisfy { $0.mentions == 1 })
    }

    @Test func mergeOptionMergesRepeatedTellings() {
        let merged = Pipeline(
            lexicon: sharedLexicon, syntax: sharedSyntax, options: Pipeline.Options(mergeRepeatedTellings: true)
        )
        .annotate(doc).events
        #expect(merged.filter { $0.type == .sanction }.count == 1)
        #expect(merged.first { $0.type == .sanction }?.mentions == 2)
        // Confidence is decided once the tellings are merged (a repeated telling counts).
        var expected = EventDeduplicator.merge(sharedPipeline.annotate(doc).events)
        Plausibility.finish(&expected, documentDate: doc.date, historicalDays: 365)
        #expect(merged == expected)
    }

    @Test func stagesAreTheRecognizerAndTheCoder() {
        // The pipeline is the stages run in order, then the plausibility pass, nothing more.
        let text = AnalyzedText(doc.text)
        let mentions = MentionRecognizer(lexicon: sharedLexicon).recognize(text, documentDate: doc.date)
        var annotated = AnnotatedDocument(document: doc, text: text, mentions: mentions)
        EventCoder(lexicon: sharedLexicon, parser: SyntaxParser(model: sharedSyntax)).code(&annotated)
        // … and the document-level plausibility pass that sets each event's final confidence.
        Plausibility.finish(&annotated.events, documentDate: doc.date, historicalDays: 365)
        let piped = sharedPipeline.annotate(doc)
        #expect(piped.events == annotated.events)
        #expect(piped.trees == annotated.trees)
    }

    /// A headline's event told again in the body is the body's; one the body does not repeat stays.
    @Test func headlineRepeatsAreTheBodys() {
        let text =
            "Poland to send tanks to Ukraine\nPoland said on Wednesday it would send 14 Leopard tanks to Ukraine. Hungary expelled two Russian diplomats."
        let doc = Document(id: "h", date: Day(iso: "2023-01-25"), text: text, origin: "test")
        let events = sharedPipeline.annotate(doc).events
        #expect(!events.contains { $0.evidence.sentence == 0 }, "\(events.map { $0.evidence })")
        #expect(events.contains { $0.evidence.sentence == 1 && $0.source.first?.country == "POL" })
        let alone = sharedPipeline.annotate(
            Document(
                id: "h2", date: Day(iso: "2023-01-25"),
                text:
                    "Poland to send tanks to Ukraine\nHungary expelled two Russian diplomats on Wednesday after a spy scandal in Budapest.",
                origin: "test")
        ).events
        #expect(alone.contains { $0.evidence.sentence == 0 })
    }

    /// A headline that names a side its body's telling leaves open is the better telling: the body's
    /// goes, the headline's stays.
    @Test func headlineThatTellsMoreStays() {
        let text =
            "Kenyan governor urges overhaul of Ethiopia's border policy\nKenyan governor Joseph Ole Lenku called on Monday for a change in the policy, saying trade had suffered."
        let events = sharedPipeline.annotate(
            Document(id: "h3", date: Day(iso: "2023-01-25"), text: text, origin: "test")
        )
        .events.filter { $0.type == .request }
        #expect(events.count == 1, "\(events)")
        #expect(events.first?.evidence.sentence == 0 && events.first?.target.first?.country == "ETH", "\(events)")
    }

    /// A headline and its story's telling that each name the side the other leaves open are one
    /// event with both sides; not when that would set a country against itself in place of the side
    /// the war implies.
    @Test func headlineAndStoryComplementEachOther() {
        let text =
            "Australian Economic Adviser Sentenced to Three Years in Myanmar\nSean Turnell, arrested five days after the military seized power in a coup, has been convicted by the junta."
        let events = sharedPipeline.annotate(
            Document(id: "h4", date: Day(iso: "2022-09-29"), text: text, origin: "test")
        )
        .events.filter { $0.type == .sanction }
        #expect(events.count == 1, "\(events)")
        #expect(
            events.first?.source.first?.country == "MMR" && events.first?.source.first?.implied == false, "\(events)")
        #expect(events.first?.target.first?.country == "AUS", "\(events)")

        let war = sharedPipeline.annotate(
            Document(
                id: "h5", date: Day(iso: "2022-10-17"),
                text:
                    "In pictures: Kyiv drone attacks\nA wave of kamikaze drone attacks pummeled Kyiv early Monday, killing at least one person.",
                origin: "test")
        )
        .events.filter { $0.type == .assault }
        #expect(war.count == 1 && war.first?.source.first?.country == "RUS", "\(war)")
    }

    /// A subheading inside the story is a headline for its section: its event told again below it
    /// is the section's; the same event under a later subheading is not its repeat.
    @Test func subheadingRepeatsAreTheirSections() {
        let text = """
            Hungary expelled two Russian diplomats on Wednesday after a spy scandal in Budapest.

            Prosecutors warn Serbian protesters

            The Belgrade prosecutor's office on Monday warned Serbian protesters of prison terms.

            Kenya hosts talks

            Kenya hosted talks with Ethiopia in Nairobi on Tuesday.
            """
        let doc = Document(id: "sub", date: Day(iso: "2023-01-25"), text: text, origin: "test")
        let events = sharedPipeline.annotate(doc).events
        let threats = events.filter { $0.type == .threaten }
        #expect(threats.count == 1 && threats.first?.evidence.sentence == 2, "\(events.map { $0.evidence })")
        #expect(events.contains { $0.type == .sanction && $0.evidence.sentence == 0 })
    }

    /// Expulsions with the particle after the object ("forced X out of"), read from the tree.
    @Test func expulsionWithParticleAfterTheObject() {
        let doc = Document(
            id: "out", date: Day(iso: "2023-01-25"), text: "Egypt forced the Sudanese ambassador out of the country.",
            origin: "test")
        let events = sharedPipeline.annotate(doc).events
        #expect(
            events.contains {
                $0.type == .sanction && $0.source.first?.country == "EGY" && $0.target.first?.country == "SDN"
            }, "\(events)")
    }

    /// A headline's participle stays passive (the main-verb repair is for full sentences only).
    @Test func headlineParticipleStaysPassive() {
        let headline = sharedPipeline.annotate(
            Document(
                id: "hl", date: Day(iso: "2023-02-24"), text: "Five soldiers killed in blast in Kabul", origin: "t"))
        #expect(headline.events.contains { $0.type == .assault && $0.source.isEmpty })
    }

    @Test func stagesAreOrdered() {
        #expect(Pipeline.Stage.text < .mentions && Pipeline.Stage.mentions < .events)
        #expect(Pipeline.Options() == Pipeline.Options(stage: .events, mergeRepeatedTellings: false))
        #expect(!Pipeline.Options().explain)
    }
}
