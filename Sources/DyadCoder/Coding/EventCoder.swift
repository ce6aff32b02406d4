import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// The events stage of the `Pipeline`: triggers → parse → drafts → named rules → events.
///
/// Per sentence, the coder finds the lexicon's event triggers (`events.tsv`); only a sentence that
/// holds one is parsed (most sentences hold none, and parsing is the stage's main cost). Each
/// trigger becomes an `EventDraft` at its head in the tree, and `EventRule.ordered` fills its slots
/// from the tree's arcs: who did it (subject, by-agent, possessor, a light verb's subject), to whom
/// (object, indirect object, the preposition its row or type names), whether it happened (negation,
/// modality), who says so, where, when and how many. What counts as an event and which words the
/// rules read are lexicon data.
public struct EventCoder: Sendable {
    /// The compiled lexicon (names, triggers, grammar words, type policies).
    public let lexicon: Lexicon
    /// The tagger and dependency parser.
    public let parser: SyntaxParser
    /// Sport and entertainment phrases whose sentences (or stories) are not coded.
    let topics: TopicFilters
    /// Country cues (`country_cues.tsv`), for a story that names no country.
    let cues: CountryCues

    /// Creates a coder.
    /// - Parameters:
    ///   - lexicon: the compiled lexicon, including event patterns.
    ///   - parser: the syntax model the rules read sentence structure from.
    public init(lexicon: Lexicon, parser: SyntaxParser) {
        self.lexicon = lexicon
        self.parser = parser
        self.topics = TopicFilters(lexicon.data.topicFilters)
        self.cues = CountryCues(lexicon.data.countryCues)
    }

    /// Codes a document the earlier stages annotated (text and mentions), adding its events, the
    /// trees of the sentences it parsed and, when `explain` is set, each event's rule trace.
    public func code(_ annotated: inout AnnotatedDocument, explain: Bool = false) {
        let text = annotated.text
        let mentions = annotated.mentions
        var events: [CodedEvent] = []
        var traces: [[TraceStep]] = []
        var unused: [UnusedTrigger] = []
        // Background events (rule `background`), coded only when the story tells no other event.
        var deferred: [(event: CodedEvent, trace: [TraceStep], sentence: Int, trigger: String, reason: String)] = []
        // Told at the end unless the story tells another event of the type by the same country.
        var unlessTold: [(event: CodedEvent, trace: [TraceStep])] = []
        var trees = [SentenceTree?](repeating: nil, count: text.sentences.count)
        var discourse = Discourse()
        var counts = Self.countryCounts(mentions)
        // "Protests erupt in *Iranian* cities": with no country named, the nationality adjectives
        // say where the story is.
        if counts.isEmpty { counts = adjectiveCounts(mentions, text) }
        // "Coroner slams government after A&E doctor died": with none either, the words only one
        // country's news uses (country_cues.tsv: "NHS", "£", "midterms") say where it is.
        if counts.isEmpty {
            counts = text.tokens.withUnsafeBufferPointer { cues.counts($0, in: 0..<$0.count) }
        }
        let main = Self.mainCountry(counts)
        let storyStates = Self.states(counts)
        // Where the story happens: the one country of the places it names, a headline's topic
        // label aside ("*Ukraine war*: Russian journalist charged" is a story of a Russian court).
        let label = mentions.first.flatMap { first in
            text.tokens.withUnsafeBufferPointer { topicLabel(first.sentence.tokens, $0) }
        }
        let placeStates = Set(
            mentions.flatMap {
                $0.places.filter { p in p.placeKind != nil && !(label?.contains(p.tokens.lowerBound) ?? false) }
                    .compactMap(\.country)
            })
        let storyPlace = placeStates.count == 1 ? placeStates.first : nil
        let named = Self.states(Self.countryCounts(mentions, press: false))
        let storyWar = war(named: named, annotated.document.date, text)
        let storyParties = storyWar?.parties ?? named
        // States the story names only through people ("*Anthony Albanese* sends a message to
        // Thailand"): no party to violence told there.
        let bystanders = named.subtracting(Self.states(Self.countryCounts(mentions, press: false, people: false)))
        // "Ukraine war: Russia deploys drones": the label's country is where the story happens.
        let labelCountry: CountryCode? = mentions.first.flatMap { first in
            text.tokens.withUnsafeBufferPointer { toks in
                topicLabel(first.sentence.tokens, toks).flatMap { label in
                    // Not a possessor naming whose person speaks ("*Turkey's* Erdogan: …").
                    first.places.first(where: { p in
                        label.contains(p.tokens.lowerBound) && p.country != nil
                            && (p.tokens.upperBound >= toks.count || toks[p.tokens.upperBound].key != Keys.possessive)
                    })?.country
                }
            }
        }
        // A story-level topic phrase (looked for once, when a first sentence has a trigger).
        var story: TopicFilter??
        text.tokens.withUnsafeBufferPointer { toks in
            for sm in mentions {
                let slots = slots(in: sm, text: text, toks: toks, discourse: discourse)
                var namedSubject: ActorSlot?
                defer {
                    var remembered = slots.filter { $0.preposition == nil || !$0.fromPlace }
                    if let n = namedSubject {
                        remembered.append(n)
                        remembered.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                    }
                    for slot in remembered { discourse.remember(slot) }
                }
                var candidates = triggers(in: sm, slots: slots, toks: toks)
                let verbs = verbCandidates(in: sm, slots: slots, taken: candidates, toks: toks)
                guard !candidates.isEmpty || !verbs.isEmpty || mayReportDemand(sm, toks) else { continue }
                let folds = Self.titleCaseFolds(sm, text: text, toks: toks, lexicon: lexicon)
                // A headline's verb the tagger read as a noun on its object ("Police *arrest* man").
                let verbWords = candidates.filter { $0.tokens.count == 1 }.map(\.tokens.lowerBound)
                let tree = Self.repairingTrailingSpeaker(
                    Self.repairingHeadlineVerbs(
                        parser.parse(text, sentence: sm.sentence, lowered: folds), words: Set(verbWords + verbs),
                        actors: Set(slots.filter { $0.preposition == nil }.flatMap { $0.tokens })),
                    isReporting: { lexicon.grammar.contains(.reporting, toks[$0].key) })
                if sm.sentence.index < trees.count { trees[sm.sentence.index] = tree }
                var context = SentenceContext(
                    text: text, tokens: toks, mentions: sm, tree: tree, document: annotated.document, lexicon: lexicon,
                    slots: slots, mainCountry: main, explain: explain)
                context.labelCountry = labelCountry
                namedSubject = context.namedSubjectSlot(after: discourse.lastPerson)
                context.storyStates = storyStates
                context.storyParties = storyParties
                context.bystanders = bystanders
                context.storyWar = storyWar
                context.storyPlace = storyPlace
                // A sport or entertainment phrase in the story or the sentence ("field goal", "Premier League").
                if story == nil { story = topics.match(toks, in: 0..<toks.count, scope: .story) }
                context.topic = story.flatMap { $0 } ?? topics.match(toks, in: sm.sentence.tokens, scope: .sentence)
                if !verbs.isEmpty {
                    let matched = verbTriggers(verbs, context, curated: candidates)
                    // A verb pattern on a one-word curated trigger replaces it.
                    candidates.removeAll { c in matched.contains { $0.tokens.lowerBound == c.tokens.lowerBound } }
                    candidates += matched
                    candidates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                }
                var drafts = candidates.map { c -> EventDraft in
                    let p = context.predicate(of: c.tokens, pattern: c.pattern)
                    var light: Int?
                    if p.category == .noun, let v = context.governingVerb(ofNoun: p.head),
                        !context.word(v.head, .nonAgentive)
                    {
                        light = v.head
                    }
                    var draft = EventDraft(trigger: c.tokens, pattern: c.pattern, predicate: p, lightVerb: light)
                    draft.lightVerbReceives = light.map { context.word($0, .receiving) } ?? false
                    draft.verb = c.verb.map { lexicon.data.verbs[$0] }
                    return draft
                }
                for rule in EventRule.ordered {
                    for i in drafts.indices { rule.apply(&drafts, i, context) }
                }
                var coded: [(event: CodedEvent, draft: Int)] = []
                if let demand = reportedDemand(context) {
                    coded.append((demand.event, -1))
                    // What X "must" do is the demand's content, not an event of its own (it has not happened).
                    for i in drafts.indices where drafts[i].isLive && drafts[i].clause == demand.content {
                        drafts[i].drop("content of a reported demand (\"must\")", .reportedDemandContent, context)
                    }
                }
                for (i, d) in drafts.enumerated() where d.isCoded {
                    if let why = d.background {
                        for e in Self.directions(event(d, context), mutual: d.mutual) {
                            deferred.append((e, d.trace, sm.sentence.index, text.string(tokens: d.trigger), why))
                        }
                        continue
                    }
                    if d.unlessTypeTold {
                        for e in Self.directions(event(d, context), mutual: d.mutual) {
                            unlessTold.append((e, d.trace))
                        }
                        continue
                    }
                    var told = Self.directions(event(d, context), mutual: d.mutual)
                    // (The earlier events are gathered only for an ACCUSE with no recipient.)
                    if told.count == 1, told[0].type == .accuse, told[0].target.isEmpty,
                        let r = condemnedActRecipient(d, told[0], context, earlier: events + coded.map(\.event))
                    {
                        told[0].target = r
                        if explain {
                            drafts[i].trace.append(
                                TraceStep(
                                    rule: "condemned-act",
                                    note:
                                        "target ← the actor of the story's act it condemns \"\(r.compactMap(\.text).joined(separator: ", "))\""
                                ))
                        }
                    }
                    if let first = told.first, let a = reportedAllegation(d, first, context) { told.append(a) }
                    if let first = told.first, let c = pleadedCharge(d, first, context) { told.append(c) }
                    if let first = told.first, let c = courtCharge(d, first, context) { told.append(c) }
                    if let first = told.first, let r = rejectedRequest(d, first, context) { told.append(r) }
                    if let first = told.first, let p = repressedProtest(i, drafts, first, context) {
                        unlessTold.append(
                            (p, [TraceStep(rule: "repressed-protest", note: "PROTEST the crackdown falls on")]))
                    }
                    for e in told {
                        // Several triggers of one event in one sentence ("opened fire …, killing one",
                        // "killed one soldier and wounded two") are one event: same type, the same actor
                        // (or one telling without it), recipients of the same country (or one without).
                        if let k = coded.firstIndex(where: { Self.sameEvent($0.event, e) }) {
                            // Never an actor who is the other telling's recipient ("teachers say they
                            // were beaten and forced to destroy textbooks": the teachers beat nobody).
                            // (People named by their words; a country standing for its people may be both.)
                            func texts(_ side: [CodedEvent.Actor]) -> Set<String> {
                                Set(side.compactMap { $0.sector == nil ? nil : $0.text })
                            }
                            if coded[k].event.source.isEmpty && !e.source.isEmpty,
                                texts(e.source).isDisjoint(with: texts(coded[k].event.target))
                            {
                                coded[k].event.source = e.source
                            }
                            if coded[k].event.target.isEmpty && !e.target.isEmpty,
                                texts(e.target).isDisjoint(with: texts(coded[k].event.source))
                            {
                                coded[k].event.target = e.target
                            }
                            if coded[k].event.quantity == nil { coded[k].event.quantity = e.quantity }
                            continue
                        }
                        coded.append((e, i))
                    }
                }
                if explain {
                    for d in drafts where !d.isCoded {
                        let dropped = d.dropped.map { r in d.background.map { "\($0); \(r)" } ?? r }
                        let why =
                            dropped ?? d.complementOf.map {
                                "content of \"\(text.string(tokens: drafts[$0].trigger))\""
                            } ?? ""
                        unused.append(
                            UnusedTrigger(
                                sentence: sm.sentence.index, trigger: text.string(tokens: d.trigger), type: d.type,
                                reason: why, trace: d.trace))
                    }
                }
                for c in coded {
                    events.append(c.event)
                    if explain {
                        traces.append(
                            c.draft >= 0
                                ? drafts[c.draft].trace
                                : [TraceStep(rule: "reported-demand", note: "REQUEST from a reported \"must\"")])
                    }
                }
            }
        }
        for u in unlessTold
        where !events.contains(where: { e in
            e.type == u.event.type
                && Set(e.source.compactMap(\.country)).isSuperset(of: u.event.source.compactMap(\.country))
        }) {
            events.append(u.event)
            if explain { traces.append(u.trace) }
        }
        if events.isEmpty {
            // Only an act between parties the text places ("after Russia's withdrawal"), not a bare
            // noun ("released from jail", "a rally").
            let placed = deferred.filter { b in
                (b.event.source + b.event.target).contains { $0.country != nil }
            }
            for b in placed where !events.contains(where: { Self.sameEvent($0, b.event) }) {
                events.append(b.event)
                if explain { traces.append(b.trace) }
            }
        } else if explain {
            for b in deferred {
                unused.append(
                    UnusedTrigger(
                        sentence: b.sentence, trigger: b.trigger, type: b.event.type,
                        reason: b.reason + " (the story tells other events)", trace: b.trace))
            }
        }
        // "She accused him": a verbal event that no side places in a country (types.tsv unplaced).
        droppingUnplaced(&events, traces: &traces, unused: &unused, explain: explain)
        annotated.events = events
        annotated.trees = trees
        annotated.traces = explain ? traces : []
        annotated.unusedTriggers = unused
    }

    /// The finished record of a live draft.
    func event(_ d: EventDraft, _ s: SentenceContext) -> CodedEvent {
        // Countries acting as subjects act through their governments.
        let sources = d.source?.actingActors ?? []
        let span = evidenceSpan(d, s)
        let text = s.text
        let evidence = CodedEvent.Evidence(
            sentence: s.mentions.sentence.index,
            start: text.characterOffset(ofByte: text.tokens[span.lowerBound].start),
            end: text.characterOffset(ofByte: text.tokens[span.upperBound - 1].end),
            text: text.string(tokens: span))
        var e = CodedEvent(
            document: s.document.id, type: d.type, mode: d.mode, source: sources, target: d.target?.actors ?? [],
            date: d.date, place: d.place, quantity: d.quantity, attribution: d.attribution, evidence: evidence,
            modality: d.modality, contexts: d.pattern.context.map { [$0] } ?? [],
            trigger: text.string(tokens: d.trigger), cameo: d.type == d.pattern.type ? d.pattern.cameo : nil,
            datePrecision: d.datePrecision)
        e.sourceSlot = d.source.map(Self.slotSource)
        e.targetSlot = d.target.map(Self.slotSource)
        return e
    }

    /// The evidence: from the actor (or trigger) to the recipient (or trigger), inside the sentence.
    private func evidenceSpan(_ d: EventDraft, _ s: SentenceContext) -> Range<Int> {
        var lo = d.trigger.lowerBound
        var hi = d.trigger.upperBound
        var spans = [d.source?.tokens, d.target?.tokens]
        // A verb row's object or preposition is part of what tells the event ("faces *seven charges*").
        if let v = d.verb, d.predicate.category == .verb {
            let h = d.predicate.head
            if !v.object.isEmpty || v.objectKind != nil, let o = s.tree.firstChild(h, .dobj) {
                spans.append(s.tree.subtree(o))
            }
            if let p = v.preposition, let c = s.tree.children(h).first(where: { s.key($0) == p.key }) {
                spans.append(s.tree.subtree(c))
            }
        }
        for case let t? in spans {
            guard !t.isEmpty, s.range.contains(t.lowerBound), t.upperBound <= s.range.upperBound else { continue }
            lo = min(lo, t.lowerBound)
            hi = max(hi, t.upperBound)
        }
        return lo..<hi
    }
}

extension EventCoder {
    /// The event as coded: a mutual act of two parties with no recipient ("clashes between Israeli
    /// forces and Palestinians") is one event each way, each party the other's recipient; so is
    /// one of an actor and its recipient ("border clashes with Azerbaijan" in a story of Armenia).
    static func directions(_ e: CodedEvent, mutual: Bool) -> [CodedEvent] {
        guard mutual else { return [e] }
        if e.source.count == 1, e.target.count == 1 {
            var back = e
            back.source = e.target
            // The other way's recipient is the party itself, named by the act (so the two ways
            // stay two events when one side was implied).
            back.target = e.source.map { a in
                var a = a
                a.implied = false
                return a
            }
            return [e, back]
        }
        guard e.source.count == 2, e.target.isEmpty else { return [e] }
        var there = e
        there.source = [e.source[0]]
        there.target = [e.source[1]]
        var back = e
        back.source = [e.source[1]]
        back.target = [e.source[0]]
        return [there, back]
    }

    /// Whether two events of one sentence tell the same act: same type, the same actor or one of
    /// them without an actor, and recipients that share a country or one without a recipient. A side
    /// the domain only implies (`implied`) names nobody.
    static func sameEvent(_ a: CodedEvent, _ b: CodedEvent) -> Bool {
        guard a.type == b.type else { return false }
        func unnamed(_ side: [CodedEvent.Actor]) -> Bool { side.allSatisfy(\.implied) }
        let sources = unnamed(a.source) || unnamed(b.source) || sameSide(a.source, b.source)
        let ta = Set(a.target.compactMap(\.country))
        let tb = Set(b.target.compactMap(\.country))
        let targets = unnamed(a.target) || unnamed(b.target) || !ta.isDisjoint(with: tb)
        return sources && targets
    }

    /// Whether two sides name the same countries and sectors.
    static func sameSide(_ a: [CodedEvent.Actor], _ b: [CodedEvent.Actor]) -> Bool {
        a.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.sorted()
            == b.map { "\($0.country?.rawValue ?? "-")/\($0.sector?.rawValue ?? "-")" }.sorted()
    }

    /// How often places and actors name each country in these sentences (actors: states only).
    static func countryCounts(
        _ mentions: some Sequence<SentenceMentions>, press: Bool = true, people: Bool = true
    ) -> [CountryCode: Int] {
        var counts: [CountryCode: Int] = [:]
        for s in mentions {
            for m in s.places where m.placeKind != nil { if let c = m.country { counts[c, default: 0] += 1 } }
            for m in s.actors where (press || m.sector != .journalists) && (people || m.actorKind != .person) {
                if let c = m.country, c.isState { counts[c, default: 0] += 1 }
            }
        }
        return counts
    }

    /// The war between states a story tells, when it speaks of armed conflict (grammar.tsv
    /// armed-conflict) and names a party of exactly one war under way on its day (conflicts.tsv):
    /// "a missile hit *Kyiv*" in October 2022 is of Russia's war in Ukraine, whoever else the story
    /// names. Nil otherwise: the parties are then the states the story names.
    func war(named: Set<CountryCode>, _ day: Day?, _ text: AnalyzedText) -> ArmedConflict? {
        guard let day, !lexicon.data.conflicts.isEmpty else { return nil }
        let wars = lexicon.data.conflicts.filter { $0.isActive(on: day) && !$0.parties.isDisjoint(with: named) }
        guard wars.count == 1, let war = wars.first else { return nil }
        let speaksOfWar = text.tokens.withUnsafeBufferPointer { toks in
            toks.contains { lexicon.grammar.contains(.armedConflict, $0.key) }
        }
        return speaksOfWar ? war : nil
    }

    /// How often capitalised nationality adjectives ("Iranian") name each state in these sentences.
    func adjectiveCounts(_ mentions: [SentenceMentions], _ text: AnalyzedText) -> [CountryCode: Int] {
        var counts: [CountryCode: Int] = [:]
        text.tokens.withUnsafeBufferPointer { toks in
            for sm in mentions {
                for i in sm.sentence.tokens where toks[i].shape.contains(.capitalized) {
                    if let c = lexicon.countryAdjective(toks[i].key), c.isState { counts[c, default: 0] += 1 }
                }
            }
        }
        return counts
    }

    /// The states places and actors name in these sentences.
    static func states(_ counts: [CountryCode: Int]) -> Set<CountryCode> { Set(counts.keys.filter(\.isState)) }

    /// The country named most often by places and actors in the document.
    static func mainCountry(_ counts: [CountryCode: Int]) -> CountryCode? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
